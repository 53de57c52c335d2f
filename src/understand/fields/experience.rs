//! Experience with internationalisation: from a form value ("Experience: none") or from
//! sentences that speak about it.

use std::sync::LazyLock;

use super::super::Experience;
use super::super::countries::country_named;
use super::super::lexicon::experience::whose::{
    BUT, CLAUSE_OPENERS, EXPERIENCE_NOUNS, FIRST_STEPS, INTENSIFIERS, LITTLE, LOCAL, LONG_STANDING,
    NOT_NEW, ONLY, OTHERS_EXPERIENCE, RELATIVE, REPORTED, THE_TOPIC,
};
use super::super::lexicon::experience::{
    ABROAD, BEGINNING, EXPERIENCE_EXPERIENCED, EXPERIENCE_STARTING, EXPERIENCE_TOPIC,
    LONG_EXPERIENCE, NEVER_BEFORE, NEW_TO_US, NEWCOMERS, NOT_A_BEGINNER, RECENTLY, SINCE, YEARS,
};
use super::super::phrases::{AnyOf, AnyOfOwned};

static ABROAD_ANY: AnyOf = AnyOf::new(ABROAD);
static NEW_TO_US_ANY: AnyOf = AnyOf::new(NEW_TO_US);
static NEVER_BEFORE_ANY: AnyOf = AnyOf::new(NEVER_BEFORE);
static LONG_EXPERIENCE_ANY: AnyOf = AnyOf::new(LONG_EXPERIENCE);
static EXPERIENCE_TOPIC_ANY: AnyOf = AnyOf::new(EXPERIENCE_TOPIC);
static NEWCOMERS_ANY: AnyOf = AnyOf::new(NEWCOMERS);
static REPORTED_ANY: AnyOf = AnyOf::new(REPORTED);
static INTENSIFIERS_ANY: AnyOf = AnyOf::new(INTENSIFIERS);
static THE_TOPIC_ANY: AnyOf = AnyOf::new(THE_TOPIC);
static LONG_STANDING_ANY: AnyOf = AnyOf::new(LONG_STANDING);
static EXPERIENCE_NOUNS_ANY: AnyOf = AnyOf::new(EXPERIENCE_NOUNS);
static FIRST_STEPS_ANY: AnyOf = AnyOf::new(FIRST_STEPS);

/// The words without which [`told`] reads nothing (each of its readings needs one of them),
/// looked for once in a sentence before any of them is read.
static TOLD_ANY: LazyLock<AnyOfOwned> = LazyLock::new(|| {
    let lists = [
        NEW_TO_US,
        BEGINNING,
        NEVER_BEFORE,
        LONG_EXPERIENCE,
        LONG_STANDING,
        FIRST_STEPS,
        ONLY,
        LITTLE,
        YEARS,
        SINCE,
    ];
    AnyOfOwned::new(lists.concat().into_iter().map(str::to_string).collect())
});

/// A word list asked of every word of every sentence, as a set: one hash instead of a
/// comparison with each of its words.
type WordSet = LazyLock<foldhash::HashSet<&'static str>>;
static YEARS_SET: WordSet = LazyLock::new(|| YEARS.iter().copied().collect());
static LITTLE_SET: WordSet = LazyLock::new(|| LITTLE.iter().copied().collect());
static ONLY_SET: WordSet = LazyLock::new(|| ONLY.iter().copied().collect());

/// The lowercase words of `text`.
pub(super) fn lower_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `phrase` (one word or several) occurs in `words` as whole words.
fn has_phrase(words: &[&str], phrase: &str) -> bool {
    let p: Vec<&str> = phrase.split(' ').collect();
    words.windows(p.len()).any(|w| w == p.as_slice())
}

/// How people say it in running text rather than with the word "experience": a recent
/// beginning ("we only began looking abroad last year", "dopiero zaczyna", "vasta alussa")
/// is starting; a duration in years ("for a decade", "seit über zehn Jahren", "since 2014")
/// of work across borders is experienced. `lower` is one lowercase sentence or form value;
/// `about_abroad` says whether it must name work across borders itself (running text) or is
/// known to be about it (a form's experience line).
fn told(lower: &str, about_abroad: bool) -> Option<Experience> {
    // Most sentences hold none: looked for once before a copy is made for each.
    let plain = if INTENSIFIERS_ANY.in_text(lower) {
        std::borrow::Cow::Owned(
            INTENSIFIERS
                .iter()
                .fold(lower.to_string(), |l, i| l.replace(i, "")),
        )
    } else {
        std::borrow::Cow::Borrowed(lower)
    };
    let lower = plain.as_ref();
    // Every reading below needs a word of one of these lists: most sentences hold none.
    if !TOLD_ANY.in_text(lower) {
        return None;
    }
    let words = lower_words(lower);
    // A word that says both ("först") needs another for the beginning.
    let begun = words
        .iter()
        .any(|w| begins_with_beginning(w) && !RECENTLY.contains(w));
    // Work with another country named ("партнёрами в Швеции", "mot Skottland") is work abroad.
    let abroad_named = || ABROAD_ANY.in_text(lower);
    let abroad_or_country = || abroad_named() || country_named(lower).is_some();
    let the_topic = || THE_TOPIC_ANY.in_text(lower);
    if about_abroad && NEW_TO_US_ANY.in_text(lower) && (abroad_or_country() || the_topic()) {
        return Some(Experience::Starting);
    }
    // "I can only join on the first day" begins nothing abroad.
    // A country named counts as abroad only with a verb of beginning ("vi har akkurat begynt
    // å se mot Skottland"), not with "first" ("my first mail … Germany").
    let began_verb = || {
        words.iter().any(|w| {
            BEGINNING
                .iter()
                .any(|b| w.starts_with(b) && !matches!(*b, "first" | "först"))
        })
    };
    if begun
        && RECENTLY.iter().any(|r| has_phrase(&words, r))
        && (!about_abroad || abroad_named() || (began_verb() && country_named(lower).is_some()))
    {
        return Some(Experience::Starting);
    }
    if about_abroad && NEVER_BEFORE_ANY.in_text(lower) && abroad_named() {
        return Some(Experience::Starting);
    }
    if LONG_EXPERIENCE_ANY.in_text(lower)
        || (LONG_STANDING_ANY.in_text(lower) && EXPERIENCE_NOUNS_ANY.in_text(lower))
    {
        return Some(Experience::Experienced);
    }
    if about_abroad && FIRST_STEPS_ANY.in_text(lower) && abroad_or_country() {
        return Some(Experience::Starting);
    }
    let only_local = words.iter().enumerate().any(|(i, w)| {
        ONLY_SET.contains(w)
            && words
                .get(i + 1..(i + 4).min(words.len()))
                .is_some_and(|a| a.iter().any(|x| LOCAL.iter().any(|l| x.starts_with(l))))
    });
    if only_local {
        return Some(Experience::Starting);
    }
    // "kaum Erfahrung mit Export", "ei ole vielä kokemusta viennistä".
    // The few words before are looked at first: most words follow no "little".
    let mut last_little: Option<usize> = None;
    let little = words.iter().enumerate().any(|(i, w)| {
        let after_little = last_little.is_some_and(|l| i - l <= 3);
        if LITTLE_SET.contains(w) {
            last_little = Some(i);
        }
        after_little && EXPERIENCE_NOUNS_ANY.in_text(w)
    });
    if little && (!about_abroad || abroad_or_country() || the_topic()) {
        return Some(Experience::Starting);
    }
    if !has_duration(&words) {
        return None;
    }
    if !about_abroad {
        return Some(Experience::Experienced);
    }
    // The duration and the work abroad in one clause: "od kilku lat współpracuję z klastrami,
    // a obecnie … rynki skandynawskie" and "I have researched for years, how clusters work
    // internationally" speak of the years and of abroad in two statements.
    clauses(lower)
        .into_iter()
        .any(|c| {
            has_duration(&lower_words(c)) && (ABROAD_ANY.in_text(c) || country_named(c).is_some())
        })
        .then_some(Experience::Experienced)
}

/// Whether `word` starts with a word of beginning ([`BEGINNING`]). Asked of every word of
/// every sentence: the first letter is looked up before the list is gone through.
fn begins_with_beginning(word: &str) -> bool {
    static FIRST_BYTES: LazyLock<[bool; 256]> = LazyLock::new(|| {
        let mut first = [false; 256];
        for b in BEGINNING {
            first[usize::from(b.as_bytes().first().copied().unwrap_or(0))] = true;
        }
        first
    });
    word.as_bytes()
        .first()
        .is_some_and(|&f| FIRST_BYTES[usize::from(f)])
        && BEGINNING.iter().any(|b| word.starts_with(b))
}

/// A duration in years ("for ten years", "since 2014") among `words`.
fn has_duration(words: &[&str]) -> bool {
    words.iter().any(|w| YEARS_SET.contains(w))
        || words.windows(2).any(|p| {
            SINCE.contains(&p[0])
                && p[1].len() == 4
                && (p[1].starts_with("19") || p[1].starts_with("20"))
                && p[1].chars().all(|c| c.is_ascii_digit())
        })
}

/// The clauses of a lowercase sentence: cut at a comma before a word that opens a new clause
/// ([`CLAUSE_OPENERS`]).
fn clauses(lower: &str) -> Vec<&str> {
    // Polish "a" (and, whereas) is the English article too ("Since 2015, a team of ours
    // …"): only in a sentence with Polish letters.
    let polish = lower.contains(['ą', 'ę', 'ł', 'ś', 'ż', 'ź', 'ć', 'ń']);
    let mut cuts = vec![0];
    for (at, _) in lower.match_indices(',') {
        let next = lower
            .get(at + 1..)
            .unwrap_or("")
            .split_whitespace()
            .next()
            .unwrap_or("");
        if CLAUSE_OPENERS.contains(&next) && (next != "a" || polish) {
            cuts.push(at + 1);
        }
    }
    cuts.push(lower.len());
    cuts.windows(2)
        .map(|w| lower.get(w[0]..w[1]).unwrap_or(""))
        .collect()
}

/// Experience from a field value or from what the sender says.
pub fn experience(text: &str) -> Option<Experience> {
    // "learn from more experienced clusters", "useful for beginners" are about others: those
    // words are taken out before the sender's own are looked for.
    let t = OTHERS_EXPERIENCE
        .iter()
        .fold(text.to_lowercase(), |t, o| t.replace(o, " "));
    let word_hit = |p: &&str| {
        if p.chars().count() <= 4 {
            t.split(|c: char| !c.is_alphanumeric()).any(|w| w == *p)
        } else {
            t.contains(*p)
        }
    };
    // "vi är inte nybörjare", "neesam iesācēji": not beginners.
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
    let not_a_beginner = words.iter().enumerate().any(|(i, w)| {
        w.chars().count() > 4
            && EXPERIENCE_STARTING
                .iter()
                .chain(NEWCOMERS)
                .any(|s| s.chars().count() > 4 && !s.contains(' ') && w.starts_with(s))
            && words
                .get(i.saturating_sub(3)..i)
                .is_some_and(|b| b.iter().any(|x| NOT_A_BEGINNER.contains(x)))
    });
    if not_a_beginner || NOT_NEW.iter().any(|n| t.contains(n)) {
        return Some(Experience::Experienced);
    }
    if EXPERIENCE_STARTING.iter().chain(NEWCOMERS).any(word_hit) {
        return Some(Experience::Starting);
    }
    if EXPERIENCE_EXPERIENCED.iter().any(word_hit) {
        return Some(Experience::Experienced);
    }
    told(&t, false)
}

/// A sentence without what is not the sender's experience now: what they reported saying
/// before, up to the "but" that corrects it ("rakstīju, ka esam iesācēji, bet …"), and a
/// relative clause about another person named before it ("contact Anna Berg, who has just
/// started …").
fn own_now(sentence: &str) -> String {
    let mut l = sentence.to_lowercase();
    if let Some(at) = REPORTED_ANY.first_at(&l) {
        let after = l.get(at..).unwrap_or("");
        let resume = BUT
            .iter()
            .filter_map(|b| after.find(b).map(|i| at + i + b.len()))
            .min()
            .unwrap_or(l.len());
        l = format!(
            "{} {}",
            l.get(..at).unwrap_or(""),
            l.get(resume..).unwrap_or("")
        );
    }
    let original: Vec<&str> = sentence.split_whitespace().collect();
    // Another person: two capitalised words in a row after the sentence's first word.
    let person_at = original
        .windows(2)
        .enumerate()
        .skip(1)
        .find(|(_, w)| {
            w.iter()
                .all(|x| x.chars().next().is_some_and(char::is_uppercase) && x.chars().count() > 1)
        })
        .map(|(i, _)| i);
    if person_at.is_some()
        && let Some(cut) = RELATIVE
            .iter()
            .filter_map(|r| l.find(&format!(", {r} ")))
            .min()
    {
        l.truncate(cut);
    }
    l
}

/// Experience from running text; only sentences that speak about it.
pub(super) fn experience_in_text(text: &str) -> Option<Experience> {
    for s in text.split(['.', '!', '?', '\n']) {
        let l = own_now(s);
        if EXPERIENCE_TOPIC_ANY.in_text(&l) || NEWCOMERS_ANY.in_text(&l) {
            let cleaned = l
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| {
                    !w.is_empty()
                        && !matches!(
                            *w,
                            "no" | "yes"
                                | "ja"
                                | "nein"
                                | "nei"
                                | "none"
                                | "nē"
                                | "taip"
                                | "kyllä"
                                | "jā"
                        )
                })
                .collect::<Vec<_>>()
                .join(" ");
            let e = experience(&cleaned).or_else(|| {
                (l.contains("no experience") || l.contains("nav pieredzes"))
                    .then_some(Experience::Starting)
            });
            if e.is_some() {
                return e;
            }
        }
        if let Some(e) = told(&l, true).or_else(|| super::tenure::tenure(&l)) {
            return Some(e);
        }
    }
    None
}

#[cfg(test)]
mod tests;
