//! Registrations on someone else's behalf worded in the region's languages, over the real stack.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn its_me_who_cancels_please_register_a_and_b_in_four_languages() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let mb = Mailbox {
        stack: &stack,
        db: &db,
        address: &mailbox,
    };
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
            // Named in the accusative ("reģistrējiet … Jāni Ozolu"), recorded as on a badge.
            dear: "Jānis Ozols",
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
            dear: "Иван Петров",
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
        let sender = (anna.as_str(), "Anna Berzina");
        mb.exchange(
            sender,
            "Registration",
            "Hello,\n\nI would like to register for the workshop.\n\nAnna Berzina\n",
            "confirmed",
            1,
            &format!("case {i}: the acknowledgement"),
        )
        .await;
        let body = case.body.replace("{a}", &a).replace("{b}", &b);

        // The sender is cancelled and told so in one summary naming whom regbot registered.
        let mails = mb
            .exchange(
                sender,
                case.subject,
                &body,
                "cancelled",
                2,
                &format!("case {i}: one summary after the acknowledgement"),
            )
            .await;
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
                mb.status_of(colleague).await.as_deref(),
                Some("pending_confirmation")
            );
        }
        if case.named == 1 {
            assert_eq!(mb.status_of(&b).await, None);
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

/// Issue 9: "melden Sie bitte A und B an" (a separable verb around the people) and Finnish
/// "Ilmoittakaa …" register the people named, each asked to confirm in the sender's language,
/// and not the sender; a colleague named without an address becomes a review item: one forward
/// to the organisers, one "a person will answer" to the sender, nobody registered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn german_separable_verbs_and_finnish_requests_register_the_people_named() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let mb = Mailbox {
        stack: &stack,
        db: &db,
        address: &mailbox,
    };
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
    mb.send(&klaus, "Klaus Meier", "Workshop in Riga", &format!(
        "Sehr geehrte Damen und Herren,\n\nmelden Sie bitte Anna Schmidt ({anna}) und Peter Braun ({peter}) zum Workshop an. Ich selbst kann leider nicht teilnehmen.\n\nMit freundlichen Grüßen\nKlaus Meier\n"
    )).await;
    mb.send(&matti, "Matti Virtanen", "Riian työpaja", &format!(
        "Hei,\n\nIlmoittakaa seuraavat henkilöt työpajaan: Liisa Korhonen ({liisa}) ja Pekka Mäkinen ({pekka}). En itse valitettavasti pääse paikalle.\n\nTerveisin\nMatti Virtanen\n"
    )).await;
    mb.send(&greta, "Greta Vogel", "Workshop", 
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
