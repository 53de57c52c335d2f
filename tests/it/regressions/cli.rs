//! Defect 11, the command line's smaller ones: a named config file that is missing, and error
//! causes printed twice.

use crate::support::*;

/// Just enough configuration for the commands to start.
pub(super) fn env(database_url: &str) -> Vec<(String, String)> {
    [
        ("REGBOT_DATABASE__URL", database_url),
        ("REGBOT_SMTP__HOST", "127.0.0.1"),
        ("REGBOT_SMTP__FROM", "Registration <reg@event.test>"),
        ("REGBOT_EVENT__ID", "ev"),
        ("REGBOT_EVENT__NAME", "An event"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

#[test]
fn defect_11_an_explicit_config_file_that_is_missing_is_an_error() {
    // The default path, named explicitly: the user means that file, not the environment.
    let out = regbot(
        &env("postgres://postgres@127.0.0.1:1/x"),
        &["--config", "config/regbot.toml", "stats"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(78), "{stderr}");
    assert!(stderr.contains("config/regbot.toml"), "{stderr}");
}

#[test]
fn defect_11_an_error_cause_is_printed_once() {
    // Nothing listens on port 1: sqlx gives up waiting for a connection.
    let out = regbot(&env("postgres://postgres@127.0.0.1:1/x"), &["stats"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("could not reach the database"), "{stderr}");
    let cause = stderr.matches("timed out").count();
    assert_eq!(cause, 1, "the cause once: {stderr}");
}
