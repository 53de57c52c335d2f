-- One definition of "this row's turn has come" (0043's hold), read by both the sender's lease
-- and the daemon's next-due query, which until now each wrote the rule out in their own SQL.
--
-- A pending participant's mail (reply, broadcast, promotion) is in turn when no earlier pending
-- one to the same address (by `order_at`, then id) is left. Forwards to the organisers and sign-in
-- links are always in turn. A view, not a function, so the planner inlines it into each query
-- and the hold still looks up the recipient's few rows through outbox_recipient_recent; the lease
-- locks the underlying rows through it (FOR UPDATE on a simple view locks the table's rows).
-- Only the columns the two queries read, so later migrations of other columns need not touch it.
create view outbox_in_turn as
select o.id, o.kind, o.recipient, o.order_at, o.next_attempt_at
from outbox o
where o.status = 'pending'
  and not (o.kind in ('reply', 'broadcast', 'promotion') and exists (
      select 1 from outbox e
      where e.status = 'pending' and e.kind in ('reply', 'broadcast', 'promotion')
        and lower(e.recipient) = lower(o.recipient)
        and (e.order_at, e.id) < (o.order_at, o.id)));
