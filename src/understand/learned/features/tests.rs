use super::*;

fn reading(subject: &str, words: &str) -> Reading {
    Reading::new(subject, words, false, false)
}

#[test]
fn the_same_words_give_the_same_indices_in_every_process() {
    // FNV-1a is written out here, not seeded per process: these indices are what the
    // trained weights were fitted to.
    assert_eq!(index(&[b"w1", b"register"]), index(&[b"w1register"]));
    assert_eq!(index(&[b"w1", b"register"]), 77_056);
    let a = extract(&reading("Workshop", "Please register me."), &[]);
    let b = extract(&reading("Workshop", "Please register me."), &[]);
    assert_eq!(a, b);
}

#[test]
fn indices_are_sorted_counted_once_and_within_the_table() {
    let f = extract(
        &reading("", "yes yes yes, I will come"),
        &[Intent::Registration],
    );
    assert!(f.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(f.iter().all(|(i, _)| (*i as usize) < BUCKETS));
    let yes = index(&[b"w1", b"yes"]);
    assert_eq!(f.iter().find(|(i, _)| *i == yes).map(|(_, n)| *n), Some(3));
}

#[test]
fn the_rules_and_the_kind_of_mail_are_fixed_features() {
    let r = Reading::new("Re: x", "ok", true, true);
    let f = extract(&r, &[Intent::Cancellation, Intent::Question]);
    let ix: Vec<u32> = f.iter().map(|(i, _)| *i).filter(|i| *i < META).collect();
    assert_eq!(
        ix,
        vec![
            meta::RULES + 2,
            meta::RULES + 4,
            meta::REPLY_TO_OWN,
            meta::FORWARD,
            meta::LENGTH + 1
        ]
    );
    let none = extract(&reading("", ""), &[]);
    assert!(none.contains(&(meta::RULES_NONE, 1)));
    assert!(none.contains(&(meta::LENGTH, 1)));
}

#[test]
fn a_word_without_diacritics_shares_the_folded_token() {
    // Latvian, Polish and German written with and without their letters.
    for (with, without) in [
        ("reģistrēties", "registreties"),
        ("zgłoszenie", "zgloszenie"),
        ("Anmeldung für", "anmeldung fur"),
    ] {
        let a = extract(&reading("", with), &[]);
        let b = extract(&reading("", without), &[]);
        let folded = index(&[b"w1", without.split(' ').next().unwrap().as_bytes()]);
        assert!(a.iter().any(|(i, _)| *i == folded), "{with}");
        assert!(b.iter().any(|(i, _)| *i == folded), "{without}");
    }
}

#[test]
fn subject_words_are_marked_apart_from_body_words() {
    let s = extract(&reading("registration", ""), &[]);
    let b = extract(&reading("", "registration"), &[]);
    assert!(s.contains(&(index(&[b"s1", b"registration"]), 1)));
    assert!(!s.contains(&(index(&[b"w1", b"registration"]), 1)));
    assert!(b.contains(&(index(&[b"w1", b"registration"]), 1)));
}

#[test]
fn inflected_words_share_character_grams() {
    // Estonian and Lithuanian endings change; the stem's grams stay.
    let a = extract(&reading("", "registreerun"), &[]);
    let b = extract(&reading("", "registreeruda"), &[]);
    let gram = index(&[b"c", b"regis"]);
    assert!(a.iter().any(|(i, _)| *i == gram) && b.iter().any(|(i, _)| *i == gram));
}

#[test]
fn a_huge_mail_costs_no_more_than_the_cap() {
    let long = "Ich möchte mich gerne für den Workshop anmelden. ".repeat(20_000);
    let capped_text = cut_str(&long, READ_BYTES);
    assert!(capped_text.len() <= READ_BYTES);
    let f = extract(&reading("", &long), &[]);
    let g = extract(&reading("", capped_text), &[]);
    assert_eq!(f, g);
}
