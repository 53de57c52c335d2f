//! Bounces that are not (only) RFC 3464 reports: the prose that qmail, Exim, Postfix, Sendmail,
//! Exchange, Gmail, Yahoo, Lotus Notes, Courier and the rest write, and the signals around it
//! (who sent it, its subject).
//!
//! No single signal is enough, because people write about bounces too ("my previous mail was
//! returned"). A message is a bounce when the sender looks like a mail system and the subject or
//! body looks like a bounce, or when subject and body both carry wording only a mail server
//! writes.

use super::address;
use crate::understand::lexicon::bounces;

/// Subjects (lowercase prefixes, after stripping nothing: "Re: Undeliverable" is a person).
const SUBJECTS: &[&str] = &[
    "undeliverable",
    "undelivered mail",
    "undelivered message",
    "undeliverable mail",
    "delivery status notification",
    "delivery notification",
    "delivery failure",
    "delivery failed",
    "delivery has failed",
    "delivery problem",
    "delivery report",
    "delivery status",
    "mail delivery failed",
    "mail failure",
    "mail failed",
    "mail delivery failure",
    "mail delivery problem",
    "mail delivery system",
    "mail could not be delivered",
    "message could not be delivered",
    "message delivery failure",
    "message not delivered",
    "message undeliverable",
    "failure notice",
    "failed mail",
    "failed delivery",
    "returned mail",
    "return mail",
    "returned to sender",
    "mail system error",
    "non-delivery",
    "nondelivery",
    "non delivery",
    "warning: could not send message",
    "warning: message",
    "delayed mail",
    "mail delivery warning",
    "delivery warning",
    "delivery delayed",
    "delivery status notification (delay)",
    "could not send message",
    "notice: mail delivery status",
    "permanent delivery failure",
    "unzustellbar",
    "nicht zustellbar",
    "unzustellbare nachricht",
    "fehler beim zustellen",
    "olevererbart",
    "kan ikke leveres",
    "ikke levert",
    "kunne ikke leveres",
    "toimitus epäonnistui",
    "ei voitu toimittaa",
    "niedostarczalne",
    "niedostarczona",
    "nie można dostarczyć",
    "недоставленное сообщение",
    "не доставлено",
    "невозможно доставить",
    "nepiegādājams",
    "nepristatytas",
    "nepristatomas",
    "kättetoimetamatu",
    "non remis",
    "non distribuibile",
    "onbestelbaar",
    "no se puede entregar",
    "user unknown",
    "unknown user",
    "no such user",
    "mailbox unavailable",
    "could not be delivered",
    // Sina, 163.com and other Chinese servers (GB2312/GBK subjects: "退信", "系统退信").
    "退信",
    "系统退信",
    "邮件投递失败",
    "无法投递",
];

/// Wording that only mail servers write (enough together with a bounce subject).
const MTA_PHRASES: &[&str] = &[
    "this is the qmail-send program",
    "this message was created automatically by mail delivery software",
    "a message that you sent could not be delivered to one or more of its recipients",
    "i'm sorry to have to inform you that your message could not",
    "the following addresses had permanent fatal errors",
    "transcript of session follows",
    "delivery has failed to these recipients or groups",
    "delivery to the following recipient failed permanently",
    "delivery to the following recipients failed permanently",
    "delivery to the following recipient has been delayed",
    "sorry, we were unable to deliver your message",
    "an error has occurred while attempting to deliver a message",
    "this is the mail system at host",
    "this is the mailer-daemon",
    "the original message was received at",
    "your message did not reach some or all of the intended recipients",
    "the following message to <",
    "was undeliverable",
    "this report relates to a message you sent",
    "diagnostic-code:",
    "final-recipient:",
    "remote host said:",
    "smtp error from remote mail server",
    "the following recipient(s) could not be reached",
    "message could not be delivered to the following recipients",
    "unable to deliver message to the following",
    "could not be delivered to the following recipient",
    "your message to the following recipients",
    "your message couldn't be delivered",
    "your message could not be delivered",
    "your message wasn't delivered",
    "your message was not delivered",
    "delivery to these recipients or groups is complete",
    "message delivery has failed",
    "the message you sent to",
    "could not be delivered to:",
    "there was an error delivering your mail to",
    "did not reach the following recipient",
    "the following addresses had delivery problems",
    "failed addresses follow",
    // Headings of "simple" plain-text reports (Sendmail-like gateways, Exchange's CDO, IIS).
    "------ failed recipients ------",
    "[smtp error code 5",
    "--- non-delivery report ---",
    "we will continue to try to deliver your message",
    "could not be delivered to the following user",
    // mail.ru, Yandex and other Russian servers; Chinese servers.
    "не может быть доставлено",
    "письмо создано автоматически",
    "无法投递",
    "未能成功投递",
    "投递失败",
    "退信原因",
];

/// Broader wording, enough only together with a mail-system sender.
const BODY_PHRASES: &[&str] = &[
    "could not be delivered",
    "couldn't be delivered",
    "was not delivered",
    "wasn't delivered",
    "not be delivered",
    "undeliverable",
    "undelivered",
    "delivery failed",
    "delivery failure",
    "failed to deliver",
    "unable to deliver",
    "permanent error",
    "permanent failure",
    "permanently failed",
    "fatal error",
    "user unknown",
    "unknown user",
    "no such user",
    "mailbox unavailable",
    "mailbox full",
    "mailbox is full",
    "quota exceeded",
    "over quota",
    "host unknown",
    "address rejected",
    "recipient rejected",
    "rejected your message",
    "message rejected",
    "returned mail",
    "delivery has been delayed",
    "delivery attempts will continue",
    "has not yet been delivered",
    "delivery status",
    "mail delivery",
    "non-delivery",
    "bounced",
    "rejected",
    "550 ",
    "554 ",
    "553 ",
    "552 ",
    "551 ",
    "5.1.1",
    "unzustellbar",
    "nicht zugestellt",
    "did not reach",
    "incorrectly constructed",
    "malformed address",
    "unknown host",
    "host not found",
    "no valid recipients",
    "not a member",
    "invalid user",
    "invalid address",
    "error delivering",
    "could not deliver",
    "delivery problem",
    "continue to try to deliver",
    "не доставлено",
    "не было доставлено",
    "пользователь не найден",
    "нет такого пользователя",
    "адрес не существует",
    "netika piegādāta",
    "nevarēja nogādāt",
    "neišsiųstas",
    "nepristatytas",
    "ei toimitettu",
    "退信",
    "退回",
    "不存在",
];

/// True for a delay notice rather than a failure ("Delivery Status Notification (Delay)",
/// "Warning: message … delayed", "THIS IS A WARNING MESSAGE ONLY", "delivery attempts will
/// continue"). The wording is in [`bounces`].
pub fn is_delay_notice(subject: &str, body_lower: &str) -> bool {
    let s = subject.to_lowercase();
    let any = |list: &[&str], text: &str| list.iter().any(|p| text.contains(p));
    let permanent = any(bounces::PERMANENT, body_lower) || any(bounces::PERMANENT, &s);
    let given_up = any(bounces::GIVEN_UP, body_lower);
    let warned = any(bounces::DELAY_SUBJECTS, &s)
        || s.starts_with("warning")
        || s.contains("delivery warning")
        || any(bounces::RETRYING, body_lower);
    warned && !permanent && !given_up || any(bounces::DELAY_WARNINGS, body_lower) && !given_up
}

/// Feedback reports that are not `multipart/report` (Hotmail's JMRP, Apple Mail's automatic
/// unsubscribe requests, plain-text abuse reports).
pub fn feedback_signal(subject: &str, body_lower: &str) -> bool {
    let s = subject.trim().to_lowercase();
    s.starts_with("complaint about message from")
        || s.starts_with("abuse report")
        || s.starts_with("[abuse report]")
        || s.starts_with("email feedback report")
        || body_lower.contains("feedback-type: abuse")
        || body_lower.contains("sent this email to unsubscribe from the message")
}

/// True when a subject reads like a bounce (and is not a person's "Re:"/"Fwd:" of one).
pub fn subject_signal(subject: &str) -> bool {
    let s = subject.trim().to_lowercase();
    let s = s.strip_prefix("[spam]").unwrap_or(&s).trim_start();
    let s = s.strip_prefix("***spam***").unwrap_or(s).trim_start();
    // Some gateways answer with the original subject and their verdict after a colon
    // ("RE: Your message … : non remis"): a person does not end a subject so.
    let verdict = s.rsplit_once(':').is_some_and(|(_, last)| {
        // "… : non remis (delivery failed)": the verdict may carry a gloss in brackets.
        let last = match last.rfind('(') {
            Some(open) if last.trim_end().ends_with(')') => &last[..open],
            _ => last,
        };
        SUBJECTS.contains(&last.trim().trim_end_matches(['.', '!']))
    });
    SUBJECTS.iter().any(|p| s.starts_with(p))
        || verdict
        || (s.contains("undeliver") && !is_reply_or_forward(s))
        || (s.contains("delivery status notification") && !is_reply_or_forward(s))
        || (s.contains("returned mail") && !is_reply_or_forward(s))
}

fn is_reply_or_forward(s: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "re:",
        "re ",
        "fw:",
        "fwd:",
        "aw:",
        "wg:",
        "sv:",
        "vs:",
        "vb:",
        "odp:",
        "pd:",
        "ответ:",
        "rif:",
        "tr:",
    ];
    PREFIXES.iter().any(|p| s.starts_with(p))
}

/// True when the body carries wording only mail servers write.
pub fn mta_phrase(body_lower: &str) -> bool {
    MTA_PHRASES
        .iter()
        .chain(super::prose::LOCALISED_FAILURE_HEADINGS)
        .any(|p| body_lower.contains(p))
}

/// True when the body reads like a bounce at all.
pub fn body_signal(body_lower: &str) -> bool {
    mta_phrase(body_lower) || BODY_PHRASES.iter().any(|p| body_lower.contains(p))
}

/// True when the sender is a mail system: MAILER-DAEMON, postmaster, "Mail Delivery System".
pub fn daemon_sender(from_addr: Option<&str>, from_name: Option<&str>) -> bool {
    if from_addr
        .is_some_and(|a| address::is_system_mailbox(a) || a.starts_with("microsoftexchange"))
    {
        return true;
    }
    let raw = format!("{} {}", from_name.unwrap_or(""), from_addr.unwrap_or("")).to_lowercase();
    const NAMES: &[&str] = &[
        "mailer-daemon",
        "mailer daemon",
        "mail delivery",
        "postmaster",
        "mail administrator",
        "mail system",
        "mailsystem",
        "delivery subsystem",
        "mail transport",
        "mail-daemon",
        "mdaemon",
        "mailerdaemon",
        "email delivery",
    ];
    NAMES.iter().any(|n| raw.contains(n))
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
        assert!(is_delay_notice(
            "Mail Delivery Warning",
            "delivery of email to this address has been postponed. we will continue to try to deliver your message"
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
        ] {
            assert!(subject_signal(s), "{s}");
        }
        assert!(subject_signal(
            "RE: Your message to GPC-talk awaits moderator approval : non remis (delivery failed)"
        ));
        assert!(!subject_signal("Re: Undeliverable: Registration"));
        assert!(!subject_signal("Re: Registration: my colleague"));
        assert!(!subject_signal("Registration"));
    }

    #[test]
    fn daemon_senders() {
        assert!(daemon_sender(Some("mailer-daemon@x.test"), None));
        assert!(daemon_sender(Some("post_master@x.test"), None));
        assert!(daemon_sender(
            Some("noreply@x.test"),
            Some("Mail Delivery Subsystem")
        ));
        assert!(daemon_sender(
            Some("postmaster@x.test"),
            Some("Microsoft Outlook")
        ));
        assert!(!daemon_sender(Some("anna@x.test"), Some("Anna Berzina")));
    }
}
