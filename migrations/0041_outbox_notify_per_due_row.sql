-- Wake the senders from an update only for a row that is due now, and test that per row before
-- any trigger runs (issue 12).
--
-- 0002's statement trigger on update collected every updated row into a transition table and ran
-- a PL/pgSQL function over it after every update of the outbox. Nearly all of them are the
-- sender's own: a lease (next_attempt_at pushed into the future) and `sent`, neither of which can
-- ever notify. A row trigger's WHEN is evaluated as the row is written, so those updates now queue
-- no trigger event, build no transition table and call no function. Measured with 8,000
-- one-row `sent` updates in a psql session (backend CPU, six interleaved rounds, docs/PERFORMANCE.md):
-- median ~136 us per update with the statement trigger, ~120 us with this one, ~115 us with none.
--
-- What notifies is unchanged: an update that leaves a row pending and due (`now()` is the
-- transaction's start, as in 0002's test). A statement that makes many rows due (release after an
-- outage) calls pg_notify once per row; PostgreSQL folds identical notifications of one
-- transaction into one. Inserts keep 0002's statement trigger: they come in batches (a
-- broadcast, a processing batch's replies) and are nearly always due.

drop trigger outbox_notify_update on outbox;

create function regbot_notify_outbox_due_row() returns trigger language plpgsql as $$
begin
    perform pg_notify('regbot_outbox', '');
    return null;
end $$;

create trigger outbox_notify_update after update on outbox
    for each row
    when (new.status = 'pending' and new.next_attempt_at <= now())
    execute function regbot_notify_outbox_due_row();
