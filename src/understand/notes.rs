//! What fits no field but matters to the organisers (a note), and what needs no answer at all
//! (a bare thank-you). Both decide whether a message ends as an action, a review item or
//! nothing (DESIGN.md, "Nothing disappears").

use super::lexicon::{NOTE_TIMING, NOTE_TOPICS, THANKS};
use super::phrases::AnyOf;

static NOTE_TOPICS_ANY: AnyOf = AnyOf::new(NOTE_TOPICS);
static NOTE_TIMING_ANY: AnyOf = AnyOf::new(NOTE_TIMING);

/// At most this many characters of notes are kept; a note is a hint for a person, not a copy.
const MAX_NOTE: usize = 500;

/// The sentences of the sender's own words that speak of diet, access or timing ("I am
/// vegetarian", "I may be late on the first day"), joined; `None` when there are none.
/// Timing is a note only for a message that `changes_record` (registers, updates, cancels):
/// "would it be possible to come on the second day only?" before deciding tells nothing yet.
pub fn note(own: &str, changes_record: bool) -> Option<String> {
    let own = super::decode::cut_str(own, super::decode::READ_BYTES);
    let mut picked: Vec<String> = Vec::new();
    for sentence in own
        .split_inclusive(['.', '!', '?', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .take(200)
    {
        let lower = format!("{} ", sentence.to_lowercase());
        let timing = changes_record && NOTE_TIMING_ANY.in_text(&lower);
        if (NOTE_TOPICS_ANY.in_text(&lower) || timing) && !picked.iter().any(|p| p == sentence) {
            picked.push(sentence.to_string());
        }
    }
    if picked.is_empty() {
        return None;
    }
    let mut out = picked.join(" ");
    if out.chars().count() > MAX_NOTE {
        out = out.chars().take(MAX_NOTE).collect::<String>() + "…";
    }
    Some(out)
}

/// Words that make a short text a thank-you or an acknowledgement.
const THANKS_CORE: &[&str] = &[
    "thanks",
    "thank",
    "ok",
    "okay",
    "noted",
    "received",
    "paldies",
    "ačiū",
    "dėkoju",
    "aitäh",
    "tänan",
    "kiitos",
    "tack",
    "tak",
    "takk",
    "danke",
    "dank",
    "dziękuję",
    "dzięki",
    "спасибо",
];

/// Whether the sender's own words are only thanks or an acknowledgement ("Great, thanks!",
/// "Paldies!"), perhaps with a greeting and their name. Such mail needs nothing at all.
pub fn is_bare_thanks(own: &str, sender_name: Option<&str>) -> bool {
    if own.chars().count() > 300 {
        return false;
    }
    let lower = own.to_lowercase();
    let name: Vec<String> = sender_name
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 20 || lower.contains('?') {
        return false;
    }
    let core = words.iter().any(|w| THANKS_CORE.contains(w));
    let other = words
        .iter()
        .filter(|w| !THANKS.contains(w) && !name.iter().any(|n| n == *w))
        .count();
    // A signed first name the From header does not carry ("Anna") is allowed.
    core && other <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_keep_diet_access_and_timing_sentences() {
        let n = note(
            "Please register me.\nI am vegetarian and allergic to nuts. I may be late on the first day, my flight lands at 10.",
            true,
        );
        let n = n.expect("a note");
        assert!(n.contains("vegetarian"), "{n}");
        assert!(n.contains("late"), "{n}");
        assert!(!n.contains("register"), "{n}");
        assert_eq!(note("Please register me for the workshop.", true), None);
        assert!(note("Ich bin Rollstuhlfahrer, ist der Saal barrierefrei?", true).is_some());
    }

    #[test]
    fn a_bare_thank_you_needs_nothing() {
        assert!(is_bare_thanks("Great, thanks!", None));
        assert!(is_bare_thanks("Paldies!\n\nAnna", None));
        assert!(is_bare_thanks(
            "Thank you very much!\n\nBest regards,\nErik Johansson",
            Some("Erik Johansson")
        ));
        assert!(!is_bare_thanks("Thanks. Is there parking?", None));
        assert!(!is_bare_thanks(
            "Thanks, but my organisation is wrong.",
            None
        ));
        assert!(!is_bare_thanks("Hello", None));
    }

    #[test]
    fn one_day_only_late_or_early_in_the_regions_languages() {
        for text in [
            "Jag kan tyvärr bara vara med den andra dagen.",
            "Jeg må dra tidlig den andre dagen.",
            "Ensimmäisenä päivänä saatan myöhästyä.",
            "Teisel päeval jõuan kohale alles lõunaks.",
            "Pirmąją dieną galiu vėluoti.",
            "Będę tylko pierwszego dnia.",
            "Я смогу быть только во второй день.",
            "Ich kann nur am zweiten Tag dabei sein.",
            "Saan osaleda ainult esimesel päeval.",
            "Could I bring my baby? I would need a quiet place to breastfeed.",
        ] {
            assert!(super::note(text, true).is_some(), "{text}");
        }
        assert_eq!(
            super::note("I'll send my colleague's address later.", true),
            None
        );
    }

    #[test]
    fn part_of_the_event_food_left_out_and_a_held_registration_in_other_words() {
        for text in [
            "I can only make the first day, sorry.",
            "Vi kan kun deltage den anden dag.",
            "Tulen ainult teisel päeval.",
            "Jeg spiser ikke svinekjøtt.",
            "Ich esse kein Fleisch.",
            "Er der et sted, hvor jeg kan amme?",
            "Prašau mane užregistruoti preliminariai.",
        ] {
            assert!(note(text, true).is_some(), "{text}");
        }
        // Asking whether one day is possible, before registering, tells nothing yet; a diet
        // does.
        for text in [
            "Would it be possible to come only on the second day?",
            "Kas oleks võimalik osaleda ainult teisel päeval?",
        ] {
            assert_eq!(note(text, false), None, "{text}");
        }
        assert!(note("Jeg spiser ikke fisk.", false).is_some());
    }
}
