//! The lists below a line that introduces them ("Please register the following colleagues:"):
//! the people with an address, those whose address comes later, and whether the sender is one.

use super::super::lexicon::behalf::{ADDRESS_WORDS, LATER, NOT_YET};
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
