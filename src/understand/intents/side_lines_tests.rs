//! Registrations said in passing: one line at the end of a mail to a partner about a shared
//! document (a report, minutes, a draft application), whose remarks correct that document
//! and not a registration; "I almost forgot" in a reply to a reminder to register; a yes
//! that a particle hid ("tad jau", "z radością"). Invented mails, none taken from the
//! evaluation set.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn corrections_to_a_shared_document_are_no_update_of_a_registration() {
    for (subject, text) in [
        (
            "Comments on the draft report",
            "Hi Tom,\n\nthanks for the draft. A few corrections: the budget table misses the \
             March costs, and section 2 should list the pilot towns.\n\nAlso, please register \
             me for the workshop in June.",
        ),
        (
            "Referat fra styregruppemødet",
            "Hej Lone\n\nJeg har et par rettelser til referatet: punkt 4 skal være september, \
             ikke august.\n\nOg så vil jeg gerne tilmelde mig workshoppen.",
        ),
        (
            "Protokoll der Partnersitzung",
            "Liebe Kolleginnen,\n\nzwei Korrekturen: in Punkt 3 fehlt der finnische Partner, \
             und die Frist ist der 30. Juni.\n\nÜbrigens möchte ich mich für den Workshop \
             anmelden.",
        ),
        (
            "Projekto ataskaita",
            "Sveiki,\n\nperžiūrėjau ataskaitos juodraštį. Keletas pataisymų:\n\n– biudžeto \
             lentelėje trūksta kovo mėnesio;\n– rodiklių skyriuje turi būti 12 įmonių.\n\n\
             Ir dar – užregistruokite mane į seminarą.",
        ),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
}

#[test]
fn corrections_sent_later_correct_the_document() {
    for text in [
        "Jeg sender resten af mine rettelser i morgen. PS: Tilmeld mig gerne workshoppen.",
        "I'll send the rest of my corrections tomorrow. Please register me for the workshop.",
    ] {
        assert_eq!(intents("Udkast", text), vec![Registration], "{text}");
    }
}

#[test]
fn a_correction_of_a_field_stays_an_update_in_a_mail_about_a_document() {
    // The sentence names what regbot recorded: that is corrected, whatever the subject says.
    assert_eq!(
        reply("Correction: my name is Anna Berg, not Anne Berg. The report follows next week."),
        vec![Update]
    );
    assert_eq!(
        intents(
            "Report and registration",
            "Please correct my organisation to Baltic Food Cluster."
        ),
        vec![Update]
    );
}

#[test]
fn a_correction_without_a_document_still_updates() {
    assert_eq!(
        intents(
            "Korrektur",
            "Bitte korrigieren Sie meinen Nachnamen: Schmidt, nicht Schmitt."
        ),
        vec![Update]
    );
}

#[test]
fn forgetting_in_a_reply_to_a_reminder_is_no_correction() {
    for (subject, text) in [
        (
            "Re: Reminder: registration closes on Friday",
            "Thanks for the reminder, I almost forgot. Please register me for both days.",
        ),
        (
            "Re: Atgādinājums: reģistrācija līdz piektdienai",
            "Paldies, gandrīz aizmirsu! Lūdzu, pierakstiet mani uz abām dienām.",
        ),
        (
            "AW: Erinnerung: Anmeldung bis Freitag",
            "Danke, hätte ich fast vergessen. Bitte melden Sie mich für beide Tage an.",
        ),
    ] {
        assert_eq!(
            detect(Some(subject), text, true).intents,
            vec![Registration],
            "{text}"
        );
    }
    // In a reply to the acknowledgement, what one forgot to say corrects the registration.
    assert_eq!(reply("I forgot to mention that I'm vegan."), vec![Update]);
}

#[test]
fn then_already_and_with_joy_say_yes() {
    for text in [
        "Tad jau pierakstiet arī mani.",
        "Przyjmuję zaproszenie z radością.",
        "Z przyjemnością przyjmuję zaproszenie na warsztaty z wielką ochotą.",
    ] {
        assert_eq!(intents("Seminārs", text), vec![Registration], "{text}");
    }
    // "Already" said of the registration itself still states a fact.
    for text in ["Esmu jau pierakstījusies.", "Jestem już zapisana."] {
        assert!(!intents("Seminārs", text).contains(&Registration), "{text}");
    }
}

#[test]
fn questions_to_the_colleague_in_a_letter_are_not_the_organisers() {
    // The name before the greeting, the business over two paragraphs, a proposal in it.
    let text = "Rūta, labas,\n\nperžiūrėjau metinio biudžeto lentelę. Pastabos:\n\n– \
                nuomos eilutėje vis dar sena kaina;\n– parodos stendo išlaidas siūlyčiau perkelti į \
                kitą ketvirtį, nes sąskaita ateis tik rudenį.\n\nBeje, užregistruokite mane į \
                seminarą.\n\nJonas";
    assert_eq!(intents("Biudžetas", text), vec![Registration], "{text}");
}

#[test]
fn a_question_about_the_trip_to_the_event_town_stays_the_organisers() {
    let riga = ["Riga".to_string()];
    let text = "Hej Eva,\n\njag tänker ta nattfärjan till Riga och är framme först vid tio på \
                morgonen. Börjar ni redan klockan nio?\n\nJag vill i alla fall gärna vara med \
                båda dagarna, så skriv upp mig.\n\nHälsningar\nOla";
    let found = detect_at(Some("Resan"), text, false, &riga).intents;
    assert!(found.contains(&Question), "{found:?}");
    assert!(found.contains(&Registration), "{found:?}");
}
