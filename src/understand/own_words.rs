//! The sender's own words before anything is read from them: the part that can ask for
//! something (not the signature block), and whether it is only an away note.

use super::model::Intent;
use super::{automated, decode, fields, intents, lexicon};

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
/// person's own away note names what it answers: the invitation, or the event (see
/// [`speaks_of_the_event`]: "Riia seminari osas annan teada, kui tagasi olen").
pub(super) fn out_of_office(subject: &str, own: &str, places: &[String]) -> bool {
    let head = decode::cut_str(own, 1200).to_lowercase();
    let said = |list: &[&str]| list.iter().any(|p| head.contains(p));
    let away_said = away_subject(subject) || automated::ooo_subject_own(subject);
    (away_said || automated::says_away_and_after(&head))
        && !said(lexicon::mail::THANKS_FOR_THE_INVITATION)
        && !said(lexicon::mail::INVITATION_NOUNS)
        && !speaks_of_the_event(subject, decode::cut_str(own, 1200), places)
        // "I am attending a conference until …" registers nobody.
        && intents::detect(None, own, false)
            .intents
            .iter()
            .all(|i| *i == Intent::Registration && said(lexicon::mail::AWAY_AT))
        && !asks_for_a_place_while_away(own)
}

/// Whether a text that reads as an away note also asks the organisers, in a sentence of its
/// own, for the writer's place ("I am out of the office until 14 June with limited access to
/// e-mail. … Please register me for the workshop anyway."): a person on leave writes the note
/// they would leave for everyone and then their request, and no responder asks for a place.
/// The clauses of the note itself are set aside first (away, back, a deputy, urgent matters,
/// "at a trade fair until …", "please resend your message"), so that what a note says of its
/// writer or asks of its reader registers nobody ("I am at a trade fair until Friday, but
/// please register me" keeps its second clause); the rest is read as the sender's words are.
/// Only the text before any quote is read.
pub(crate) fn asks_for_a_place_while_away(text: &str) -> bool {
    static NOTE: std::sync::LazyLock<crate::understand::phrases::AnyOfOwned> =
        std::sync::LazyLock::new(|| {
            crate::understand::phrases::AnyOfOwned::new(
                lexicon::mail::ABSENCE
                    .iter()
                    .chain(lexicon::mail::ABSENCE_MEANWHILE)
                    .chain(lexicon::mail::BACK_AND_ANSWERING)
                    .chain(lexicon::mail::AWAY_AT)
                    .chain(lexicon::responders::READER_RESEND)
                    .map(|p| (*p).to_string())
                    .collect(),
            )
        });
    // Lowercased once: the note's words are lowercase, and the intents read any case.
    let own: String = decode::cut_str(text, 4 * 1024)
        .lines()
        .take_while(|l| !automated::opens_quote(l))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    let rest: Vec<&str> = own
        .split_inclusive(['.', '!', '?', '\n', ',', ':', ';'])
        .filter(|clause| !NOTE.in_text(clause))
        .collect();
    let rest = rest.concat();
    !rest.trim().is_empty()
        && intents::detect(None, &rest, false)
            .intents
            .contains(&Intent::Registration)
}

/// Whether the mail speaks of the event, as a person's mail does and an out-of-office text
/// never does. Either a subject of the sender's own (no reply's, no prefixed one) names the
/// event or its place ("Udział w warsztatach", "Seminar"), or the sender's own words name
/// the event or its place in any case form and the mail names the event besides ("nasz
/// klaster w Rydze" under "Re: Warsztaty", "min kollega kommer till seminariet" under "SV:
/// Seminarium", "семинар … в Риге"): a reply's subject is the original's words, and only
/// completes them. An out-of-office text names neither ("I am on leave until 20 May" under
/// "Re: Workshop in Riga").
fn speaks_of_the_event(subject: &str, own: &str, places: &[String]) -> bool {
    let names_event = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| intents::names_the_event_word(&w.to_lowercase()))
    };
    let names_place = |text: &str| intents::names_the_place_in_any_case(text, places);
    let (quoted, reply) = intents::strip_subject(subject);
    if !reply && !subject.contains(':') && (names_event(subject) || names_place(subject)) {
        return true;
    }
    let (event, place) = (names_event(own), names_place(own));
    (event && (place || names_event(quoted) || names_place(quoted)))
        || (place && names_event(quoted))
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

    /// The event's place as the configuration lists it, in the region's spellings.
    fn riga() -> Vec<String> {
        ["Riga", "Rīga", "Riia", "Riika", "Ryga", "Рига"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn a_person_away_who_speaks_of_the_event_at_its_place_is_no_auto_reply() {
        // The event in the reply's subject, its place inflected in the sender's words.
        for (subject, text) in [
            (
                "Re: Warsztaty klastrowe",
                "Jestem na urlopie do 20 maja, ale nasz klaster w Rydze będzie reprezentować \
                 koleżanka. W pilnych sprawach proszę o kontakt z nią.",
            ),
            (
                "Re: Semināra programma",
                "Esmu atvaļinājumā līdz 20. maijam, bet mūsu klasteri Rīgā pārstāvēs kolēģe. \
                 Steidzamos jautājumos sazinieties ar viņu.",
            ),
            (
                "Re: Seminaras",
                "Esu atostogose iki gegužės 20 d., bet mūsų klasterį Rygoje atstovaus kolegė. \
                 Skubiais klausimais kreipkitės į ją.",
            ),
            (
                "Re: Семинар кластеров",
                "Я в отпуске до 20 мая, но наш кластер в Риге будет представлять коллега. По \
                 срочным вопросам обращайтесь к ней.",
            ),
            (
                "Vs: Työpaja",
                "Olen lomalla 20.5. asti, mutta klusteriamme Riiassa edustaa kollegani. \
                 Kiireellisissä asioissa ota yhteyttä häneen.",
            ),
            (
                "Re: Seminar",
                "Olen puhkusel 20. maini, aga meie klastrit esindab Riias kolleeg. Kiiretel \
                 juhtudel võtke ühendust temaga.",
            ),
            (
                "AW: Workshop",
                "Ich bin bis 20. Mai im Urlaub, aber unseren Cluster vertritt in Riga meine \
                 Kollegin. In dringenden Fällen wenden Sie sich bitte an sie.",
            ),
            (
                "SV: Workshop",
                "Jag har semester till 20 maj, men vårt kluster representeras i Riga av en \
                 kollega. Vid brådskande ärenden, kontakta henne.",
            ),
            (
                "SV: Seminar",
                "Jeg har ferie til 20. mai, men en kollega representerer klyngen vår i Riga. \
                 I hastesaker, kontakt henne.",
            ),
            (
                "Re: Workshop",
                "I am on leave until 20 May, but a colleague will represent our cluster in \
                 Riga. For urgent matters please contact her.",
            ),
            // The event named in the text and in the reply's subject, no place.
            (
                "SV: Seminarium",
                "Jag har semester till 20 maj, men min kollega kommer till seminariet. Vid \
                 brådskande ärenden, kontakta henne.",
            ),
            (
                "SV: Workshop",
                "Jeg holder ferie til 20. maj, men min kollega deltager i workshoppen. I \
                 hastende sager kontakt hende.",
            ),
            (
                "Vs: Seminaari",
                "Olen lomalla 20.5. asti, mutta seminaariin tulee kollegani. Kiireellisissä \
                 asioissa ota yhteyttä häneen.",
            ),
            (
                "Re: Workshop",
                "I am on leave until 20 May, but my colleague will come to the workshop \
                 instead of me. For urgent matters please contact her.",
            ),
        ] {
            assert!(!out_of_office(subject, text, &riga()), "{text}");
        }
    }

    #[test]
    fn a_subject_of_the_senders_own_that_names_the_event_is_no_auto_reply() {
        for (subject, text) in [
            (
                "Udział w warsztatach",
                "Jestem na urlopie do 20 maja. Proszę o kontakt z koleżanką.",
            ),
            (
                "Seminārs",
                "Mūsu vadītāja ir atvaļinājumā; kad atgriezīsies, viņa sazināsies pati.",
            ),
            (
                "Riga",
                "I am on holiday until Monday. I will reply when I return.",
            ),
        ] {
            assert!(!out_of_office(subject, text, &riga()), "{text}");
        }
    }

    #[test]
    fn an_away_note_under_the_original_subject_stays_an_auto_reply() {
        // The event only in the subject it answers or behind an auto-reply's own prefix: the
        // responder's words, not the writer's.
        for (subject, text) in [
            (
                "Re: Workshop in Riga",
                "I am on leave until 20 May. For urgent matters please contact office@x.test.",
            ),
            (
                "Kontorist eemal: Seminar Riias",
                "Olen puhkusel, tagasi 20. mail.",
            ),
            (
                "Odp: Warsztaty w Rydze",
                "Jestem na urlopie do 20 maja. Odpowiem po powrocie.",
            ),
        ] {
            assert!(out_of_office(subject, text, &riga()), "{text}");
        }
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
