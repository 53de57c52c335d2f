-- The desk's participants table pages by keyset (store::participants_page): each sortable
-- column has an index in exactly the order the table shows (missing values after every given
-- one, then registration time and id), so a page reads its own rows from the index, from its
-- anchor on, instead of sorting every registration of the event (the old OFFSET page 100
-- sorted 10,000 rows by lower(name) to show 50). They lead with the sort key, not event_id,
-- so that none of them can look like a fit for the address lookup that must use
-- registrations_one_per_address (see 0040); the event is a filter on the walk.
create index registrations_order_created on registrations (created_at, id);
create index registrations_order_name
    on registrations ((name is null), coalesce(lower(name), ''), created_at, id);
create index registrations_order_email on registrations (lower(email), created_at, id);
create index registrations_order_organisation
    on registrations ((organisation is null), coalesce(lower(organisation), ''), created_at, id);
create index registrations_order_country
    on registrations ((country is null), coalesce(country, ''), created_at, id);
create index registrations_order_language
    on registrations ((language is null), coalesce(language, ''), created_at, id);
create index registrations_order_status on registrations (status, created_at, id);
