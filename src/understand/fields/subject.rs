//! A form written in the subject line: "Registration: Jane Doe, Baltic Wood Cluster, Latvia".
//! The sender's name comes first; what follows it is their organisation, and a country last.

use super::super::countries::country_named;
use super::badge::same_in_any_alphabet;
use super::names::same_person;
use super::signature::has_org_word;

/// The parts of a subject after its own words ("Registration: …", "Zgłoszenie – …").
fn parts(subject: &str) -> Vec<&str> {
    let start = [":", " – ", " - "]
        .iter()
        .filter_map(|s| subject.rfind(s).map(|at| at + s.len()))
        .max()
        .unwrap_or(0);
    subject
        .get(start..)
        .unwrap_or("")
        .split([',', ';', '|'])
        .map(str::trim)
        .collect()
}

/// Whether a part of the subject is the sender's `name`, in any spelling or alphabet.
fn names_sender(part: &str, name: &str) -> bool {
    same_person(part, name) || part.eq_ignore_ascii_case(name) || same_in_any_alphabet(part, name)
}

/// The country of a form-like subject about the sender: "Registration: Jane Doe, Baltic
/// Wood Cluster, Latvia" (the name, then the organisation, the country last). Only when one
/// part is the sender's `name` and the last part is nothing but a country.
pub fn country_in_subject(subject: &str, name: &str) -> Option<String> {
    let parts = parts(subject);
    let (last, before) = parts.split_last()?;
    let about_sender = before.iter().any(|p| names_sender(p, name));
    let only_a_country = (1..=3).contains(&last.split_whitespace().count())
        && last
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    (parts.len() >= 3 && about_sender && only_a_country)
        .then(|| country_named(last))
        .flatten()
}

/// The organisation of a form-like subject about the sender: "Registrering: Jane Doe, Baltic
/// Wood Cluster", with or without a country after it. Only the part right after the sender's
/// `name`, and only when it has an organisation's word: "Anmeldung: Jane Doe, Riga" names a
/// place.
pub fn organisation_in_subject(subject: &str, name: &str) -> Option<String> {
    let parts = parts(subject);
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    let at = parts.iter().position(|p| names_sender(p, name))?;
    let org = parts.get(at + 1)?;
    (has_org_word(org) && org.split_whitespace().count() <= 8).then(|| org.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_like_subject_about_the_sender_ends_with_their_country() {
        let cases = [
            (
                "Anmeldung: Jonas Wendt, Hafencluster Kiel, Deutschland",
                Some("DE"),
            ),
            ("Jonas Wendt, Hafencluster Kiel, Germany", Some("DE")),
            (
                "Zgłoszenie – Jonas Wendt, Klaster Morski, Polska",
                Some("PL"),
            ),
            // Another person's name, or no list: nothing stated about the sender.
            ("Anmeldung: Eva Kunz, Hafencluster Kiel, Deutschland", None),
            ("Workshop in Riga, Latvia", None),
            (
                "Jonas Wendt, Hafencluster Kiel, a question about Latvia",
                None,
            ),
        ];
        for (subject, want) in cases {
            assert_eq!(
                country_in_subject(subject, "Jonas Wendt").as_deref(),
                want,
                "{subject}"
            );
        }
    }

    #[test]
    fn a_form_like_subject_about_the_sender_names_their_organisation() {
        let cases = [
            (
                "Registrering: Jonas Wendt, Hafencluster Kiel",
                Some("Hafencluster Kiel"),
            ),
            (
                "Zgłoszenie – Jonas Wendt, Klaster Morski, Polska",
                Some("Klaster Morski"),
            ),
            // Another person, a place, or words that are no organisation.
            ("Anmeldung: Eva Kunz, Hafencluster Kiel", None),
            ("Anmeldung: Jonas Wendt, Riga", None),
            ("Jonas Wendt, a question about the programme", None),
            ("Workshop in Riga, Latvia", None),
        ];
        for (subject, want) in cases {
            assert_eq!(
                organisation_in_subject(subject, "Jonas Wendt").as_deref(),
                want,
                "{subject}"
            );
        }
        // The sender's name in another alphabet than the From header's.
        assert_eq!(
            organisation_in_subject(
                "Регистрация: Иван Петров, Кластер морских технологий",
                "Ivan Petrov"
            )
            .as_deref(),
            Some("Кластер морских технологий")
        );
    }
}
