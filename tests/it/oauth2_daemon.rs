//! regbot itself (the binary: `run`, `run --once`, `oauth login`, `check`) against the OAuth2
//! test stack, where Dovecot and Postfix accept only tokens from the local token server and
//! refuse passwords, with access tokens living a few seconds.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::oauth2::{
    OAuth2Stack, client_credentials_env, oauth2_stack, regbot_env_oauth2,
};
use crate::support::*;
use encoding_rs::UTF_8;

async fn register(stack: &OAuth2Stack, mailbox: &str, from: &str, name: &str) -> String {
    let message_id = format!("{}@client.example", uuid::Uuid::new_v4());
    let raw = message(
        &format!("{name} <{from}>"),
        mailbox,
        "Registration",
        &format!(
            "Hello,\n\nI would like to register for the workshop in Riga.\nOrganisation: Baltic Cluster\n\nBest regards,\n{name}\n"
        ),
        UTF_8,
        &message_id,
    );
    stack.deliver(from, mailbox, &raw).await;
    message_id
}

/// `regbot run --once` succeeds, and `who` then has exactly one answer.
async fn run_once_answers(stack: &OAuth2Stack, env: &[(String, String)], who: &str) {
    let out = regbot(env, &["run", "--once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = stack.wait_for_mail(who, 1, Duration::from_secs(10)).await;
    assert_eq!(got.len(), 1, "{who} is answered once");
}

/// regbot with `grant = "refresh_token"` for the public client `client`, its refresh token
/// sealed with the key in `key`.
fn refresh_token_env(
    db: &TestDb,
    stack: &OAuth2Stack,
    mailbox: &str,
    client: &str,
    key: &std::path::Path,
) -> Vec<(String, String)> {
    regbot_env_oauth2(db, stack, mailbox, client, None, "refresh_token", Some(key))
}

/// Every token and secret the test stack knows for `user`, plus `secret`: none may be logged.
async fn secrets_of(stack: &OAuth2Stack, user: &str, secret: &str) -> Vec<String> {
    let mut all = stack.tokens_of(user).await;
    all.push(secret.to_string());
    assert!(all.len() > 1, "tokens were issued");
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_daemon_answers_across_token_lifetimes_logs_in_again_during_idle_and_logs_no_token() {
    let stack = oauth2_stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    // 4 s tokens: regbot renews after 3 s.
    let (mut env, secret) = client_credentials_env(&db, &stack, &mailbox, &mailbox, 4).await;
    env.push(("REGBOT_LOG".into(), "trace".into()));
    let mut daemon = Daemon::start(&env);

    // Idle for three token lifetimes: the IDLE session is replaced before each token expires.
    let deadline = Instant::now() + Duration::from_secs(15);
    while stack.imap_logins(&mailbox) < 4 {
        assert!(
            Instant::now() < deadline,
            "no new login during IDLE; log:\n{}",
            daemon.log_text()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // Registrations spread over several more lifetimes: each answered once, none missed.
    let mut people = vec![];
    for i in 0..6 {
        let from = unique(&format!("p{i}"), "example.test");
        let message_id = register(&stack, &mailbox, &from, &format!("Person {i}")).await;
        people.push((from, message_id));
        tokio::time::sleep(Duration::from_millis(1500)).await;
    }
    for (from, message_id) in &people {
        let replies = stack.wait_for_mail(from, 1, Duration::from_secs(20)).await;
        assert_eq!(
            replies.len(),
            1,
            "{from} got {} replies; log:\n{}",
            replies.len(),
            daemon.log_text()
        );
        let in_reply_to = header(&replies[0], "In-Reply-To").unwrap_or_default();
        assert!(
            in_reply_to.contains(message_id.as_str()),
            "threaded: {in_reply_to}"
        );
    }
    // Nothing left behind, nothing doubled later.
    tokio::time::sleep(Duration::from_secs(2)).await;
    for (from, _) in &people {
        assert_eq!(
            stack.maildir_messages(from, "INBOX").len(),
            1,
            "{from} answered twice"
        );
    }
    assert!(
        stack.maildir_messages(&mailbox, "INBOX").is_empty(),
        "the inbox is drained"
    );
    let registered: i64 = sqlx::query_scalar("select count(*) from registrations")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(registered, 6);
    assert!(
        stack.access_tokens_issued(&mailbox).await >= 5,
        "several token lifetimes"
    );

    let (status, _) = daemon.terminate();
    assert!(status.success());
    let log = daemon.log_text();
    assert!(
        log.contains("TRACE") || log.contains("trace"),
        "trace logging was on"
    );
    for s in secrets_of(&stack, &mailbox, &secret).await {
        assert!(!log.contains(&s), "a token or secret is in the trace log");
    }
}

/// Runs `regbot oauth login`, approves the code it prints as `user` would in a browser, and
/// returns the command's output.
async fn oauth_login(stack: &OAuth2Stack, env: &[(String, String)], user: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(regbot_bin())
        .args(["oauth", "login"])
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut printed = String::new();
    let code = loop {
        let line = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("oauth login prints a code");
        printed.push_str(&line);
        printed.push('\n');
        if let Some(code) = line
            .split_whitespace()
            .find(|w| w.len() == 10 && w.chars().nth(4) == Some('-'))
        {
            break code.trim_end_matches('.').to_string();
        }
    };
    assert!(
        printed.contains(&stack.device_url()),
        "the URL to open is shown: {printed}"
    );
    // The person takes a moment; regbot polls meanwhile.
    tokio::time::sleep(Duration::from_secs(2)).await;
    stack.approve(&code, user).await;
    let output = child.wait_with_output().unwrap();
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(5)) {
        printed.push_str(&line);
        printed.push('\n');
    }
    assert!(
        output.status.success(),
        "oauth login failed: {printed}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    printed
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_refresh_token_stops_intake_safely_until_the_next_login() {
    let stack = oauth2_stack();
    let db = TestDb::new().await;
    let mailbox = unique("organiser", "event.test");
    let client = stack.register_public_client(3).await;
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("token.key");
    std::fs::write(
        &key,
        "8f9e0d1c2b3a49586776859403a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4\n",
    )
    .unwrap();
    let env = refresh_token_env(&db, &stack, &mailbox, &client, &key);

    let printed = oauth_login(&stack, &env, &mailbox).await;
    assert!(printed.contains("Signed in"), "{printed}");
    let stored: Vec<u8> = sqlx::query_scalar("select sealed from oauth2_refresh_tokens")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    for token in stack.tokens_of(&mailbox).await {
        assert!(
            !stored.windows(token.len()).any(|w| w == token.as_bytes()),
            "stored in clear"
        );
    }

    let first = unique("first", "example.test");
    register(&stack, &mailbox, &first, "First Person").await;
    run_once_answers(&stack, &env, &first).await;

    // The organiser's account is reset at the provider: every token revoked.
    stack.revoke(&mailbox, true).await;
    let second = unique("second", "example.test");
    register(&stack, &mailbox, &second, "Second Person").await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let out = regbot(&env, &["run", "--once"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("regbot oauth login"),
        "the error says what to do: {stderr}"
    );
    // The mail is safe: still in the inbox, nothing stored or answered, nothing failed.
    assert_eq!(stack.maildir_messages(&mailbox, "INBOX").len(), 1);
    assert!(stack.maildir_messages(&second, "INBOX").is_empty());
    let failed: i64 =
        sqlx::query_scalar("select count(*) from outbox where status::text = 'failed'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(failed, 0);

    // A new sign-in, and the waiting mail is answered.
    oauth_login(&stack, &env, &mailbox).await;
    run_once_answers(&stack, &env, &second).await;
    assert!(stack.maildir_messages(&mailbox, "INBOX").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_shows_the_flow_the_expiry_and_the_fix_but_no_secret() {
    let stack = oauth2_stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (env, secret) = client_credentials_env(&db, &stack, &mailbox, &mailbox, 60).await;
    let out = regbot(&env, &["check"]);
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("oauth2 client_credentials"), "{text}");
    assert!(text.contains("token valid until"), "{text}");
    assert!(text.contains("AUTH XOAUTH2"), "{text}");
    for s in secrets_of(&stack, &mailbox, &secret).await {
        assert!(
            !text.contains(&s),
            "check printed a token or secret: {text}"
        );
    }

    // The app's permission is on another mailbox (Add-MailboxPermission missing for this one).
    let elsewhere = unique("elsewhere", "event.test");
    let (env, secret) = client_credentials_env(&db, &stack, &mailbox, &elsewhere, 60).await;
    let out = regbot(&env, &["check"]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!out.status.success());
    assert!(text.contains("imap          FAILED"), "{text}");
    assert!(text.contains("Add-MailboxPermission"), "{text}");
    assert!(!text.contains(&secret));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_smtp_login_refused_for_a_revoked_token_is_retried_once_with_a_fresh_one() {
    let stack = oauth2_stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (env, _) = client_credentials_env(&db, &stack, &mailbox, &mailbox, 60).await;
    let mut daemon = Daemon::start(&env);
    let deadline = Instant::now() + Duration::from_secs(10);
    while stack.imap_logins(&mailbox) == 0 {
        assert!(
            Instant::now() < deadline,
            "no IMAP login; log:\n{}",
            daemon.log_text()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The provider invalidates the token regbot holds (the IMAP session stays logged in).
    stack.revoke(&mailbox, true).await;
    let from = unique("late", "example.test");
    register(&stack, &mailbox, &from, "Late Person").await;
    let replies = stack.wait_for_mail(&from, 1, Duration::from_secs(20)).await;
    assert_eq!(replies.len(), 1, "log:\n{}", daemon.log_text());
    assert_eq!(
        stack.access_tokens_issued(&mailbox).await,
        2,
        "one fresh token, not more"
    );
    let failed: i64 =
        sqlx::query_scalar("select count(*) from outbox where status::text = 'failed'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(failed, 0);
    daemon.terminate();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refresh_token_obtained_elsewhere_can_be_stored_with_oauth_login() {
    let stack = oauth2_stack();
    let mailbox = unique("organiser", "event.test");
    let client = stack.register_public_client(30).await;
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("token.key");
    std::fs::write(
        &key,
        "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
    )
    .unwrap();
    // Signed in once for another installation; its refresh token is handed over in a file.
    let elsewhere = TestDb::new().await;
    let env = refresh_token_env(&elsewhere, &stack, &mailbox, &client, &key);
    oauth_login(&stack, &env, &mailbox).await;
    let refresh = stack
        .tokens_of(&mailbox)
        .await
        .into_iter()
        .find(|t| t.starts_with("rt-"))
        .expect("a refresh token was issued");
    let file = dir.path().join("refresh-token");
    std::fs::write(&file, format!("{refresh}\n")).unwrap();

    let db = TestDb::new().await;
    let env = refresh_token_env(&db, &stack, &mailbox, &client, &key);
    let out = regbot(
        &env,
        &["oauth", "login", "--refresh-token-file", &path_str(&file)],
    );
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("stored encrypted"), "{text}");
    assert!(!text.contains(&refresh));
    let from = unique("someone", "example.test");
    register(&stack, &mailbox, &from, "Some One").await;
    run_once_answers(&stack, &env, &from).await;

    // A token that is not one is refused at once, with what to do.
    std::fs::write(&file, "rt-made-up\n").unwrap();
    let out = regbot(
        &env,
        &["oauth", "login", "--refresh-token-file", &path_str(&file)],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("regbot oauth login"));
    // ... and does not replace the one that works.
    let from = unique("another", "example.test");
    register(&stack, &mailbox, &from, "An Other").await;
    run_once_answers(&stack, &env, &from).await;
}
