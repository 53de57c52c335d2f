//! An organisation named after other words in running text: a job title ("as head of … at
//! X", "als Geschäftsführerin des Netzwerks X", "jestem koordynatorem w X") or the sender's own
//! name ("this is Ann Lee from X", "esmu Ilze Kalna no X").

use super::super::super::countries::is_place_line;
use super::super::super::lexicon::stated::{COUNT_FROM, COUNTED, INTRODUCED_FROM, TITLE_AT};
use super::{Cue, Scan, aligned_lower, name_at, organisation_at, skip_job};

/// The organisation after a job title ("as head of international relations at Forth Valley
/// Food Network", "als Geschäftsführerin des Netzwerks …", "jestem koordynatorem w …"): a
/// title word must follow the cue, then at most a few lowercase words and a preposition.
pub(super) fn organisation_after_title(
    text: &str,
    scan: &Scan<'_>,
) -> Option<(String, Option<String>)> {
    scan.of(Cue::AsTitle).find_map(|(_, at)| {
        let title_at = title_after(text, at)?;
        let (name_at, skipped) = skip_job(text, title_at)?;
        let preposition = skipped.to_lowercase();
        if !TITLE_AT.contains(&preposition.as_str()) {
            return None;
        }
        let rest = text.get(name_at..)?;
        let inflected = matches!(preposition.as_str(), "w" | "we" | "в" | "во");
        let (written, country) = if inflected {
            organisation_at(rest)?
        } else {
            // The verb after the name ("… Niedersachsen würde ich gern teilnehmen") ends it.
            organisation_at(&up_to_lowercase(rest.lines().next().unwrap_or("")))?
        };
        let org = match preposition.as_str() {
            "des" => german_genitive(&written),
            _ if inflected => super::super::nominative::nominative(&written, &preposition),
            _ => written,
        };
        (!is_place_line(&org)).then_some((org, country))
    })
}

/// Where the job title after an [`AS_TITLE`] cue starts: right after it or an article, or
/// past at most two lowercase adverbs ("er nyansatt klyngeleder", "am now the project
/// manager") or a time ("bin seit März Clustermanagerin"). None when no title follows soon.
fn title_after(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut skipped = 0;
    let mut since = false;
    for w in rest.split_whitespace().take(4) {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let title = super::super::signature::is_title_word(bare)
            || super::super::signature::is_compound_title(bare);
        if title {
            return Some(at + (w.as_ptr() as usize - rest.as_ptr() as usize));
        }
        let lower = bare.to_lowercase();
        let adverb = bare.chars().next().is_some_and(char::is_lowercase);
        if bare.is_empty() || w.ends_with(['.', ',', ';', '!', '?', ':']) || !(adverb || since) {
            return None;
        }
        if !matches!(lower.as_str(), "a" | "an" | "the") {
            skipped += 1;
        }
        if skipped > 2 {
            return None;
        }
        since = SINCE.contains(&lower.as_str());
    }
    None
}

/// "Since" before a time that may stand between "I am" and the job title.
const SINCE: &[&str] = &["seit", "since", "siden", "sedan", "od"];

/// The organisation after a head count ("we'll be three people from the Laser Cluster", "vi
/// blir to fra Batteriklyngen Nord", "Two of us from Arctic Testing registered"), in the
/// languages whose names stay in the nominative after "from".
pub(super) fn organisation_after_count(
    text: &str,
    scan: &Scan<'_>,
) -> Option<(String, Option<String>)> {
    scan.of(Cue::Headcount).find_map(|(_, at)| {
        let rest = text.get(at..)?;
        let mut words = rest.split_whitespace();
        let mut from = words.next()?;
        for _ in 0..2 {
            if !COUNTED.contains(&from.to_lowercase().as_str()) {
                break;
            }
            from = words.next()?;
        }
        if !COUNT_FROM.contains(&from.to_lowercase().as_str()) {
            return None;
        }
        let value = rest.get(from.as_ptr() as usize - rest.as_ptr() as usize + from.len()..)?;
        let (org, country) = organisation_at(&up_to_lowercase(value.lines().next()?))?;
        (!is_place_line(&org) && org.split_whitespace().count() >= 2).then_some((org, country))
    })
}

/// The organisation after the sender's name in an introduction: "this is Emma Smith from Tech
/// Hub", "mein Name ist Peter Schulz von der IHK Rostock", "esmu Jānis Bērziņš no Vidzemes
/// inovāciju centra" (in the case the word after the name wants, put in the nominative).
pub(super) fn organisation_after_introduction(
    text: &str,
    scan: &Scan<'_>,
) -> Option<(String, Option<String>)> {
    scan.of(Cue::Introduction).find_map(|(_, at)| {
        let rest = text.get(at..)?;
        let name = name_at(rest)?;
        // Past the name as written (titles included) to the word after it.
        let last = name.split_whitespace().last()?;
        let after_name = rest.find(last)? + last.len();
        let after = rest.get(after_name..)?.trim_start_matches([',', ' ']);
        let after_lower = aligned_lower(after);
        let (word, case_cue) = INTRODUCED_FROM
            .iter()
            .find(|(w, _)| after_lower.starts_with(w))?;
        let value = after.get(word.len()..)?;
        let (written, country) =
            organisation_at(&up_to_lowercase_unless_inflected(value, case_cue))?;
        if is_place_line(&written) {
            return None;
        }
        let org = if case_cue.is_empty() {
            written
        } else {
            super::super::nominative::nominative(&written, case_cue)
        };
        (!is_place_line(&org)).then_some((org, country))
    })
}

/// The first line of `value`, cut at its first lowercase word for the languages whose names
/// are capitalised ([`up_to_lowercase`]); kept whole where the name inflects (`case_cue`).
fn up_to_lowercase_unless_inflected(value: &str, case_cue: &str) -> String {
    let line = value.lines().next().unwrap_or("");
    if case_cue.is_empty() {
        up_to_lowercase(line)
    } else {
        line.to_string()
    }
}

/// A name in English, German or a Scandinavian language ends at its first lowercase word
/// other than a joining one: "Cluster Ernährungswirtschaft möchte ich …" (the verb follows).
fn up_to_lowercase(org: &str) -> String {
    const JOINING: &[&str] = &[
        "and", "of", "for", "the", "und", "für", "der", "die", "das", "des", "og", "och", "for",
        "i", "på", "av", "af", "de", "in", "e.v.", "gmbh", "ab", "as", "a/s", "aps", "asa",
    ];
    let words: Vec<&str> = org.split_whitespace().collect();
    let end = words
        .iter()
        .position(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !JOINING.contains(&w.to_lowercase().as_str())
        })
        .unwrap_or(words.len());
    let mut kept = words.get(..end).unwrap_or(&words).to_vec();
    // "Fødevareklyngen Midt og vil …": a joining word before the verb is no part of it.
    while kept.last().is_some_and(|w| {
        ["and", "und", "og", "och", "i", "in"].contains(&w.to_lowercase().as_str())
    }) {
        kept.pop();
    }
    kept.join(" ")
}

/// A German organisation in the genitive after "des" put back: "Netzwerks
/// Lebensmittelverpackung" → "Netzwerk …", "Verbandes" → "Verband" (the head noun comes first).
fn german_genitive(org: &str) -> String {
    let Some((head, tail)) = org.split_once(' ').or(Some((org, ""))) else {
        return org.to_string();
    };
    let base = match head.strip_suffix("es") {
        Some(stem) if stem.ends_with(['d', 't']) && stem.chars().count() >= 4 => stem,
        _ => head
            .strip_suffix('s')
            .filter(|stem| stem.chars().count() >= 4 && !stem.ends_with('s'))
            .unwrap_or(head),
    };
    if tail.is_empty() {
        base.to_string()
    } else {
        format!("{base} {tail}")
    }
}
