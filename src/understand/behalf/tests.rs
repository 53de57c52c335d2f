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
