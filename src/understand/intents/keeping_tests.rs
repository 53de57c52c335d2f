//! Yeses without a word of registering: asking to keep or note a place, a gratitude that asks
//! ("Jag skulle uppskatta om …", "Jeg ville sætte pris på, hvis …"), set phrases of not
//! missing it or not needing to be asked twice, a place asked for after a yes whose event only
//! the subject names, "still room? in that case …", and a colleague going while the sender
//! stays home. Invented examples, none taken from a probe or the evaluation set.
use super::tests::intents;
use super::*;
use Intent::*;

#[test]
fn asking_to_keep_or_note_a_place_registers_in_every_language() {
    for (subject, text) in [
        (
            "Konferenz",
            "Könnten Sie bitte einen Platz für mich freihalten?",
        ),
        (
            "Konferenz",
            "Wir wären Ihnen dankbar, wenn Sie mich für beide Tage vormerken würden.",
        ),
        (
            "Conference",
            "Would you keep me a seat at the conference, please?",
        ),
        ("Conference", "Please keep a place for me on both days."),
        ("Konferensen", "Håll gärna en plats åt mig på konferensen."),
        (
            "Konferencen",
            "Vil I holde en plads til mig på konferencen?",
        ),
        ("Konferansen", "Kan dere holde av en plass til meg?"),
        (
            "Konferenssi",
            "Pitäkää minulle paikka konferenssissa, kiitos.",
        ),
        ("Konference", "Lūdzu, paredziet man vietu konferencē."),
        ("Konverents", "Palun hoidke mulle konverentsil üks koht."),
        ("Konferencija", "Prašau palikite man vietą konferencijoje."),
        (
            "Konferencja",
            "Proszę zatrzymać dla mnie miejsce na konferencji.",
        ),
        (
            "Конференция",
            "Оставьте, пожалуйста, за мной место на конференции.",
        ),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
    // A place kept for something else is no place for the sender.
    assert!(
        !intents("Konference", "Programmā paredzēta vieta diskusijām.").contains(&Registration)
    );
}

#[test]
fn gratitude_before_a_condition_asks_in_swedish_danish_and_norwegian() {
    for text in [
        "Vi skulle uppskatta om ni kunde boka in oss på konferensen.",
        "Jeg ville sætte pris på, hvis I ville notere mig som deltager.",
        "Jeg hadde satt stor pris på om dere kunne sette meg opp på lista.",
    ] {
        assert_eq!(intents("Konferansen", text), vec![Registration], "{text}");
    }
}

#[test]
fn set_phrases_of_not_missing_it_and_being_in_register() {
    for text in [
        "Das will ich nicht verpassen.",
        "I wouldn't miss it for anything.",
        "Det här vill vi inte missa.",
        "Det vil jeg ikke gå glip af.",
        "Det går jeg ikke glipp av.",
        "Tätä en halua missata.",
        "Šo nepalaidīšu garām.",
        "Tokios progos nepraleisime.",
        "Seda ei taha maha magada.",
        "Tego nie przegapię.",
        "Это я не пропущу.",
        "You don't have to ask me twice.",
        "Ei tarvitse pyytää kahdesti.",
        "Nie trzeba mnie dwa razy prosić.",
        "Дважды просить не надо.",
        "Wir sind mit von der Partie.",
        "Invitationen tager jeg imod med glæde.",
        "Inbjudan tar jag gärna emot.",
        "Noter meg på begge dagene.",
        "Notieren Sie mich bitte für den ersten Tag.",
        "Mus galite drąsiai skaičiuoti.",
        "Arvestage minuga!",
    ] {
        assert_eq!(intents("Forum", text), vec![Registration], "{text}");
    }
    // Missing something else is a reason not to come; "twice" of a registration corrects.
    let board = intents(
        "Forum",
        "I can't miss the board meeting that week, so I won't come.",
    );
    assert!(!board.contains(&Registration), "{board:?}");
    let twice = intents("Forum", "I registered twice by mistake, please delete one.");
    assert!(!twice.contains(&Registration), "{twice:?}");
}

#[test]
fn a_yes_with_a_place_for_the_sender_registers_under_a_subject_that_names_the_event() {
    for (subject, text) in [
        (
            "Konferansen i Bergen",
            "Ja takk, én plass til meg på konferansen.",
        ),
        ("Konferensen i Malmö", "Ja tack, en plats åt mig."),
        ("Konferencen", "Ja tak, én plads til mig."),
        ("Konferenssi", "Kyllä kiitos, yksi paikka minulle."),
        ("Conference", "Yes please, one seat for me."),
        ("Konferenz", "Ja bitte, einen Platz für mich."),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
    for text in [
        "Riga is a special place for me.",
        "Unfortunately there is no place for me this time.",
        "Yes, one place for my colleague please.",
    ] {
        assert!(
            !intents("Conference", text).contains(&Registration),
            "{text}"
        );
    }
}

#[test]
fn a_condition_that_repeats_the_few_places_leaves_the_request_standing() {
    let text = "Kui kohti on vähe, siis üks palun minule.";
    assert_eq!(intents("Re: Kohti on vähe järel", text), vec![Registration]);
    let text = "If my boss agrees, one for me please.";
    assert!(!intents("Re: Only a few places left", text).contains(&Registration));
}

#[test]
fn still_room_then_in_that_case_registers() {
    for text in [
        "Er det fremdeles ledige plasser? I så fall vil jeg gjerne ha en.",
        "Er der stadig ledige pladser? I så fald vil jeg gerne deltage.",
    ] {
        let found = intents("Ledige plasser?", text);
        assert!(found.contains(&Registration), "{text}: {found:?}");
    }
    // In that case, a question of price registers nobody.
    let text = "Er det fremdeles ledige plasser? I så fall vil jeg gjerne vite prisen.";
    assert!(!intents("Ledige plasser?", text).contains(&Registration));
}

#[test]
fn a_colleague_going_while_the_sender_stays_home_registers() {
    for text in [
        "Ich selbst bin leider verhindert, aber mein Kollege Jonas Wirth fährt für uns hin.",
        "Jeg kan desværre ikke selv, men vores konsulent Mette Holm rejser derover.",
        "Jeg blir dessverre hjemme, men kollegaen min Kari Lund reiser for oss.",
        "Jag kan tyvärr inte själv, men min kollega Anna Berg åker för oss.",
        "En itse valitettavasti pääse, mutta kollegani Aino Koski lähtee edustamaan meitä.",
    ] {
        let found = intents("Konferenz", text);
        assert!(found.contains(&Registration), "{text}: {found:?}");
    }
    // A colleague's trip as the reason the sender cannot come sends nobody.
    let text = "Wir können leider nicht, weil unser Kollege in der Woche nach Brüssel fährt.";
    assert!(!intents("Konferenz", text).contains(&Registration));
}

#[test]
fn holding_a_seat_or_chair_in_new_words_registers_also_asked_politely() {
    for (subject, text) in [
        ("Forum", "Could you earmark a seat for me at the forum?"),
        ("Forum", "May I ask you to set aside a chair for me?"),
        ("Forumet", "Må jeg bede jer holde en stol fri til mig?"),
        ("Forumet", "Kan dere holde av et sete til meg?"),
        ("Foorumi", "Voisitteko pitää minulle tuolin foorumissa?"),
        ("Foorum", "Kas saaksite mulle ühe tooli kinni panna?"),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
    // Not a place held for the sender: "must I book the hotel myself?".
    assert_eq!(
        intents("Forumet", "Må jeg booke hotellet selv?"),
        vec![Question]
    );
}

#[test]
fn a_sender_wishing_to_come_or_putting_themselves_down_registers() {
    for (subject, text) in [
        (
            "Forum in Tallinn",
            "I would very much like to be part of it.",
        ),
        ("Forum i Tallinn", "jeg tager gerne til tallinn begge dage"),
        ("Forum i Tallinn", "jag aker garna till tallinn"),
        ("Foorumi Tallinnassa", "Haluaisin mielelläni olla mukana."),
        ("Форум в Таллине", "Меня тоже впишите, пожалуйста."),
        ("Forumas Taline", "Mane irgi įtraukite."),
        ("Foorum Tallinnas", "Paneksin ka end kirja."),
        ("Forum w Tallinnie", "I ja się piszę."),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
    for (subject, text) in [
        (
            "Forum",
            "I'd be glad to answer any questions about our cluster.",
        ),
        ("Forum", "I would not like to travel alone."),
        ("Forum", "Last year I was delighted to be part of it."),
    ] {
        assert!(!intents(subject, text).contains(&Registration), "{text}");
    }
}

#[test]
fn staking_a_claim_to_a_place_registers_even_as_a_question() {
    for (subject, text) in [
        (
            "Conference",
            "Could you keep a seat warm for me at the conference?",
        ),
        (
            "Konferencja",
            "Czy mogłabym zaklepać jedno miejsce na konferencji?",
        ),
        (
            "Конференция",
            "Можно застолбить одно место на конференции для меня?",
        ),
        (
            "Konferencija",
            "Norėčiau užsitikrinti vietą konferencijoje.",
        ),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
}

#[test]
fn a_request_after_a_condition_of_arriving_in_time_registers() {
    for (subject, text) in [
        (
            "Day 2",
            "If the night train arrives in time, then count me in for the second day.",
        ),
        (
            "Teine päev",
            "Kui rong jõuab ajaks, siis teisel päeval arvestage minuga.",
        ),
        (
            "Второй день",
            "Если поезд придёт вовремя, то на второй день рассчитывайте на меня.",
        ),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
    // A condition the sender still has to decide holds the request back.
    assert!(
        intents(
            "Teine päev",
            "Kui ülemus lubab, siis teisel päeval arvestage minuga."
        )
        .is_empty()
    );
}
