//! The language of the sender's own words (ISO 639-1), restricted to the region's languages.
//!
//! whatlang decides for texts long enough to carry trigram statistics; short texts ("Hej!",
//! "Paldies") fall back to letters only one language uses and common greetings. Too little text
//! gives `None` rather than a guess.

use std::collections::HashMap;
use std::sync::LazyLock;
use whatlang::{Detector, Lang};

use super::lexicon::language::{FUNCTION_WORDS, LETTERS, WORDS};
use super::lexicon::scandinavian::{SCANDINAVIAN_MARKERS, SCANDINAVIAN_PAIRS};

const LANGS: &[(Lang, &str)] = &[
    (Lang::Eng, "en"),
    (Lang::Lav, "lv"),
    (Lang::Lit, "lt"),
    (Lang::Est, "et"),
    (Lang::Fin, "fi"),
    (Lang::Swe, "sv"),
    (Lang::Dan, "da"),
    (Lang::Nob, "nb"),
    (Lang::Deu, "de"),
    (Lang::Pol, "pl"),
    (Lang::Rus, "ru"),
];

/// The language whose function words clearly lead in `text`: at least two of them, and two more
/// than any other language's. Swedish, Danish and Norwegian count as one here and are told
/// apart by [`scandinavian`].
fn by_function_words(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    // Each word looked up once, not against every list: this runs on every message.
    static BY_WORD: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
        let mut map = HashMap::new();
        for (i, (_, list)) in FUNCTION_WORDS.iter().enumerate() {
            for w in *list {
                map.insert(*w, i);
            }
        }
        map
    });
    let mut scores: Vec<(&'static str, usize)> =
        FUNCTION_WORDS.iter().map(|(code, _)| (*code, 0)).collect();
    for w in &words {
        if let Some(s) = BY_WORD.get(w).and_then(|i| scores.get_mut(*i)) {
            s.1 += 1;
        }
    }
    // Finnish case endings ("Riiassa", "työpajaan", "Tampereelta") are as telling as its
    // function words.
    const FINNISH_ENDINGS: &[&str] = &["ssa", "ssä", "aan", "ään", "llä", "stä", "lta", "ltä"];
    let finnish = words
        .iter()
        .filter(|w| w.chars().count() > 5 && FINNISH_ENDINGS.iter().any(|e| w.ends_with(e)))
        .count();
    if let Some(fi) = scores.iter_mut().find(|(code, _)| *code == "fi") {
        fi.1 += finnish;
    }
    scores.sort_by_key(|s| std::cmp::Reverse(s.1));
    let (best, n) = *scores.first()?;
    let second = scores.get(1).map_or(0, |s| s.1);
    // One word alone decides only a text too short for statistics, and only when no other
    // language has any.
    let short = lower.chars().filter(|c| c.is_alphabetic()).count() < 80;
    let clear = (n >= 2 && n >= second + 2) || (short && n == 1 && second == 0);
    if !clear {
        return None;
    }
    if best == "scandinavian" {
        return scandinavian(&lower, None);
    }
    Some(best)
}

/// Swedish, Danish and Norwegian share most words; statistics on a short text often pick the
/// wrong one. Words only one of them spells that way count twice; words two of them share
/// ("jeg" Danish and Norwegian, "mig" Danish and Swedish) count once for each of the two, and so
/// tell "Jeg er med, skriv mig op" from Norwegian. A tie is settled by `hint` (the statistics'
/// pick) when the hint is among the leaders, else by the first leader when a hint was given
/// (the statistics know it is one of the three), and otherwise left undecided.
fn scandinavian(text: &str, hint: Option<&str>) -> Option<&'static str> {
    const CODES: [&str; 3] = ["sv", "da", "nb"];
    let lower = text.to_lowercase();
    let mut scores = [0usize; 3];
    let index = |code: &str| CODES.iter().position(|c| *c == code);
    for word in lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        for (code, list) in SCANDINAVIAN_MARKERS {
            if list.contains(&word)
                && let Some(i) = index(code)
            {
                scores[i] += 2;
            }
        }
        for (a, b, list) in SCANDINAVIAN_PAIRS {
            if list.contains(&word) {
                for code in [a, b] {
                    if let Some(i) = index(code) {
                        scores[i] += 1;
                    }
                }
            }
        }
    }
    let best = *scores.iter().max()?;
    if best == 0 {
        return None;
    }
    let leaders: Vec<&'static str> = CODES
        .iter()
        .zip(scores)
        .filter(|(_, s)| *s == best)
        .map(|(c, _)| *c)
        .collect();
    match (leaders.as_slice(), hint) {
        ([one], _) => Some(one),
        (_, Some(h)) => leaders
            .iter()
            .find(|c| **c == h)
            .or(leaders.first())
            .copied(),
        (_, None) => None,
    }
}

/// `text` without what it quotes ("the workshop \"Cluster internationalisation – Why and how
/// to do it?\""): a quoted title is the event's language, not the writer's. Only the first
/// `keep` bytes (whole characters) are kept, with whether the whole unquoted text has at
/// least `letters` letters: the walk stops as soon as both are known.
fn without_quotes(text: &str, keep: usize, letters: usize) -> (String, bool) {
    let mut out = String::with_capacity(text.len().min(keep + 4));
    let mut depth = 0usize;
    let mut straight = false;
    let mut seen = 0usize;
    for c in text.chars() {
        match c {
            '"' => straight = !straight,
            '“' | '„' | '«' => depth += 1,
            '”' | '»' => depth = depth.saturating_sub(1),
            _ if depth == 0 && !straight => {
                if out.len() < keep {
                    out.push(c);
                }
                if seen < letters && c.is_alphabetic() {
                    seen += 1;
                }
                if out.len() >= keep && seen >= letters {
                    break;
                }
            }
            _ => {}
        }
        if c == '\n' {
            straight = false;
            depth = 0;
        }
    }
    (out, seen >= letters)
}

/// Detects the language of `text`; `None` when there is too little text to tell.
/// The language of regbot's own acknowledgement, from the words its subject opens with
/// ("Du är anmäld", "Registracija patvirtinta"): the templates' subjects, one per language.
pub fn of_acknowledgement(head: &str) -> Option<String> {
    let head = head.trim().to_lowercase();
    super::lexicon::language::ACKNOWLEDGEMENT_SUBJECTS
        .iter()
        .find(|(words, _)| head == *words)
        .map(|(_, code)| (*code).to_string())
}

pub fn detect(text: &str) -> Option<String> {
    // A kilobyte decides the language as well as the whole text, at a fraction of the cost:
    // the unquoted text is made only that long (and a character more, so that it is cut where
    // the whole would be).
    const DECIDING_BYTES: usize = 1024;
    let (unquoted, enough) = without_quotes(text, DECIDING_BYTES + 4, 12);
    let text = if enough { unquoted.as_str() } else { text };
    let text = super::decode::cut_str(text, DECIDING_BYTES);
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return None;
    }
    let cyrillic_text = text
        .chars()
        .filter(|c| ('а'..='я').contains(c) || ('А'..='Я').contains(c) || *c == 'ё')
        .count()
        * 2
        > letters;
    if !cyrillic_text && let Some(code) = by_function_words(text) {
        return Some(code.to_string());
    }
    if letters >= 40 {
        let detector = Detector::with_allowlist(LANGS.iter().map(|(l, _)| *l).collect());
        if let Some(info) = detector.detect(text)
            && let Some((_, code)) = LANGS.iter().find(|(l, _)| *l == info.lang())
        {
            if matches!(*code, "sv" | "da" | "nb") {
                return Some(scandinavian(text, Some(code)).unwrap_or(code).to_string());
            }
            return Some((*code).to_string());
        }
    }
    let lower = text.to_lowercase();
    // A few Cyrillic letters in Latin text are noise (stray bytes decoded as windows-1251),
    // not Russian: Cyrillic must carry the text.
    let cyrillic = lower
        .chars()
        .filter(|c| ('а'..='я').contains(c) || *c == 'ё')
        .count();
    if cyrillic * 2 > letters {
        return Some("ru".into());
    }
    for (code, chars) in LETTERS {
        if lower.chars().any(|c| chars.contains(&c)) {
            // 'å', 'æ' and 'ø' are shared among the three Scandinavian languages: their words
            // decide, the letter only hints.
            if matches!(*code, "sv" | "da") {
                return Some(scandinavian(&lower, Some(code)).unwrap_or(code).to_string());
            }
            return Some((*code).to_string());
        }
    }
    if let Some(code) = scandinavian(&lower, None) {
        return Some(code.to_string());
    }
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|t| !t.is_empty())
        .collect();
    let joined = tokens.join(" ");
    for (code, list) in WORDS {
        let hit = list.iter().any(|w| {
            if w.contains(' ') {
                joined.contains(w)
            } else {
                tokens.contains(w)
            }
        });
        if hit {
            return Some((*code).to_string());
        }
    }
    None
}

/// The language to write to a participant in: the one detected in this message, unless a
/// language is already known for them and this message is too short to settle it. A one-line
/// reply ("Ok, paldies!", "Takk, sees!") in a language close to another must not switch a
/// participant who wrote a whole registration in their own.
pub fn keep_language<'a>(
    detected: Option<&'a str>,
    known: Option<&'a str>,
    own_text: &str,
) -> Option<&'a str> {
    /// Words of the sender's own text (before their sign-off) that settle a new language.
    const SETTLING_WORDS: usize = 20;
    match (detected, known) {
        (Some(new), Some(old)) if new != old => {
            let words = super::fields::before_sign_off(own_text)
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            Some(if words >= SETTLING_WORDS { new } else { old })
        }
        (new, old) => new.or(old),
    }
}

#[cfg(test)]
mod tests;
