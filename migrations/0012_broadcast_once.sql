-- Two identical broadcasts started at once must queue once (issue 8, defect 11): the check
-- "queued before?" becomes a unique key. `again` marks a broadcast deliberately sent once more
-- (`--again`), which the key does not cover.
alter table broadcasts add column again boolean not null default false;
-- Earlier repeats of the same content were sent with --again.
update broadcasts b set again = true
where exists (select 1 from broadcasts o
              where o.event_id = b.event_id and o.content_key = b.content_key and o.id < b.id);
create unique index broadcasts_once on broadcasts (event_id, content_key) where not again;
