//! Nothing disappears, for real: mail submitted to Postfix → Dovecot → `regbot run` →
//! PostgreSQL; replies and the organisers' forwards read back over IMAP.

use std::time::Duration;

use crate::support::*;
use encoding_rs::UTF_8;

/// The environment of one test, with an organisers' mailbox of its own (other tests forward
/// questions to the shared default one).
pub(crate) fn env_with_organisers(
    db: &TestDb,
    stack: &Stack,
    mailbox: &str,
) -> (Vec<(String, String)>, String) {
    let organisers = unique("organisers", "event.test");
    let mut env = regbot_env(db, stack, mailbox);
    env.retain(|(k, _)| k != "REGBOT_EVENT__ORGANISER_EMAIL");
    env.push(("REGBOT_EVENT__ORGANISER_EMAIL".into(), organisers.clone()));
    (env, organisers)
}

struct Case {
    from: String,
    message_id: String,
    /// The review reason expected, or None for an action / a thank-you.
    reason: Option<&'static str>,
}

async fn send(
    stack: &Stack,
    mailbox: &str,
    local: &str,
    name: &str,
    subject: &str,
    body: &str,
) -> (String, String) {
    let from = unique(local, "example.test");
    let message_id = format!("{}@client.example", uuid::Uuid::new_v4());
    let raw = message(
        &format!("{name} <{from}>"),
        mailbox,
        subject,
        body,
        UTF_8,
        &message_id,
    );
    stack.send_raw(&from, mailbox, &raw).await;
    (from, message_id)
}

/// The message/rfc822 part of a forward, as raw text (None when there is none).
fn attached_original(raw: &[u8]) -> Option<String> {
    let mail = mailparse::parse_mail(raw).ok()?;
    fn find(p: &mailparse::ParsedMail) -> Option<String> {
        if p.ctype.mimetype == "message/rfc822" {
            return Some(String::from_utf8_lossy(&p.get_body_raw().ok()?).into_owned());
        }
        p.subparts.iter().find_map(find)
    }
    find(&mail)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_mail_from_a_person_ends_as_an_action_a_review_item_or_a_recorded_thank_you() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (env, organisers) = env_with_organisers(&db, &stack, &mailbox);
    let _daemon = Daemon::start(&env);

    let mut cases = vec![];
    let mut add = |(from, message_id): (String, String), reason| {
        cases.push(Case {
            from,
            message_id,
            reason,
        })
    };
    add(
        send(
            &stack,
            &mailbox,
            "weather",
            "Ola Nordmann",
            "Riga",
            "Hello,\n\nthe weather in Riga looks nice this week.\n\nRegards, Ola\n",
        )
        .await,
        Some("no_intent"),
    );
    add(send(&stack, &mailbox, "stranger", "Ola Nordmann", "Correction", "Hello,\n\nplease update my registration.\nOrganisation: Baltic Wood Cluster\n\nRegards, Ola\n").await, Some("update_from_unknown_address"));
    add(send(&stack, &mailbox, "atcel", "Māris Krūmiņš", "Atcelšana", "Labdien!\n\nDiemžēl nevarēšu piedalīties, lūdzu atceliet manu reģistrāciju.\n\nAr cieņu,\nMāris\n").await, Some("cancellation_from_unknown_address"));
    add(
        send(
            &stack,
            &mailbox,
            "mistake",
            "Ola Nordmann",
            "Correction",
            "Hello, there is a mistake in my registration details, please fix it. Regards, Ola\n",
        )
        .await,
        Some("unparsed_correction"),
    );
    add(
        send(
            &stack,
            &mailbox,
            "behalf",
            "Ola Nordmann",
            "Registration",
            "Hello, please register my colleague Jane Doe for the workshop. Regards, Ola\n",
        )
        .await,
        Some("on_behalf_without_address"),
    );
    add(send(&stack, &mailbox, "idea", "Ingrid Berg", "Idea", "Hello, I cannot attend the workshop myself, but I have an idea for a session: shared export managers for small clusters. Regards, Ingrid\n").await, None);
    let (thanks, _) = send(
        &stack,
        &mailbox,
        "thanks",
        "Ola Nordmann",
        "Re: You are registered",
        "Thank you!\n",
    )
    .await;

    let reviewed: Vec<&Case> = cases.iter().filter(|c| c.reason.is_some()).collect();
    let forwards = stack
        .wait_for(
            &organisers,
            "INBOX",
            reviewed.len(),
            Duration::from_secs(30),
        )
        .await;
    for case in &cases {
        let replies = stack
            .wait_for(&case.from, "INBOX", 1, Duration::from_secs(20))
            .await;
        assert_eq!(replies.len(), 1, "one reply to {}", case.from);
        let reply = &replies[0];
        let subject = header(reply, "Subject").unwrap_or_default();
        assert_eq!(
            header(reply, "In-Reply-To").as_deref(),
            Some(format!("<{}>", case.message_id).as_str()),
            "the reply is in the sender's thread"
        );
        let text = body_text(reply);
        assert!(!text.contains("received your question"), "{text}");
        if case.reason == Some("cancellation_from_unknown_address") {
            // Latvian sender, Latvian answer (the subject is RFC 2047 encoded).
            assert!(text.contains("nodota organizatoriem"), "{text}");
        } else if case.reason.is_some() {
            assert!(text.contains("answer you personally"), "{text}");
        } else {
            assert!(!subject.is_empty());
            assert!(text.contains("idea"), "{text}");
        }
    }

    // Let any duplicate arrive before counting.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let forwards_now = stack.fetch_all(&organisers, "INBOX").await;
    assert_eq!(
        forwards_now.len(),
        reviewed.len(),
        "exactly one forward per review item"
    );
    assert_eq!(forwards.len(), reviewed.len());
    for case in &reviewed {
        let forward = forwards_now
            .iter()
            .find(|f| body_text(f).contains(&case.from))
            .unwrap_or_else(|| panic!("a forward about {}", case.from));
        let subject = header(forward, "Subject").unwrap_or_default();
        assert!(subject.contains("review #"), "{subject}");
        let original =
            attached_original(forward).expect("the original is attached as message/rfc822");
        assert!(
            original.contains(&case.message_id),
            "the attachment is the original message"
        );
        let text = body_text(forward);
        assert!(
            text.contains("regbot review resolve"),
            "says how to resolve: {text}"
        );
        assert!(text.contains("Why regbot is unsure"), "{text}");
        assert_eq!(
            stack.fetch_all(&case.from, "INBOX").await.len(),
            1,
            "one reply only"
        );
    }
    assert!(
        stack.fetch_all(&thanks, "INBOX").await.is_empty(),
        "a bare thank-you is not answered"
    );

    // What the database holds: one item per reviewed message, with its reason.
    let mut reasons: Vec<(String, String)> = sqlx::query_as(
        "select lower(m.from_email), r.reason from review_items r join inbound_messages m on m.id = r.inbound_id where r.status = 'open'",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    reasons.sort();
    let mut expected: Vec<(String, String)> = reviewed
        .iter()
        .map(|c| {
            (
                c.from.to_lowercase(),
                c.reason.unwrap_or_default().to_string(),
            )
        })
        .collect();
    expected.sort();
    assert_eq!(reasons, expected);
    let dispositions: Vec<(String, Option<String>)> =
        sqlx::query_as("select lower(from_email), disposition from inbound_messages")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(dispositions.len(), cases.len() + 1);
    for (from, disposition) in &dispositions {
        let want = if *from == thanks.to_lowercase() {
            "thanks"
        } else if reviewed.iter().any(|c| c.from.to_lowercase() == *from) {
            "review"
        } else {
            "action"
        };
        assert_eq!(disposition.as_deref(), Some(want), "{from}");
    }
    let registrations: i64 = sqlx::query_scalar("select count(*) from registrations")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        registrations, 0,
        "an update or cancellation from a stranger registers nobody"
    );
    let ideas: i64 = sqlx::query_scalar("select count(*) from ideas")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(ideas, 1, "the idea of someone who cannot come is kept");

    let out = regbot(&env, &["stats", "--format", "json"]);
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stats json");
    assert_eq!(stats["review"]["open"], reviewed.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reprocess_opens_review_items_and_writes_to_people_only_when_asked() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (env, _organisers) = env_with_organisers(&db, &stack, &mailbox);
    // Old mail that an earlier rule read as a registration; today it is understood as nothing
    // actionable, which would be a review item.
    let from = unique("old", "example.test");
    let raw = message(
        &format!("Ola Nordmann <{from}>"),
        &mailbox,
        "Riga",
        "Hello,\n\nthe weather in Riga looks nice this week.\n\nRegards, Ola\n",
        UTF_8,
        &format!("{}@client.example", uuid::Uuid::new_v4()),
    );
    sqlx::query(
        "insert into inbound_messages (dedup_key, source, raw, size_bytes, status, intents, from_email, processed_at)
         values ('old-1', 'ingest', $1, $2, 'processed', '{registration}', $3, now())",
    )
    .bind(&raw)
    .bind(raw.len() as i64)
    .bind(&from)
    .execute(&db.pool)
    .await
    .unwrap();
    let count = |sql: &'static str| {
        let pool = db.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };

    let out = regbot(&env, &["reprocess"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(count("select count(*) from review_items").await, 0);
    assert_eq!(
        count("select count(*) from outbox").await,
        0,
        "nobody is written to"
    );

    // Asked: the item is opened, forwarded once, and the sender told once.
    sqlx::query("update inbound_messages set intents = '{registration}'")
        .execute(&db.pool)
        .await
        .unwrap();
    let out = regbot(&env, &["reprocess", "--notify"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(count("select count(*) from review_items").await, 1);
    assert_eq!(
        count("select count(*) from outbox where kind = 'forward'").await,
        1
    );
    assert_eq!(
        count("select count(*) from outbox where kind = 'reply'").await,
        1
    );
}
