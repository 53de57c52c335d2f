//! Putting the sender on the event's list or down as a participant, without a word of
//! registering; and what looks like it but asks for something else (a mailing list, a list
//! for later events, a link sent, a negation, a condition, a question). Invented mails, none
//! taken from the evaluation set.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn putting_the_sender_on_the_list_registers() {
    for text in [
        "Please put me on the list for Riga.",
        "Bitte berücksichtigen Sie mich als Teilnehmerin.",
        "Lūdzu, atzīmējiet mani kā dalībnieci.",
        "Lūdzu mani iekļaut dalībnieku sarakstā.",
        "Märkige mind palun seminari osalejaks.",
        "Kirjatkaa minut osallistujaksi, kiitos.",
        "Sett meg på deltakerlisten, takk.",
        "Lägg mig på listan, tack.",
        "Zapiszcie mnie na listę uczestników.",
        "Vnesite menja v spisok uchastnikov, budu oba dnja.",
        "Įtraukite mane į dalyvių sąrašą.",
        "Muide, Riiga tulen ka ise – lisage mind palun töötoa nimekirja.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
}

#[test]
fn other_lists_links_negations_and_conditions_register_nobody() {
    for text in [
        "Sätt mig på nyhetsbrevets lista, tack.",
        "Please keep me on the list for future events.",
        "Halten Sie mich bitte für künftige Veranstaltungen auf der Liste.",
        "Please send me the link to the participant list.",
        "Please do not put me down as a participant yet.",
        "Ärge märkige mind veel osalejaks.",
        "Bitte setzen Sie mich noch nicht auf die Teilnehmerliste.",
        "You have put me on the list already.",
        "Remove me from the list, please.",
        "Šoreiz nevaram braukt, lūdzu, neskaitiet mūs dalībnieku skaitā.",
        "Šį kartą negalėsime, neįtraukite mūsų į dalyvių sąrašą.",
    ] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
}

#[test]
fn coming_myself_is_the_sender_not_the_reader_registering_alone() {
    // "ise" (myself) after a verb in the first person is the sender; in a forward's
    // "registreeri ise" it is the reader.
    let text = "Riiga tulen ka ise, lisage mind palun nimekirja.";
    assert_eq!(intents("Riia", text), vec![Registration], "{text}");
}

#[test]
fn coming_later_or_leaving_early_updates_and_cancels_nothing() {
    for text in [
        "Jag kommer tyvärr inte förrän på eftermiddagen den 2 juni.",
        "Jeg kan dessverre ikke komme før etter lunsj første dag.",
        "I won't arrive until noon on the first day.",
        "Unfortunately I must leave early on day 2.",
        "Ich muss am zweiten Tag leider früher abreisen.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}

#[test]
fn not_coming_at_all_still_cancels() {
    for text in [
        "Jeg kan dessverre ikke komme likevel.",
        "I won't be able to come after all.",
    ] {
        assert_eq!(reply(text), vec![Cancellation], "{text}");
    }
}

#[test]
fn asking_whether_the_sender_can_be_put_among_the_participants_registers() {
    // A request said as a polite question: "is it possible" + a verb + "me" + the list or
    // "among the participants".
    for text in [
        "Would it be possible to put me down among the participants?",
        "Vai būtu iespējams pierakstīt mani dalībnieku sarakstā?",
        "Kas oleks võimalik mind 4. ja 5. mai seminari osalejate hulka lisada?",
        "Можно ли внести меня в список участников?",
        "Olisiko mahdollista merkitä minut osallistujien joukkoon?",
        "Czy można wpisać mnie na listę uczestników?",
        "Uprzejmie proszę o wpisanie mojej osoby na listę uczestników.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
    // A question about the content, or about a list sent, asks.
    for text in [
        "Would it be possible to include a session on public procurement?",
        "Vai būtu iespējams saņemt dalībnieku sarakstu?",
    ] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
}

#[test]
fn wanting_to_register_oneself_is_the_sender_after_an_away_like_opening() {
    // "pats", "pati", "sam" beside a verb of wanting in the first person: the sender.
    for text in [
        "Tomēr gribu pati pieteikties semināram.",
        "Vis dėlto noriu pats užsiregistruoti į seminarą.",
        "Mimo to chcę sam zapisać się na warsztaty.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
    // Someone else who registers themselves registers nobody here.
    let text = "Kolēģe pieteiksies pati.";
    assert!(!intents("Riga", text).contains(&Registration), "{text}");
}
