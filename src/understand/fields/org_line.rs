//! An organisation's line as people write it, made what the badge prints. The job title or
//! department before it ("Analytiker, Klyngeanalyse ApS", "pētniece, Latvijas Universitāte")
//! and the town and country after it ("Oulun ICT-klusteri, Oulu", "Humber Energy Cluster,
//! Hull, UK") are no part of the name, whichever source gave the line; the place says the
//! sender's country. A thank-you left alone on a line ("Danke!", "Paldies!") names nothing.

use super::super::countries::is_place_line;
use super::super::lexicon::THANKS;
use super::super::lexicon::fields::LEGAL_FORMS;
use super::signature::{has_org_word, is_title_line, place_country};

/// An organisation's line without the title before it and the places after it, and the
/// country those places name. `None` when the line is only a thank-you.
pub(super) fn tidy(line: &str) -> Option<(String, Option<String>)> {
    let line = line.trim();
    if only_thanks(line) {
        return None;
    }
    let mut parts: Vec<&str> = line.split(", ").map(str::trim).collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
        return Some((line.to_string(), None));
    }
    let mut country = None;
    // From the end: places ("Oulu", "Vilnius, Lietuva.") and a town too small for the tables
    // after a name that says it is an organisation ("Chemiecluster Elbe-Weser, Stade").
    while let [head @ .., last] = parts.as_slice()
        && !head.is_empty()
    {
        let last = last.trim_end_matches('.');
        let head_line = head.join(", ");
        if is_place_line(&head_line) {
            break;
        }
        if is_place_line(last) {
            country = country.or_else(|| place_country(last));
        } else if !(is_town(last) && names_organisation(&head_line)) {
            break;
        }
        parts.pop();
    }
    // From the start: a job title or a department of one word ("Salgssjef", "EU-Büro").
    while let [first, rest @ ..] = parts.as_slice()
        && !rest.is_empty()
    {
        let rest_line = rest.join(", ");
        if !names_organisation(&rest_line) || !(is_title_line(first) || is_one_word_job(first)) {
            break;
        }
        parts.remove(0);
    }
    Some((parts.join(", "), country))
}

/// Every word of the line is a word of thanks or greeting: "Danke!", "Paldies!", "Tack så
/// mycket".
fn only_thanks(line: &str) -> bool {
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty() && words.iter().all(|w| THANKS.contains(&w.as_str()))
}

/// The line says it is an organisation: an organisation's word or a legal form.
fn names_organisation(line: &str) -> bool {
    has_org_word(line)
        || line.split_whitespace().any(|w| {
            LEGAL_FORMS.contains(&w.trim_matches(['"', '„', '“', '”']).to_lowercase().as_str())
        })
}

/// One or two capitalised words naming no organisation, legal form or job: a town.
fn is_town(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        && !names_organisation(part)
        && !is_title_line(part)
}

/// A single word before the organisation that names none: the sender's job or department
/// ("Analytiker", "teadur", "EU-Büro").
fn is_one_word_job(part: &str) -> bool {
    !part.contains(char::is_whitespace)
        && part.chars().all(|c| c.is_alphabetic() || c == '-')
        && !names_organisation(part)
        && !is_place_line(part)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(line: &str) -> Option<String> {
        tidy(line).map(|(o, _)| o)
    }

    #[test]
    fn the_town_and_country_after_the_name_are_the_address() {
        for (line, name, country) in [
            ("Oulun ICT-klusteri, Oulu", "Oulun ICT-klusteri", Some("FI")),
            (
                "Humber Energy Cluster, Hull, UK",
                "Humber Energy Cluster",
                Some("GB"),
            ),
            (
                "Lietuvos inovacijų klasterių asociacija, Vilnius, Lietuva.",
                "Lietuvos inovacijų klasterių asociacija",
                Some("LT"),
            ),
            (
                "Energiklustret i Vasa, Finland",
                "Energiklustret i Vasa",
                Some("FI"),
            ),
            (
                "Chemiecluster Elbe-Weser, Stade",
                "Chemiecluster Elbe-Weser",
                None,
            ),
            (
                "UAB „Balttech Engineering“, Клайпеда, Литва.",
                "UAB „Balttech Engineering“",
                Some("LT"),
            ),
            (
                "Pomorska Sp. z o.o., Gdynia",
                "Pomorska Sp. z o.o.",
                Some("PL"),
            ),
            ("Tehnopol, Tallinn", "Tehnopol", Some("EE")),
        ] {
            assert_eq!(
                tidy(line),
                Some((name.to_string(), country.map(str::to_string))),
                "{line}"
            );
        }
    }

    #[test]
    fn a_job_or_department_before_the_name_is_no_part_of_it() {
        for (line, name) in [
            ("Analytiker, Klyngeanalyse ApS", "Klyngeanalyse ApS"),
            ("pētniece, Latvijas Universitāte", "Latvijas Universitāte"),
            ("teadur, Tallinna Tehnikaülikool", "Tallinna Tehnikaülikool"),
            ("исследователь, Aalto-yliopisto", "Aalto-yliopisto"),
            (
                "EU-Büro, Wirtschaftsförderung Region Hannover",
                "Wirtschaftsförderung Region Hannover",
            ),
        ] {
            assert_eq!(org(line).as_deref(), Some(name), "{line}");
        }
    }

    #[test]
    fn names_with_a_comma_of_their_own_stay_whole() {
        for line in [
            // A legal form after the comma is the name's.
            "Baltic Agro Robotics, UAB",
            // Two names of no organisation's word: nothing says which is the town.
            "Tehnopol, Startup Incubator",
            // A place alone stays what it is (other rules reject it).
            "Hamburg, Germany",
            // The second part is a department, not a town.
            "University of Tartu, Institute of Technology",
            "Nordic Wood Cluster",
        ] {
            assert_eq!(org(line).as_deref(), Some(line), "{line}");
        }
    }

    #[test]
    fn a_thank_you_alone_is_no_organisation() {
        for line in ["Danke!", "Paldies!", "Tack så mycket", "Kiitos", "Спасибо!"] {
            assert_eq!(tidy(line), None, "{line}");
        }
        assert_eq!(org("Super Cluster").as_deref(), Some("Super Cluster"));
    }
}
