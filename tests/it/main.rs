//! regbot's integration tests, as one test binary (linked once, not once per file).
//!
//! They run against the real servers started by the project's scripts: PostgreSQL (a fresh
//! database per test), Postfix and Dovecot (`scripts/mailstack`), the OAuth2 test stack, and the
//! real `regbot` binary. Select a group with its module name, e.g.
//! `scripts/test --test it -- faults::` or `cargo test --test it -- golden_parse`.

mod support;

mod automated_corpus;
mod batch;
mod broadcasts;
mod corrections;
mod end_to_end;
mod eval_score;
mod faults;
mod golden_parse;
mod oauth2_daemon;
mod oauth2_stack;
mod on_behalf;
mod organise;
mod organise_cli;
mod parse_cli;
mod proposed_registration;
mod regressions;
mod relay;
mod replies_in_language;
mod reply_corpus;
mod scenario;
mod throughput;
mod understand_labelled;
mod web_actions;
mod web_browser;
mod web_desk;
mod web_paging;
mod web_segments;
