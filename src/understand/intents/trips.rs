//! The sender's trip to the event falling through ("my trip to Riga won't happen", "die Reise nach Riga
//! wird leider nicht stattfinden", "matka ei toteudu", "поездка в Ригу не состоится"): not
//! coming said of the trip, with no verb of coming that `Read::refused` could find.

use super::super::lexicon::trips::{FALLS_THROUGH, FALLS_THROUGH_SEPARABLE, TRIPS};
use super::super::phrases::AnyOf;
use super::sentences::Read;

static FALLS_THROUGH_ANY: AnyOf = AnyOf::new(FALLS_THROUGH);

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

#[cfg(test)]
mod tests {
    use super::*;

    fn says(sentence: &str) -> bool {
        falls_through(&sentence.to_lowercase(), &Read::new(sentence))
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
