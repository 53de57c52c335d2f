//! Requests to register someone in words the intent lexicon misses (`ASKS`): a separable
//! verb around the people named ("melden Sie A und B an"), or a verb that needs a word about
//! the event with it ("ilmoittaa" is also "to notify").

use super::super::lexicon::behalf::{ASKS, Ask, CLAUSE_JOINS};

/// Whether a lowercase sentence asks to register someone in the words of `ASKS`.
pub(super) fn asks(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    ASKS.iter().any(|ask| {
        if !words.iter().any(|w| is_one_of(ask.verb, w)) {
            return false;
        }
        if ask.with.is_empty() {
            true
        } else if ask.particle {
            particle_ends_a_clause(lower, ask)
        } else {
            words.iter().any(|w| is_one_of(ask.with, w))
        }
    })
}

/// `word` is one of `list`: whole, or starting with an entry that ends in `-`.
fn is_one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|entry| match entry.strip_suffix('-') {
        Some(stem) => word.starts_with(stem),
        None => word == *entry,
    })
}

/// A separable verb's particle after the verb, at the end of a clause: "melden Sie bitte A
/// und B zum Workshop an." (not the preposition in "an den Workshop").
fn particle_ends_a_clause(lower: &str, ask: &Ask) -> bool {
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let Some(verb_at) = tokens
        .iter()
        .position(|t| is_one_of(ask.verb, t.trim_matches(|c: char| !c.is_alphanumeric())))
    else {
        return false;
    };
    tokens
        .iter()
        .enumerate()
        .skip(verb_at + 1)
        .any(|(i, token)| {
            let word = token.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
            let ends = word.len() < token.len()
                || i + 1 == tokens.len()
                || CLAUSE_JOINS.iter().any(|j| j.trim() == tokens[i + 1]);
            ends && ask.with.contains(&word)
        })
}

/// Whether a lowercase sentence is about where the mail about the participation goes ("send
/// the confirmation to him, with me in copy", "al korrespondance må gå til mig").
pub(super) fn about_correspondence(lower: &str) -> bool {
    super::super::lexicon::behalf::CORRESPONDENCE
        .iter()
        .any(|c| lower.contains(c))
}

/// Whether the colleague registers on their own ("Simona registruosis pati", "ilmoittautuu
/// itse", "som selv tilmelder sig"): "self" without the sender in its clause.
pub(super) fn on_their_own(lower: &str) -> bool {
    use super::super::lexicon::clauses::{ME_FIRST, YOURSELF};
    lower.split([',', ';', ':', '–']).any(|clause| {
        let words: Vec<&str> = clause
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .collect();
        words.iter().any(|w| YOURSELF.contains(w)) && !words.iter().any(|w| ME_FIRST.contains(w))
    })
}
