//! Processing in batches: one claim and one commit for many messages, and one bad message in a
//! batch costs only itself (the batch falls back to one-by-one).

use crate::support::TestDb;
use regbot::config::Config;
use regbot::process::Processor;
use regbot::store::{self, NewInbound};

pub(crate) fn config(db: &TestDb, dir: &std::path::Path, templates: &std::path::Path) -> Config {
    config_with(db, dir, templates, "")
}

/// The test configuration with `replies` lines added.
fn config_with(
    db: &TestDb,
    dir: &std::path::Path,
    templates: &std::path::Path,
    replies: &str,
) -> Config {
    let path = dir.join("regbot.toml");
    let toml = format!(
        r#"
[database]
url = "{url}"
[imap]
enabled = false
host = "127.0.0.1"
username = "reg@event.test"
[smtp]
host = "127.0.0.1"
from = "Workshop registration <reg@event.test>"
[event]
id = "batch-event"
name = "Batch workshop"
dates = "2–3 June"
venue = "Riga"
organiser_name = "The organisers"
organiser_email = "organisers@event.test"
[replies]
templates_dir = "{templates}"
message_id_domain = "regbot.test"
{replies}
"#,
        url = db.url,
        templates = templates.display(),
    );
    std::fs::write(&path, toml).expect("write config");
    Config::load(&path, true).expect("config loads")
}

fn registration(i: usize, subject: &str) -> NewInbound {
    let raw = format!(
        "From: Person {i} <p{i}@batch.test>\r\nTo: reg@event.test\r\nSubject: {subject}\r\n\
         Message-ID: <m{i}@batch.test>\r\n\r\nI would like to register for the workshop.\r\n\
         Name: Person {i}\r\nCountry: Latvia\r\n"
    )
    .into_bytes();
    NewInbound {
        dedup_key: format!("m{i}@batch.test"),
        message_id: Some(format!("m{i}@batch.test")),
        source: "ingest",
        size_bytes: raw.len() as i64,
        raw: Some(raw),
        rejected_reason: None,
    }
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read templates") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

async fn replies(db: &TestDb) -> Vec<String> {
    sqlx::query_scalar::<_, String>(
        "select recipient from outbox where kind = 'reply' order by recipient",
    )
    .fetch_all(&db.pool)
    .await
    .expect("query outbox")
}

#[tokio::test]
async fn a_batch_answers_every_registration_once_in_one_step() {
    let db = TestDb::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let templates = crate::support::repo().join("config/templates");
    let processor = Processor::new(config(&db, dir.path(), &templates)).expect("processor");
    let batch: Vec<_> = (0..7).map(|i| registration(i, "Registration")).collect();
    store::insert_inbound_batch(&db.pool, &batch)
        .await
        .expect("stored");

    let done = processor.process_batch(&db.pool, 5).await.expect("batch");
    assert_eq!(done.len(), 5, "at most the batch size per step");
    let done = processor.process_batch(&db.pool, 5).await.expect("batch");
    assert_eq!(done.len(), 2, "the rest in the next step");
    assert!(
        processor
            .process_batch(&db.pool, 5)
            .await
            .expect("batch")
            .is_empty()
    );

    let expected: Vec<String> = (0..7).map(|i| format!("p{i}@batch.test")).collect();
    let mut got = replies(&db).await;
    got.sort();
    assert_eq!(got, expected, "one reply per registration");
    let confirmed: i64 = sqlx::query_scalar(
        "select count(*) from registrations where event_id = 'batch-event' and status = 'confirmed'",
    )
    .fetch_one(&db.pool)
    .await
    .expect("count");
    assert_eq!(confirmed, 7);
}

#[tokio::test]
async fn a_message_that_fails_costs_only_itself_not_its_batch() {
    let db = TestDb::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    // An organiser's template with a bug that only some data reaches: rendering the reply to
    // "Person 9" fails (an unknown function), every other reply renders.
    let templates = dir.path().join("templates");
    copy_dir(&crate::support::repo().join("config/templates"), &templates);
    let registered = templates.join("en/registered.txt");
    let mut text = std::fs::read_to_string(&registered).expect("read template");
    text.push_str("{% if participant.name == \"Person 9\" %}{{ no_such_function() }}{% endif %}\n");
    std::fs::write(&registered, text).expect("write template");
    let processor = Processor::new(config(&db, dir.path(), &templates)).expect("processor");
    let mut batch: Vec<_> = (0..4).map(|i| registration(i, "Registration")).collect();
    batch.insert(2, registration(9, "Registration"));
    store::insert_inbound_batch(&db.pool, &batch)
        .await
        .expect("stored");

    let done = processor.process_batch(&db.pool, 10).await.expect("batch");
    let ids: Vec<i64> = done.iter().map(|p| p.inbound_id).collect();
    assert_eq!(
        ids.len(),
        4,
        "the four good messages are processed: {done:?}"
    );

    let mut got = replies(&db).await;
    got.sort();
    assert_eq!(
        got,
        vec![
            "p0@batch.test",
            "p1@batch.test",
            "p2@batch.test",
            "p3@batch.test"
        ],
        "the good messages are answered, the bad one is not"
    );
    let (status, attempts, error): (String, i32, Option<String>) = sqlx::query_as(
        "select status, attempts, error from inbound_messages where message_id = 'm9@batch.test'",
    )
    .fetch_one(&db.pool)
    .await
    .expect("bad row");
    assert_eq!(status, "pending", "kept for another attempt");
    assert_eq!(attempts, 1, "its failure is counted once");
    assert!(
        error.is_some_and(|e| !e.is_empty()),
        "the failure is recorded"
    );
}

#[tokio::test]
async fn defect_11_run_once_counts_a_poison_message_as_one_failure() {
    let db = TestDb::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let templates = dir.path().join("templates");
    copy_dir(&crate::support::repo().join("config/templates"), &templates);
    let registered = templates.join("en/registered.txt");
    let mut text = std::fs::read_to_string(&registered).expect("read template");
    text.push_str("{% if participant.name == \"Person 9\" %}{{ no_such_function() }}{% endif %}\n");
    std::fs::write(&registered, text).expect("write template");
    let config = config(&db, dir.path(), &templates);
    store::insert_inbound_batch(&db.pool, &[registration(9, "Registration")])
        .await
        .expect("stored");

    let report = regbot::daemon::run_once(config, db.pool.clone())
        .await
        .expect("run --once");
    assert_eq!(
        report.failed, 1,
        "one poison message is one failure: {report:?}"
    );
    assert_eq!(report.processed, 0);
    let status: String = sqlx::query_scalar("select status from inbound_messages")
        .fetch_one(&db.pool)
        .await
        .expect("status");
    assert_eq!(status, "failed", "given up after its attempts");
}

/// A message from `from`, with the given extra headers and body.
fn mail(i: usize, from: &str, headers: &str, body: &str) -> NewInbound {
    let raw = format!(
        "From: {from}\r\nTo: reg@event.test\r\nSubject: Workshop\r\n\
         Message-ID: <x{i}@batch.test>\r\n{headers}\r\n{body}\r\n"
    )
    .into_bytes();
    NewInbound {
        dedup_key: format!("x{i}@batch.test"),
        message_id: Some(format!("x{i}@batch.test")),
        source: "ingest",
        size_bytes: raw.len() as i64,
        raw: Some(raw),
        rejected_reason: None,
    }
}

/// Everything processing wrote that does not differ by chance (Message-IDs are random), a row
/// as one text.
async fn written(db: &TestDb) -> Vec<String> {
    let mut out = Vec::new();
    for sql in [
        "select row(id, status, disposition, intents, from_email, automated, language, attempts,
                    error)::text
         from inbound_messages order by id",
        // A forward carries a random reply tag in its subject and text.
        r#"select row(idempotency_key, kind, inbound_id, recipient, template, status, last_error,
                      in_reply_to, "references",
                      case when kind = 'reply' then subject end,
                      case when kind = 'reply' then body_text end)::text
           from outbox order by idempotency_key"#,
        "select row(email, name, country, status, inbound_id)::text from registrations order by email",
    ] {
        let rows: Vec<String> = sqlx::query_scalar(sql)
            .fetch_all(&db.pool)
            .await
            .expect("rows written");
        out.extend(rows);
    }
    out
}

#[tokio::test]
async fn a_batch_writes_exactly_what_one_by_one_processing_writes() {
    // Replies and outcomes of a batch are written at its end (`process::deferred`); the mix
    // below takes every path of `apply`: a registration in a thread, a second message from the
    // same sender over the reply limit (1 an hour here), an idea, a question (forwarded), a
    // thank-you, an auto-reply and a cancellation from an unknown address.
    let messages = vec![
        mail(
            1,
            "Anna Berzina <anna@batch.test>",
            "In-Reply-To: <ann@event.test>\r\nReferences: <a0@event.test> <ann@event.test>\r\n",
            "I would like to register for the workshop.\r\nName: Anna Berzina\r\nCountry: Latvia",
        ),
        mail(
            2,
            "Anna Berzina <ANNA@batch.test>",
            "",
            "Hello again, I would like to register for the workshop. Anna",
        ),
        mail(
            3,
            "Jonas <jonas@batch.test>",
            "",
            "An idea for a session: how to find partners abroad for a cluster project.",
        ),
        mail(
            4,
            "Liis <liis@batch.test>",
            "",
            "Is there parking at the venue?",
        ),
        mail(5, "Piet <piet@batch.test>", "", "Thank you!"),
        mail(
            6,
            "Auto <auto@batch.test>",
            "Auto-Submitted: auto-replied\r\n",
            "I am out of the office until Monday.",
        ),
        mail(
            7,
            "Mara <mara@batch.test>",
            "",
            "Please cancel my registration for the workshop.",
        ),
        mail(
            8,
            "Karl <karl@batch.test>",
            "",
            "I would like to register for the workshop. Karl Lind, Sweden",
        ),
    ];
    let templates = crate::support::repo().join("config/templates");
    let limit = "max_per_address_per_hour = 1";

    let one_db = TestDb::new().await;
    let one_dir = tempfile::tempdir().expect("tempdir");
    let one =
        Processor::new(config_with(&one_db, one_dir.path(), &templates, limit)).expect("processor");
    store::insert_inbound_batch(&one_db.pool, &messages)
        .await
        .expect("stored");
    let mut n = 0;
    while one
        .process_one_inbound(&one_db.pool)
        .await
        .expect("one by one")
        .is_some()
    {
        n += 1;
    }
    assert_eq!(n, messages.len());

    let batch_db = TestDb::new().await;
    let batch_dir = tempfile::tempdir().expect("tempdir");
    let batch = Processor::new(config_with(&batch_db, batch_dir.path(), &templates, limit))
        .expect("processor");
    store::insert_inbound_batch(&batch_db.pool, &messages)
        .await
        .expect("stored");
    let done = batch
        .process_batch(&batch_db.pool, 50)
        .await
        .expect("batch");
    assert_eq!(done.len(), messages.len(), "one batch: {done:?}");
    assert_eq!(batch.batches_redone(), 0, "the batch went through as one");

    let (alone, together) = (written(&one_db).await, written(&batch_db).await);
    assert_eq!(alone, together, "the batch wrote what one by one wrote");
    // And what both wrote is right where the batch could go wrong: the second reply to Anna
    // is held back by the limit, and the thread is kept.
    let anna: Vec<(String, Option<String>, Vec<String>)> = sqlx::query_as(
        r#"select status, in_reply_to, "references" from outbox
           where kind = 'reply' and lower(recipient) = 'anna@batch.test' order by id"#,
    )
    .fetch_all(&batch_db.pool)
    .await
    .expect("anna's replies");
    assert_eq!(anna.len(), 2, "{anna:?}");
    assert_eq!(anna[0].0, "pending");
    let mut thread = anna[0].2.clone();
    thread.sort();
    assert_eq!(
        thread,
        ["<a0@event.test>", "<ann@event.test>", "<x1@batch.test>"],
        "each Message-ID of the thread went through the batch's insert"
    );
    assert_eq!(anna[1].0, "suppressed", "over the limit of 1 an hour");
    let pending: i64 = sqlx::query_scalar(
        "select count(*) from inbound_messages where status = 'pending' or processed_at is null",
    )
    .fetch_one(&batch_db.pool)
    .await
    .expect("count");
    assert_eq!(pending, 0, "every outcome was written");
}

/// Processes `messages` one at a time in a fresh database, or (`batch`) as one batch, after the
/// same earlier mail (`before`, one at a time) and a catch-up broadcast; returns what was written.
async fn run_after(
    before: &[NewInbound],
    messages: &[NewInbound],
    batch: bool,
    catch_up: bool,
) -> Vec<String> {
    let templates = crate::support::repo().join("config/templates");
    let db = TestDb::new().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let config = config(&db, dir.path(), &templates);
    let processor = Processor::new(config.clone()).expect("processor");
    store::insert_inbound_batch(&db.pool, before)
        .await
        .expect("stored");
    while processor
        .process_one_inbound(&db.pool)
        .await
        .expect("earlier mail")
        .is_some()
    {}
    if catch_up {
        let audience = store::Audience {
            catch_up: true,
            ..store::Audience::default()
        };
        let body = regbot::broadcast::Body::Source("Hello {{ participant.name }}".into());
        regbot::broadcast::broadcast(
            &db.pool,
            &config,
            Some("The programme"),
            &body,
            &audience,
            false,
            false,
        )
        .await
        .expect("catch-up broadcast");
    }
    store::insert_inbound_batch(&db.pool, messages)
        .await
        .expect("stored");
    if batch {
        let done = processor.process_batch(&db.pool, 50).await.expect("batch");
        assert_eq!(done.len(), messages.len(), "one batch: {done:?}");
        // Redone one by one, a batch writes the same rows: make sure it did not have to.
        assert_eq!(
            processor.batches_redone(),
            0,
            "the batch went through as one"
        );
    } else {
        let mut n = 0;
        while processor
            .process_one_inbound(&db.pool)
            .await
            .expect("one by one")
            .is_some()
        {
            n += 1;
        }
        assert_eq!(n, messages.len());
    }
    written(&db).await
}

/// Registrations before, and a batch that changes them twice under two spellings of one
/// address, registers and cancels in one batch, meets a review item and a non-ASCII address.
fn twice_changed() -> (Vec<NewInbound>, Vec<NewInbound>) {
    let before = vec![
        mail(
            20,
            "Mara <mara@batch.test>",
            "",
            "I would like to register for the workshop. Mara Ozola, Latvia",
        ),
        mail(
            21,
            "Jonas <jonas@batch.test>",
            "",
            "I would like to register for the workshop. Jonas Jonaitis, Lithuania",
        ),
    ];
    let messages = vec![
        mail(
            1,
            "Mara <mara@batch.test>",
            "",
            "Please cancel my registration for the workshop.",
        ),
        mail(
            2,
            "Jonas <Jonas@Batch.test>",
            "",
            "Please update my registration: my organisation is Vilnius University.",
        ),
        mail(
            3,
            "Nora <nora@batch.test>",
            "",
            "I would like to register for the workshop. Nora Lind, Sweden",
        ),
        mail(
            4,
            "Jürgen <jürgen@batch.test>",
            "",
            "I would like to register for the workshop. Jürgen Schmidt, Germany",
        ),
        mail(
            6,
            "Nora <NORA@batch.test>",
            "",
            "Please cancel my registration, I cannot come after all.",
        ),
        mail(
            7,
            "Mara <MARA@batch.test>",
            "",
            "I would like to register for the workshop again. Mara Ozola, Latvia",
        ),
        mail(
            8,
            "Ivo <ivo@batch.test>",
            "",
            "I would like to register for the workshop. Ivo Kalns, Latvia",
        ),
        mail(
            5,
            "Olga <olga@batch.test>",
            "",
            "Please change my registration: I will come with a colleague.",
        ),
    ];
    (before, messages)
}

#[tokio::test]
async fn a_batch_that_reads_its_addresses_once_writes_what_one_by_one_writes() {
    // A batch takes its addresses' locks and reads their registrations and reply standing once,
    // at its start (`process::prefetch`). What it writes itself must stay visible: a
    // registration changed twice in one batch, under two spellings of one address, after a
    // review item (which makes the rest of the batch read again), a catch-up broadcast queued
    // to a new registrant, and an address that is not ASCII (never read ahead).
    let (before, messages) = twice_changed();
    let alone = run_after(&before, &messages, false, true).await;
    let together = run_after(&before, &messages, true, true).await;
    assert_eq!(alone, together, "the batch wrote what one by one wrote");
    // And what both wrote is what a person expects: Mara cancelled and registered again, Nora
    // registered and cancelled, the catch-up update queued to each new registrant.
    let registrations: Vec<&String> = together
        .iter()
        .filter(|r| r.contains("@batch.test") && r.starts_with("(") && r.ends_with(")"))
        .collect();
    assert!(
        together
            .iter()
            .any(|r| r.starts_with("(nora@batch.test,") && r.contains(",cancelled,")),
        "{registrations:?}"
    );
    assert!(
        together
            .iter()
            .any(|r| r.starts_with("(mara@batch.test,") && r.contains(",confirmed,")),
        "{registrations:?}"
    );
    for who in ["nora", "ivo", "jürgen"] {
        assert!(
            together
                .iter()
                .any(|r| r.starts_with("(broadcast:") && r.contains(&format!("{who}@batch.test"))),
            "the catch-up update is queued to {who}: {together:#?}"
        );
    }
}

#[tokio::test]
async fn a_batch_that_holds_its_new_registrations_back_writes_what_one_by_one_writes() {
    // Without a catch-up broadcast a batch writes its new registrations at its end, in one
    // statement (`process::deferred`). A registration held back and then cancelled by the same
    // person in the same batch (Nora) must be written before the cancellation changes it, and
    // each registration must name the message that made it.
    let (before, messages) = twice_changed();
    let alone = run_after(&before, &messages, false, false).await;
    let together = run_after(&before, &messages, true, false).await;
    assert_eq!(alone, together, "the batch wrote what one by one wrote");
    for (who, status) in [
        ("nora", "cancelled"),
        ("mara", "confirmed"),
        ("ivo", "confirmed"),
    ] {
        assert!(
            together
                .iter()
                .any(|r| r.starts_with(&format!("({who}@batch.test,"))
                    && r.contains(&format!(",{status},"))),
            "{who} is {status}: {together:#?}"
        );
    }
}
