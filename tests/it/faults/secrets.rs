//! Secrets and transport: passwords never in logs or error messages (even at trace level),
//! IMAPS and SMTP STARTTLS verified against the stack's test CA, a wrong CA refused clearly.

use std::process::Command;
use std::time::Duration;

use super::harness::*;
use crate::support::*;

async fn one_registration(stack: &Stack, mailbox: &str, domain: &str) -> Vec<Expect> {
    let person = unique("person", domain);
    let id = new_message_id();
    let raw = registration(&person, "Trace Person", mailbox, &id, 1);
    submit_all(stack, &[(person.clone(), mailbox.to_string(), raw)]).await;
    vec![(person, id)]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passwords_never_reach_logs_or_error_messages_even_at_trace_level() {
    let _servers = SERVERS.read().await;
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let mut env = fault_env(&db, &stack, &mailbox);
    // The most a user could turn on: everything at trace, through both variables.
    set(&mut env, "REGBOT_LOG", "trace");
    set(&mut env, "RUST_LOG", "trace,async_imap=trace,lettre=trace");
    // The password from a file this time (systemd credentials, Docker secrets).
    let dir = tempfile::tempdir().expect("tempdir");
    let password_file = dir.path().join("imap-password");
    std::fs::write(&password_file, format!("{}\n", stack.password)).expect("write");
    env.retain(|(k, _)| k != "REGBOT_IMAP__PASSWORD");
    set(
        &mut env,
        "REGBOT_IMAP__PASSWORD_FILE",
        &password_file.display().to_string(),
    );
    let daemons = Daemons::start(&env, 1);
    let expected = one_registration(&stack, &mailbox, "secrets.test").await;
    settle(&stack, &db, &expected, Duration::from_secs(30)).await;
    let t = tally(&stack, &expected);
    let (peak, logs) = daemons.finish();
    assert_eq!(
        t.lost,
        0,
        "the daemon logged in and answered:\n{}",
        tail(&logs)
    );
    assert!(
        logs.contains(" TRACE "),
        "the run was really at trace level"
    );
    let leaks: Vec<&str> = logs
        .lines()
        .filter(|l| contains_token(l, &stack.password))
        .collect();
    assert!(
        leaks.is_empty(),
        "the mailbox password appears in the log:\n{}",
        leaks.join("\n")
    );

    // A wrong password: refused with a message that says what to check, without the password.
    let wrong = format!("Wr0ng-{}", uuid::Uuid::new_v4().simple());
    let mut env = fault_env(&db, &stack, &mailbox);
    set(&mut env, "REGBOT_LOG", "trace");
    set(&mut env, "RUST_LOG", "trace");
    set(&mut env, "REGBOT_IMAP__PASSWORD", &wrong);
    let out = regbot(&env, &["check"]);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.status.success(), "check fails with a wrong password");
    assert!(text.contains("refused the login"), "{text}");
    assert!(
        !text.contains(&wrong),
        "the wrong password is echoed:\n{text}"
    );
    Row {
        scenario: "secrets at RUST_LOG=trace + wrong password",
        messages: 1,
        faults: "trace logging, wrong password".into(),
        lost: t.lost,
        duplicated: t.duplicated(),
        peak_rss_kb: peak,
    }
    .print();
}

/// `needle` as a token of its own: the test stack's password is the word "secret", which also
/// appears inside identifiers in TLS traces (`extended_master_secret_request`); a leaked
/// password stands alone (`LOGIN user secret`, `password="secret"`).
fn contains_token(line: &str, needle: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(needle).any(|(i, _)| {
        let before = line[..i].chars().next_back();
        let after = line[i + needle.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

#[test]
fn a_password_is_found_as_a_token_not_inside_identifiers() {
    assert!(contains_token("A1 LOGIN user secret", "secret"));
    assert!(contains_token("password=\"secret\"", "secret"));
    assert!(!contains_token(
        "extended_master_secret_request: ()",
        "secret"
    ));
}

fn wrong_ca(dir: &std::path::Path) -> std::path::PathBuf {
    let key = dir.join("wrong.key");
    let pem = dir.join("wrong-ca.pem");
    let ok = Command::new("openssl")
        .args([
            "ecparam",
            "-name",
            "prime256v1",
            "-genkey",
            "-noout",
            "-out",
        ])
        .arg(&key)
        .status()
        .is_ok_and(|s| s.success())
        && Command::new("openssl")
            .args([
                "req",
                "-x509",
                "-new",
                "-sha256",
                "-days",
                "2",
                "-subj",
                "/CN=not the test CA",
                "-key",
            ])
            .arg(&key)
            .arg("-out")
            .arg(&pem)
            .status()
            .is_ok_and(|s| s.success());
    assert!(ok, "openssl could not make a CA");
    pem
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imaps_and_smtp_starttls_are_verified_against_the_test_ca_and_a_wrong_ca_is_refused() {
    let _servers = SERVERS.read().await;
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let mut env = fault_env(&db, &stack, &mailbox);
    let ca = stack.ca.display().to_string();
    for (k, v) in [
        ("REGBOT_IMAP__HOST", "localhost"),
        ("REGBOT_IMAP__SECURITY", "tls"),
        ("REGBOT_IMAP__PORT", &stack.imaps_port.to_string()),
        ("REGBOT_IMAP__CA_FILE", &ca),
        ("REGBOT_SMTP__HOST", "localhost"),
        ("REGBOT_SMTP__SECURITY", "starttls"),
        ("REGBOT_SMTP__CA_FILE", &ca),
    ] {
        set(&mut env, k, v);
    }
    let out = regbot(&env, &["check"]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "check over TLS:\n{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let daemons = Daemons::start(&env, 1);
    let expected = one_registration(&stack, &mailbox, "tls.test").await;
    settle(&stack, &db, &expected, Duration::from_secs(30)).await;
    let t = tally(&stack, &expected);
    let (peak, logs) = daemons.finish();
    assert_eq!(
        t.lost,
        0,
        "answered over IMAPS + STARTTLS:\n{}",
        tail(&logs)
    );

    // The same servers with a CA that did not sign their certificates: refused, clearly.
    let dir = tempfile::tempdir().expect("tempdir");
    let wrong = wrong_ca(dir.path()).display().to_string();
    set(&mut env, "REGBOT_IMAP__CA_FILE", &wrong);
    set(&mut env, "REGBOT_SMTP__CA_FILE", &wrong);
    let out = regbot(&env, &["check"]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!out.status.success(), "a wrong CA must fail:\n{text}");
    let imap_line = text
        .lines()
        .find(|l| l.starts_with("imap"))
        .unwrap_or_default();
    let smtp_line = text
        .lines()
        .find(|l| l.starts_with("smtp"))
        .unwrap_or_default();
    assert!(
        imap_line.contains("FAILED") && imap_line.to_lowercase().contains("certificate"),
        "{text}"
    );
    assert!(
        smtp_line.contains("FAILED") && smtp_line.to_lowercase().contains("certificate"),
        "{text}"
    );
    Row {
        scenario: "IMAPS + SMTP STARTTLS against the test CA; wrong CA refused",
        messages: 1,
        faults: "wrong CA".into(),
        lost: t.lost,
        duplicated: t.duplicated(),
        peak_rss_kb: peak,
    }
    .print();
}
