//! Weighing before deciding, reported registrations, questions of fit and obligation, a
//! subject that names a fee, vendors' pitches and a reader asked to recommend: invented
//! sentences in the region's languages, none taken from the evaluation set or the probes.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn a_sentence_that_weighs_taking_part_registers_nobody() {
    for text in [
        "Is lunch included? That decides whether I come along.",
        "Gibt es eine Simultanübersetzung? Davon hängt ab, wer von uns fährt.",
        "Onko ohjelmassa käytännön esimerkkejä? Muutamat jäsenemme miettivät osallistumista.",
        "Vai būs tulkojums? No tā atkarīgs, kurš no mums brauks.",
        "Kas õhtusöök on hinnas? Siis mõtlen osalemisele.",
        "Будет ли перевод? Тогда подумаю о регистрации.",
        "Czy będzie parking? Zastanawiam się nad udziałem.",
        "Findes der parkering? Det afgør, om jeg kan tage med.",
        "Pagaidām vēl domāju, vai braukt. Kāda ir programma?",
        "Ist die Teilnahme kostenlos? Falls ja, melde ich mich an, falls nicht, muss ich erst fragen.",
    ] {
        assert!(!intents("Frage", text).contains(&Registration), "{text}");
    }
    // A request decides; thinking that one comes says yes.
    for text in [
        "Please register me, the hotel depends on the price.",
        "Domāju, ka braukšu. Lūdzu, reģistrējiet mani.",
        "Lūdzu pierakstiet mani, domāju, ka būs interesanti.",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn what_someone_else_said_about_registering_is_reported() {
    for text in [
        "Min kollega sa att hon anmält oss båda. Står jag på listan?",
        "Esimieheni sanoi ilmoittavansa meidät molemmat. Tuliko ilmoittautuminen?",
        "Шеф сказал, что зарегистрирует нас обоих. Я есть в списке?",
        "My manager told me she registered us both. Am I on the list?",
    ] {
        assert!(!intents("List", text).contains(&Registration), "{text}");
    }
    // What someone said in a clause of its own leaves the request standing.
    for text in [
        "Inga sakė, kad vietų dar yra, tai – užregistruokite mane.",
        "She said there are places left, so please sign me up.",
        "Vadītājs teica jā, tāpēc piesakos.",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn whether_the_event_suits_the_sender_or_whether_they_must_register_asks() {
    for text in [
        "Giver det mening for os at deltage som lille forening?",
        "Kas seminar sobib ka alustavale klastrile?",
        "Подойдёт ли семинар для нас, если мы только начинаем?",
        "Czy warto, żebyśmy przyjechali, skoro dopiero zaczynamy?",
        "Kas mind tuleb eraldi registreerida või piisab kolleegi kirjast?",
        "Does it make sense for us to take part as a small network?",
    ] {
        assert_eq!(intents("Frage", text), vec![Question], "{text}");
    }
    // A request asked as a question stays a request.
    assert!(intents("Workshop", "Could you register me for both days?").contains(&Registration));
}

#[test]
fn a_subject_that_names_a_fee_or_a_certificate_is_a_questions_topic() {
    for subject in [
        "Opłata za udział",
        "Deltagerbevis",
        "Teilnahmegebühr",
        "Fee for participation",
        "Стоимость участия",
    ] {
        let found = intents(subject, "Hello, will the workshop have an interpreter?");
        assert_eq!(found, vec![Question], "{subject}");
    }
    // A subject of registering still registers.
    assert_eq!(
        intents("Registration", "Jane Doe, Baltic Wood Cluster, Latvia."),
        vec![Registration]
    );
}

#[test]
fn a_vendors_pitch_is_neither_a_registration_nor_an_idea() {
    for text in [
        "Our app handles registration and badges for events like yours. We would gladly set up a free demo.",
        "UAB „Keliai“ siūlo autobusą seminaro dalyviams. Kaina vienam keleiviui – 40 EUR.",
        "Бюро «Слово» предлагает синхронный перевод. Пришлём наш прайс.",
        "Vi er et bureau og kan tilbyde jeres deltagere hotel til 10 % under dagspris.",
    ] {
        let found = intents("Offer", text);
        assert!(
            !found.contains(&Registration) && !found.contains(&Idea),
            "{text}"
        );
    }
}

#[test]
fn a_reader_asked_to_recommend_gets_no_idea() {
    for text in [
        "Vai varat ieteikt kādu viesnīcu netālu?",
        "Ar galite rekomenduoti viešbutį netoli?",
        "Sveikiname su puikia idėja surengti tokį seminarą.",
    ] {
        assert!(!intents("Viesnīca", text).contains(&Idea), "{text}");
    }
    // The sender's own suggestion stays one.
    assert!(intents("Idea", "Es gribētu ieteikt tēmu: kopīgi stendi izstādēs.").contains(&Idea));
}

#[test]
fn others_who_may_register_on_their_own_register_nobody() {
    for text in [
        "Sendte invitationen videre til medlemmerne, forhåbentlig tilmelder nogle sig.",
        "Kutse on liikmetele edasi saadetud, loodetavasti mõned registreeruvad.",
        "Ielūgumu pārsūtīju biedriem, domāju, ka daži pieteiksies.",
        "I passed the invitation on to our members; hopefully some will sign up.",
    ] {
        assert!(!intents("Kutse", text).contains(&Registration), "{text}");
    }
    // The sender among them registers.
    let text = "I will register, and some colleagues may follow.";
    assert!(intents("Workshop", text).contains(&Registration), "{text}");
}

#[test]
fn how_the_sender_travels_under_a_practical_question_registers_nobody() {
    for text in [
        "Kur bus renginys? Važiuosiu automobiliu.",
        "Wo genau ist der Ort? Ich fahre mit dem Auto.",
        "Is there parking nearby? I'll come by car.",
    ] {
        assert_eq!(intents("Parking", text), vec![Question], "{text}");
    }
    // Without a question, or with a request, it registers as before.
    assert!(
        intents(
            "Riga",
            "Lūdzu pierakstiet mani, braukšu ar auto. Kur ir stāvvieta?"
        )
        .contains(&Registration)
    );
}

#[test]
fn one_never_registered_who_cannot_come_but_asks_only_asks() {
    for text in [
        "Will the workshop be streamed? Our team cannot all travel to Riga.",
        "Kan man deltage kun på dag 2? Jeg kan ikke komme den 2. juni.",
        "Будет ли трансляция? Я не смогу приехать в Ригу.",
    ] {
        assert!(
            !intents("Spørgsmål", text).contains(&Cancellation),
            "{text}"
        );
    }
    // A registered participant's reply that cannot come cancels, question or not.
    assert!(
        super::tests::reply("I can't come after all. Could you send me the slides?")
            .contains(&Cancellation)
    );
    // Without a question, not coming is a cancellation as before.
    assert!(intents("Riga", "Sadly I cannot come to Riga.").contains(&Cancellation));
}

#[test]
fn weighing_whether_asks_the_organisers_nothing() {
    for text in [
        "Vēl nezinu – tas atkarīgs no tā, vai mūsu projekts tiks apstiprināts.",
        "I'm still waiting to hear whether my colleague can cover the fair that week.",
        "Es hängt davon ab, ob unser Vorstand die Reise genehmigt.",
    ] {
        assert!(!intents("Riga", text).contains(&Question), "{text}");
    }
    // Wanting to know whether still asks.
    assert!(intents("Frage", "Ich möchte wissen, ob es einen Parkplatz gibt.").contains(&Question));
}

#[test]
fn a_forward_asking_whether_it_suits_the_colleague_asks_the_organisers_nothing() {
    for text in [
        "Marja, tämä voisi kiinnostaa sinua? Kerro, jos haluat.",
        "Kersti, äkki sobib sulle? Kui jah, registreeru ise.",
    ] {
        let found = detect(Some("Fwd: Invitation"), text, false).intents;
        assert!(!found.contains(&Question), "{text}");
    }
}

#[test]
fn a_hypothetical_cancellation_cancels_nothing() {
    for text in [
        "I'd like to register for both days. Should anything come up, I will cancel in time.",
        "Ich melde mich für beide Tage an. Sollte mir etwas dazwischenkommen, sage ich \
         rechtzeitig ab.",
        "Jeg melder meg på begge dagene. Skulle noe komme i veien, melder jeg meg av i god tid.",
        "Ilmoittaudun molemmille päiville. Mikäli minulle tulee jokin este, peruutan hyvissä \
         ajoin.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // A question that asks to cancel still cancels.
    let text = "Skulle ni kunna stryka min anmälan?";
    assert!(reply(text).contains(&Cancellation), "{text}");
}

#[test]
fn registering_elsewhere_or_asking_the_way_registers_nobody() {
    // A form filled in elsewhere, asked after.
    let text = "I filled in the registration form on the network's website last week but got \
                no confirmation. Could you check that it arrived?";
    assert!(
        !intents("Registration?", text).contains(&Registration),
        "{text}"
    );
    // The way for a colleague asked.
    let text = "Our new analyst would like to join the workshop. What's the best way for her to \
                sign up?";
    assert_eq!(intents("Colleague", text), vec![Question], "{text}");
}

#[test]
fn registering_put_off_until_as_soon_as_registers_nobody_even_under_a_registration_subject() {
    for (subject, text) in [
        (
            "Påmelding",
            "Vi kommer til å melde oss på så snart budsjettet er godkjent.",
        ),
        (
            "Zgłoszenie",
            "Zapiszę się, jak tylko zarząd zatwierdzi wyjazd.",
        ),
        (
            "Регистрация",
            "Зарегистрируюсь, как только директор подпишет командировку.",
        ),
        (
            "Anmeldung kommt",
            "Wir würden uns gern anmelden, sobald das Budget steht.",
        ),
    ] {
        assert!(!intents(subject, text).contains(&Registration), "{text}");
    }
}

#[test]
fn registering_as_soon_as_something_happens_registers_nobody_yet() {
    for text in [
        "Jeg melder meg på så snart budsjettet er godkjent.",
        "Jag anmäler mig så snart styrelsen har sagt ja.",
        "Jeg tilmelder mig så snart chefen har godkendt rejsen.",
        "Ich würde mich gern für den Workshop anmelden, sobald das Budget steht. Ich melde \
         mich dann umgehend wieder bei Ihnen.",
        "Ich melde mich dann wieder bei dir.",
    ] {
        assert_eq!(intents("Workshop", text), vec![], "{text}");
    }
}

#[test]
fn registering_as_soon_as_possible_or_with_whom_one_writes_to_registers() {
    for text in [
        "I'd like to register as soon as possible.",
        "Jag vill anmäla mig så snart som möjligt.",
        "Hiermit melde ich mich bei Ihnen für den Workshop an.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
}

#[test]
fn registering_as_soon_as_in_estonian_registers_nobody_yet() {
    for text in [
        "Registreerun kohe, kui juhatus lähetuse heaks kiidab.",
        "Ütlesin kolleegidele, et panen end kirja kohe, kui eelarve on kinnitatud.",
    ] {
        assert_eq!(intents("Töötuba", text), vec![], "{text}");
    }
    let text = "Palun registreerige mind kohe, kui võimalik.";
    assert_eq!(intents("Töötuba", text), vec![Registration], "{text}");
}
