-- The desk's overview and `regbot stats` count the mail tables by status on every request
-- (inbound_counts, outbound_counts, the bounce count), and the desk's mail log lists them newest
-- first, filtered by status. Without an index each count read every row of inbound_messages and
-- outbox, raw mail and bodies included, and a filter for the few failed mails read the whole
-- table backwards. With these, PostgreSQL counts from the index alone once autovacuum has marked
-- the pages visible, and a filtered page reads only its own rows (scripts/desk-bench;
-- docs/PERFORMANCE.md). status already changes non-HOT on both tables (the partial indexes
-- inbound_pending and outbox_due name it), so this adds one index entry per status change, not
-- a rewrite of the row.
create index inbound_by_status on inbound_messages (status, id) include (automated);
create index outbox_by_status on outbox (status, id) include (kind);
