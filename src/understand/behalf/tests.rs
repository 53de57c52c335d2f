//! Unit tests of reading an on-behalf registration: who is named, with which address, and
//! whether the sender takes part.

use super::*;

fn me() -> Vec<String> {
    vec!["boss@example.com".into()]
}

#[test]
fn registration_on_behalf_is_about_the_other_person() {
    let b = read(
        "Hello,\nplease register our manager Jane Doe, jane.doe@Example.COM, for the workshop.",
        &me(),
    );
    assert_eq!(
        b.others,
        vec![Named {
            name: Some("Jane Doe".into()),
            email: "jane.doe@example.com".into()
        }]
    );
    assert!(!b.sender_too);
    let b = read(
        "Please register me, my address is me@x.test",
        &["me@x.test".into()],
    );
    assert!(b.others.is_empty() && !b.missing_address);
}

#[test]
fn several_colleagues_in_a_list_and_the_sender_too() {
    let b = read(
        "Dear organisers,\n\nplease register me and the following colleagues:\n\n- Jane Doe <jane@a.test>\n- John Roe, john@a.test\n- anna@a.test (Anna Berg)\n\nThanks",
        &me(),
    );
    let emails: Vec<&str> = b.others.iter().map(|n| n.email.as_str()).collect();
    assert_eq!(emails, ["jane@a.test", "john@a.test", "anna@a.test"]);
    assert_eq!(b.others[1].name.as_deref(), Some("John Roe"));
    assert_eq!(b.others[2].name.as_deref(), Some("Anna Berg"));
    assert!(b.sender_too);
}

#[test]
fn a_colleague_to_send_something_to_is_not_registered() {
    let b = read(
        "I would like to register for the workshop. Please also send the programme to my colleague c@a.test and cc c@a.test.",
        &me(),
    );
    assert!(b.others.is_empty(), "{b:?}");
    assert!(b.sender_too && !b.missing_address);
}

fn emails(b: &Behalf) -> Vec<&str> {
    b.others.iter().map(|n| n.email.as_str()).collect()
}

#[test]
fn its_me_who_cancels_please_register_a_and_b() {
    for text in [
        "it's me who cancels: I can't come after all. Please register my colleagues Janis Ozols (a@x.test) and Liga Kalna (b@x.test) instead.",
        "ich muss leider absagen. Bitte registrieren Sie stattdessen meine Kollegen Jan Meier (a@x.test) und Lisa Kurz (b@x.test).",
        "lūdzu atceliet manu reģistrāciju un reģistrējiet manā vietā kolēģus Jāni Ozolu (a@x.test) un Līgu Kalnu (b@x.test).",
        "Vänligen avboka min anmälan och anmäl mina kollegor Jan Berg (a@x.test) och Lisa Holm (b@x.test) istället.",
    ] {
        let b = replacement(text, &me(), true);
        assert_eq!(emails(&b), ["a@x.test", "b@x.test"], "{text}");
        assert!(b.sender_out && !b.sender_too, "{text}");
    }
    let b = replacement(
        "Bitte registrieren Sie stattdessen meine Kollegen Jan Meier (a@x.test).",
        &me(),
        true,
    );
    assert_eq!(b.others[0].name.as_deref(), Some("Jan Meier"));
}

#[test]
fn register_my_colleague_instead_of_me() {
    let b = replacement(
        "please register my colleague Janis Ozols (a@x.test) instead of me.",
        &me(),
        false,
    );
    assert_eq!(emails(&b), ["a@x.test"]);
    assert!(b.sender_out);
}

#[test]
fn a_cancellation_that_only_mentions_someone_registers_nobody() {
    for (text, cancels) in [
        (
            "Please cancel my registration. My colleague a@x.test will be in touch.",
            true,
        ),
        (
            "Please send the programme to my colleague a@x.test instead.",
            false,
        ),
        ("Please register my colleague a@x.test.", false),
    ] {
        let b = replacement(text, &me(), cancels);
        assert!(b.others.is_empty() && !b.sender_out, "{text}: {b:?}");
    }
}

#[test]
fn a_colleague_instead_of_me_replaces_the_sender_and_one_as_well_does_not() {
    let b = read(
        "Please register my colleague Janis Ozols (a@x.test) for the workshop instead of me.",
        &me(),
    );
    assert_eq!(emails(&b), ["a@x.test"]);
    assert!(b.sender_out);
    for text in [
        "Please register my colleague Janis Ozols (a@x.test) as well. See you in Riga!",
        // Not coming is no cancellation of a place the sender may never have had.
        "unfortunately I can't come to the workshop myself, but please register my colleague Janis Ozols (a@x.test).",
    ] {
        let b = read(text, &me());
        assert_eq!(emails(&b), ["a@x.test"]);
        assert!(!b.sender_out, "{text}");
    }
}

#[test]
fn a_colleague_who_will_come_instead_of_me_is_registered() {
    let b = replacement(
        "Change of plans: I can't make it after all, but my colleague Ida Berg (a@x.test) will come instead of me. Could you please swap the registration to her name?",
        &me(),
        false,
    );
    assert_eq!(emails(&b), ["a@x.test"]);
    assert_eq!(b.others[0].name.as_deref(), Some("Ida Berg"));
}

#[test]
fn a_colleague_without_an_address_needs_a_person() {
    let b = read(
        "I would like to register my colleague Maris Ozols for the workshop.",
        &me(),
    );
    assert!(b.others.is_empty());
    assert!(b.missing_address);
}

#[test]
fn a_list_entry_without_an_address_that_comes_later_is_named_without_one() {
    for text in [
        "Hei,\n\njeg kan ikke komme selv, men vil melde på to kolleger:\n\n- Sigrid Haugen, sigrid@fjord.test\n- Omar Khalil – han har ikke fått e-postadresse ennå, send informasjonen til meg.\n\nHilsen Per",
        "Dzień dobry,\n\nproszę zapisać naszych pracowników:\n\n1. Ewa Lis, ewa.lis@morze.test\n2. Jan Wrona, technik (adres e-mail prześlę w przyszłym tygodniu)\n\nPozdrawiam",
    ] {
        let b = read(text, &me());
        assert_eq!(b.others.len(), 1, "{text}");
        assert_eq!(b.unaddressed.len(), 1, "{text}: {:?}", b.unaddressed);
        assert!(b.missing_address);
    }
    // A list where every entry has its address names nobody without one.
    let b = read(
        "Please register:\n\n- Jane Doe, jane@a.test\n- John Roe, john@a.test\n\nThanks",
        &me(),
    );
    assert!(b.unaddressed.is_empty() && !b.missing_address);
}

#[test]
fn the_sender_named_alongside_the_colleague_comes_too() {
    for text in [
        "Hello, we would like to register for the workshop, the two of us: me and my colleague Sam Reed (sam.reed@a.test).",
        "Ilmoitan seminaariin 4.–5.5. kollegani Pekka Laineen (pekka.laine@a.test) sekä itseni.",
        "Chcielibyśmy się zapisać na warsztaty we dwoje: ja i moja koleżanka Ewa Lis (ewa.lis@a.test).",
    ] {
        let b = read(text, &me());
        assert_eq!(b.others.len(), 1, "{text}: {b:?}");
        assert!(b.sender_too, "{text}");
    }
    // "The two of us" in a sentence that registers nobody.
    let b = read(
        "Please register my colleague Sam Reed (sam.reed@a.test). The two of us met at your last forum.",
        &me(),
    );
    assert!(!b.sender_too);
}

#[test]
fn a_member_of_staff_whose_address_comes_in_the_next_sentence_takes_the_senders_place() {
    for (text, email) in [
        (
            "Jag kan tyvärr inte resa själv, men vår nya analytiker Elin Sjöberg kommer i mitt ställe. Hon nås på elin.sjoberg@a.test.",
            "elin.sjoberg@a.test",
        ),
        (
            "I can't travel in May, but our new adviser Tom Hale will take my place. You can reach him at tom.hale@a.test.",
            "tom.hale@a.test",
        ),
        (
            "Jeg er desværre forhindret, men min kollega Jens Holm overtager min plads. Hans mail er jens.holm@a.test.",
            "jens.holm@a.test",
        ),
    ] {
        let b = read(text, &me());
        assert_eq!(emails(&b), [email], "{text}");
        assert!(b.sender_out && !b.missing_address, "{text}: {b:?}");
    }
    // An address that does not spell the name is nobody's.
    let b = read(
        "I can't travel in May, but our new adviser Tom Hale will take my place. Please write to office@a.test.",
        &me(),
    );
    assert!(b.others.is_empty() && !b.sender_out, "{b:?}");
}

#[test]
fn someone_above_the_sender_named_without_an_address_needs_a_person() {
    for text in [
        "Vi vil gerne tilmelde vores formand, Bo Krag, til konferencen i maj.",
        "Haluaisin ilmoittaa toimitusjohtajamme Erkki Salon seminaariin.",
    ] {
        let b = read(text, &me());
        assert!(b.others.is_empty(), "{text}");
        assert!(b.missing_address, "{text}: {b:?}");
        assert_eq!(b.unaddressed.len(), 1, "{text}: {b:?}");
    }
    // Named by place only, on the sender's own errand: nobody is missing an address.
    let b = read(
        "Our CEO asked me to register for the workshop, my address is me@x.test.",
        &["me@x.test".into()],
    );
    assert!(!b.missing_address && b.unaddressed.is_empty(), "{b:?}");
}

#[test]
fn a_full_stop_before_a_lowercase_word_does_not_end_the_sentence() {
    let line = "Atvyksime gegužės 4 d. dviese. Ačiū! Iki 5.5. toimitusjohtaja";
    let got: Vec<&str> = text::sentences(line).collect();
    assert_eq!(
        got,
        [
            "Atvyksime gegužės 4 d. dviese",
            "Ačiū!",
            " Iki 5.5. toimitusjohtaja"
        ]
    );
}

#[test]
fn an_assistant_who_takes_the_correspondence_does_not_take_part() {
    for text in [
        "Jeg vil gerne tilmelde vores formand, Bo Krag, til konferencen. Al korrespondance om hans deltagelse må gerne gå til mig.",
        "Ich möchte unseren Geschäftsführer Uwe Brandt anmelden. Die Bestätigung zur Teilnahme bitte an mich.",
        "Lūdzu reģistrēt mūsu valdes priekšsēdētāju Jāni Ozolu. Apstiprinājumu par dalību, lūdzu, sūtiet man.",
    ] {
        let b = read(text, &me());
        assert!(!b.sender_too, "{text}: {b:?}");
        assert_eq!(b.unaddressed.len(), 1, "{text}: {b:?}");
    }
    // Asking to be registered too still counts.
    let b = read(
        "Please register me and our CEO, Tom Hale. Send the confirmation to me.",
        &me(),
    );
    assert!(b.sender_too, "{b:?}");
}

#[test]
fn a_title_before_the_name_is_no_part_of_it() {
    let b = read(
        "I am writing on behalf of Professor Ann Lee, our chair, who would like to attend. Please send the confirmation to her at ann.lee@a.test.",
        &me(),
    );
    assert_eq!(emails(&b), ["ann.lee@a.test"], "{b:?}");
    assert_eq!(b.others[0].name.as_deref(), Some("Ann Lee"));
    assert!(!b.sender_too && !b.missing_address, "{b:?}");
}

#[test]
fn a_colleague_named_before_the_towns_name_finds_their_address_in_the_next_sentence() {
    // Finnish joins the name and the place in one genitive phrase: "Riian", "Tallinnan".
    let b = read(
        "Ilmoitan johtajamme Sari Heikkilän Tallinnan seminaariin. Hänen osoitteensa on sari.heikkila@a.test.",
        &me(),
    )
    .in_nominative(Some("fi"));
    assert_eq!(emails(&b), ["sari.heikkila@a.test"], "{b:?}");
    assert_eq!(b.others[0].name.as_deref(), Some("Sari Heikkilä"));
}

#[test]
fn one_colleague_read_with_and_without_a_courtesy_title_is_listed_once() {
    let b = Behalf {
        unaddressed: vec!["Pana Jacka Sobczaka".into(), "Jacka Sobczaka".into()],
        missing_address: true,
        ..Behalf::default()
    }
    .in_nominative(Some("pl"));
    assert_eq!(b.unaddressed, ["Jacek Sobczak"]);
}

#[test]
fn we_with_my_colleague_registers_the_sender_too() {
    for (text, lang) in [
        (
            "Мы с коллегой Дарьей Волковой (d.volkova@a.test) хотели бы приехать.",
            "ru",
        ),
        ("Mes su kolege Rūta (ruta@a.test) norėtume dalyvauti.", "lt"),
        (
            "Mēs ar kolēģi Andri (andris@a.test) vēlamies piedalīties.",
            "lv",
        ),
    ] {
        let b = read(text, &me()).in_nominative(Some(lang));
        assert!(b.sender_too, "{text}: {b:?}");
        assert_eq!(b.others.len(), 1, "{text}: {b:?}");
    }
}

#[test]
fn an_address_without_a_name_beside_it_takes_the_name_it_spells() {
    let spelled = |s: &str, e: &str| name_spelled_in(s, e);
    assert_eq!(
        spelled(
            "statt meiner wird meine Kollegin Frau Lena Brandt teilnehmen (lena.brandt@x.test).",
            "lena.brandt@x.test"
        )
        .as_deref(),
        Some("Lena Brandt")
    );
    assert_eq!(
        spelled(
            "Per Olav Strand kommer i mitt sted, per.olav.strand@x.test",
            "per.olav.strand@x.test"
        )
        .as_deref(),
        Some("Per Olav Strand")
    );
    // Near misses: capitalised words the address does not spell; a name cut by a full stop.
    assert_eq!(
        spelled(
            "Please send the programme to the Riga Office, info@x.test",
            "info@x.test"
        ),
        None
    );
    assert_eq!(
        spelled(
            "Anna Berg kommt, die Anmeldung geht an k.vogt@x.test",
            "k.vogt@x.test"
        ),
        None
    );
    assert_eq!(
        spelled(
            "Frage an Lena. Brandt hat die Liste, l.brandt@x.test",
            "l.brandt@x.test"
        ),
        None
    );
    // Read in running text, inflected: the name as the address spells it.
    let b = read(
        "Lūdzu, reģistrējiet manā vietā kolēģi Edgaru Liepu, viņa e-pasts ir edgars.liepa@x.test.",
        &me(),
    );
    assert_eq!(
        b.others,
        vec![Named {
            name: Some("Edgars Liepa".into()),
            email: "edgars.liepa@x.test".into()
        }]
    );
}

#[test]
fn a_title_before_a_name_ends_no_sentence() {
    let b = read(
        "Leider muss ich absagen. Statt meiner kommt meine Kollegin Dr. Anja Petersen (anja.petersen@x.test), sie übernimmt das Projekt.",
        &me(),
    );
    assert_eq!(b.others.len(), 1);
    assert_eq!(b.others[0].name.as_deref(), Some("Anja Petersen"));
    assert!(b.sender_out);
    // A degree may end a sentence: "MBA." is no title written with its dot.
    assert_eq!(
        sentences("Ich habe einen MBA. Meine Kollegin kommt.").count(),
        2
    );
    assert_eq!(sentences("Kollegin Dr. Anja Petersen kommt.").count(), 1);
}

#[test]
fn the_sender_named_alongside_a_colleague_in_a_sentence_about_who_comes() {
    let b = read(
        "Hei!\n\nVi kommer to stykker til Riga: jeg og kollegaen min Eirik Nygård (eirik.nygard@x.test).",
        &me(),
    );
    assert_eq!(b.others.len(), 1);
    assert_eq!(b.others[0].name.as_deref(), Some("Eirik Nygård"));
    assert!(b.sender_too);
    let b = read(
        "От нашего кластера в Ригу поедут двое: я и мой коллега Андрей Смирнов (andrej.smirnov@x.test). Будем оба дня.",
        &me(),
    );
    assert_eq!(b.others.len(), 1);
    assert!(b.sender_too);
    let b = read(
        "z naszego klastra pojadą dwie osoby: ja oraz nasza koordynatorka ds. eksportu, pani Agnieszka Wiśniewska (a.wisniewska@x.test).",
        &me(),
    );
    assert_eq!(b.others.len(), 1);
    assert!(b.sender_too);
    // Near miss: "me and" as an object names nobody who comes.
    let b = read(
        "Ich melde mich hiermit an. Bitte schicken Sie die Rechnung an mich und an buchhaltung@x.test.",
        &me(),
    );
    assert!(b.others.is_empty(), "{b:?}");
}

#[test]
fn a_colleague_who_comes_instead_takes_the_senders_place() {
    for text in [
        "Jeg bliver desværre nødt til at melde afbud. Min kollega Signe Holm (sh@x.test) kommer i stedet.",
        "I have to give up my place. My colleague Linnea Sjöberg (linnea.sjoberg@x.test) will come instead.",
    ] {
        let b = read(text, &me());
        assert_eq!(b.others.len(), 1, "{text}");
        assert!(b.sender_out, "{text}");
    }
    // Writing to a colleague instead registers nobody.
    let b = read(
        "I'd like to register for the workshop. For the invoice please write to my colleague Anna Berg (anna.berg@x.test) instead.",
        &me(),
    );
    assert!(b.others.is_empty());
}

#[test]
fn an_address_read_without_a_name_takes_the_colleague_named_before() {
    let b = read(
        "My colleague Dr. Katrin Vogelsang would very much like to take part. Please register her for both days; her e-mail address is k.vogelsang@x.test.",
        &me(),
    );
    assert_eq!(
        b.others,
        vec![Named {
            name: Some("Katrin Vogelsang".into()),
            email: "k.vogelsang@x.test".into()
        }]
    );
}

#[test]
fn register_her_names_the_person_addressed_just_before() {
    let b = read(
        "Pati jūnija sākumā būšu atvaļinājumā, bet mūsu klasteri seminārā pārstāvēs kolēģis Raitis Krūmiņš, projektu vadītājs (raitis.krumins@x.test). Lūdzu, reģistrējiet viņu uz abām dienām.",
        &me(),
    );
    assert_eq!(b.others.len(), 1);
    assert_eq!(b.others[0].email, "raitis.krumins@x.test");
    assert!(!b.sender_too);
    // An address without a name before "register her" is no one to register.
    let b = read(
        "Invoices go to accounts@x.test. Please register her for both days.",
        &me(),
    );
    assert!(b.others.is_empty());
}

#[test]
fn initials_spell_a_colleague_named_in_another_sentence() {
    let b = read(
        "Jeg kan desværre ikke selv komme. Jeg vil gerne tilmelde min kollega Rasmus Vinther. Hans mail er rv@x.test.",
        &me(),
    );
    assert_eq!(
        b.others,
        vec![Named {
            name: Some("Rasmus Vinther".into()),
            email: "rv@x.test".into()
        }]
    );
    assert!(initials_of("Anders Holm Poulsen", "ahp@x.test"));
    assert!(!initials_of("Anders Holm Poulsen", "ah@x.test"));
    assert!(!initials_of("Rasmus", "r@x.test"));
}

#[test]
fn a_list_of_who_comes_closed_by_someone_without_an_address() {
    for (text, last) in [
        (
            "Hi,\nthree of us will travel: me, our analyst Mia Holt (mia@a.test) and our director Ben Faulk. Both days.",
            "Ben Faulk",
        ),
        (
            "Sveiki,\nvažiuosime trise: aš, kolegė Rūta Jonaitė (ruta@a.test) ir direktorius Paulius Kairys. Abi dienas.",
            "Paulius Kairys",
        ),
        (
            "Tere,\nmeilt tuleb kolm inimest: mina, meie analüütik Anu Kask (anu@a.test) ja juhatuse liige Mart Paju.",
            "Mart Paju",
        ),
        (
            "Vi blir tre: jag, Mia Holt (mia@a.test) och Ben Faulk, som ännu inte har någon mejladress.",
            "Ben Faulk",
        ),
        (
            "Нас будет трое: я, наш аналитик Анна Белова (mia@a.test) и член правления Игорь Орлов.",
            "Игорь Орлов",
        ),
    ] {
        let b = read(text, &me());
        assert_eq!(
            emails(&b),
            ["mia@a.test", "ruta@a.test", "anu@a.test"]
                .into_iter()
                .filter(|e| text.contains(e))
                .collect::<Vec<_>>()
        );
        assert!(b.sender_too, "{text}");
        assert_eq!(b.unaddressed, [last], "{text}");
        assert!(b.missing_address, "{text}");
    }
    // Near misses: the words after "and" say no place in the organisation, or every person
    // named has an address.
    for text in [
        "Please register my colleague Mia Holt (mia@a.test) and send the programme to Ben Faulk.",
        "Please register my colleague Mia Holt (mia@a.test) and Baltic Wood Cluster will pay.",
        "We are three: me, Mia Holt (mia@a.test) and our director Ben Faulk (ben@a.test).",
    ] {
        let b = read(text, &me());
        assert!(b.unaddressed.is_empty(), "{text}: {b:?}");
        assert!(!b.missing_address, "{text}");
    }
}

#[test]
fn a_list_after_a_colon_that_opens_with_the_sender_includes_them() {
    assert!(who::sender_alongside(
        "mūsų bus dviese: aš, kolegė rūta (ruta@a.test)"
    ));
    assert!(who::sender_alongside("we come: me, mia (mia@a.test)"));
    // Near misses: the sender only in the sentence before the list, or not first in it.
    assert!(!who::sender_alongside(
        "i register: mia (mia@a.test), ben (ben@a.test)"
    ));
    assert!(!who::sender_alongside(
        "please register: mia (mia@a.test), me"
    ));
}
