-- Looking a registration up by address (every registration, update and cancellation does it)
-- must use registrations_one_per_address (event_id, lower(email)). The old
-- registrations_status index led with event_id too, so while the table had no statistics (a new
-- event, a burst of registrations before autovacuum's first ANALYZE) the planner could not tell
-- the two apart and the cached generic plan used registrations_status: every lookup then read
-- every registration of the event (0.74 ms at 2,000 registrations, linear in their number).
-- Leading with status leaves the address index as the only one that fits an address lookup;
-- counts by status (capacity, waiting list, the desk's filters) still use this one.
drop index registrations_status;
create index registrations_status on registrations (status, event_id);
