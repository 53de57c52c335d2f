//! Finding the failed recipients in a bounce's prose: the part before the quoted original,
//! the addresses under headings such as "The following address(es) failed:", qmail's
//! `<addr>:` lines, Sendmail's transcript, and as a last resort the original's addressee.

use super::address;
use crate::understand::lexicon::bounces;
use crate::understand::phrases::AnyOf;

/// The heading lists, each looked for in every line of a bounce's prose with one automaton.
static INLINE_HEADINGS: AnyOf = AnyOf::new(bounces::INLINE_HEADINGS);
static RECIPIENT_HEADINGS: AnyOf = AnyOf::new(bounces::RECIPIENT_HEADINGS);
static LOCALISED_FAILURE_HEADINGS: AnyOf = AnyOf::new(bounces::LOCALISED_FAILURE_HEADINGS);
static ORIGINAL_MARKERS: AnyOf = AnyOf::new(bounces::ORIGINAL_MARKERS);

/// What a bounce's prose names as failed.
#[derive(Debug, Default)]
pub struct ProseRecipients {
    /// Addresses under a heading, on `<addr>:` or `RCPT TO:` lines, in a transcript.
    pub structured: Vec<String>,
    /// Every address of the error section (the caller filters these more strictly).
    pub all: Vec<String>,
    /// Mailbox names without a domain under a heading (AOL's screen names, a site's directory
    /// names): the bouncing site's users.
    pub local_parts: Vec<String>,
}

/// Failed recipients written in a bounce's prose, best evidence first: addresses under a
/// heading such as "The following address(es) failed:", `<addr>:` lines (qmail, Postfix,
/// Yahoo), `RCPT TO:` lines. Only when none of these is found, every address of the error
/// section, and then names without a domain.
pub fn text_recipients(text: &str) -> ProseRecipients {
    let section = error_section(text);
    let mut local_parts: Vec<String> = Vec::new();
    let mut structured: Vec<String> = Vec::new();
    let lines: Vec<&str> = section.lines().take(2000).collect();
    let mut in_reply = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines.get(i).copied().unwrap_or("");
        let lower = line.to_lowercase();
        let t = line.trim_start_matches(['>', ' ', '\t']);
        let indented = line.starts_with([' ', '\t']);
        // A Postfix paragraph opens with `<addr>:` and continues indented with the remote
        // server's reply, which may itself start a line with `<other@…>:` (the sender it
        // refused): that is no second recipient.
        in_reply = in_reply && indented && !t.is_empty();
        if let Some(named) = angle_line(t)
            && !in_reply
        {
            add(&mut structured, address::find_all(named));
            in_reply = !indented;
        }
        if let Some(pos) = INLINE_HEADINGS.first_at(&lower) {
            add(
                &mut structured,
                address::find_all(lower.get(pos..).unwrap_or("")),
            );
        } else if let Some(pos) = [&RECIPIENT_HEADINGS, &LOCALISED_FAILURE_HEADINGS]
            .iter()
            .filter_map(|list| list.first_at(&lower))
            .min()
        {
            // Addresses on the heading line itself, after the heading.
            add(
                &mut structured,
                address::find_all(lower.get(pos..).unwrap_or("")),
            );
            // The first line under the heading may name a mailbox without a domain; the
            // addresses in the explanation below it are then advice, not recipients.
            let first = lines.iter().skip(i + 1).find(|l| !l.trim().is_empty());
            if let Some(local) = first.and_then(|l| bare_local_part(l)) {
                add(&mut local_parts, vec![local]);
            } else {
                // Else the block below it (Exchange, Exim and Sendmail list one address per
                // paragraph with explanations in between).
                for l in lines.iter().skip(i + 1).take(30) {
                    if !names_someone_else(l) {
                        add(&mut structured, address::find_all(l));
                    }
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
    // The address regbot wrote to rather than the one an alias or forward turned it into.
    for (rewritten, original) in expansions(&lines) {
        for a in structured.iter_mut().chain(all.iter_mut()) {
            if *a == rewritten {
                a.clone_from(&original);
            }
        }
    }
    let structured = structured.into_iter().fold(Vec::new(), |mut v, a| {
        add(&mut v, vec![a]);
        v
    });
    let all = all.into_iter().fold(Vec::new(), |mut v, a| {
        add(&mut v, vec![a]);
        v
    });
    ProseRecipients {
        structured,
        all,
        local_parts,
    }
}

/// True when the prose before the quoted original has a qmail or Postfix line that names a
/// failed recipient (`<anna@example.lv>: reason`). Such a line carries no language, so it tells
/// a mail system's notice in any language from the same system's other mail.
pub fn has_failed_line(text: &str) -> bool {
    error_section(text).lines().take(2000).any(|line| {
        let t = line.trim_start_matches(['>', ' ', '\t']);
        angle_line(t).is_some_and(|named| !address::find_all(named).is_empty())
    })
}

/// True when a line naming a failed recipient gives a permanent (5xx) reply
/// (`<anna@example.lv> Failed: 550 5.1.1 …`, `<anna@example.lv>: host … said: 550 …`): the
/// notice reports a failure, whatever else it says about retrying other recipients.
pub fn has_hard_failed_line(text: &str) -> bool {
    error_section(text).lines().take(2000).any(|line| {
        let t = line.trim_start_matches(['>', ' ', '\t']);
        angle_line(t).is_some_and(|named| {
            let reply = t.get(named.len()..).unwrap_or("");
            reply.split_whitespace().take(12).any(|w| {
                let w = w.trim_matches(|c: char| !c.is_ascii_digit());
                w.len() == 3 && w.starts_with('5')
            })
        })
    })
}

/// The text without the remote servers' replies quoted in qmail and Postfix recipient
/// paragraphs (`<addr>: host … said: 451 … temporarily deferred`, and its indented
/// continuation): what the notice itself says, for telling a delay from a failure. A final
/// notice quotes the last "try again later" it got.
pub fn without_server_replies(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_reply = false;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start_matches(['>', ' ', '\t']);
        let indented = line.starts_with([' ', '\t']);
        in_reply = in_reply && indented && !t.trim().is_empty();
        if !in_reply && !indented && angle_line(t).is_some() {
            in_reply = true;
        }
        if !in_reply {
            out.push_str(line);
        }
    }
    out
}

/// The `<addr>` that opens a qmail or Postfix line naming a failed recipient: `<a@x>: reason`,
/// also Postfix's `<a@x> (expanded from <b@y>): reason`.
fn angle_line(t: &str) -> Option<&str> {
    if !t.starts_with('<') {
        return None;
    }
    let close = t.find('>')?;
    let rest = t.get(close + 1..)?;
    let expanded = rest.trim_start().starts_with("(expanded from") && rest.contains("):");
    // SmarterMail: `<a@x> Failed: 550 5.1.1 …`.
    let failed = rest
        .trim_start()
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("failed:"));
    (rest.starts_with(':') || expanded || failed).then(|| t.get(..=close).unwrap_or(t))
}

/// Postfix's "(expanded from <alias@…>)" under a failed `<forward@…>:` line, and Sendmail's
/// "(expanded from: <alias@…>)" under a failed address alone on its line, a messaging server's
/// "Original address:" under its "Recipient address:": pairs of the address that failed and the
/// address the mail was sent to.
fn expansions(lines: &[&str]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let mut last: Option<String> = None;
    for line in lines {
        let t = line.trim_start_matches(['>', ' ', '\t']);
        if let Some(named) = angle_line(t) {
            last = address::find_all(named).into_iter().next();
        } else if let Some(alone) = lone_address(t) {
            last = Some(alone);
        }
        let lower = t.to_lowercase();
        // Sun's and Oracle's messaging servers: "Recipient address: a@x", then "Original
        // address: b@y", the address the sender wrote.
        if lower.starts_with("recipient address:") {
            last = address::find_all(&lower).into_iter().next();
        }
        // Postfix's "(expanded from <b@y>)" and Exim's "(generated from b@y)" after the
        // address an alias or forward made of the one the sender wrote.
        let pos = lower
            .find("(expanded from")
            .or_else(|| lower.find("(generated from"))
            .or_else(|| lower.starts_with("original address:").then_some(0));
        if let (Some(pos), Some(failed)) = (pos, &last)
            && let Some(original) = address::find_all(lower.get(pos..).unwrap_or(""))
                .into_iter()
                .next()
            && original != *failed
        {
            pairs.push((failed.clone(), original));
        }
    }
    pairs
}

/// The address of a line that holds one address and nothing else (`anna@example.lv`,
/// `<anna@example.lv>`), as Sendmail lists a failed recipient.
fn lone_address(t: &str) -> Option<String> {
    let t = t.trim();
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let mut found = address::find_all(t).into_iter();
    match (found.next(), found.next()) {
        (Some(a), None) => Some(a),
        _ => None,
    }
}

/// A line that is a mailbox name alone, or a name and then a column of explanation
/// ("screenname", "userx    No matches to nameserver query").
fn bare_local_part(line: &str) -> Option<String> {
    let t = line.trim();
    let (name, rest) = match t.find(['\t', ' ']) {
        Some(at) => (&t[..at], &t[at..]),
        None => (t, ""),
    };
    // "ruta: mailbox disabled", "ruta (user not found)": the name, then its reason; but not
    // a label of the notice's own ("Reason: …", "Host: …").
    let labelled = name.strip_suffix(':');
    let name = labelled.unwrap_or(name);
    if labelled.is_some() && bounces::NOTICE_LABELS.contains(&name) {
        return None;
    }
    let column = rest.is_empty()
        || rest.starts_with('\t')
        || rest.starts_with("  ")
        || rest.starts_with(" (")
        || labelled.is_some();
    // A wrapped heading goes on with a word of its sentence ("could not be delivered to one
    // or more of its / recipients."): no local part ends with a dot.
    let mailbox = name.len() >= 2
        && !name.ends_with('.')
        && !matches!(name, "recipient" | "recipients")
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
    (column && mailbox).then(|| name.to_string())
}

/// The addresses the `Received:` lines of a quoted original say it was delivered for
/// (`… for <anna@example.lv>; date`), topmost (last hop) first. The last hop is the failed
/// recipient's own server, and unlike `To:` it names the person and not the list the mail was
/// sent through.
pub fn received_for(headers: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    let finish = |received: Option<String>, out: &mut Vec<String>| {
        if let Some(r) = received {
            let lower = r.to_lowercase();
            if let Some(at) = lower.find(" for ") {
                let rest = &lower[at + 5..];
                let value = rest.split(';').next().unwrap_or(rest);
                add(out, address::find_all(value));
            }
        }
    };
    for line in headers.lines().take(400) {
        let t = line.trim_start_matches('>');
        if t.get(..9)
            .is_some_and(|h| h.eq_ignore_ascii_case("received:"))
        {
            finish(current.take(), &mut out);
            current = Some(t.to_string());
        } else if t.starts_with([' ', '\t']) && current.is_some() {
            if let Some(c) = current.as_mut() {
                c.push(' ');
                c.push_str(t.trim());
            }
        } else {
            finish(current.take(), &mut out);
        }
    }
    finish(current, &mut out);
    out
}

/// Lines of a bounce that name the sender, a helpdesk or a forwarding source rather than the
/// failed recipient ("MAIL FROM:<…>", "Original Sender: …", "please contact <support@…>"), or
/// the address to write to instead of one out of use ("Lūdzu, rakstiet uz info@…", "Please
/// write to …", "Die neue Adresse ist …").
fn names_someone_else(line: &str) -> bool {
    let lower = line.to_lowercase();
    bounces::SOMEONE_ELSES_LINES
        .iter()
        .any(|m| lower.contains(m))
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
        if ORIGINAL_MARKERS.in_text(&l) && !points_to_attachment(&l) {
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

/// True when a line naming the original says it is attached, not quoted below ("delete your
/// own text from the attached returned message", Postfix's advice above its recipient lines):
/// what follows is still the notice. "attached below" and "follows" still mean the original
/// comes next in this text.
fn points_to_attachment(lower_line: &str) -> bool {
    bounces::ATTACHMENT_WORDS
        .iter()
        .any(|w| lower_line.contains(w))
        && !bounces::INLINE_WORDS.iter().any(|w| lower_line.contains(w))
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
    // A quoted original's headers may carry the reply prefix (">Received: …").
    let (name, _) = line.trim_start_matches(['>', ' ']).split_once(':')?;
    let name = name.to_ascii_lowercase();
    NAMES
        .contains(&name.as_str())
        .then(|| STRONG.contains(&name.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mailbox_name_with_its_reason_after_a_colon_or_in_brackets_is_kept_apart() {
        let found = text_recipients(
            "Your message could not be delivered to one recipient here:\n\n    ruta: mailbox disabled\n",
        );
        assert_eq!(found.local_parts, ["ruta"]);
        let found = text_recipients(
            "Your message could not be delivered to the following recipient:\n\tjonas.p (user not found)\n",
        );
        assert_eq!(found.local_parts, ["jonas.p"]);
        let found = text_recipients(
            "The following recipient(s) could not be reached:\n\nReason: unknown\n",
        );
        assert!(found.local_parts.is_empty());
    }

    #[test]
    fn an_expanded_alias_gives_the_address_written_to() {
        let found = text_recipients(
            "I'm sorry to have to inform you that your message could not\n\
             be delivered to one or more recipients.\n\n\
             <kaisa.forward@mail.example.net>: host mx.example.net[192.0.2.9] said:\n\
             \x20   550 5.1.1 User unknown (in reply to RCPT TO command)\n\
             \x20   (expanded from <kaisa@uni.example.fi>)\n",
        );
        assert_eq!(found.structured, ["kaisa@uni.example.fi"]);
        assert!(
            !found
                .all
                .contains(&"kaisa.forward@mail.example.net".to_string())
        );
        // Postfix writes it on the failed address's own line for local deliveries.
        let found = text_recipients(
            "<mari@mail.example.ee> (expanded from <info@example.ee>): cannot update mailbox\n\
             \x20   /var/mail/mari for user mari. error writing message: File too large\n",
        );
        assert_eq!(found.structured, ["info@example.ee"]);
        // Sendmail writes the alias on a line of its own below the failed address's reason.
        let found = text_recipients(
            "   ----- The following addresses had permanent fatal errors -----\n\
             <ieva.new@mail.example.lv>\n\
             \x20   (reason: 550 5.1.1 Mailbox does not exist)\n\
             \x20   (expanded from: <ieva@birojs.example.lv>)\n",
        );
        assert_eq!(found.structured, ["ieva@birojs.example.lv"]);
        let found = text_recipients(
            "   ----- The following addresses had permanent fatal errors -----\n\
             kalle@uusi.example.fi\n\
             \x20   (reason: 552 Mailbox full)\n\
             \x20   (expanded from: <toimisto@example.fi>)\n",
        );
        assert_eq!(found.structured, ["toimisto@example.fi"]);
        // An address alone with no expansion under it stays the failed one.
        let found = text_recipients(
            "   ----- The following addresses had permanent fatal errors -----\n\
             <greta@example.se>\n\
             \x20   (reason: 550 User unknown)\n",
        );
        assert_eq!(found.structured, ["greta@example.se"]);
    }

    #[test]
    fn a_name_without_domain_under_the_heading_is_kept_apart() {
        let aol = "Your mail to the following recipients could not be delivered because they are not accepting mail from list@lists.example.com:\n\tscreenname\n";
        let found = text_recipients(aol);
        assert_eq!(found.local_parts, ["screenname"]);
        let yale = " --------Message not delivered to the following:\n\n userx    No matches to nameserver query\n";
        assert_eq!(text_recipients(yale).local_parts, ["userx"]);
        let prose =
            "Could not be delivered to the following recipient:\n\nPlease check the address.\n";
        assert!(text_recipients(prose).local_parts.is_empty());
    }

    #[test]
    fn received_lines_name_the_recipient_of_the_last_hop_first() {
        let headers = "Received: from a.example (a [10.0.0.1])\n\tby mx.example.net (Postfix) with ESMTP id 1\n\tfor <userz@example.net>; Tue, 6 Feb 2001 06:31:27 +0800\nReceived: from list.example.org\n  by a.example for <list@list.example.org>; Mon, 5 Feb 2001\nFrom: chris@example.org\n";
        assert_eq!(
            received_for(headers),
            ["userz@example.net", "list@list.example.org"]
        );
    }

    /// Found by `scripts/fuzz`: a quoted header line whose ninth byte is inside a character
    /// ("THææææ…") panicked on a byte slice instead of reading as "not a Received line".
    #[test]
    fn a_line_with_a_character_across_byte_nine_is_no_received_line_and_no_panic() {
        let headers = "THææææææææE ENDr\n    the following list of recipients:\nReceived: from x\n\tby y for <anna@example.lv>; Thu, 17 Jul 2014\nRéceived: for <no@example.lv>\n";
        assert_eq!(received_for(headers), ["anna@example.lv"]);
    }

    #[test]
    fn error_section_stops_at_the_quoted_original() {
        let t = "Hi. This is the qmail-send program.\n<a@x.test>:\nno mailbox\n\n--- Below this line is a copy of the message.\n\nTo: b@y.test\n";
        assert!(!error_section(t).contains("b@y.test"));
        let t = "Failed: a@x.test\n\nReceived: from x\nFrom: me@y.test\nTo: a@x.test\nSubject: s\n";
        assert!(!error_section(t).contains("me@y.test"));
    }

    #[test]
    fn advice_about_the_attached_original_does_not_end_the_error_section() {
        // Postfix: the recipient paragraph comes after the advice that names the attachment.
        let t = "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<ilze@example.lv>: host mx.example.lv[10.0.0.1] said: 550 5.1.1\n    User unknown (in reply to RCPT TO command)\n";
        assert!(error_section(t).contains("<ilze@example.lv>"));
        assert_eq!(text_recipients(t).structured, ["ilze@example.lv"]);
        // The original quoted after a marker that says it follows is still cut off.
        let t = "<a@x.test>: no mailbox\n\nThe returned message follows as an attachment below:\nTo: b@y.test\n";
        assert!(!error_section(t).contains("b@y.test"));
        let t = "<a@x.test>: no mailbox\n\n--- Below this line is a copy of the message.\nTo: b@y.test\n";
        assert!(!error_section(t).contains("b@y.test"));
    }

    #[test]
    fn an_address_the_remote_server_names_in_its_reply_is_no_recipient() {
        let t = "<janis@example.lv>: host mx.example.lv[10.0.0.1] said: 550 5.1.1\n    <bounce-7@sender.example.net>: unauthorized sender (in\n    reply to RCPT TO command)\n\n<ona@example.lt>: host mx.example.lt said: 550 no such user\n";
        assert_eq!(
            text_recipients(t).structured,
            ["janis@example.lv", "ona@example.lt"]
        );
        // Indented `<addr>:` lines under a heading are each a recipient.
        let t = "The following addresses failed:\n    <a@example.ee>: mailbox full\n    <b@example.ee>: no such user\n";
        assert_eq!(
            text_recipients(t).structured,
            ["a@example.ee", "b@example.ee"]
        );
    }

    #[test]
    fn server_replies_are_left_out_of_the_notices_own_words() {
        let t = "your message could not be delivered.\n\n<anna@example.lv>: host mx said: 451\n    temporarily deferred, try again later\n\nthis is a warning only.\n";
        let own = without_server_replies(t);
        assert!(!own.contains("temporarily deferred"), "{own}");
        assert!(own.contains("could not be delivered") && own.contains("warning only"));
    }

    #[test]
    fn error_section_stops_at_an_original_quoted_with_the_reply_prefix() {
        let t = "No such mailbox: ona@x.test\n\n>Return-Path: <me@y.test>\n>Received: from y.test by x.test\n>Message-Id: <1@y.test>\n>To: ona@x.test\n";
        assert_eq!(error_section(t), "No such mailbox: ona@x.test\n\n");
        let t = "Unknown user.\nThe original message as received was:\nFrom: me@y.test\n";
        assert!(!error_section(t).contains("me@y.test"));
    }
}
