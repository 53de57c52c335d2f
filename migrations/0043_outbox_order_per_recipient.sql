-- Mail to one participant goes out in the order it was meant to (issue 9): an acknowledgement
-- before the catch-up updates queued with it, update 1 before update 2.
--
-- Until now that order rested on due times one second apart. A due time moves, though: a lease
-- pushes it forward, and a batch that runs out of time gives its rows back due now, after the
-- updates queued behind them. Another connection could then send "Update 1" before the
-- acknowledgement (seen once in CI under load).
--
-- `order_at` is the row's place among its recipient's mail, fixed when queued (now(), or the
-- catch-up's due time) and never moved by leases or retries. The sender leases a participant's
-- mail (reply, broadcast, promotion) only when no earlier pending one to the same address is
-- left; a mail that waits for a retry keeps the ones behind it waiting, as a post office keeps a
-- queue. Forwards to the organisers and sign-in links are not held back by it (a link must go
-- at once, and forwards are separate mails to read in any order).
alter table outbox add column order_at timestamptz;
update outbox set order_at = next_attempt_at;
alter table outbox alter column order_at set default now(), alter column order_at set not null;

-- No new index: the hold looks up the recipient's rows through outbox_recipient_recent
-- (lower(recipient), created_at) of 0001, a handful of rows per participant, so the lease and
-- `sent` updates do not pay for a ninth index on the outbox.
