//! Defect 8: forwards to the organisers had no rate limit. 25 questions from one address gave
//! 25 forwards, and an auto-responder answering every reply kept a loop going. Real mail:
//! Postfix → Dovecot → `regbot run` → PostgreSQL, forwards and replies read back over IMAP.

use std::time::{Duration, Instant};

use encoding_rs::UTF_8;

use crate::support::*;

/// One test's daemon, with limits and an organisers' mailbox of its own.
struct Running {
    stack: Stack,
    db: TestDb,
    mailbox: String,
    organisers: String,
    _daemon: Daemon,
}

async fn start(limits: &[(&str, &str)]) -> Running {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let organisers = unique("organisers", "event.test");
    let mut env = regbot_env(&db, &stack, &mailbox);
    env.retain(|(k, _)| k != "REGBOT_EVENT__ORGANISER_EMAIL");
    env.push(("REGBOT_EVENT__ORGANISER_EMAIL".into(), organisers.clone()));
    env.extend(limits.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let daemon = Daemon::start(&env);
    Running {
        stack,
        db,
        mailbox,
        organisers,
        _daemon: daemon,
    }
}

async fn ask(stack: &Stack, mailbox: &str, from: &str, subject: &str, question: &str) {
    let raw = message(
        &format!("Ola Nordmann <{from}>"),
        mailbox,
        subject,
        &format!("Hello,\n\n{question}\n\nRegards, Ola\n"),
        UTF_8,
        &format!("{}@client.example", uuid::Uuid::new_v4()),
    );
    stack.send_raw(from, mailbox, &raw).await;
}

/// Waits until `n` stored messages are processed.
async fn processed(db: &TestDb, n: i64) {
    let start = Instant::now();
    loop {
        let done: i64 =
            sqlx::query_scalar("select count(*) from inbound_messages where status = 'processed'")
                .fetch_one(&db.pool)
                .await
                .unwrap();
        if done >= n {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{done} of {n} processed"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

const QUESTIONS: [&str; 8] = [
    "Is there a fee for the workshop?",
    "Where exactly is the venue in Riga?",
    "Can I bring a colleague to the workshop?",
    "Is there a dinner on the first evening?",
    "Which hotel do you recommend near the venue?",
    "Will the slides be shared after the workshop?",
    "Is the workshop held in English?",
    "Can I get an invoice for my organisation?",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn defect_8_one_sender_gets_the_forward_limit_and_the_rest_comes_as_one_digest() {
    let Running {
        stack,
        db,
        mailbox,
        organisers,
        _daemon,
    } = start(&[("REGBOT_REPLIES__MAX_FORWARDS_PER_SENDER_PER_HOUR", "3")]).await;
    let from = unique("curious", "example.test");
    for (i, q) in QUESTIONS.iter().enumerate() {
        ask(&stack, &mailbox, &from, &format!("Question {i}"), q).await;
    }
    let replies = stack
        .wait_for(&from, "INBOX", QUESTIONS.len(), Duration::from_secs(60))
        .await;
    assert_eq!(replies.len(), QUESTIONS.len(), "each question is answered");
    processed(&db, QUESTIONS.len() as i64).await;
    // Let any further forward arrive before counting.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let forwards = stack.fetch_all(&organisers, "INBOX").await;
    assert_eq!(forwards.len(), 3, "three forwards, the limit, and no more");

    // Every question is recorded; the five held back wait in one digest.
    let questions: i64 = sqlx::query_scalar("select count(*) from questions")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(questions, QUESTIONS.len() as i64);
    let digests: Vec<(String, String)> =
        sqlx::query_as("select status, body_text from outbox where template = 'forward_digest'")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(digests.len(), 1, "one digest: {digests:?}");
    assert_eq!(digests[0].0, "pending", "not sent before it falls due");

    // Its time comes (an hour by default): it goes out once, naming the five.
    sqlx::query("update outbox set next_attempt_at = now() where template = 'forward_digest'")
        .execute(&db.pool)
        .await
        .unwrap();
    let all = stack
        .wait_for(&organisers, "INBOX", 4, Duration::from_secs(30))
        .await;
    assert_eq!(all.len(), 4, "three forwards and the digest");
    let digest = all
        .iter()
        .find(|m| header(m, "Subject").is_some_and(|s| s.contains("held back")))
        .expect("the digest");
    let text = body_text(digest);
    assert_eq!(text.matches(&from).count(), 5, "{text}");
    assert!(text.contains("regbot questions list"), "{text}");
    // Each line carries its question's reply tag (issue 9): it can still be answered by mail.
    let tokens: Vec<String> = sqlx::query_scalar("select token from questions")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    let tagged = tokens
        .iter()
        .filter(|t| text.contains(&format!("* [test-event #{t}] question")))
        .count();
    assert_eq!(tagged, 5, "{text}");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(stack.fetch_all(&organisers, "INBOX").await.len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn defect_8_an_auto_responder_loop_ends_at_the_limit_and_stays_ended() {
    let Running {
        stack,
        db,
        mailbox,
        organisers,
        _daemon,
    } = start(&[
        ("REGBOT_REPLIES__MAX_PER_ADDRESS_PER_HOUR", "3"),
        ("REGBOT_REPLIES__MAX_FORWARDS_PER_SENDER_PER_HOUR", "2"),
    ])
    .await;
    // A naive auto-responder: it answers every mail it gets, with a question, and none of the
    // headers that mark automated mail.
    let robot = unique("robot", "example.test");
    let mut sent = 0;
    loop {
        ask(
            &stack,
            &mailbox,
            &robot,
            "Re: Your mail",
            QUESTIONS[sent % 8],
        )
        .await;
        sent += 1;
        let replies = stack
            .wait_for(&robot, "INBOX", sent, Duration::from_secs(10))
            .await;
        if replies.len() < sent || sent > 10 {
            break;
        }
    }
    processed(&db, sent as i64).await;
    assert_eq!(sent, 4, "three replies, then the loop ends");
    let forwards = stack.fetch_all(&organisers, "INBOX").await;
    assert_eq!(forwards.len(), 2, "two forwards, then the digest");

    // Hours later the auto-responder writes again (the limits' hour has passed): the address
    // still cools down, so the loop does not start again.
    sqlx::query("update outbox set created_at = created_at - interval '2 hours'")
        .execute(&db.pool)
        .await
        .unwrap();
    ask(&stack, &mailbox, &robot, "Re: Your mail", QUESTIONS[0]).await;
    processed(&db, sent as i64 + 1).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        stack.fetch_all(&robot, "INBOX").await.len(),
        3,
        "no reply while it cools down"
    );
    assert_eq!(stack.fetch_all(&organisers, "INBOX").await.len(), 2);
    let held: Vec<(String, String)> = sqlx::query_as(
        "select kind, last_error from outbox where status = 'suppressed'
          and created_at > now() - interval '1 hour'",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(held.len(), 2, "its reply and its forward: {held:?}");
    assert!(
        held.iter()
            .all(|(_, e)| e.starts_with("rate limit: cooling down")),
        "{held:?}"
    );
}
