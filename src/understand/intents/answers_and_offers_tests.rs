//! Answers to the organisers' broadcasts and offers from registered participants, found
//! missing by probing each language with invented mails: yes to a reminder to register, a
//! free place taken "if there is still one", a wish to come taken back by "but", a "maybe",
//! a case offered for a day of the programme.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

/// A reply to regbot's reminder broadcast (the reply's References are regbot's).
fn to_reminder(subject: &str, own: &str) -> Vec<Intent> {
    detect(Some(subject), own, true).intents
}

#[test]
fn yes_to_a_reminder_to_register_registers() {
    for (subject, text) in [
        (
            "Re: Reminder: registration closes on 20 May",
            "I'll come, thanks.",
        ),
        ("AW: Erinnerung: Anmeldung bis 20. Mai", "Ich komme, danke!"),
        (
            "Re: Priminimas: registracija iki gegužės 20 d.",
            "Dalyvausime abu dienas.",
        ),
        (
            "Re: Przypomnienie: rejestracja do 20 maja",
            "Będę, dziękuję!",
        ),
        ("Re: Напоминание: регистрация до 20 мая", "Буду, спасибо."),
        (
            "Re: Meeldetuletus: registreerimine kuni 20. maini",
            "Tulen kindlasti.",
        ),
    ] {
        assert_eq!(to_reminder(subject, text), vec![Registration], "{text}");
    }
    // The acknowledgement itself: saying again that one comes registers nobody anew.
    assert_eq!(reply("I'll be there, thanks."), Vec::<Intent>::new());
}

#[test]
fn absolutely_in_finnish_offers_no_idea() {
    assert_eq!(
        intents("Riika", "Tulen ehdottomasti, kiitos kutsusta."),
        vec![Registration]
    );
}

#[test]
fn a_place_taken_if_one_is_still_there_registers() {
    for text in [
        "If there's still a spot at the workshop, I'd be glad to take it.",
        "Kui veel on kohti, siis palun mind ka kirja.",
        "ja vel ir vieta tad es nemu",
        "Jeśli jest jeszcze miejsce, proszę o jedno miejsce dla mnie.",
        "Hvis det fortsatt er plass, vil jeg gjerne ha en av plassene.",
        "Falls noch ein Platz frei ist, wäre ich gern dabei.",
    ] {
        assert!(
            intents("Workshop", text).contains(&Registration),
            "{text}: {:?}",
            intents("Workshop", text)
        );
    }
}

#[test]
fn plain_yes_phrases_register() {
    for text in [
        "Jeg stiller gjerne, takk.",
        "Jag hänger på!",
        "ill be there",
        "Chętnie dołączę.",
        "Prašau mane įtraukti į sąrašą.",
        "Записывайте меня, пожалуйста.",
        "Финансирование одобрили, так что записывайте меня.",
        "Laskekaa minut mukaan, kiitos.",
        "ilmottakaa mut mukaan",
        "Ieplānojiet mani, lūdzu.",
        "Die Einladung nehme ich gern an.",
        "Spasibo, primu uchastie.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
}

#[test]
fn a_wish_to_come_taken_back_by_but_registers_nobody() {
    for text in [
        "I'd love to come, but that week we have our annual general meeting.",
        "Ich würde sehr gern kommen, aber ob das klappt, weiß ich noch nicht.",
        "Tulisimme mielellämme, mutta meillä on samaan aikaan messut.",
        "Tulisin mielelläni, mutta meillä on silloin arviointi, enkä pääse irti.",
        "Ļoti gribētu piedalīties, bet tajās dienās man ir valdes sēde.",
        "Очень хотелось бы приехать, но в эти дни у нас конференция в Вильнюсе.",
        "Bardzo chciałbym przyjechać, ale nie mam jeszcze zgody dyrektora.",
    ] {
        assert!(
            !intents("Re: Invitation", text).contains(&Registration),
            "{text}"
        );
    }
    // A "but" that keeps a day, or says the sender comes all the same, leaves the wish standing.
    for text in [
        "I would like to come, but only on the first day.",
        "Ich würde gern teilnehmen, aber nur am zweiten Tag.",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn maybe_coming_registers_nobody() {
    for text in [
        "Возможно, приеду.",
        "Gal atvažiuosiu su kolege.",
        "Maybe I'll come with a colleague.",
        "Ehkä tulen.",
    ] {
        assert!(
            !intents("Re: Invitation", text).contains(&Registration),
            "{text}"
        );
    }
    // The hedge about the company leaves the coming stated.
    assert!(intents("Riga", "I'll come, maybe with a colleague.").contains(&Registration));
}

#[test]
fn a_case_offered_for_a_day_of_the_programme_is_an_idea() {
    for text in [
        "If you need a case for day 2, we can present how our cluster ran a joint stand in Osaka.",
        "Jei reikia atvejo antrai dienai, galime papasakoti apie bendrą misiją į Kanadą.",
        "Kui vajate näidet, võime tutvustada, kuidas korraldasime ühise messistendi Kölnis.",
        "Если нужен пример, можем рассказать, как наш кластер вышел на рынок Японии.",
        "Ja noderētu piemērs, varam parādīt, kā mūsu klasteris organizēja kopīgu misiju uz Indiju.",
        "Mogę pokazać nasz przypadek: wspólna misja do Kanady.",
        "Voisimme esitellä tapauksen yhteisestä vientihankkeesta.",
        "Jag kan gärna hålla i en kort programpunkt om vår exportsatsning.",
        "Ich könnte am zweiten Tag über unser Exportprogramm berichten.",
    ] {
        assert!(reply(text).contains(&Idea), "{text}: {:?}", reply(text));
    }
    // Telling without an offer of one's own case offers nothing.
    assert!(!reply("Could you show us an example of a joint stand?").contains(&Idea));
}

#[test]
fn the_senders_side_sending_people_registers_them() {
    for text in [
        "I can't come myself, but we will send two people from the office:",
        "Selv kan jeg ikke, men vi sender to kolleger: Jens Holm (jh@firma.test) og Lise Berg.",
        "Z naszej firmy pojadą: Jan Nowak i Ewa Lis.",
        "От нашего кластера поедут Иван Петров и Ольга Смирнова.",
    ] {
        assert!(
            intents("Riga", text).contains(&Registration),
            "{text}: {:?}",
            intents("Riga", text)
        );
    }
    for text in [
        "We will send the invoice details:",
        "We cannot send anyone this year, unfortunately.",
    ] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
}

#[test]
fn having_forgotten_to_answer_corrects_nothing() {
    assert_eq!(
        to_reminder(
            "Re: Reminder: the workshop in Riga",
            "Sorry, I had forgotten to answer. I'll be there."
        ),
        vec![Registration]
    );
    // Having forgotten to say something still adds to the registration.
    assert_eq!(
        reply("I forgot to mention that I'm vegetarian."),
        vec![Update]
    );
}

#[test]
fn the_substitute_taking_over_a_place_registers_and_cancels() {
    for text in [
        "Min kollega er syg. Jeg overtager hendes plads, hvis det er i orden.",
        "Per har sluttet hos oss, så jeg overtar plassen hans.",
        "Anna is on sick leave, so I'll take over her place.",
        "Jan zachorował, więc zajmę jego miejsce.",
    ] {
        assert_eq!(
            intents("Riga", text),
            vec![Registration, Cancellation],
            "{text}"
        );
    }
    // The place named first: "mano vietą užims kolega …".
    for text in [
        "Deja, negalėsiu atvykti – mano vietą užims kolegė Rūta Kazlauskienė (ruta@klasteris.lt).",
        "Niestety nie dam rady, moje miejsce zajmie kolega Piotr Nowak (piotr@klaster.pl).",
        "К сожалению, не смогу приехать, моё место займёт коллега Иван Петров (ivan@klaster.ru).",
    ] {
        assert_eq!(
            intents("Riga", text),
            vec![Registration, Cancellation],
            "{text}"
        );
    }
    // The sender prevented, a colleague coming instead.
    assert_eq!(
        intents(
            "Byte",
            "Jag har tyvärr fått förhinder. I stället kommer min kollega Eva Lind."
        ),
        vec![Registration, Cancellation]
    );
}

#[test]
fn asking_before_deciding_registers_nobody() {
    // The subject names a question; its registering word is the topic.
    assert_eq!(
        intents(
            "Вопрос об участии",
            "Подходит ли семинар для муниципальных служащих?"
        ),
        vec![Question]
    );
    assert_eq!(
        intents(
            "Question about participation",
            "Is the workshop free of charge?"
        ),
        vec![Question]
    );
    // "And can I …?" asks; it states no wish.
    assert_eq!(
        intents(
            "Küsimus",
            "Ja kas saab osaleda ainult teisel päeval, kui esimesel on mul koosolek?"
        ),
        vec![Question]
    );
    // "If so, I'll tell you about registering" promises; it registers nobody yet.
    assert_eq!(
        intents(
            "Viena diena?",
            "Ar galima dalyvauti tik pirmą dieną? Jei taip, apie registraciją pranešiu vėliau."
        ),
        vec![Question]
    );
}

#[test]
fn sending_something_to_the_reader_registers_nobody_but_sending_people_does() {
    for text in [
        "Zu Ihrem Geburtstag schicken wir Ihnen ein großes Paket mit guten Wünschen:",
        "Below we send you the draft agenda of our own Cluster Day:",
    ] {
        assert!(
            !intents("Hallo", text).contains(&Registration),
            "{text}: {:?}",
            intents("Hallo", text)
        );
    }
    assert!(
        intents(
            "Riga",
            "Jeg kan desværre ikke selv, men vi sender to fra sekretariatet: Anne Holm og Per Dahl."
        )
        .contains(&Registration)
    );
}
