//! The features the learned model reads, computed here in Rust so that training
//! (`tests/eval/learned/train.py`, through the hidden `regbot features` subcommand) and the
//! daemon can never disagree.
//!
//! A few fixed indices below [`META`] say what the rules found and what kind of mail it is (a
//! reply to regbot's own, a forward attached, how long the sender's words are); the text
//! features are hashed into the rest of the table with FNV-1a (stable across processes and
//! machines, unlike the standard library's seeded hasher): lowercased words and word pairs of
//! the sender's own words, the same words with diacritics folded, character 3–5-grams of each
//! folded word (the inflected languages say "registrēties", "registreeruda", "rejestracji"),
//! and the subject's words marked apart.

use super::super::decode::cut_str;
use super::super::fields::names::fold;
use super::super::model::Intent;

/// The version of the extraction. `train.py` writes it into the weights' header; a model
/// trained on other features is not used (and a unit test fails until it is retrained).
pub const VERSION: u16 = 1;
/// Size of the hashed table, the fixed indices included.
pub const BUCKETS: usize = 1 << 17;
/// Indices below this one are fixed (not hashed): see [`meta`].
pub const META: u32 = 32;
/// The sender's words read, at most: a 256 KB mail costs no more than an 8 KB one.
pub const READ_BYTES: usize = 4 * 1024;
/// The subject read, at most.
const SUBJECT_BYTES: usize = 512;
/// Longer "words" (addresses, links, hashes) are read only for their first letters.
const WORD_CHARS: usize = 24;

/// The fixed indices.
pub mod meta {
    /// The rules' intents, in the order of [`super::Intent`]: registration, idea,
    /// cancellation, update, question.
    pub const RULES: u32 = 0;
    /// The rules found no intent.
    pub const RULES_NONE: u32 = 5;
    /// The mail replies to one of regbot's own.
    pub const REPLY_TO_OWN: u32 = 6;
    /// A forwarded message is attached below the sender's words.
    pub const FORWARD: u32 = 7;
    /// The number of words, in buckets (see `length_bucket`): 8..=14.
    pub const LENGTH: u32 = 8;
    /// The rules found exactly one intent.
    pub const RULES_ONE: u32 = 15;
}

/// What the model reads of one mail: what the rules read too.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The subject without "Re:"/"Fwd:" prefixes (`intents::strip_subject`).
    pub subject: String,
    /// The sender's own words: quotes, forwards and the signature block removed.
    pub words: String,
    pub reply_to_own: bool,
    pub forwarded: bool,
}

/// One mail's features: (index, count), sorted by index, each index once.
pub type Features = Vec<(u32, u16)>;

/// The features of a reading, given the intents the rules found.
pub fn extract(reading: &Reading, rules: &[Intent]) -> Features {
    let mut ix: Vec<u32> = Vec::with_capacity(512);
    for intent in rules {
        ix.push(meta::RULES + *intent as u32);
    }
    if rules.is_empty() {
        ix.push(meta::RULES_NONE);
    }
    if rules.len() == 1 {
        ix.push(meta::RULES_ONE);
    }
    if reading.reply_to_own {
        ix.push(meta::REPLY_TO_OWN);
    }
    if reading.forwarded {
        ix.push(meta::FORWARD);
    }
    let body = cut_str(&reading.words, READ_BYTES);
    let words = text_features(body, b'w', &mut ix);
    ix.push(meta::LENGTH + length_bucket(words));
    text_features(cut_str(&reading.subject, SUBJECT_BYTES), b's', &mut ix);
    ix.sort_unstable();
    let mut out: Features = Vec::with_capacity(ix.len());
    for i in ix {
        match out.last_mut() {
            Some((last, n)) if *last == i => *n = n.saturating_add(1),
            _ => out.push((i, 1)),
        }
    }
    out
}

/// The text features of `text`, marked with `kind` (body or subject); returns the word count.
fn text_features(text: &str, kind: u8, ix: &mut Vec<u32>) -> usize {
    let mut previous: Option<String> = None;
    let mut count = 0;
    let mut padded = String::with_capacity(64);
    let mut bounds: Vec<usize> = Vec::with_capacity(WORD_CHARS + 3);
    for word in tokens(text) {
        count += 1;
        ix.push(index(&[&[kind, b'1'], word.as_bytes()]));
        if let Some(p) = &previous {
            ix.push(index(&[&[kind, b'2'], p.as_bytes(), b" ", word.as_bytes()]));
        }
        let folded = fold(&word, false);
        if folded != word {
            ix.push(index(&[&[kind, b'1'], folded.as_bytes()]));
        }
        if kind == b'w' && word != "?" {
            padded.clear();
            padded.push('<');
            padded.push_str(&folded);
            padded.push('>');
            bounds.clear();
            bounds.extend(padded.char_indices().map(|(i, _)| i));
            bounds.push(padded.len());
            let chars = bounds.len() - 1;
            for n in 3..=5 {
                for start in 0..chars.saturating_sub(n - 1) {
                    let gram = &padded.as_bytes()[bounds[start]..bounds[start + n]];
                    ix.push(index(&[b"c", gram]));
                }
            }
        }
        previous = Some(word);
    }
    count
}

/// Lowercased words (at most [`WORD_CHARS`] letters each) and question marks, in order.
fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    let mut chars = text.chars().peekable();
    std::iter::from_fn(move || {
        loop {
            let c = chars.next()?;
            if c == '?' {
                return Some("?".to_string());
            }
            if !c.is_alphanumeric() {
                continue;
            }
            let mut word: String = c.to_lowercase().collect();
            let mut n = 1;
            while let Some(&c) = chars.peek().filter(|c| c.is_alphanumeric()) {
                chars.next();
                if n < WORD_CHARS {
                    word.extend(c.to_lowercase());
                    n += 1;
                }
            }
            return Some(word);
        }
    })
}

/// The word count's bucket: 0, 1–3, 4–10, 11–30, 31–80, 81–200, more.
fn length_bucket(words: usize) -> u32 {
    match words {
        0 => 0,
        1..=3 => 1,
        4..=10 => 2,
        11..=30 => 3,
        31..=80 => 4,
        81..=200 => 5,
        _ => 6,
    }
}

/// The hashed index of the concatenated parts: 32-bit FNV-1a, above the fixed indices.
fn index(parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for part in parts {
        for b in *part {
            h ^= u32::from(*b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    META + h % (BUCKETS as u32 - META)
}

#[cfg(test)]
mod tests;
