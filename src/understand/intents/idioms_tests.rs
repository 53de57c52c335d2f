//! Colloquial yeses and idioms of not missing it, "still room? if so put me down" typed on a
//! phone without commas, diacritics or Cyrillic, and a question that only names the event's
//! place and month before the yes. Invented examples, none taken from a probe or the
//! evaluation set.
use super::tests::intents;
use super::*;
use Intent::*;

#[test]
fn idioms_of_not_missing_it_and_being_in_register() {
    for text in [
        "Diese Tagung lasse ich mir nicht entgehen.",
        "Das lassen wir uns nicht entgehen – rechnen Sie mit uns.",
        "Bitte rechnen Sie mit mir für den ersten Tag.",
        "Den konferensen står jag inte över.",
        "Seminaret høres bra ut, jeg henger meg på.",
        "Regn meg med på begge dagene.",
        "Kuulostaa hyvältä, oon messissä!",
        "Skaitiet mani iekšā abās dienās.",
        "Be manęs neapsieisite – būsiu abi dienas.",
        "Rašykit mane į sąrašą.",
        "Brzmi ciekawie, piszę się.",
        "Я в деле, до встречи.",
        "hej skriv mig paa listen tak",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // The idiom's own negation is a yes; one put before it still refuses nothing asked.
    assert!(!intents("Workshop", "Leider kann ich nicht kommen.").contains(&Registration));
}

#[test]
fn still_room_then_put_me_down_typed_on_a_phone_registers() {
    for (subject, text) in [
        ("vietos", "ar dar yra laisvu vietu? jei taip uzrasykit mane"),
        (
            "kohad",
            "kas kohti on veel? kui jah siis registreerige mind",
        ),
        (
            "mesta",
            "eshche est svobodnye mesta? esli da, vpishite menja",
        ),
    ] {
        let found = intents(subject, text);
        assert!(found.contains(&Registration), "{text}: {found:?}");
    }
    // Another condition still holds the registration back.
    assert_eq!(
        intents(
            "kohad",
            "kas kohti on veel? kui ülemus lubab siis pange mind kirja"
        ),
        vec![Question]
    );
}

#[test]
fn a_question_naming_only_place_and_month_before_a_yes_asks_nothing() {
    for text in [
        "Tallinn in September? Count me in!",
        "Wilno we wrześniu? Proszę mnie zapisać!",
        "Таллин в сентябре? Запишите меня!",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // A real question before the yes is kept.
    assert_eq!(
        intents("Workshop", "Is lunch included in September? Count me in!"),
        vec![Registration, Question]
    );
}

#[test]
fn asking_a_colleague_in_the_second_person_to_put_the_sender_down_registers() {
    for text in [
        "Un vēl – uz darbnīcu, lūdzu, pieteic arī mani.",
        "I jeszcze jedno: zgłoś też mnie na warsztaty.",
        "Työpajaan ilmoita minut mukaan, kiitos.",
        "Į seminarą užregistruok ir mane.",
        "My colleague Jane Roe and I will both be coming to the workshop.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
}

#[test]
fn asking_whether_a_registration_made_elsewhere_arrived_is_a_question() {
    for text in [
        "I registered through the ministry's portal. Could you check that my registration reached you?",
        "Jeg meldte meg på via fylkets nettside. Kan dere sjekke at påmeldingen har kommet frem?",
        "Ilmoittauduin maakuntaliiton sivuilla. Voisitteko tarkistaa, onko ilmoittautumiseni tullut perille?",
        "Ich habe mich über das Portal angemeldet. Können Sie prüfen, ob meine Anmeldung angekommen ist?",
    ] {
        assert_eq!(intents("Registration", text), vec![Question], "{text}");
    }
    // Asking to be registered and told when it arrived still registers.
    assert!(
        intents(
            "Registration",
            "Could you register me and tell me when you have received it?"
        )
        .contains(&Registration)
    );
}

#[test]
fn a_yes_said_in_passing_with_of_course_or_by_the_way_registers() {
    for text in [
        "Vi ses snart. Jeg blir forresten med til konferansen, begge dagene.",
        "Og så tager jeg naturligvis med til konferencen.",
        "Jag blir självklart med till Tallinn.",
        "And yes, I'm coming to Tallinn as well.",
        "While I remember: I'll take one of the seats for the conference.",
        "Når det gjelder konferansen: skriv meg gjerne inn.",
    ] {
        assert_eq!(intents("Hei", text), vec![Registration], "{text}");
    }
    // Coming from somewhere, or not coming, registers nobody.
    assert!(
        !intents("Hi", "I'm coming from Oslo with a question about the fee.")
            .contains(&Registration)
    );
    assert!(!intents("Hi", "I'm not coming this time.").contains(&Registration));
}

#[test]
fn a_please_between_commas_stays_inside_the_request() {
    for text in [
        "Es arī gribu braukt, pierakstiet, lūdzu, mani.",
        "Добрый день, запишите, пожалуйста, меня на семинар.",
        "Sveiki, įrašykite, prašau, mane į sąrašą.",
    ] {
        assert_eq!(intents("Seminārs", text), vec![Registration], "{text}");
    }
    let parts = sentences::clauses("Labdien, pieskaitiet, lūdzu, mani.");
    assert_eq!(parts, ["Labdien", "pieskaitiet, lūdzu, mani."]);
}

#[test]
fn still_deciding_who_of_the_team_goes_registers_nobody() {
    for text in [
        "Ar bus vertimas? Dar sprendžiame, kas iš komandos važiuos.",
        "Czy będzie tłumaczenie? Jeszcze ustalamy, kto z zespołu pojedzie.",
        "Будет ли перевод? Пока решаем, кто из команды поедет.",
    ] {
        assert_eq!(intents("Klausimas", text), vec![Question], "{text}");
    }
}

#[test]
fn the_yes_after_an_idiom_carries_the_registration() {
    // The idiom says nothing; "I'm in", "count me in", "definitely along" after it registers.
    for text in [
        "Det där passar mig som hand i handske – jag är på!",
        "Det lyder som noget for mig, jeg er på.",
        "Tämä osuu ja uppoaa – olen ehdottomasti mukana.",
        "Tas ir kā radīts man. Rēķiniet mani klāt!",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
    for text in ["Jeg er på ferie i juni.", "Jag är på kontoret hela veckan."] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
}

#[test]
fn taking_one_of_the_last_places_in_a_reply_to_the_offer_registers() {
    for text in [
        "Jā, paldies – paņemšu vienu no pēdējām vietām.",
        "Taip, paimsiu vieną vietą.",
        "Yes, I'll take one of the last places.",
    ] {
        let found = detect(Some("Re: Last places: Workshop"), text, true).intents;
        assert_eq!(found, vec![Registration], "{text}");
    }
}
