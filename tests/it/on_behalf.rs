//! Registrations on someone else's behalf (issue 8 defect 7, issue 9), for real: mail over
//! Postfix → Dovecot → `regbot run` → PostgreSQL, every mail read back over IMAP.

use std::time::Duration;

use crate::organise::env_with_organisers;
use crate::organise_cli::run_ok;
use crate::support::*;
use encoding_rs::UTF_8;

const WAIT: Duration = Duration::from_secs(30);

async fn send(stack: &Stack, mailbox: &str, from: &str, name: &str, subject: &str, body: &str) {
    let message_id = format!("{}@client.example", uuid::Uuid::new_v4());
    let raw = message(
        &format!("{name} <{from}>"),
        mailbox,
        subject,
        body,
        UTF_8,
        &message_id,
    );
    stack.send_raw(from, mailbox, &raw).await;
}

/// (email, status, source, registered_by) of every registration, by email.
async fn registrations(db: &TestDb) -> Vec<(String, String, String, Option<String>)> {
    sqlx::query_as(
        "select lower(email), status, source, lower(registered_by) from registrations order by lower(email)",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap()
}

async fn status_of(db: &TestDb, email: &str) -> Option<String> {
    sqlx::query_scalar("select status from registrations where lower(email) = lower($1)")
        .bind(email)
        .fetch_optional(&db.pool)
        .await
        .unwrap()
}

async fn wait_for_status(db: &TestDb, email: &str, want: &str) -> Option<String> {
    let start = std::time::Instant::now();
    loop {
        let got = status_of(db, email).await;
        if got.as_deref() == Some(want) || start.elapsed() > WAIT {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn defect_7_people_registered_by_someone_else_are_asked_and_hold_no_real_place() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (mut env, organisers) = env_with_organisers(&db, &stack, &mailbox);
    env.push(("REGBOT_EVENT__CAPACITY".into(), "2".into()));
    env.push(("REGBOT_EVENT__MAX_ON_BEHALF_PER_SENDER".into(), "3".into()));
    let mut daemon = Daemon::start(&env);

    let anna = unique("anna", "cluster.test");
    let janis = unique("janis", "cluster.test");
    let liga = unique("liga", "cluster.test");
    send(
        &stack,
        &mailbox,
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
        send(
            &stack,
            &mailbox,
            who,
            name,
            "Registration",
            &format!("Hello,\n\nI would like to register for the workshop.\n\nRegards,\n{name}\n"),
        )
        .await;
        assert_eq!(
            wait_for_status(&db, who, "confirmed").await.as_deref(),
            Some("confirmed"),
            "{name} is not pushed onto the waiting list by held places"
        );
    }

    // Any reply that does not cancel confirms (here into a full event: the waiting list);
    // a reply that cancels releases the place.
    send(
        &stack,
        &mailbox,
        &janis,
        "Janis Ozols",
        "Re: Please confirm your registration",
        "Yes, I will be there.\n\nJanis\n",
    )
    .await;
    send(
        &stack,
        &mailbox,
        &liga,
        "Liga Kalna",
        "Re: Please confirm your registration",
        "Unfortunately I cannot come, please cancel my registration.\n\nLiga\n",
    )
    .await;
    assert_eq!(
        wait_for_status(&db, &janis, "waitlisted").await.as_deref(),
        Some("waitlisted")
    );
    assert_eq!(
        wait_for_status(&db, &liga, "cancelled").await.as_deref(),
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
    assert_eq!(status_of(&db, &janis).await.as_deref(), Some("confirmed"));
    let janis_mail = stack.wait_for(&janis, "INBOX", 3, WAIT).await;
    assert_eq!(janis_mail.len(), 3, "the person who moved up is told");

    // Beyond the cap per sender (3; one is still held for her) the message goes to review.
    let more: Vec<String> = (0..3)
        .map(|i| unique(&format!("more{i}"), "cluster.test"))
        .collect();
    send(
        &stack,
        &mailbox,
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
            status_of(&db, m).await,
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
    assert_eq!(status_of(&db, &kaspars).await.as_deref(), Some("cancelled"));
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
    let env = regbot_env(&db, &stack, &mailbox);
    let _daemon = Daemon::start(&env);
    let peter = unique("peter", "example.test");
    send(
        &stack,
        &mailbox,
        &peter,
        "Peter Holm",
        "Registration",
        "Hello,\n\nI would like to register for the workshop.\n\nPeter Holm\n",
    )
    .await;
    assert_eq!(stack.wait_for(&peter, "INBOX", 1, WAIT).await.len(), 1);
    send(
        &stack,
        &mailbox,
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn its_me_who_cancels_please_register_a_and_b_in_four_languages() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (env, organisers) = env_with_organisers(&db, &stack, &mailbox);
    let mut daemon = Daemon::start(&env);
    let cases = [
        Replacement {
            subject: "Re: You are registered",
            body: "Hello,\n\nit's me who cancels: I can't come after all. Please register my colleagues Janis Ozols ({a}) and Liga Kalna ({b}) instead.\n\nAnna\n",
            cancelled: "Your own registration is cancelled.",
            dear: "Dear Janis Ozols",
            named: 2,
        },
        Replacement {
            subject: "Re: Reģistrācija",
            body: "Labdien,\n\ndiemžēl es nevarēšu piedalīties, lūdzu atceliet manu reģistrāciju un reģistrējiet manā vietā kolēģus Jāni Ozolu ({a}) un Līgu Kalnu ({b}).\n\nAnna\n",
            cancelled: "Jūsu reģistrācija ir atcelta.",
            dear: "Jāni Ozolu",
            named: 2,
        },
        Replacement {
            subject: "Sv: Anmälan",
            body: "Hej,\n\njag kan tyvärr inte komma. Vänligen avboka min anmälan och anmäl mina kollegor Jan Berg ({a}) och Lisa Holm ({b}) istället.\n\nAnna\n",
            cancelled: "Din egen anmälan är avbokad.",
            dear: "Jan Berg",
            named: 2,
        },
        Replacement {
            subject: "Re: Регистрация",
            body: "Здравствуйте,\n\nк сожалению, я не смогу приехать. Пожалуйста, отмените мою регистрацию и зарегистрируйте вместо меня моих коллег Ивана Петрова ({a}) и Ольгу Смирнову ({b}).\n\nАнна\n",
            cancelled: "Ваша собственная регистрация отменена.",
            dear: "Ивана Петрова",
            named: 2,
        },
        // The reverse wording: "register my colleague instead of me".
        Replacement {
            subject: "Re: You are registered",
            body: "Hello,\n\nplease register my colleague Janis Ozols ({a}) for the workshop instead of me, he will be the one travelling to Riga.\n\nBest regards,\nAnna\n",
            cancelled: "Your own registration is cancelled.",
            dear: "Dear Janis Ozols",
            named: 1,
        },
    ];
    for (i, case) in cases.iter().enumerate() {
        let anna = unique(&format!("anna{i}"), "cluster.test");
        let a = unique(&format!("a{i}"), "cluster.test");
        let b = unique(&format!("b{i}"), "cluster.test");
        send(
            &stack,
            &mailbox,
            &anna,
            "Anna Berzina",
            "Registration",
            "Hello,\n\nI would like to register for the workshop.\n\nAnna Berzina\n",
        )
        .await;
        assert_eq!(
            wait_for_status(&db, &anna, "confirmed").await.as_deref(),
            Some("confirmed")
        );
        assert_eq!(stack.wait_for(&anna, "INBOX", 1, WAIT).await.len(), 1);
        let body = case.body.replace("{a}", &a).replace("{b}", &b);
        send(&stack, &mailbox, &anna, "Anna Berzina", case.subject, &body).await;

        // The sender is cancelled and told so in one summary naming whom regbot registered.
        assert_eq!(
            wait_for_status(&db, &anna, "cancelled").await.as_deref(),
            Some("cancelled"),
            "case {i}; log:\n{}",
            daemon.log_text()
        );
        let mails = stack.wait_for(&anna, "INBOX", 2, WAIT).await;
        assert_eq!(
            mails.len(),
            2,
            "case {i}: one summary after the acknowledgement"
        );
        let summary = body_text(&mails[1]);
        assert!(summary.contains(&a), "case {i}: {summary}");
        assert!(summary.contains(case.cancelled), "case {i}: {summary}");
        let named = [&a, &b];
        let named = &named[..case.named];
        assert_eq!(summary.contains(&b), case.named == 2, "case {i}: {summary}");

        // Each colleague holds a place until they confirm, and is asked in the sender's
        // language.
        for (n, colleague) in named.iter().enumerate() {
            let mails = stack.wait_for(colleague, "INBOX", 1, WAIT).await;
            assert_eq!(mails.len(), 1, "case {i}: one mail to {colleague}");
            let text = body_text(&mails[0]);
            assert!(n > 0 || text.contains(case.dear), "case {i}: {text}");
            assert!(text.contains(&anna), "case {i}: {text}");
            assert_eq!(
                status_of(&db, colleague).await.as_deref(),
                Some("pending_confirmation")
            );
        }
        if case.named == 1 {
            assert_eq!(status_of(&db, &b).await, None);
        }
        let summaries: i64 = sqlx::query_scalar(
            "select count(*) from outbox where lower(recipient) = lower($1) and template = 'on_behalf_summary'",
        )
        .bind(&anna)
        .fetch_one(&db.pool)
        .await
        .unwrap();
        assert_eq!(summaries, 1, "case {i}");
    }
    let on_behalf: Vec<(String, Option<String>)> = sqlx::query_as(
        "select source, registered_by from registrations where status = 'pending_confirmation'",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(on_behalf.len(), 9);
    assert!(
        on_behalf
            .iter()
            .all(|(source, by)| source == "on_behalf" && by.is_some())
    );
    let reviews: i64 = sqlx::query_scalar("select count(*) from review_items")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(reviews, 0, "nothing for a person to sort out");
    assert!(stack.fetch_all(&organisers, "INBOX").await.is_empty());
    daemon.terminate();
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
    send(
        &stack,
        &mailbox,
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
        status_of(&db, &anna).await,
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
    send(
        &stack,
        &mailbox,
        &anna,
        "Anna Kalēja",
        "Re: Lūdzu, apstipriniet reģistrāciju",
        "Jā, es piedalīšos.\n\nAnna\n",
    )
    .await;
    assert_eq!(
        wait_for_status(&db, &anna, "confirmed").await.as_deref(),
        Some("confirmed")
    );
    let mails = stack.wait_for(&anna, "INBOX", 3, WAIT).await;
    assert_eq!(
        mails.len(),
        3,
        "the request, her acknowledgement and the update"
    );
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

/// Issue 9: "melden Sie bitte A und B an" (a separable verb around the people) and Finnish
/// "Ilmoittakaa …" register the people named, each asked to confirm in the sender's language,
/// and not the sender; a colleague named without an address becomes a review item: one forward
/// to the organisers, one "a person will answer" to the sender, nobody registered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn german_separable_verbs_and_finnish_requests_register_the_people_named() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let (env, organisers) = env_with_organisers(&db, &stack, &mailbox);
    let mut daemon = Daemon::start(&env);
    let klaus = unique("klaus", "firma.test");
    let (anna, peter) = (unique("anna", "firma.test"), unique("peter", "firma.test"));
    let matti = unique("matti", "yritys.test");
    let (liisa, pekka) = (
        unique("liisa", "yritys.test"),
        unique("pekka", "yritys.test"),
    );
    let greta = unique("greta", "firma.test");
    // Subjects without a registering word: the request is in the separable verb alone.
    send(&stack, &mailbox, &klaus, "Klaus Meier", "Workshop in Riga", &format!(
        "Sehr geehrte Damen und Herren,\n\nmelden Sie bitte Anna Schmidt ({anna}) und Peter Braun ({peter}) zum Workshop an. Ich selbst kann leider nicht teilnehmen.\n\nMit freundlichen Grüßen\nKlaus Meier\n"
    )).await;
    send(&stack, &mailbox, &matti, "Matti Virtanen", "Riian työpaja", &format!(
        "Hei,\n\nIlmoittakaa seuraavat henkilöt työpajaan: Liisa Korhonen ({liisa}) ja Pekka Mäkinen ({pekka}). En itse valitettavasti pääse paikalle.\n\nTerveisin\nMatti Virtanen\n"
    )).await;
    send(&stack, &mailbox, &greta, "Greta Vogel", "Workshop", 
        "Hallo,\n\nbitte melden Sie meine Kollegin Anna Schmidt an, sie interessiert sich sehr für das Thema.\n\nViele Grüße\nGreta Vogel\n",
    ).await;

    for (colleague, dear) in [
        (&anna, "Anna Schmidt"),
        (&peter, "Peter Braun"),
        (&liisa, "Liisa Korhonen"),
        (&pekka, "Pekka Mäkinen"),
    ] {
        let mails = stack.wait_for(colleague, "INBOX", 1, WAIT).await;
        assert_eq!(
            mails.len(),
            1,
            "one mail to {colleague}; log:\n{}",
            daemon.log_text()
        );
        let text = body_text(&mails[0]);
        assert!(text.contains(dear), "{text}");
    }
    // In the sender's language, naming the sender.
    let to_anna = body_text(&stack.fetch_all(&anna, "INBOX").await[0]);
    assert!(
        to_anna.contains(&format!("Klaus Meier ({klaus}) hat Sie")),
        "{to_anna}"
    );
    let to_liisa = body_text(&stack.fetch_all(&liisa, "INBOX").await[0]);
    assert!(
        to_liisa.contains(&format!("Matti Virtanen ({matti}) on ilmoittanut")),
        "{to_liisa}"
    );
    // Each sender: one summary; Greta: one honest reply. The organisers: one forward.
    for sender in [&klaus, &matti, &greta] {
        assert_eq!(
            stack.wait_for(sender, "INBOX", 1, WAIT).await.len(),
            1,
            "{sender}"
        );
    }
    let forwards = stack.wait_for(&organisers, "INBOX", 1, WAIT).await;
    assert_eq!(forwards.len(), 1, "one forward, about Greta's colleague");
    assert!(body_text(&forwards[0]).contains(&greta));
    let reason: String = sqlx::query_scalar("select reason from review_items")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(reason, "on_behalf_without_address");
    let held = |email: &str, by: &str| {
        (
            email.to_lowercase(),
            "pending_confirmation".to_string(),
            "on_behalf".to_string(),
            Some(by.to_lowercase()),
        )
    };
    let mut want = vec![
        held(&anna, &klaus),
        held(&peter, &klaus),
        held(&liisa, &matti),
        held(&pekka, &matti),
    ];
    want.sort();
    assert_eq!(registrations(&db).await, want, "the four named, no sender");
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(stack.fetch_all(&organisers, "INBOX").await.len(), 1);
    daemon.terminate();
}
