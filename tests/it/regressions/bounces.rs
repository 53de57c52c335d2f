//! Defect 2: anyone could silence any address with a forged bounce. A multipart/report naming
//! an address suppressed all later mail to it, the organisers' address included. Now only a
//! bounce that returns mail regbot really sent to that address silences it. Real mail:
//! Postfix → Dovecot → `regbot run`; the Message-IDs the bounces return are read over IMAP.

use std::time::{Duration, Instant};

use encoding_rs::UTF_8;

use crate::support::*;

/// A Postfix-style delivery status notification for `failed`, returning the headers of the
/// mail with `returned` as its Message-ID.
fn dsn(mailbox: &str, failed: &str, status: &str, returned: &str) -> Vec<u8> {
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.test>\r\n\
         To: {mailbox}\r\n\
         Subject: Undelivered Mail Returned to Sender\r\n\
         Message-ID: <{id}@mx.example.test>\r\n\
         Date: Mon, 1 Mar 2027 10:00:00 +0200\r\n\
         Auto-Submitted: auto-replied\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\
         \r\n\
         --B\r\n\
         Content-Type: text/plain\r\n\
         \r\n\
         This is the mail system at host mx.example.test.\r\n\
         I'm sorry to have to inform you that your message could not be delivered.\r\n\
         \r\n\
         <{failed}>: host mx.example.test said: 550 {status} User unknown\r\n\
         \r\n\
         --B\r\n\
         Content-Type: message/delivery-status\r\n\
         \r\n\
         Reporting-MTA: dns; mx.example.test\r\n\
         \r\n\
         Final-Recipient: rfc822; {failed}\r\n\
         Action: failed\r\n\
         Status: {status}\r\n\
         Diagnostic-Code: smtp; 550 {status} User unknown\r\n\
         \r\n\
         --B\r\n\
         Content-Type: text/rfc822-headers\r\n\
         \r\n\
         From: Workshop registration <{mailbox}>\r\n\
         To: {failed}\r\n\
         Subject: Your registration\r\n\
         Message-ID: {returned}\r\n\
         \r\n\
         --B--\r\n",
        id = uuid::Uuid::new_v4()
    )
    .into_bytes()
}

async fn write(stack: &Stack, mailbox: &str, from: &str, subject: &str, body: &str) {
    let raw = message(
        &format!("Ola Nordmann <{from}>"),
        mailbox,
        subject,
        body,
        UTF_8,
        &format!("{}@client.example", uuid::Uuid::new_v4()),
    );
    stack.send_raw(from, mailbox, &raw).await;
}

async fn register(stack: &Stack, mailbox: &str, from: &str) {
    let body = "Hello,\n\nI would like to register for the workshop.\nName: Ola Nordmann\nOrganisation: Nordic Wood Cluster\nCountry: Norway\n\nRegards, Ola\n";
    write(stack, mailbox, from, "Registration", body).await;
}

/// The Message-ID of the one mail in `user`'s inbox (waits for it).
async fn only_message_id(stack: &Stack, user: &str) -> String {
    let got = stack
        .wait_for(user, "INBOX", 1, Duration::from_secs(30))
        .await;
    assert_eq!(got.len(), 1, "one mail to {user}");
    header(&got[0], "Message-ID").expect("regbot's mail has a Message-ID")
}

async fn bounce(stack: &Stack, mailbox: &str, failed: &str, status: &str, returned: &str) {
    let raw = dsn(mailbox, failed, status, returned);
    stack.send_raw("", mailbox, &raw).await;
}

async fn wait_processed(db: &TestDb, n: i64) {
    let start = Instant::now();
    loop {
        let done: i64 = sqlx::query_scalar(
            "select count(*) from inbound_messages where status in ('processed', 'automated')",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap();
        if done >= n {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "{done} of {n}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn suppressed(db: &TestDb) -> Vec<String> {
    sqlx::query_scalar("select email from suppressed_addresses order by email")
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn defect_2_only_a_bounce_of_mail_regbot_sent_silences_an_address() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let organisers = unique("organisers", "event.test");
    let mut env = regbot_env(&db, &stack, &mailbox);
    env.retain(|(k, _)| k != "REGBOT_EVENT__ORGANISER_EMAIL");
    env.push(("REGBOT_EVENT__ORGANISER_EMAIL".into(), organisers.clone()));
    let _daemon = Daemon::start(&env);

    let gone = unique("gone", "example.test");
    let victim = unique("victim", "example.test");
    let flaky = unique("flaky", "example.test");
    let asker = unique("asker", "example.test");
    register(&stack, &mailbox, &gone).await;
    register(&stack, &mailbox, &victim).await;
    register(&stack, &mailbox, &flaky).await;
    let question = "Hello,\n\nis there a fee for the workshop?\n\nRegards, Ola\n";
    write(&stack, &mailbox, &asker, "Fee", question).await;
    let to_gone = only_message_id(&stack, &gone).await;
    only_message_id(&stack, &victim).await;
    let to_flaky = only_message_id(&stack, &flaky).await;
    let forward = only_message_id(&stack, &organisers).await;
    wait_processed(&db, 4).await;

    // A real bounce of the reply to `gone`; forged ones for the victim (returning nothing
    // regbot sent) and for the organisers (returning a real forward: still never silenced).
    bounce(&stack, &mailbox, &gone, "5.1.1", &to_gone).await;
    let forged = format!("<{}@regbot.test>", uuid::Uuid::new_v4());
    bounce(&stack, &mailbox, &victim, "5.1.1", &forged).await;
    bounce(&stack, &mailbox, &organisers, "5.1.1", &forward).await;
    // The reply to `gone`, but bounced for the victim: it was not sent to the victim.
    bounce(&stack, &mailbox, &victim, "5.1.1", &to_gone).await;
    // A passing failure twice: not yet gone.
    bounce(&stack, &mailbox, &flaky, "4.2.2", &to_flaky).await;
    bounce(&stack, &mailbox, &flaky, "4.2.2", &to_flaky).await;
    wait_processed(&db, 10).await;
    assert_eq!(suppressed(&db).await, vec![gone.to_lowercase()]);
    // The third time it is.
    bounce(&stack, &mailbox, &flaky, "4.2.2", &to_flaky).await;
    wait_processed(&db, 11).await;
    let mut want = vec![gone.to_lowercase(), flaky.to_lowercase()];
    want.sort();
    assert_eq!(suppressed(&db).await, want);

    // The victim and the organisers still get their mail.
    write(&stack, &mailbox, &victim, "Fee", question).await;
    let to_victim = stack
        .wait_for(&victim, "INBOX", 2, Duration::from_secs(30))
        .await;
    assert_eq!(to_victim.len(), 2, "the victim is answered");
    let to_organisers = stack
        .wait_for(&organisers, "INBOX", 2, Duration::from_secs(30))
        .await;
    assert_eq!(to_organisers.len(), 2, "the organisers get the forward");

    // What the organisers see.
    let out = regbot(&env, &["stats", "--format", "json"]);
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stats json");
    assert_eq!(stats["bounces"]["matched"], 4, "{stats}");
    assert_eq!(stats["bounces"]["unmatched"], 3, "{stats}");
    assert_eq!(stats["bounces"]["suppressed_addresses"], 2, "{stats}");

    // And without SQL: every bounce with what regbot made of it, the addresses held back, and
    // the release of one whose mailbox works again.
    let out = regbot(&env, &["bounces", "list", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("bounces json");
    assert_eq!(rows.len(), 7, "{rows:?}");
    let verdicts = |email: &str| -> Vec<&str> {
        rows.iter()
            .filter(|r| r["email"] == email.to_lowercase())
            .map(|r| r["verdict"].as_str().unwrap_or("?"))
            .collect()
    };
    assert_eq!(verdicts(&victim), ["unmatched", "unmatched"]);
    assert_eq!(verdicts(&organisers), ["organiser"]);
    // Passing failures stay `soft`; the third one held the address back all the same.
    assert_eq!(verdicts(&flaky), ["soft", "soft", "soft"]);
    let to_gone_row = rows.iter().find(|r| r["email"] == gone.to_lowercase());
    assert_eq!(to_gone_row.map(|r| &r["returned"]), Some(&"reply".into()));
    assert_eq!(to_gone_row.map(|r| &r["status"]), Some(&"5.1.1".into()));

    let out = regbot(&env, &["bounces", "suppressed", "--format", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("json");
    let mut held: Vec<&str> = rows.iter().filter_map(|r| r["email"].as_str()).collect();
    held.sort();
    assert_eq!(held, want);

    let out = regbot(&env, &["bounces", "release", &flaky]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("mail goes to this address again"));
    assert_eq!(suppressed(&db).await, vec![gone.to_lowercase()]);
    let again = regbot(&env, &["bounces", "release", &flaky]);
    assert!(!again.status.success(), "releasing twice is refused");
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("does not hold back mail to"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let audited: Vec<String> =
        sqlx::query_scalar("select target from audit where action = 'suppression.release'")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(audited, vec![flaky.to_lowercase()]);
    write(&stack, &mailbox, &flaky, "Fee", question).await;
    let to_flaky = stack
        .wait_for(&flaky, "INBOX", 2, Duration::from_secs(30))
        .await;
    assert_eq!(to_flaky.len(), 2, "a released address is answered again");
}

/// A feedback report (ARF): `rcpt` marked the mail with `returned` as its Message-ID as spam.
fn feedback_report(mailbox: &str, rcpt: &str, returned: &str) -> Vec<u8> {
    format!(
        "From: Feedback Loop <fbl@isp.example.test>\r\n\
         To: {mailbox}\r\n\
         Subject: Email Feedback Report for IP 192.0.2.1\r\n\
         Message-ID: <{id}@isp.example.test>\r\n\
         Date: Mon, 1 Mar 2027 10:00:00 +0200\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=feedback-report; boundary=\"F\"\r\n\
         \r\n\
         --F\r\n\
         Content-Type: text/plain\r\n\
         \r\n\
         This is an email abuse report for an email message received from IP 192.0.2.1.\r\n\
         \r\n\
         --F\r\n\
         Content-Type: message/feedback-report\r\n\
         \r\n\
         Feedback-Type: abuse\r\n\
         User-Agent: isp-fbl/1.0\r\n\
         Version: 1\r\n\
         Original-Rcpt-To: <{rcpt}>\r\n\
         \r\n\
         --F\r\n\
         Content-Type: text/rfc822-headers\r\n\
         \r\n\
         From: Workshop registration <{mailbox}>\r\n\
         To: {rcpt}\r\n\
         Subject: Your registration\r\n\
         Message-ID: {returned}\r\n\
         \r\n\
         --F--\r\n",
        id = uuid::Uuid::new_v4()
    )
    .into_bytes()
}

/// Issue 10: a complaint is not a bounce (the mailbox works), but regbot must stop writing to
/// whoever complained about its mail, and the organisers must see it. A forged complaint
/// (returning nothing regbot sent to that address) silences nobody.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_complaint_about_regbots_mail_is_recorded_and_silences_only_that_address() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = regbot_env(&db, &stack, &mailbox);
    let _daemon = Daemon::start(&env);

    let complainer = unique("complainer", "example.test");
    let victim = unique("victim", "example.test");
    register(&stack, &mailbox, &complainer).await;
    register(&stack, &mailbox, &victim).await;
    let to_complainer = only_message_id(&stack, &complainer).await;
    only_message_id(&stack, &victim).await;
    wait_processed(&db, 2).await;

    let report = feedback_report(&mailbox, &complainer, &to_complainer);
    stack.send_raw("", &mailbox, &report).await;
    let forged = format!("<{}@regbot.test>", uuid::Uuid::new_v4());
    stack
        .send_raw("", &mailbox, &feedback_report(&mailbox, &victim, &forged))
        .await;
    wait_processed(&db, 4).await;

    let reasons: Vec<(String, String)> =
        sqlx::query_as("select email, reason from suppressed_addresses order by email")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(
        reasons,
        vec![(complainer.to_lowercase(), "complaint".into())]
    );

    let out = regbot(&env, &["bounces", "list", "--format", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("bounces json");
    let seen: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["email"].as_str().unwrap_or("?"),
                r["kind"].as_str().unwrap_or("?"),
                r["verdict"].as_str().unwrap_or("?"),
            )
        })
        .collect();
    let (c, v) = (complainer.to_lowercase(), victim.to_lowercase());
    assert!(seen.contains(&(&c, "complaint", "suppressed")), "{seen:?}");
    assert!(seen.contains(&(&v, "complaint", "unmatched")), "{seen:?}");
    assert_eq!(seen.len(), 2, "{seen:?}");

    let out = regbot(&env, &["stats", "--format", "json"]);
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stats json");
    assert_eq!(stats["bounces"]["complaints"], 2, "{stats}");
    assert_eq!(
        stats["bounces"]["matched"], 0,
        "complaints are no bounces: {stats}"
    );
    assert_eq!(stats["bounces"]["unmatched"], 0, "{stats}");
    assert_eq!(stats["bounces"]["suppressed_addresses"], 0, "{stats}");

    // The victim is still answered.
    write(
        &stack,
        &mailbox,
        &victim,
        "Fee",
        "Hello,\n\nis there a fee?\n\nOla\n",
    )
    .await;
    let to_victim = stack
        .wait_for(&victim, "INBOX", 2, Duration::from_secs(30))
        .await;
    assert_eq!(to_victim.len(), 2, "the victim is answered");
}
