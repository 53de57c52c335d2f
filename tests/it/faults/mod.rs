//! Fault injection against the real daemon binary and the real servers (Postfix, Dovecot,
//! PostgreSQL): crashes, outages, several daemons, hostile input, secrets and transport.
//!
//! Every scenario asserts nothing lost and nothing doubled, counting replies where the
//! participants see them (their Dovecot Maildirs), and prints one row of the figures table:
//! `cargo test --test it -- faults:: --nocapture` shows them; `REGBOT_FAULTS_TABLE=FILE` collects
//! them. Sizes can be raised with `REGBOT_FAULTS_*` variables (see scripts/chaos).

pub(crate) mod harness;

mod crash;

mod outage;

mod hostile;

mod secrets;

mod rules;

mod chaos;
