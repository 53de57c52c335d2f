//! The whole path, for real: mail submitted to Postfix → Dovecot → `regbot run` → PostgreSQL →
//! reply over SMTP → the participant's Dovecot mailbox, read back over IMAP.

use std::time::{Duration, Instant};

use crate::support::*;
use encoding_rs::{ISO_8859_2, UTF_8, WINDOWS_1257};

struct Sent {
    from: String,
    message_id: String,
    at: Instant,
}

async fn send(
    stack: &Stack,
    mailbox: &str,
    from: &str,
    name: &str,
    subject: &str,
    body: &str,
    charset: &'static encoding_rs::Encoding,
) -> Sent {
    let message_id = format!("{}@client.example", uuid::Uuid::new_v4());
    let raw = message(
        &format!("{} <{from}>", b_encode(name)),
        mailbox,
        subject,
        body,
        charset,
        &message_id,
    );
    let at = Instant::now();
    stack.send_raw(from, mailbox, &raw).await;
    Sent {
        from: from.to_string(),
        message_id,
        at,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registrations_are_answered_once_threaded_counted_and_the_daemon_stops_on_sigterm() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = regbot_env(&db, &stack, &mailbox);
    registrations_are_answered(&stack, &db, &mailbox, env).await;
}

/// The same with `imap.auth = smtp.auth = "oauth2"` on the OAuth2 stack, where Dovecot and
/// Postfix refuse passwords and tokens live 10 seconds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registrations_are_answered_the_same_with_oauth2_logins() {
    let oauth2 = crate::support::oauth2::oauth2_stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (env, _) =
        crate::support::oauth2::client_credentials_env(&db, &oauth2, &mailbox, &mailbox, 10).await;
    registrations_are_answered(&oauth2.as_stack(), &db, &mailbox, env).await;
}

async fn registrations_are_answered(
    stack: &Stack,
    db: &TestDb,
    mailbox: &str,
    env: Vec<(String, String)>,
) {
    let mut daemon = Daemon::start(&env);

    let lv = unique("maris", "example.test");
    let pl = unique("kasia", "example.test");
    let idea = unique("idea", "example.test");
    let both = unique("both", "example.test");
    let cancel = unique("cancel", "example.test");
    let dup = unique("dup", "example.test");
    let ooo = unique("away", "example.test");

    let mut sent = vec![];
    sent.push(send(stack, mailbox, &lv, "Māris Krūmiņš", "Reģistrācija", "Labdien!\n\nVēlos reģistrēties semināram Rīgā.\nOrganizācija: Ventspils IT klasteris\nValsts: Latvija\n\nAr cieņu,\nMāris Krūmiņš\n", WINDOWS_1257).await);
    sent.push(send(stack, mailbox, &pl, "Katarzyna Zielińska", "Rejestracja", "Dzień dobry,\n\nchciałabym zarejestrować się na warsztaty w Rydze.\nOrganizacja: Klaster Włókienniczy Łódź\nKraj: Polska\n\nZ poważaniem\nKatarzyna Zielińska\n", ISO_8859_2).await);
    sent.push(send(stack, mailbox, &idea, "Ingrid Berg", "Idea for a session", "Hello,\n\nI have an idea for a session: how small clusters can share one export manager between them.\n\nBest regards,\nIngrid Berg\n", UTF_8).await);
    sent.push(send(stack, mailbox, &both, "Jonas Petraitis", "Registration and an idea", "Hello,\n\nI would like to register for the workshop. I also have an idea for a session: a panel on joint trade missions to Asia.\n\nOrganisation: Lithuanian Laser Cluster\nCountry: Lithuania\n\nKind regards,\nJonas Petraitis\n", UTF_8).await);
    let registered_then_cancels = send(stack, mailbox, &cancel, "Erik Johansson", "Registration", "Hi,\n\nplease register me for the workshop in Riga.\nOrganisation: Smart City Sweden\n\nBest,\nErik\n", UTF_8).await;
    sent.push(registered_then_cancels);

    // The same message delivered twice (a client retry): one reply.
    let dup_id = format!("{}@client.example", uuid::Uuid::new_v4());
    let dup_raw = message(
        &format!("Anna Virtanen <{dup}>"),
        mailbox,
        "Registration",
        "Hello, I would like to register for the workshop.\nOrganisation: Finnish Cleantech Cluster\n",
        UTF_8,
        &dup_id,
    );
    let dup_at = Instant::now();
    stack.send_raw(&dup, mailbox, &dup_raw).await;
    stack.send_raw(&dup, mailbox, &dup_raw).await;
    sent.push(Sent {
        from: dup.clone(),
        message_id: dup_id,
        at: dup_at,
    });

    // An out-of-office reply and a bounce: never answered.
    let ooo_raw = format!(
        "From: Out Of Office <{ooo}>\r\nTo: {mailbox}\r\nSubject: Automatic reply: Workshop registration\r\nAuto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All\r\nMessage-ID: <{}@client.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nI am out of the office until Monday and would like to register later.\r\n",
        uuid::Uuid::new_v4()
    );
    stack.send_raw(&ooo, mailbox, ooo_raw.as_bytes()).await;
    // The bounce returns mail regbot sent that address earlier (only such a bounce silences it).
    let bounced = unique("gone", "example.test");
    let returned = sent_earlier(db, &bounced).await;
    let bounce_raw = format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.test>\r\nTo: {mailbox}\r\nSubject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <{}@mx.example.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.test\r\n\r\nFinal-Recipient: rfc822; {bounced}\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n--B\r\nContent-Type: text/rfc822-headers\r\n\r\nTo: {bounced}\r\nMessage-ID: {returned}\r\n\r\n--B--\r\n",
        uuid::Uuid::new_v4()
    );
    stack.send_raw("", mailbox, bounce_raw.as_bytes()).await;

    // Every actionable message gets its reply, threaded to the original.
    let mut latencies = vec![];
    for s in &sent {
        let replies = stack
            .wait_for(&s.from, "INBOX", 1, Duration::from_secs(20))
            .await;
        assert_eq!(
            replies.len(),
            1,
            "one reply to {}; daemon log:\n{}",
            s.from,
            daemon.log_text()
        );
        latencies.push(s.at.elapsed());
        let reply = &replies[0];
        assert_eq!(
            header(reply, "In-Reply-To").as_deref(),
            Some(format!("<{}>", s.message_id).as_str())
        );
        assert!(
            header(reply, "References")
                .unwrap_or_default()
                .contains(&s.message_id)
        );
        assert_eq!(
            header(reply, "Auto-Submitted").as_deref(),
            Some("auto-replied")
        );
        assert!(
            header(reply, "Message-ID")
                .unwrap_or_default()
                .ends_with("@regbot.test>")
        );
    }
    eprintln!(
        "reply seen in the participant's mailbox after (upper bound, includes polling): {latencies:?}"
    );

    // The Latvian ack restates what was recorded, in a decoded, correct form.
    let lv_reply = body_text(&stack.fetch_all(&lv, "INBOX").await[0]);
    assert!(lv_reply.contains("Māris Krūmiņš"), "{lv_reply}");
    assert!(lv_reply.contains("Ventspils IT"), "{lv_reply}");

    // Now the cancellation, as a reply in the same thread.
    let cancel_id = format!("{}@client.example", uuid::Uuid::new_v4());
    let cancel_raw = message(
        &format!("Erik Johansson <{cancel}>"),
        mailbox,
        "Cancel my registration",
        "Hi,\n\nunfortunately I can no longer attend, please cancel my registration.\n\nErik\n",
        UTF_8,
        &cancel_id,
    );
    stack.send_raw(&cancel, mailbox, &cancel_raw).await;
    let replies = stack
        .wait_for(&cancel, "INBOX", 2, Duration::from_secs(20))
        .await;
    assert_eq!(
        replies.len(),
        2,
        "registration ack + cancellation ack; log:\n{}",
        daemon.log_text()
    );

    // Let any duplicate or stray reply arrive before counting.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        stack.fetch_all(&dup, "INBOX").await.len(),
        1,
        "a duplicate delivery is answered once"
    );
    assert!(
        stack.fetch_all(&ooo, "INBOX").await.is_empty(),
        "no reply to an out-of-office"
    );
    assert!(
        stack
            .fetch_all("MAILER-DAEMON@mx.example.test", "INBOX")
            .await
            .is_empty()
    );

    // The inbox is emptied into the processed folder: 9 distinct messages + 1 duplicate copy.
    assert!(
        stack.fetch_all(mailbox, "INBOX").await.is_empty(),
        "inbox emptied"
    );
    assert_eq!(stack.fetch_all(mailbox, "regbot-processed").await.len(), 10);

    // The bounce marked the failed address.
    let suppressed: Vec<String> = sqlx::query_scalar("select email from suppressed_addresses")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    assert_eq!(suppressed, vec![bounced.to_lowercase()]);

    // Counts, as organisers see them.
    let out = regbot(&env, &["stats", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stats is JSON");
    assert_eq!(stats["registrations"]["confirmed"], 4, "{stats}");
    assert_eq!(stats["registrations"]["cancelled"], 1, "{stats}");
    assert_eq!(stats["ideas"], 2, "{stats}");
    assert_eq!(stats["inbound"]["processed"], 7, "{stats}");
    assert_eq!(stats["inbound"]["automated"], 2, "{stats}");
    // 7 replies, and the earlier mail the bounce returns.
    assert_eq!(stats["outbound"]["sent"], 8, "{stats}");
    assert_eq!(stats["by_country"]["LV"], 1, "{stats}");

    let (status, took) = daemon.terminate();
    assert!(
        status.success(),
        "exit status {status:?}; log:\n{}",
        daemon.log_text()
    );
    assert!(took < Duration::from_secs(10), "took {took:?} to stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broadcast_reaches_every_registrant_personalised_and_only_once() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = regbot_env(&db, &stack, &mailbox);
    a_broadcast_reaches_every_registrant(&stack, &mailbox, env).await;
}

/// The same with `smtp.auth = "oauth2"`: every SMTP connection logs in with a token.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broadcast_is_sent_the_same_with_oauth2_logins() {
    let oauth2 = crate::support::oauth2::oauth2_stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (env, _) =
        crate::support::oauth2::client_credentials_env(&db, &oauth2, &mailbox, &mailbox, 10).await;
    a_broadcast_reaches_every_registrant(&oauth2.as_stack(), &mailbox, env).await;
}

async fn a_broadcast_reaches_every_registrant(
    stack: &Stack,
    mailbox: &str,
    mut env: Vec<(String, String)>,
) {
    env.push(("REGBOT_IMAP__ENABLED".into(), "false".into()));

    // Three registrations through the MTA-pipe path.
    let people: Vec<(String, &str)> = vec![
        (unique("liga", "example.test"), "Līga Ozola"),
        (unique("tomas", "example.test"), "Tomas Kazlauskas"),
        (unique("kadri", "example.test"), "Kadri Tamm"),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (i, (addr, name)) in people.iter().enumerate() {
        let raw = message(
            &format!("{} <{addr}>", b_encode(name)),
            mailbox,
            "Registration",
            "Hello, I would like to register for the workshop.\n",
            UTF_8,
            &format!("b{i}-{}@client.example", uuid::Uuid::new_v4()),
        );
        let path = dir.path().join(format!("{i}.eml"));
        std::fs::write(&path, raw).unwrap();
        let out = regbot(&env, &["ingest", &path_str(&path)]);
        assert!(
            out.status.success(),
            "ingest: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = regbot(&env, &["run", "--once"]);
    assert!(
        out.status.success(),
        "run --once: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (addr, _) in &people {
        assert_eq!(
            stack
                .wait_for(addr, "INBOX", 1, Duration::from_secs(10))
                .await
                .len(),
            1
        );
    }

    let body = dir.path().join("update.txt");
    std::fs::write(
        &body,
        "Dear {{ participant.name }},\n\nthe programme of {{ event.name }} is now online.\n",
    )
    .unwrap();
    let dry = regbot(
        &env,
        &[
            "broadcast",
            "--subject",
            "Programme",
            "--body-file",
            &path_str(&body),
            "--dry-run",
        ],
    );
    let dry_out = String::from_utf8_lossy(&dry.stdout);
    assert!(
        dry.status.success() && dry_out.contains("3 recipients"),
        "{dry_out}"
    );
    assert!(dry_out.contains("Dear Līga Ozola"), "{dry_out}");

    let queued = regbot(
        &env,
        &[
            "broadcast",
            "--subject",
            "Programme",
            "--body-file",
            &path_str(&body),
        ],
    );
    assert!(
        queued.status.success(),
        "{}",
        String::from_utf8_lossy(&queued.stderr)
    );
    // The same broadcast again is refused, so an organiser's double Enter spams nobody.
    let again = regbot(
        &env,
        &[
            "broadcast",
            "--subject",
            "Programme",
            "--body-file",
            &path_str(&body),
        ],
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("--again"));

    let out = regbot(&env, &["run", "--once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (addr, name) in &people {
        let mails = stack
            .wait_for(addr, "INBOX", 2, Duration::from_secs(10))
            .await;
        assert_eq!(mails.len(), 2, "ack + broadcast for {addr}");
        let update = mails
            .iter()
            .map(|m| body_text(m))
            .find(|t| t.contains("programme"))
            .expect("the update");
        assert!(update.contains(&format!("Dear {name},")), "{update}");
    }
}

#[tokio::test]
async fn ingest_asks_the_mta_to_retry_when_the_database_is_down() {
    let stack = stack();
    let db = TestDb::new().await;
    let mut env = regbot_env(&db, &stack, "register@event.test");
    env.retain(|(k, _)| k != "REGBOT_DATABASE__URL");
    env.push((
        "REGBOT_DATABASE__URL".into(),
        "postgres://postgres:hunter2@127.0.0.1:1/nowhere".into(),
    ));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.eml");
    std::fs::write(
        &path,
        b"From: a@example.test\r\nSubject: Registration\r\n\r\nPlease register me.\r\n",
    )
    .unwrap();
    let out = regbot(&env, &["ingest", &path_str(&path)]);
    assert_eq!(
        out.status.code(),
        Some(75),
        "EX_TEMPFAIL; stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("127.0.0.1:1"),
        "says where it tried: {stderr}"
    );
    assert!(
        !stderr.contains("hunter2"),
        "never shows the password: {stderr}"
    );
}

#[tokio::test]
async fn check_names_the_part_that_fails() {
    let stack = stack();
    let db = TestDb::new().await;
    let mut env = regbot_env(&db, &stack, &unique("register", "event.test"));
    let out = regbot(&env, &["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for part in [
        "database      ok",
        "imap          ok",
        "smtp          ok",
        "templates     ok",
    ] {
        assert!(text.contains(part), "{part} in\n{text}");
    }
    env.push(("REGBOT_IMAP__PASSWORD".into(), "wrong-password-123".into()));
    let out = regbot(&env, &["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(text.contains("imap          FAILED"), "{text}");
    assert!(text.contains("smtp          ok"), "{text}");
    assert!(!text.contains("wrong-password-123"), "{text}");
}
