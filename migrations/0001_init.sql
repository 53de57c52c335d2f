-- regbot's schema. The inbound queue and the outbox are tables; each stage commits before the next.

-- Every message that reached regbot, raw, exactly once.
create table inbound_messages (
    id              bigserial primary key,
    -- 'mid:<Message-ID>' or, for mail without one, 'sha256:<hex of the raw bytes>'.
    dedup_key       text not null unique,
    message_id      text,
    source          text not null check (source in ('imap', 'ingest')),
    -- null once forgotten, or when the message was too large to load.
    raw             bytea,
    size_bytes      bigint not null,
    received_at     timestamptz not null default now(),
    status          text not null default 'pending'
                    check (status in ('pending', 'processed', 'automated', 'failed', 'rejected')),
    attempts        integer not null default 0,
    error           text,
    from_email      text,
    subject         text,
    automated       text,
    intents         text[] not null default '{}',
    language        text,
    understanding   jsonb,
    processed_at    timestamptz
);
create index inbound_pending on inbound_messages (id) where status = 'pending';
create index inbound_from on inbound_messages (lower(from_email));

-- One registration per address per event; a second registration updates it.
create table registrations (
    id              bigserial primary key,
    event_id        text not null,
    email           text not null,
    name            text,
    organisation    text,
    country         text,
    experience      text check (experience in ('starting', 'experienced')),
    language        text,
    status          text not null check (status in ('confirmed', 'waitlisted', 'cancelled')),
    inbound_id      bigint references inbound_messages (id) on delete set null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    cancelled_at    timestamptz
);
create unique index registrations_one_per_address on registrations (event_id, lower(email));
create index registrations_status on registrations (event_id, status);

create table ideas (
    id              bigserial primary key,
    event_id        text not null,
    email           text not null,
    name            text,
    text            text not null,
    inbound_id      bigint references inbound_messages (id) on delete cascade,
    created_at      timestamptz not null default now(),
    unique (inbound_id)
);

create table questions (
    id              bigserial primary key,
    event_id        text not null,
    email           text not null,
    name            text,
    text            text not null,
    inbound_id      bigint references inbound_messages (id) on delete cascade,
    created_at      timestamptz not null default now(),
    unique (inbound_id)
);

-- Addresses that must not receive mail any more (hard bounces, complaints, forget requests).
create table suppressed_addresses (
    email           text primary key,   -- lowercased
    reason          text not null,
    inbound_id      bigint references inbound_messages (id) on delete set null,
    created_at      timestamptz not null default now()
);

create table broadcasts (
    id              bigserial primary key,
    event_id        text not null,
    -- sha256 of subject + body source: the same broadcast is not queued twice by accident.
    content_key     text not null,
    subject         text not null,
    body_source     text not null,
    recipients      integer not null,
    created_at      timestamptz not null default now()
);
create index broadcasts_content on broadcasts (event_id, content_key);

-- Every mail regbot will send, written in the same transaction as the change that causes it.
create table outbox (
    id              bigserial primary key,
    -- 'reply:<inbound id>', 'forward:<inbound id>', 'broadcast:<id>:<registration id>', …
    idempotency_key text not null unique,
    kind            text not null check (kind in ('reply', 'forward', 'broadcast', 'promotion')),
    inbound_id      bigint references inbound_messages (id) on delete cascade,
    broadcast_id    bigint references broadcasts (id) on delete cascade,
    template        text,
    recipient       text not null,
    recipient_name  text,
    reply_to        text,
    subject         text not null,
    body_text       text not null,
    body_html       text,
    -- fixed when queued, so a resend after a crash is recognisable as the same mail.
    message_id      text not null unique,
    in_reply_to     text,
    "references"    text[] not null default '{}',
    status          text not null default 'pending'
                    check (status in ('pending', 'sent', 'failed', 'suppressed')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index outbox_due on outbox (next_attempt_at, id) where status = 'pending';
create index outbox_recipient_recent on outbox (lower(recipient), created_at);

-- Wake the daemons: new inbound mail, new outgoing mail. Statement-level, and PostgreSQL folds
-- identical notifications in one transaction, so a 10,000-row broadcast sends one.
create function regbot_notify_inbound() returns trigger language plpgsql as $$
begin
    perform pg_notify('regbot_inbound', '');
    return null;
end $$;
create trigger inbound_notify after insert on inbound_messages
    for each statement execute function regbot_notify_inbound();

create function regbot_notify_outbox() returns trigger language plpgsql as $$
begin
    perform pg_notify('regbot_outbox', '');
    return null;
end $$;
create trigger outbox_notify after insert or update on outbox
    for each statement execute function regbot_notify_outbox();

-- Counts for organisers (psql) and `regbot stats`.
create view registration_counts as
    select event_id,
           count(*) filter (where status = 'confirmed')  as confirmed,
           count(*) filter (where status = 'waitlisted') as waitlisted,
           count(*) filter (where status = 'cancelled')  as cancelled
    from registrations group by event_id;

create view registrations_by_country as
    select event_id, coalesce(country, '??') as country, count(*) as registrations
    from registrations where status <> 'cancelled'
    group by event_id, coalesce(country, '??');

create view inbound_counts as
    select count(*) filter (where status = 'processed') as processed,
           count(*) filter (where status = 'automated') as automated,
           count(*) filter (where status = 'failed')    as failed,
           count(*) filter (where status = 'rejected')  as rejected,
           count(*) filter (where status = 'pending')   as pending
    from inbound_messages;

create view outbound_counts as
    select count(*) filter (where status = 'sent')       as sent,
           count(*) filter (where status = 'pending')    as pending,
           count(*) filter (where status = 'failed')     as failed,
           count(*) filter (where status = 'suppressed') as suppressed
    from outbox;

create view participants as
    select r.event_id, r.email, r.name, r.organisation, r.country, r.experience, r.status,
           r.language, r.created_at, r.updated_at,
           (select count(*) from ideas i where i.event_id = r.event_id and lower(i.email) = lower(r.email)) as ideas
    from registrations r;
