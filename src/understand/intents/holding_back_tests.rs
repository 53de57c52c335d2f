//! What holds a registration back or points elsewhere: a mailing list, someone's approval still
//! awaited, the reader invited; being there in person refused; a short "if so, put me in" and a
//! bare yes to places offered. Invented mails, none taken from the evaluation set.
use super::tests::intents;
use super::*;
use Intent::*;

#[test]
fn a_mailing_list_or_newsletter_is_not_the_participants_list() {
    for text in [
        "Please add me to your mailing list.",
        "Bitte nehmen Sie mich in Ihren Newsletter-Verteiler auf.",
        "Добавьте меня, пожалуйста, в рассылку.",
        "Lisage mind palun oma uudiskirja listi.",
        "Lisätkää minut uutiskirjeen postituslistalle.",
    ] {
        assert!(!intents("Hello", text).contains(&Registration), "{text}");
    }
    // Near-misses: the newsletter as a source, or the event named too.
    for text in [
        "I saw in your newsletter that places are left – please sign me up.",
        "Laut Ihrem Newsletter gibt es noch Plätze – dann tragen Sie mich bitte ein.",
        "Please register me for the workshop and add me to your newsletter.",
    ] {
        assert!(intents("Hello", text).contains(&Registration), "{text}");
    }
}

#[test]
fn a_request_after_someones_approval_still_awaited_registers_nobody() {
    for text in [
        "Wenn mein Chef zustimmt, setzen Sie mich bitte auf die Liste.",
        "If the budget allows, I'd like to join.",
        "If my manager approves the trip, please register me.",
        "Jei vadovas pritars, prašau mane užregistruoti.",
        "Если руководство одобрит, прошу меня зарегистрировать.",
        "Om min chef godkänner resan, anmäl mig gärna.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
    // Near-misses: the reader's agreement, a free place, "if so".
    for text in [
        "If you agree, please register me.",
        "If there is room, please register me.",
        "Falls noch Plätze frei sind, melden Sie mich bitte an.",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn the_reader_invited_in_a_question_registers_nobody() {
    for text in [
        "Would you like to join us for dinner?",
        "Do you want to join us at the cluster fair in May?",
        "Möchten Sie uns beim Abendessen begleiten?",
        "Хотите присоединиться к нам на ужин?",
    ] {
        assert!(!intents("Hello", text).contains(&Registration), "{text}");
    }
    // Near-misses: requests in the shape of a question.
    for text in [
        "Could you register me for the workshop?",
        "Would you please sign me up?",
        "Könnten Sie mich bitte anmelden?",
    ] {
        assert!(intents("Hello", text).contains(&Registration), "{text}");
    }
}

#[test]
fn being_there_in_person_refused_declines() {
    for text in [
        "Ich kann leider nicht vor Ort sein.",
        "Diemžēl nevarēšu būt klāt.",
        "Kahjuks ei saa ma kohal olla.",
        "Jag kan tyvärr inte vara på plats.",
        "Jeg kan desværre ikke være til stede.",
        "Niestety nie mogę być na miejscu.",
        "К сожалению, не смогу присутствовать лично.",
        "Deja, negalėsiu būti vietoje.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Cancellation], "{text}");
    }
    // Near-misses: being there said, or asked about.
    assert!(!intents("Workshop", "Ich werde vor Ort sein.").contains(&Cancellation));
    assert!(!intents("Workshop", "Muss man vor Ort sein?").contains(&Cancellation));
}

#[test]
fn if_so_put_me_in_registers_and_put_me_in_touch_does_not() {
    let got = intents("Riga", "Are there still places? If so, put me in.");
    assert!(got.contains(&Registration), "{got:?}");
    for text in [
        "Could you put me in touch with the speaker?",
        "Please put me in copy of the reply.",
    ] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
}

#[test]
fn a_bare_yes_to_places_offered_takes_one() {
    for (subject, text) in [
        ("Re: Only a few places left", "Yes, please."),
        ("Re: Pēdējās brīvās vietas", "Jā, lūdzu!"),
        ("SV: Några platser kvar", "Ja tack."),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
    // Near-misses: a yes to something else offered, or a yes that goes on to refuse.
    assert!(!intents("Re: Do you need a hotel?", "Yes, please.").contains(&Registration));
    assert!(
        !intents("Re: Only a few places left", "Yes, but I cannot come.").contains(&Registration)
    );
}

#[test]
fn weighing_it_or_unsure_whether_one_comes_registers_nobody() {
    for text in [
        "Jeg overvejer at deltage, men vil gerne vide, om workshoppen er for begyndere?",
        "Nie jestem pewna, czy zdołam przyjechać, a temat bardzo nas interesuje.",
        "I'm not sure whether I can come, but the topic interests us a lot.",
        "Ich bin nicht sicher, ob ich kommen kann.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
    // Near-misses: sure, or a wish that does not weigh.
    for text in [
        "Na pewno przyjadę, proszę mnie zapisać.",
        "Jeg vil gerne deltage, men vil gerne vide, om der er frokost?",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn whether_or_not_i_come_refuses_nothing() {
    for text in [
        "Whether or not I manage to come, please send me the slides.",
        "Ob ich kommen kann oder nicht, weiß ich noch nicht.",
    ] {
        assert!(!intents("Workshop", text).contains(&Cancellation), "{text}");
    }
    assert!(intents("Workshop", "I cannot come.").contains(&Cancellation));
}

#[test]
fn a_thought_for_the_programme_is_an_idea() {
    for text in [
        "A thought for the programme: it would be valuable to hear from a cluster that failed.",
        "Yksi ajatus ohjelmaan: olisi hyödyllistä kuulla rahoituksesta.",
        "Ein Gedanke zum Programm: ein Fall aus der Praxis wäre hilfreich.",
    ] {
        assert!(intents("Hello", text).contains(&Idea), "{text}");
    }
    // Near-miss: "thought" as a verb.
    let text = "I thought the programme looked great, please register me.";
    assert_eq!(intents("Hello", text), vec![Registration], "{text}");
}

#[test]
fn ideas_taken_home_or_suggestions_for_a_project_are_no_ideas() {
    for text in [
        "Tačiau norėtųsi pasisemti naujų idėjų. Registruojuosi į abi dienas.",
        "Опыт у нас есть, но новые идеи всегда пригодятся. Прошу меня зарегистрировать.",
        "Budjetti on liian suuri, ehdottaisin että siirretään 40 000 euroa työpakettiin 2.",
        "I'd suggest moving the travel budget to the second work package.",
    ] {
        assert!(!intents("Hello", text).contains(&Idea), "{text}");
    }
    // Near-miss: a session on budgets is a topic.
    let text = "I'd suggest a session on how clusters budget for trade missions.";
    assert!(intents("Hello", text).contains(&Idea), "{text}");
}

#[test]
fn a_colloquial_or_conditional_registration_in_passing_registers() {
    for text in [
        "Og så vil jeg lige benytte lejligheden til at melde mig til workshoppen i Riga.",
        "Ja vielä: ilmoittaisin itseni samalla kesäkuun työpajaan.",
    ] {
        assert_eq!(intents("Uutisia", text), vec![Registration], "{text}");
    }
}

#[test]
fn a_lone_verb_refused_after_a_comma_registers_nobody() {
    for text in [
        "Dalyvauti, deja, negalėsiu.",
        "Teilnehmen, leider, kann ich nicht.",
        "Приехать, к сожалению, не смогу.",
    ] {
        assert!(
            !intents("Seminaras", text).contains(&Registration),
            "{text}"
        );
    }
    // Near-miss: the lone verb, then someone else not coming.
    for text in [
        "Registruojuosi, kolega deja negalės.",
        "Registruojuosi, deja, kolega negalės.",
    ] {
        assert!(intents("Seminaras", text).contains(&Registration), "{text}");
    }
    // Nor a subject's registration over a colleague sent instead.
    let text = "Jeg kan desværre ikke selv komme, men jeg sender i stedet vores \
                projektkoordinator Ida Mikkelsen (ida@x.test).";
    assert!(
        intents("Tilmelding – jeg kan ikke selv", text).contains(&Registration),
        "{text}"
    );
}

#[test]
fn a_newsletter_in_any_inflection_deletes_nothing() {
    for text in [
        "Być może przyda się do Państwa newslettera.",
        "Napiszę o tym w naszym newsletterze.",
    ] {
        assert!(!intents("Relacja", text).contains(&Cancellation), "{text}");
    }
    assert!(intents("Afmelding", "Slet venligst min tilmelding.").contains(&Cancellation));
}

#[test]
fn one_of_the_remaining_places_reserved_registers() {
    let text = "Jā, lūdzu, rezervējiet vienu no atlikušajām vietām man.";
    assert_eq!(
        intents("Re: Pēdējās brīvās vietas", text),
        vec![Registration]
    );
}
