//! A mail that is only a form: the sender's details, one per line, and nothing asked in words.

use super::fields::{Key, field_line};
use super::intents::{self, Found};
use super::model::Intent;

/// A mail whose own words are a form and little else ("Name: …", "Organisation: …",
/// "Country: …", with at most a greeting and a thanks or a name around it), under a subject of
/// the sender's own (no reply's), asks for nothing in words: sent to the registration address,
/// it registers the person it names. The same lines in a reply correct the record instead (see
/// `correct`), and a form under words that ask something is read by those words.
pub(super) fn register(found: &mut Found, subject: Option<&str>, own: &str, reply_to_own: bool) {
    let replying = reply_to_own || subject.is_some_and(|s| intents::strip_subject(s).1);
    if found.intents.is_empty() && !replying && is_whole_form(own) {
        found.intents.push(Intent::Registration);
    }
}

/// Whether the text is a form: two or more filled-in lines, one of them a name or an
/// organisation, and at most three other lines.
fn is_whole_form(own: &str) -> bool {
    let (mut filled, mut names_someone, mut other) = (0, false, 0);
    for line in own.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match field_line(line) {
            Some((key, value)) if !value.trim().is_empty() => {
                filled += 1;
                names_someone |= matches!(key, Key::Name | Key::Organisation);
            }
            // Most texts are no form: they are left at their fourth other line.
            _ if other == 3 => return false,
            _ => other += 1,
        }
    }
    filled >= 2 && names_someone && other <= 3
}

#[cfg(test)]
mod tests {
    use super::super::model::Intent;
    use super::super::tests::{cfg, mail};
    use super::super::understand;

    #[test]
    fn a_form_alone_under_a_subject_of_ones_own_registers_the_person_it_names() {
        for (subject, body) in [
            (
                "Riga workshop",
                "Name: Laura Kivi\nOrganisation: Baltic Bio Cluster\nCountry: Estonia\n",
            ),
            (
                "Workshop Riga",
                "Guten Tag,\n\nName: Petra Lange\nOrganisation: Cluster Nordholz\nLand: \
                 Deutschland\n\nDanke\nPetra\n",
            ),
            (
                "Riika 2.-3.6.",
                "Nimi: Anna Laine\nOrganisaatio: Turun Klusteri\nMaa: Suomi\n",
            ),
            (
                "Rīga",
                "Vārds, uzvārds: Ilze Kalniņa\nOrganizācija: Vidzemes klasteris\n",
            ),
        ] {
            let u = understand(&mail("Sender <s@example.org>", subject, body), &cfg());
            assert_eq!(u.intents, vec![Intent::Registration], "{subject}: {u:?}");
            assert!(u.participant.organisation.is_some(), "{subject}: {u:?}");
        }
    }

    #[test]
    fn the_same_form_in_a_reply_or_under_a_question_is_no_new_registration() {
        // A reply: the lines correct what the sender sent before.
        let u = understand(
            &mail(
                "Laura Kivi <laura@example.ee>",
                "Re: Riga workshop",
                "Name: Laura Kivi\nOrganisation: Baltic Bio Cluster AS\nCountry: Estonia\n",
            ),
            &cfg(),
        );
        assert_eq!(u.intents, vec![Intent::Update], "{u:?}");
        // One line of a form is no form; a question is read as asked.
        for body in [
            "Organisation: Baltic Bio Cluster\n",
            "Is there parking at the venue?\n\nName: Laura Kivi\nOrganisation: Baltic Bio \
             Cluster\n",
        ] {
            let u = understand(&mail("Laura Kivi <laura@example.ee>", "Riga", body), &cfg());
            assert!(!u.intents.contains(&Intent::Registration), "{body}: {u:?}");
        }
    }
}
