-- Wake the daemons only for work they can do now (issue 8, defect 1).
--
-- The triggers of 0001 notified after every INSERT or UPDATE statement, also one that changed no
-- row. A sender's own lease is an UPDATE, so an idle sender's empty lease woke every sender,
-- whose empty lease woke them again: an idle daemon ran thousands of transactions a second.
-- Now a statement notifies only when it leaves a row a worker can take at once: a new pending
-- message, or an outbox row that is pending and due. A lease pushes `next_attempt_at` into the
-- future, so it never notifies; a retry that is due later is found by the sender's timer.

drop trigger outbox_notify on outbox;
drop trigger inbound_notify on inbound_messages;

create or replace function regbot_notify_inbound() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows where status = 'pending') then
        perform pg_notify('regbot_inbound', '');
    end if;
    return null;
end $$;

create or replace function regbot_notify_outbox() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows where status = 'pending' and next_attempt_at <= now()) then
        perform pg_notify('regbot_outbox', '');
    end if;
    return null;
end $$;

-- PostgreSQL allows transition tables only on single-event triggers: one per event. Stored mail
-- is only ever inserted as pending (a reprocess run processes what it sets back itself).
create trigger inbound_notify after insert on inbound_messages
    referencing new table as new_rows
    for each statement execute function regbot_notify_inbound();
create trigger outbox_notify after insert on outbox
    referencing new table as new_rows
    for each statement execute function regbot_notify_outbox();
create trigger outbox_notify_update after update on outbox
    referencing new table as new_rows
    for each statement execute function regbot_notify_outbox();
