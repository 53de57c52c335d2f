-- Feedback reports (issue 10): someone marked regbot's mail as spam, or their mail client asked
-- to unsubscribe. The complaining mailbox works, so a complaint is not a bounce; it is kept in
-- `bounces` with kind 'complaint' so that organisers see it with the mail that came back
-- (`regbot bounces list`, `regbot stats`), and the address is suppressed with reason
-- 'complaint' when the report returns mail regbot really sent to it (as for bounces).
alter table bounces add column kind text not null default 'bounce'
    check (kind in ('bounce', 'complaint'));

create or replace view bounce_counts as
    select count(*) filter (where kind = 'bounce' and verdict in ('suppressed', 'soft'))     as matched,
           count(*) filter (where kind = 'bounce' and verdict in ('unmatched', 'organiser')) as unmatched,
           (select count(*) from suppressed_addresses where reason = 'bounce') as suppressed_addresses,
           count(*) filter (where kind = 'complaint') as complaints
    from bounces;
