//! Ideas from people who cannot come, mail that leaves a list or passes an invitation on,
//! vendors' offers, and what a registered sender adds in a reply (a diet, a new employer, a
//! colleague, the invitation's date echoed). Invented mails, none taken from the evaluation
//! set.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn an_idea_after_a_colon_from_someone_who_cannot_come_is_the_idea() {
    for text in [
        "Jeg kan desværre ikke deltage, men en ide: lad to klynger fortælle om et fælles \
         eksportkontor.",
        "Jeg rekker dessverre ikke turen, men en ide: inviter en bank som forteller om \
         eksportfinansiering.",
        "En valitettavasti pääse mukaan, mutta yksi ajatus: pyytäkää pari yritystä kertomaan \
         omista vientikokemuksistaan.",
        "Niestety nie przyjadę, ale mam sugestię: zaproście kogoś z banku, kto opowie o \
         finansowaniu eksportu.",
        "Niestety nie dam rady przyjechać, ale podsuwam temat do dyskusji: jak klastry mogą \
         wspólnie zatrudnić przedstawiciela w Niemczech.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Idea], "{text}");
    }
}

#[test]
fn what_one_would_have_done_registers_nobody() {
    for text in [
        "Es ļoti labprāt būtu atbraucis, bet tajās dienās esmu komandējumā.",
        "Labai mielai būčiau atvykusi, bet tuo metu atostogauju.",
        "Oleksin tulnud, aga mul on samal ajal nõukogu koosolek.",
    ] {
        assert!(!intents("Seminārs", text).contains(&Registration), "{text}");
    }
}

#[test]
fn asking_to_be_sent_no_more_mail_cancels_nothing() {
    for (subject, text) in [
        (
            "Atsisakyti naujienų",
            "Prašau daugiau nebesiųsti man laiškų apie renginius. Ačiū.",
        ),
        (
            "Unsubscribe",
            "Please stop sending me e-mails about your events.",
        ),
        (
            "Отписаться",
            "Пожалуйста, больше не присылайте мне писем о мероприятиях.",
        ),
        (
            "Atrakstīties",
            "Lūdzu, izņemiet manu adresi no jūsu e-pasta saraksta.",
        ),
    ] {
        assert_eq!(intents(subject, text), vec![], "{text}");
    }
    // Cancelling the registration is still a cancellation.
    assert_eq!(
        intents("Atsaukums", "Lūdzu, izņemiet mani no dalībnieku saraksta."),
        vec![Cancellation]
    );
}

#[test]
fn asking_a_colleague_in_polish_whether_a_forward_interests_them_asks_nothing() {
    let text = "Tomku, może Cię to zainteresuje? Jeśli tak, zapisz się sam.";
    let found = intents("Fwd: Zaproszenie na warsztaty", text);
    assert!(!found.contains(&Question), "{found:?}");
}

#[test]
fn renting_out_equipment_to_the_event_is_a_sales_offer() {
    for text in [
        "Предлагаем аренду проекторов и микрофонов для вашего семинара. Смету пришлём завтра.",
        "We offer rental of stage lighting for your workshop, delivered to the venue.",
    ] {
        assert_eq!(intents("Equipment", text), vec![], "{text}");
    }
}

#[test]
fn a_diet_alone_in_a_reply_updates_the_registration() {
    for text in [
        "Kiitos! Olen muuten vegaani.\n\nAnna\n",
        "Paldies! Starp citu, esmu vegāns.\n\nJānis\n",
        "Спасибо! Кстати, я веганка.\n\nОльга\n",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}

#[test]
fn working_elsewhere_since_a_date_in_a_reply_updates_the_registration() {
    for text in [
        "Kopš 1. aprīļa strādāju citur, lūdzu, uz kartītes rakstiet jauno organizāciju.",
        "Since 1 April I work for the regional development agency, please put it on my badge.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    // In a first mail, how long one has worked there introduces the sender.
    let text = "Работаю в кластере с прошлой осени. Прошу зарегистрировать меня на семинар.";
    assert_eq!(intents("Регистрация", text), vec![Registration]);
}

#[test]
fn asking_whether_a_colleague_may_be_added_registers_the_colleague() {
    for text in [
        "Aitäh! Kas saaks lisada ka kolleegi Kati Tamme (kati.tamm@example.ee)? Ta tuleb koos \
         minuga.",
        "Спасибо! Можно добавить ещё моего коллегу Игоря Белова (igor.belov@example.lv)?",
        "Thanks! Can I add my colleague Tom Hale (tom.hale@example.org)?",
    ] {
        assert_eq!(reply(text), vec![Registration], "{text}");
    }
}

#[test]
fn the_invitations_date_echoed_before_a_registration_asks_nothing() {
    for text in [
        "Riga in June? Count me in – please register me!",
        "Ryga w czerwcu? Oczywiście – proszę mnie zapisać!",
        "Рига в июне? Конечно – прошу зарегистрировать меня!",
    ] {
        assert_eq!(
            intents("Re: Invitation", text),
            vec![Registration],
            "{text}"
        );
    }
    // A real short question stays one.
    let text = "Please register me. Is lunch included?";
    assert_eq!(intents("Registration", text), vec![Registration, Question]);
}

#[test]
fn a_request_in_question_form_to_write_a_field_in_a_reply_updates_the_record() {
    for text in [
        "Hej, kan ni skriva mitt efternamn med å? Det blev fel i formuläret.",
        "Kan dere skrive organisasjonen som «Helse Nord» på skiltet?",
        "Could you put my surname with the umlaut on the badge?",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    // "kan i" opens a request; "kan ikke" does not.
    let text = "Kan I sende mig programmet?";
    assert_eq!(reply(text), vec![Question]);
}

#[test]
fn coming_that_will_not_work_out_registers_nobody() {
    for (subject, text) in [
        (
            "Seminārs",
            "Paldies par ielūgumu, bet uz Rīgu atbraukt šoreiz nesanāks.",
        ),
        (
            "Семинар",
            "Приехать на семинар у меня, к сожалению, не получится.",
        ),
        (
            "Seminarium",
            "Dojechać na warsztaty w tym terminie niestety mi się nie uda.",
        ),
        ("Seminaras", "Atvažiuoti į seminarą, deja, nepavyks."),
    ] {
        assert!(!intents(subject, text).contains(&Registration), "{text}");
    }
    // Coming, with a part of it refused, still comes.
    let text = "Przyjadę na warsztaty, niestety, nie zostanę na kolacji.";
    assert!(intents("Warsztaty", text).contains(&Registration), "{text}");
}
