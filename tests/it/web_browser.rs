//! The desk in a real browser: headless Chromium signs in with the link the daemon mailed
//! through Postfix to the organiser's Dovecot mailbox, sees the counts `regbot stats` gives,
//! exports the participants as CSV, edits one participant, cancels another, answers a
//! question (the daemon delivers the answer in the asker's thread), resolves a review item and
//! sends a broadcast to one country after its preview, watching its progress until the daemon has sent it. Screenshots land in `target/desk-screenshots/`.

use std::time::{Duration, Instant};

use encoding_rs::UTF_8;

use crate::support::desk::Desk;
use crate::support::webdriver::{Browser, chromedriver};
use crate::support::*;

/// Registrations spread over three weeks and the region, so the charts have a shape.
async fn seed_history(pool: &sqlx::PgPool) {
    let people = [
        ("Līga Ozoliņa", "Vidzemes inovāciju klasteris", "LV", "lv"),
        (
            "Rūta Petrauskienė",
            "Kauno technologijų klasteris",
            "LT",
            "lt",
        ),
        ("Kadri Tamm", "Tartu Science Park", "EE", "et"),
        ("Agnieszka Nowak", "Pomorski Klaster ICT", "PL", "pl"),
        ("Mikko Virtanen", "Turku Business Region", "FI", "fi"),
        ("Anna Lindqvist", "Skåne Food Innovation", "SE", "sv"),
        ("Ольга Смирнова", "Балтийский кластер", "EE", "ru"),
        ("Jonas Becker", "Cluster Nordwest", "DE", "de"),
        ("Mette Hansen", "Danish Cleantech Hub", "DK", "da"),
        ("Ingrid Berg", "Norwegian Ocean Cluster", "NO", "nb"),
    ];
    for i in 0..46i64 {
        let (name, org, country, lang) = people[(i as usize * 7 + i as usize / 3) % people.len()];
        let status = if i % 13 == 5 {
            "cancelled"
        } else if i > 42 {
            "waitlisted"
        } else {
            "confirmed"
        };
        sqlx::query(
            "insert into registrations (event_id, email, name, organisation, country, language, status, created_at)
             values ('test-event', $1, $2, $3, $4, $5, $6, now() - make_interval(days => $7) - make_interval(hours => $8))",
        )
        .bind(format!("person{i}@history.test"))
        .bind(name)
        .bind(org)
        .bind(country)
        .bind(lang)
        .bind(status)
        .bind((21 - i * 21 / 46) as i32)
        .bind((i % 7) as i32)
        .execute(pool)
        .await
        .expect("seed registration");
    }
}

async fn stats(env: &[(String, String)]) -> serde_json::Value {
    let out = regbot(env, &["stats", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stats json")
}

fn number(text: &str) -> i64 {
    let digits: String = text
        .lines()
        .find(|l| l.chars().any(|c| c.is_ascii_digit()) && !l.contains("of "))
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    digits.parse().unwrap_or(-1)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_organiser_signs_in_by_mail_sees_the_counts_exports_edits_cancels_answers_resolves_and_broadcasts_in_chromium()
 {
    let Some(driver) = chromedriver() else { return };
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let organiser = unique("organisers", "event.test");
    let mut env = regbot_env(&db, &stack, &mailbox);
    env.push(("REGBOT_EVENT__CAPACITY".into(), "60".into()));
    let _daemon = Daemon::start(&env);
    let desk = Desk::start(&env).await;
    seed_history(&db.pool).await;

    // Two people register by mail, through Postfix, Dovecot and the daemon.
    let lv = unique("janis", "example.test");
    let pl = unique("malgorzata", "example.test");
    for (from, name, body) in [
        (
            &lv,
            "Jānis Bērziņš",
            "Labdien! Vēlos reģistrēties semināram.\nJānis Bērziņš\nLatvijas Klasteru Asociācija, Rīga, Latvija\n",
        ),
        (
            &pl,
            "Małgorzata Wójcik",
            "Dzień dobry, chciałabym się zarejestrować na warsztaty.\nMałgorzata Wójcik\nŁódzki Klaster Mody, Łódź, Polska\n",
        ),
    ] {
        let raw = message(
            &format!("{} <{from}>", b_encode(name)),
            &mailbox,
            "Registration",
            body,
            UTF_8,
            &format!("{}@client.example", uuid::Uuid::new_v4()),
        );
        stack.send_raw(from, &mailbox, &raw).await;
    }
    let start = Instant::now();
    while stats(&env).await["inbound"]["processed"] != 2 {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the daemon did not process the two mails"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let out = regbot(&env, &["organiser", "add", &organiser]);
    assert!(out.status.success());

    let browser = Browser::start(driver).await;
    let shots = repo().join("target/desk-screenshots");
    browser.goto(&desk.url("/")).await;
    assert!(
        browser.current_url().await.ends_with("/login"),
        "without a session the desk asks to sign in"
    );
    browser.type_into("#email", &organiser).await;
    browser.screenshot(&shots.join("login.png")).await;
    browser.submit("button[type=submit]").await;
    assert!(browser.text("h1").await.contains("Check your mail"));

    // The link arrives in the organiser's mailbox, sent by the daemon through Postfix.
    let mails = stack
        .wait_for(&organiser, "INBOX", 1, Duration::from_secs(30))
        .await;
    assert_eq!(mails.len(), 1, "one sign-in mail for the organiser");
    let text = body_text(&mails[0]);
    let at = text
        .find(&desk.url("/login/"))
        .expect("the mail holds a link to this desk");
    let link: String = text[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    browser.goto(&link).await;
    browser.submit("#signin").await;
    assert_eq!(browser.current_url().await, desk.url("/"));

    let expected = stats(&env).await;
    for (id, pointer) in [
        ("#confirmed", "/registrations/confirmed"),
        ("#waitlisted", "/registrations/waitlisted"),
        ("#cancelled", "/registrations/cancelled"),
        ("#in-processed", "/inbound/processed"),
    ] {
        let shown = number(&browser.text(id).await);
        assert_eq!(
            Some(shown),
            expected.pointer(pointer).and_then(|v| v.as_i64()),
            "{id}"
        );
    }
    assert!(browser.page_source().await.contains("Latvia"));
    browser.fit_page().await;
    browser.screenshot(&shots.join("overview.png")).await;

    browser
        .goto(&desk.url("/participants?sort=registered&dir=desc"))
        .await;
    let table = browser.text("#participants").await;
    assert!(
        table.contains("Jānis Bērziņš") && table.contains("Małgorzata Wójcik"),
        "{table}"
    );
    browser.fit_page().await;
    browser.screenshot(&shots.join("participants.png")).await;

    // The export link, fetched as the signed-in browser (its cookie), with a filter applied.
    browser.goto(&desk.url("/participants?country=PL")).await;
    let csv = browser
        .run_async(
            "const done = arguments[arguments.length - 1];
             fetch(document.querySelector('#export-csv').href).then(r => r.text()).then(done, e => done('error: ' + e));",
        )
        .await;
    let csv = csv.as_str().expect("csv text");
    assert!(csv.contains(&pl), "{csv}");
    assert!(
        !csv.contains(&lv),
        "the export keeps the country filter: {csv}"
    );
    assert!(csv.lines().skip(1).all(|l| l.contains(",PL,")), "{csv}");

    // Edit a participant: the new organisation shows on their page and in the list.
    browser
        .goto(&desk.url(&format!("/participant?email={lv}")))
        .await;
    browser.clear("input[name=organisation]").await;
    browser
        .type_into("input[name=organisation]", "Rīgas Klasteru Centrs")
        .await;
    browser.submit("#save").await;
    assert_eq!(browser.text("#done").await, "Saved.");
    let (organisation,): (Option<String>,) =
        sqlx::query_as("select organisation from registrations where email = $1")
            .bind(&lv)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(organisation.as_deref(), Some("Rīgas Klasteru Centrs"));
    browser.fit_page().await;
    browser
        .screenshot(&shots.join("participant-edited.png"))
        .await;

    // Cancel another: the status on the page and in the counts changes at once.
    browser
        .goto(&desk.url(&format!("/participant?email={pl}")))
        .await;
    browser.submit("#cancel").await;
    assert_eq!(browser.text("#status").await, "cancelled");
    browser.goto(&desk.url("/")).await;
    let after = stats(&env).await;
    assert_eq!(
        Some(number(&browser.text("#cancelled").await)),
        after
            .pointer("/registrations/cancelled")
            .and_then(|v| v.as_i64())
    );

    // Answer a question: it goes out in the asker's own thread, through Postfix to their box.
    let (inbound_id, message_id): (i64, String) =
        sqlx::query_as("select id, message_id from inbound_messages where from_email = $1")
            .bind(&lv)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    let question: i64 = sqlx::query_scalar(
        "insert into questions (event_id, email, name, text, inbound_id)
         values ('test-event', $1, 'Jānis Bērziņš', 'Vai būs tulkojums angļu valodā?', $2) returning id",
    )
    .bind(&lv)
    .bind(inbound_id)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    browser.goto(&desk.url("/questions")).await;
    browser
        .type_into(
            &format!("#answer-{question}"),
            "Jā, visas sesijas notiks angļu valodā.",
        )
        .await;
    browser.fit_page().await;
    browser.screenshot(&shots.join("questions.png")).await;
    browser.submit(&format!("#send-{question}")).await;
    assert!(browser.text("#done").await.contains("on its way"));
    let replies = stack
        .wait_for(&lv, "INBOX", 2, Duration::from_secs(30))
        .await;
    let answer = replies
        .iter()
        .find(|m| body_text(m).contains("visas sesijas notiks angļu valodā"))
        .expect("the answer arrives in the asker's mailbox");
    let head = String::from_utf8_lossy(answer);
    assert!(
        head.contains(&format!(
            "In-Reply-To: <{}>",
            message_id.trim_matches(['<', '>'])
        )),
        "the answer is in the asker's thread"
    );

    // Resolve a review item: the mail is shown as text with what regbot understood, and one
    // button records the sender as registered.
    let sender = unique("liga", "example.test");
    let unclear: i64 = sqlx::query_scalar(
        r#"insert into inbound_messages (dedup_key, message_id, source, raw, size_bytes, status,
                                         from_email, subject, language, understanding)
           values ($1, $1, 'imap', 'x', 1, 'processed', $2, 'Semināru programma', 'lv',
                   '{"text": "Vai varu atnākt ar kolēģi? Mēs abi strādājam klasterī.", "intents": [],
                     "participant": {"name": "Līga Kalniņa", "organisation": "Vidzemes klasteris"}}')
           returning id"#,
    )
    .bind(format!("{}@client.example", uuid::Uuid::new_v4()))
    .bind(&sender)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let item: i64 = sqlx::query_scalar(
        "insert into review_items (event_id, inbound_id, reason, token)
         values ('test-event', $1, 'no_intent', $2) returning id",
    )
    .bind(unclear)
    .bind(uuid::Uuid::new_v4().to_string())
    .fetch_one(&db.pool)
    .await
    .unwrap();
    browser.goto(&desk.url(&format!("/review/{item}"))).await;
    assert!(
        browser
            .text("#mailtext")
            .await
            .contains("Vai varu atnākt ar kolēģi?")
    );
    browser.fit_page().await;
    browser.screenshot(&shots.join("review-item.png")).await;
    browser.submit(&format!("#as-registration-{item}")).await;
    assert!(
        browser
            .text("#done")
            .await
            .contains("resolved as registration")
    );
    let status: String = sqlx::query_scalar("select status from registrations where email = $1")
        .bind(&sender)
        .fetch_one(&db.pool)
        .await
        .expect("the sender is registered");
    assert_eq!(status, "confirmed");

    // A broadcast to one segment (those from Latvia): the preview names the filter and shows
    // each language with its count and a rendered message; sent, its progress page follows
    // the daemon until nothing is pending.
    browser.goto(&desk.url("/broadcasts")).await;
    browser.type_into("input[name=subject]", "Programme").await;
    browser
        .type_into(
            "textarea[name=body]",
            "Dear {{ participant.name }},\nthe programme is online.\n",
        )
        .await;
    browser.type_into("#segment-country", "LV").await;
    browser.submit("#preview").await;
    assert!(
        browser
            .text("#preview-filters")
            .await
            .contains("from Latvia")
    );
    let languages = browser.text("#languages").await;
    assert!(languages.contains("Latviešu"), "{languages}");
    assert!(
        !languages.contains("Polski"),
        "nobody from Poland: {languages}"
    );
    let previewed = number(&browser.text("#preview-count").await);
    let sample = browser.text("article.sample").await;
    assert!(
        sample.contains("the programme is online") && !sample.contains("{{"),
        "a rendered message: {sample}"
    );
    browser.fit_page().await;
    browser
        .screenshot(&shots.join("broadcast-preview.png"))
        .await;
    browser.submit("#send-broadcast").await;
    // The progress page reloads itself while mail is pending; it is read with the browser's
    // own fetch (its session), so a reload never races an element lookup.
    let progress = browser.current_url().await;
    assert!(
        progress
            .rsplit_once("/broadcasts/")
            .is_some_and(|(_, id)| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())),
        "sending leads to the broadcast's own page: {progress}"
    );
    let start = Instant::now();
    loop {
        let page = browser
            .run_async(
                "const done = arguments[arguments.length - 1];
                 fetch(location.href).then(r => r.text()).then(done, e => done('error: ' + e));",
            )
            .await;
        let page = page.as_str().unwrap_or_default().to_string();
        if page.contains("id=\"state\">Done.") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the broadcast did not finish: {page}"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    browser.goto(&progress).await;
    assert_eq!(browser.text("#state").await, "Done.");
    browser.fit_page().await;
    browser
        .screenshot(&shots.join("broadcast-progress.png"))
        .await;
    let broadcast: i64 = progress
        .rsplit_once("/broadcasts/")
        .unwrap()
        .1
        .parse()
        .unwrap();
    let sent_to: Vec<(String, Option<String>)> = sqlx::query_as(
        "select o.recipient, r.country from outbox o
         left join registrations r on lower(r.email) = lower(o.recipient)
         where o.broadcast_id = $1",
    )
    .bind(broadcast)
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        sent_to.len() as i64,
        previewed,
        "as many as the preview said"
    );
    assert!(
        sent_to.iter().all(|(_, c)| c.as_deref() == Some("LV")),
        "only people from Latvia: {sent_to:?}"
    );
    assert!(sent_to.iter().any(|(to, _)| to.eq_ignore_ascii_case(&lv)));
    assert!(!sent_to.iter().any(|(to, _)| to.eq_ignore_ascii_case(&pl)));
    let got = stack
        .wait_for(&lv, "INBOX", 3, Duration::from_secs(30))
        .await;
    assert!(
        got.iter()
            .any(|m| body_text(m).contains("the programme is online")),
        "the broadcast reaches a participant's mailbox"
    );

    browser.goto(&desk.url("/mail")).await;
    assert!(
        browser.page_source().await.contains(&organiser),
        "the sign-in mail is in the log"
    );
    browser.fit_page().await;
    browser.screenshot(&shots.join("mail.png")).await;
}
