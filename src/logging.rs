//! Logging set-up: `REGBOT_LOG` (or `RUST_LOG`) chooses what is logged, except that the mail
//! libraries are never allowed below `info`.
//!
//! Why: async-imap writes every command it sends at debug/trace — `LOGIN user password`
//! included — and lettre does the same for SMTP `AUTH`. A user who turns on `RUST_LOG=trace`
//! to debug a connection must not find the mailbox password in the journal, so those targets
//! are held at `info` whatever the filter says.

use std::io::IsTerminal;

use tracing::Level;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::filter::{FilterExt, filter_fn};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// Crates that log credentials below `info` (module paths; `log` records keep theirs).
pub const HELD_TARGETS: &[&str] = &["async_imap", "imap_proto", "lettre"];

/// Whether an event of `target` at `level` may be written at all.
pub fn may_log(target: &str, level: &Level) -> bool {
    let held = HELD_TARGETS.iter().any(|t| {
        target == *t
            || target
                .strip_prefix(t)
                .is_some_and(|rest| rest.starts_with("::"))
    });
    !held || *level <= Level::INFO
}

/// The filter from `REGBOT_LOG`, else `RUST_LOG`, else `default`.
pub fn env_filter(default: &str) -> EnvFilter {
    ["REGBOT_LOG", "RUST_LOG"]
        .iter()
        .find_map(|var| EnvFilter::try_from_env(var).ok())
        .unwrap_or_else(|| EnvFilter::new(default))
}

/// Installs the global subscriber (stderr, colours only on a terminal).
pub fn init(default: &str) {
    let held = filter_fn(|meta| may_log(meta.target(), meta.level()));
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_filter(env_filter(default).and(held));
    let _ = tracing_subscriber::registry().with(layer).try_init();
}

use tracing_subscriber::Layer as _;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_libraries_are_held_at_info_whatever_the_filter_says() {
        assert!(!may_log("async_imap::client", &Level::TRACE));
        assert!(!may_log("async_imap", &Level::DEBUG));
        assert!(!may_log("lettre::transport::smtp::client", &Level::DEBUG));
        assert!(!may_log("imap_proto::parser", &Level::TRACE));
        assert!(may_log("lettre::transport::smtp", &Level::INFO));
        assert!(may_log("async_imap", &Level::WARN));
        assert!(may_log("regbot::intake", &Level::TRACE));
        // A crate whose name merely starts the same is not held.
        assert!(may_log("lettre_extra", &Level::TRACE));
    }
}
