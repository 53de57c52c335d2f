//! The sender's trip to the event falling through ("my trip to Riga won't happen", "die Reise nach Riga
//! wird leider nicht stattfinden", "matka ei toteudu", "поездка в Ригу не состоится"): not
//! coming said of the trip, with no verb of coming that `Read::refused` could find.

use super::super::lexicon::trips::{FALLS_THROUGH, FALLS_THROUGH_SEPARABLE, TRIPS};
use super::super::phrases::AnyOf;
use super::sentences::{Read, clauses};

static FALLS_THROUGH_ANY: AnyOf = AnyOf::new(FALLS_THROUGH);

/// Vowels that open a place name's ending ("Rig-ā", "Ryg-oje", "Риг-у"), lowercase.
const VOWELS: &str = "aeiouyāēīūąęėįųõäöüåæøаеёиоуыэюя";

/// Whether the sentence says the sender's trip falls through: a trip and a phrase of falling
/// through. `lower` is the sentence in lowercase.
pub(super) fn falls_through(lower: &str, read: &Read) -> bool {
    // Most sentences name no trip: that cheap test first, then the phrase.
    let trip = || read.words().any(|w| TRIPS.iter().any(|t| w.starts_with(t)));
    // The verb, then its particle somewhere after it ("jääb minu sõit Riiga ära").
    let separable = || {
        FALLS_THROUGH_SEPARABLE.iter().any(|(verb, particle)| {
            let mut words = read.words();
            words.any(|w| w == *verb) && words.any(|w| w == *particle)
        })
    };
    trip() && (FALLS_THROUGH_ANY.in_text(lower) || separable())
}

/// Whether the sentence says the event's place falls through for the sender ("Riga is off for
/// me this time", "Rīga man šoreiz atkrīt", "Riga får klara sig utan mig"): one of `places`
/// written as a name (capitalised, inflected at most by a short ending: "Rigā", "Rygą",
/// "Ригу") and a phrase of falling through. `lower` is `sentence` in lowercase.
/// Both in one clause: "Tallinn is off for me, but I'll be in Riga" keeps Riga.
pub(super) fn place_falls_through(sentence: &str, lower: &str, places: &[String]) -> bool {
    !places.is_empty()
        && FALLS_THROUGH_ANY.in_text(lower)
        && clauses(sentence)
            .iter()
            .any(|c| FALLS_THROUGH_ANY.in_text(&c.to_lowercase()) && names_the_place(c, places))
}

/// Whether `text` names one of `places` (see [`names_place`]).
pub fn names_the_place(text: &str, places: &[String]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| names_place(w, places, false))
}

/// Whether `text` names one of `places` with any ending after the stem ("Tallinnassa",
/// "в Таллине", "Rygi"): looser than [`names_the_place`], for rules where a word wrongly taken
/// for the place only keeps a registration.
pub fn names_the_place_in_any_case(text: &str, places: &[String]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| names_place(w, places, true))
}

/// Whether `word` names one of `places`: capitalised, and the place itself or its stem (the
/// place without its last letter, at least three letters) with, unless `any_ending`, an ending
/// of up to three letters that opens with a vowel ("Rigā", "Rygoje", "Ригу"; not "Right").
/// With `any_ending`, the stem may also end softened as the Slavic locative and dative write
/// it ("w Rydze", "w Pradze", "w Kłajpedzie", "у Ризі").
pub(super) fn names_place(word: &str, places: &[String], any_ending: bool) -> bool {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    // Any ending: diacritics folded too ("Rīgā" for a configured "Riga").
    let fold = |s: &str| {
        if any_ending {
            crate::understand::fields::names::fold(s, false)
        } else {
            s.to_lowercase()
        }
    };
    let word = fold(word);
    places.iter().any(|place| {
        let place = fold(place);
        let mut stem = place.chars();
        stem.next_back();
        let stem = stem.as_str();
        let ending = word.strip_prefix(stem).unwrap_or("");
        word == place
            || (stem.chars().count() >= 3
                && word.starts_with(stem)
                && (any_ending
                    || ending.chars().count() <= 3
                        && ending.chars().next().is_some_and(|c| VOWELS.contains(c))))
            || (any_ending
                && stem.chars().count() >= 3
                && softened(stem).is_some_and(|soft| word.starts_with(&soft)))
    })
}

/// A place's stem with its last consonant softened as Polish and Ukrainian write the locative
/// and dative: g → dz ("Ryga" → "w Rydze"), k → c, d → dz, t → c, r → rz, ch → sz; г → з,
/// к → ц, х → с ("Рига" → "у Ризі"). `None` when the stem ends otherwise. The stem is folded
/// to lowercase.
fn softened(stem: &str) -> Option<String> {
    const SOFTENINGS: &[(&str, &str)] = &[
        ("ch", "sz"),
        ("g", "dz"),
        ("k", "c"),
        ("d", "dz"),
        ("t", "c"),
        ("r", "rz"),
        ("г", "з"),
        ("к", "ц"),
        ("х", "с"),
    ];
    SOFTENINGS
        .iter()
        .find_map(|(hard, soft)| stem.strip_suffix(hard).map(|head| format!("{head}{soft}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn says(sentence: &str) -> bool {
        falls_through(&sentence.to_lowercase(), &Read::new(sentence))
    }

    fn says_of_riga(sentence: &str) -> bool {
        let places = ["Riga", "Rīga", "Riia", "Ryga", "Рига"].map(String::from);
        place_falls_through(sentence, &sentence.to_lowercase(), &places)
    }

    #[test]
    fn the_events_place_standing_for_the_trip() {
        for s in [
            "Sorry, Riga is off for me this year.",
            "Diemžēl Rīga man šogad atkrīt.",
            "Riga får klara sig utan mig den här gången.",
            "Det ble ikke noe Riga på meg likevel.",
            "Kelionė į Rygą nepavyks.",
        ] {
            assert!(says_of_riga(s), "{s}");
        }
        // Another place, the place named in lowercase inside a word, or no falling through.
        for s in [
            "Tallinn is off for me, but I'll be in Riga.",
            "Right, the dinner is off for me.",
            "Riga is lovely in June.",
        ] {
            assert!(!says_of_riga(s), "{s}");
        }
        let none: [String; 0] = [];
        assert!(!place_falls_through(
            "Riga is off for me.",
            "riga is off for me.",
            &none
        ));
    }

    #[test]
    fn the_events_place_in_the_case_forms_of_the_regions_languages() {
        let riga = ["Riga", "Rīga", "Riia", "Riika", "Ryga", "Рига"].map(String::from);
        for s in [
            "nasz klaster w Rydze",
            "mūsu klasteris Rīgā",
            "mūsų klasteris Rygoje",
            "наш кластер в Риге",
            "наш кластер у Ризі",
            "klusterimme Riiassa",
            "meie klaster Riias",
            "unser Cluster in Riga",
        ] {
            assert!(names_the_place_in_any_case(s, &riga), "{s}");
        }
        let tallinn = ["Tallinn", "Таллин"].map(String::from);
        for s in ["w Tallinie", "в Таллине", "Tallinnassa", "Tallinnas"] {
            assert!(names_the_place_in_any_case(s, &tallinn), "{s}");
        }
        // Another place, or the place's letters in lowercase.
        for s in ["w Rzymie", "в Тарту", "right away", "rydze"] {
            assert!(!names_the_place_in_any_case(s, &riga), "{s}");
        }
    }

    #[test]
    fn a_trip_that_falls_through_in_the_regions_languages() {
        for s in [
            "My trip to Riga won't happen after all.",
            "Die Reise nach Riga wird leider nicht stattfinden.",
            "Det blir dessverre ikke noe av Riga-turen, reisen er stoppet.",
            "Resan till Riga blir tyvärr inte av.",
            "Riian matka ei valitettavasti toteudu.",
            "Kelionė į Rygą neįvyks.",
            "Kahjuks jääb minu sõit Riiga ära.",
            "Niestety wyjazd do Rygi nie dojdzie do skutku.",
            "Wyjazd do Rygi odpada.",
            "К сожалению, поездка в Ригу не состоится.",
        ] {
            assert!(says(s), "{s}");
        }
    }

    #[test]
    fn the_event_or_something_else_falling_through_is_no_trip() {
        for s in [
            // The event itself: the organisers' news, not the sender's.
            "The workshop will not take place in June?",
            "Der Workshop findet nicht statt, habe ich gehört.",
            // A trip that happens; something else that falls through.
            "Die Reise nach Riga ist gebucht.",
            "Our board meeting won't happen this month.",
            "Poszedł do Rygi i wrócił.",
            "Jääb ära koosolek, aga tulen.",
        ] {
            assert!(!says(s), "{s}");
        }
    }
}
