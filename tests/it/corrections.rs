//! Corrections by mail (issue 10), for real: a person registers, gets the acknowledgement, and
//! answers it in their own words — "the right name is …", "actually I work for …", "I'm with X,
//! Denmark", "the country is …", or something that fits no field ("please note that I am
//! vegetarian"). The mail goes Postfix → Dovecot → `regbot run` → PostgreSQL and the record is
//! read back: the corrected field changed, the others stayed, a note became a note, and the
//! participant's language stayed the one they registered in.

use std::time::Duration;

use crate::support::*;
use encoding_rs::UTF_8;

const WAIT: Duration = Duration::from_secs(60);

/// One person's registration and their correction, with what the record must say after it.
struct Case {
    who: &'static str,
    correction: &'static str,
    name: &'static str,
    organisation: &'static str,
    country: &'static str,
    note: Option<&'static str>,
}

/// Everyone registers as "Name: …, Organisation: Old Cluster, Country: Latvia".
const REGISTERED_ORGANISATION: &str = "Old Cluster";
const REGISTERED_COUNTRY: &str = "LV";

const CASES: &[Case] = &[
    // The name, in three languages.
    Case {
        who: "Anna Berzina",
        correction: "Hello again,\n\nthe right name is Anna Bērziņa (with the diacritics), sorry.\n\nAnna",
        name: "Anna Bērziņa",
        organisation: REGISTERED_ORGANISATION,
        country: REGISTERED_COUNTRY,
        note: None,
    },
    Case {
        who: "Juergen Weiss",
        correction: "Hallo,\n\nmein Name ist Jürgen Weiß, nicht Juergen Weiss.\n\nViele Grüße\nJürgen",
        name: "Jürgen Weiß",
        organisation: REGISTERED_ORGANISATION,
        country: REGISTERED_COUNTRY,
        note: None,
    },
    Case {
        who: "Katarzyna Wojcik",
        correction: "Dzień dobry,\n\nnazywam się Katarzyna Wójcik-Nowak, proszę poprawić.\n\nPozdrawiam",
        name: "Katarzyna Wójcik-Nowak",
        organisation: REGISTERED_ORGANISATION,
        country: REGISTERED_COUNTRY,
        note: None,
    },
    // The organisation.
    Case {
        who: "Tom Harris",
        correction: "Hi,\n\nactually I work for Baltic Wood Cluster now, not the old one.\n\nTom",
        name: "Tom Harris",
        organisation: "Baltic Wood Cluster",
        country: REGISTERED_COUNTRY,
        note: None,
    },
    Case {
        who: "Eva Lind",
        correction: "Hej!\n\nEgentligen jobbar jag på Skåne Food Cluster, inte på universitetet.\n\nMvh Eva",
        name: "Eva Lind",
        organisation: "Skåne Food Cluster",
        country: REGISTERED_COUNTRY,
        note: None,
    },
    Case {
        who: "Liga Kalna",
        correction: "Labdien!\n\nOrganizācija ir SIA Latvijas Koks.\n\nAr cieņu\nLīga",
        // She signs with the diacritics her From header leaves out: the badge gets them.
        name: "Līga Kalna",
        organisation: "SIA Latvijas Koks",
        country: REGISTERED_COUNTRY,
        note: None,
    },
    // The organisation with its country.
    Case {
        who: "Mark Green",
        correction: "Forgot to mention: I'm with Green Marine, Denmark.\n\nMark",
        name: "Mark Green",
        organisation: "Green Marine",
        country: "DK",
        note: None,
    },
    Case {
        who: "Soren Friis",
        correction: "Hej,\n\njeg glemte at skrive: jeg arbejder hos Cleantech Hub, Danmark.\n\nVh Søren",
        // Signed with the "ø" his From header leaves out: the badge gets it.
        name: "Søren Friis",
        organisation: "Cleantech Hub",
        country: "DK",
        note: None,
    },
    Case {
        who: "Kari Nordmann",
        correction: "Hei,\n\nglemte å si: jeg jobber i Havvind AS, Norge.\n\nHilsen Kari",
        name: "Kari Nordmann",
        organisation: "Havvind AS",
        country: "NO",
        note: None,
    },
    // The country.
    Case {
        who: "Mari Tamm",
        correction: "Hello,\n\none more thing: the country is Estonia, not Latvia.\n\nMari",
        name: "Mari Tamm",
        organisation: REGISTERED_ORGANISATION,
        country: "EE",
        note: None,
    },
    Case {
        who: "Matti Virtanen",
        correction: "Hei,\n\nmaa on Suomi, ei Latvia.\n\nTerveisin Matti",
        name: "Matti Virtanen",
        organisation: REGISTERED_ORGANISATION,
        country: "FI",
        note: None,
    },
    Case {
        who: "Heike Brandt",
        correction: "Guten Tag,\n\ndas Land ist Deutschland, nicht Lettland.\n\nMit freundlichen Grüßen\nHeike Brandt",
        name: "Heike Brandt",
        organisation: REGISTERED_ORGANISATION,
        country: "DE",
        note: None,
    },
    // Nothing that fits a field: a note, the record unchanged.
    Case {
        who: "Peter Olsen",
        correction: "Hello,\n\nplease note that I am vegetarian.\n\nPeter",
        name: "Peter Olsen",
        organisation: REGISTERED_ORGANISATION,
        country: REGISTERED_COUNTRY,
        note: Some("vegetarian"),
    },
];

/// `raw` with an In-Reply-To header, as a mail client writes an answer.
fn in_reply_to(mut raw: Vec<u8>, message_id: &str) -> Vec<u8> {
    let header = format!("In-Reply-To: {message_id}\r\nReferences: {message_id}\r\n");
    raw.splice(0..0, header.into_bytes());
    raw
}

type Row = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
);

async fn record(db: &TestDb, email: &str) -> Option<Row> {
    sqlx::query_as(
        "select name, organisation, country, note, status, language from registrations where lower(email) = lower($1)",
    )
    .bind(email)
    .fetch_optional(&db.pool)
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_correction_by_mail_changes_the_record_and_a_remark_becomes_a_note() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = regbot_env(&db, &stack, &mailbox);
    let mut daemon = Daemon::start(&env);

    let people: Vec<String> = CASES.iter().map(|_| unique("p", "cluster.test")).collect();
    for (case, email) in CASES.iter().zip(&people) {
        let body = format!(
            "Hello,\n\nI would like to register for the workshop.\n\nName: {}\nOrganisation: {REGISTERED_ORGANISATION}\nCountry: Latvia\n\nBest regards,\n{}",
            case.who, case.who
        );
        let id = format!("{}@client.example", uuid::Uuid::new_v4());
        let raw = message(
            &format!("{} <{email}>", case.who),
            &mailbox,
            "Registration",
            &body,
            UTF_8,
            &id,
        );
        stack.send_raw(email, &mailbox, &raw).await;
    }
    for (case, email) in CASES.iter().zip(&people) {
        let acks = stack.wait_for(email, "INBOX", 1, WAIT).await;
        assert_eq!(
            acks.len(),
            1,
            "{} is acknowledged; log:\n{}",
            case.who,
            daemon.log_text()
        );
        let ack_id = header(&acks[0], "Message-ID").expect("the acknowledgement has a Message-ID");
        let id = format!("{}@client.example", uuid::Uuid::new_v4());
        let raw = message(
            &format!("{} <{email}>", case.who),
            &mailbox,
            "Re: Your registration",
            case.correction,
            UTF_8,
            &id,
        );
        stack
            .send_raw(email, &mailbox, &in_reply_to(raw, ack_id.trim()))
            .await;
    }
    for (case, email) in CASES.iter().zip(&people) {
        // A correction is acknowledged; a note from a registered person is stored quietly or
        // answered, so wait for the record rather than for a mail.
        let start = std::time::Instant::now();
        let want = (
            Some(case.name.to_string()),
            Some(case.organisation.to_string()),
            Some(case.country.to_string()),
        );
        let mut got = None;
        while start.elapsed() < WAIT {
            got = record(&db, email).await;
            if let Some((name, org, country, note, _, _)) = &got {
                let fields_done = (name.clone(), org.clone(), country.clone()) == want;
                let note_done = case
                    .note
                    .is_none_or(|n| note.as_deref().is_some_and(|x| x.contains(n)));
                if fields_done && note_done {
                    break;
                }
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        let (name, org, country, note, status, language) = got.unwrap_or_else(|| {
            panic!(
                "{} has no registration; log:\n{}",
                case.who,
                daemon.log_text()
            )
        });
        assert_eq!(
            (name, org, country),
            want,
            "{}'s record after \"{}\"",
            case.who,
            case.correction
        );
        assert_eq!(status, "confirmed", "{}", case.who);
        // Everyone registered in English; a short correction in another language does not
        // switch the language regbot writes to them in.
        assert_eq!(language.as_deref(), Some("en"), "{}'s language", case.who);
        match case.note {
            Some(n) => assert!(
                note.as_deref().is_some_and(|x| x.contains(n)),
                "{}'s note: {note:?}",
                case.who
            ),
            None => assert_eq!(note, None, "{} wrote no note", case.who),
        }
    }
    // Nothing went to review: every correction was understood.
    let reviews: i64 = sqlx::query_scalar("select count(*) from review_items")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        reviews,
        0,
        "no correction needs a person; log:\n{}",
        daemon.log_text()
    );
    daemon.terminate();
}
