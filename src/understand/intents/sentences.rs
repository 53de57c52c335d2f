//! The machinery under intent detection: sentences and clauses of the sender's text, their
//! words, where a stem or phrase hits, and whether that hit is negated or hypothetical.

use super::super::lexicon::intents::{
    CANCELLATION, HYPOTHETICAL, NEGATORS, POSSESSIVE, REGISTRATION,
};

/// One clause's words, lowercase, without addresses and links.
pub fn words(clause: &str) -> Vec<String> {
    clause
        .split_whitespace()
        .filter(|t| !t.contains('@') && !t.contains("://") && !t.starts_with("www."))
        .flat_map(|t| {
            t.split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .filter(|w| !w.is_empty())
                .map(|w| w.trim_matches('\'').to_lowercase())
                .collect::<Vec<_>>()
        })
        .collect()
}

pub fn stem_hit(word: &str, stem: &str) -> bool {
    // `nth(4)` rather than counting: this runs for every word and stem.
    if stem.chars().nth(4).is_some() {
        word.contains(stem)
    } else {
        word == stem
    }
}

/// Positions of the words that carry one of `stems`, plus the first word of each phrase.
pub fn hits(words: &[String], stems: &[&str], phrases: &[&str]) -> Vec<usize> {
    let mut out: Vec<usize> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| stems.iter().any(|s| stem_hit(w, s)))
        .map(|(i, _)| i)
        .collect();
    for phrase in phrases {
        let p: Vec<&str> = phrase.split(' ').collect();
        if p.is_empty() || words.len() < p.len() {
            continue;
        }
        for i in 0..=(words.len() - p.len()) {
            if words
                .get(i..i + p.len())
                .is_some_and(|ws| ws.iter().zip(&p).all(|(a, b)| a == b))
            {
                out.push(i);
            }
        }
    }
    out
}

/// Whether the word at `i` is negated or hypothetical: a negator or "if" among the few words
/// before it in the same clause, or a negative prefix on the word itself ("nereģistrēšos").
pub fn negated(words: &[String], i: usize) -> bool {
    let from = i.saturating_sub(5);
    let before = words.get(from..i).unwrap_or(&[]);
    if before
        .iter()
        .any(|w| NEGATORS.contains(&w.as_str()) || HYPOTHETICAL.contains(&w.as_str()))
    {
        return true;
    }
    if before.iter().any(|w| w.ends_with("n't")) {
        return true;
    }
    // Finnish "en" (I do not) only before a verb; elsewhere "en" is Scandinavian "a".
    if before.windows(2).any(|p| {
        p[0] == "en"
            && [
                "voi",
                "pysty",
                "pääse",
                "ehdi",
                "halua",
                "ole",
                "tule",
                "ilmoittaudu",
                "osallistu",
            ]
            .iter()
            .any(|v| p[1].starts_with(v))
    }) {
        return true;
    }
    words.get(i).is_some_and(|w| {
        (w.starts_with("ne") || w.starts_with("nie"))
            && REGISTRATION
                .iter()
                .chain(CANCELLATION)
                .any(|s| s.chars().nth(4).is_some() && w.get(2..).is_some_and(|r| r.starts_with(s)))
    })
}

/// Clauses: split at sentence ends, line ends and commas/semicolons (which end a condition).
pub fn clauses(sentence: &str) -> Vec<&str> {
    sentence
        .split([',', ';', ':'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// Sentences of a text, with their terminator, and the paragraph index each belongs to.
pub fn sentences(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (p, para) in text.split("\n\n").enumerate() {
        let mut cur = String::new();
        // Inside a quoted title ("Why and how to do it?") a '?' or '.' ends no sentence.
        let mut quoted = false;
        for c in para.chars() {
            if c == '\n' {
                if !cur.trim().is_empty() {
                    out.push((p, cur.trim().to_string()));
                }
                cur.clear();
                quoted = false;
                continue;
            }
            cur.push(c);
            match c {
                '"' => quoted = !quoted,
                '“' | '„' | '«' if !quoted => quoted = true,
                '”' | '“' | '»' if quoted => quoted = false,
                _ => {}
            }
            if !quoted && matches!(c, '.' | '!' | '?') {
                if !cur.trim().is_empty() && cur.trim().len() > 1 {
                    out.push((p, cur.trim().to_string()));
                }
                cur.clear();
            }
        }
        if !cur.trim().is_empty() {
            out.push((p, cur.trim().to_string()));
        }
    }
    out
}

pub fn positive(sentence: &str, stems: &[&str], phrases: &[&str], skip_possessive: bool) -> bool {
    clauses(sentence).iter().any(|clause| {
        let w = words(clause);
        hits(&w, stems, phrases).into_iter().any(|i| {
            let possessive = skip_possessive
                && i > 0
                && w.get(i - 1)
                    .is_some_and(|p| POSSESSIVE.contains(&p.as_str()));
            !possessive && !negated(&w, i)
        })
    })
}

pub fn contains_phrase(sentence: &str, phrases: &[&str]) -> bool {
    let joined = format!(" {} ", words(sentence).join(" "));
    phrases.iter().any(|p| joined.contains(&format!(" {p} ")))
}
