//! Bounces that are not (only) RFC 3464 reports: the prose that qmail, Exim, Postfix, Sendmail,
//! Exchange, Gmail, Yahoo, Lotus Notes, Courier and the rest write, and the signals around it
//! (who sent it, its subject).
//!
//! No single signal is enough, because people write about bounces too ("my previous mail was
//! returned"). A message is a bounce when the sender looks like a mail system and the subject or
//! body looks like a bounce, or when subject and body both carry wording only a mail server
//! writes.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::address;
use crate::understand::fields::names::fold;
use crate::understand::lexicon::bounces;
use crate::understand::lexicon::replies::GREETINGS;

/// True for a delay notice rather than a failure ("Delivery Status Notification (Delay)",
/// "Warning: message … delayed", "THIS IS A WARNING MESSAGE ONLY", "delivery attempts will
/// continue"). The wording is in [`bounces`]. Only the notice's own words count: a final
/// notice may quote a server's "451 temporarily deferred" in its recipient paragraph.
pub fn is_delay_notice(subject: &str, body_lower: &str) -> bool {
    // A recipient line with a 5xx reply is a failure, before the replies are set aside.
    let hard_failure = super::prose::has_hard_failed_line(body_lower);
    let own_words = super::prose::without_server_replies(body_lower);
    let body_lower = own_words.as_str();
    let s = subject.to_lowercase();
    let any = |list: &[&str], text: &str| list.iter().any(|p| text.contains(p));
    let permanent = any(bounces::PERMANENT, body_lower) || any(bounces::PERMANENT, &s);
    let given_up = any(bounces::GIVEN_UP, body_lower) || hard_failure;
    let warned = any(bounces::DELAY_SUBJECTS, &s)
        || s.starts_with("warning")
        || s.contains("delivery warning")
        || any(bounces::RETRYING, body_lower);
    warned && !permanent && !given_up || any(bounces::DELAY_WARNINGS, body_lower) && !given_up
}

/// True when a subject or body says delivery is only late (a delay subject, "this is only a
/// warning", "will be retried"), whatever else it says: with a mail-system sender, a delay
/// notice in words the failure lists lack.
pub fn delay_wording(subject: &str, body_lower: &str) -> bool {
    let s = subject.to_lowercase();
    bounces::DELAY_SUBJECTS.iter().any(|p| s.contains(p))
        || bounces::DELAY_WARNINGS
            .iter()
            .chain(bounces::RETRYING)
            .any(|p| body_lower.contains(p))
}

/// True for a notice that a message was delivered or relayed ("Delivered: Registration",
/// "Delivery Status Notification (Relay)") and says nothing failed: it names no failed
/// recipient. The wording is in [`bounces`].
pub fn is_receipt(subject: &str, body_lower: &str) -> bool {
    let s = subject.trim().to_lowercase();
    let says = bounces::RECEIPT_SUBJECTS.iter().any(|p| s.starts_with(p))
        || bounces::RECEIPT_PHRASES
            .iter()
            .any(|p| body_lower.contains(p));
    says && !bounces::FAILURE_WORDS
        .iter()
        .any(|w| body_lower.contains(w) || s.contains(w))
}

/// Feedback reports that are not `multipart/report` (Hotmail's JMRP, Apple Mail's automatic
/// unsubscribe requests, plain-text abuse reports).
pub fn feedback_signal(subject: &str, body_lower: &str) -> bool {
    let s = subject.trim().to_lowercase();
    bounces::FEEDBACK_SUBJECTS.iter().any(|p| s.starts_with(p))
        || bounces::FEEDBACK_PHRASES
            .iter()
            .any(|p| body_lower.contains(p))
}

/// A feedback report on a message that failed authentication (a DMARC failure report), not
/// a complaint.
pub fn auth_failure(report: &str) -> bool {
    report.lines().take(50).any(|l| {
        let l: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        l.eq_ignore_ascii_case(bounces::AUTH_FAILURE_FEEDBACK)
    })
}

/// True when a subject reads like a bounce (and is not a person's "Re:"/"Fwd:" of one).
pub fn subject_signal(subject: &str) -> bool {
    let s = subject.trim().to_lowercase();
    let s = s.strip_prefix("[spam]").unwrap_or(&s).trim_start();
    let s = s.strip_prefix("***spam***").unwrap_or(s).trim_start();
    // Some gateways answer with the original subject and their verdict after a colon
    // ("RE: Your message … : non remis"): a person does not end a subject so.
    // Not a forward whose whole subject is a bounce's ("Fwd: Недоставленное сообщение").
    let verdict = s.rsplit_once(':').is_some_and(|(before, last)| {
        if only_prefixes(before) {
            return false;
        }
        // "… : non remis (delivery failed)": the verdict may carry a gloss in brackets.
        let last = match last.rfind('(') {
            Some(open) if last.trim_end().ends_with(')') => &last[..open],
            _ => last,
        };
        bounces::SUBJECTS.contains(&last.trim().trim_end_matches(['.', '!']))
    });
    bounces::SUBJECTS.iter().any(|p| s.starts_with(p))
        || verdict
        || (!is_reply_or_forward(s) && {
            let s = s.replace('\u{2019}', "'");
            bounces::SUBJECT_STEMS
                .iter()
                .chain(bounces::FILTER_SUBJECT_STEMS)
                .chain(bounces::SENDING_FAILED_STEMS)
                .any(|p| s.contains(p))
        })
}

/// True when a lowercase subject opens with a reply or forward prefix ("re:", "fw:", "wg:",
/// "pārsūt.:").
pub fn is_reply_or_forward(s: &str) -> bool {
    bounces::REPLY_PREFIXES.iter().any(|p| s.starts_with(p))
}

/// True when what comes before a subject's last colon is only reply and forward prefixes
/// ("fwd", "re: fwd"): the colon ends a prefix, not a gateway's subject.
fn only_prefixes(before: &str) -> bool {
    let mut rest = before.trim();
    while !rest.is_empty() {
        // The last prefix lost its colon to the split.
        let Some(p) = bounces::REPLY_PREFIXES
            .iter()
            .find(|p| rest.starts_with(**p) || p.strip_suffix(':') == Some(rest))
        else {
            return false;
        };
        rest = rest
            .get(p.len()..)
            .unwrap_or("")
            .trim_start_matches(['.', ':', ' ']);
    }
    true
}

/// The wording only mail servers write, as one automaton: a body is scanned once, not once per
/// phrase (`None` only if it could not be built; then each phrase is looked for in turn).
static MTA_WORDING: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::new(
        bounces::MTA_PHRASES
            .iter()
            .chain(bounces::LOCALISED_FAILURE_HEADINGS),
    )
    .ok()
});

/// The phrases of a bounce's body (`bounces::BODY_PHRASES`), likewise.
static BODY_WORDING: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| AhoCorasick::new(bounces::BODY_PHRASES).ok());

/// "Your message to anna@example.lv could not be delivered" (or "was rejected", "was
/// blocked", "was quarantined"): a server names the address
/// between its words, so no fixed phrase holds the sentence. A person writes of "my message",
/// and of a failure to the organisers rather than to an address.
static MESSAGE_TO_ADDRESS_FAILED: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:your|the) (?:e-?mail|message|mail) (?:you sent )?to <?[^\s@<>]+@[^\s<>]+>? (?:(?:could not|couldn't|cannot|can't|was not|wasn't|has not been|did not|didn't) (?:be )?(?:delivered|reach)|(?:was|has been) (?:rejected|returned|blocked|quarantined))",
    )
    .ok()
});

/// True when the body carries wording only mail servers write.
pub fn mta_phrase(body_lower: &str) -> bool {
    let fixed = match &*MTA_WORDING {
        Some(automaton) => automaton.is_match(body_lower),
        None => bounces::MTA_PHRASES
            .iter()
            .chain(bounces::LOCALISED_FAILURE_HEADINGS)
            .any(|p| body_lower.contains(p)),
    };
    fixed
        || (body_lower.contains(" to ")
            && body_lower.contains('@')
            && MESSAGE_TO_ADDRESS_FAILED
                .as_ref()
                .is_some_and(|r| r.is_match(body_lower)))
}

/// True when the body carries one of a bounce's phrases (`bounces::BODY_PHRASES`). The body
/// reads like a bounce at all when this or [`mta_phrase`] holds; callers ask each once.
pub fn body_wording(body_lower: &str) -> bool {
    match &*BODY_WORDING {
        Some(automaton) => automaton.is_match(body_lower),
        None => bounces::BODY_PHRASES.iter().any(|p| body_lower.contains(p)),
    }
}

/// True when a notice's text says next to nothing (empty, or a line such as "Message not
/// delivered."): what it reports is in the attached original.
pub fn says_little(text_lower: &str) -> bool {
    text_lower.split_whitespace().take(41).count() <= 40
}

/// True when the sender is a mail system: MAILER-DAEMON, postmaster, "Mail Delivery System".
///
/// A display name alone ("Mail Delivery Subsystem") counts only with a mailbox that could be a
/// mail system's (no address, `ndr@`, `mail.delivery.system@`, `gw@`) or when `corroborated`
/// (the envelope or the structure says the mail is automatic): a courier firm called "Baltic
/// Mail Delivery" writes from `info@` like any person.
pub fn daemon_sender(from_addr: Option<&str>, from_name: Option<&str>, corroborated: bool) -> bool {
    if from_addr
        .is_some_and(|a| address::is_system_mailbox(a) || a.starts_with("microsoftexchange"))
    {
        return true;
    }
    let says = |text: &str| bounces::DAEMON_NAMES.iter().any(|n| text.contains(n));
    let addr = from_addr.unwrap_or("").to_lowercase();
    if says(&addr) {
        return true;
    }
    says(&from_name.unwrap_or("").to_lowercase())
        && (corroborated || addr.is_empty() || system_local_part(&addr))
}

/// True when an address's local part reads like a machine's mailbox rather than a person's or
/// an office's (`ndr@`, `smtp-gw@`, `mail.delivery.system@`, `no-reply@`).
fn system_local_part(addr: &str) -> bool {
    let local = addr.split('@').next().unwrap_or("");
    address::is_no_reply(addr)
        || bounces::SYSTEM_MAILBOX_WORDS
            .iter()
            .any(|w| local.contains(w))
        || local
            .split(['.', '-', '_', '+'])
            .any(|part| bounces::SYSTEM_MAILBOX_SHORT.contains(&part))
}

/// True when a mail reads as a notice rather than a person's note: its subject asks nothing
/// ("Undeliverable?" is a person asking) and its text opens with no greeting ("Hello,",
/// "Labdien!", "Dzień dobry"). With a failure subject and failure wording, such a mail is a
/// notice of a system no list knows (an X.400 gateway, a provider's own robot).
pub fn impersonal(subject: &str, text: &str) -> bool {
    let opening = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let first_word = opening
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    !subject.trim_end().ends_with('?') && !GREETINGS.contains(&first_word.as_str())
}

/// True when a mail comes from a person by its sender and its end: the From's display name is
/// a person's (two to four capitalised words of letters, no mail system's name) and its
/// mailbox carries one of the name's words (`jonas.petraitis@`, `kasia@`) or one of the text's
/// last lines signs with one ("Best regards, Jonas"). A mail system names itself, never a
/// person, so this is read only for mail whose bounce signals are words alone.
pub fn persons_mail(from_addr: Option<&str>, from_name: Option<&str>, text: &str) -> bool {
    let Some(name) = from_name.map(str::trim) else {
        return false;
    };
    let lower = name.to_lowercase();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
    };
    if !(2..=4).contains(&words.len())
        || !words.iter().all(capitalised)
        || bounces::DAEMON_NAMES.iter().any(|n| lower.contains(n))
        || bounces::SYSTEM_MAILBOX_WORDS
            .iter()
            .any(|n| lower.contains(n))
        || lower
            .split_whitespace()
            .any(|w| bounces::PRODUCT_NAME_WORDS.contains(&w))
    {
        return false;
    }
    let name_words: Vec<String> = words
        .iter()
        .map(|w| fold(w.trim_end_matches('.'), false))
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let local = fold(
        from_addr.and_then(|a| a.split('@').next()).unwrap_or(""),
        false,
    );
    let signs = |line: &str| {
        let line = fold(line, false);
        line.split(|c: char| !c.is_alphanumeric())
            .any(|t| name_words.iter().any(|w| w == t))
    };
    name_words.iter().any(|w| local.contains(w.as_str()))
        || text
            .lines()
            .rev()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(3)
            .any(signs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_warning_that_names_an_unknown_user_is_no_delay() {
        assert!(!is_delay_notice(
            "Warning: userx@example.net.py - User unknown!",
            "userx@example.net.py - no such user here."
        ));
        assert!(is_delay_notice(
            "Mail delivery report",
            "the message to anna@example.lv has been delayed; it will be retried for 4 more days"
        ));
        assert!(!is_delay_notice(
            "Mail delivery failed",
            "the message has been delayed too long. retry timeout exceeded, giving up"
        ));
        // A final Postfix notice quoting the last "temporarily deferred" is no delay; its
        // own warning is.
        assert!(!is_delay_notice(
            "Undelivered Mail Returned to Sender",
            "i'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<liis@example.ee>: host mx.example.ee said: 421\n    4.7.0 messages temporarily deferred due to user complaints (in reply to\n    mail from command)\n"
        ));
        assert!(is_delay_notice(
            "Delayed Mail (still being retried)",
            "#### this is a warning only. you do not need to resend your message. ####\n\n<liis@example.ee>: host mx.example.ee said: 421\n    4.7.0 temporarily deferred (in reply to mail from command)\n"
        ));
        // A final notice may also say there is no need to resend (MDaemon): it gave up.
        assert!(!is_delay_notice(
            "Permanent Delivery Failure",
            "the attached message had permanent fatal delivery errors!\n\nafter one or more unsuccessful delivery attempts the attached message has\nbeen removed from the mail queue on this server.\n\nyou do not need to resend your message.  this is an automated notice."
        ));
        assert!(!is_delay_notice(
            "Delivery failure",
            "the message has been removed from the mail queue. you do not need to resend it."
        ));
        assert!(is_delay_notice(
            "Mail Delivery Warning",
            "delivery of email to this address has been postponed. we will continue to try to deliver your message"
        ));
    }

    #[test]
    fn delivery_receipts_are_told_from_failures() {
        assert!(is_receipt(
            "Delivered: Registration",
            "your message has been delivered to the following recipients:\nanna (anna@example.lv)"
        ));
        assert!(is_receipt(
            "Zugestellt: Anmeldung",
            "ihre nachricht wurde an folgende empfänger übermittelt"
        ));
        assert!(is_receipt(
            "Relayed: Registration",
            "delivery to these recipients or groups is complete, but no delivery notification was sent"
        ));
        assert!(!is_receipt(
            "Delivery Status Notification (Failure)",
            "delivery to the following recipient failed permanently"
        ));
        assert!(!is_receipt(
            "Delivered: Registration",
            "your message could not be delivered to anna@example.lv"
        ));
    }

    #[test]
    fn bounce_subjects_in_many_languages() {
        for s in [
            "Undeliverable: Registration",
            "Undelivered Mail Returned to Sender",
            "Delivery Status Notification (Failure)",
            "Mail delivery failed: returning message to sender",
            "failure notice",
            "Returned mail: see transcript for details",
            "Unzustellbar: Anmeldung",
            "Nicht zustellbar: Anmeldung",
            "Olevererbart: Anmälan",
            "Kan ikke leveres: Tilmelding",
            "Toimitus epäonnistui: Ilmoittautuminen",
            "Niedostarczalne: Rejestracja",
            "Недоставленное сообщение: Регистрация",
            "Jūsu vēstule netika piegādāta",
            "Kiri jäi adressaadile kohale toimetamata",
            "Laiško nepavyko pristatyti",
            "Wiadomość nie została dostarczona",
            "Message blocked: Registration",
            "Не удается доставить: Регистрация",
            "Недоставляемое сообщение: Регистрация",
            "Ej levererbart: Anmälan",
            "Ei voi toimittaa: Ilmoittautuminen",
            "Kohaletoimetamatu: Registreerimine",
            "Não é possível entregar: Inscrição",
        ] {
            assert!(subject_signal(s), "{s}");
        }
        assert!(subject_signal(
            "RE: Your message to GPC-talk awaits moderator approval : non remis (delivery failed)"
        ));
        assert!(!subject_signal("Re: Undeliverable: Registration"));
        // A forward whose whole subject is a bounce's is a person's, in any client's prefix.
        assert!(!subject_signal("Fwd: Недоставленное сообщение"));
        assert!(!subject_signal("Re: Fwd: non remis"));
        assert!(!subject_signal("Pārsūt.: Nepiegādāta vēstule"));
        assert!(!subject_signal("PRSN: Laiškas nepristatytas"));
        assert!(subject_signal("RE: Your message to anna : non remis"));
        assert!(subject_signal("Nepiegādāta vēstule"));
        assert!(!subject_signal("Re: Registration: my colleague"));
        assert!(!subject_signal("Registration"));
        // The same words as a person's reply or forward, or asking about a delivery.
        assert!(!subject_signal("Re: Не удается доставить: Регистрация"));
        assert!(!subject_signal("VS: Ei voi toimittaa: Ilmoittautuminen"));
        assert!(!subject_signal("Kas registreerimine jõudis kohale?"));
    }

    #[test]
    fn a_gateways_dashed_failed_recipients_heading_is_server_wording() {
        for heading in [
            "  ---- failed recipients ----",
            "------ failed recipients ------",
            "-- failed recipients --",
        ] {
            assert!(
                mta_phrase(&format!("{heading}\n\n<jonas@example.lt>\n")),
                "{heading}"
            );
        }
        assert!(!mta_phrase(
            "the failed recipients of my last mail were jonas and anna"
        ));
    }

    #[test]
    fn a_gateway_notice_without_mime_or_sender_address_is_a_bounce() {
        // A virus wall's plain notice: its From has a product name and no address, the
        // envelope sender is a relay's MAILER-DAEMON, nothing marks it automatic.
        let v = super::super::tests::run(
            "Return-Path: <MAILER-DAEMON@relay.example.ee>\n\
             From: Gateway Scanner 2.1 Mail Service\n\
             To: <registration@event.test>\n\
             Subject: Returned Mail: Error During Delivery\n\n\
             \x20   ---- Failed Recipients ----\n\n\
             <mari.tamm@example.ee>\n\
             Mailbox quota exceeded\n\n\
             \x20   ---- Contents of the undelivered mail ----\n\n\
             Received: from relay.example.ee by gw.example.ee; Mon, 1 Jun 2026 10:00:00 +0300\n\
             From: Registration <registration@event.test>\n\
             To: Mari Tamm <mari.tamm@example.ee>\n\
             Subject: Your registration\n\n\
             Dear Mari, see you in Tartu. Questions: info@event.test\n",
        );
        super::super::tests::bounce_of(&v, &["mari.tamm@example.ee"]);
    }

    #[test]
    fn daemon_senders() {
        assert!(daemon_sender(Some("mailer-daemon@x.test"), None, false));
        assert!(daemon_sender(Some("post_master@x.test"), None, false));
        assert!(daemon_sender(
            Some("noreply@x.test"),
            Some("Mail Delivery Subsystem"),
            false
        ));
        assert!(daemon_sender(
            Some("postmaster@x.test"),
            Some("Microsoft Outlook"),
            false
        ));
        assert!(daemon_sender(
            Some("po@mail.example.com"),
            Some("Post Office"),
            false
        ));
        assert!(daemon_sender(
            Some("gw@example.se"),
            Some("InterScan MSS for SMTP"),
            false
        ));
        assert!(daemon_sender(
            Some("mail.delivery.system@mx4.example.com"),
            Some("Mail Delivery System"),
            false
        ));
        assert!(daemon_sender(None, Some("Mail Delivery System"), false));
        assert!(!daemon_sender(
            Some("anna@x.test"),
            Some("Anna Berzina"),
            true
        ));
    }

    #[test]
    fn a_mail_systems_name_on_a_persons_or_offices_mailbox_needs_more() {
        // A courier or a team named after mail delivery, in several languages.
        for (addr, name) in [
            ("info@balticmail.example.lv", "Baltic Mail Delivery"),
            ("office@nmds.example.se", "Nordic Mail Delivery Services"),
            (
                "jan.kowalski@example.pl",
                "Jan Kowalski, Mail Delivery Team",
            ),
            ("kontakt@poczta.example.pl", "Serwer Pocztowy Sp. z o.o."),
            ("birojs@example.lv", "Pasta Sistēma SIA"),
        ] {
            assert!(!daemon_sender(Some(addr), Some(name), false), "{name}");
            // With a null envelope sender or a report, the same name is a mail system's.
            assert!(daemon_sender(Some(addr), Some(name), true), "{name}");
        }
        // A real system's mailbox behind the name needs nothing more.
        for addr in [
            "ndr@mx.example.de",
            "smtp-gw@example.fi",
            "mailadm@example.fr",
        ] {
            assert!(
                daemon_sender(Some(addr), Some("Mail Delivery Service"), false),
                "{addr}"
            );
        }
    }
}
