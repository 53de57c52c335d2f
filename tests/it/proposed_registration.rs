//! A registration only the learned model reads (`understand::learned`) is proposed, never
//! made: the mail waits in review with a reason of its own (`proposed_registration`), the
//! organisers' forward says what happened, the sender hears that a person will answer, and
//! nobody is registered or acknowledged before a person confirms.

use crate::batch::config;
use crate::support::{TestDb, repo};
use regbot::process::Processor;
use regbot::store::{self, NewInbound};
use regbot::understand::{Intent, ReviewReason, UnderstandConfig, understand};

/// A greeting and the sender's name, organisation and country under a subject that names the
/// seminar, and no word the rules take as a request: the model reads it as a registration,
/// the rules find nothing. (If a retrain changes that, pick another such mail: the first
/// assertion says so.)
const SAYS_WHO: &str =
    "Labdien! Marta Ozola, Latvijas Kokr\u{16b}pniec\u{12b}bas klasteris, Latvija.\r\n";

fn inbound(raw: &[u8]) -> NewInbound {
    NewInbound {
        dedup_key: "yes@proposed.test".into(),
        message_id: Some("yes@proposed.test".into()),
        source: "ingest",
        size_bytes: raw.len() as i64,
        raw: Some(raw.to_vec()),
        rejected_reason: None,
    }
}

#[tokio::test]
async fn a_registration_only_the_model_reads_waits_for_a_person_with_its_own_reason() {
    let raw = format!(
        "From: Marta Ozola <marta@proposed.test>\r\nTo: reg@event.test\r\n\
         Subject: Semin\u{101}rs R\u{12b}g\u{101}\r\nMessage-ID: <yes@proposed.test>\r\n\r\n{SAYS_WHO}"
    )
    .into_bytes();
    let u = understand(&raw, &UnderstandConfig::default());
    assert_eq!(
        (u.intents.as_slice(), u.review),
        (
            [Intent::Registration].as_slice(),
            Some(ReviewReason::ProposedRegistration)
        ),
        "the built-in model no longer proposes this mail: choose another the rules miss"
    );

    let db = TestDb::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let templates = repo().join("config/templates");
    let processor = Processor::new(config(&db, dir.path(), &templates)).expect("processor");
    store::insert_inbound_batch(&db.pool, &[inbound(&raw)])
        .await
        .expect("stored");
    let done = processor.process_batch(&db.pool, 5).await.expect("batch");
    assert_eq!(done.len(), 1);

    let reasons: Vec<String> = sqlx::query_scalar("select reason from review_items")
        .fetch_all(&db.pool)
        .await
        .expect("review items");
    assert_eq!(reasons, ["proposed_registration"]);
    let registered: i64 = sqlx::query_scalar("select count(*) from registrations")
        .fetch_one(&db.pool)
        .await
        .expect("count");
    assert_eq!(
        registered, 0,
        "nobody is registered before a person confirms"
    );
    let sent: Vec<(String, String, Option<String>, String)> = sqlx::query_as(
        "select kind::text, recipient, template, body_text from outbox order by kind::text",
    )
    .fetch_all(&db.pool)
    .await
    .expect("outbox");
    let to_sender: Vec<_> = sent
        .iter()
        .filter(|(_, to, _, _)| to == "marta@proposed.test")
        .map(|(_, _, template, _)| template.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        to_sender,
        ["review_pending"],
        "the sender hears a person will answer, and is not acknowledged"
    );
    let forward = sent
        .iter()
        .find(|(_, to, _, _)| to == "organisers@event.test")
        .expect("the organisers get the mail");
    assert!(
        forward
            .3
            .contains("a trained model reads it as a registration")
            && forward.3.contains("Nobody has been registered yet"),
        "the forward says what happened: {}",
        forward.3
    );
}
