//! Whole-message tests: raw bytes in, the parse contract out.

use super::*;

#[test]
fn thousands_of_nested_multiparts_still_name_the_sender_and_the_request() {
    let mut raw = String::from(
        "From: Deep Diver <deep@x.test>\r\nSubject: Registration\r\nMessage-ID: <deep@x.test>\r\nMIME-Version: 1.0\r\n",
    );
    for i in 0..10_000 {
        raw.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"
        ));
    }
    raw.push_str("Content-Type: text/plain\r\n\r\nPlease register me for the workshop.\r\n");
    for i in (0..10_000).rev() {
        raw.push_str(&format!("--b{i}--\r\n"));
    }
    let u = understand(raw.as_bytes(), &UnderstandConfig::default());
    assert_eq!(u.message_id.as_deref(), Some("deep@x.test"));
    assert_eq!(
        u.from.as_ref().map(|f| f.email.as_str()),
        Some("deep@x.test")
    );
    assert!(u.intents.contains(&Intent::Registration), "{u:?}");
    assert!(!u.text.contains("boundary"), "{:?}", u.text);
}

pub(super) fn mail(from: &str, subject: &str, body: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: Registrations <registration@event.test>\r\nSubject: {subject}\r\nMessage-ID: <m1@sender.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    )
    .into_bytes()
}

pub(super) fn cfg() -> UnderstandConfig {
    UnderstandConfig {
        own_addresses: vec!["registration@event.test".into()],
        own_message_id_domain: Some("event.test".into()),
        places: Vec::new(),
    }
}

#[test]
fn the_sender_alone_is_the_participant_with_where_each_value_came_from() {
    let u = understand(
        &mail(
            "Erik Johansson <erik@smartcity.test>",
            "Registration",
            "Hello,\n\nI would like to register for the workshop.\n\nKind regards\nErik Johansson\nCluster Manager\nSmart City Sweden\nStockholm, Sweden\nMob. +46 70 123 45 67",
        ),
        &cfg(),
    );
    assert_eq!(u.intents, vec![Intent::Registration]);
    assert_eq!(u.participants.len(), 1);
    let p = &u.participants[0];
    assert_eq!(p, &u.participant);
    assert_eq!(p.organisation.as_deref(), Some("Smart City Sweden"));
    assert_eq!(p.sources.organisation, Some(Source::Signature));
    assert_eq!(p.sources.country, Some(Source::Signature));
    assert_eq!(p.sources.email, Some(Source::FromHeader));
    assert_eq!(p.sources.name, Some(Source::FromHeader));
    // A stated country leaves nothing to hint at.
    assert_eq!(p.hints.country, None);
    assert_eq!(u.review, None);
}

#[test]
fn a_phone_prefix_is_a_hint_never_the_country() {
    let u = understand(
        &mail(
            "Ilze Kalnina <ilze@cluster.lv>",
            "Registration",
            "Labdien, lūdzu reģistrējiet mani semināram.\n\nIlze Kalniņa\nMob. +371 2912 3456",
        ),
        &cfg(),
    );
    assert_eq!(u.participant.country, None, "{u:?}");
    assert_eq!(u.participant.sources.country, None);
    assert_eq!(u.participant.hints.country.as_deref(), Some("LV"));
}

#[test]
fn registering_colleagues_lists_them_and_the_sender_only_when_coming() {
    let u = understand(
        &mail(
            "Anna Berg <anna@wood.test>",
            "Registration",
            "Hello,\n\nplease register me and my colleagues Jane Doe <jane@wood.test> and John Roe <john@wood.test>.\n\nAnna Berg\nBaltic Wood Cluster",
        ),
        &cfg(),
    );
    let emails: Vec<_> = u
        .participants
        .iter()
        .filter_map(|p| p.email.as_deref())
        .collect();
    assert_eq!(
        emails,
        ["anna@wood.test", "jane@wood.test", "john@wood.test"],
        "{u:?}"
    );
    assert_eq!(u.participants[1].name.as_deref(), Some("Jane Doe"));
    assert_eq!(
        u.participants[1].organisation.as_deref(),
        Some("Baltic Wood Cluster")
    );
    // `participant` is the sender's own record, whoever else the message registers.
    assert_eq!(u.participant.email.as_deref(), Some("anna@wood.test"));
    assert_eq!(u.participant.name.as_deref(), Some("Anna Berg"));

    let u = understand(
        &mail(
            "Anna Berg <anna@wood.test>",
            "Registration",
            "Hello,\n\nI cannot come myself, but please register my colleague Jane Doe, jane@wood.test.\n\nAnna",
        ),
        &cfg(),
    );
    let emails: Vec<_> = u
        .participants
        .iter()
        .filter_map(|p| p.email.as_deref())
        .collect();
    assert_eq!(emails, ["jane@wood.test"], "{u:?}");
    assert_eq!(u.participant.email.as_deref(), Some("anna@wood.test"));
}

#[test]
fn a_colleague_without_an_address_goes_to_review() {
    let u = understand(
        &mail(
            "Anna Berg <anna@wood.test>",
            "Registration",
            "Hello, I would like to register my colleague Maris Ozols for the workshop.",
        ),
        &cfg(),
    );
    assert_eq!(
        u.review,
        Some(ReviewReason::OnBehalfWithoutAddress),
        "{u:?}"
    );
    // The colleague is listed by name, without an address, next to the sender.
    let u = understand(
        &mail(
            "Jonas Berg <jonas@wood.test>",
            "Anmeldung",
            "Hallo,\n\nich melde mich zum Workshop an. Meine Kollegin Sabine Krause möchte auch mitkommen, ihre E-Mail-Adresse schicke ich später.\n\nJonas Berg",
        ),
        &cfg(),
    );
    let listed: Vec<(Option<&str>, Option<&str>)> = u
        .participants
        .iter()
        .map(|p| (p.email.as_deref(), p.name.as_deref()))
        .collect();
    assert_eq!(
        listed,
        [
            (Some("jonas@wood.test"), Some("Jonas Berg")),
            (None, Some("Sabine Krause"))
        ],
        "{u:?}"
    );
    assert_eq!(u.participant.email.as_deref(), Some("jonas@wood.test"));
}

#[test]
fn a_colleague_named_in_the_sentences_case_is_listed_as_the_address_spells_them() {
    let u = understand(
        &mail(
            "Anna Nowak <anna.nowak@las.test>",
            "Rejestracja",
            "Dzień dobry,\n\nproszę zarejestrować mnie oraz mojego kolegę Tomasza Wójcika (tomasz.wojcik@las.test).\n\nAnna Nowak",
        ),
        &cfg(),
    );
    let names: Vec<Option<&str>> = u.participants.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("Anna Nowak"), Some("Tomasz Wójcik")], "{u:?}");
}

#[test]
fn nothing_actionable_goes_to_review_but_a_bare_thank_you_does_not() {
    let u = understand(
        &mail(
            "Peter Olsen <peter@bio.test>",
            "Workshop",
            "Hi, our board meets on Friday about the budget.\n\nPeter",
        ),
        &cfg(),
    );
    assert!(u.intents.is_empty());
    assert_eq!(u.review, Some(ReviewReason::NoIntent));
    assert!(u.participants.is_empty());
    let u = understand(
        &mail(
            "Peter Olsen <peter@bio.test>",
            "Re: Your registration",
            "Great, thanks!\n\nPeter",
        ),
        &cfg(),
    );
    assert_eq!(u.review, None);
}

#[test]
fn a_correction_without_a_readable_value_goes_to_review() {
    let u = understand(
        &mail(
            "Peter Olsen <peter@bio.test>",
            "Correction",
            "Hello, there is a mistake in my registration, please correct it.",
        ),
        &cfg(),
    );
    assert!(u.intents.contains(&Intent::Update), "{u:?}");
    assert_eq!(u.review, Some(ReviewReason::UnparsedCorrection));
}

#[test]
fn dietary_and_timing_remarks_become_a_note() {
    let u = understand(
        &mail(
            "Peter Olsen <peter@bio.test>",
            "Registration",
            "Please register me for the workshop. I am vegan, and I will arrive late on the first day.",
        ),
        &cfg(),
    );
    let note = u.note.expect("a note");
    assert!(note.contains("vegan") && note.contains("late"), "{note}");
}

#[test]
fn regbot_reads_its_own_placeholders_back_as_data() {
    // A reply that edits regbot's "We have recorded" block: the untouched lines still say
    // "(not given)" in the reply's language; they are not values.
    for (name_line, org_line, country_line) in [
        (
            "  Name:          Peter Olsen",
            "  Organisation:  (not given)",
            "  Country:       (not given)",
        ),
        (
            "  Vārds, uzvārds:  Pēteris Olsens",
            "  Organizācija:    (nav norādīts)",
            "  Valsts:          (nav norādīts)",
        ),
        (
            "  Navn:          Per Olsen",
            "  Bedrift:       (ikke oppgitt)",
            "  Land:          (ikke oppgitt)",
        ),
    ] {
        let raw = format!(
            "From: Peter Olsen <peter@bio.test>\r\nSubject: Re: Registration confirmed\r\nIn-Reply-To: <r1@event.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello, please correct my name:\n\n{name_line}\n{org_line}\n{country_line}\n"
        );
        let u = understand(raw.as_bytes(), &cfg());
        assert_eq!(u.participant.organisation, None, "{org_line}: {u:?}");
        assert_eq!(u.participant.country, None, "{country_line}: {u:?}");
    }
}

const BOUNCE: &str = "From: Mail Delivery System <MAILER-DAEMON@mx.wood.test>\r\n\
To: registration@event.test\r\n\
Delivered-To: Bounces+jane=wood.test@Event.test\r\n\
X-Original-To: bounces+jane=wood.test@event.test\r\n\
Subject: Undelivered Mail Returned to Sender\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
--b\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n\r\n\
--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.wood.test\r\n\r\n\
Final-Recipient: rfc822; jane@wood.test\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n\
--b\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: registration@event.test\r\nTo: jane@wood.test\r\n\
Message-ID: <ack-42@event.test>\r\nSubject: Registration confirmed\r\n\r\n--b--\r\n";

#[test]
fn a_bounce_names_the_status_the_returned_message_and_the_envelope() {
    let u = understand(BOUNCE.as_bytes(), &cfg());
    assert_eq!(u.automated, Some(Automated::Bounce));
    assert_eq!(u.bounced_recipients, vec!["jane@wood.test".to_string()]);
    assert_eq!(
        u.bounces,
        vec![BouncedRecipient {
            email: "jane@wood.test".into(),
            status: Some("5.1.1".into())
        }]
    );
    assert_eq!(
        u.returned_message_ids,
        vec!["ack-42@event.test".to_string()]
    );
    assert_eq!(
        u.delivered_to,
        vec!["bounces+jane=wood.test@event.test".to_string()]
    );
    assert!(u.participants.is_empty() && u.review.is_none());
}

#[test]
fn a_plain_text_bounce_takes_its_status_from_the_prose() {
    let raw = "From: MAILER-DAEMON@mx.wood.test\r\nSubject: failure notice\r\n\r\n\
Hi. This is the qmail-send program at mx.wood.test.\r\nI'm afraid I wasn't able to deliver your message to the following addresses.\r\n\r\n\
<jane@wood.test>:\r\n192.0.2.1 does not like recipient.\r\nRemote host said: 550 5.1.1 <jane@wood.test>: Recipient address rejected\r\n\r\n\
--- Below this line is a copy of the message.\r\n\r\nMessage-ID: <ack-7@event.test>\r\nTo: jane@wood.test\r\n";
    let u = understand(raw.as_bytes(), &cfg());
    assert_eq!(u.automated, Some(Automated::Bounce));
    assert_eq!(
        u.bounces.first().and_then(|b| b.status.as_deref()),
        Some("5.1.1"),
        "{u:?}"
    );
    assert_eq!(u.returned_message_ids, vec!["ack-7@event.test".to_string()]);
}

#[test]
fn three_stray_bytes_of_invalid_utf8_do_not_switch_the_language_to_russian() {
    for stray in [&b"\xd0\xd1\xd2"[..], b"\xcf\xf0\xe8", b"\xc0\xc1\xc2"] {
        let mut raw = b"From: John Smith <john@x.test>\r\nSubject: Hello\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nPlease register me for the workshop.".to_vec();
        raw.extend_from_slice(stray);
        raw.extend_from_slice(b"\r\n");
        let u = understand(&raw, &cfg());
        assert_eq!(u.language.as_deref(), Some("en"), "{stray:?}: {:?}", u.text);
        assert_eq!(u.intents, vec![Intent::Registration]);
    }
}

#[test]
fn thread_ids_keep_the_order_of_references_with_in_reply_to_last() {
    let raw = "From: Anna <anna@x.test>\r\nSubject: Re: Registration\r\nMessage-ID: <m3@x.test>\r\n\
               In-Reply-To: <ack2@event.test>\r\n\
               References: <m1@x.test> <ack2@event.test>\r\n\r\nThank you!\r\n";
    let u = understand(raw.as_bytes(), &cfg());
    assert_eq!(u.references, ["m1@x.test", "ack2@event.test"]);
    // A client that sends only In-Reply-To, or a References that lacks it.
    assert_eq!(thread_references(None, Some("<a@x>")), ["a@x"]);
    assert_eq!(
        thread_references(Some("<root@x> <b@x>"), Some("<c@x>")),
        ["root@x", "b@x", "c@x"]
    );
    // A long thread keeps its root and the 49 latest ids.
    let long: Vec<String> = (0..80).map(|i| format!("<r{i}@x>")).collect();
    let ids = thread_references(Some(&long.join(" ")), None);
    assert_eq!(ids.len(), 50);
    assert_eq!(ids[0], "r0@x");
    assert_eq!(ids[1], "r31@x");
    assert_eq!(ids[49], "r79@x");
}

#[test]
fn an_out_of_office_text_without_its_headers_is_still_an_auto_reply() {
    for (subject, body) in [
        (
            "Kontorist eemal: Olete registreeritud",
            "Tere!\r\n\r\nOlen 26. aprillini lähetuses ja loen e-kirju harva. Kiiretel juhtudel helistage palun numbril 600 0000.\r\n\r\nKersti",
        ),
        (
            "Нахожусь в отпуске",
            "Здравствуйте!\r\n\r\nС 12 по 26 апреля я нахожусь в отпуске и не имею доступа к почте. По срочным вопросам обращайтесь к коллеге.\r\n",
        ),
        (
            "Ferie",
            "Jeg holder ferie til og med 20. april. I hastende sager kontakt venligst receptionen.\r\n",
        ),
        // Other kinds of leave, another event, answering later: in several languages.
        (
            "Re: You are registered",
            "I am on sick leave until 5 May. Your email will not be forwarded. Please contact office@x.test.\r\n",
        ),
        (
            "Away until 5 May",
            "I am attending a conference until 5 May and will reply to your message when I am back.\r\n",
        ),
        (
            "Nieobecność",
            "Do 5 maja biorę udział w konferencji. Odpowiem po powrocie.\r\n",
        ),
        (
            "SV: Du är anmäld",
            "Jag är föräldraledig och läser inte e-post. Kontakta office@x.test.\r\n",
        ),
        (
            "Re: Registracija",
            "Sveiki, iki gegužės 5 d. esu komandiruotėje. Atsakysiu grįžusi.\r\n",
        ),
        (
            "Vs: Ilmoittautuminen",
            "Olen äitiyslomalla. Viestejä ei välitetä eteenpäin. Ota yhteyttä office@x.test.\r\n",
        ),
    ] {
        let u = understand(&mail("K M <k@x.test>", subject, body), &cfg());
        assert_eq!(u.automated, Some(Automated::AutoReply), "{body}");
        assert!(u.intents.is_empty() && u.participants.is_empty(), "{u:?}");
    }
    // Someone away who still asks for something is a person writing, not an auto-reply.
    let u = understand(
        &mail(
            "K M <k@x.test>",
            "Riga",
            "I am on a business trip until Friday, for urgent matters call me. Please register me for the workshop.\r\n",
        ),
        &cfg(),
    );
    assert_eq!(u.automated, None);
    assert_eq!(u.intents, vec![Intent::Registration]);
    // A person's own away note names what it answers, the invitation or the event at its
    // place: a person's mail with nothing to act on yet.
    let places = UnderstandConfig {
        places: vec!["Riga".into(), "Riia".into()],
        ..cfg()
    };
    for body in [
        "I am travelling until 20 May with little access to email. I'll look at the invitation when I am back.\r\n",
        "Olen puhkusel kuni 20. maini ja loen kirju harva. Riia seminari kohta annan teada, kui tagasi olen.\r\n",
    ] {
        let u = understand(&mail("K M <k@x.test>", "Re: Riga", body), &places);
        assert_eq!(u.automated, None, "{body}");
        assert!(u.intents.is_empty(), "{u:?}");
    }
}

#[test]
fn a_question_or_an_idea_alone_lists_no_participant() {
    let u = understand(
        &mail(
            "A B <a@x.test>",
            "Parking",
            "Is there parking at the venue?\r\n",
        ),
        &cfg(),
    );
    assert_eq!(u.intents, vec![Intent::Question]);
    assert!(u.participants.is_empty(), "{:?}", u.participants);
    // The sender is still known, for the answer.
    assert_eq!(u.participant.email.as_deref(), Some("a@x.test"));
}

#[test]
fn a_name_stated_in_a_first_registration_beats_the_from_header() {
    let u = understand(
        &mail(
            "jb <jb@x.test>",
            "Workshop",
            "Hello, my name is John Smith and I work for Nordic Wood Cluster. Please add me to the list of participants.\r\n",
        ),
        &cfg(),
    );
    assert_eq!(u.intents, vec![Intent::Registration]);
    assert_eq!(u.participant.name.as_deref(), Some("John Smith"));
    assert_eq!(u.participant.sources.name, Some(Source::RunningText));
}

#[test]
fn a_diet_note_alone_in_a_reply_updates_and_is_filed_as_before() {
    let raw = format!(
        "In-Reply-To: <ack-1@event.test>\r\n{}",
        String::from_utf8(mail(
            "Lorenz Pietsch <lp@x.test>",
            "AW: Sie sind angemeldet",
            "Hallo,\r\n\r\nich habe eine Nussallergie. Könnten Sie das an das Catering weitergeben?\r\n\r\nLorenz\r\n",
        ))
        .unwrap()
    );
    let u = understand(raw.as_bytes(), &cfg());
    assert_eq!(u.intents, vec![Intent::Update], "{u:?}");
    assert!(u.note.is_some());
    // The daemon files a note-only message on a registered sender's record by this reason.
    assert_eq!(u.review, Some(ReviewReason::NoIntent));
}

#[test]
fn a_postcode_of_the_hinted_countrys_shape_states_the_country() {
    let u = understand(
        &mail(
            "Birte Oltmanns <b.o@wf-leer.de>",
            "Anmeldung",
            "Hallo,\r\n\r\nbitte melden Sie mich an.\r\n\r\nViele Grüße\r\nBirte Oltmanns\r\nWirtschaftsförderung Landkreis Leer\r\nBergmannstraße 37, 26789 Leer\r\nTel. +49 491 926 1455\r\n",
        ),
        &cfg(),
    );
    assert_eq!(u.participant.country.as_deref(), Some("DE"), "{u:?}");
    assert_eq!(u.participant.sources.country, Some(Source::Signature));
}

#[test]
fn every_acknowledgement_subject_names_its_language() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let entry = entry.unwrap();
        let lang = entry.file_name().to_string_lossy().to_string();
        let Ok(text) = std::fs::read_to_string(entry.path().join("registered.txt")) else {
            continue;
        };
        let subject = text
            .lines()
            .find_map(|l| l.strip_prefix("Subject: "))
            .unwrap();
        let head = subject.split(':').next().unwrap();
        assert_eq!(
            language::of_acknowledgement(head).as_deref(),
            Some(lang.as_str()),
            "{subject}"
        );
    }
}

#[test]
fn a_one_line_answer_to_the_acknowledgement_keeps_its_language() {
    for (subject, body, lang) in [
        ("Re: Du är anmäld: Workshop", "Ses i Riga!", "sv"),
        (
            "Re: Registracija patvirtinta: Workshop",
            "Gerai, iki pasimatymo Rygoje!",
            "lt",
        ),
    ] {
        let raw = format!(
            "In-Reply-To: <ack-1@event.test>\r\n{}",
            String::from_utf8(mail("A B <ab@x.test>", subject, body)).unwrap()
        );
        let u = understand(raw.as_bytes(), &cfg());
        assert_eq!(u.language.as_deref(), Some(lang), "{body}");
    }
}

#[test]
fn too_few_own_words_take_the_language_of_the_signature() {
    for (subject, body, lang) in [
        (
            "Riga",
            "Räkna med mig!\r\n\r\n/Elsa\r\n\r\n-- \r\nElsa Holm\r\nVerksamhetsledare för klustret\r\nSkogs- och träklustret i Värmland\r\n",
            "sv",
        ),
        // A note of no words on a forward: the subject is the invitation's (English), the
        // signature is the sender's.
        (
            "Fwd: Invitation: Cluster workshop in Riga",
            "→ 🙂\r\n\r\n-- \r\nMit freundlichen Grüßen\r\nFrank Tiedemann\r\nReferent für Innovation und Internationales\r\n\r\n---------- Forwarded message ---------\r\nFrom: Inga <inga@bsr.test>\r\nSubject: Invitation\r\n\r\nDear cluster managers, we invite you to the workshop in Riga.\r\n",
            "de",
        ),
    ] {
        let u = understand(&mail("A B <ab@x.test>", subject, body), &cfg());
        assert_eq!(u.language.as_deref(), Some(lang), "{body}");
    }
}

#[test]
fn a_company_registry_in_the_signature_registers_nobody() {
    for body in [
        "Guten Tag,\r\n\r\ngibt es Parkplätze am Veranstaltungsort?\r\n\r\nMit freundlichen Grüßen\r\nAnna Roth\r\nNetzwerk Nord e.V.\r\n\r\nNetzwerk Nord e.V. | Vereinsregister: Amtsgericht Kiel VR 1234\r\n",
        "Tere,\r\n\r\nkas kohapeal on ka parkimine olemas?\r\n\r\nLugupidamisega\r\nMari Tamm\r\nNord OÜ\r\nRegistrikood 12345678\r\n",
        "Labdien,\r\n\r\nvai pie norises vietas būs stāvvieta?\r\n\r\nAr cieņu\r\nAnna Ozola\r\nSIA Nord\r\nReģistrācijas Nr. 40003123456\r\n",
    ] {
        let u = understand(&mail("A B <ab@x.test>", "Frage", body), &cfg());
        assert_eq!(u.intents, vec![Intent::Question], "{body}");
    }
    // A postscript after the sign-off still asks.
    let u = understand(
        &mail(
            "A B <ab@x.test>",
            "Frage",
            "Hello,\r\n\r\nis there parking at the venue?\r\n\r\nBest regards\r\nAnna\r\n\r\nP.S. Please register me for both days.\r\n",
        ),
        &cfg(),
    );
    assert!(u.intents.contains(&Intent::Registration), "{u:?}");
}

#[test]
fn a_decline_back_from_leave_that_thanks_for_the_invitation_is_a_person_not_an_auto_reply() {
    let u = understand(
        &mail(
            "Ada <ada@x.test>",
            "Re: Invitation",
            "Hej Inga,\n\ntack för inbjudan och förlåt att jag svarar sent – jag är nyss tillbaka från föräldraledighet. Tyvärr passar datumen inte den här gången.\n\nHälsningar\nAda",
        ),
        &cfg(),
    );
    assert_eq!(u.automated, None, "{u:?}");
}
