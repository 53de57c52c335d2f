//! Issue 9's scenario, replayed: a workshop's mailbox over a few days, about forty mails in
//! ten languages from different clients and charsets, over SMTP → Dovecot → `regbot run` →
//! PostgreSQL, every reply and forward read back over IMAP. Then the organisers' side without
//! SQL: resolve a review item, answer a question by replying to its forward, export the venue
//! list as XLSX, and a filtered broadcast with `--catch-up` that a late registrant gets once.
//!
//! What it checks is the promise of "Nothing disappears": every mail from a person ends as
//! exactly one of an action (acknowledged in the sender's thread), a review item (one forward
//! to the organisers with the original attached, and one honest reply), or a recorded
//! thank-you (no reply); automated mail gets no reply at all.

use std::collections::HashMap;
use std::time::Duration;

use encoding_rs::UTF_8;

use crate::organise::env_with_organisers;
use crate::organise_cli::run_ok;
use crate::support::*;

mod mails;
use mails::{End, Mail, automated, first_days, follow_ups, mail, raw};

const WAIT: Duration = Duration::from_secs(45);

/// Waits until the daemon has finished `n` inbound messages and sent everything queued.
async fn settle(db: &TestDb, n: i64) {
    let start = std::time::Instant::now();
    loop {
        let (done, pending): (i64, i64) = sqlx::query_as(
            "select (select count(*) from inbound_messages where status <> 'pending'),
                    (select count(*) from outbox where status = 'pending' and next_attempt_at < now() + interval '5 minutes')",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap();
        if done >= n && pending == 0 {
            return;
        }
        assert!(
            start.elapsed() < WAIT,
            "{done} of {n} processed, {pending} to send"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Every mailbox regbot sent to, read once everything it sent has been delivered (Postfix
/// hands mail to Dovecot a moment after accepting it), by lowercase address.
async fn delivered(stack: &Stack, db: &TestDb) -> HashMap<String, Vec<Vec<u8>>> {
    let sent: Vec<(String, i64)> = sqlx::query_as(
        "select lower(recipient), count(*) from outbox where status = 'sent' group by 1",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    let mut inboxes = HashMap::new();
    for (recipient, count) in sent {
        let mails = stack
            .wait_for(&recipient, "INBOX", count as usize, WAIT)
            .await;
        assert_eq!(
            mails.len(),
            count as usize,
            "all of regbot's mail to {recipient}"
        );
        inboxes.insert(recipient, mails);
    }
    inboxes
}

/// What a person's message ended as, from the database.
async fn disposition(db: &TestDb, message_id: &str) -> Option<String> {
    sqlx::query_scalar("select disposition from inbound_messages where message_id = $1")
        .bind(message_id)
        .fetch_one(&db.pool)
        .await
        .unwrap_or_else(|e| panic!("message {message_id} was recorded: {e}"))
}

/// The message/rfc822 part of a forward, as text.
fn attached(raw: &[u8]) -> String {
    fn find(p: &mailparse::ParsedMail) -> Option<String> {
        if p.ctype.mimetype == "message/rfc822" {
            return Some(String::from_utf8_lossy(&p.get_body_raw().ok()?).into_owned());
        }
        p.subparts.iter().find_map(find)
    }
    mailparse::parse_mail(raw)
        .ok()
        .and_then(|m| find(&m))
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_workshop_replayed_loses_nothing_and_the_organisers_need_no_sql() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (mut env, organisers) = env_with_organisers(&db, &stack, &mailbox);
    env.push(("REGBOT_EVENT__CAPACITY".into(), "40".into()));
    let mut daemon = Daemon::start(&env);

    let mut address: HashMap<&str, String> = HashMap::new();
    let (a, b) = (unique("janis", "lwc.test"), unique("liga", "lwc.test"));
    address.insert("janis", a.clone());
    address.insert("liga", b.clone());
    // message id → (sender, expected end)
    let mut sent: Vec<(String, String, End)> = Vec::new();
    let mut send_all = |mails: Vec<Mail>| {
        let mut out = Vec::new();
        for m in mails {
            let from = address
                .entry(m.who)
                .or_insert_with(|| unique(m.who, "example.test"))
                .clone();
            let id = format!("{}@client.example", uuid::Uuid::new_v4());
            out.push((from.clone(), raw(&m, &from, &mailbox, &id, &a, &b)));
            sent.push((id, from, m.end));
        }
        out
    };
    let batch = send_all(first_days());
    let (ooo, list) = (
        unique("dieter", "example.test"),
        unique("news", "example.test"),
    );
    let robots = automated(&mailbox, &ooo, &list);
    for (from, bytes) in batch.iter().chain(robots.iter()) {
        stack.send_raw(from, &mailbox, bytes).await;
    }
    let first = batch.len() + robots.len();
    settle(&db, first as i64).await;
    let batch = send_all(follow_ups());
    for (from, bytes) in &batch {
        stack.send_raw(from, &mailbox, bytes).await;
    }
    let total = first + batch.len();
    settle(&db, total as i64).await;
    let sent = sent;
    let address = address;

    // Every mail from a person: exactly one of an action, a review item, a thank-you.
    let mut inboxes = delivered(&stack, &db).await;
    let forwards = inboxes
        .remove(&organisers.to_lowercase())
        .unwrap_or_default();
    for (id, from, end) in &sent {
        let got = disposition(&db, id).await;
        let want = match end {
            End::Action => "action",
            End::Review => "review",
            End::Thanks => "thanks",
        };
        assert_eq!(
            got.as_deref(),
            Some(want),
            "{from}; log:\n{}",
            daemon.log_text()
        );
        let answers: Vec<&Vec<u8>> = inboxes
            .get(&from.to_lowercase())
            .into_iter()
            .flatten()
            .filter(|r| header(r, "In-Reply-To").as_deref() == Some(format!("<{id}>").as_str()))
            .collect();
        // Review forwards carry "(review #N)" in their subject and the original attached.
        let about: Vec<&Vec<u8>> = forwards
            .iter()
            .filter(|f| header(f, "Subject").is_some_and(|s| s.contains("(review #")))
            .filter(|f| attached(f).contains(id.as_str()))
            .collect();
        match end {
            End::Action => {
                assert_eq!(
                    answers.len(),
                    1,
                    "{from} is acknowledged once in their thread"
                );
                assert!(about.is_empty(), "{from}: an action is no review item");
            }
            End::Review => {
                assert_eq!(answers.len(), 1, "{from} is told a person will answer");
                assert_eq!(
                    about.len(),
                    1,
                    "one forward about {from}, the original attached"
                );
            }
            End::Thanks => assert!(answers.is_empty(), "{from}: a thank-you is not answered"),
        }
    }
    for robot in [&ooo, &list] {
        assert!(
            stack.fetch_all(robot, "INBOX").await.is_empty(),
            "{robot} got no reply"
        );
    }
    let automated: i64 = sqlx::query_scalar(
        "select count(*) from inbound_messages where disposition is null and status = 'automated'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        automated, 3,
        "the auto-reply, the bounce and the newsletter"
    );

    // What the records say after the follow-ups.
    let record = |who: &str| {
        let email = address[who].to_lowercase();
        let pool = db.pool.clone();
        async move {
            sqlx::query_as::<_, (String, Option<String>, Option<String>, Option<String>)>(
                "select status, organisation, country, note from registrations where lower(email) = $1",
            )
            .bind(email)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    assert_eq!(record("anna").await.1.as_deref(), Some("SIA Latvijas Koks"));
    let mark = record("mark").await;
    assert_eq!(
        (mark.1.as_deref(), mark.2.as_deref()),
        (Some("Green Marine"), Some("DK"))
    );
    assert!(
        record("sofia")
            .await
            .3
            .is_some_and(|n| n.contains("vegetarian"))
    );
    assert_eq!(record("ola").await.0, "cancelled");
    assert!(
        record("aino")
            .await
            .3
            .is_some_and(|n| n.contains("kasvissyöjä"))
    );
    let erik = record("erik").await;
    assert_eq!(
        (erik.1.as_deref(), erik.2.as_deref()),
        (Some("Skåne Food Cluster"), Some("SE"))
    );
    let name: Option<String> =
        sqlx::query_scalar("select name from registrations where lower(email) = lower($1)")
            .bind(&address["kowalska"])
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(name.as_deref(), Some("Anna Kowalska-Nowak"));
    let ideas: Vec<String> = sqlx::query_scalar("select text from ideas order by id")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    assert!(
        ideas.iter().any(|i| i.contains("Messeauftritte")),
        "{ideas:?}"
    );
    assert!(
        ideas.iter().any(|i| i.contains("export missions")),
        "{ideas:?}"
    );
    let held: Vec<(String, String)> = sqlx::query_as(
        "select lower(email), status from registrations where source = 'on_behalf' order by 1",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    let mut want = vec![
        (a.to_lowercase(), "confirmed".to_string()),
        (b.to_lowercase(), "confirmed".to_string()),
    ];
    want.sort();
    assert_eq!(
        held, want,
        "the two colleagues, confirmed by their own replies"
    );
    assert!(
        record_missing(&db, &address["rita"]).await,
        "the manager who does not come is not registered"
    );

    // The organisers, without SQL. Review: the stranger's cancellation is ignored.
    let open: Vec<serde_json::Value> = serde_json::from_str(&run_ok(
        &env,
        &["review", "list", "--open", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(open.len(), 2, "{open:?}");
    let karin = open
        .iter()
        .find(|i| {
            i["from"]
                .as_str()
                .is_some_and(|f| f.eq_ignore_ascii_case(&address["karin"]))
        })
        .expect("Karin's cancellation is a review item");
    assert_eq!(karin["reason"], "cancellation_from_unknown_address");
    let id = karin["id"].as_i64().unwrap().to_string();
    run_ok(&env, &["review", "resolve", &id, "--as", "ignore"]);
    let open: Vec<serde_json::Value> = serde_json::from_str(&run_ok(
        &env,
        &["review", "list", "--open", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(open.len(), 1, "{open:?}");

    // A question answered by replying to its forward: the answer reaches Tom in his thread.
    let question = forwards
        .iter()
        .find(|f| body_text(f).contains("hotel near the venue"))
        .expect("Tom's question is forwarded");
    let tom_id = sent
        .iter()
        .find(|(_, from, _)| *from == address["tom"])
        .map(|(id, _, _)| id.clone())
        .unwrap();
    reply_to_forward(
        &stack,
        &organisers,
        question,
        "Yes: Hotel Avalon gives 15 % with the code BSR27.",
    )
    .await;
    let tom = stack.wait_for(&address["tom"], "INBOX", 2, WAIT).await;
    assert_eq!(tom.len(), 2, "the acknowledgement and the answer");
    let answer = &tom[1];
    assert!(
        body_text(answer).contains("Hotel Avalon"),
        "{}",
        body_text(answer)
    );
    assert!(
        !body_text(answer).contains("How to answer"),
        "not the forward"
    );
    assert_eq!(header(answer, "In-Reply-To"), Some(format!("<{tom_id}>")));
    let questions: Vec<serde_json::Value> =
        serde_json::from_str(&run_ok(&env, &["questions", "list", "--format", "json"])).unwrap();
    let statuses: Vec<(&str, &str)> = questions
        .iter()
        .map(|q| {
            (
                q["email"].as_str().unwrap_or(""),
                q["status"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(questions.len(), 4, "{statuses:?}");
    assert!(
        statuses
            .iter()
            .any(|(e, s)| e.eq_ignore_ascii_case(&address["tom"]) && *s == "answered"),
        "{statuses:?}"
    );

    // The venue list as XLSX.
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("venue.xlsx");
    run_ok(
        &env,
        &[
            "participants",
            "export",
            "--format",
            "xlsx",
            "--status",
            "confirmed",
            "--output",
            &path_str(&xlsx),
        ],
    );
    let strings = xlsx_strings(&xlsx);
    for name in [
        "Anna Jansone",
        "SIA Latvijas Koks",
        "Jürgen Weiß",
        "Ольга Смирнова",
        "Green Marine",
    ] {
        assert!(
            strings.contains(name),
            "{name} in the venue list: {strings}"
        );
    }
    assert!(
        !strings.contains("Ola Nordmann"),
        "a cancelled place is not on the venue list"
    );

    // A broadcast to the Latvian speakers, with --catch-up; then a late Latvian registration.
    let body = dir.path().join("hotel.txt");
    std::fs::write(
        &body,
        "Labdien, {{ participant.name }}!\n\nViesnīcu saraksts ir pievienots programmai.\n",
    )
    .unwrap();
    let out = run_ok(
        &env,
        &[
            "broadcast",
            "--subject",
            "Viesnīcas",
            "--body-file",
            &path_str(&body),
            "--language",
            "lv",
            "--catch-up",
        ],
    );
    assert!(
        out.contains("to 3 recipients"),
        "Anna, Pēteris and Ilze: {out}"
    );
    let late = unique("late", "example.test");
    let late_id = format!("{}@client.example", uuid::Uuid::new_v4());
    let late_mail = mail(
        "late",
        "Dace Vītola",
        "Pieteikums",
        "Labdien!\n\nVēlos pieteikties semināram Rīgā.\n\nDace Vītola\nZemgales klasteris",
        UTF_8,
        End::Action,
    );
    stack
        .send_raw(
            &late,
            &mailbox,
            &raw(&late_mail, &late, &mailbox, &late_id, "", ""),
        )
        .await;
    let got = stack.wait_for(&late, "INBOX", 2, WAIT).await;
    assert_eq!(
        got.len(),
        2,
        "the acknowledgement, then the update it missed"
    );
    assert!(
        body_text(&got[1]).contains("Viesnīcu saraksts"),
        "{}",
        body_text(&got[1])
    );
    for who in ["anna", "peteris", "ilze"] {
        let mails = stack.wait_for(&address[who], "INBOX", 2, WAIT).await;
        assert!(
            mails
                .iter()
                .any(|m| body_text(m).contains("Viesnīcu saraksts")),
            "{who}"
        );
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(stack.fetch_all(&late, "INBOX").await.len(), 2, "once");
    assert!(
        !stack
            .fetch_all(&address["juergen"], "INBOX")
            .await
            .iter()
            .any(|m| body_text(m).contains("Viesnīcu")),
        "the filter holds"
    );
    daemon.terminate();
}

async fn record_missing(db: &TestDb, email: &str) -> bool {
    let n: i64 =
        sqlx::query_scalar("select count(*) from registrations where lower(email) = lower($1)")
            .bind(email)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    n == 0
}
