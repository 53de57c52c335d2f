//! Intent detection by kind of phrasing, each kind in several of the region's languages
//! (invented sentences, none taken from the evaluation set).
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn withdrawing_pulling_out_and_giving_up_cancel() {
    for text in [
        "I'm afraid I have to pull out of the workshop.",
        "Unfortunately I will have to miss the workshop.",
        "ich muss meine Teilnahme leider zurückziehen.",
        "jag vill dra tillbaka min anmälan.",
        "jeg må desværre trække min tilmelding tilbage.",
        "jeg må dessverre trekke meg fra workshopen.",
        "joudun valitettavasti perumaan osallistumiseni.",
        "pean kahjuks osalemisest loobuma.",
        "diemžēl jāatsakās no dalības seminārā.",
        "deja, turiu atsisakyti dalyvavimo.",
        "muszę niestety wycofać się z warsztatów.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Cancellation], "{text}");
    }
}

#[test]
fn a_negation_far_after_the_verb_refuses_in_free_word_order() {
    for text in [
        "можно ли участвовать онлайн? Приехать в Ригу я не смогу.",
        "Atvykti į Rygą šį kartą negalėsiu.",
        "Uz Rīgu šoreiz braukt nevarēšu.",
    ] {
        assert!(!intents("Seminārs", text).contains(&Registration), "{text}");
    }
    // A bare "not" stays next to its verb: further on it negates something else.
    assert_eq!(
        intents("Workshop", "I will attend the second day not the first."),
        vec![Registration]
    );
}

#[test]
fn not_travelling_when_asking_to_take_part_online_cancels_nothing() {
    for text in [
        "czy można uczestniczyć zdalnie? Nie mogę przyjechać do Rygi.",
        "I won't be able to attend in person. Is it possible to join online?",
        "ich kann nicht nach Riga reisen. Kann ich online teilnehmen?",
    ] {
        assert_eq!(intents("Workshop", text), vec![Question], "{text}");
    }
    // Any other question leaves not coming a cancellation.
    assert_eq!(
        intents(
            "Workshop",
            "I can't come after all. Can my colleague take part instead?"
        ),
        vec![Cancellation, Question]
    );
}

#[test]
fn a_dash_between_spaces_ends_a_clause() {
    assert_eq!(
        intents(
            "Workshop",
            "før jeg melder meg på – er det mulig å delta bare den første dagen?"
        ),
        vec![Question]
    );
    assert!(
        intents(
            "Workshop",
            "Is there still room? If yes – I'd love to join!"
        )
        .contains(&Registration)
    );
}

#[test]
fn registering_in_the_past_asks_for_nothing() {
    for text in [
        "I registered last week. Could you tell me when the programme will be published?",
        "jag anmälde mig förra veckan. När kommer programmet?",
        "ich habe mich letzte Woche angemeldet. Wann wird das Programm veröffentlicht?",
    ] {
        assert_eq!(intents("Workshop", text), vec![Question], "{text}");
    }
    assert_eq!(
        intents(
            "Workshop",
            "last year I attended your workshop in Vilnius and I would like to join again."
        ),
        vec![Registration]
    );
}

#[test]
fn wishing_for_a_part_of_the_programme_offers_an_idea() {
    for text in [
        "It would be great to have a session on joint export missions.",
        "Es wäre schön, wenn es eine Session zu gemeinsamen Messen gäbe.",
        "Было бы полезно включить тему совместного экспорта.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Idea], "{text}");
    }
    // The event's topic judged, then a wish: no idea.
    for text in [
        "I'm registering. The topic is very relevant for us and it would be great to learn from others.",
        "Хочу зарегистрироваться. Тема очень актуальна для нас, было бы интересно познакомиться с коллегами.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
}

#[test]
fn an_idea_from_someone_who_cannot_come_is_the_idea() {
    for text in [
        "nie mogę przyjechać, ale chciałbym zaproponować temat: wspólne misje eksportowe.",
        "ma ise kahjuks tulla ei saa, kuid pakuksin välja teema: klastrite ühine eksport.",
        "в Ригу приехать не смогу. Но хотел бы предложить тему для программы: совместный экспорт.",
        "selbst dabei sein kann ich nicht, aber eine Anregung für die Kleingruppen: Exportdaten.",
    ] {
        assert_eq!(intents("Idee", text), vec![Idea], "{text}");
    }
}

#[test]
fn a_verb_before_its_subject_still_registers() {
    for text in [
        "Finns det plats kvar? I så fall kommer jag gärna båda dagarna.",
        "Er det fortsatt plass? I så fall blir jeg gjerne med begge dagene.",
        "Ich nehme gerne teil, allerdings nur am zweiten Tag.",
        "Sain kutsun kollegalta. Haluaisin tulla mukaan.",
        "Hi there, please put my name down for the workshop.",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn a_registration_that_waits_for_an_answer_is_a_question() {
    for text in [
        "Muss man an beiden Tagen teilnehmen? Wenn nur der zweite Tag möglich ist, würde ich mich anmelden.",
        "Kas seminaril on sünkroontõlge? Sellest sõltub, kas ma registreerun.",
    ] {
        assert_eq!(intents("Frage", text), vec![Question], "{text}");
    }
    // A wish after a condition is a request.
    assert!(
        intents(
            "Anmeldung",
            "Falls noch Plätze frei sind, würde ich mich gerne anmelden."
        )
        .contains(&Registration)
    );
}

#[test]
fn asking_what_one_must_do_is_a_question() {
    for text in [
        "Danke! Muss ich mich für das Abendessen extra anmelden, oder ist das dabei?",
        "Tak! Skal jeg tilmelde mig middagen den første aften særskilt?",
        "Thanks! Do I need to sign up separately for the dinner?",
    ] {
        assert_eq!(reply(text), vec![Question], "{text}");
    }
}

#[test]
fn can_they_is_no_request_in_polish() {
    assert_eq!(
        intents(
            "Pytanie",
            "Zanim się zarejestruję, chciałabym zapytać, czy mogą wziąć w nich udział także pracownicy agencji?"
        ),
        vec![Question]
    );
}

#[test]
fn typed_without_diacritics_still_registers() {
    for text in [
        "hei, vil gjerne vaere med pa seminaret. hilsen per",
        "hej! vill garna vara med pa workshopen.",
        "dzien dobry, chcialbym sie zapisac na warsztaty.",
    ] {
        assert_eq!(intents("seminar", text), vec![Registration], "{text}");
    }
}

#[test]
fn the_participants_named_in_a_question_register_nobody() {
    for text in [
        "Voisitteko kertoa, jaetaanko esitysmateriaalit osallistujille jälkikäteen?",
        "Ja onko illallinen 2.6. kaikille osallistujille?",
        "bekommen die Teilnehmer eine Teilnehmerliste?",
    ] {
        assert_eq!(intents("Kysymys", text), vec![Question], "{text}");
    }
    // A list of them is where one asks to be put.
    assert_eq!(
        intents("påmelding", "kan dere legge meg til på deltakerlisten?"),
        vec![Registration]
    );
}

#[test]
fn a_subject_that_asks_registers_nobody() {
    assert_eq!(
        intents(
            "Kan en kommune deltage?",
            "Vi er ikke en klynge. Er workshoppen også åben for os?"
        ),
        vec![Question]
    );
}

#[test]
fn asking_to_do_something_with_ones_record_is_no_question() {
    assert_eq!(
        reply("Ich esse vegetarisch. Könnten Sie das bitte an das Catering weitergeben?"),
        vec![Update],
        "a diet told in a reply is news for the registration, no question"
    );
    assert_eq!(
        reply("Jeg jobber i Vestlandsklyngen. Kan dere legge det til?"),
        Vec::<Intent>::new()
    );
    // Asking to be told is a question.
    assert_eq!(
        intents("Venue", "Could you tell me whether the venue has a lift?"),
        vec![Question]
    );
}

#[test]
fn a_registration_told_in_the_past_or_for_later_asks_nothing() {
    for text in [
        "I have registered already via the form. Could you tell me where the dinner is?",
        "jag har anmält mig via formuläret. Var äger middagen rum?",
        "zapisałam się w zeszłym tygodniu. Gdzie odbędzie się kolacja?",
        "я зарегистрировался на прошлой неделе. Где будет ужин?",
        "Czy mogą przyjść też urzędnicy? Jeśli tak, prześlę zgłoszenie osobno.",
    ] {
        assert_eq!(intents("Dinner", text), vec![Question], "{text}");
    }
    assert!(intents("Workshop", "I have to register my colleague too.").contains(&Registration));
    assert_eq!(
        intents(
            "Riian työpaja",
            "Moi, laittaisitko minut listalle Riian työpajaan? Kiitos!"
        ),
        vec![Registration]
    );
}

#[test]
fn offering_a_presentation_is_an_idea_and_asking_if_it_interests_is_part_of_it() {
    let text = "I would be glad to attend and hereby register.\n\nI would also like to offer a \
                short presentation on joint trade fair stands.\n\nPlease let me know whether \
                this would be of interest.";
    assert_eq!(intents("Registration", text), vec![Registration, Idea]);
}

#[test]
fn a_registration_stated_before_an_indirect_question_counts() {
    for text in [
        "As I would like to take part on both days, I wonder whether there is parking nearby.",
        "da ich an beiden Tagen teilnehmen möchte, wollte ich fragen, ob es Parkplätze gibt.",
    ] {
        assert_eq!(
            intents("Parking", text),
            vec![Registration, Question],
            "{text}"
        );
    }
}

#[test]
fn an_if_so_after_asking_to_register_registers() {
    for text in [
        "can I still sign up? If yes, then for both days please.",
        "ar dar galiu užsiregistruoti? Jei taip, tai prašau abiem dienoms.",
        "можно ли ещё записаться? Если можно, то на оба дня.",
        "vai vēl varu pieteikties? Ja varu, tad lūdzu uz abām dienām.",
    ] {
        assert_eq!(
            intents("Hello", text),
            vec![Registration, Question],
            "{text}"
        );
    }
}

#[test]
fn keeping_only_some_days_in_a_reply_changes_the_registration() {
    let text = "sorry, but I will only be able to join you on the first day. Please keep my \
                place for day one.";
    assert_eq!(reply(text), vec![Update]);
}

#[test]
fn asking_a_colleague_whether_they_are_interested_in_a_forward_asks_nothing() {
    for text in [
        "Jānis, tev interesē? Es tajās dienās nevaru.",
        "Marek, może coś dla ciebie? Ja nie dam rady.",
        "Hanna, wäre das etwas für dich? Ich habe da keine Zeit.",
        "Mette, noget for dig? Jeg kan ikke selv.",
        "Павел, тебе интересно? Я в эти дни занят.",
    ] {
        let found = intents("Fwd: Invitation to the workshop", text);
        assert!(!found.contains(&Question), "{text}: {found:?}");
    }
    // Sent as a mail of one's own, the same words to the organisers still ask.
    assert_eq!(
        intents(
            "Workshop",
            "Is the workshop interesting for you as organisers?"
        ),
        vec![Question]
    );
}

#[test]
fn the_reason_for_asking_cancels_nothing() {
    for text in [
        "Are travel costs covered? I'm asking because without support we cannot come.",
        "Czy jest dofinansowanie? Pytam, bo bez niego nie przyjedziemy.",
        "Gibt es Reisekostenzuschüsse? Ich frage, weil wir ohne nicht kommen können.",
        "Vai ceļa izdevumi tiek segti? Jautāju, jo bez tā mēs nevaram braukt.",
        "Покрываются ли расходы? Спрашиваю, потому что без этого мы не сможем приехать.",
    ] {
        assert_eq!(intents("Travel costs", text), vec![Question], "{text}");
    }
}

#[test]
fn suggesting_someone_to_contact_offers_no_idea() {
    for text in [
        "I can't come this time. I'd suggest you contact Liis from the science park instead.",
        "Leider keine Zeit. Ich würde vorschlagen, Frau Berg einzuladen.",
        "Nevaru piedalīties. Ieteiktu sazināties ar Ilzi no inkubatora.",
    ] {
        let found = intents("Re: Invitation", text);
        assert!(!found.contains(&Idea), "{text}: {found:?}");
    }
    // A suggestion for the programme is still an idea.
    assert!(intents("Idea", "I'd suggest a session on joint trade fair stands.").contains(&Idea));
}

#[test]
fn a_colleague_coming_instead_on_one_day_updates_the_registration_too() {
    for text in [
        "On the second day my colleague Ann Lee (ann.lee@example.org) comes instead of me.",
        "Am zweiten Tag kommt meine Kollegin Eva Roth (eva.roth@example.org) statt mir.",
        "Teisel päeval tuleb minu asemel kolleeg Mari Mets (mari.mets@example.org).",
    ] {
        let found = reply(text);
        assert!(
            found.contains(&Registration) && found.contains(&Update),
            "{text}: {found:?}"
        );
    }
    // For the whole event it is a plain substitution.
    assert_eq!(
        reply("My colleague Ann Lee (ann.lee@example.org) comes instead of me."),
        vec![Registration, Cancellation]
    );
}

#[test]
fn marking_a_field_in_a_reply_corrects_it() {
    for text in [
        "I wrote we were beginners, but please mark that we do have experience.",
        "Lūdzu, atzīmējiet, ka mums tomēr ir pieredze.",
        "Отметьте, пожалуйста, что у нас есть опыт.",
        "Bitte vermerken Sie, dass wir doch Erfahrung haben.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}

#[test]
fn a_polite_imperative_after_a_condition_asks() {
    for text in [
        "Er det relevant for os? Hvis det giver mening, så tilmeld mig gerne.",
        "Passt das für uns? Wenn es passt, dann melden Sie mich gerne an.",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
    // With a subject it is a wish that waits for the condition.
    assert!(
        !intents(
            "Workshop",
            "Hvis budgettet godkendes, så vil jeg gerne tilmelde mig."
        )
        .contains(&Registration)
    );
}

#[test]
fn estonian_we_take_part_and_put_me_down_register() {
    for text in ["Osaleme hea meelega.", "Palun pane mind kirja."] {
        assert_eq!(intents("Töötuba", text), vec![Registration], "{text}");
    }
}

#[test]
fn counting_on_me_coming_and_joining_register() {
    for text in [
        "Rēķinieties ar mani!",
        "Es noteikti nākšu.",
        "Labprāt pievienošos.",
    ] {
        assert_eq!(intents("Seminārs", text), vec![Registration], "{text}");
    }
    // A certificate of participation is no request to take part.
    assert_eq!(
        intents(
            "Apliecinājums par dalību",
            "Vai būs apliecinājums par dalību?"
        ),
        vec![Question]
    );
}
