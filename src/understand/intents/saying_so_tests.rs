//! More ways of saying one comes: a wish to come with its subject, spoken forms, asking to be
//! written down or counted in, confirming one's own participation, coming along; a
//! registration on the one condition that there is room; "me and X" coming. Invented sentences
//! in the region's languages, none taken from the evaluation set or the probes, each kind with
//! look-alikes that must not register.
use super::tests::intents;
use super::*;
use Intent::*;

#[test]
fn saying_one_comes_in_other_words_registers() {
    for text in [
        "Hej, jag vill gärna komma till workshopen båda dagarna.",
        "Då skulle jag vilja komma till Riga på tisdagen.",
        "Hej! Jeg vil gerne komme til workshoppen den 3. juni.",
        "Jeg vil gjerne komme til seminaret, begge dager.",
        "moro, tuun seminaariin molempina päivinä",
        "Hei, merkitkää minut osallistujaksi.",
        "laitatko mut listalle, kiitos",
        "tervist, panen end kirja mõlemaks päevaks.",
        "Laba diena, užrašykite mane į seminarą Rygoje.",
        "Skaičiuokite mane abiem dienoms.",
        "Labdien, pieskaitiet mani dalībniekiem.",
        "Lūdzu, iekļaujiet mani sarakstā.",
        "Здравствуйте, оформите меня на оба дня.",
        "zdravstvujte, oformite menya na seminar",
        "hey, im in for the workshop",
        "Hello, I am confirming my participation in the workshop on both days.",
        "Hiermit: ich bestätige meine Teilnahme an beiden Tagen.",
        "Jag bekräftar mitt deltagande i workshopen.",
        "Jeg bekrefter min deltakelse på seminaret.",
        "Vahvistan osallistumiseni työpajaan.",
        "Potwierdzam swój udział w warsztatach.",
        "Подтверждаю своё участие в семинаре.",
        "You can count on our participation.",
        "Wir nehmen die Einladung gerne an.",
        "Pieņemu ielūgumu ar prieku.",
        "Gerne, da kommen wir mit!",
        "Ich möchte gern mitkommen.",
        "Ich wäre sehr gern beim Workshop dabei.",
        "Nehmen Sie mich bitte mit auf die Liste.",
        "Sæt gerne et kryds ved mit navn.",
        "I'm writing to confirm my participation on both days.",
        "Ich möchte hiermit meine Teilnahme bestätigen.",
        "Vēlos apstiprināt savu dalību abās dienās.",
        "Chciałabym potwierdzić swój udział w warsztatach.",
        "Die Finanzierung ist bewilligt, damit steht meiner Teilnahme nichts mehr im Weg.",
        "The grant came through, so nothing stands in the way of my participation.",
        "Bevillingen er kommet, så nu står intet i vejen for min deltagelse.",
        "You asked who comes from our cluster: it'll be me.",
        "Ni frågade vem som kommer från oss – det blir jag.",
        "Sie können gern auf meine Teilnahme zählen.",
        "Voitte laskea minut mukaan molempina päivinä.",
        "Mogą Państwo na mnie liczyć.",
        "Galite manęs laukti abi dienas.",
        "Lūdzu iekļaut dalībnieku sarakstā arī mūsu klasteri.",
        "Kvietimą priimu su malonumu.",
        "Võtan kutse rõõmuga vastu.",
        "Book us in for the workshop, please.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
}

#[test]
fn look_alikes_of_saying_one_comes_register_nobody() {
    for text in [
        // Offering a proposal, ending up, coming back, coming from.
        "Jag vill komma med ett förslag om programmet.",
        "Vi vil komme til at mangle folk i juni.",
        "Jeg vil gerne komme tilbage til budgettet senere.",
        "Tuun takaisin asiaan ensi viikolla.",
        // Someone else confirmed; thanks for it.
        "Thank you for confirming my participation.",
        "Danke, dass Sie meine Teilnahme bestätigt haben.",
        // Not coming, or only would have.
        "Ich komme leider nicht mit.",
        "Ich wäre gern dabei gewesen.",
        "Ich komme mit dem Zug aus Hamburg.",
        "Nehmen Sie mich bitte aus dem Verteiler.",
        "En pääse, tuun ensi vuonna.",
        // A project free to go; "me" who does another thing.
        "Dem Projekt steht nichts mehr im Weg.",
        "It will be me who sends the invoice.",
        // Not counted on, expected elsewhere.
        "Sie können leider nicht auf meine Teilnahme zählen.",
        "Don't expect me this time.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn registering_if_there_is_room_registers() {
    for text in [
        "Hvis der stadig er ledige pladser, så skriv mig på.",
        "Tulen työpajaan jos vielä mahtuu.",
        "Falls noch Platz ist, nehmen Sie mich bitte auf.",
        "If there is still room, please sign me up.",
        "Jeśli są jeszcze wolne miejsca, zapiszcie mnie proszę.",
        "Если ещё есть места, запишите меня.",
        "Kui veel on ruumi, registreerige mind palun.",
        "Om det finns platser kvar, anmäl mig gärna.",
        "Jei dar yra vietų, užregistruokite mane.",
        "Wezmę jedno miejsce, jeśli jeszcze są.",
        // "If so" after a question whether there is room.
        "Er der stadig plads? Hvis ja, så meld mig til.",
        "Is there still a seat free? If so, put me down for both days.",
        "Mahtuuko vielä? Jos mahtuu, ilmoittaudun.",
        "Ещё можно успеть? Если да, оформите меня.",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn other_conditions_than_room_still_hold_back() {
    for text in [
        "If my director agrees, please sign me up.",
        "Falls mein Chef zustimmt, nehmen Sie mich bitte auf.",
        "Jos budjetti hyväksytään, ilmoittaudun.",
        "Hvis vi får penge, så skriv mig på.",
        // Room asked about, then a condition of another kind.
        "Is there still a seat? If my boss agrees, put me down.",
        // Room, but nobody asks for it.
        "If there is still room, my colleague might consider it.",
        "If there is still space, I will not register anyway.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn me_and_someone_coming_registers() {
    for text in [
        "Me and my colleague Rita come to the workshop.",
        "Rita and I will come on both days.",
        "Jeg og kollegaen min, Per Dahl, kommer til Riga.",
        "Jag och min chef vill gärna komma.",
        "Ich und meine Kollegin kommen an beiden Tagen.",
        "Es un kolēģe brauksim uz semināru.",
        "Minä ja kollegani tulemme molempina päivinä.",
        "Ja i mój kolega przyjedziemy na warsztaty.",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
    for text in [
        "Me and my colleague can't come this time.",
        "Rita and I discussed the programme yesterday.",
        "Thanks, and I look forward to coming to your office.",
        "Jeg og kollegaen min kommer fra Bergen.",
        "Me and Tom came to Riga last year.",
        "Rita and I won't come.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn sending_people_as_a_wish_registers_them() {
    for text in [
        "I can't travel myself, but we would like to send two colleagues: Ann Lee \
         (ann.lee@cluster.test) and Bo Ek (bo.ek@cluster.test).",
        "Gribētu sūtīt divus kolēģus: Annu Liepu (anna@klasteris.test) un Jāni Ozolu.",
        "Chcielibyśmy wysłać dwie osoby: Annę Nowak (anna@klaster.test) i Piotra Lisa.",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
    for text in [
        "We would like to send you our brochure: it lists our services.",
        "We would like to send the agenda to our members next week.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn a_note_to_take_into_account_beside_a_first_registration_updates_nothing() {
    for text in [
        "I'd like to register for both days. I use a wheelchair, please take it into account.",
        "Zgłaszam się na oba dni. Jestem weganką, proszę to uwzględnić.",
        "Melde mich für beide Tage an. Ich esse vegan, bitte berücksichtigen.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
    // Registered before: the note is news about that registration.
    let text = "I registered last week. I'm vegan, please take it into account.";
    assert!(!intents("Workshop", text).contains(&Registration), "{text}");
}

#[test]
fn see_you_at_the_event_registers_a_first_mail() {
    let riga = ["Riga".to_string(), "Rīga".to_string(), "Рига".to_string()];
    for text in [
        "Kurz zu uns: wir sind ein Netzwerk von 40 Firmen.\n\nBis bald in Riga\nUte",
        "A few words on our members' interests: Germany and Poland.\n\nSee you in Riga!\nAl",
        "Vi ses på workshopen!\nEva",
        "Tiekamies Rīgā!\nAnda",
        "До встречи в Риге!\nИрина",
    ] {
        assert!(
            detect_at(Some("Workshop"), text, false, &riga)
                .intents
                .contains(&Registration),
            "{text}"
        );
    }
    for text in [
        "Hope to see you in Riga!",
        "See you in Riga?",
        "See you in Riga next year!",
        "See you soon, and thanks for the report.",
        "I can't come myself this time. See you in Riga another time!",
    ] {
        assert!(
            !detect_at(Some("Workshop"), text, false, &riga)
                .intents
                .contains(&Registration),
            "{text}"
        );
    }
}

#[test]
fn a_forwards_note_that_asks_for_the_sender_registers() {
    for text in [
        "Sain selle kutse kolleegilt. Tahaksin ise tulla – palun registreerige mind.",
        "Fick inbjudan av en kollega. Se nedan – anmäl mig, tack.",
        "Žemiau kvietimas – užsirašau.",
    ] {
        assert!(
            detect(Some("Fwd: Invitation"), text, false)
                .intents
                .contains(&Registration),
            "{text}"
        );
    }
    // Passed on for the reader to register themselves.
    let text = "Vaata allpool – registreeri ise, kui huvi on.";
    assert!(
        !detect(Some("Fwd: Invitation"), text, false)
            .intents
            .contains(&Registration),
        "{text}"
    );
}
