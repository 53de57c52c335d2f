//! Intent detection in the situations of issue 10 (a day kept, something forgotten, a field
//! changed, a colleague instead, a condition, a talk offered, a reason before a question …),
//! each in several of the region's languages: invented sentences, none taken from the
//! evaluation set.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn keeping_one_day_in_a_reply_updates() {
    for text in [
        "It turns out I can only come on the first day.",
        "Ich kann leider nur am ersten Tag dabei sein.",
        "Jag kan tyvärr bara komma den första dagen.",
        "Jeg kan kun deltage den første dag.",
        "Pääsen valitettavasti vain ensimmäisenä päivänä.",
        "Varēšu piedalīties tikai pirmajā dienā.",
        "Galėsiu dalyvauti tik pirmą dieną.",
        "Saan osaleda ainult esimesel päeval.",
        "Będę mógł być tylko drugiego dnia.",
        "Смогу быть только в первый день.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    // Striking off one day: an update (the cancellation of that day may be reported too).
    assert!(reply("Pierwszego dnia proszę mnie nie liczyć.").contains(&Update));
    // The same in a first mail registers, with a note.
    assert_eq!(
        intents(
            "Workshop",
            "I would like to register, but I can only come on the first day."
        ),
        vec![Registration]
    );
}

#[test]
fn adding_what_one_forgot_to_say_corrects() {
    for text in [
        "I forgot to mention that I need a wheelchair-accessible room.",
        "Ich habe vergessen zu erwähnen, dass ich Vegetarierin bin.",
        "Jag glömde att nämna att jag är vegan.",
        "Jeg glemte å si at jeg er allergisk mot nøtter.",
        "Jeg glemte at nævne, at jeg er vegetar.",
        "Aizmirsu pieminēt, ka esmu veģetārietis.",
        "Pamiršau paminėti, kad esu vegetarė.",
        "Zapomniałam dodać, że jestem wegetarianką.",
        "Забыла упомянуть, что я вегетарианка.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    assert_eq!(
        intents(
            "Workshop",
            "When I registered last week I forgot to say that I'm vegetarian."
        ),
        vec![Update]
    );
    // Forgetting to do something is no addition.
    assert!(
        !intents(
            "Workshop",
            "I forgot to register in time. Is it still possible?"
        )
        .contains(&Update)
    );
}

#[test]
fn asking_to_change_a_field_corrects_in_any_mail() {
    for text in [
        "Please change the organisation in my registration to Riga Tech Park.",
        "Bitte ändern Sie den Namen der Organisation auf Cluster Nord.",
        "Prašyčiau registracijoje organizaciją pakeisti į: Nemuno centras.",
        "Proszę zmienić nazwę organizacji na Klaster Północ.",
        "Lūdzu, nomainiet organizācijas nosaukumu uz Rīgas klasteris.",
    ] {
        assert_eq!(intents("Registration", text), vec![Update], "{text}");
    }
    // Something that changed is news, not a request.
    assert_eq!(
        intents(
            "Workshop",
            "Our company changed its focus last year, so I would like to register."
        ),
        vec![Registration]
    );
}

#[test]
fn a_colleague_taking_the_senders_place_registers_and_cancels() {
    for text in [
        "Desværre er jeg blevet forhindret, men min kollega Mette overtager min plads.",
        "Leider bin ich verhindert, meine Kollegin Eva übernimmt meinen Platz.",
        "Mój kolega Jan zajmie moje miejsce.",
    ] {
        assert_eq!(reply(text), vec![Registration, Cancellation], "{text}");
    }
    // A colleague who may come is no substitution yet.
    assert_eq!(
        reply("I have to cancel. My colleague may want to take my place; she will write."),
        vec![Cancellation]
    );
}

#[test]
fn a_cancellation_under_a_condition_cancels_nothing_yet() {
    for text in [
        "If my trip is not approved, I will write at once and cancel my place.",
        "Jei kelionė nebus patvirtinta, iškart parašysiu ir vietos atsisakysiu.",
        "Falls die Reise nicht genehmigt wird, sage ich sofort ab.",
    ] {
        assert!(!intents("Workshop", text).contains(&Cancellation), "{text}");
    }
    // A short "if possible" asks.
    assert_eq!(
        reply("If possible, please cancel my registration."),
        vec![Cancellation]
    );
}

#[test]
fn coming_being_hard_neither_registers_nor_cancels() {
    for text in [
        "Приехать в Ригу в июне мне сложно, а тема очень актуальна.",
        "It is difficult for me to travel to Riga in June.",
        "Atvykti į Rygą birželį man sunku.",
    ] {
        assert_eq!(intents("Seminar", text), Vec::<Intent>::new(), "{text}");
    }
}

#[test]
fn a_statement_before_a_dash_in_a_question_registers() {
    assert_eq!(
        intents(
            "Riga",
            "Og så vil jeg gerne være med i Riga – jeg går ud fra, at denne mail kan gælde som tilmelding?"
        ),
        vec![Registration, Question]
    );
    // A condition before the dash leaves it open.
    assert_eq!(
        intents(
            "Workshop",
            "I would register if there is a session on financing – will there be one?"
        ),
        vec![Question]
    );
}

#[test]
fn a_phrase_about_others_in_an_infinitive_registers_nobody() {
    assert_eq!(
        intents(
            "Invitasjon",
            "Mange klynger sliter med å finne ut hvilke nettverk det lønner seg å være med i."
        ),
        Vec::<Intent>::new()
    );
    // Typed without the pronoun, the phrase still registers.
    assert_eq!(
        intents("riga", "blir gjerne med til riga 2-3 juni om det er plass."),
        vec![Registration]
    );
    for text in ["Jeg er med!", "Я приду.", "Jag tackar ja till inbjudan."] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
}

#[test]
fn asking_to_send_a_colleague_the_confirmation_is_no_question() {
    assert_eq!(
        intents(
            "Deltagare",
            "Vår projektledare Noor vill gärna delta i mitt ställe. Kan ni skicka bekräftelsen direkt till henne?"
        ),
        vec![Registration, Cancellation]
    );
}

#[test]
fn offering_a_talk_is_an_idea() {
    for text in [
        "I could give a short presentation on our joint trade missions.",
        "Would you be interested in a 15-minute talk about our export academy?",
        "Gerne könnte ich einen kurzen Vortrag über unsere Exportplattform halten.",
        "Jeg kan gjerne holde et kort innlegg om vår erfaring med eksport.",
        "Jag kan gärna hålla en kort presentation om vårt exportprogram.",
        "Jeg vil gerne holde et kort oplæg om vores eksportnetværk.",
        "Voisin pitää lyhyen esityksen vientiverkostostamme.",
        "Es varētu sniegt īsu prezentāciju par mūsu eksporta programmu.",
        "Galėčiau trumpai pristatyti mūsų eksporto programą.",
        "Võiksin teha lühikese ettekande meie ekspordiprogrammist.",
        "Mogłabym przedstawić krótką prezentację o naszym programie.",
        "Я могла бы выступить с коротким докладом о нашей программе.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Idea], "{text}");
    }
    // Asking for the talks afterwards offers none.
    assert!(
        !intents(
            "Workshop",
            "I would be glad if you could send the presentations afterwards."
        )
        .contains(&Idea)
    );
}

#[test]
fn a_reason_before_a_question_registers() {
    for text in [
        "As I would like to take part on both days, is there parking nearby?",
        "Da ich gerne an beiden Tagen teilnehmen möchte: gibt es Parkplätze?",
        "Eftersom jag vill delta båda dagarna, finns det parkering?",
        "Koska haluaisin osallistua molempina päivinä, onko pysäköintiä?",
        "Tā kā vēlos piedalīties abās dienās, vai būs autostāvvieta?",
        "Kadangi norėčiau dalyvauti abi dienas, ar bus stovėjimo aikštelė?",
        "Kuna soovin osaleda mõlemal päeval, kas parkimine on olemas?",
        "Ponieważ chciałabym wziąć udział w obu dniach, czy jest parking?",
        "Поскольку я хотела бы участвовать в оба дня, есть ли парковка?",
    ] {
        assert_eq!(
            intents("Workshop", text),
            vec![Registration, Question],
            "{text}"
        );
    }
    assert_eq!(
        intents("Workshop", "As a consultant, may I attend the workshop?"),
        vec![Question]
    );
}

#[test]
fn a_field_written_wrong_corrects() {
    for text in [
        "There is a typo in my surname.",
        "Mein Nachname ist falsch geschrieben, richtig ist Müller.",
        "Mitt efternamn är felstavat, det ska vara Lindqvist.",
        "Etternavnet mitt er feilstavet, det skal være Haugen.",
        "Sukunimeni on kirjoitettu väärin, oikein on Mäkinen.",
        "Mans uzvārds ir uzrakstīts nepareizi, pareizi ir Bērziņa.",
        "Mano pavardė parašyta neteisingai, turi būti Kazlauskienė.",
        "Minu perekonnanimi on valesti kirjutatud, õige on Tamm.",
        "W moim nazwisku jest literówka, poprawnie: Wiśniewska.",
        "В моей фамилии ошибка, правильно: Смирнова.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}

#[test]
fn the_situations_of_the_tuning_half_in_every_language() {
    // Cancelling in a first mail, as a request asked as a question.
    for text in [
        "Hej, vil I annullere min tilmelding til workshoppen i Riga?",
        "Slet venligst min tilmelding.",
        "Vennligst slett påmeldingen min.",
    ] {
        assert_eq!(intents("Afmelding", text), vec![Cancellation], "{text}");
    }
    // "The country should be …", "please change the organisation's name".
    for text in [
        "Przy okazji: mieszkam teraz w Göteborgu, więc krajem powinna być Szwecja, a nie Norwegia.",
        "Hej, vil I ændre organisationens navn til det fulde: Fonden for iværksætteri.",
        "Ret venligst organisationens navn til Fonden for iværksætteri.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    // Asking to move the registration to the colleague who comes instead is a request.
    for text in [
        "Minu asemel tuleb kolleeg Ida Berg. Kas saate registreeringu tema nimele tõsta?",
        "Zamiast mnie przyjedzie koleżanka Ida. Czy mogą Państwo przepisać rejestrację na nią?",
        "Вместо меня приедет коллега Ида. Можете переоформить регистрацию на неё?",
    ] {
        assert_eq!(reply(text), vec![Registration, Cancellation], "{text}");
    }
    // Joining as a wish; "if there is room, I'd gladly come".
    for text in [
        "Sveiki, mielai prisijungčiau prie seminaro.",
        "Kui kohti veel on, osaleksin meelsasti.",
        "Если остались места, с удовольствием бы приехал.",
        "Прошу включить меня в список участников.",
    ] {
        assert_eq!(intents("Seminar", text), vec![Registration], "{text}");
    }
    // "Ich melde mich nächste Woche" gets in touch; it registers nobody.
    assert_eq!(
        intents(
            "Workshop",
            "Ich weiß noch nicht, ob ich kommen kann. Ich melde mich nächste Woche."
        ),
        Vec::<Intent>::new()
    );
}

#[test]
fn saying_yes_or_coming_along_in_few_words_registers() {
    for text in [
        "Hei, kan dere skrive meg på workshopen i Riga? Takk!",
        "Hej, jag vill gärna följa med till Riga 👍",
        "Moi, haluan mukaan Riikaan 👍",
        "Sveiki, noriu važiuoti į Rygą 👍",
        "Tere, tahan tulla Riiga kaasa 👍",
        "Привет, хочу поехать в Ригу 👍",
        "Dzień dobry, będę! Pierwszego dnia mogę się trochę spóźnić.",
        "Здравствуйте, буду! В первый день могу немного опоздать.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
    assert_eq!(
        reply("Please remove my name from the participants."),
        vec![Cancellation]
    );
}

#[test]
fn wanting_to_learn_whether_asks_and_this_mail_as_my_registration_registers() {
    for text in [
        "Ich wüsste gern, ob es ein gemeinsames Abendessen gibt.",
        "Gribētu uzzināt, vai pirmajā vakarā būs kopīgas vakariņas.",
        "Tahaksin teada, kas esimesel õhtul on ühine õhtusöök.",
        "Chciałabym się dowiedzieć, czy pierwszego wieczoru jest wspólna kolacja.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Question], "{text}");
    }
    for text in [
        "Se denne e-posten som min påmelding.",
        "Se detta mejl som min anmälan.",
    ] {
        assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
    }
}

#[test]
fn typed_without_diacritics_on_a_phone() {
    for text in [
        "diemzel nevaresu ierasties, ludzu izsvitrojiet mani",
        "deja negalesiu atvykti, prasau isbraukti mane is saraso",
        "niestety nie dam rady, prosze mnie wykreslic z listy",
    ] {
        assert_eq!(reply(text), vec![Cancellation], "{text}");
    }
    for text in [
        "sveiki, gribu pieteikties uz darbnicu riga, abas dienas",
        "czesc, chcialabym sie zapisac na warsztaty w rydze",
        "hej, jag kommer garna till riga",
    ] {
        assert_eq!(intents("riga", text), vec![Registration], "{text}");
    }
}

#[test]
fn words_that_hold_a_stem_but_mean_something_else() {
    // "berätta" holds "rätta", "Ländern" and "anderen" hold "änder", "andra" is "ändra"
    // typed plain, "bekommen" holds "kommen", "newsletter" holds "slett".
    assert_eq!(
        intents(
            "Workshop",
            "Kan ni anmäla mig och berätta om det finns parkering?"
        ),
        vec![Registration]
    );
    for text in [
        "Ich habe die Bestätigung nicht bekommen, ist alles in Ordnung?",
        "Wir arbeiten mit anderen Ländern zusammen. Gibt es Parkplätze?",
        "Vi har andra frågor också: finns det parkering?",
        "I saw it in your newsletter. Is there parking?",
    ] {
        assert_eq!(reply(text), vec![Question], "{text}");
    }
    for text in [
        "Mit efternavn staves med to s: Hansson.",
        "My surname is spelled with a double n: Hannsen.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}
