//! Whole-message tests of colleagues: added in a reply to the acknowledgement, and registered
//! by a sender who does not come (invented mails).

use super::tests::cfg;
use super::*;

/// A mail from Ada; `reply`: it answers regbot's acknowledgement (References on its domain).
fn mail(subject: &str, body: &str, reply: bool) -> Vec<u8> {
    let raw = super::tests::mail("Ada Sender <ada@sender.test>", subject, body);
    if !reply {
        return raw;
    }
    let refs = b"In-Reply-To: <ack-1@event.test>\r\nReferences: <ack-1@event.test>\r\n";
    [refs.as_slice(), &raw].concat()
}

#[test]
fn a_colleague_added_in_a_reply_is_registered_not_a_correction() {
    for body in [
        "All correct, thanks. My colleague Bo Lind wants to come as well. Could you add him to my registration? His address is bo.lind@sender.test.",
        "Tak, alt passer. Min kollega Bo Lind vil også gerne med. Kan I tilføje ham? Hans mail er bo.lind@sender.test.",
        "Danke, alles korrekt. Unser Geschäftsführer Bo Lind kommt doch mit, tragen Sie ihn bitte ein: bo.lind@sender.test.",
    ] {
        let u = understand(&mail("Re: Registration confirmed", body, true), &cfg());
        assert!(
            u.intents.contains(&Intent::Registration),
            "{body}: {:?}",
            u.intents
        );
        assert!(
            !u.intents.contains(&Intent::Update),
            "{body}: {:?}",
            u.intents
        );
    }
}

#[test]
fn a_sender_who_does_not_come_registers_a_colleague_and_cancels_nothing() {
    let body = "I'm buried in work, so I can't make it to Riga myself. Could you please sign up my colleague Bo Lind (bo.lind@sender.test) for both days?";
    let u = understand(&mail("Workshop", body, false), &cfg());
    assert!(u.intents.contains(&Intent::Registration), "{:?}", u.intents);
    assert!(
        !u.intents.contains(&Intent::Cancellation),
        "{:?}",
        u.intents
    );
    // A registered sender whose colleague comes instead cancels.
    let body =
        "I can't come after all. My colleague Bo Lind (bo.lind@sender.test) comes instead of me.";
    let u = understand(&mail("Re: Registration confirmed", body, true), &cfg());
    assert!(u.intents.contains(&Intent::Cancellation), "{:?}", u.intents);
}

#[test]
fn a_substitute_whose_address_is_in_the_next_sentence_is_registered() {
    let body = "I can't travel in May, sadly, but our new adviser Tom Hale would like to come in my place. You can reach him at tom.hale@sender.test.";
    // The sender's place is cancelled and the substitute registered.
    let u = understand(&mail("Re: Registration confirmed", body, true), &cfg());
    assert!(u.intents.contains(&Intent::Cancellation), "{:?}", u.intents);
    assert!(u.intents.contains(&Intent::Registration), "{:?}", u.intents);
    let emails: Vec<_> = u.participants.iter().map(|p| p.email.clone()).collect();
    assert_eq!(
        emails,
        [
            Some("ada@sender.test".to_string()),
            Some("tom.hale@sender.test".to_string())
        ],
        "{u:?}"
    );
}

#[test]
fn a_form_for_another_person_registers_that_person_and_keeps_the_senders_record() {
    for body in [
        "Please register our chair.\n\nParticipant: Bo Lind, chair of the board\nEmail: bo.lind@sender.test\n\nAda",
        "Lūdzu reģistrēt mūsu valdes priekšsēdētāju.\n\nDalībnieks: Bo Lind, valdes priekšsēdētājs\nE-pasts: bo.lind@sender.test\n\nAda",
    ] {
        let u = understand(&mail("Registration", body, false), &cfg());
        let people: Vec<(Option<&str>, Option<&str>)> = u
            .participants
            .iter()
            .map(|p| (p.name.as_deref(), p.email.as_deref()))
            .collect();
        assert_eq!(
            people,
            [(Some("Bo Lind"), Some("bo.lind@sender.test"))],
            "{body}"
        );
        assert_eq!(u.participant.name.as_deref(), Some("Ada Sender"), "{body}");
        assert_eq!(
            u.participant.email.as_deref(),
            Some("ada@sender.test"),
            "{body}"
        );
    }
}

#[test]
fn a_decline_of_the_invitation_names_nobody_but_a_cancellation_names_the_sender() {
    for body in [
        "Dear Oskar, many thanks for the invitation. Sadly we can't join you this time. Good luck!",
        "Hei, kiitos kutsusta! Emme valitettavasti pääse mukaan tällä kertaa.",
        "Добрый день, спасибо за приглашение, но в этот раз мы не сможем приехать.",
    ] {
        let u = understand(&mail("Invitation", body, false), &cfg());
        assert!(u.participants.is_empty(), "{body}: {:?}", u.participants);
    }
    for body in [
        "Unfortunately I have to cancel my registration, something came up.",
        "Leider muss ich meine Anmeldung zurückziehen, es ist etwas dazwischengekommen.",
        "Niestety muszę zrezygnować z udziału w warsztatach.",
    ] {
        let u = understand(&mail("Riga", body, false), &cfg());
        assert!(
            u.intents.contains(&Intent::Cancellation),
            "{body}: {:?}",
            u.intents
        );
        assert_eq!(u.participants.len(), 1, "{body}: {:?}", u.participants);
    }
}

#[test]
fn an_assistant_registers_the_head_whose_address_follows() {
    for (body, email) in [
        (
            "im Auftrag von Herrn Dr. Jonas Brenner, Vorsitzender unseres Netzwerks, melde ich ihn für den Workshop am 2. und 3. Juni an. Seine Adresse lautet j.brenner@sender.test.",
            "j.brenner@sender.test",
        ),
        (
            "Im Auftrag von Frau Dr. Mia Brenner, Sprecherin des Clusters, melde ich sie zum Workshop in Riga (2.–3. Juni) an. Ihre E-Mail-Adresse: m.brenner@sender.test",
            "m.brenner@sender.test",
        ),
        (
            "På vegne af vores formand, Karl-Erik Dam, vil jeg gerne tilmelde ham workshoppen. Hans mail er ked@sender.test.",
            "ked@sender.test",
        ),
        (
            "Palun registreerige töötoale meie juhatuse esimehe Tarmo Kivimäe osalemine. Tema e-post on tarmo.kivimae@sender.test.",
            "tarmo.kivimae@sender.test",
        ),
    ] {
        let u = understand(&mail("Workshop", body, false), &cfg());
        let emails: Vec<_> = u.participants.iter().map(|p| p.email.clone()).collect();
        assert_eq!(emails, [Some(email.to_string())], "{body}");
    }
    // A date in a sentence that registers nobody else names nobody.
    let body = "Ich melde mich für den 3. Juni an. Das Programm bitte auch an j.brenner@sender.test senden.";
    let u = understand(&mail("Workshop", body, false), &cfg());
    assert!(
        u.participants
            .iter()
            .all(|p| p.email.as_deref() != Some("j.brenner@sender.test")),
        "{:?}",
        u.participants
    );
}

#[test]
fn a_colleague_without_an_address_who_represents_the_cluster_is_listed_the_sender_is_not() {
    for (subject, body, colleague) in [
        (
            "Darbnīca",
            "Labdien,\n\nes pati tajās dienās būšu Briselē, bet mūsu klasteri pārstāvēs kolēģis Andris Ozols. Viņam vēl nav darba e-pasta, rakstiet man.\n\nAda",
            "Andris Ozols",
        ),
        (
            "Seminaras",
            "Laba diena,\n\npati tuo metu būsiu komandiruotėje, todėl mūsų klasteriui atstovaus kolega Tomas Kazlauskas. Jo el. pašto adresą atsiųsiu vėliau.\n\nAda",
            "Tomas Kazlauskas",
        ),
        (
            "Töötuba",
            "Tere,\n\nma ise kahjuks tulla ei saa, aga meie klastrit esindab kolleeg Mart Kask. Tal pole veel e-posti aadressi, kirjutage mulle.\n\nAda",
            "Mart Kask",
        ),
        (
            "Warsztaty",
            "Dzień dobry,\n\nja w tym czasie będę w Brukseli, ale nasz klaster będzie reprezentować kolega Piotr Nowak. Nie ma jeszcze służbowego maila, proszę pisać do mnie.\n\nAda",
            "Piotr Nowak",
        ),
    ] {
        let u = understand(&mail(subject, body, false), &cfg());
        assert!(u.intents.contains(&Intent::Registration), "{body}: {u:?}");
        assert_eq!(u.automated, None, "{body}");
        let listed: Vec<(Option<&str>, Option<&str>)> = u
            .participants
            .iter()
            .map(|p| (p.email.as_deref(), p.name.as_deref()))
            .collect();
        assert_eq!(listed, [(None, Some(colleague))], "{body}");
        assert_eq!(u.review, Some(ReviewReason::OnBehalfWithoutAddress));
    }
    // The sender who represents their own cluster only says where they work.
    let u = understand(
        &mail(
            "Klausimas",
            "Laba diena, atstovauju Kauno klasteriui. Ar bus vertimas?",
            false,
        ),
        &cfg(),
    );
    assert!(!u.intents.contains(&Intent::Registration), "{u:?}");
}

#[test]
fn a_polish_colleague_typed_without_diacritics_is_listed_the_sender_is_not() {
    // A phone mail without "ż", "ć", "ę": the colleague is still the one who goes.
    let u = understand(
        &mail(
            "Warsztaty",
            "Dzien dobry,\n\njestem wtedy na urlopie, ale nasz klaster bedzie reprezentowac \
             kolezanka Joanna Wrona. Prosze pisac do mnie.\n\nAda",
            false,
        ),
        &cfg(),
    );
    assert_eq!(u.automated, None);
    assert!(u.intents.contains(&Intent::Registration), "{u:?}");
    let listed: Vec<(Option<&str>, Option<&str>)> = u
        .participants
        .iter()
        .map(|p| (p.email.as_deref(), p.name.as_deref()))
        .collect();
    assert_eq!(listed, [(None, Some("Joanna Wrona"))]);
    assert_eq!(u.review, Some(ReviewReason::OnBehalfWithoutAddress));
}

#[test]
fn a_colleague_or_head_typed_without_diacritics_is_listed_the_sender_is_not() {
    // Phone mails without "ż", "ā", "ą", "ö": the words for a colleague, a member of staff or
    // the sender's head are found in their plain forms as the intent words are.
    for (body, name) in [
        (
            "Dzien dobry, prosze zapisac naszego stazyste Piotra Nowaka, ja niestety nie moge \
             przyjechac. Nie ma jeszcze adresu.",
            "Piotr Nowak",
        ),
        (
            "Sveiki, ludzu registrejiet musu valdes priekssedetaju Janis Ozols, es pats \
             nevaresu.",
            "Janis Ozols",
        ),
        (
            "Laba diena, registruokite musu vadova Joną Petraitį, as pats negalesiu.",
            "Jonas Petraitis",
        ),
        (
            "Tere, meie uus tootaja Mari Kask osaleb seminaril, ise ma kahjuks ei saa. Tal \
             pole veel e-posti.",
            "Mari Kask",
        ),
    ] {
        let u = understand(&mail("Seminar", body, false), &cfg());
        assert!(u.intents.contains(&Intent::Registration), "{body}: {u:?}");
        let listed: Vec<Option<&str>> = u.participants.iter().map(|p| p.name.as_deref()).collect();
        assert_eq!(listed, [Some(name)], "{body}");
    }
}

#[test]
fn a_colleague_who_goes_for_the_team_is_listed_the_sender_at_home_is_not() {
    for (body, name) in [
        (
            "Ich selbst bin leider verhindert, aber mein Kollege Jonas Wirth fährt für uns hin. \
             Er hat noch keine eigene Adresse.",
            "Jonas Wirth",
        ),
        (
            "Jeg blir dessverre hjemme, men kollegaen min Kari Lund reiser for oss. Hun har \
             ikke e-post ennå.",
            "Kari Lund",
        ),
        (
            "Jag kan tyvärr inte själv, men min kollega Anna Berg åker för oss. Hon har ingen \
             egen adress än.",
            "Anna Berg",
        ),
    ] {
        let u = understand(&mail("Konferenz", body, false), &cfg());
        assert!(u.intents.contains(&Intent::Registration), "{body}: {u:?}");
        let listed: Vec<Option<&str>> = u.participants.iter().map(|p| p.name.as_deref()).collect();
        assert_eq!(listed, [Some(name)], "{body}");
    }
}

#[test]
fn a_colleague_asked_for_in_a_question_while_the_sender_is_away_is_registered() {
    for body in [
        "I'm on leave that week, but my colleague Bo Lind (bo.lind@sender.test) will go. Could you sign him up for both days?",
        "Jeg er på ferie den uka, men kollegaen min Bo Lind (bo.lind@sender.test) reiser. Kan dere melde ham på begge dager?",
        "Olen lomalla, joten kollegani Bo Lind (bo.lind@sender.test) lähtee. Ilmoittaisitteko hänet molemmille päiville?",
    ] {
        let u = understand(&mail("Forum", body, false), &cfg());
        assert!(
            u.intents.contains(&Intent::Registration),
            "{body}: {:?}",
            u.intents
        );
        assert!(
            !u.intents.contains(&Intent::Question),
            "{body}: {:?}",
            u.intents
        );
        let emails: Vec<_> = u
            .participants
            .iter()
            .filter_map(|p| p.email.clone())
            .collect();
        assert!(
            emails.contains(&"bo.lind@sender.test".to_string()),
            "{body}: {u:?}"
        );
    }
}

#[test]
fn a_colleague_going_for_us_is_found_without_diacritics() {
    for body in [
        "Ich selbst kann leider nicht, aber meine Kollegin Bo Lind faehrt fuer uns nach Tallinn.",
        "Ich selbst kann leider nicht, aber meine Kollegin Bo Lind fahrt fur uns nach Tallinn.",
        "Jeg kan desvaerre ikke, men min kollega Bo Lind rejser for os.",
        "Jag kan tyvarr inte, men min kollega Bo Lind aker for oss.",
        "Jag kan tyvärr inte resa, men min kollega Bo Lind vill gärna åka.",
        "En itse paase, mutta kollegani Bo Lind lahtee edustamaan meita.",
    ] {
        let u = understand(&mail("Forum", body, false), &cfg());
        assert!(
            u.intents.contains(&Intent::Registration),
            "{body}: {:?}",
            u.intents
        );
        // The colleague goes; the sender, who stays home, is not registered.
        let listed: Vec<Option<&str>> = u.participants.iter().map(|p| p.name.as_deref()).collect();
        assert_eq!(listed, [Some("Bo Lind")], "{body}");
    }
}
