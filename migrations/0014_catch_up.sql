-- Catch-up broadcasts (issue 9): a broadcast made with `--catch-up` also goes, once and in
-- order, to everyone who registers or is promoted later. It keeps the filters it was made with
-- (country, language) so a late registrant gets exactly what their peers got.
alter table broadcasts add column catch_up boolean not null default false;
alter table broadcasts add column country text;
alter table broadcasts add column language text;
create index broadcasts_catch_up on broadcasts (event_id, id) where catch_up;
