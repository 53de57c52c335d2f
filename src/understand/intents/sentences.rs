//! The machinery under intent detection: sentences and clauses of the sender's text, their
//! words, where a stem or phrase hits, and whether that hit is negated or hypothetical.

use super::super::lexicon::intents::{
    CANCELLATION, HYPOTHETICAL, NEGATORS, NOT_AFTER, POSSESSIVE, REGISTRATION, REQUEST_WORDS, YET,
};

/// One clause's words, lowercase, without addresses and links.
pub fn words(clause: &str) -> Vec<String> {
    clause
        .replace(['’', '`'], "'")
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

/// Where `stems` and `phrases` hit: (first word, one past the last word) of each.
pub fn hits(words: &[String], stems: &[&str], phrases: &[&str]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| stems.iter().any(|s| stem_hit(w, s)))
        .map(|(i, _)| (i, i + 1))
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
                out.push((i, i + p.len()));
            }
        }
    }
    out
}

/// How a hit stands in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    /// Asked for or stated.
    Positive,
    /// Refused by the sender ("I cannot come", "dalyvauti negalėsiu", "ich komme nicht").
    Refused,
    /// Conditional or undecided ("if I register", "I cannot register yet"): neither.
    Open,
}

/// Finnish "en" (I do not) only before a verb; elsewhere "en" is Scandinavian "a".
fn finnish_not(pair: &[String]) -> bool {
    pair.first().is_some_and(|w| w == "en")
        && pair.get(1).is_some_and(|v| {
            [
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
            .any(|p| v.starts_with(p))
        })
}

/// The stance of the hit spanning `start..end`: a negator among the five words before it or
/// the two after it (post-verbal negation: "ich komme nicht", "dalyvauti negalėsiu"), a
/// negative prefix on the word itself ("nereģistrēšos"), or a condition before it.
pub fn stance(words: &[String], start: usize, end: usize) -> Stance {
    let before = words.get(start.saturating_sub(5)..start).unwrap_or(&[]);
    let after = words.get(end..(end + 2).min(words.len())).unwrap_or(&[]);
    if before.iter().any(|w| HYPOTHETICAL.contains(&w.as_str())) {
        return Stance::Open;
    }
    let negator = |w: &String| NEGATORS.contains(&w.as_str()) || w.ends_with("n't");
    let post_negator = |w: &String| negator(w) && !matches!(w.as_str(), "no" | "ne" | "nie");
    let prefixed = words.get(start).is_some_and(|w| {
        (w.starts_with("ne") || w.starts_with("nie"))
            && REGISTRATION
                .iter()
                .chain(CANCELLATION)
                .any(|s| s.chars().nth(4).is_some() && w.get(2..).is_some_and(|r| r.starts_with(s)))
    });
    let refused = before.iter().any(negator)
        || before.windows(2).any(finnish_not)
        || after.iter().any(post_negator)
        || prefixed;
    if !refused {
        return Stance::Positive;
    }
    if words.iter().any(|w| YET.contains(&w.as_str())) {
        Stance::Open
    } else {
        Stance::Refused
    }
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

/// Whether any clause of `sentence` asks for what `stems`/`phrases` name. A possessive right
/// before the hit ("my registration") makes it a mention, unless the clause is a request
/// ("proszę o moją rejestrację").
pub fn positive(sentence: &str, stems: &[&str], phrases: &[&str], skip_possessive: bool) -> bool {
    clauses(sentence).iter().any(|clause| {
        let w = words(clause);
        let request = w.iter().any(|x| REQUEST_WORDS.contains(&x.as_str()));
        hits(&w, stems, phrases).into_iter().any(|(start, end)| {
            let possessive = skip_possessive
                && !request
                && start > 0
                && w.get(start - 1)
                    .is_some_and(|p| POSSESSIVE.contains(&p.as_str()));
            let something_else = w
                .get(end)
                .is_some_and(|next| NOT_AFTER.contains(&next.as_str()));
            !possessive && !something_else && stance(&w, start, end) == Stance::Positive
        })
    })
}

/// Whether the sender refuses what `stems`/`phrases` name in some clause ("I won't be able to
/// come"). Undecided and conditional clauses refuse nothing.
pub fn refused(sentence: &str, stems: &[&str], phrases: &[&str]) -> bool {
    clauses(sentence).iter().any(|clause| {
        let w = words(clause);
        hits(&w, stems, phrases)
            .into_iter()
            .any(|(start, end)| stance(&w, start, end) == Stance::Refused)
    })
}

pub fn contains_phrase(sentence: &str, phrases: &[&str]) -> bool {
    let joined = format!(" {} ", words(sentence).join(" "));
    phrases.iter().any(|p| joined.contains(&format!(" {p} ")))
}
