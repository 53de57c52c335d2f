//! Replies from registered participants: coming said again registers nobody anew, news about
//! one's coming (diet, arrival, a part missed) updates; a reply to regbot's mail to someone not
//! registered may register. Invented sentences in several of the region's languages.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn news_about_coming_in_a_reply_updates() {
    for text in [
        "My ferry is late, so I will miss the keynote. I'll be there from lunch on.",
        "Mans vilciens pienāk vēlu, tāpēc nokavēšu atklāšanu. Uz semināru braukšu tieši no stacijas.",
        "Jeg tåler desværre ikke laktose, så frokosten skal være laktosefri.",
        "Olen nykyään kasvissyöjä, ottakaa se huomioon lounaalla.",
        "Seit meiner Anmeldung esse ich vegan, bitte berücksichtigen Sie das.",
        "Toget er forsinket, så jeg går glipp av første økt.",
        "Unustasin mainida, et olen taimetoitlane – palun arvestage sellega.",
        "Mul on gluteenivaba dieet, palun arvestage sellega lõunal.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}

#[test]
fn coming_said_again_in_a_reply_registers_nobody() {
    for text in [
        "Thanks, I'll come on both days as planned.",
        "Danke, ich komme wie geplant.",
        "Paldies, braukšu kā plānots.",
    ] {
        assert_eq!(reply(text), Vec::<Intent>::new(), "{text}");
    }
    // A colleague added in the reply is registered.
    assert_eq!(
        reply("Could you also register my colleague Anna Lee (anna.lee@example.org)?"),
        vec![Registration]
    );
    // News beside a question is context for the question.
    assert_eq!(
        reply("I have a nut allergy. Is the lunch nut-free?"),
        vec![Question]
    );
}

#[test]
fn a_reply_to_no_registration_found_may_register() {
    for (subject, text) in [
        (
            "Re: No registration found: Workshop",
            "Then please register me, I'll come on both days.",
        ),
        (
            "AW: Keine Anmeldung gefunden: Workshop",
            "Dann melden Sie mich bitte jetzt an.",
        ),
        (
            "Re: Lūdzu, apstipriniet reģistrāciju: Seminārs",
            "Jā, piedalīšos abās dienās.",
        ),
    ] {
        assert_eq!(
            detect(Some(subject), text, true).intents,
            vec![Registration],
            "{text}"
        );
    }
}

#[test]
fn information_welcomed_is_asked_for() {
    for text in [
        "We would appreciate information about hotels nearby.",
        "Wir wären dankbar für Informationen zur Anreise vom Flughafen.",
        "Būtu ļoti pateicīgs par informāciju par viesnīcām.",
        "Jeg vil gerne vide, hvor bussen holder.",
        "Maksamme kortilla. Käykö se?",
        "Ma küsiksin veel, kas õhtusöök on hinna sees.",
    ] {
        assert!(reply(text).contains(&Question), "{text}");
    }
    assert!(
        !super::tests::intents(
            "Idea",
            "We would like to share information about our export project."
        )
        .contains(&Question)
    );
}

#[test]
fn a_colleague_added_along_in_a_reply_registers() {
    assert_eq!(
        reply("Kiitos! Voisitteko lisätä mukaan kollegani Eero Mäki (eero.maki@example.org)?"),
        vec![Registration]
    );
}

#[test]
fn a_cancellation_with_its_reason_is_no_correction() {
    for text in [
        "I have a new job at another company from May, so please cancel my registration.",
        "Jeg har fået nyt job i en anden virksomhed, så vil I annullere min tilmelding?",
    ] {
        assert_eq!(reply(text), vec![Cancellation], "{text}");
    }
}

#[test]
fn a_yes_to_a_broadcast_registers() {
    // regbot's broadcast about free places goes to those not yet registered too.
    for (subject, text) in [
        ("Re: Last seats for the forum", "Yes please, count me in!"),
        (
            "AW: Letzte Plätze für das Forum",
            "Ja, gern, ich melde mich hiermit an.",
        ),
        ("Vs: Viimeiset paikat", "Kyllä kiitos, ilmoittaudun!"),
    ] {
        assert_eq!(
            detect(Some(subject), text, true).intents,
            vec![Registration],
            "{text}"
        );
    }
}

#[test]
fn one_fewer_cancels_the_colleague_named() {
    for text in [
        "We will be one fewer: Anna Berg cannot come after all.",
        "Wir sind einer weniger, Jan Holm kann leider doch nicht kommen.",
        "Meiltä tulee yksi vähemmän: Pekka Laine ei pääse.",
        "Będzie nas o jedną osobę mniej – Jan Kowal nie może przyjechać.",
    ] {
        assert_eq!(reply(text), vec![Cancellation], "{text}");
    }
    // Registered earlier, as a fact: no new registration.
    assert_eq!(
        reply("Vi var anmälda fyra, men Per Ek kan tyvärr inte följa med."),
        vec![Cancellation]
    );
}

#[test]
fn registered_twice_corrects_the_records() {
    for text in [
        "It seems I have registered twice, from two addresses. One place is enough.",
        "Jeg meldte meg visst på to ganger. Én plass holder.",
        "Izskatās, ka esmu pieteicies divreiz. Lūdzu, atstājiet vienu.",
    ] {
        assert!(reply(text).contains(&Update), "{text}");
        assert!(!reply(text).contains(&Registration), "{text}");
    }
}

#[test]
fn a_colleague_who_registers_herself_is_not_registered_here() {
    for text in [
        "Min kollega Ida Holm tilmelder sig selv i næste uge.",
        "Meie projektijuht Mari registreerib end ise.",
        "Mano kolegė Rūta registruosis pati.",
        "Kolēģe Inese reģistrēsies pati.",
    ] {
        assert!(!intents("Seminārs", text).contains(&Registration), "{text}");
    }
}

#[test]
fn probably_not_coming_is_no_refusal_and_prevented_is_one() {
    for text in [
        "Ob es eine Aufzeichnung gibt? Ich komme wahrscheinlich nicht.",
        "Kas ürituse kohta tuleb salvestus? Ma tõenäoliselt ei jõua.",
    ] {
        assert!(
            !intents("Aufzeichnung", text).contains(&Cancellation),
            "{text}"
        );
    }
    // "Our two colleagues will take part; I myself am prevented": the colleagues register.
    assert_eq!(
        intents(
            "Forum",
            "Von unserer Seite werden Frau Eva Lind (eva.lind@example.org) und Herr Jan Bork teilnehmen. Ich selbst bin leider verhindert."
        ),
        vec![Registration]
    );
}

#[test]
fn latvian_no_is_from() {
    assert_eq!(
        intents(
            "Darbnīca",
            "No mūsu puses brauks kolēģe Ilze Ozola, rēķiniet ar viņu."
        ),
        vec![Registration]
    );
}

#[test]
fn asked_to_be_told_is_a_question_and_a_promise_to_tell_is_none() {
    for text in [
        "Please let me know who handles the invoices.",
        "Bitte teilen Sie mir mit, ob es einen Shuttle vom Flughafen gibt.",
        "Palun andke teada, millal programm valmis saab.",
        "Būčiau dėkingas, jei atsiųstumėte darbotvarkę.",
    ] {
        assert_eq!(intents("Info", text), vec![Question], "{text}");
    }
    for text in [
        "I'll let you know whether I can come.",
        "Annan teada, kas saan tulla.",
        "Pranešiu, ar galėsiu atvykti.",
    ] {
        assert!(!intents("Kutse", text).contains(&Question), "{text}");
    }
    // "My colleague registers herself; I'd like to ask whether …": a question only.
    assert_eq!(
        intents(
            "Hotell",
            "Kolleeg Mari registreerib end ise, aga ma tahaksin küsida, kas hotellis on soodushind?"
        ),
        vec![Question]
    );
}

#[test]
fn a_colleague_added_under_the_acknowledgement_registers() {
    for text in [
        "Thanks! Please also add my colleague Tom Berg (tom.berg@example.org).",
        "Could you put down my colleague Tom Berg as well? He travels with me.",
        "Danke! Mein Kollege Jan Roth möchte auch mit – könnten Sie ihn noch dazunehmen?",
        "Tak! Tilføj venligst også min kollega Søren Holm (sh@example.dk).",
        "Takk! Legg til min kollega Ola Dahl også, ola@example.no.",
        "Tack! Lägg gärna till min kollega Eva Berg (eva@example.se).",
        "Kiitos! Lisätkää myös kollegani Anni Virta (anni@example.fi).",
        "Paldies! Lūdzu, pievienojiet arī manu kolēģi Jāni Ozolu (janis@example.lv).",
        "Ačiū! Prašom pridėti ir mano kolegę Ingą Petraitę (inga@example.lt).",
        "Aitäh! Lisage palun ka minu kolleeg Mari Tamm (mari@example.ee).",
        "Dziękuję! Proszę dopisać też moją koleżankę Annę Nowak (anna@example.pl).",
        "Спасибо! Добавьте, пожалуйста, ещё мою коллегу Анну Петрову (anna@example.ru).",
        "Lisaks minule tuleb ka kolleeg Siim Tamm. Palun registreerige temagi.",
    ] {
        assert_eq!(reply(text), vec![Registration], "{text}");
    }
    for text in [
        // Adding a thought, not a person; a colleague who cannot come; asked, not requested.
        "I'd like to add that my colleague Tom Berg found the programme very useful.",
        "Please don't add my colleague Tom Berg, he can't come after all.",
        "If my colleague gets the budget, could you add her later?",
        "Can I add my colleague later, or is it too late?",
    ] {
        assert!(!reply(text).contains(&Registration), "{text}");
    }
}

#[test]
fn yes_or_i_confirm_to_a_subject_that_asks_for_presence_registers() {
    for (subject, text) in [
        (
            "Re: Czy możemy liczyć na Państwa obecność?",
            "Tak, możecie.\nJan",
        ),
        ("Re: Can we count on you in Riga?", "Yes, you can.\nTom"),
        ("SV: Kan vi regne med dig?", "Ja, det kan I.\nMette"),
        (
            "Re: Подтвердите, пожалуйста, участие",
            "Подтверждаю.\nСветлана",
        ),
        ("Re: Palun kinnitage osalemine", "Kinnitan.\nMari"),
        ("Re: Lūdzu, apstipriniet dalību", "Apstiprinu!\nAnna"),
        ("Re: Prašome patvirtinti dalyvavimą", "Patvirtinu.\nRasa"),
        (
            "AW: Bitte bestätigen Sie Ihre Teilnahme",
            "Bestätige, danke.\nUte",
        ),
    ] {
        assert!(
            detect(Some(subject), text, false)
                .intents
                .contains(&Registration),
            "{subject}: {text}"
        );
    }
    for (subject, text) in [
        // A confirmation of something else, regbot's own acknowledgement, a no.
        (
            "Re: Please confirm your invoice address",
            "Yes, it is correct.\nTom",
        ),
        ("Re: Registration confirmed", "Yes, thanks!\nTom"),
        (
            "Re: Czy możemy liczyć na Państwa obecność?",
            "Niestety nie.\nJan",
        ),
        (
            "Re: Подтвердите, пожалуйста, участие",
            "Подтверждаю, что не приеду.\nИра",
        ),
    ] {
        assert!(
            !detect(Some(subject), text, false)
                .intents
                .contains(&Registration),
            "{subject}: {text}"
        );
    }
}

#[test]
fn leaving_at_an_hour_before_the_end_updates_in_a_reply() {
    for text in [
        "A small change: I have to leave at 14:00 on the second day to catch my flight.",
        "Kleine Änderung: Ich muss am zweiten Tag schon um 14 Uhr abreisen.",
        "Jeg må dra fra seminaret kl. 14 den andre dagen for å rekke flyet.",
        "Я не отменяю участие, просто во второй день придётся уехать около 14:00.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}

#[test]
fn registered_twice_and_asking_to_delete_one_stays_registered_once() {
    for text in [
        "I seem to have registered twice. Could you delete one of the entries?",
        "Ich habe mich versehentlich zweimal angemeldet. Bitte löschen Sie eine der Anmeldungen.",
        "Jeg har fått to bekreftelser. Kan dere fjerne den ene?",
        "Olen ilmoittautunut kahteen kertaan. Poistakaa toinen ilmoittautuminen.",
        "Užsiregistravau du kartus. Prašau ištrinti vieną registraciją.",
        "Zarejestrowałam się dwa razy. Proszę usunąć jedno zgłoszenie.",
        "Я зарегистрировался дважды. Удалите, пожалуйста, одну регистрацию.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
        assert_eq!(intents("Registration", text), vec![Update], "{text}");
    }
    // Not wanting to register twice is no duplicate.
    let text = "Onko tämä sama tilaisuus, johon ilmoittauduin jo? En halua ilmoittautua kahteen \
                kertaan.";
    assert!(!intents("Kutsu", text).contains(&Update), "{text}");
}

#[test]
fn a_mail_from_another_address_about_a_registration_registers_nobody_anew() {
    // News about the registration made from work updates it.
    for text in [
        "I'm writing from my private address; I registered from my work address. I'm vegetarian, \
         please note that.",
        "Rakstu no privātās adreses, reģistrējos no darba adreses. Varēšu piedalīties tikai \
         pirmajā dienā.",
        "Kirjoitan yksityisestä osoitteestani, ilmoittauduin työosoitteella. Saavun \
         ensimmäisenä päivänä vasta iltapäivällä.",
    ] {
        let found = intents("My registration", text);
        assert!(!found.contains(&Registration), "{text}: {found:?}");
        assert!(found.contains(&Update), "{text}: {found:?}");
    }
    // A question asks; a cancellation cancels.
    let text = "Skriver fra min private mail, tilmeldingen gik fra arbejdsmailen. Hvornår \
                starter programmet?";
    assert_eq!(intents("Program", text), vec![Question], "{text}");
    let text = "Rašau iš asmeninio pašto. Registravausi darbo adresu. Deja, turiu atšaukti \
                savo dalyvavimą.";
    assert_eq!(intents("Atšaukimas", text), vec![Cancellation], "{text}");
    // Registering from a private address registers.
    let text = "Please register me for the workshop. This is my private address.";
    assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
}

#[test]
fn releasing_ones_seat_cancels() {
    for text in [
        "Our board meets that day, so please release my seat to someone else.",
        "Palun vabastage minu koht, ma ei saa tulla.",
        "Освободите, пожалуйста, моё место для кого-нибудь другого.",
    ] {
        assert_eq!(reply(text), vec![Cancellation], "{text}");
    }
}

#[test]
fn a_reply_to_the_practical_information_comes_from_the_registered() {
    let under = |text: &str| detect(Some("Re: Praktiline info: Töötuba"), text, true).intents;
    assert_eq!(
        under("Kas kohapeal on garderoob? Tulen otse rongilt."),
        vec![Question]
    );
    assert_eq!(under("Lisan, et olen taimetoitlane."), vec![Update]);
    let under = |text: &str| detect(Some("AW: Praktische Hinweise"), text, true).intents;
    assert!(!under("Danke, ich komme direkt vom Bahnhof.").contains(&Registration));
}
