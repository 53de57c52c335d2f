//! Phrasings found missing by probing each language with invented mails (none of them taken
//! from the evaluation set): reserving a place, counting on the sender, accepting the
//! invitation, asking how to register, asking to note something, corrections stated as what a
//! field is now.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn reserving_a_place_registers_a_hotel_room_does_not() {
    for text in [
        "Please save a seat for me on both days.",
        "Könnten Sie bitte einen Platz für mich reservieren?",
        "Kan dere sette av en plass til meg?",
        "Lūdzu, rezervējiet man vietu.",
        "Забронируйте, пожалуйста, для меня место.",
        "Proszę zarezerwować dla mnie miejsce.",
        "Palun broneerige mulle koht.",
        "Jeg vil gerne have en plads.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    assert_eq!(
        intents("Hotel", "Could you reserve a hotel room for me?"),
        vec![Question]
    );
    assert_eq!(
        intents(
            "Tapaamiset",
            "Voiko tapaamisia varata etukäteen, vai sovitaanko ne paikan päällä?"
        ),
        vec![Question]
    );
}

#[test]
fn counting_on_the_sender_and_accepting_the_invitation_register() {
    for text in [
        "You can count on me for both days.",
        "Ihr könnt auf mich zählen.",
        "I kan regne med mig.",
        "Можете рассчитывать на меня и коллегу.",
        "Proszę liczyć na mnie.",
        "Vielen Dank für die Einladung, die ich gern annehme.",
        "Thank you, I accept your kind invitation.",
        "Tack för inbjudan, jag tackar ja.",
        "Važiuosime trise.",
        "Zapisuję się na oba dni.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
}

#[test]
fn asking_how_or_whether_to_register_is_a_question_under_any_subject() {
    for (subject, text) in [
        ("Registration", "How do I register? I can't find a form."),
        (
            "Anmeldung",
            "Wie melde ich mich an? Ich finde kein Formular.",
        ),
        ("Påmelding", "Må jeg melde meg på hver dag for seg?"),
        (
            "Регистрация",
            "Нужно ли регистрироваться на каждый день отдельно?",
        ),
        ("Reģistrācija", "Kā pieteikties, ja neesmu klastera biedrs?"),
    ] {
        assert_eq!(intents(subject, text), vec![Question], "{text}");
    }
    // A registration subject over a body that registers stays a registration.
    assert!(
        intents("Registration", "Please register me. Is there parking?").contains(&Registration)
    );
}

#[test]
fn fees_and_deadlines_named_by_compounds_ask_for_no_registration() {
    for text in [
        "Gibt es eine Teilnahmegebühr?",
        "Wann ist der Anmeldeschluss?",
        "Onko työpajassa osallistumismaksua?",
    ] {
        assert_eq!(intents("Frage", text), vec![Question], "{text}");
    }
}

#[test]
fn nobody_able_to_attend_declines() {
    let found = intents(
        "Re: Invitation",
        "Unfortunately nobody can attend this time.",
    );
    assert!(!found.contains(&Registration), "{found:?}");
}

#[test]
fn asking_to_note_a_diet_is_no_question() {
    assert_eq!(
        intents(
            "Workshop",
            "I will attend. Could you note that I eat no fish?"
        ),
        vec![Registration]
    );
}

#[test]
fn wondering_before_registering_asks() {
    for text in [
        "Before I sign up, undrar jag om det blir på engelska.",
        "Pirms piesakos, gribēju noskaidrot, cik ilgi ilgs pirmā diena.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Question], "{text}");
    }
}

#[test]
fn what_a_field_is_now_or_rightly_corrects_it_in_a_reply() {
    for text in [
        "Since then we merged: the organisation is now called Nordic Water Alliance.",
        "Die Organisation ist falsch eingetragen, richtig ist: Hafencluster Kiel.",
        "Организация теперь называется Балтийский кластер.",
    ] {
        assert!(reply(text).contains(&Update), "{text}: {:?}", reply(text));
    }
    // Asking to update it, after the correction, asks nothing more.
    assert_eq!(
        reply("Organisationen hedder nu Green Port Cluster. Kan I opdatere det?"),
        vec![Update]
    );
}

#[test]
fn nobody_at_the_head_of_the_clause_refuses() {
    for text in [
        "Regrettably nobody from our small office will be able to attend in June.",
        "Leider kann niemand von uns nach Riga kommen.",
    ] {
        assert!(
            !intents("Re: Invitation", text).contains(&Registration),
            "{text}"
        );
    }
    // "ingen" further off is no subject: "vi har ingen erfaring men vil gerne deltage".
    assert_eq!(
        intents(
            "Workshop",
            "Vi har ingen erfaring med eksport men vil gerne deltage i Riga."
        ),
        vec![Registration]
    );
}

#[test]
fn a_date_in_the_reason_for_cancelling_keeps_it_a_cancellation() {
    assert_eq!(
        reply("Unfortunately I must cancel – my daughter has surgery on 2 June."),
        vec![Cancellation]
    );
    assert!(reply("Please don't count me on the second day.").contains(&Update));
}

#[test]
fn coming_next_year_registers_for_nothing_now() {
    for text in [
        "Not this time, but next year I would love to be there.",
        "Šoreiz bez manis, bet nākamgad noteikti gribētu būt.",
        "Diesmal leider nicht, aber nächstes Jahr bin ich dabei.",
    ] {
        assert!(
            !intents("Re: Invitation", text).contains(&Registration),
            "{text}"
        );
    }
}

#[test]
fn a_hedged_question_about_a_part_of_the_programme_suggests_it() {
    for text in [
        "Nothing covers digital partner search. Maybe one of the breakout groups could take it up?",
        "Vielleicht ließe sich das in einer der Arbeitsgruppen aufgreifen?",
        "Måske kunne en af gruppesessionerne tage det op?",
    ] {
        let found = reply(text);
        assert!(
            found.contains(&Idea) && !found.contains(&Question),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn what_would_have_been_registers_nothing() {
    for text in [
        "It's a topic close to my heart and I'd have loved to join.",
        "Ich wäre wirklich gern dabei gewesen.",
    ] {
        assert!(
            !intents("Re: Invitation", text).contains(&Registration),
            "{text}"
        );
    }
}

#[test]
fn changing_the_experience_to_a_value_in_a_reply_corrects_it() {
    for text in [
        "Ret det gerne til erfaren.",
        "Muuttakaa se kokeneeksi.",
        "Please change it to experienced.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    // In a first mail the value is just the value.
    assert_eq!(
        intents("Workshop", "Please register me, we are beginners."),
        vec![Registration]
    );
}

#[test]
fn it_could_be_useful_to_have_a_session_suggests_one() {
    for text in [
        "Det kunne vært nyttig med en kort sesjon om EU-utlysninger for klynger.",
        "Būtų verta antrą dieną įtraukti trumpą sesiją apie bendrus stendus.",
        "It might be worth having a session on joint trade fair stands.",
    ] {
        assert!(reply(text).contains(&Idea), "{text}: {:?}", reply(text));
    }
}
