//! Unit tests of reading an on-behalf registration from the request wordings of
//! `lexicon::behalf` ("melden Sie … an", "ilmoittakaa …", "put … on the list" …) in each
//! language, what must not count, and a colleague whose address is missing.

use super::*;

fn me() -> Vec<String> {
    vec!["boss@example.com".into()]
}

fn emails(b: &Behalf) -> Vec<&str> {
    b.others.iter().map(|n| n.email.as_str()).collect()
}

/// Requests the intent words miss, one or more per language, as people write them.
#[test]
fn requests_to_register_others_in_the_words_intents_miss() {
    for (lang, text, want) in [
        (
            "de",
            "Sehr geehrte Damen und Herren, melden Sie bitte Anna Schmidt (anna@f.de) und Peter Braun (peter@f.de) zum Workshop an.",
            &["anna@f.de", "peter@f.de"][..],
        ),
        (
            "de",
            "Bitte melden Sie meine Kollegin Anna Schmidt (anna@f.de) an, sie freut sich schon.",
            &["anna@f.de"],
        ),
        (
            "de",
            "Tragen Sie bitte Anna Schmidt (anna@f.de) ein.",
            &["anna@f.de"],
        ),
        (
            "fi",
            "Ilmoittakaa seuraavat henkilöt työpajaan: Liisa Korhonen (l@y.fi) ja Pekka Mäkinen (p@y.fi).",
            &["l@y.fi", "p@y.fi"],
        ),
        (
            "fi",
            "Ilmoittaisin työpajaan kollegani Liisa Korhosen (l@y.fi) ja Pekka Mäkisen (p@y.fi).",
            &["l@y.fi", "p@y.fi"],
        ),
        (
            "fi",
            "Voisitteko ilmoittaa kollegani Liisa Korhosen (l@y.fi) mukaan?",
            &["l@y.fi"],
        ),
        (
            "lv",
            "Lūdzu, piesakiet manu kolēģi Jāni Ozolu (j@x.lv) darbnīcai.",
            &["j@x.lv"],
        ),
        (
            "et",
            "Palun pange minu kolleeg Mari Tamm (m@x.ee) kirja.",
            &["m@x.ee"],
        ),
        (
            "nb",
            "Kan dere melde på min kollega Kari Nordmann (k@x.no) til workshopen?",
            &["k@x.no"],
        ),
        (
            "nb",
            "Jeg vil gjerne melde på kollegaen min Kari Nordmann (k@x.no).",
            &["k@x.no"],
        ),
        (
            "da",
            "Vil I skrive min kollega Anne Hansen (a@x.dk) op til workshoppen?",
            &["a@x.dk"],
        ),
        (
            "sv",
            "Kan ni skriva upp min kollega Anna Berg (a@x.se)?",
            &["a@x.se"],
        ),
        (
            "en",
            "Could you add my colleague Jane Doe (j@x.test) to the list of participants?",
            &["j@x.test"],
        ),
        (
            "en",
            "Please book a place for Jane Doe (j@x.test).",
            &["j@x.test"],
        ),
        (
            "lt",
            "Prašome įtraukti mūsų kolegę Oną Petraitę (o@x.lt) į dalyvių sąrašą.",
            &["o@x.lt"],
        ),
        (
            "pl",
            "Proszę wpisać moją koleżankę Annę Kowalską (a@x.pl) na listę uczestników.",
            &["a@x.pl"],
        ),
        (
            "ru",
            "Внесите, пожалуйста, мою коллегу Анну Иванову (a@x.ru) в список участников.",
            &["a@x.ru"],
        ),
    ] {
        assert!(asks_for_others(text, &me()), "{lang}: {text}");
        let b = read(text, &me());
        assert_eq!(emails(&b), want, "{lang}: {text}");
        assert!(!b.sender_too, "{lang}: {text}");
    }
    let b = read(
        "melden Sie bitte Anna Schmidt (anna@f.de) und Peter Braun (peter@f.de) zum Workshop an.",
        &me(),
    );
    assert_eq!(b.others[1].name.as_deref(), Some("Peter Braun"));
}

/// The same verbs in sentences that register nobody.
#[test]
fn the_same_verbs_without_a_request_register_nobody() {
    for text in [
        // "an" is a preposition here, not the particle.
        "Ich melde mich, sobald ich mehr weiß; schreiben Sie an info@f.de für Fragen.",
        // "ilmoittaa" is also "to notify".
        "Ilmoitan, että uusi osoitteeni on uusi@y.fi.",
        "Please add the programme to the newsletter sent to news@x.test.",
        "Jeg skriver til dere fra min nye adresse ny@x.no.",
        // Nobody else is named with an address.
        "Melden Sie bitte mich zum Workshop an.",
    ] {
        assert!(!asks_for_others(text, &me()), "{text}");
    }
}

#[test]
fn a_request_for_someone_without_an_address_needs_a_person() {
    for text in [
        "Bitte melden Sie meine Kollegin Anna Schmidt an.",
        "Ilmoittaisin työpajaan kollegani Liisa Korhosen.",
        "Kan dere melde på min kollega Kari Nordmann?",
    ] {
        assert!(asks_for_others(text, &me()), "a registration: {text}");
        let b = read(text, &me());
        assert!(b.others.is_empty() && b.missing_address, "{text}: {b:?}");
    }
}

/// "My colleague would like to come too; I'll send her address later", in 8 languages.
#[test]
fn a_colleague_whose_address_comes_later_needs_a_person() {
    for text in [
        "Ich melde mich zum Workshop an. Meine Kollegin Petra Wagner möchte ebenfalls mitkommen; ihre E-Mail-Adresse schicke ich nach.",
        "Ilmoittaudun työpajaan. Myös kollegani Heidi Lampinen haluaisi tulla, lähetän hänen sähköpostiosoitteensa myöhemmin.",
        "Registruojuosi į seminarą. Kartu norėtų vykti ir kolegė Monika Adomaitienė, jos el. paštą atsiųsiu vėliau.",
        "Registreerun seminarile. Tulla sooviks ka minu kolleeg Evelin Sild, tema e-posti saadan hiljem.",
        "Регистрируюсь на семинар. Со мной хотела бы поехать и коллега, Оксана Тарасова - её адрес пришлю позже.",
        "I'd like to register. My colleague Ann Lee wants to come too, I'll send her email address later.",
        "Jag anmäler mig till workshopen. Min kollega Eva Ek vill också komma, jag skickar hennes e-postadress senare.",
        "Zgłaszam się na warsztaty. Moja koleżanka Ewa Nowak też chce przyjechać, jej adres e-mail wyślę później.",
    ] {
        let b = read(text, &me());
        assert!(b.missing_address && b.others.is_empty(), "{text}: {b:?}");
    }
    // A colleague sending something else later is no registration.
    let b = read(
        "I would like to register. My colleague will send the invoice address later.",
        &me(),
    );
    assert!(
        b.missing_address,
        "an address word and 'later': a person looks"
    );
    let b = read(
        "I would like to register. My colleague will send the slides later.",
        &me(),
    );
    assert!(!b.missing_address, "{b:?}");
}

/// A table pasted from a spreadsheet: one row a line, blank lines between, the sender's
/// own row among them.
#[test]
fn a_list_with_blank_lines_between_rows_and_the_sender_in_it() {
    let b = read(
        "Dzień dobry,\n\nz naszego klastra zgłaszamy trzy osoby:\n\nIwona Jasińska\tboss@example.com\n\nWojciech Pietrzak\tw@k.pl\n\nAneta Błaszczyk\ta@k.pl\n\nPozdrawiam serdecznie\nIwona",
        &me(),
    );
    assert_eq!(emails(&b), ["w@k.pl", "a@k.pl"]);
    assert!(b.sender_too, "the sender listed herself");
}

#[test]
fn its_me_who_cancels_in_a_separable_verb() {
    let b = replacement(
        "Ich muss leider absagen. Melden Sie bitte stattdessen Anna Schmidt (anna@f.de) an.",
        &me(),
        true,
    );
    assert_eq!(emails(&b), ["anna@f.de"]);
    assert!(b.sender_out);
}

/// People named by their place in the organisation, not as "colleague", whose address is not
/// there yet; the sender is among them only when a sentence asks for it. Invented sentences.
#[test]
fn staff_without_an_address_yet_are_named_and_the_sender_only_when_asking() {
    for (text, names, sender) in [
        (
            "Please book me and two people from our team: Ruth Amsel and Joe Brink. They start next week and have no e-mail address yet.",
            vec!["Ruth Amsel", "Joe Brink"],
            true,
        ),
        (
            "Ise ma tulla ei saa, seminaril osaleb meie ettevõttest juhatuse liige Tarmo Kask. Tema e-posti aadressi saadan homme.",
            vec!["Tarmo Kask"],
            false,
        ),
        (
            "Jeg kan dessverre ikke selv, men vi sender vår nye rådgiver Sigrid Holm. Hun har ikke fått e-postadresse ennå.",
            vec!["Sigrid Holm"],
            false,
        ),
        (
            "Registruojuosi į seminarą. Kartu vyks ir mūsų darbuotoja Rasa Petrauskė, jos el. pašto dar neturi.",
            vec!["Rasa Petrauskė"],
            true,
        ),
    ] {
        let b = read(text, &me());
        assert!(b.missing_address && b.others.is_empty(), "{text}: {b:?}");
        assert_eq!(b.unaddressed, names, "{text}");
        assert_eq!(b.sender_too, sender, "{text}");
    }
}

/// "Could you also add my colleague A (a@…)? She would like to come too": the second sentence
/// is about A, so the sender (registered before) is not registered again.
#[test]
fn a_sentence_opening_with_he_or_she_is_about_the_colleague() {
    for text in [
        "Could you also put my colleague Dana Wolf (dana@k.org) on the list? She would like to come too.",
        "Lūdzu, piesakiet arī manu kolēģi Ivaru Zaķi (ivars@k.lv). Viņš arī vēlas piedalīties.",
        "Kan ni även anmäla min kollega Per Lund (per@k.se)? Han vill också delta.",
    ] {
        let b = read(text, &me());
        assert_eq!(b.others.len(), 1, "{text}: {b:?}");
        assert!(!b.sender_too, "{text}: {b:?}");
    }
    let b = read(
        "Please register my colleague Dana Wolf (dana@k.org). I would like to come too.",
        &me(),
    );
    assert!(b.sender_too, "{b:?}");
}

/// A list whose lines put the job between the name and the address.
#[test]
fn a_list_line_with_the_job_between_name_and_address_keeps_the_name() {
    let b = read(
        "ich möchte mich und zwei Kollegen anmelden:\n\nJana Roth, Projektleiterin, j.roth@k.de\n- Uwe Falk, Netzwerkmanager, u.falk@k.de\n",
        &me(),
    );
    let names: Vec<Option<&str>> = b.others.iter().map(|n| n.name.as_deref()).collect();
    assert_eq!(names, [Some("Jana Roth"), Some("Uwe Falk")]);
    assert!(b.sender_too);
}

/// A name read without an address finds it in a later sentence that spells it; a trainee named
/// over wrapped lines whose address is not there yet is a colleague without one. Invented.
#[test]
fn an_address_in_another_sentence_or_a_wrapped_paragraph_is_read_whole() {
    let b = read(
        "På vegne af vores projektleder, Mads Holt, vil jeg gerne tilmelde ham. Hans e-mail er mads.holt@k.dk. Jeg deltager ikke selv.",
        &me(),
    );
    assert_eq!(emails(&b), ["mads.holt@k.dk"]);
    assert_eq!(b.others[0].name.as_deref(), Some("Mads Holt"));
    assert!(!b.missing_address && !b.sender_too, "{b:?}");

    let b = read(
        "I'd like to sign up for the workshop, and I would like to bring our\ntrainee, Lena Koch, who is writing a thesis on clusters. She has no\naddress with us yet.",
        &me(),
    );
    assert!(b.missing_address && b.sender_too, "{b:?}");
    assert_eq!(b.unaddressed, ["Lena Koch"]);
}

/// "My colleague A (a@…) takes over my place" / "comes instead of me" needs no word for
/// registering.
#[test]
fn a_colleague_taking_the_senders_place_is_registered_and_the_sender_out() {
    let b = replacement(
        "Ich kann leider nicht reisen. Mein Kollege Jens Ott (jens@k.de) übernimmt meinen Platz.",
        &me(),
        true,
    );
    assert_eq!(emails(&b), ["jens@k.de"]);
    assert!(b.sender_out);
    let b = read(
        "Suunnitelmat muuttuivat: kollegani Aino Salo (aino@k.fi) tulee työpajaan minun sijastani.",
        &me(),
    );
    assert_eq!(emails(&b), ["aino@k.fi"]);
    assert!(b.sender_out);
}

/// One colleague with an address and one without: the first is registered, the second listed
/// for a person to complete; a role ("our chief engineer", "mūsų direktorius") names them too.
/// Invented sentences.
#[test]
fn a_colleague_without_an_address_beside_one_with_goes_to_a_person() {
    let b = read(
        "Zgłaszam siebie oraz dwie osoby z naszego zespołu: Pawła Nowaka (p.nowak@k.pl) i Ewę Lis – Ewa nie ma jeszcze służbowego maila.",
        &me(),
    );
    assert_eq!(emails(&b), ["p.nowak@k.pl"]);
    assert_eq!(b.unaddressed, ["Ewę Lis"]);
    assert!(b.missing_address && b.sender_too, "{b:?}");
    for (text, name) in [
        (
            "Mūsų direktorius Jonas Petraitis norėtų dalyvauti seminare. Jis neturi atskiro el. pašto, informaciją siųskite man.",
            "Jonas Petraitis",
        ),
        (
            "Прошу зарегистрировать нашего инженера Олега Лаптева. Своей почты у Олега нет, пишите мне.",
            "Олега Лаптева",
        ),
    ] {
        let b = read(text, &me());
        assert!(b.missing_address && b.others.is_empty(), "{text}: {b:?}");
        assert_eq!(b.unaddressed, [name], "{text}");
    }
    // "Can I register one more person? Please add my colleague A (a@…)": only A.
    let b = read(
        "Vai varu pieteikt vēl vienu cilvēku? Lūdzu, pierakstiet manu kolēģi Ivaru Zaķi (ivars@k.lv).",
        &me(),
    );
    assert_eq!(emails(&b), ["ivars@k.lv"]);
    assert!(!b.sender_too, "{b:?}");
    // "… and will travel with me" names the sender as company.
    let b = read(
        "Lūdzu, pierakstiet arī manu kolēģi Ivaru Zaķi (ivars@k.lv), viņš brauks kopā ar mani.",
        &me(),
    );
    assert!(!b.sender_too, "{b:?}");
}

#[test]
fn polish_zglosic_with_the_people_named_registers_them() {
    let b = read(
        "Sam nie mogę jechać, ale chciałbym zgłosić dwie nasze pracownice:\n\n- Anna Lis, anna.lis@a.test\n- Ewa Gaj, ewa.gaj@a.test\n",
        &me(),
    );
    assert_eq!(emails(&b), ["anna.lis@a.test", "ewa.gaj@a.test"], "{b:?}");
    assert!(!b.sender_too, "{b:?}");
}
