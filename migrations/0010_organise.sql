-- Organisers' side (issue 9): nothing disappears, every change is audited.

-- What became of each message from a person: an action, a review item, or a bare thank-you
-- recorded as such. Null for automated mail and for mail processed before this migration.
alter table inbound_messages add column disposition text
    check (disposition in ('action', 'review', 'thanks'));

-- Messages a person must look at before anything is done with them. One per message.
create table review_items (
    id              bigserial primary key,
    event_id        text not null,
    inbound_id      bigint not null references inbound_messages (id) on delete cascade unique,
    -- `no_intent`, `on_behalf_without_address`, `unparsed_correction`, `low_confidence`,
    -- `update_from_unknown_address`, `cancellation_from_unknown_address`, … (the project's list)
    reason          text not null,
    -- Random and unguessable: names the item in the forward's subject and Reply-To, so a reply
    -- from an organiser's mail client can be matched to it and nothing else.
    token           text not null unique,
    status          text not null default 'open' check (status in ('open', 'resolved')),
    -- How it was resolved: registration, idea, question or ignore.
    resolution      text check (resolution in ('registration', 'idea', 'question', 'ignore')),
    resolved_by     text,
    created_at      timestamptz not null default now(),
    resolved_at     timestamptz
);
create index review_items_open on review_items (event_id, id) where status = 'open';

-- Every change an organiser makes (CLI, mail reply, web desk): who, what, before, after, when.
create table audit (
    id              bigserial primary key,
    event_id        text not null,
    -- `cli:<os user>`, `mail:<organiser address>`, `web:<organiser address>`.
    actor           text not null,
    -- `participant.add`, `participant.edit`, `review.resolve`, `question.answer`, …
    action          text not null,
    -- What was changed: an address, `review:<id>`, `question:<id>`.
    target          text not null,
    before          jsonb,
    after           jsonb,
    at              timestamptz not null default now()
);
create index audit_target on audit (event_id, target);

-- Questions are open until an organiser answers them.
alter table questions add column status text not null default 'open'
    check (status in ('open', 'answered'));
alter table questions add column answered_at timestamptz;

-- Free text for the organisers that fits no field ("I am vegetarian", "I may be late"), and
-- who put the registration there.
alter table registrations add column note text;
alter table registrations add column source text not null default 'mail'
    check (source in ('mail', 'on_behalf', 'organiser'));
alter table registrations add column registered_by text;

-- A forward to the organisers carries the original message as message/rfc822.
alter table outbox add column attach_inbound boolean not null default false;

create view review_counts as
    select event_id,
           count(*) filter (where status = 'open')     as open,
           count(*) filter (where status = 'resolved') as resolved
    from review_items group by event_id;
