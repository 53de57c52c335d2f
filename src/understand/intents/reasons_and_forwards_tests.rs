//! Coming given as the reason for a question, gratitude that asks, an invitation passed on to
//! members, a registration sent before, a smiley between two sentences, a firm's offer in the
//! third person, and the event's place standing for the trip; a vendor that runs the
//! registration, a forward's note with the sender's own yes, a report's missing reference.
//! Invented mails in several of the region's languages, with near misses that must not change.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn coming_given_as_the_reason_for_a_question_registers() {
    for text in [
        "Since I plan to be at the workshop on both days, is there parking nearby?",
        "Da ich am 2./3. Juni ohnehin in Riga bin, wollte ich fragen, ob es ein Abendessen gibt.",
        "Nu hvor jeg alligevel skal til jeres workshop, vil jeg høre om der er frokost?",
        "Eftersom jag ändå ska till er workshop undrar jag om det finns wifi?",
        "Tā kā plānoju būt abās semināra dienās, gribēju pajautāt – vai būs pusdienas?",
        "Ponieważ planuję być na warsztatach, chciałbym zapytać, czy będzie obiad?",
        "Так как я планирую быть на семинаре, хотел уточнить – будет ли обед?",
    ] {
        assert_eq!(
            intents("Parking", text),
            vec![Registration, Question],
            "{text}"
        );
    }
    // Registered already, someone else coming, not coming: the question alone.
    for text in [
        "Since I am registered for the workshop, is there parking nearby?",
        "Since my colleague will be at the workshop, is there parking nearby?",
        "Since I can't be at the workshop, will the slides be shared?",
        "Da ich am 2./3. Juni nicht in Riga bin, wollte ich fragen, ob es Folien gibt.",
    ] {
        assert_eq!(intents("Parking", text), vec![Question], "{text}");
    }
    // A registered participant's reason registers nobody anew.
    let text = "Since I will be at the workshop on both days, is there parking nearby?";
    assert_eq!(reply(text), vec![Question]);
}

#[test]
fn gratitude_before_a_request_asks_like_gladness() {
    for text in [
        "I would be grateful if you could book me a seat at the workshop.",
        "Ich wäre Ihnen dankbar, wenn Sie mich anmelden könnten.",
        "Jag vore tacksam om ni kunde anmäla mig.",
        "Olisin kiitollinen, jos voisitte varata minulle paikan.",
        "Būšu pateicīga, ja mani reģistrēsiet semināram.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // Gratitude for an answer about registering asks nothing of the kind.
    let text = "I would be grateful if you could tell me whether I need to register.";
    assert!(!intents("Workshop", text).contains(&Registration));
}

#[test]
fn an_invitation_passed_on_to_members_registers_nobody() {
    for text in [
        "Zur Info die Einladung. Wer mitfahren möchte, meldet sich bitte direkt beim Veranstalter \
         an.",
        "Se invitationen nedenfor. Tilmelding sker direkte hos arrangøren.",
        "Den som vill delta anmäler sig direkt till arrangören.",
        "Norintys dalyvauti registruojasi patys.",
        "Osoby zainteresowane zapisują się same u organizatora.",
        "Anyone who wants to go registers with the organisers directly.",
    ] {
        assert_eq!(intents("Invitation", text), vec![], "{text}");
    }
    // The sender among them, or "whoever" beside the sender's own registration.
    for text in [
        "Wer sonst noch kommt, weiß ich nicht, aber ich melde mich hiermit an.",
        "Den som vill kan följa med; jag anmäler mig härmed.",
    ] {
        assert_eq!(intents("Invitation", text), vec![Registration], "{text}");
    }
}

#[test]
fn a_registration_sent_before_is_asked_about_not_made_again() {
    for text in [
        "I sent the registration form last week and heard nothing. Did it arrive?",
        "Saatsin eelmisel nädalal registreerimise, aga kinnitust pole. Kas kõik on korras?",
        "Tydzień temu wysłałem zgłoszenie, ale nie mam potwierdzenia. Czy wszystko dobrze?",
        "Lähetin ilmoittautumisen viikko sitten, mutta vahvistusta ei tullut. Onko kaikki hyvin?",
    ] {
        assert_eq!(intents("Registration", text), vec![Question], "{text}");
    }
    // Under a subject that names the registration, too.
    let text = "I sent my registration two weeks ago but got no confirmation. Is all well?";
    assert_eq!(intents("Registration", text), vec![Question]);
    // Sending it now registers.
    let text = "I'm sending my registration for the workshop: please register me.";
    assert_eq!(intents("Registration", text), vec![Registration]);
}

#[test]
fn a_smiley_ends_a_sentence() {
    for text in [
        "Oczywiście, że będę, nie odpuszczę 🙂 Dopisz mnie do listy.",
        "Конечно, буду, такое не пропускаю 😊 Запиши меня в список.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
    // A smiley after a refusal leaves it a refusal.
    let text = "Ich schaffe es leider nicht nach Riga 🙁 Vielleicht nächstes Mal.";
    assert!(!intents("Riga", text).contains(&Registration));
}

#[test]
fn planning_the_sender_in_registers() {
    for text in [
        "Für Riga kannst du mich fest einplanen.",
        "Bitte merken Sie mich vor.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
    // Planning something else in is no registration.
    let text = "Bitte planen Sie genug Zeit für Fragen ein.";
    assert!(!intents("Riga", text).contains(&Registration));
}

#[test]
fn a_firm_offering_its_services_in_the_third_person_proposes_nothing() {
    for text in [
        "Наше бюро предлагает услуги перевода для вашего семинара, скидка 10 % до мая.",
        "Galime pasiūlyti renginio fotografavimą už specialią kainą.",
    ] {
        assert!(!intents("Offer", text).contains(&Idea), "{text}");
    }
}

#[test]
fn the_events_place_falling_through_cancels_a_registration() {
    let places = ["Riga", "Rīga", "Riia"].map(String::from);
    let ack = Some("Re: You are registered");
    for text in [
        "Riga is off for me this time, I'm afraid – the board needs me at home.",
        "Diemžēl Rīga man šoreiz atkrīt.",
        "Riga får tyvärr klara sig utan mig i år.",
    ] {
        assert_eq!(
            detect_at(ack, text, true, &places).intents,
            vec![Cancellation],
            "{text}"
        );
        // Without the place configured, or in a first mail, nothing is cancelled.
        assert!(
            !detect_at(ack, text, true, &[])
                .intents
                .contains(&Cancellation)
        );
        let first = detect_at(Some("Riga"), text, false, &places);
        assert!(!first.intents.contains(&Cancellation), "{text}");
    }
    // Another city off, the event's city still on.
    let text = "Tallinn is off for me, but Riga stays.";
    assert!(
        !detect_at(ack, text, true, &places)
            .intents
            .contains(&Cancellation)
    );
}

#[test]
fn a_vendor_that_runs_the_registration_registers_nobody() {
    let text = "Pakume konverentsile tõlketeenust. Registreerimise saame teha ka meie kaudu. \
                Saadame hea meelega hinnapakkumise.";
    let found = intents("Pakkumine", text);
    assert!(!found.contains(&Registration), "{found:?}");
    // A person who registers in the same mail is still registered.
    let text = "Oferujemy catering z rabatem. Proszę też zapisać mnie na warsztaty.";
    assert!(intents("Oferta", text).contains(&Registration));
}

#[test]
fn a_forward_note_with_the_senders_own_yes_registers() {
    let text = "Jeg sender den videre til jer selv – ja, jeg vil gerne med!";
    assert_eq!(
        intents("VS: Invitation til konference", text),
        vec![Registration]
    );
}

#[test]
fn a_reference_missing_in_a_report_cancels_nothing() {
    let text = "Pielikumā trūkst atsauces uz līgumu, lūdzu, izlabo.";
    assert!(!intents("Atskaite", text).contains(&Cancellation));
}
