//! A mail that is only a form: the sender's details, one per line, and nothing asked in words.

use super::fields::{Key, field_line};
use super::intents::{self, Found};
use super::model::Intent;

/// A mail whose own words are a form and little else ("Name: …", "Organisation: …",
/// "Country: …", with at most a greeting and a thanks or a name around it), under a subject of
/// the sender's own (no reply's), asks for nothing in words: sent to the registration address,
/// it registers the person it names. The same lines in a reply correct the record instead (see
/// `correct`), and a form under words that ask something is read by those words.
/// So does a mail whose only sentence hands over the filled-in form (see [`hands_over_form`]).
pub(super) fn register(found: &mut Found, subject: Option<&str>, own: &str, reply_to_own: bool) {
    let replying = reply_to_own || subject.is_some_and(|s| intents::strip_subject(s).1);
    if found.intents.is_empty()
        && !replying
        && (is_whole_form(own) || hands_over_form(&super::own_words::sender_words(own)))
    {
        found.intents.push(Intent::Registration);
    }
}

/// Whether the sender's words are one sentence that hands over a registration form, with at
/// most a greeting and a name around it ("The filled-in registration form for the workshop is
/// attached.", "Vedhæftet finder I min udfyldte tilmeldingsblanket.", "W załączniku przesyłam
/// wypełniony formularz zgłoszeniowy."): the form holds the request, and regbot reads the
/// sender's details from the signature. Not a question ("Could you send me the registration
/// form?"), a form about something else ("the report form is attached"), nor a colleague's
/// form ("my colleague's registration form is attached": whom it names is for a person to see).
fn hands_over_form(words: &str) -> bool {
    use super::lexicon::documents::{
        FORM_NOUNS, FORM_PURPOSES, HANDING_OVER, NOT_FORMS, SENDING_DOCUMENTS,
    };
    use super::phrases::AnyOf;
    static FORM: AnyOf = AnyOf::new(FORM_NOUNS);
    static NOT_FORM: AnyOf = AnyOf::new(NOT_FORMS);
    static PURPOSE: AnyOf = AnyOf::new(FORM_PURPOSES);
    static SENDING: AnyOf = AnyOf::new(SENDING_DOCUMENTS);
    static HANDING: AnyOf = AnyOf::new(HANDING_OVER);
    if words.contains('?') || words.len() > 600 {
        return false;
    }
    // The sentences of three words or more: a greeting, a name and a phone line are shorter.
    let mut said = words.split(['.', '!', '\n']).filter(|s| {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 3
    });
    let (Some(only), None) = (said.next(), said.next()) else {
        return false;
    };
    let lower = only.to_lowercase();
    let form = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| FORM.in_text(w) && !NOT_FORM.in_text(w));
    form && PURPOSE.in_text(&lower)
        && (SENDING.in_text(&lower) || HANDING.in_text(&lower))
        && !super::behalf::folded::COLLEAGUE_OR_HEAD_ANY.in_text(&lower)
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
    fn a_mail_that_only_hands_over_the_registration_form_registers() {
        for (subject, body) in [
            (
                "Riga",
                "Dear organisers,\n\nplease find my completed registration form attached.\n\nMaria Olsen\n",
            ),
            (
                "Workshop",
                "Hi,\n\nI enclose the participation form.\n\nJan\n",
            ),
            (
                "Workshop",
                "Hej\n\nHer er min udfyldte tilmeldingsblanket vedhæftet.\n\nJens Holm\ntlf. 40 11 22 33\n",
            ),
            (
                "Seminārs",
                "Labdien!\n\nNosūtu aizpildītu dalībnieka anketu.\n\nIlze\n",
            ),
            (
                "Seminar",
                "Добрый день!\n\nОтправляю заполненную анкету участника.\n\nИрина\n",
            ),
        ] {
            let u = understand(&mail("Sender <s@example.org>", subject, body), &cfg());
            assert_eq!(u.intents, vec![Intent::Registration], "{body}: {u:?}");
        }
    }

    #[test]
    fn a_form_asked_for_or_about_something_else_registers_nobody() {
        let body = "Hello,\n\nthe report form for the project is attached.\n\nMaria\n";
        let u = understand(&mail("Sender <s@example.org>", "Riga", body), &cfg());
        assert!(!u.intents.contains(&Intent::Registration), "{body}: {u:?}");
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
