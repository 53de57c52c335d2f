//! Kinds met in the ninth and tenth writers' mail (invented sentences, none taken from the
//! evaluation set): indirect questions without a question mark, a question only in the
//! subject, removing and deleting registrations, answers that stay open, people who will
//! register themselves, days struck off, corrections of what was written at registration.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn an_indirect_question_in_running_prose_asks_and_registers_nobody() {
    for text in [
        "Wir wüssten gern, ob auch Studierende sinnvoll teilnehmen können.",
        "I was wondering whether people from member companies can take part as well.",
        "Zastanawiam się, czy można przyjechać tylko na pierwszy dzień.",
        "Gribējām uzzināt, vai darbnīcā drīkst piedalīties arī studenti.",
        "Хотелось бы понять, можно ли участвовать вдвоём.",
        "Sooviksime teada, kas üritusel saab osaleda ka üliõpilane.",
        "Es wäre hilfreich zu erfahren, ob die Vorträge aufgezeichnet werden.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Question], "{text}");
    }
}

#[test]
fn list_items_that_open_with_a_word_of_asking_are_questions() {
    for text in [
        "Norime sužinoti porą dalykų:\n1) ar renginys mokamas;\n2) ar galima atvykti trims žmonėms.",
        "Kilka pytań:\n1) czy udział jest płatny;\n2) czy można przyjechać we trzech.",
        "Paar küsimust:\n- kas osalemine on tasuline;\n- kas võib tulla kolm inimest.",
    ] {
        assert_eq!(intents("Forum", text), vec![Question], "{text}");
    }
}

#[test]
fn latvian_ar_and_a_negated_knowing_ask_nothing() {
    assert_eq!(
        intents(
            "Seminārs",
            "Ar šo apliecinu, ka piedalīšos darbnīcā abas dienas."
        ),
        vec![Registration]
    );
    assert!(!intents("Seminārs", "Ar eksportu strādājam jau piecus gadus.").contains(&Question));
    assert!(!reply("Lūdzu turpmāk sazināties ar mani pa jauno tālruni.").contains(&Question));
    assert!(
        !intents(
            "Workshop",
            "I don't know whether I can come, I'll let you know in May."
        )
        .contains(&Question)
    );
}

#[test]
fn a_question_only_in_the_subject_is_asked() {
    for (subject, body) in [
        ("Ist das Mittagessen inbegriffen?", "Danke und Gruß"),
        ("Is there a dress code for the dinner?", "Thanks!"),
        ("Czy będzie tłumaczenie na angielski?", "Dziękuję"),
        ("Blir det servert middag begge dager?", "Takk!"),
    ] {
        assert_eq!(intents(subject, body), vec![Question], "{subject}");
    }
    // A body that asks for something answers for itself.
    assert_eq!(
        intents("Registration?", "Please register me for both days."),
        vec![Registration]
    );
}

#[test]
fn removing_from_the_list_and_withdrawing_participation_cancel() {
    for text in [
        "Lūdzu, izņemiet mani no saraksta, jo tajās dienās būšu komandējumā.",
        "Diemžēl savu dalību jāatsauc.",
        "Please remove us from the list, we can't make it after all.",
        "Уберите меня, пожалуйста, из списка участников.",
        "Palun eemaldage mind nimekirjast.",
        "Jeg må desværre melde fra til workshoppen.",
    ] {
        assert_eq!(reply(text), vec![Cancellation], "{text}");
    }
}

#[test]
fn asking_to_delete_a_registration_cancels_it() {
    for text in [
        "Bitte löschen Sie meine zweite Anmeldung, die über die private Adresse kam.",
        "Please delete the duplicate registration I sent from my private address.",
        "Удалите, пожалуйста, мою повторную регистрацию.",
        "Radera gärna den dubbla anmälan från min privata adress.",
    ] {
        assert_eq!(intents("Anmeldung", text), vec![Cancellation], "{text}");
    }
    // Deleting something else is no cancellation.
    assert!(!intents("Workshop", "Please delete my old phone number.").contains(&Cancellation));
}

#[test]
fn a_wish_set_against_but_it_depends_stays_open() {
    for text in [
        "We would love to come with two people, but it all depends on whether the project pays for the trip.",
        "Wir würden gern zu zweit kommen, aber es hängt davon ab, ob das Projekt die Reise bezahlt.",
        "Chętnie byśmy przyjechali, ale wszystko zależy od tego, czy dostaniemy środki.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
    assert_eq!(
        intents(
            "Workshop",
            "Please register me; whether I stay for dinner depends on my train."
        ),
        vec![Registration]
    );
}

#[test]
fn not_yet_confirming_participation_cancels_nothing() {
    for text in [
        "Пока не могу подтвердить своё участие.",
        "Pagaidām nevaru apstiprināt savu dalību.",
        "Na razie nie mogę potwierdzić udziału.",
    ] {
        assert!(!intents("Seminārs", text).contains(&Cancellation), "{text}");
    }
}

#[test]
fn someone_who_will_register_themselves_is_not_registered_by_this_mail() {
    for text in [
        "Our new project manager would love to attend and will write to you herself next week.",
        "Наша новая коллега очень хотела бы поехать и напишет вам сама.",
        "Uusi kollegamme haluaisi tulla mukaan ja ilmoittautuu itse.",
        "Mein Kollege möchte gern teilnehmen und meldet sich selbst bei Ihnen.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn a_day_struck_off_without_a_verb_of_coming_updates_in_a_reply() {
    for text in [
        "Am zweiten Tag kann ich leider nicht, am ersten bin ich dabei.",
        "The second day I can't, sorry – the first day I'll be there.",
        "W drugi dzień niestety nie mogę, w pierwszy będę.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}

#[test]
fn keeping_one_day_after_saying_one_registered_updates() {
    for text in [
        "I have registered for both days, but I can only come on the first day.",
        "Olen registreerunud mõlemaks päevaks, kuid tulen ainult esimesel päeval.",
        "Olen ilmoittautunut molemmille päiville, mutta pääsen vain ensimmäisenä päivänä.",
    ] {
        assert_eq!(intents("Muudatus", text), vec![Update], "{text}");
    }
}

#[test]
fn what_was_written_of_a_field_at_registration_is_corrected_in_a_reply() {
    for text in [
        "Da jeg meldte meg på, skrev jeg at vi er nybegynnere. Det stemmer ikke helt.",
        "When I signed up I wrote that we have no experience, which was too modest.",
        "Bei der Anmeldung hatte ich geschrieben, dass wir Anfänger sind – das stimmt so nicht.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    // Writing something else is no correction.
    assert!(
        !reply("Jeg har skrevet to slike rapporter og deler gjerne erfaringene.").contains(&Update)
    );
}

#[test]
fn asking_whether_someone_may_come_instead_of_me_is_a_question() {
    for text in [
        "Czy kolega z zarządu mógłby pojechać zamiast mnie?",
        "Может ли вместо меня приехать коллега из отдела?",
    ] {
        assert_eq!(intents("Warsztaty", text), vec![Question], "{text}");
    }
}

#[test]
fn no_longer_working_somewhere_corrects_in_a_reply() {
    for text in [
        "Vairs nestrādāju klasterī, esmu pārgājusi uz asociāciju.",
        "Nebedirbu klasteryje, dabar dirbu asociacijoje.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}
