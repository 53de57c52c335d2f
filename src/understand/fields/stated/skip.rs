//! What stands between a cue and the organisation's name in running text and is no part of
//! it: a job title and a preposition ("I work as a project manager at"), a word for the kind
//! of organisation ("edustan yritystä"), an adverb ("edustan nyt"), a possessive ("vertrete
//! dort unser").

use super::super::super::lexicon::stated::{KIND_OF_ORGANISATION, TRAILING};

/// After a cue like "I work as", "dirbu", "работаю": the job title and the preposition
/// before the organisation's name ("a project manager at", "projektų vadove", "менеджером
/// в"), at most five words, lowercase or job titles. Returns where the name starts and the
/// last word skipped (a preposition decides the case: "w", "в"). None when no name follows.
pub(super) fn skip_job(text: &str, at: usize) -> Option<(usize, &str)> {
    let rest = text.get(at..)?;
    let mut last = "";
    for (i, w) in rest
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize, w))
        .take(6)
    {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let skip = bare.chars().next().is_some_and(char::is_lowercase)
            || super::super::signature::is_title_word(bare)
            || super::super::signature::is_compound_title(bare);
        if !skip {
            // "seit dem 1. April": a date is no name.
            if bare.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            return Some((at + i, last));
        }
        if bare.is_empty() || w.ends_with(['.', ',', ';', '!', '?']) {
            return None;
        }
        last = bare;
    }
    None
}

/// "our" in the region's languages, before the organisation's name.
const POSSESSIVES: &[&str] = &[
    "our", "my", "unser", "unsere", "unseren", "unseres", "vår", "vårt", "vores", "vor", "mūsu",
    "mūsų", "meie", "nasz", "naszą", "наш", "нашу",
];

/// Past a lowercase word for a kind of organisation right after a cue ("edustan yritystä
/// Nauvon Simpukka Oy", "I represent the company Baltic Foods"), when a capitalised name
/// follows it; else `at` itself.
pub(super) fn skip_kind(text: &str, at: usize) -> usize {
    let Some(rest) = text.get(at..) else {
        return at;
    };
    let mut words = rest.split_whitespace();
    let mut skipped = 0;
    let mut first = words.next().unwrap_or("");
    // "vertrete dort unser Kompetenznetz …": an adverb of place, then a possessive right
    // before the capitalised name.
    if matches!(first, "dort" | "there" | "där" | "tam") {
        skipped += 1;
        first = words.next().unwrap_or("");
    }
    if POSSESSIVES.contains(&first) {
        let Some(next) = words.next() else {
            return at;
        };
        if next.chars().next().is_some_and(char::is_uppercase) {
            return skip_words(rest, at, skipped + 1);
        }
        skipped += 1;
        first = next;
    } else if matches!(first, "the" | "a") {
        skipped += 1;
        first = words.next().unwrap_or("");
    }
    // "edustan nyt Business Oulua", "reprezentuję teraz …": an adverb of time before the
    // name is no part of it.
    if TRAILING.contains(&first) {
        let Some(next) = words.next() else {
            return at;
        };
        let starts_name = next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '"');
        if starts_name {
            return skip_words(rest, at, skipped + 1);
        }
        skipped += 1;
        first = next;
    }
    let kind = first.chars().next().is_some_and(char::is_lowercase)
        && KIND_OF_ORGANISATION.iter().any(|k| first.starts_with(k));
    let named = words.next().is_some_and(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '"')
    });
    if !(kind && named) {
        return at;
    }
    skip_words(rest, at, skipped + 1)
}

/// `at` moved past the first `n` words of `rest` (the text at `at`).
fn skip_words(rest: &str, at: usize, n: usize) -> usize {
    let mut pos = rest.len() - rest.trim_start().len();
    for _ in 0..n {
        let word_start = rest
            .get(pos..)
            .map_or(0, |r| r.len() - r.trim_start().len());
        pos += word_start;
        let len = rest
            .get(pos..)
            .and_then(|r| r.find(char::is_whitespace))
            .unwrap_or(0);
        pos += len;
    }
    at + pos
}
