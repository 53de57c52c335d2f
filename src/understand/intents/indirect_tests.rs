//! Things said indirectly: a trip that falls through (a cancellation), a session offered to
//! the programme (an idea), a wish to come given as the reason for something else (a
//! registration), "possibly" (not yet), negation far after the verb, another event's "register
//! on our website" (nothing). Invented mails in several of the region's languages, with near
//! misses that must not change.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn a_trip_that_falls_through_cancels_a_registration() {
    for text in [
        "Die Reise nach Riga wird leider nicht stattfinden – wir haben ein Audit bekommen.",
        "Riian matka ei valitettavasti toteudu.",
        "Kahjuks jääb minu sõit Riiga ära – pean juhatuse esimeest asendama.",
        "Niestety wyjazd do Rygi nie dojdzie do skutku – zarząd wstrzymał delegacje.",
        "К сожалению, поездка в Ригу не состоится – руководство перенесло командировки.",
    ] {
        assert_eq!(reply(text), vec![Cancellation], "{text}");
    }
    // A trip that happens, a flight that was cancelled: nothing is cancelled. The event's city
    // alone standing for the trip ("Riga is off for me") needs the place from configuration
    // (see `reasons_and_forwards_tests`).
    for text in [
        "Die Reise nach Riga ist gebucht, ich freue mich.",
        "My flight was cancelled, so I will arrive in the evening.",
    ] {
        assert!(!reply(text).contains(&Cancellation), "{text}");
    }
}

#[test]
fn a_session_offered_to_the_programme_is_an_idea() {
    for text in [
        "If you are still shaping the programme, I could run a short session on joint stands.",
        "Ja programmā vēl meklējat formātus, varu novadīt 20 minūšu interaktīvu sesiju par \
         kopstendiem.",
        "Jei dar ieškote pranešėjų, galėčiau antrą dieną pravesti trumpą dirbtuvių sesiją apie \
         rinkas.",
        "Если вы ещё формируете программу, могу провести короткую сессию о выставках.",
        "Falls Sie noch jemanden suchen, könnte ich eine Session zum Thema Förderprogramme \
         moderieren.",
    ] {
        assert_eq!(reply(text), vec![Idea], "{text}");
    }
    // Attending a session, asking who runs it, declining to run one: no idea.
    for text in [
        "Could I attend only the afternoon session?",
        "Who will moderate the session on the second day?",
        "Unfortunately I can't run a session this time.",
    ] {
        assert!(!reply(text).contains(&Idea), "{text}");
    }
}

#[test]
fn the_wish_to_come_given_as_a_reason_registers() {
    for (subject, text) in [
        (
            "Report",
            "Since I would like to come to the workshop in Riga anyway, we could go through the \
             open points there.",
        ),
        (
            "Hotel",
            "Da ich gern beim Workshop in Riga dabei wäre, vorab eine Frage: Haben Sie ein \
             Zimmerkontingent?",
        ),
        (
            "Zaświadczenie",
            "Ponieważ chciałabym dołączyć do Państwa w Rydze 2–3 czerwca, mam pytanie: czy można \
             dostać zaświadczenie?",
        ),
    ] {
        assert!(intents(subject, text).contains(&Registration), "{text}");
    }
    // "Since" before a registration that is past states it; "if she were there" wishes
    // nothing for the sender.
    for (subject, text) in [
        ("Report", "Since I registered, I have not heard from you."),
        ("Programm", "Wenn Frau Berg dabei wäre, wäre es schön."),
    ] {
        assert!(!intents(subject, text).contains(&Registration), "{text}");
    }
}

#[test]
fn more_ways_of_asking_for_a_place() {
    for (subject, text) in [
        (
            "Riga",
            "Sæt os på listen til Riga – mig og min kollega Jonas Bech fra sekretariatet.",
        ),
        ("riika", "ilmottaudun riian tyopajaan 2.-3.6."),
        (
            "Seminārs",
            "Seminārs izskatās interesants, un brauksim divatā ar kolēģi.",
        ),
        ("Поездка", "Я приеду в Ригу в июне."),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
}

#[test]
fn possibly_or_a_negation_far_after_the_verb_registers_nobody() {
    for (subject, text) in [
        (
            "Par semināru",
            "Seminārs izskatās ļoti interesants, un, iespējams, brauksim divatā ar kolēģi.",
        ),
        ("онлайн", "Приехать в Ригу в июне у меня не получится."),
    ] {
        assert!(!intents(subject, text).contains(&Registration), "{text}");
    }
}

#[test]
fn another_events_website_registers_nobody() {
    for (subject, text) in [
        ("Kvietimas į forumą", "Registracija – forumo svetainėje."),
        (
            "Zaproszenie: Forum Klastrów",
            "Rejestracja przez stronę forum.",
        ),
    ] {
        assert_eq!(intents(subject, text), Vec::<Intent>::new(), "{text}");
    }
    // The sender asking for a place keeps it, whatever the website did.
    for (subject, text) in [
        ("Workshop", "Please register me, the website did not work."),
        (
            "Workshop in Riga",
            "Bitte melden Sie mich an, die Webseite hat nicht funktioniert.",
        ),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
}

#[test]
fn a_meeting_proposed_thanks_for_an_idea_or_a_suggestion_asked_for_is_no_idea() {
    for (subject, text) in [
        (
            "Prosjekt",
            "Takk for møtet i går. Jeg foreslår at vi tar et møte i august om søknaden.",
        ),
        ("Projekt", "Tack för förslaget, vi tittar på det."),
        ("Hotel", "Can you suggest a hotel near the venue?"),
    ] {
        assert!(!intents(subject, text).contains(&Idea), "{text}");
    }
    // A proposal for the programme stays one, and so does a tip for it.
    for (subject, text) in [
        (
            "Programme",
            "I suggest a session where we meet the Finnish clusters.",
        ),
        (
            "Tips",
            "Ett tips till programmet: bjud in någon från ett företag som har gått ut på en ny \
             marknad.",
        ),
    ] {
        assert!(intents(subject, text).contains(&Idea), "{text}");
    }
    // A tip asked for is a question.
    assert!(!intents("Hotell", "Har ni några tips om hotell i Riga?").contains(&Idea));
}

#[test]
fn skipping_a_part_or_arriving_late_changes_a_registration() {
    for text in [
        "Teise päeva hommikuse sessiooni jätan vahele, tulen lõunaks.",
        "Flyet mitt lander ikke før kl. 11.40 den 2. juni, så jeg kommer nok litt for sent til \
         åpningen.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    // Cancelling the registration for the event cancels, whatever session is the reason.
    assert_eq!(
        intents(
            "Riga",
            "Unfortunately I have to cancel my registration for the Riga workshop – our board \
             moved its strategy session to 2 June."
        ),
        vec![Cancellation]
    );
    assert_eq!(
        reply("Please cancel my registration, I can't attend the opening session."),
        vec![Cancellation]
    );
    // Skipping the event itself cancels.
    assert_eq!(
        reply("Kahjuks pean seminari vahele jätma."),
        vec![Cancellation]
    );
}

#[test]
fn thinking_of_coming_registers_nobody_and_the_trip_not_happening_cancels() {
    assert!(!intents("Семинар", "Думаю приехать на семинар в Ригу.").contains(&Registration));
    // Deciding to come is no thinking about it.
    assert_eq!(
        intents("Семинар", "Я приеду на семинар в Ригу."),
        vec![Registration]
    );
    assert!(
        reply("Resan till Riga blir tyvärr inte av i år – vi har fått ett EU-projekt.")
            .contains(&Cancellation)
    );
}

#[test]
fn a_part_refused_a_late_arrival_or_a_trip_that_does_not_work_out_in_a_reply() {
    assert_eq!(
        reply(
            "Jeg kommer alligevel ikke til middagen den 2. om aftenen, men ellers deltager jeg \
             som planlagt begge dage."
        ),
        vec![Update]
    );
    assert_eq!(
        reply("kommer lidt senere d. 2, toget fra lufthavnen.. ca kl 11 /maja"),
        vec![Update]
    );
    for text in [
        "Det ble dessverre ikke noe av reisen til Riga likevel - jeg er sykmeldt fra neste uke.",
        "Taigi kelionė į Rygą šį kartą nepavyks. Sėkmės renginiui!",
    ] {
        assert_eq!(reply(text), vec![Cancellation], "{text}");
    }
    // Not coming at all is still a cancellation.
    assert_eq!(
        reply("Jeg kommer desværre ikke til Riga."),
        vec![Cancellation]
    );
}

#[test]
fn i_will_be_at_the_event_said_in_english_registers() {
    for text in [
        "Good news: our board approved the travel budget yesterday, so I can finally confirm \
         that I'll be in Riga for the workshop.",
        "We will be at the workshop with two people.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
    // Somewhere else meanwhile, grateful for something, or someone else: no registration.
    for text in [
        "I'll be in Brussels during the workshop.",
        "I'll be grateful for the workshop slides.",
        "The dinner will be at the workshop venue.",
    ] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
}
