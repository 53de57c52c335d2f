-- Attempts count the SMTP server's answers, not leases (issue 8, defect 4).
--
-- `attempts` was raised by every lease, also by the leases of an outage in which no server
-- ever answered, so after a long outage the first greylisting 4xx gave a mail up. Now
-- `attempts` counts real answers (250, 4xx, 5xx) and `leases` counts how often a sender took
-- the row, which paces the retries while the server cannot be reached.
alter table outbox add column leases integer not null default 0;
update outbox set leases = attempts;
