//! Auto-replies (out-of-office, vacation, "we received your message") and bulk or list mail,
//! recognised from headers and subjects.

use mailparse::{MailHeader, MailHeaderMap};

use crate::understand::lexicon::responders::{
    AUTOMATIC_TEXT, NAMED_AWAY, OOO_SUBJECT_NAMES_ITSELF, OOO_SUBJECTS, READ_RECEIPT_SUBJECTS,
    READER_RESEND,
};
use crate::understand::lexicon::{bounces, mail};
use crate::understand::phrases::AnyOf;

/// True when the subject starts with an out-of-office or automatic-reply marker, also as
/// "Subject: Out of office: Re: …".
pub fn ooo_subject(subject: &str) -> bool {
    ooo_marker(&subject.trim().to_lowercase()).is_some()
}

/// Whether an out-of-office subject reads as the sender's own sentence ("Abwesenheit im Juni",
/// "On holiday in June", "Lomalla kesäkuussa", "Atvaļinājumā, bet piesakos", "Poissa -
/// ilmoittautuminen"): its marker, no automatic reply's name, goes on in words, after a space,
/// a comma, a semicolon or a dash, with no colon after it. A responder writes its marker alone,
/// before a colon or a bracket ("Abwesend: Anmeldung", "Out of Office (Kari Mäkinen)"), or
/// names itself ("Automatic reply …"). Such a subject alone does not make the mail automatic.
pub fn ooo_subject_sentence(subject: &str) -> bool {
    ooo_marker(&subject.trim().to_lowercase()).is_some_and(|(marker, rest)| {
        // "В отпуске, но регистрируюсь", "Fravær - påmelding": the sender's own words go on
        // after the punctuation.
        let rest = rest
            .trim_start()
            .strip_prefix([',', ';', '-', '–', '—'])
            .unwrap_or(rest);
        !marker.contains("auto")
            && !marker.contains("автом")
            && !marker.ends_with([':', ']'])
            && !rest.contains(':')
            && rest.trim_start().starts_with(char::is_alphanumeric)
            && rest.starts_with(char::is_whitespace)
    })
}

/// Whether an out-of-office subject may be the sender's own: a sentence (see
/// [`ooo_subject_sentence`]) or the marker alone, naming no automatic reply ("Lomalla", "Out of
/// office", "В отпуске"). A person on leave writes it above "but please register me" as well
/// as a responder above its note, so on mail nothing else marks as automatic the words below
/// decide. A marker before a colon, a bracket or a slash ("Out of Office (Kari Mäkinen)",
/// "Poissa: Re: …") or one naming itself ("Automatic reply") stays a responder's.
pub fn ooo_subject_own(subject: &str) -> bool {
    ooo_subject_sentence(subject)
        || ooo_marker(&subject.trim().to_lowercase()).is_some_and(|(marker, rest)| {
            !OOO_SUBJECT_NAMES_ITSELF.iter().any(|w| marker.contains(w))
                && !marker.ends_with([':', ']'])
                && rest
                    .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!'))
                    .is_empty()
        })
}

/// Whether the subject names the sender and says they are away ("Anna Berg is out of the
/// office.", "Jörg Hahn ist außer Haus", "Kari Nordmann er ikke på kontoret"): the subject a
/// responder writes of its owner, never a person of themselves.
pub fn names_the_sender_away(subject: &str, from_name: Option<&str>) -> bool {
    let Some(name) = from_name
        .map(|n| n.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace()))
        .map(str::to_lowercase)
        .filter(|n| n.chars().filter(|c| c.is_alphabetic()).count() >= 3)
    else {
        return false;
    };
    let s = subject.trim().to_lowercase();
    s.strip_prefix(name.as_str())
        .filter(|rest| rest.starts_with(char::is_whitespace))
        .is_some_and(|rest| {
            static AWAY_ANY: AnyOf = AnyOf::new(mail::ABSENCE);
            AWAY_ANY.in_text(rest) || NAMED_AWAY.iter().any(|p| rest.contains(p))
        })
}

/// The out-of-office marker a lowercased, trimmed subject opens with and the rest of the
/// subject after it (see [`ooo_subject`]).
fn ooo_marker(s: &str) -> Option<(&'static str, &str)> {
    let s = s.strip_prefix("subject:").map_or(s, str::trim_start);
    // "[Out of Office] …", "*Automatic reply* …", Japanese "【自動返信】…"
    let s = s.trim_start_matches(['[', '*', '(', ' ', '【', '［']);
    // A question ("Out of office hours?") is a person asking.
    if s.trim_end().ends_with('?') {
        return None;
    }
    OOO_SUBJECTS.iter().find_map(|p| {
        let p = p.trim_start_matches('[');
        // The marker must end at a word boundary ("Poissa:" yes, "Poissaolo…" no).
        s.strip_prefix(p)
            .filter(|rest| !rest.starts_with(char::is_alphanumeric) || p.ends_with([':', ' ', ']']))
            .map(|rest| (p, rest))
    })
}

/// True when the subject opens with the short "Auto:" of Lotus Notes' and some servers'
/// automatic replies ("Auto: Registration", "AUTO : Inscription"). "Auto" is a car in German,
/// Polish, Finnish, Estonian and Latvian ("Auto: Parkplatz vorhanden"), so the caller counts it
/// only on mail whose envelope or headers already say it is automatic.
pub fn short_auto_subject(subject: &str) -> bool {
    let s = subject.trim_start().to_lowercase();
    s.strip_prefix("auto")
        .is_some_and(|rest| rest.trim_start().starts_with(':'))
}

/// Mailboxes of list servers and their owners (`list-owner@`, `list-bounces@`,
/// `owner-list@`, `sympa@`): what they send is a notice, never a person's mail.
pub fn list_server(from: Option<&str>) -> bool {
    let Some(local) = from.and_then(|f| f.split('@').next()) else {
        return false;
    };
    let local = local.to_ascii_lowercase();
    ["-owner", "-bounces", "-request"]
        .iter()
        .any(|s| local.ends_with(s))
        || local.starts_with("owner-")
        || matches!(
            local.as_str(),
            "listserv" | "sympa" | "mailman" | "majordomo" | "listmaster" | "lyris"
        )
}

/// A read receipt sent as plain text: a receipt's subject and a short text (a person who
/// writes "Read: …" as a subject writes more than a receipt's few lines).
pub fn read_receipt(subject: &str, text: &str) -> bool {
    let s = subject.trim().to_lowercase();
    READ_RECEIPT_SUBJECTS.iter().any(|p| s.starts_with(p))
        && !s.ends_with('?')
        && text.trim().chars().count() < 700
}

/// The writer's own opening text: at most 800 characters, up to the first quoted line or
/// quote header, so that a quoted receipt never makes a person's reply automatic.
fn own_opening(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if opens_quote(line) {
            break;
        }
        out.push_str(&line.trim_start().to_lowercase());
        out.push(' ');
        if out.len() > 800 {
            break;
        }
    }
    out
}

/// Whether a line opens quoted text: a quoted line, a quote header ("… wrote:"), a separator
/// ("-----Original Message-----") or a quoted header block ("From: …").
pub fn opens_quote(line: &str) -> bool {
    let t = line.trim_start();
    let l = t.to_lowercase();
    t.starts_with('>') || l.contains("wrote:") || l.starts_with("-----") || l.starts_with("from:")
}

/// True when the writer's own opening says the message is an automatic answer.
pub fn automatic_text(text: &str) -> bool {
    let head = own_opening(text);
    let head = head.split_whitespace().collect::<Vec<_>>().join(" ");
    static AUTOMATIC_TEXT_ANY: AnyOf = AnyOf::new(AUTOMATIC_TEXT);
    AUTOMATIC_TEXT_ANY.in_text(&head)
}

/// True when the writer's own opening is a whole away text: it says the writer is away and
/// what to do meanwhile ("I'm out of the office until 14 June. Need help? Contact info@…",
/// "limited access to e-mail", "please resend your message"), not merely that they will be
/// away ("ich bin im Juni im Urlaub. Kann ich mich trotzdem anmelden?") or when they are back:
/// a person on leave says that too before asking ("I will be back on 1 June, but please
/// register me now"), and [`says_away_and_after`] with the sender's own words decides then.
pub fn away_text(text: &str) -> bool {
    let head = own_opening(text);
    says_away_and_after(&head)
        && mail::ABSENCE_MEANWHILE
            .iter()
            .chain(READER_RESEND)
            .any(|p| head.contains(p))
}

/// Whether a lowercase opening says the writer is away and what happens meanwhile or after
/// ("until", "contact", "back on"): the words of an away note (see [`away_text`], and
/// `own_words::out_of_office` for a person's mail).
pub fn says_away_and_after(head: &str) -> bool {
    static ABSENCE_ANY: AnyOf = AnyOf::new(mail::ABSENCE);
    ABSENCE_ANY.in_text(head)
        && mail::ABSENCE_MEANWHILE
            .iter()
            .chain(mail::BACK_AND_ANSWERING)
            .chain(READER_RESEND)
            .any(|p| head.contains(p))
}

/// True when the writer's own opening says the mailbox is out of use ("This address is no
/// longer in use", "Diese Adresse wird nicht mehr verwendet"). A person says so too when
/// giving a new address, so the caller counts it only on mail with the null sender, which
/// only responders and mail systems use.
pub fn out_of_use_text(text: &str) -> bool {
    let head = own_opening(text);
    let head = head.split_whitespace().collect::<Vec<_>>().join(" ");
    static OUT_OF_USE_ANY: AnyOf = AnyOf::new(bounces::OUT_OF_USE);
    OUT_OF_USE_ANY.in_text(&head)
}

/// Headers that auto-responders set. `X-Auto-Response-Suppress` is not here on purpose:
/// Outlook sets it on ordinary mail as well.
pub fn autoreply_headers(h: &[MailHeader<'_>]) -> bool {
    if h.get_first_value("Auto-Submitted")
        .is_some_and(|v| !v.trim().to_ascii_lowercase().starts_with("no"))
    {
        return true;
    }
    responder_headers(h)
        || h.get_first_value("X-MS-Exchange-Inbox-Rules-Loop")
            .is_some()
        || h.get_first_value("X-MS-Exchange-Generated-Message-Source")
            .is_some()
}

/// Headers only an auto-responder sets (`X-Autoreply`, `X-Vacation`, `Precedence:
/// auto_reply`), never a mail system: `Auto-Submitted` is on bounces too.
pub fn responder_headers(h: &[MailHeader<'_>]) -> bool {
    for name in [
        "X-Autoreply",
        "X-Autorespond",
        "X-Autoresponder",
        "X-Vacation",
        "X-AutoReply-From",
    ] {
        if h.get_first_value(name).is_some_and(|v| {
            !matches!(v.trim().to_ascii_lowercase().as_str(), "no" | "false" | "0")
        }) {
            return true;
        }
    }
    if h.get_first_value("X-Autogenerated")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("reply"))
    {
        return true;
    }
    h.get_first_value("Precedence")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("auto_reply"))
}

/// `X-Mailer` values of newsletter and mass-mailing tools (lowercase substrings).
const BULK_MAILERS: &[&str] = &[
    "mailchimp",
    "mailchimp mailer",
    "sendinblue",
    "brevo",
    "campaign monitor",
    "createsend",
    "phplist",
    "mautic",
    "sendblaster",
    "groupmail",
    "constant contact",
    "mailerlite",
    "sendy",
    "acumbamail",
    "getresponse",
    "mailjet",
    "klaviyo",
    "emarsys",
    "newsletter",
    "mass mail",
    "massmail",
    "listserv",
    "mailman",
    "sympa",
    "ezmlm",
];

/// List and bulk mail: list headers, `Precedence: bulk|list|junk`, ESP campaign headers,
/// mass-mailing tools. The list software's own headers count too: its notices to a poster
/// (a post held or refused, a loop alert) carry no list header, but Mailman's
/// `X-List-Administrivia` and `X-Mailman-Version` or fml's `X-MLServer`.
pub fn bulk_headers(h: &[MailHeader<'_>]) -> bool {
    if [
        "List-Id",
        "List-Unsubscribe",
        "List-Post",
        "X-Mailing-List",
        "Mailing-List",
        "X-List-Administrivia",
        "X-Mailman-Version",
        "X-MLServer",
    ]
    .iter()
    .any(|n| h.get_first_value(n).is_some())
    {
        return true;
    }
    if h.get_first_value("Precedence").is_some_and(|p| {
        matches!(
            p.trim().to_ascii_lowercase().as_str(),
            "bulk" | "list" | "junk"
        )
    }) {
        return true;
    }
    let esp = h.iter().any(|hdr| {
        let k = hdr.get_key_ref().to_ascii_lowercase();
        k.starts_with("x-mailchimp")
            || k.starts_with("x-mc-user")
            || k.starts_with("x-campaign")
            || k == "x-listmember"
            || k == "x-newsletter"
            || k.starts_with("x-sg-eid")
            || k == "x-mailgun-tag"
            || k == "x-cmae-virus"
    });
    if esp {
        return true;
    }
    ["X-Mailer", "User-Agent"].iter().any(|n| {
        h.get_first_value(n).is_some_and(|m| {
            let m = m.to_lowercase();
            BULK_MAILERS.iter().any(|b| m.contains(b))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_read_receipts_and_list_servers_are_automatic() {
        assert!(read_receipt(
            "Gelesen: Anmeldung",
            "Ihre Nachricht\n\n  An: Hans\n  Betreff: Anmeldung\n\nwurde am 4.12.2026 10:05 gelesen.\n"
        ));
        assert!(read_receipt(
            "Izlasīts: Reģistrācija",
            "Jūsu ziņojums tika izlasīts 2026. gada 4. decembrī."
        ));
        assert!(read_receipt(
            "Not read: Registration",
            "Your message was deleted without being read."
        ));
        assert!(!read_receipt("Read: is there a reading list?", "Hello"));
        assert!(!read_receipt("Registration", "was read on Friday"));
        assert!(list_server(Some("bsr-forum-owner@lists.example.org")));
        assert!(list_server(Some("owner-bsr@lists.example.org")));
        assert!(list_server(Some("sympa@lists.example.org")));
        assert!(!list_server(Some("anna.owner@example.lv")));
    }

    #[test]
    fn a_responder_saying_it_is_automatic_is_an_auto_reply() {
        for t in [
            "Dear sender,\n\nThank you for contacting us. This is an automated response \
             confirming the receipt of your ticket.\n\nTicket number: 2026120410000123\n",
            "Please note: this mailbox is no longer\nmonitored. Write to info@example.se.",
            "Dies ist eine automatische Antwort. Ihre Anfrage ist eingegangen.",
            "To jest automatyczna odpowiedź: wiadomość została przyjęta.",
            "Šī ir automātiska atbilde. Jūsu vēstule ir saņemta.",
        ] {
            assert!(automatic_text(t), "{t}");
        }
        // Quoted below a person's own words, it is someone else's receipt.
        assert!(!automatic_text(
            "Please register me as well.\n\n> This is an automated response confirming your ticket.\n"
        ));
        assert!(!automatic_text(
            "Please register me.\n\nOn 1 Dec, Help Desk wrote:\nThis is an automated response.\n"
        ));
    }

    #[test]
    fn the_short_auto_prefix_needs_a_colon() {
        for s in [
            "Auto: Registration",
            "AUTO : Inscription",
            " auto:Anmeldung",
        ] {
            assert!(short_auto_subject(s), "{s}");
        }
        for s in [
            "Autobus from the airport",
            "Auto parking: where?",
            "Automation: talk",
        ] {
            assert!(!short_auto_subject(s), "{s}");
        }
    }

    #[test]
    fn an_away_text_says_what_to_do_meanwhile_a_person_merely_that_they_are_away() {
        for t in [
            "I'm out of the office until 14 June. Need help with your registration? Contact \
             info@example.no.",
            "Olen lomalla 14.6. asti. Kiireellisissä asioissa ota yhteyttä info@example.fi.",
            "Я в отпуске до 14 июня. По срочным вопросам обращайтесь к коллеге.",
            // A note asking its reader to send again.
            "I am on holiday. Please resend your registration after 1 June.",
            "Ich bin im Urlaub. Bitte senden Sie Ihre Nachricht erneut nach dem 1. Juni.",
            "Olen lomalla. Lähetä viestisi uudelleen kesäkuussa.",
            "Jestem na urlopie. Proszę wysłać wiadomość ponownie po 1 czerwca.",
        ] {
            assert!(away_text(t), "{t}");
        }
        for t in [
            "Hallo, ich bin im Juni im Urlaub. Kann ich mich trotzdem schon jetzt anmelden?",
            "Hello, I am on holiday in June, so please cancel my registration.",
        ] {
            assert!(!away_text(t), "{t}");
        }
    }

    #[test]
    fn an_away_subject_that_goes_on_as_a_sentence_is_the_senders_own() {
        for s in [
            "Abwesenheit im Juni",
            "On holiday in June",
            "Lomalla kesäkuussa",
            "Puhkusel juunis",
            "Nieobecność w czerwcu",
            "Atostogose birželio mėnesį",
            "В отпуске в июне",
            "Out of office until 14 June",
        ] {
            assert!(ooo_subject(s) && ooo_subject_sentence(s), "{s}");
        }
        // A responder's marker: alone, before a colon, a bracket or a slash, or naming itself.
        for s in [
            "Abwesend: Anmeldung",
            "Out of Office",
            "Fraværende",
            "Out of Office (Kari Mäkinen)",
            "Atvaļinājumā / On vacation",
            "Automatic reply Registration",
            "Автоматический ответ Регистрация",
            "Poissa: Re: Ilmoittautuminen",
        ] {
            assert!(ooo_subject(s) && !ooo_subject_sentence(s), "{s}");
        }
        // The marker alone may be a person's, the marker before a bracket or a colon or naming
        // itself is a responder's.
        for s in ["Out of Office", "Fraværende", "Lomalla.", "В отпуске"] {
            assert!(ooo_subject_own(s), "{s}");
        }
        for s in [
            "Abwesend: Anmeldung",
            "Out of Office (Kari Mäkinen)",
            "Atvaļinājumā / On vacation",
            "Automatic reply",
            "Автоматический ответ",
        ] {
            assert!(!ooo_subject_own(s), "{s}");
        }
    }

    #[test]
    fn ooo_subjects_in_region_languages() {
        for s in [
            "Out of Office: Registration",
            "Automatic reply: Registration",
            "Autoreply: x",
            "Abwesenheitsnotiz: Anmeldung",
            "Automatische Antwort: Anmeldung",
            "Frånvaro: Anmälan",
            "Autosvar: x",
            "Automatisk svar: x",
            "Fraværende: x",
            "Poissa: x",
            "Automaattinen vastaus: x",
            "Odpowiedź automatyczna: x",
            "Nieobecność: x",
            "Automātiskā atbilde: x",
            "Prombūtnē: x",
            "Automatinis atsakymas: x",
            "Nebūsiu darbe",
            "Automaatvastus: x",
            "Eemal: x",
            "Автоответ: x",
            "Автоматический ответ: x",
            "Нет на месте: x",
            "Subject: Out of office: Re: Registration",
            "OUT OF OFFICE",
            "[Out of Office] Registration",
            "Poza biurem: x",
            "Nesu biure: x",
            "Away from my mail",
            "Automatische Abwesenheitsmeldung",
            "Ārpus biroja: Reģistrācija",
            "Kontorist väljas: x",
            "Atostogose iki birželio 10 d.",
            "В отпуске: Регистрация",
            "Automatická odpověď: x",
            "Resposta automática: x",
            "Automatikus válasz: x",
            "Otomatik yanıt: x",
            "自動応答: x",
        ] {
            assert!(ooo_subject(s), "{s}");
        }
        assert!(!ooo_subject("Registration for the workshop"));
        assert!(!ooo_subject("Re: question about the office hours"));
        assert!(!ooo_subject("Out of office hours contact?"));
        assert!(!ooo_subject("Eemaldage mind nimekirjast"));
        assert!(!ooo_subject("Poza biurem?"));
        assert!(!ooo_subject("Away from my mailbox settings"));
        assert!(!ooo_subject("В отпускной сезон: регистрация"));
        assert!(!ooo_subject("Ārpusbiroja pasākums"));
        assert!(!ooo_subject("Atostogų planai ir registracija"));
    }

    fn headers(raw: &str) -> Vec<MailHeader<'_>> {
        mailparse::parse_headers(raw.as_bytes())
            .map(|(h, _)| h)
            .unwrap_or_default()
    }

    #[test]
    fn auto_response_suppress_alone_is_not_an_autoreply() {
        assert!(!autoreply_headers(&headers(
            "X-Auto-Response-Suppress: All\r\n\r\n"
        )));
        assert!(autoreply_headers(&headers(
            "Auto-Submitted: auto-replied\r\n\r\n"
        )));
        assert!(!autoreply_headers(&headers("Auto-Submitted: no\r\n\r\n")));
        assert!(autoreply_headers(&headers("X-Autoreply: yes\r\n\r\n")));
        assert!(autoreply_headers(&headers(
            "Precedence: auto_reply\r\n\r\n"
        )));
    }

    #[test]
    fn list_and_bulk_headers() {
        assert!(bulk_headers(&headers("List-Id: <x.lists.test>\r\n\r\n")));
        assert!(bulk_headers(&headers("Precedence: bulk\r\n\r\n")));
        assert!(bulk_headers(&headers("X-Mailer: MailChimp Mailer\r\n\r\n")));
        // A list server's notice to the poster: its software's headers, no list header.
        assert!(bulk_headers(&headers("X-List-Administrivia: yes\r\n\r\n")));
        assert!(bulk_headers(&headers("X-Mailman-Version: 2.1.39\r\n\r\n")));
        assert!(bulk_headers(&headers(
            "X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]\r\n\r\n"
        )));
        assert!(!bulk_headers(&headers(
            "X-Mailer: Microsoft Outlook 16.0\r\n\r\n"
        )));
    }
}
