//! The sender's own words before anything is read from them: the part that can ask for
//! something (not the signature block), and whether it is only an away note.

use super::model::Intent;
use super::phrases::AnyOf;
use super::{decode, fields, intents, lexicon};

/// What the sender asks in their own words: the text before the last sign-off and any
/// postscript after it. The signature block below holds no request, but its lines hold the
/// words of one: "Vereinsregister", "Registrikood", "Reģistrācijas Nr.", "registrert i
/// Foretaksregisteret" are registries, not registrations.
pub(super) fn sender_words(own: &str) -> std::borrow::Cow<'_, str> {
    let head = fields::before_sign_off(own);
    let Some(tail) = own.get(head.len()..).filter(|t| !t.is_empty()) else {
        return std::borrow::Cow::Borrowed(own);
    };
    let postscripts: Vec<&str> = tail.split("\n\n").filter(|p| opens_postscript(p)).collect();
    if postscripts.is_empty() {
        return std::borrow::Cow::Borrowed(head);
    }
    std::borrow::Cow::Owned(format!("{head}\n\n{}", postscripts.join("\n\n")))
}

/// Whether a paragraph is a postscript: "P.S.", "PS:", "PS.", "PS!", "P. S.", "PPS".
fn opens_postscript(paragraph: &str) -> bool {
    let p = paragraph.trim_start().to_lowercase();
    let first = p
        .split(|c: char| c.is_whitespace() || c == ':' || c == '!' || c == ',')
        .next()
        .unwrap_or("")
        .replace('.', "");
    first == "ps" || first == "pps" || p.starts_with("p. s")
}

/// An out-of-office text that came without the headers and subject that mark one: it says the
/// writer is away and what to do meanwhile (or when they are back), or its subject is the
/// away note itself ("I am out of the office until 14.06."), and it asks for nothing. A
/// person's own away note names what it answers: the invitation, or the event at its place
/// ("Riia seminari osas annan teada, kui tagasi olen").
pub(super) fn out_of_office(subject: &str, own: &str, places: &[String]) -> bool {
    // Most mails say nothing of being away: one pass for that before the other lists.
    static ABSENCE: AnyOf = AnyOf::new(lexicon::mail::ABSENCE);
    let head = decode::cut_str(own, 1200).to_lowercase();
    let said = |list: &[&str]| list.iter().any(|p| head.contains(p));
    let event_at_its_place = || {
        intents::names_the_place(decode::cut_str(own, 1200), places)
            && head.split(|c: char| !c.is_alphanumeric()).any(|w| {
                lexicon::being_there::EVENT_NOUNS
                    .iter()
                    .any(|e| w.starts_with(e) && !w.starts_with("eventu"))
            })
    };
    (away_subject(subject) || ABSENCE.in_text(&head) && said(lexicon::mail::ABSENCE_AFTERWARDS))
        && !said(lexicon::mail::THANKS_FOR_THE_INVITATION)
        && !said(lexicon::mail::INVITATION_NOUNS)
        && !event_at_its_place()
        // "I am attending a conference until …" registers nobody.
        && intents::detect(None, own, false)
            .intents
            .iter()
            .all(|i| *i == Intent::Registration && said(lexicon::mail::AWAY_AT))
}

/// True when a subject is itself an away note: a sentence saying the writer is out of the
/// office ("I'm currently out of the office", "Anna Liepa is out of the office"), not a
/// reply's or forward's subject and not a question ("I am out of the office next week, can I
/// still register?").
fn away_subject(subject: &str) -> bool {
    let s = subject.trim().to_lowercase().replace('\u{2019}', "'");
    !s.is_empty()
        && !s.contains('?')
        && !lexicon::bounces::REPLY_PREFIXES
            .iter()
            .any(|p| s.starts_with(p))
        && lexicon::mail::AWAY_SUBJECT_SENTENCES
            .iter()
            .any(|p| s.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subject_that_is_the_away_note_makes_a_quiet_mail_an_auto_reply() {
        for (subject, text) in [
            (
                "I am out of the office until 14 June",
                "I will read my mail when I return.",
            ),
            (
                "I'm currently out of the office",
                "Thank you for your message.",
            ),
            ("Anna Liepa is out of the office", ""),
            ("Ich bin nicht im Büro", "Vielen Dank für Ihre Nachricht."),
        ] {
            assert!(out_of_office(subject, text, &[]), "{subject}");
        }
    }

    #[test]
    fn a_person_who_will_be_away_and_asks_something_is_no_auto_reply() {
        for (subject, text) in [
            (
                "I will be out of the office in June",
                "Hello, please register me for the workshop. Jonas",
            ),
            ("I am out of the office next week?", "Can I still register?"),
            ("Re: I am out of the office until 14 June", "Thanks, noted."),
        ] {
            assert!(!out_of_office(subject, text, &[]), "{subject}");
        }
    }

    #[test]
    fn an_away_text_that_says_when_the_writer_will_return_is_an_auto_reply() {
        assert!(out_of_office(
            "Your registration",
            "Thank you for your email. I am currently out of the office and will return on 8 June.",
            &[]
        ));
    }

    #[test]
    fn a_postscript_after_the_sign_off_is_the_senders_words() {
        for ps in [
            "PS. Please register me for the workshop too.",
            "PS: Skriv mig også på.",
            "PS! Sett meg opp også.",
            "P.S. Ilmoittakaa minut myös.",
            "P. S. Užregistruokite mane.",
            "PPS. Und meine Kollegin auch.",
        ] {
            let own = format!("Hi,\n\nthe report is attached.\n\nBest regards\nAnna Berg\n\n{ps}");
            assert!(sender_words(&own).contains(ps), "{ps}");
        }
    }

    #[test]
    fn a_signature_line_that_starts_like_ps_is_no_postscript() {
        let own = "Hi,\n\nthe report is attached.\n\nBest regards\nAnna Berg\n\nPSA Logistics, registered in Riga";
        assert!(!sender_words(own).contains("registered"));
    }
}
