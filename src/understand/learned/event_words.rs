//! Whether a mail names anything of the event at all: an event noun ("workshop", "seminārs",
//! "семинар"), another gathering's ("conference"), a word of registering or taking part
//! ("register", "anmelden", "osallistun"), a month, or the event's place as people name it.
//!
//! A help-desk ticket, a test mail or a newsletter names none of these, and a person who asks
//! to take part almost always names one (in the subject if not in the words). The learned
//! model reads words, not what they are about, so it leans on this where it alone would
//! propose a registration (`super::EVENT_WORDS_REQUIRED`).

use super::super::decode::cut_str;
use super::super::intents::names_the_event_word;
use super::super::lexicon::{intents, months, trips};
use super::features::READ_BYTES;

/// Whether the subject or the sender's own words name something of the event. `places` are
/// the event's place names as configured (`UnderstandConfig::places`).
pub fn names_the_event(subject: &str, words: &str, places: &[String]) -> bool {
    let places: Vec<String> = places.iter().map(|p| p.to_lowercase()).collect();
    [subject, cut_str(words, READ_BYTES)]
        .iter()
        .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .any(|w| {
            let w = w.to_lowercase();
            is_event_word(&w) || places.iter().any(|p| !p.is_empty() && w.starts_with(p))
        })
}

/// Whether a lowercase word is one of the event's: a stem of five letters or more matches a
/// word's beginning, a shorter one the whole word (as the intents' stems do).
fn is_event_word(word: &str) -> bool {
    let stem = |s: &&str| {
        if s.chars().count() >= 5 {
            word.starts_with(*s)
        } else {
            word == *s
        }
    };
    names_the_event_word(word)
        || trips::GATHERINGS.iter().any(|g| word.starts_with(g))
        || intents::REGISTRATION.iter().any(stem)
        || months::MONTHS.iter().any(|m| word.starts_with(m))
        || months::MONTH_WORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn riga() -> Vec<String> {
        vec!["Riga".into(), "Rīga".into(), "Рига".into()]
    }

    #[test]
    fn a_mail_about_taking_part_names_the_event_in_any_of_its_languages() {
        for (subject, words) in [
            ("", "Please register me, I would like to take part."),
            ("Workshop", "Count me in!"),
            ("", "Ich möchte mich gerne anmelden."),
            ("Seminārs", "Būšu klāt."),
            ("", "Приеду на семинар."),
            ("", "Kommer gerne den 3. juni."),
            ("", "Osallistun mielelläni."),
        ] {
            assert!(
                names_the_event(subject, words, &riga()),
                "{subject} {words}"
            );
        }
    }

    #[test]
    fn a_test_mail_a_ticket_or_a_thank_you_names_nothing_of_the_event() {
        for (subject, words) in [
            ("Test", "This is a test of the text section."),
            (
                "Printer broken",
                "Hi, my printer does not work since yesterday. Can you help?",
            ),
            ("", "Danke, alles klar."),
            ("Re: ticket 4711", "Thanks, that fixed it."),
        ] {
            assert!(
                !names_the_event(subject, words, &riga()),
                "{subject} {words}"
            );
        }
    }
}
