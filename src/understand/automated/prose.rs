//! Finding the failed recipients in a bounce's prose: the part before the quoted original,
//! the addresses under headings such as "The following address(es) failed:", qmail's
//! `<addr>:` lines, Sendmail's transcript, and as a last resort the original's addressee.

use super::address;

/// Lines after which the bounce quotes the original message (lowercase, "contains").
const ORIGINAL_MARKERS: &[&str] = &[
    "below this line is a copy of the message",
    "this is a copy of the message",
    "copy of the original message",
    "original message follows",
    "original message -----",
    "----- original message",
    "returned message",
    "message headers follow",
    "header of the original message",
    "headers of the original message",
    "unsent message below",
    "original message headers",
    "your message reads",
    "message text follows",
    "message headers follow",
    "the header of the original message is following",
    "original mail as follows",
    "the text you sent follows",
    "content-type: message/rfc822",
    "original message details",
    "original message headers",
    "------ this is a copy",
];

/// Lines that introduce the failed recipients (lowercase, "contains").
const RECIPIENT_HEADINGS: &[&str] = &[
    "following address",
    "following recipient",
    "addresses follow",
    "could not be delivered to",
    "couldn't be delivered to",
    "did not reach the following",
    "unable to deliver your message to",
    "wasn't able to deliver your message to",
    "error delivering your mail to",
    "list of recipients",
    "undeliverable to",
    "delivery to the following",
    "failed to deliver to",
    "could not deliver",
];

/// Exchange's and other servers' failure wording in the region's languages: both a heading
/// before the failed recipients and, for [`super::bounce`], wording only mail servers write.
pub(super) const LOCALISED_FAILURE_HEADINGS: &[&str] = &[
    "zustellung an folgende empfänger",
    "konnte nicht zugestellt werden",
    "leveransen till de här mottagarna",
    "kunde inte levereras",
    "toimitus näille vastaanottajille",
    "viestiä ei voitu toimittaa",
    "dostarczenie do tych adresatów",
    "nie można dostarczyć",
    "не удалось доставить",
    "levering til disse modtagere",
    "levering til disse mottakerne",
    "kunne ikke leveres",
    "piegāde šiem adresātiem",
    "nevarēja piegādāt",
    "pristatymas šiems gavėjams",
    "nepavyko pristatyti",
    "kohaletoimetamine nendele adressaatidele",
    "ei saanud kohale toimetada",
];

/// Labels after which one failed address follows on the same line.
const INLINE_HEADINGS: &[&str] = &[
    "recipient address:",
    "rcpt to:",
    "original-rcpt-to:",
    "undeliverable to",
    "generated from",
];

/// Failed recipients written in a bounce's prose, best evidence first: addresses under a
/// heading such as "The following address(es) failed:", `<addr>:` lines (qmail, Postfix,
/// Yahoo), `RCPT TO:` lines. Only when none of these is found, every address of the error
/// section (the caller then filters more strictly). Returns (structured, all).
pub fn text_recipients(text: &str) -> (Vec<String>, Vec<String>) {
    let section = error_section(text);
    let mut structured: Vec<String> = Vec::new();
    let lines: Vec<&str> = section.lines().take(2000).collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines.get(i).copied().unwrap_or("");
        let lower = line.to_lowercase();
        let t = line.trim_start_matches(['>', ' ', '\t']);
        let qmail_style = t.starts_with('<') && t.contains(">:");
        if qmail_style {
            add(
                &mut structured,
                address::find_all(t.split(">:").next().unwrap_or("")),
            );
        }
        if let Some(pos) = INLINE_HEADINGS.iter().filter_map(|h| lower.find(h)).min() {
            add(
                &mut structured,
                address::find_all(lower.get(pos..).unwrap_or("")),
            );
        } else if let Some(pos) = RECIPIENT_HEADINGS
            .iter()
            .chain(LOCALISED_FAILURE_HEADINGS)
            .filter_map(|h| lower.find(h))
            .min()
        {
            // Addresses on the heading line itself, after the heading.
            add(
                &mut structured,
                address::find_all(lower.get(pos..).unwrap_or("")),
            );
            // And in the block below it (Exchange, Exim and Sendmail list one address per
            // paragraph with explanations in between).
            for l in lines.iter().skip(i + 1).take(30) {
                if !names_someone_else(l) {
                    add(&mut structured, address::find_all(l));
                }
            }
        }
        if let Some(a) = sendmail_line(t) {
            add(&mut structured, vec![a]);
        }
        i += 1;
    }
    let mut all = Vec::new();
    for l in section
        .lines()
        .take(2000)
        .filter(|l| !names_someone_else(l))
    {
        add(&mut all, address::find_all(l));
    }
    (structured, all)
}

/// Lines of a bounce that name the sender, a helpdesk or a forwarding source rather than the
/// failed recipient ("MAIL FROM:<…>", "Original Sender: …", "please contact <support@…>").
fn names_someone_else(line: &str) -> bool {
    const MARKS: &[&str] = &[
        "mail from",
        "from:",
        "sender",
        "contact",
        "generated from",
        "envelope-from",
        "return-path",
        "reply-to",
        "f=[",
    ];
    let lower = line.to_lowercase();
    MARKS.iter().any(|m| lower.contains(m))
}

/// Sendmail's transcript lines `554 <addr>... reason` / `550 5.1.1 <addr>... User unknown`.
fn sendmail_line(line: &str) -> Option<String> {
    let code = line.get(..3)?;
    if !code.chars().all(|c| c.is_ascii_digit()) || !code.starts_with(['4', '5']) {
        return None;
    }
    let rest = line.get(4..)?.trim_start();
    let rest = match rest.split_once(' ') {
        Some((status, r)) if status.chars().all(|c| c.is_ascii_digit() || c == '.') => {
            r.trim_start()
        }
        _ => rest,
    };
    let end = rest.find(">...")?;
    address::normalise(rest.get(..end + 1)?)
}

fn add(list: &mut Vec<String>, found: Vec<String>) {
    for a in found {
        if !list.contains(&a) {
            list.push(a);
        }
    }
}

/// The part of a bounce's prose before it quotes the original message.
pub fn error_section(text: &str) -> &str {
    let mut offset = 0;
    let mut header_run = 0;
    let mut strong = false;
    let mut run_start = 0;
    for line in text.split_inclusive('\n') {
        let l = line.trim().to_lowercase();
        if ORIGINAL_MARKERS.iter().any(|m| l.contains(m)) {
            return &text[..offset];
        }
        if let Some(is_strong) = header_kind(line) {
            if header_run == 0 {
                run_start = offset;
                strong = false;
            }
            header_run += 1;
            strong |= is_strong;
            if header_run >= 3 && strong {
                return &text[..run_start];
            }
        } else if !line.starts_with([' ', '\t']) {
            header_run = 0;
        }
        offset += line.len();
    }
    text
}

/// The recipients (To, Cc) of the original message a bounce quotes after its prose: the last
/// resort when the prose names no address. Regbot writes to one recipient per message, so
/// the original's addressee is the one that failed.
pub fn quoted_original_recipients(text: &str) -> Vec<String> {
    let section_len = error_section(text).len();
    let rest = text.get(section_len..).unwrap_or("");
    let mut out = Vec::new();
    for line in rest.lines().take(400) {
        let t = line.trim_start_matches(['>', ' ']);
        if let Some((name, value)) = t.split_once(':')
            && matches!(name.to_ascii_lowercase().as_str(), "to" | "cc")
        {
            add(&mut out, address::find_all(value));
        }
    }
    out
}

/// A header line of a quoted original message (`Received: …`, `Subject: …`): `Some(true)` for
/// headers only a transported message has (Received, Message-ID, …), `Some(false)` for the
/// ones a bounce's prose may also list (To, Subject, Date).
fn header_kind(line: &str) -> Option<bool> {
    const STRONG: &[&str] = &[
        "received",
        "return-path",
        "message-id",
        "mime-version",
        "content-type",
        "dkim-signature",
        "delivered-to",
        "authentication-results",
        "x-originating-ip",
        "x-mailer",
        "content-transfer-encoding",
    ];
    const NAMES: &[&str] = &[
        "received",
        "return-path",
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "dkim-signature",
        "x-mailer",
        "reply-to",
        "cc",
        "delivered-to",
        "authentication-results",
        "x-originating-ip",
    ];
    let (name, _) = line.split_once(':')?;
    let name = name.to_ascii_lowercase();
    NAMES
        .contains(&name.as_str())
        .then(|| STRONG.contains(&name.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_section_stops_at_the_quoted_original() {
        let t = "Hi. This is the qmail-send program.\n<a@x.test>:\nno mailbox\n\n--- Below this line is a copy of the message.\n\nTo: b@y.test\n";
        assert!(!error_section(t).contains("b@y.test"));
        let t = "Failed: a@x.test\n\nReceived: from x\nFrom: me@y.test\nTo: a@x.test\nSubject: s\n";
        assert!(!error_section(t).contains("me@y.test"));
    }
}
