-- Bounces are checked against the mail regbot sent (issue 8, defect 2).
--
-- A forged multipart/report naming any address used to silence it. Now every failed address
-- of every bounce is kept here with the outbox row of the mail it returns (matched by the
-- Message-ID regbot gave that mail and its recipient) and what regbot made of it; only a
-- matched permanent failure, or repeated matched passing ones, suppress the address.
create table bounces (
    id          bigserial primary key,
    inbound_id  bigint not null references inbound_messages (id) on delete cascade,
    email       text not null,                 -- lowercased
    status      text,                          -- the enhanced status code the bounce states
    outbox_id   bigint references outbox (id) on delete set null,
    verdict     text not null check (verdict in ('suppressed', 'soft', 'unmatched', 'organiser')),
    created_at  timestamptz not null default now(),
    unique (inbound_id, email)
);
create index bounces_by_email on bounces (email);

create view bounce_counts as
    select count(*) filter (where verdict in ('suppressed', 'soft'))     as matched,
           count(*) filter (where verdict in ('unmatched', 'organiser')) as unmatched,
           (select count(*) from suppressed_addresses where reason = 'bounce') as suppressed_addresses
    from bounces;
