-- Forwards to the organisers are limited per sender (issue 8, defect 8): a forward carries the
-- sender in Reply-To, and the limit counts one sender's forwards of the last hour.
create index outbox_forwards_by_sender on outbox (lower(reply_to), created_at)
    where kind = 'forward';
