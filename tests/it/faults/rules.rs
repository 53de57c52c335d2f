//! Loops and abuse, and personal data: at most N replies per address per hour (the rest
//! recorded, not sent), replies only to the sender, a bounce stops further mail, automated mail
//! and regbot's own mail never answered; `forget` and `purge` erase what they promise.

use std::time::Duration;

use super::harness::*;
use crate::support::*;

fn plain(
    from: &str,
    name: &str,
    to: &str,
    subject: &str,
    body: &str,
    extra: &str,
) -> (String, Vec<u8>) {
    let id = new_message_id();
    let raw = format!(
        "From: {name} <{from}>\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\nDate: Mon, 1 Mar 2027 10:00:00 +0200\r\nMIME-Version: 1.0\r\n{extra}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    );
    (id, raw.into_bytes())
}

/// Waits until `n` messages are stored and none is pending.
async fn processed(db: &TestDb, n: i64, within: Duration) {
    let start = std::time::Instant::now();
    while start.elapsed() < within
        && count(
            db,
            "select count(*) filter (where status <> 'pending') - count(*) filter (where status = 'pending') from inbound_messages",
        )
        .await
            < n
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_bounces_loops_and_recipients_then_forget_and_purge() {
    let _servers = SERVERS.read().await;
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let mut env = fault_env(&db, &stack, &mailbox);
    let limit = 3;
    set(
        &mut env,
        "REGBOT_REPLIES__MAX_PER_ADDRESS_PER_HOUR",
        &limit.to_string(),
    );
    let a = |n: &str| unique(n, "rules.test");
    let (chatty, colleague_sender, colleague, bounced, robot) = (
        a("chatty"),
        a("sender"),
        a("colleague"),
        a("bounced"),
        a("robot"),
    );

    // A bounce for `bounced` arrives first and is processed before they write. It returns mail
    // regbot sent them earlier (only such a bounce silences an address).
    let returned = crate::support::sent_earlier(&db, &bounced).await;
    let bounce = format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.rules.test>\r\nTo: {mailbox}\r\nSubject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <{}>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.rules.test\r\n\r\nFinal-Recipient: rfc822; {bounced}\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n--B\r\nContent-Type: text/rfc822-headers\r\n\r\nTo: {bounced}\r\nMessage-ID: {returned}\r\n\r\n--B--\r\n",
        new_message_id()
    );
    stack.send_raw("", &mailbox, bounce.as_bytes()).await;
    let mut daemons = Daemons::start(&env, 1);
    processed(&db, 1, Duration::from_secs(30)).await;
    let suppressed = count(&db, "select count(*) from suppressed_addresses").await;
    assert_eq!(
        suppressed,
        1,
        "the bounce marked the address:\n{}",
        tail(&daemons.logs())
    );

    let mut mails: Vec<Mail> = vec![];
    let mut expected: Vec<Expect> = vec![];
    // Six ideas from one address, processed by two workers at once: three answered.
    let mut chatty_ids = vec![];
    for i in 0..6 {
        let (id, raw) = plain(
            &chatty,
            "Chatty Person",
            &mailbox,
            &format!("Idea {i}"),
            &format!(
                "Hello,\r\n\r\nI have an idea for a session: topic number {i}, on export clusters.\r\n\r\nBest,\r\nChatty\r\n"
            ),
            "",
        );
        chatty_ids.push(id);
        mails.push((chatty.clone(), mailbox.clone(), raw));
    }
    // A registration that names a colleague's address in the body: only the sender hears back.
    let (id, raw) = plain(
        &colleague_sender,
        "Sender Person",
        &mailbox,
        "Registration",
        &format!(
            "Hello,\r\n\r\nI would like to register for the workshop. Please also send the programme to my colleague {colleague} and cc {colleague}.\r\n\r\nBest,\r\nSender\r\n"
        ),
        &format!("Reply-To: {colleague}\r\nCc: {colleague}\r\n"),
    );
    mails.push((colleague_sender.clone(), mailbox.clone(), raw));
    expected.push((colleague_sender.clone(), id));
    // The bounced address registers: recorded, not mailed.
    let (_, raw) = plain(
        &bounced,
        "Bounced Person",
        &mailbox,
        "Registration",
        "Hello,\r\n\r\nI would like to register for the workshop.\r\n",
        "",
    );
    mails.push((bounced.clone(), mailbox.clone(), raw));
    // An out-of-office reply, and a mail that claims to come from regbot itself.
    let (_, raw) = plain(
        &robot,
        "Out Of Office",
        &mailbox,
        "Automatic reply: Registration",
        "I am away and would like to register later.\r\n",
        "Auto-Submitted: auto-replied\r\n",
    );
    mails.push((robot.clone(), mailbox.clone(), raw));
    let (_, raw) = plain(
        &mailbox,
        "Workshop registration",
        &mailbox,
        "Registration",
        "Hello,\r\n\r\nI would like to register for the workshop.\r\n",
        "",
    );
    mails.push((mailbox.clone(), mailbox.clone(), raw));
    submit_all(&stack, &mails).await;
    settle(&stack, &db, &expected, Duration::from_secs(60)).await;
    daemons.sample_rss();

    let chatty_replies = replies_to(&stack, &chatty).len();
    let chatty_rows: Vec<(String, Option<String>)> = sqlx::query_as(
        "select status, last_error from outbox where lower(recipient) = lower($1) order by id",
    )
    .bind(&chatty)
    .fetch_all(&db.pool)
    .await
    .expect("outbox");
    let t = tally(&stack, &expected);
    let colleague_mail = maildir_files(&stack, &colleague, None).len();
    let bounced_mail = maildir_files(&stack, &bounced, None).len();
    let bounced_row: Option<String> =
        sqlx::query_scalar("select status from outbox where lower(recipient) = lower($1) and idempotency_key like 'reply:%'")
            .bind(&bounced)
            .fetch_optional(&db.pool)
            .await
            .expect("outbox");
    let bounced_registered = sqlx::query_scalar::<_, i64>(
        "select count(*) from registrations where lower(email) = lower($1)",
    )
    .bind(&bounced)
    .fetch_one(&db.pool)
    .await
    .expect("registrations");
    let robot_mail = maildir_files(&stack, &robot, None).len();
    let own_mail = maildir_files(&stack, &mailbox, None).len();
    let (peak, logs) = daemons.finish();
    Row {
        scenario: "rate limit (3/h), bounce, only the sender, no loops",
        messages: 1 + mails.len(),
        faults: format!("6 mails from one address: {chatty_replies} answered"),
        lost: t.lost,
        duplicated: t.duplicated(),
        peak_rss_kb: peak,
    }
    .print();
    assert_eq!(
        chatty_replies,
        limit,
        "at most {limit} replies an hour:\n{chatty_rows:?}\n{}",
        tail(&logs)
    );
    assert_eq!(
        chatty_rows.len(),
        6,
        "every reply recorded: {chatty_rows:?}"
    );
    let limited = chatty_rows
        .iter()
        .filter(|(s, e)| s == "suppressed" && e.as_deref().unwrap_or("").contains("rate limit"))
        .count();
    assert_eq!(
        limited,
        6 - limit,
        "the rest recorded as suppressed: {chatty_rows:?}"
    );
    assert_eq!(t.lost, 0);
    assert_eq!(t.duplicated(), 0);
    assert_eq!(
        colleague_mail, 0,
        "never mail an address found in the body, Cc or Reply-To"
    );
    assert_eq!(bounced_mail, 0, "a bounced address gets no more mail");
    assert_eq!(bounced_row.as_deref(), Some("suppressed"));
    assert_eq!(bounced_registered, 1, "the registration itself is recorded");
    assert_eq!(robot_mail, 0, "automated mail is not answered");
    assert_eq!(own_mail, 0, "regbot does not answer its own address");

    // forget: everything about one person, including stored raw mail and queued mail to them.
    let env = fault_env(&db, &stack, &mailbox);
    let out = regbot(&env, &["forget", &chatty]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (table, column) in [
        ("inbound_messages", "from_email"),
        ("registrations", "email"),
        ("ideas", "email"),
        ("questions", "email"),
        ("outbox", "recipient"),
    ] {
        let left: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "select count(*) from {table} where lower({column}) = lower($1)"
        )))
        .bind(&chatty)
        .fetch_one(&db.pool)
        .await
        .expect("count");
        assert_eq!(left, 0, "{table} still holds {chatty}");
    }
    let raw_mentions: i64 = sqlx::query_scalar(
        "select count(*) from inbound_messages where position(convert_to(lower($1), 'UTF8') in raw) > 0",
    )
    .bind(&chatty)
    .fetch_one(&db.pool)
    .await
    .expect("count");
    assert_eq!(raw_mentions, 0, "no stored raw mail from or about them");
    let others = count(&db, "select count(*) from registrations").await;
    assert!(others >= 2, "other people are kept");

    // Forgetting the colleague, who never wrote: the sender's mail that names them is erased,
    // the sender's registration stays.
    let out = regbot(&env, &["forget", &colleague]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let naming: (bool, i64) = sqlx::query_as(
        "select bool_and(raw is null), count(*) from inbound_messages where lower(from_email) = lower($1)",
    )
    .bind(&colleague_sender)
    .fetch_one(&db.pool)
    .await
    .expect("query");
    assert_eq!(
        naming,
        (true, 1),
        "the mail naming the colleague is erased, its row kept"
    );
    assert_eq!(
        count(&db, "select count(*) from registrations").await,
        others,
        "the sender's registration stays"
    );

    // purge: raw mail and bodies erased after the retention period, counts kept.
    let out = regbot(&env, &["purge", "--older-than-days", "0"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let raw_left = count(
        &db,
        "select count(*) from inbound_messages where raw is not null",
    )
    .await;
    let bodies_left = count(
        &db,
        "select count(*) from outbox where status <> 'pending' and body_text <> ''",
    )
    .await;
    assert_eq!(raw_left, 0, "purge erased the raw mail");
    assert_eq!(bodies_left, 0, "purge erased the mail bodies");
    assert_eq!(
        count(&db, "select count(*) from registrations").await,
        others
    );
}

fn outbound(key: &str, recipient: &str) -> regbot::store::NewOutbound {
    regbot::store::NewOutbound {
        idempotency_key: key.to_string(),
        kind: regbot::status::OutboxKind::Reply,
        inbound_id: None,
        broadcast_id: None,
        template: None,
        recipient: recipient.to_string(),
        recipient_name: Some("Nul\0 Name".into()),
        reply_to: None,
        subject: "Subject\0".into(),
        body_text: "Body".into(),
        body_html: None,
        message_id: format!("<{}@regbot.test>", uuid::Uuid::new_v4()),
        in_reply_to: None,
        references: vec![],
        status: regbot::status::OutboxStatus::Pending,
        last_error: None,
    }
}

/// The sender's lease, step by step against PostgreSQL: a leased row is nobody else's until the
/// lease runs out; results are recorded; an outage's waiting rows are released, leased ones not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_leased_reply_is_not_sent_by_anyone_else_and_outage_waiters_are_released() {
    use regbot::store;
    // Read lock: the PostgreSQL restart scenario must not hit these.
    let _servers = SERVERS.read().await;
    let db = TestDb::new().await;
    let mut tx = db.pool.begin().await.expect("tx");
    for key in ["a", "b"] {
        store::enqueue(&mut tx, &outbound(key, &format!("{key}@rules.test")))
            .await
            .expect("enqueue (NUL bytes dropped)");
    }
    tx.commit().await.expect("commit");
    let lease = Duration::from_secs(60);

    let first = store::lease_outbound(&db.pool, lease)
        .await
        .expect("lease")
        .expect("a row");
    assert_eq!(
        (first.leases, first.attempts),
        (1, 0),
        "the lease is counted; no attempt yet (no server answered)"
    );
    assert_eq!(first.subject, "Subject", "NUL dropped before PostgreSQL");
    let second = store::lease_outbound(&db.pool, lease)
        .await
        .expect("lease")
        .expect("the other row");
    assert_ne!(first.id, second.id);
    assert!(
        store::lease_outbound(&db.pool, lease)
            .await
            .expect("lease")
            .is_none(),
        "both rows are leased: nothing for another worker or daemon"
    );

    // The first could not reach the server; the second is still being sent.
    store::mark_retry(
        &db.pool,
        first.id,
        Duration::from_secs(300),
        &format!("{}refused", store::CONNECTION_ERROR),
        false,
    )
    .await
    .expect("retry");
    assert_eq!(
        store::release_after_outage(&db.pool)
            .await
            .expect("release"),
        1,
        "only the waiting row"
    );
    let again = store::lease_outbound(&db.pool, lease)
        .await
        .expect("lease")
        .expect("released row");
    assert_eq!(
        (again.id, again.leases, again.attempts),
        (first.id, 2, 0),
        "an unreachable server is no attempt"
    );

    store::mark_sent(&db.pool, again.id, true)
        .await
        .expect("sent");
    store::mark_sent(&db.pool, second.id, true)
        .await
        .expect("sent");
    let sent = count(
        &db,
        "select count(*) from outbox where status = 'sent' and sent_at is not null",
    )
    .await;
    assert_eq!(sent, 2);
    assert!(
        store::lease_outbound(&db.pool, Duration::ZERO)
            .await
            .expect("lease")
            .is_none()
    );
}

/// Two transactions deciding about the same address (any case) take turns.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_address_lock_makes_a_second_transaction_wait_for_the_first() {
    use regbot::store;
    // Read lock: the PostgreSQL restart scenario must not hit these.
    let _servers = SERVERS.read().await;
    let db = TestDb::new().await;
    let mut first = db.pool.begin().await.expect("tx");
    store::lock_address(&mut first, "Someone@Rules.test")
        .await
        .expect("lock");
    let pool = db.pool.clone();
    let waiter = tokio::spawn(async move {
        let mut second = pool.begin().await.expect("tx");
        store::lock_address(&mut second, "someone@rules.test")
            .await
            .expect("lock");
        second.commit().await.expect("commit");
    });
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        !waiter.is_finished(),
        "the second waits while the first holds the lock"
    );
    let mut other = db.pool.begin().await.expect("tx");
    tokio::time::timeout(
        Duration::from_secs(2),
        store::lock_address(&mut other, "else@rules.test"),
    )
    .await
    .expect("another address is not blocked")
    .expect("lock");
    other.commit().await.expect("commit");
    first.commit().await.expect("commit");
    tokio::time::timeout(Duration::from_secs(5), waiter)
        .await
        .expect("the second proceeds once the first commits")
        .expect("task");
}
