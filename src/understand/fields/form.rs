//! Form lines: `Field: value` as people fill in an announcement's list ("Name: …",
//! "Organizācija: …"), in any of the region's languages. Regbot's own placeholders quoted back
//! ("(not given)") are never values.

use std::sync::LazyLock;

use foldhash::{HashMap, HashMapExt};

use super::super::lexicon::fields::{KEYS, PARTICIPANT_KEYS};
use super::super::lexicon::is_placeholder;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Name,
    Organisation,
    Country,
    Experience,
    Email,
    /// The sender's town or postal address: read for the country only.
    Town,
}

/// A `Key: value` line of a form ("Name: Agnese Zālīte", "- Organisation: …"), or a known key
/// with a spaced dash ("Iestāde – Latvijas Biotehnoloģiju asociācija").
pub fn field_line(line: &str) -> Option<(Key, &str)> {
    if let Some((key, value)) = line.split_once(':')
        && let Some(found) = keyed(key, value)
    {
        return Some(found);
    }
    // Only a key the lexicon knows stands before a dash: "Land – Norge", not "Kiel – Riga".
    [" – ", " — ", " - "].iter().find_map(|dash| {
        let (key, value) = line.split_once(dash)?;
        keyed(key, value)
    })
}

/// The field `key` names, with its value, when the key is one of the lexicon's.
fn keyed<'a>(key: &str, value: &'a str) -> Option<(Key, &'a str)> {
    let key = key.trim().trim_start_matches(['-', '*', '•', '>']).trim();
    let value = value.trim().trim_end_matches([',', ';']).trim();
    // Cheap tests first: every line with a colon or a spaced dash comes here. Regbot's own
    // "(not given)" quoted back is no value.
    if key.is_empty() || value.is_empty() || key.chars().count() > 40 || is_placeholder(value) {
        return None;
    }
    KEY_NAMES
        .get(key.to_lowercase().as_str())
        .map(|k| (*k, value))
}

/// Every key name of the lexicon's `KEYS` with its field (the first field, should a name stand
/// under two).
static KEY_NAMES: LazyLock<HashMap<&'static str, Key>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (key, names) in KEYS {
        for name in *names {
            map.entry(*name).or_insert(*key);
        }
    }
    map
});

/// A form filled in for another person: "Dalībnieks: Aivars Lācis, valdes priekšsēdētājs" and
/// "E-pasts: aivars@…" from an assistant's own address. The person named (a name line or a
/// participant line) is not the sender (`from_name`) and their address is not the sender's
/// (`from_email`): that person is the one to register. Returns their name and address.
pub fn other_person(own: &str, from_email: &str, from_name: &str) -> Option<(String, String)> {
    let mut name = None;
    let mut email = None;
    for line in own.lines().take(200) {
        if let Some((key, value)) = field_line(line) {
            match key {
                Key::Name if name.is_none() => name = Some(value),
                Key::Email if email.is_none() => email = super::find_email(value),
                _ => {}
            }
        } else if name.is_none()
            && let Some((key, value)) = line.split_once(':')
            && PARTICIPANT_KEYS.contains(&key.trim().to_lowercase().as_str())
        {
            name = Some(value.trim());
        }
    }
    let email = email?;
    // "Aivars Lācis, valdes priekšsēdētājs": the job after the comma is no part of the name.
    let name = name?.split([',', '(', ';']).next()?.trim();
    let name = super::names::natural(name);
    // Without the sender's display name nobody can be told apart from them.
    let someone_else = !from_name.trim().is_empty()
        && !email.eq_ignore_ascii_case(from_email)
        && super::looks_like_name(&name)
        && !super::names::same_person(&name, from_name)
        && !super::names::is_first_name_of(&name, from_name)
        && !super::badge::same_in_any_alphabet(&name, from_name);
    someone_else.then_some((name, email))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_for_the_institution_or_the_town_is_a_key() {
        for (line, key, value) in [
            (
                "Iestāde – Latvijas Biotehnoloģiju asociācija",
                Key::Organisation,
                "Latvijas Biotehnoloģiju asociācija",
            ),
            (
                "Įstaiga: Kauno logistikos klasteris",
                Key::Organisation,
                "Kauno logistikos klasteris",
            ),
            (
                "Asutus: Jõgevamaa Arenduskeskus",
                Key::Organisation,
                "Jõgevamaa Arenduskeskus",
            ),
            (
                "Org.: Helseklyngen Oslo Sør",
                Key::Organisation,
                "Helseklyngen Oslo Sør",
            ),
            (
                "Laitos: Oulun yliopisto",
                Key::Organisation,
                "Oulun yliopisto",
            ),
            (
                "Arbeitgeber - Cluster Nord e.V.",
                Key::Organisation,
                "Cluster Nord e.V.",
            ),
            (
                "Miejsce pracy: Klaster Morski",
                Key::Organisation,
                "Klaster Morski",
            ),
            (
                "Место работы: Балтийский кластер",
                Key::Organisation,
                "Балтийский кластер",
            ),
            ("Miestas: Kaunas", Key::Town, "Kaunas"),
            ("Pilsēta – Rīga", Key::Town, "Rīga"),
            ("Linn: Tartu", Key::Town, "Tartu"),
            ("Kaupunki: Oulu", Key::Town, "Oulu"),
            ("Stad: Malmö", Key::Town, "Malmö"),
            ("Miasto: Gdańsk", Key::Town, "Gdańsk"),
            ("Город: Нарва", Key::Town, "Нарва"),
            ("Name – Kristīne Auziņa", Key::Name, "Kristīne Auziņa"),
        ] {
            assert_eq!(field_line(line), Some((key, value)), "{line}");
        }
        // Near misses: a dash after a word the lexicon does not know, a sentence with a key's
        // word inside it, a place before a dash.
        for line in [
            "Kiel – Riga, then Tallinn",
            "Our organisation – a small cluster – will send two people",
            "Riga - see you there",
        ] {
            assert_eq!(field_line(line), None, "{line}");
        }
    }

    #[test]
    fn a_form_for_another_person_names_them() {
        for (text, name, email) in [
            (
                "Please register our director.\nParticipant: Ola Berg, CEO\nEmail: ola@x.test",
                "Ola Berg",
                "ola@x.test",
            ),
            (
                "Lūdzu reģistrēt mūsu vadītāju.\nDalībnieks: Jānis Ozols, valdes loceklis\nE-pasts: janis@x.test",
                "Jānis Ozols",
                "janis@x.test",
            ),
            (
                "Anmeldung für unseren Geschäftsführer:\nTeilnehmer: Uwe Brandt\nE-Mail: uwe@x.test",
                "Uwe Brandt",
                "uwe@x.test",
            ),
        ] {
            assert_eq!(
                other_person(text, "assistant@x.test", "Eva Lind"),
                Some((name.to_string(), email.to_string())),
                "{text}"
            );
        }
        // The sender's own form, sent from another address, names the sender.
        assert_eq!(
            other_person(
                "Name: Eva Lind\nEmail: eva.lind@work.test",
                "eva@home.test",
                "Eva Lind"
            ),
            None
        );
        // An address alone names nobody else.
        assert_eq!(
            other_person("Email: eva.lind@work.test", "eva@home.test", "Eva Lind"),
            None
        );
    }
}
