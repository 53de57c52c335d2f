//! Organisers work from their mail client, for real: a participant's mail goes over SMTP →
//! Dovecot → `regbot run` → PostgreSQL, its forward is read back over IMAP from the organisers'
//! mailbox, and the organiser's reply to that forward is submitted over SMTP like any mail.

use std::time::Duration;

use crate::organise::env_with_organisers;
use crate::support::*;
use encoding_rs::UTF_8;

const WAIT: Duration = Duration::from_secs(30);

/// Sends a plain mail; returns its Message-ID (without brackets).
async fn send(stack: &Stack, from: &str, to: &str, subject: &str, body: &str) -> String {
    let message_id = format!("{}@client.example", uuid::Uuid::new_v4());
    let raw = message(from, to, subject, body, UTF_8, &message_id);
    let envelope_from = from
        .rsplit_once('<')
        .map(|(_, a)| a.trim_end_matches('>'))
        .unwrap_or(from);
    stack.send_raw(envelope_from, to, &raw).await;
    message_id
}

async fn scalar<T>(db: &TestDb, sql: &'static str) -> T
where
    T: for<'r> sqlx::Decode<'r, sqlx::Postgres> + sqlx::Type<sqlx::Postgres> + Send + Unpin,
{
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.unwrap()
}

/// Waits until the daemon has finished every message it was given.
async fn settle(db: &TestDb, messages: i64) {
    for _ in 0..300 {
        let done: i64 = scalar(
            db,
            "select count(*) from inbound_messages where status <> 'pending'",
        )
        .await;
        if done >= messages {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the daemon did not process {messages} messages in time");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_organisers_reply_to_a_question_reaches_the_participant_in_their_thread_and_forgeries_reach_nobody()
 {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (env, organisers) = env_with_organisers(&db, &stack, &mailbox);
    let _daemon = Daemon::start(&env);

    let anna = unique("anna", "example.test");
    let asked = send(
        &stack,
        &format!("Anna Ozola <{anna}>"),
        &mailbox,
        "Parking",
        "Hello,\n\nis there parking at the venue?\n\nRegards, Anna\n",
    )
    .await;
    let forwards = stack.wait_for(&organisers, "INBOX", 1, WAIT).await;
    assert_eq!(forwards.len(), 1, "the question is forwarded");
    let forward = &forwards[0];
    let subject = header(forward, "Subject").unwrap_or_default();
    assert!(subject.contains("[test-event #"), "tagged: {subject}");
    assert!(
        header(forward, "Reply-To").is_some_and(|r| r.contains(&mailbox)),
        "a reply comes back to regbot, not straight to the participant"
    );
    assert_eq!(stack.wait_for(&anna, "INBOX", 1, WAIT).await.len(), 1);

    reply_to_forward(
        &stack,
        &organisers,
        forward,
        "Dear Anna,\n\nyes, there is free parking behind the venue.\n\nBest regards,\nIlze",
    )
    .await;
    let mails = stack.wait_for(&anna, "INBOX", 2, WAIT).await;
    assert_eq!(mails.len(), 2, "the answer reaches the participant");
    let answer = mails
        .iter()
        .find(|m| body_text(m).contains("free parking"))
        .expect("the organiser's words arrive");
    assert_eq!(
        header(answer, "In-Reply-To").as_deref(),
        Some(format!("<{asked}>").as_str()),
        "in the participant's own thread"
    );
    assert_eq!(header(answer, "Subject").as_deref(), Some("Re: Parking"));
    let text = body_text(answer);
    assert!(
        !text.contains("asked about") && !text.contains("How to answer") && !text.contains('>'),
        "regbot's forward is not quoted to the participant: {text}"
    );
    settle(&db, 2).await;
    let status: String = scalar(&db, "select status from questions").await;
    assert_eq!(status, "answered");
    let actor: String = scalar(
        &db,
        "select actor from audit where action = 'question.answer'",
    )
    .await;
    assert_eq!(actor, format!("mail:{organisers}"));

    // The right tag from someone who is not an organiser, and an organiser's mail with a tag
    // that names nothing: both go to the organisers as unverified, to nobody else.
    let eve = unique("eve", "example.test");
    send(
        &stack,
        &format!("Eve <{eve}>"),
        &mailbox,
        &format!("Re: {subject}"),
        "Dear Anna, the workshop moved to Tallinn. Pay the fee to this account: …",
    )
    .await;
    send(
        &stack,
        &organisers,
        &mailbox,
        "Re: [test-event #0123456789abcdef01234567] Question from Anna: Parking",
        "Dear Anna, there is no parking.",
    )
    .await;
    let forwards = stack.wait_for(&organisers, "INBOX", 3, WAIT).await;
    settle(&db, 4).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        stack.fetch_all(&anna, "INBOX").await.len(),
        2,
        "nothing more reaches the participant"
    );
    assert!(
        stack.fetch_all(&eve, "INBOX").await.is_empty(),
        "the forger is not answered"
    );
    assert_eq!(
        stack.fetch_all(&organisers, "INBOX").await.len(),
        3,
        "one forward to the organisers for each"
    );
    let mut reasons: Vec<String> =
        sqlx::query_scalar("select reason from review_items where status = 'open'")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    reasons.sort();
    assert_eq!(
        reasons,
        [
            "unverified_reply_not_organiser",
            "unverified_reply_unknown_tag"
        ]
    );
    for forward in &forwards[1..] {
        let text = body_text(forward);
        assert!(text.contains("unverified"), "{text}");
    }
    let to_anna: i64 =
        sqlx::query_scalar("select count(*) from outbox where lower(recipient) = lower($1)")
            .bind(&anna)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(to_anna, 2, "her acknowledgement and the one real answer");
    let answered: i64 = scalar(&db, "select count(*) from audit").await;
    assert_eq!(answered, 1, "nothing but the real answer changed anything");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_one_word_reply_to_a_review_forward_resolves_it_and_register_acknowledges_the_sender() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (mut env, organisers) = env_with_organisers(&db, &stack, &mailbox);
    // The organisers read Latvian; the one-word answers stay the same.
    env.push(("REGBOT_EVENT__ORGANISER_LANGUAGE".into(), "lv".into()));
    let _daemon = Daemon::start(&env);

    let ola = unique("ola", "example.test");
    let wrote = send(
        &stack,
        &format!("Ola Nordmann <{ola}>"),
        &mailbox,
        "Riga",
        "Hello,\n\nsounds great, Baltic Wood Cluster from Norway will be there.\n\nOla\n",
    )
    .await;
    let weather = unique("weather", "example.test");
    send(
        &stack,
        &format!("Per Hansen <{weather}>"),
        &mailbox,
        "Riga",
        "Hello,\n\nthe weather in Riga looks nice this week.\n\nRegards, Per\n",
    )
    .await;
    let forwards = stack.wait_for(&organisers, "INBOX", 2, WAIT).await;
    let first = stack.wait_for(&ola, "INBOX", 1, WAIT).await;
    settle(&db, 2).await;
    assert_eq!(forwards.len(), 2, "each is a review item");
    for forward in &forwards {
        let text = body_text(forward);
        assert!(
            text.contains("Kāpēc regbot nav pārliecināts"),
            "in the organisers' language: {text}"
        );
    }
    assert_eq!(first.len(), 1, "the sender was told a person will answer");
    let of = |who: &str| {
        forwards
            .iter()
            .find(|f| body_text(f).contains(who))
            .unwrap_or_else(|| panic!("a forward about {who}"))
            .clone()
    };

    // A word regbot does not know: the organiser is told, in Latvian, nothing changes.
    reply_to_forward(&stack, &organisers, &of(&weather), "maybe later").await;
    let notices = stack.wait_for(&organisers, "INBOX", 3, WAIT).await;
    assert_eq!(notices.len(), 3);
    let notice = body_text(&notices[2]);
    assert!(
        notice.contains("regbot nevarēja izpildīt jūsu atbildi")
            && notice.contains("register, idea, question vai ignore"),
        "the organisers' language, the words to use: {notice}"
    );
    assert!(!notice.contains("could not act"), "no English: {notice}");
    let subject = header(&notices[2], "Subject").unwrap_or_default();
    assert!(subject.starts_with("Re: "), "in the thread: {subject}");

    reply_to_forward(&stack, &organisers, &of(&weather), "ignore").await;
    reply_to_forward(&stack, &organisers, &of(&ola), "Register\n\nIlze").await;
    let mails = stack.wait_for(&ola, "INBOX", 2, WAIT).await;
    assert_eq!(mails.len(), 2, "register acknowledges the sender");
    let ack = &mails[1];
    assert!(
        body_text(ack).contains("Your place is confirmed"),
        "{}",
        body_text(ack)
    );
    assert_eq!(
        header(ack, "In-Reply-To").as_deref(),
        Some(format!("<{wrote}>").as_str()),
        "in the sender's own thread"
    );
    settle(&db, 5).await;
    let mut resolved: Vec<(String, String, String)> = sqlx::query_as(
        "select lower(m.from_email), r.resolution, r.resolved_by from review_items r join inbound_messages m on m.id = r.inbound_id where r.status = 'resolved'",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    resolved.sort();
    let by = format!("mail:{organisers}");
    let mut expected = vec![
        (ola.to_lowercase(), "registration".to_string(), by.clone()),
        (weather.to_lowercase(), "ignore".to_string(), by.clone()),
    ];
    expected.sort();
    assert_eq!(resolved, expected);
    let status: String = scalar(&db, "select status from registrations").await;
    assert_eq!(status, "confirmed");
    let audited: i64 = scalar(
        &db,
        "select count(*) from audit where action = 'review.resolve' and actor like 'mail:%'",
    )
    .await;
    assert_eq!(audited, 2);
    assert!(
        stack.fetch_all(&weather, "INBOX").await.len() == 1,
        "ignore writes to nobody"
    );
}
