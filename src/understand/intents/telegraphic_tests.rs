//! Saying yes without a word of registering ("I'll be" at the event, a short answer after the
//! event's name), negated Baltic modals in any form, participles that state a fact, names
//! taken off the list, places kept for someone: invented sentences in several of the region's
//! languages, none taken from the evaluation set or the probes.
use super::tests::intents;
use super::*;
use Intent::*;

#[test]
fn i_will_be_at_the_event_registers() {
    for text in [
        "labdien, būšu klāt abās dienās.",
        "Laba, forume būsime abu.",
        "Kommer til seminaret, vegetar.",
        "Будем на семинаре вдвоём, спасибо.",
        "Dobryj den, budem na forume vdvojom.",
        "Dzień dobry, będziemy na warsztatach w Rydze.",
        "Да, буду.",
        "Tak, będę.",
        "Jā, būšu.",
    ] {
        assert_eq!(intents("seminārs", text), vec![Registration], "{text}");
    }
}

#[test]
fn i_will_be_something_else_or_elsewhere_registers_nobody() {
    for text in [
        "Būšu pateicīga, ja atsūtīsiet programmu.",
        "Буду благодарна за ответ до 15.05.",
        "Będę wdzięczny za informację do 20.05.",
        "Jūnija sākumā būšu komandējumā Vācijā.",
        "Kommer du også til workshopen?",
    ] {
        assert!(!intents("Hello", text).contains(&Registration), "{text}");
    }
    // "I'll be in Vilnius on 2–3 June, so I can't come": the refusal next to it.
    assert_eq!(
        intents(
            "Seminaras",
            "Birželio 2-3 būsiu Vilniuje, todėl atvykti negalėsiu."
        ),
        vec![Cancellation]
    );
}

#[test]
fn a_short_answer_after_the_event_registers() {
    for text in [
        "Workshop 14.10: yes!",
        "Seminārs Rīgā – mani arī, lūdzu.",
        "Forum 14.10 - mich bitte auch.",
        "2.-3.6 seminar: me too please",
    ] {
        assert_eq!(intents("riga", text), vec![Registration], "{text}");
    }
    for text in [
        "Forum in Tallinn: count me out.",
        "Workshop 14.10: no.",
        "Seminar - yes, the topic is interesting for us.",
    ] {
        assert!(!intents("riga", text).contains(&Registration), "{text}");
    }
}

#[test]
fn negated_baltic_modals_refuse_in_every_form() {
    for text in [
        "Deja, šį kartą dalyvauti negalėsime.",
        "Diemžēl šoreiz piedalīties nevarēsim.",
        "Į seminarą atvykti negalėtume.",
    ] {
        assert!(
            !intents("Kvietimas", text).contains(&Registration),
            "{text}"
        );
    }
}

#[test]
fn being_registered_states_a_fact() {
    for text in [
        "Vi er tilmeldt to personer. Jeg vil gerne vide, hvor vi kan parkere.",
        "Vi er påmeldt, men hvem holder åpningsinnlegget?",
        "We are registered already; where is the dinner?",
    ] {
        assert_eq!(intents("Parkering", text), vec![Question], "{text}");
    }
}

#[test]
fn taking_someone_off_the_list_cancels() {
    for text in [
        "Bitte streichen Sie meinen Kollegen Jan Berg von der Teilnehmerliste.",
        "Please remove my colleague Tom Hill from the participant list.",
        "Пожалуйста, уберите мою коллегу из списка участников.",
        "Palun eemaldage minu kolleeg osalejate nimekirjast.",
    ] {
        assert_eq!(intents("Kollege", text), vec![Cancellation], "{text}");
    }
}

#[test]
fn a_place_kept_for_someone_registers() {
    for text in [
        "Meine Chefin bittet, ihr einen Platz im Seminar zu reservieren.",
        "Meie juhataja palus mul talle koht seminaril reserveerida.",
    ] {
        assert_eq!(intents("Platz", text), vec![Registration], "{text}");
    }
}

#[test]
fn gladness_before_a_condition_wishes() {
    for text in [
        "Wir würden uns freuen, wenn wir am Forum teilnehmen dürften.",
        "I would be glad if I could join the workshop in Riga.",
        "Es būtu ļoti priecīga, ja varētu piedalīties seminārā.",
        "Bardzo bym się cieszyła, gdybym mogła uczestniczyć w warsztatach.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // Not glad: the condition still waits.
    assert!(
        !intents("Workshop", "Ich frage mich, ob ich teilnehmen kann.").contains(&Registration)
    );
}

#[test]
fn a_place_wished_for_registers() {
    for text in [
        "Übrigens hätte ich gern einen Platz im Seminar.",
        "By the way, I'd love a seat at the workshop.",
        "Ja, och jag vill gärna ha en plats på seminariet.",
    ] {
        assert_eq!(intents("Hallo", text), vec![Registration], "{text}");
    }
    assert!(
        !intents("Hallo", "Ich hätte gern einen Parkplatz, gibt es einen?").contains(&Registration)
    );
}

#[test]
fn coming_in_someone_elses_place_substitutes() {
    for text in [
        "Our director cannot come, so I will come in her place.",
        "Unsere Geschäftsführerin ist verhindert; ich komme an ihrer Stelle.",
        "Johtajamme ei pääse, joten tulen hänen sijastaan.",
        "Директор не сможет, я приеду вместо него.",
    ] {
        assert_eq!(
            intents("Workshop", text),
            vec![Registration, Cancellation],
            "{text}"
        );
    }
}

#[test]
fn the_subject_carries_over_and() {
    for text in [
        "Jeg rejser til Tallinn og deltager i forummet.",
        "Jag reser till Riga och deltar båda dagarna.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
}

#[test]
fn a_condition_after_but_waits_and_a_date_range_ends_no_sentence() {
    for text in [
        "Pagaidām nepiesakos, bet ja darbnīca būs 14.–15. oktobrī, tad piedalīšos.",
        "I am not signing up yet, but if the forum is on 14-15 October, then I will attend.",
    ] {
        assert!(!intents("Datumi", text).contains(&Registration), "{text}");
    }
}

#[test]
fn who_comes_from_our_side_registers() {
    for text in [
        "Fra vår side kommer Siri Dahl og Per Holm.",
        "Von unserer Seite kommen Anna Graf und Tim Rau.",
        "Mina ise ei tule, aga meilt tulevad Kadri Kask ja Toomas Tamm.",
        "Z naszej strony przyjadą Anna Nowak i Piotr Lis.",
    ] {
        assert!(intents("Forum", text).contains(&Registration), "{text}");
    }
    assert!(
        !intents("Forum", "From our cluster Tom Hill can't come after all.")
            .contains(&Registration)
    );
}
