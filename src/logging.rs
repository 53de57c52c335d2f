//! Logging set-up: `REGBOT_LOG` (or `RUST_LOG`) chooses what is logged, except that the mail
//! libraries are never allowed below `info`.
//!
//! Why: async-imap writes every command it sends at debug/trace — `LOGIN user password`
//! included — and lettre does the same for SMTP `AUTH`. A user who turns on `RUST_LOG=trace`
//! to debug a connection must not find the mailbox password in the journal, so those targets
//! are held at `info` whatever the filter says.
//!
//! The HTML parser warns about every malformed table it mends ("foster parenting not
//! implemented"); hostile and broken HTML mail is everyday input, not news for the operator, so
//! it is kept to errors unless the filter names it.

use std::io::IsTerminal;

use tracing::Level;
use tracing_subscriber::EnvFilter;

/// Crates that log credentials below `info` (module paths; `log` records keep theirs).
pub const HELD_TARGETS: &[&str] = &["async_imap", "imap_proto", "lettre"];

/// Crates whose warnings are about the mail they read, not about regbot: errors only, unless a
/// directive names them.
pub const QUIET_TARGETS: &[&str] = &["html5ever"];

fn is_held(target: &str) -> bool {
    HELD_TARGETS.iter().any(|t| {
        target == *t
            || target
                .strip_prefix(t)
                .is_some_and(|rest| rest.starts_with("::"))
    })
}

/// Whether an event of `target` at `level` may be written at all.
pub fn may_log(target: &str, level: &Level) -> bool {
    !is_held(target) || *level <= Level::INFO
}

/// The filter directives actually used: the user's, minus any that name a held target (or a
/// module inside one), plus `TARGET=info` for each held target. A global `trace` still applies
/// to everything else; the more specific held directives win over it.
pub fn effective_directives(spec: &str) -> String {
    let mut kept: Vec<String> = spec
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .filter(|d| {
            let target = d.split(['[', '=']).next().unwrap_or("").trim();
            !is_held(target)
        })
        .map(str::to_string)
        .collect();
    for quiet in QUIET_TARGETS {
        let named = kept.iter().any(|d| {
            let target = d.split(['[', '=']).next().unwrap_or("").trim();
            target == *quiet || target.starts_with(&format!("{quiet}::"))
        });
        if !named {
            kept.push(format!("{quiet}=error"));
        }
    }
    kept.extend(HELD_TARGETS.iter().map(|t| format!("{t}=info")));
    kept.join(",")
}

/// The filter from `REGBOT_LOG`, else `RUST_LOG`, else `default`, with the held targets held.
pub fn env_filter(default: &str) -> EnvFilter {
    let spec = ["REGBOT_LOG", "RUST_LOG"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| default.to_string());
    EnvFilter::try_new(effective_directives(&spec))
        .or_else(|_| EnvFilter::try_new(effective_directives(default)))
        .unwrap_or_else(|_| EnvFilter::new("info"))
}

/// Installs the global subscriber (stderr, colours only on a terminal).
pub fn init(default: &str) {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(env_filter(default))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

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

    #[test]
    fn a_trace_filter_keeps_its_other_directives_but_not_the_held_ones() {
        let d = effective_directives("trace,async_imap::client=trace,lettre=debug,regbot=debug");
        assert!(!d.contains("async_imap::client"), "{d}");
        assert!(!d.contains("lettre=debug"), "{d}");
        assert!(d.starts_with("trace,regbot=debug,"), "{d}");
        for t in HELD_TARGETS {
            assert!(d.contains(&format!("{t}=info")), "{d}");
        }
        let filter = EnvFilter::try_new(&d).expect("valid directives");
        assert!(filter.to_string().contains("async_imap=info"));
    }

    #[test]
    fn the_html_parser_is_kept_to_errors_unless_named() {
        let d = effective_directives("info");
        assert!(d.contains("html5ever=error"), "{d}");
        let d = effective_directives("warn,html5ever=debug");
        assert!(
            d.contains("html5ever=debug") && !d.contains("html5ever=error"),
            "{d}"
        );
        let d = effective_directives("html5ever::tree_builder=warn");
        assert!(!d.contains("html5ever=error"), "{d}");
        assert!(EnvFilter::try_new(effective_directives("trace")).is_ok());
    }
}
