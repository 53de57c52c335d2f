//! The lists below a line that introduces them ("Please register the following colleagues:"):
//! the people with an address, those whose address comes later, and whether the sender is one.

use super::super::fields::{is_title_word, looks_like_name};
use super::super::lexicon::COLLEAGUE;
use super::super::lexicon::behalf::{ADDRESS_WORDS, LATER, NAME_JOINS, NOT_YET, OUR_HEAD, STAFF};
use super::names::leading_name;
use super::{Named, people_in};

/// The people in the list below line `at` ("Please register the following colleagues:"),
/// up to the first line without an address after one was found (blank lines between the
/// entries, as mail clients leave them between table rows, do not end it).
pub(super) fn list_below(lines: &[&str], at: usize, exclude: &[String]) -> Vec<Named> {
    let mut named = Vec::new();
    let mut started = false;
    for next in lines.iter().skip(at + 1).take(30) {
        if next.trim().is_empty() {
            continue;
        }
        if !next.contains('@') {
            if started {
                break;
            }
            continue;
        }
        started = true;
        named.extend(people_in(next, exclude));
    }
    named
}

/// The people in the list below line `at` named without an address, on a line that says it
/// comes later or does not exist yet ("Ali Hassan – he has no address with us yet"): the
/// entries up to the first blank line after them.
pub(super) fn unaddressed_below(lines: &[&str], at: usize) -> Vec<String> {
    lines
        .iter()
        .skip(at + 1)
        .take(30)
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| !l.contains('@') && address_comes_later_alone(l))
        .filter_map(|l| leading_name(l))
        .collect()
}

/// Whether a line says its person's address comes later or does not exist yet, without the
/// word for a colleague that [`address_comes_later`] wants (a list entry under one).
fn address_comes_later_alone(line: &str) -> bool {
    let lower = line.to_lowercase();
    ADDRESS_WORDS.iter().any(|w| lower.contains(w))
        && (LATER.iter().any(|w| lower.contains(w)) || NOT_YET.iter().any(|w| lower.contains(w)))
}

/// The person who closes a list of the people who come, named by their place and without an
/// address after the last one with an address: "…: me, my colleague A (a@…) and our director
/// B". Only after the language's "and" and at most three words that say their place: "… (a@…)
/// and send the programme to B" names nobody who comes. Without such words, only when the
/// sentence says the address is missing: "… (a@…) and B, who has no address yet".
pub(super) fn unaddressed_after_list(sentence: &str) -> Option<String> {
    let at = sentence.rfind('@')?;
    // The rest of the address itself is the first word.
    let mut words = sentence.get(at..)?.split_whitespace().skip(1);
    let join = words.next()?;
    if !NAME_JOINS.contains(&join.to_lowercase().as_str()) {
        return None;
    }
    let mut place: Vec<String> = Vec::new();
    let mut name: Vec<&str> = Vec::new();
    for w in words.take(7) {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic() && c != '-');
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        if name.is_empty() && !capitalised {
            place.push(bare.to_lowercase());
            continue;
        }
        if !capitalised || is_title_word(bare) {
            break;
        }
        name.push(bare);
        // Punctuation ends the name: "Tomas Berg." / "Tomas Berg, who …".
        if w.len() != bare.len() {
            break;
        }
    }
    let place = place.join(" ");
    // "… and B, who has no address yet": the sentence says why B has none.
    let placed = (place.is_empty() && address_comes_later_alone(sentence))
        || ((1..=3).contains(&place.split_whitespace().count())
            && COLLEAGUE
                .iter()
                .chain(OUR_HEAD)
                .chain(STAFF)
                .any(|m| place.contains(m)));
    let name = name.join(" ");
    (placed && looks_like_name(&name)).then_some(name)
}

/// Whether the list below line `at` names one of `exclude` (the sender listing themselves
/// among the people to register).
pub(super) fn lists_sender(lines: &[&str], at: usize, exclude: &[String]) -> bool {
    lines
        .iter()
        .skip(at + 1)
        .take(30)
        .take_while(|l| l.trim().is_empty() || l.contains('@'))
        .any(|l| {
            let lower = l.to_lowercase();
            exclude
                .iter()
                .any(|e| !e.is_empty() && lower.contains(&e.to_lowercase()))
        })
}
