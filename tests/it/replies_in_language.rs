//! Acknowledgements as participants read them in their own mailbox: a Latvian and a Polish
//! registration go through Postfix, Dovecot and `regbot run`, and the replies are read back
//! over IMAP. Each greets the way the language does, quotes the title the language's way, and
//! names the dates and venue configured for the language (the general ones where none are).

use std::time::Duration;

use crate::support::*;
use encoding_rs::{ISO_8859_2, WINDOWS_1257};

const TITLE: &str = "Cluster internationalisation – Why and how to do it?";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn latvian_and_polish_acknowledgements_read_naturally() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let mut env = regbot_env(&db, &stack, &mailbox);
    env.extend(
        [
            ("REGBOT_EVENT__L10N__LV__DATES", "2.–3. jūnijā"),
            ("REGBOT_EVENT__L10N__LV__VENUE", "Rīgā"),
            // One place: the second registrant goes on the waiting list.
            ("REGBOT_EVENT__CAPACITY", "1"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    let mut daemon = Daemon::start(&env);

    let lv = unique("maris", "example.test");
    let raw = message(
        &format!("{} <{lv}>", b_encode("Māris Krūmiņš")),
        &mailbox,
        "Reģistrācija",
        "Labdien!\n\nVēlos reģistrēties semināram Rīgā.\nOrganizācija: Ventspils IT klasteris\nValsts: Latvija\n\nAr cieņu,\nMāris Krūmiņš\n",
        WINDOWS_1257,
        &format!("{}@client.example", uuid::Uuid::new_v4()),
    );
    stack.send_raw(&lv, &mailbox, &raw).await;
    let replies = stack
        .wait_for(&lv, "INBOX", 1, Duration::from_secs(30))
        .await;
    assert_eq!(replies.len(), 1, "daemon log:\n{}", daemon.log_text());
    let text = body_text(&replies[0]);
    assert_eq!(text.lines().next(), Some("Labdien!"), "{text}");
    assert!(
        text.contains(&format!("pasākumā “{TITLE}” (2.–3. jūnijā, Rīgā).")),
        "{text}"
    );
    assert!(
        text.contains("Māris Krūmiņš"),
        "the record keeps the name: {text}"
    );

    let pl = unique("kasia", "example.test");
    let raw = message(
        &format!("{} <{pl}>", b_encode("Katarzyna Zielińska")),
        &mailbox,
        "Rejestracja",
        "Dzień dobry,\n\nchciałabym zarejestrować się na warsztaty w Rydze. Mam też pomysł na sesję: wspólne misje handlowe klastrów do Azji.\nOrganizacja: Klaster Włókienniczy Łódź\nKraj: Polska\n\nZ poważaniem\nKatarzyna Zielińska\n",
        ISO_8859_2,
        &format!("{}@client.example", uuid::Uuid::new_v4()),
    );
    stack.send_raw(&pl, &mailbox, &raw).await;
    let replies = stack
        .wait_for(&pl, "INBOX", 1, Duration::from_secs(30))
        .await;
    assert_eq!(replies.len(), 1, "daemon log:\n{}", daemon.log_text());
    let text = body_text(&replies[0]);
    assert_eq!(text.lines().next(), Some("Dzień dobry,"), "{text}");
    // No Polish dates are configured: the general ones, in the Polish quotation marks.
    assert!(
        text.contains(&format!("„{TITLE}” (2–3 June, Riga)")),
        "{text}"
    );
    assert!(text.contains("listę rezerwową"), "waitlisted: {text}");
    assert!(
        text.contains("Dziękujemy również za pomysł") && text.contains("misje handlowe"),
        "the waitlisted person's idea is acknowledged: {text}"
    );
    assert!(!text.contains("?,") && !text.contains("?”,"), "{text}");

    let (status, _) = daemon.terminate();
    assert!(status.success(), "log:\n{}", daemon.log_text());
}
