//! A registration for another event sent to this mailbox ("please register me for the Blue
//! Economy forum in Tallinn on 14 October" when the event is held in Riga): the sender asks for
//! a place at a gathering held elsewhere, which this event cannot give. It registers nobody
//! here; the organisers see it as a question.
//!
//! Another event is a gathering named next to a city that is none of the event's places
//! (`UnderstandConfig::places`). A city the sender comes from ("I'm coming from Tallinn") or
//! a sentence that names the event's own place ("after the Tallinn forum I'd like to come to
//! Riga too") is no other event. Without configured places nothing is another event.

use super::super::countries::country_of_city;
use super::super::lexicon::fields::ORG_WORDS;
use super::super::lexicon::months::is_month_by_a_day;
use super::super::lexicon::trips::{FROM_PLACE, GATHERINGS};
use super::aside::names_the_event_word;
use super::lexicons::{ATTENDING, REQUESTING};
use super::sentences::{Read, clauses};
use super::trips::{names_place, names_the_place_in_any_case};

/// How many words may stand between a gathering and its city ("forumą Gdanske", "Forum
/// Błękitnej Gospodarki w Tallinie", "Gdańskis toimuvale sinise majanduse foorumile").
const NEAR: usize = 4;

/// Whether `sentence` asks for a place at another event: one of its clauses registers or
/// comes, and names gatherings, each of them next to a city that is not one of `places`; and
/// the sentence names none of `places`.
pub(super) fn for_another_event(sentence: &str, places: &[String]) -> bool {
    !places.is_empty()
        && !names_own_place(sentence, places)
        && clauses(sentence).iter().any(|c| {
            gathering_elsewhere(c, places) && {
                let read = Read::new(c);
                read.positive(&REQUESTING, true) || read.positive(&ATTENDING, false)
            }
        })
}

/// Whether `sentence` opens with another event before a colon ("Zum Workshop der Partner in
/// Gdańsk: wir würden gern einen Vortrag beisteuern", "For the partner meeting in Tallinn: I
/// could present our pilot"): what follows is offered for that event, no idea for this one.
pub(super) fn headed_by_another_event(sentence: &str, places: &[String]) -> bool {
    !places.is_empty()
        && sentence.split_once(':').is_some_and(|(head, _)| {
            gathering_elsewhere(head, places) && !names_own_place(head, places)
        })
}

/// Whether `text` names one of `places` in any case form (a word wrongly taken for the event's
/// place only keeps a registration).
pub(super) fn names_own_place(text: &str, places: &[String]) -> bool {
    names_the_place_in_any_case(text, places)
}

/// Whether every gathering the clause names (at least one) has a city of elsewhere near it.
fn gathering_elsewhere(clause: &str, places: &[String]) -> bool {
    let tokens: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = tokens.iter().map(|w| w.to_lowercase()).collect();
    let gatherings: Vec<usize> = lower
        .iter()
        .enumerate()
        .filter(|(_, w)| is_gathering(w))
        .map(|(i, _)| i)
        .collect();
    if gatherings.is_empty() {
        return false;
    }
    // A town of the event's own country is no proof of elsewhere: the configured places may
    // lack the spelling the sender uses ("Rīgā", "в Риге" when only "Riga" is configured).
    let own_countries: Vec<String> = places.iter().filter_map(|p| country_of_city(p)).collect();
    let cities: Vec<usize> = tokens
        .iter()
        .zip(&lower)
        .enumerate()
        .filter(|(i, (w, l))| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !is_gathering(l)
                && !names_place(w, places, true)
                && !i
                    .checked_sub(1)
                    .and_then(|p| lower.get(p))
                    .is_some_and(|p| FROM_PLACE.contains(&p.as_str()))
                && !names_organisation(lower.get(i + 1..).unwrap_or(&[]))
                && !says_from(l)
                && country_of_city(w).is_some_and(|c| !own_countries.contains(&c))
        })
        .map(|(i, _)| i)
        .collect();
    // A date between a gathering and its city ("the forum on 14 October in Tallinn", "Forum
    // am 14. Oktober in Tallinn") puts no distance between them: its words are not counted.
    let number = |i: usize| {
        lower
            .get(i)
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
    };
    let in_date = |i: usize| {
        number(i)
            || (lower.get(i).is_some_and(|w| is_month_by_a_day(w))
                && (i.checked_sub(1).is_some_and(number) || number(i + 1)))
    };
    let at: Vec<usize> = (0..lower.len())
        .scan(0, |n, i| {
            *n += usize::from(!in_date(i));
            Some(*n)
        })
        .collect();
    let apart = |a: usize, b: usize| at.get(a).zip(at.get(b)).map(|(x, y)| x.abs_diff(*y));
    gatherings.iter().all(|g| {
        cities
            .iter()
            .any(|c| apart(*c, *g).is_some_and(|d| d <= NEAR))
    })
}

/// Whether an organisation's word follows a city within two words ("Vilniaus IT klasterio",
/// "Tallinn University"): the city names the sender's organisation, not a gathering's place.
fn names_organisation(after: &[String]) -> bool {
    after.iter().take(2).any(|w| {
        !is_gathering(w)
            && ORG_WORDS.iter().any(|o| {
                if o.len() >= 4 {
                    w.starts_with(o)
                } else {
                    w == o
                }
            })
    })
}

/// A city in an ending that means "from" (Estonian "Tallinnast", Finnish "Tampereelta",
/// "Oulusta") says where the sender travels from.
fn says_from(word: &str) -> bool {
    ["st", "sta", "stä", "lta", "ltä"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// A gathering's name: an event noun or another gathering at the word's start, or a forum or a
/// longer gathering's name at the end of a compound ("Clusterforum", "klusteripäiville").
fn is_gathering(word: &str) -> bool {
    // "eventually", "eventuell", "eventuelt" name no event.
    names_the_event_word(word)
        || GATHERINGS
            .iter()
            .any(|g| word.starts_with(g) || (g.chars().count() >= 6 && word.contains(g)))
        || ["forum", "foorum", "форум"]
            .iter()
            .any(|f| word.contains(f))
}

#[cfg(test)]
mod tests {
    use super::super::super::Intent::*;
    use super::super::detect_at;
    use super::*;

    fn riga() -> Vec<String> {
        ["Riga", "Rīga", "Riia", "Riika", "Ryga", "Рига"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn a_gathering_held_elsewhere_is_another_event() {
        for s in [
            "Please register me for the Blue Economy forum in Tallinn on 14 October.",
            "Lūdzu reģistrējiet mani Baltijas jūras zilās ekonomikas forumam Gdaņskā.",
            "Prašau užregistruoti mane į jūrų konferenciją Klaipėdoje spalio mėnesį.",
            "Palun registreerige mind septembris Helsingis toimuvale sinise majanduse foorumile.",
            "Proszę o rejestrację na Forum Gospodarki Morskiej w Gdańsku.",
            "Прошу зарегистрировать меня на форум морской экономики в Таллине.",
            "Ich möchte mich für die Konferenz in Hamburg anmelden.",
            "Jeg vil gerne tilmelde mig konferencen i Aarhus.",
            "Ilmoittaudun Tampereen klusteripäiville.",
            // A date between the gathering and its city.
            "I would like to register for the Baltic Food Forum on 12 November in Gdansk.",
            "Hiermit melde ich mich für das Ostsee-Forum am 12. November in Hamburg an.",
        ] {
            assert!(for_another_event(s, &riga()), "{s}");
        }
    }

    #[test]
    fn the_events_own_place_or_the_senders_home_is_no_other_event() {
        for s in [
            // The event's own place named too.
            "After the Tallinn forum I'd like to come to Riga too.",
            "Nach dem Forum in Tallinn komme ich gern auch nach Riga.",
            "Po forumie w Tallinie chętnie przyjadę też do Rygi.",
            // Where the sender comes from.
            "Please register me for the workshop, I'm coming from Tallinn.",
            "Ich komme aus Hamburg zum Workshop.",
            "Приеду на семинар из Таллина.",
            "Tulen työpajaan Tampereelta.",
            "Tulen seminarile Tallinnast.",
            // A gathering without a place, or a place without a gathering.
            "Please register me for the workshop.",
            "I live in Tallinn and would like to register.",
            // The workshop itself next to another gathering: it may be this event.
            "After the Tallinn forum, please register me for the workshop too.",
            // A date is no city: the gathering still needs one near it.
            "Please register me for the workshop on 2 June, my colleague lives in Tallinn.",
        ] {
            assert!(!for_another_event(s, &riga()), "{s}");
        }
    }

    #[test]
    fn without_places_nothing_is_another_event() {
        assert!(!for_another_event(
            "Please register me for the forum in Tallinn.",
            &[]
        ));
    }

    #[test]
    fn the_events_own_place_is_never_elsewhere() {
        let tallinn = ["Tallinn", "Tallinna", "Таллин"].map(String::from).to_vec();
        assert!(!for_another_event(
            "Please register me for the Blue Economy forum in Tallinn.",
            &tallinn
        ));
        assert!(for_another_event(
            "Please register me for the cluster workshop in Riga.",
            &tallinn
        ));
        // Only the venue's plain spelling configured: the event's place in other spellings and
        // towns of its country are no other event.
        let plain = vec!["Riga".to_string()];
        for s in [
            "Vēlos reģistrēties semināram Rīgā.",
            "Хочу зарегистрироваться на семинар в Риге.",
            "Prašau registruoti mane į seminarą Rygoje.",
        ] {
            assert!(!for_another_event(s, &plain), "{s}");
        }
        assert!(for_another_event(
            "Please register me for the Blue Economy forum in Tallinn.",
            &plain
        ));
    }

    #[test]
    fn registering_for_another_event_asks_and_registers_nobody() {
        for (subject, text) in [
            (
                "Registration - matchmaking forum",
                "Hello, I would like to register for the Blue Economy forum in Tallinn on 14 \
                 October. Name: Ann Lee, Ocean Tech, UK.",
            ),
            (
                "Pieteikums",
                "Lūdzu reģistrējiet mani zilās ekonomikas forumam Gdaņskā. Kolēģe teica, ka \
                 pieteikumi jāsūta uz šo adresi.",
            ),
            (
                "Anmeldung",
                "Hiermit melde ich mich zur Konferenz in Hamburg an. Bitte auch meinen \
                 Kollegen anmelden.",
            ),
        ] {
            assert_eq!(
                detect_at(Some(subject), text, false, &riga()).intents,
                vec![Question],
                "{text}"
            );
        }
    }

    #[test]
    fn the_senders_home_or_this_events_place_still_registers() {
        for text in [
            "Please register me for the workshop. I'm coming from Tallinn.",
            "After the Tallinn forum I'd like to come to Riga too, please register me.",
            "Lūdzu reģistrējiet mani darbnīcai. Esmu no Tallinas.",
        ] {
            assert_eq!(
                detect_at(Some("Registration"), text, false, &riga()).intents,
                vec![Registration],
                "{text}"
            );
        }
        // The forum's own mailbox: Tallinn is its place.
        let tallinn = ["Tallinn", "Tallinna", "Таллин"].map(String::from).to_vec();
        assert_eq!(
            detect_at(
                Some("Registration"),
                "Please register me for the Blue Economy forum in Tallinn on 14 October.",
                false,
                &tallinn
            )
            .intents,
            vec![Registration]
        );
    }
}
