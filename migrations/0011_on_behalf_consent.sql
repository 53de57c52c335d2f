-- Registrations on someone else's behalf need the consent of the person registered (issue 8,
-- defect 7): their place is held as `pending_confirmation` until they answer or an organiser
-- confirms, and released at `confirm_by`. A held place does not count against the capacity, so
-- registering others can never push a real registrant onto the waiting list.
alter table registrations drop constraint registrations_status_check;
alter table registrations add constraint registrations_status_check
    check (status in ('confirmed', 'waitlisted', 'cancelled', 'pending_confirmation'));
alter table registrations add column confirm_by timestamptz;
create index registrations_unconfirmed on registrations (confirm_by)
    where status = 'pending_confirmation';
create index registrations_registered_by on registrations (event_id, lower(registered_by))
    where registered_by is not null;

create or replace view registration_counts as
    select event_id,
           count(*) filter (where status = 'confirmed')  as confirmed,
           count(*) filter (where status = 'waitlisted') as waitlisted,
           count(*) filter (where status = 'cancelled')  as cancelled,
           count(*) filter (where status = 'pending_confirmation') as pending_confirmation
    from registrations group by event_id;
