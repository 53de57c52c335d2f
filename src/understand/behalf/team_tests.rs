//! Unit tests of teams listed with the sender ("we come three: me, A (a@…) and B"), of the
//! colleagues a cancellation names while the sender stays, and of requests that name the
//! people by a pronoun or their office (invented mails, several of the region's languages).

use super::*;

fn me() -> Vec<String> {
    vec!["lead@team.test".into()]
}

#[test]
fn a_team_listed_with_the_sender_keeps_the_member_without_an_address() {
    for (text, member) in [
        (
            "Hallo, wir fahren zu dritt nach Riga: ich selbst, mein Kollege Dr. Olaf Kern (o.kern@team.test) und unsere Praktikantin Lea Vogt, die noch keine Adresse hat.",
            "Lea Vogt",
        ),
        (
            "Hej! Vi blir tre: jag, Ebba Sund (ebba@team.test) och Nils Holm, som saknar mejl än.",
            "Nils Holm",
        ),
        (
            "We'll come as a group: myself, our analyst Mark Reed (mark@team.test) and our junior adviser Tess Long, who has no work e-mail yet.",
            "Tess Long",
        ),
        (
            "Sveiki, atvyksime trise: aš, vadybininkė Rūta Kairė ir Jonas Mickus (jonas@team.test).",
            "Rūta Kairė",
        ),
    ] {
        let b = read(text, &me());
        assert!(b.sender_too, "{text}: {b:?}");
        assert_eq!(b.others.len(), 1, "{text}: {:?}", b.others);
        assert_eq!(b.unaddressed, [member], "{text}");
        assert!(b.missing_address, "{text}");
    }
}

#[test]
fn a_team_without_addresses_names_the_colleague_next_to_the_sender() {
    let b = read(
        "Hej\nI kan regne med os: Pia Dahl og undertegnede kører fra Aalborg.",
        &me(),
    );
    assert!(b.sender_too);
    assert_eq!(b.unaddressed, ["Pia Dahl"]);
}

#[test]
fn a_colon_without_the_sender_or_a_colleague_lists_no_team() {
    for text in [
        "Please register me. One thing: I have a meeting until noon on the first day.",
        "Please register me: Ola Berg, Fjordklyngen, Bergen.",
    ] {
        let b = read(text, &["ola@fjord.test".into()]);
        assert!(b.unaddressed.is_empty(), "{text}: {:?}", b.unaddressed);
    }
}

#[test]
fn a_member_of_the_list_whose_address_spells_the_name_with_an_umlaut_gets_it() {
    let b = read(
        "Wir kommen zu dritt: Jörg Mäder, Ina Wolf (wolf@team.test) und ich. Herr Mäder hat die Adresse maeder@team.test.",
        &me(),
    );
    assert!(b.sender_too);
    let emails: Vec<&str> = b.others.iter().map(|n| n.email.as_str()).collect();
    assert!(emails.contains(&"maeder@team.test"), "{:?}", b.others);
    assert!(b.unaddressed.is_empty(), "{:?}", b.unaddressed);
}

#[test]
fn a_colleague_cancelled_while_the_sender_stays_is_the_one_cancelled() {
    for text in [
        "Hello, my colleague Peter Lund (peter@team.test) can't come after all. Please take him off the list. I'll be there as planned.",
        "Labdien! Mūsu kolēģe Dace Rudzīte (dace@team.test) diemžēl nevarēs piedalīties, lūdzu, izņemiet viņu no saraksta. Es pati braukšu.",
        "Tere! Meie kolleeg Peeter Tamm (peeter@team.test) ei saa kahjuks tulla. Palun eemaldage ta nimekirjast. Mina tulen.",
    ] {
        let b = replacement(text, &me(), true);
        assert!(b.others_out, "{text}");
        assert!(!b.sender_too && !b.sender_out, "{text}");
        assert_eq!(b.others.len(), 1, "{text}: {:?}", b.others);
    }
    let b = replacement(
        "Hei, kollegani Liisa Koski ei valitettavasti pääse tulemaan. Minä tulen edelleen.",
        &me(),
        true,
    );
    assert!(b.others_out && !b.sender_too);
    assert_eq!(b.unaddressed, ["Liisa Koski"]);
}

#[test]
fn a_person_named_as_the_subject_of_a_cancellation_is_cancelled() {
    for (text, name) in [
        (
            "We booked three places, but Tom Reed can't come after all, so we'll be two.",
            "Tom Reed",
        ),
        (
            "Vi var tilmeldt fire, men Ole Vang kan alligevel ikke deltage.",
            "Ole Vang",
        ),
    ] {
        let b = replacement(text, &me(), true);
        assert!(b.others_out && !b.sender_too, "{text}: {b:?}");
        assert_eq!(b.unaddressed, [name], "{text}");
    }
}

#[test]
fn the_sender_who_cancels_with_the_colleague_is_cancelled_too() {
    let b = replacement(
        "Unfortunately my colleague Peter Lund (peter@team.test) cannot come. I can't come either.",
        &me(),
        true,
    );
    assert!(b.others_out && b.sender_too, "{b:?}");
}

#[test]
fn the_senders_own_cancellation_that_mentions_a_colleague_cancels_no_colleague() {
    for text in [
        "I can't come because my colleague Anna Berg is ill and I must stand in for her.",
        "En itse pääse, mutta välitin kutsun kollegalleni Sanna Laine, joka ilmoittautuu itse.",
        "Unfortunately I cannot attend.",
    ] {
        let b = replacement(text, &me(), true);
        assert!(!b.others_out, "{text}: {b:?}");
        assert!(b.unaddressed.is_empty() && b.others.is_empty(), "{text}");
    }
}

#[test]
fn a_request_that_names_the_people_before_by_them_registers_them() {
    let b = read(
        "Ma ise ei saa tulla, aga meilt tulevad kaks inimest: Kalle Rebane (kalle@team.test) ja Tiit Oja (tiit@team.test). Palun registreerige nad.",
        &me(),
    );
    assert_eq!(b.others.len(), 2, "{:?}", b.others);
    assert!(!b.sender_too);
}

#[test]
fn an_office_holder_named_by_title_and_office_is_not_the_sender() {
    let b = read(
        "Proszę o zarejestrowanie Pana Dyrektora Marka Lisa (m.lis@team.test). Pan Dyrektor weźmie udział w obu dniach.",
        &me(),
    );
    assert_eq!(b.others.len(), 1);
    assert!(!b.sender_too);
}

#[test]
fn an_errand_for_someone_above_the_sender_names_them() {
    let b = read(
        "im Auftrag von Herrn Dr. Klaus Brandt, Geschäftsführer, möchte ich ihn für den Workshop anmelden.",
        &me(),
    );
    assert_eq!(b.unaddressed, ["Klaus Brandt"]);
    assert!(!b.sender_too);
}

#[test]
fn adding_to_the_list_in_estonian_registers_the_person_named() {
    let b = read(
        "Palun lisage osalejate nimekirja meie juhataja Urmas Kivi (urmas.kivi@team.test).",
        &me(),
    );
    assert_eq!(b.others.len(), 1);
    assert!(!b.sender_too);
}

#[test]
fn an_address_spells_a_name_in_cyrillic_an_umlaut_or_the_surname_alone() {
    assert!(names::spells("Олег Смирнов", "o.smirnov@team.test"));
    assert!(names::spells("Павел Медведев", "pavel.medvedev@team.test"));
    assert!(names::spells("Katrin Möller", "moeller@team.test"));
    assert!(names::spells("Jörg Mäder", "maeder@team.test"));
    assert!(!names::spells("Олег Смирнов", "o.petrov@team.test"));
    assert!(!names::spells("Anna Berg", "info@team.test"));
}

#[test]
fn a_director_named_with_the_patronymic_goes_on_the_badge_without_it() {
    let b = read(
        "Прошу зарегистрировать на семинар нашего директора Олега Ивановича Смирнова. Его адрес: o.smirnov@team.test.",
        &me(),
    )
    .in_nominative(Some("ru"));
    assert_eq!(b.others.len(), 1, "{b:?}");
    assert_eq!(b.others[0].email, "o.smirnov@team.test");
    assert_eq!(b.others[0].name.as_deref(), Some("Олег Смирнов"));
    assert!(b.unaddressed.is_empty());
}

#[test]
fn a_woman_named_with_the_patronymic_in_an_oblique_case_goes_on_the_badge_in_the_nominative() {
    for (text, badge) in [
        (
            "Прошу зарегистрировать нашего директора Ольгу Петровну Лукину (o.lukina@team.test).",
            "Ольга Лукина",
        ),
        (
            "Прошу забронировать место для нашего директора Марины Сергеевны Котовой (m.kotova@team.test).",
            "Марина Котова",
        ),
    ] {
        let b = read(text, &me()).in_nominative(Some("ru"));
        assert_eq!(b.others.len(), 1, "{text}: {b:?}");
        assert_eq!(b.others[0].name.as_deref(), Some(badge), "{text}");
    }
}

#[test]
fn a_list_below_a_count_of_the_people_who_come_keeps_those_without_an_address() {
    for (text, member, sender) in [
        (
            "Hei,\n\nVi blir tre fra klyngen:\n- Kari Nes, kari@team.test\n- Per Dahl, per@team.test\n- Siv Moe (e-post kommer)\n\nHilsen",
            "Siv Moe",
            false,
        ),
        (
            "Labdien,\n\nno mūsu biedrības brauks trīs cilvēki:\n1) Jānis Krūmiņš – valdes loceklis\n2) Anna Egle – projektu vadītāja, anna.egle@team.test\n3) es pati, Laura Zeltiņa\n",
            "Jānis Krūmiņš",
            true,
        ),
        (
            "Dzień dobry,\n\nprzyjadą trzy osoby:\n1. Adam Lis – koordynator, adam.lis@team.test\n2. Ewa Mróz – specjalistka\n3. ja – Olga Wrona\n",
            "Ewa Mróz",
            true,
        ),
    ] {
        let b = read(text, &me());
        assert_eq!(b.unaddressed, [member], "{text}: {b:?}");
        assert_eq!(b.sender_too, sender, "{text}");
        assert!(!b.others.is_empty(), "{text}");
    }
}

#[test]
fn a_list_below_a_line_that_counts_nothing_keeps_no_member_without_an_address() {
    let b = read(
        "Please send the invoice to:\nAnna Berg, accounting, anna@team.test\nTom Lind, purchasing\n",
        &me(),
    );
    assert!(b.unaddressed.is_empty(), "{b:?}");
}

#[test]
fn a_head_named_in_the_nominative_by_office_is_registered_without_the_sender() {
    let b = read(
        "Guten Tag,\n\nunser Geschäftsführer, Herr Dr. Bernd Hauser, möchte gern am Workshop teilnehmen. Eine eigene Adresse hat er nicht, bitte schreiben Sie an mich.",
        &me(),
    );
    assert_eq!(b.unaddressed, ["Bernd Hauser"], "{b:?}");
    assert!(!b.sender_too);
    // The sender named beside them still comes.
    let b = read(
        "Šoreiz brauksim divatā – es un mūsu projektu koordinatore Ilze Kalna; viņai vēl nav e-pasta.",
        &me(),
    );
    assert!(b.sender_too, "{b:?}");
}

#[test]
fn capitalised_words_that_open_a_german_sentence_are_no_cancelled_person() {
    for text in [
        "Im Vorfeld der Messe konnten wir leider keine Plätze mehr buchen und sagen ab.",
        "Zur Online-Version dieses Newsletters: wir müssen die Veranstaltung leider absagen.",
    ] {
        let b = replacement(text, &me(), true);
        assert!(b.unaddressed.is_empty(), "{text}: {b:?}");
    }
}
