//! Registrations on someone else's behalf (issue 8 defect 7, issue 9), for real: mail over
//! Postfix → Dovecot → `regbot run` → PostgreSQL, every mail read back over IMAP.

use std::time::Duration;

use crate::organise::env_with_organisers;
use crate::organise_cli::run_ok;
use crate::support::*;

mod languages;

const WAIT: Duration = EXCHANGE_WAIT;

/// (email, status, source, registered_by) of every registration, by email.
async fn registrations(db: &TestDb) -> Vec<(String, String, String, Option<String>)> {
    sqlx::query_as(
        "select lower(email), status, source, lower(registered_by) from registrations order by lower(email)",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn defect_7_people_registered_by_someone_else_are_asked_and_hold_no_real_place() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let mb = Mailbox {
        stack: &stack,
        db: &db,
        address: &mailbox,
    };
    let (mut env, organisers) = env_with_organisers(&db, &stack, &mailbox);
    env.push(("REGBOT_EVENT__CAPACITY".into(), "2".into()));
    env.push(("REGBOT_EVENT__MAX_ON_BEHALF_PER_SENDER".into(), "3".into()));
    let mut daemon = Daemon::start(&env);

    let anna = unique("anna", "cluster.test");
    let janis = unique("janis", "cluster.test");
    let liga = unique("liga", "cluster.test");
    mb.send(
        &anna,
        "Anna Berzina",
        "Registration",
        &format!(
            "Hello,\n\nunfortunately I can't come to the workshop myself, but please register my two colleagues Janis Ozols ({janis}) and Liga Kalna ({liga}). They are both looking forward to it.\n\nBest regards,\nAnna Berzina\nLatvian Wood Cluster\n"
        ),
    )
    .await;

    // The sender gets one summary naming both; each colleague gets their own mail.
    let summary = stack.wait_for(&anna, "INBOX", 1, WAIT).await;
    assert_eq!(
        summary.len(),
        1,
        "one summary to the sender; log:\n{}",
        daemon.log_text()
    );
    let text = body_text(&summary[0]);
    assert!(
        text.contains(&janis) && text.contains(&liga),
        "the summary names both: {text}"
    );
    assert!(text.contains("released after 7 days"), "{text}");
    for (colleague, name) in [(&janis, "Janis Ozols"), (&liga, "Liga Kalna")] {
        let mails = stack.wait_for(colleague, "INBOX", 1, WAIT).await;
        assert_eq!(mails.len(), 1, "one mail to {colleague}");
        let subject = header(&mails[0], "Subject").unwrap_or_default();
        assert!(subject.contains("Please confirm"), "{subject}");
        let text = body_text(&mails[0]);
        assert!(text.contains(&format!("Dear {name}")), "{text}");
        assert!(
            text.contains(&format!("Anna Berzina ({anna}) has registered you")),
            "{text}"
        );
    }
    let anna_key = anna.to_lowercase();
    let held = |email: &str| {
        (
            email.to_lowercase(),
            "pending_confirmation".to_string(),
            "on_behalf".to_string(),
            Some(anna_key.clone()),
        )
    };
    assert_eq!(
        registrations(&db).await,
        {
            let mut want = vec![held(&janis), held(&liga)];
            want.sort();
            want
        },
        "two held places, and none for the sender who does not come"
    );

    // Held places do not count against the capacity: two real registrants both get a place.
    let rita = unique("rita", "example.test");
    let olaf = unique("olaf", "example.test");
    for (who, name) in [(&rita, "Rita Ozola"), (&olaf, "Olaf Berg")] {
        mb.send(
            who,
            name,
            "Registration",
            &format!("Hello,\n\nI would like to register for the workshop.\n\nRegards,\n{name}\n"),
        )
        .await;
        assert_eq!(
            mb.wait_for_status(who, "confirmed").await.as_deref(),
            Some("confirmed"),
            "{name} is not pushed onto the waiting list by held places"
        );
    }

    // Any reply that does not cancel confirms (here into a full event: the waiting list);
    // a reply that cancels releases the place.
    mb.send(
        &janis,
        "Janis Ozols",
        "Re: Please confirm your registration",
        "Yes, I will be there.\n\nJanis\n",
    )
    .await;
    mb.send(
        &liga,
        "Liga Kalna",
        "Re: Please confirm your registration",
        "Unfortunately I cannot come, please cancel my registration.\n\nLiga\n",
    )
    .await;
    assert_eq!(
        mb.wait_for_status(&janis, "waitlisted").await.as_deref(),
        Some("waitlisted")
    );
    assert_eq!(
        mb.wait_for_status(&liga, "cancelled").await.as_deref(),
        Some("cancelled")
    );
    let janis_mail = stack.wait_for(&janis, "INBOX", 2, WAIT).await;
    assert_eq!(janis_mail.len(), 2, "the confirmation is answered");
    assert!(body_text(&janis_mail[1]).contains("waiting list"));

    // The organiser cancels a confirmed place: the waiting list moves up and is told.
    let out = regbot(&env, &["participants", "cancel", &rita]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mb.status_of(&janis).await.as_deref(), Some("confirmed"));
    let janis_mail = stack.wait_for(&janis, "INBOX", 3, WAIT).await;
    assert_eq!(janis_mail.len(), 3, "the person who moved up is told");

    // Beyond the cap per sender (3; one is still held for her) the message goes to review.
    let more: Vec<String> = (0..3)
        .map(|i| unique(&format!("more{i}"), "cluster.test"))
        .collect();
    mb.send(
        &anna,
        "Anna Berzina",
        "More registrations",
        &format!(
            "Hello,\n\nplease also register my colleagues Karlis Liepa ({}), Inese Berga ({}) and Juris Kalns ({}).\n\nAnna\n",
            more[0], more[1], more[2]
        ),
    )
    .await;
    let forwards = stack.wait_for(&organisers, "INBOX", 1, WAIT).await;
    assert_eq!(forwards.len(), 1, "one forward to the organisers");
    let reason: String = sqlx::query_scalar("select reason from review_items")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(reason, "on_behalf_over_cap");
    assert_eq!(stack.wait_for(&anna, "INBOX", 2, WAIT).await.len(), 2);
    let told: Vec<String> = sqlx::query_scalar(
        "select template from outbox where kind = 'reply' and lower(recipient) = $1 order by id",
    )
    .bind(&anna_key)
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        told,
        ["on_behalf_summary", "review_pending"],
        "told a person will answer"
    );
    for m in &more {
        assert_eq!(
            mb.status_of(m).await,
            None,
            "nobody beyond the cap is registered"
        );
        assert!(stack.fetch_all(m, "INBOX").await.is_empty());
    }
    daemon.terminate();

    // An unconfirmed place is released when its time is over (here: moved into the past).
    let kaspars = unique("kaspars", "cluster.test");
    sqlx::query(
        "insert into registrations (event_id, email, status, source, registered_by, confirm_by)
         values ('test-event', $1, 'pending_confirmation', 'on_behalf', $2, now() - interval '1 hour')",
    )
    .bind(&kaspars)
    .bind(&anna)
    .execute(&db.pool)
    .await
    .unwrap();
    let out = regbot(&env, &["run", "--once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mb.status_of(&kaspars).await.as_deref(), Some("cancelled"));
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit where action = 'participant.release' and target = $1",
    )
    .bind(&kaspars)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_note_from_a_registered_person_is_stored_and_shown_to_organisers() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let mb = Mailbox {
        stack: &stack,
        db: &db,
        address: &mailbox,
    };
    let env = regbot_env(&db, &stack, &mailbox);
    let _daemon = Daemon::start(&env);
    let peter = unique("peter", "example.test");
    mb.send(
        &peter,
        "Peter Holm",
        "Registration",
        "Hello,\n\nI would like to register for the workshop.\n\nPeter Holm\n",
    )
    .await;
    assert_eq!(stack.wait_for(&peter, "INBOX", 1, WAIT).await.len(), 1);
    mb.send(
        &peter,
        "Peter Holm",
        "Re: You are registered",
        "Please note I am vegetarian.\n\nPeter\n",
    )
    .await;
    let replies = stack.wait_for(&peter, "INBOX", 2, WAIT).await;
    assert_eq!(replies.len(), 2, "the note is acknowledged");
    assert!(!body_text(&replies[1]).contains("answer you personally"));
    let out = regbot(&env, &["participants", "list", "--format", "json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(list[0]["note"], "Please note I am vegetarian.");
    assert_eq!(list[0]["name"], "Peter Holm");
    let reviews: i64 = sqlx::query_scalar("select count(*) from review_items")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(reviews, 0, "a note is no review item");
}

/// One "it's me who cancels" case: the sender's words in one language, with `{a}` and `{b}`
/// for the colleagues' addresses, and what regbot's mails in that language must say.
struct Replacement {
    subject: &'static str,
    body: &'static str,
    /// The summary's line for the sender's own cancelled registration.
    cancelled: &'static str,
    /// The first colleague's confirm request greets them so.
    dear: &'static str,
    /// How many colleagues `body` names ({b} unused when 1).
    named: usize,
}

/// Issue 9: the people named in a mail an organiser resolves from review as "named people"
/// (`review resolve --as named-people`; the desk's button calls the same function) are
/// registered as if regbot had understood the mail at once: each holds a place and is asked to
/// confirm in the sender's language, the sender gets one summary, and the catch-up updates
/// follow once a person confirms.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn named_people_resolved_from_review_are_asked_summarised_and_caught_up() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let mb = Mailbox {
        stack: &stack,
        db: &db,
        address: &mailbox,
    };
    let (mut env, organisers) = env_with_organisers(&db, &stack, &mailbox);
    // One colleague per sender by mail; two named is over the cap, so a person decides.
    env.push(("REGBOT_EVENT__MAX_ON_BEHALF_PER_SENDER".into(), "1".into()));
    let dir = tempfile::tempdir().unwrap();
    let body = dir.path().join("update.txt");
    std::fs::write(
        &body,
        "Hello {{ participant.name }}, the programme is out.\n",
    )
    .unwrap();
    let early = unique("early", "example.test");
    run_ok(&env, &["participants", "add", &early, "--quiet"]);
    run_ok(
        &env,
        &[
            "broadcast",
            "--subject",
            "The programme",
            "--body-file",
            &path_str(&body),
            "--catch-up",
        ],
    );
    let mut daemon = Daemon::start(&env);
    assert_eq!(stack.wait_for(&early, "INBOX", 1, WAIT).await.len(), 1);

    let juris = unique("juris", "cluster.test");
    let anna = unique("anna", "cluster.test");
    let roberts = unique("roberts", "cluster.test");
    mb.send(
        &juris,
        "Juris Apinis",
        "Reģistrācija",
        &format!(
            "Labdien!\n\nLūdzu reģistrēt mūsu kolēģus dalībai seminārā:\n1) Anna Kalēja, {anna}\n2) Roberts Vītols, {roberts}\n\nAr cieņu\nJuris Apinis\n"
        ),
    )
    .await;
    assert_eq!(stack.wait_for(&organisers, "INBOX", 1, WAIT).await.len(), 1);
    assert_eq!(stack.wait_for(&juris, "INBOX", 1, WAIT).await.len(), 1);
    let (item, reason): (i64, String) = sqlx::query_as("select id, reason from review_items")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(reason, "on_behalf_over_cap");
    assert_eq!(
        mb.status_of(&anna).await,
        None,
        "nobody before a person decides"
    );

    run_ok(
        &env,
        &[
            "review",
            "resolve",
            &item.to_string(),
            "--as",
            "named-people",
        ],
    );
    // Each is asked in the sender's language, and holds a place registered by him.
    for (colleague, name) in [(&anna, "Anna Kalēja"), (&roberts, "Roberts Vītols")] {
        let mails = stack.wait_for(colleague, "INBOX", 1, WAIT).await;
        assert_eq!(
            mails.len(),
            1,
            "one mail to {colleague}; log:\n{}",
            daemon.log_text()
        );
        let text = body_text(&mails[0]);
        // Latvian greets without the name (it would need the vocative); the record names them.
        assert!(
            text.lines().next() == Some("Labdien!") && text.contains(name),
            "{text}"
        );
        assert!(text.contains("Jūs ir reģistrējis"), "{text}");
        assert!(text.contains(&juris), "{text}");
    }
    let juris_key = juris.to_lowercase();
    let held = |email: &str| {
        (
            email.to_lowercase(),
            "pending_confirmation".to_string(),
            "on_behalf".to_string(),
            Some(juris_key.clone()),
        )
    };
    let mut want = vec![held(&anna), held(&roberts)];
    want.push((
        early.to_lowercase(),
        "confirmed".into(),
        "organiser".into(),
        None,
    ));
    want.sort();
    assert_eq!(
        registrations(&db).await,
        want,
        "the sender is not registered"
    );

    // The sender: one summary in his language, in the thread of his mail.
    let mails = stack.wait_for(&juris, "INBOX", 2, WAIT).await;
    assert_eq!(mails.len(), 2, "review pending, then the summary");
    let summary = body_text(&mails[1]);
    assert!(summary.contains("Esam reģistrējuši"), "{summary}");
    assert!(
        summary.contains(&anna) && summary.contains(&roberts),
        "{summary}"
    );
    assert!(header(&mails[1], "In-Reply-To").is_some());

    // Anna confirms: her place is hers, and the update sent before reaches her once.
    let mails = mb
        .exchange(
            (&anna, "Anna Kalēja"),
            "Re: Lūdzu, apstipriniet reģistrāciju",
            "Jā, es piedalīšos.\n\nAnna\n",
            "confirmed",
            3,
            "the request, her acknowledgement and the update",
        )
        .await;
    assert!(
        mails
            .iter()
            .any(|m| body_text(m).contains("the programme is out")),
        "the catch-up update"
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(stack.fetch_all(&roberts, "INBOX").await.len(), 1);
    assert_eq!(stack.fetch_all(&juris, "INBOX").await.len(), 2);
    daemon.terminate();
}
