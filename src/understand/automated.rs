//! Recognising mail that must never be answered: bounces, auto-replies, list and bulk mail,
//! feedback reports and regbot's own mail coming back.
//!
//! The checks run in a fixed order, first match wins: regbot's own mail → bounce → feedback
//! report → auto-reply → bulk. A bounce is judged from several signals together (see the
//! `bounce` submodule); its failed recipients come from the RFC 3464 report when there is one
//! (`Original-Recipient` before `Final-Recipient`: the address regbot wrote to, before any
//! aliasing), then from `X-Failed-Recipients`, then from the server's prose (`prose`).
//!
//! Decisions worth knowing:
//! - A delay notice (`Action: delayed`, or a 4.x.x status) is automated (kind `Bounce`) but has
//!   no failed recipient: the server is still trying, so the address is not marked. Its
//!   addresses go to [`Verdict::delayed_recipients`]. A delivery confirmation (`Action:
//!   delivered`) is a `Bounce` with no recipient at all.
//! - A feedback report (ARF `message/feedback-report`, Hotmail's JMRP, a client's automatic
//!   unsubscribe request: someone marked regbot's mail as spam or asked for no more) is
//!   automated (kind `Bounce`, as before) but names no failed address: the complaining
//!   mailbox works. Its address goes to [`Verdict::complained_recipients`], so that regbot
//!   records the complaint for the organisers and sends that address no further broadcasts.
//! - A read receipt (`disposition-notification`) is an `AutoReply`.
//! - A person forwarding a bounce ("Fwd: Undeliverable") is a person, not a bounce.
//! - Regbot's own mail is mail from one of its addresses, or with a Message-ID on its domain
//!   and no In-Reply-To.
//!
//! Work is bounded: at most 64 MIME parts and the first 64 KB of each are read; parts over
//! 1 MB are not decoded whole.

mod address;
mod autoreply;
mod bodies;
mod bounce;
mod challenge;
mod domain_reports;
mod dsn;
mod helpdesk;
mod lists;
mod prose;
mod recipients;
mod returned;
mod ses;

pub use autoreply::{ooo_subject_own, opens_quote, says_away_and_after};
pub use returned::delivered_to;

use std::cell::OnceCell;

use mailparse::{MailHeaderMap, ParsedMail};

use super::{Automated, BouncedRecipient, UnderstandConfig};
use bodies::{Bodies, collect};
use recipients::{Excluded, prose_recipients};

/// What [`classify`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verdict {
    /// `None` for mail written by a person.
    pub kind: Option<Automated>,
    /// For bounces: the failed recipient addresses (lowercase), in the order found, no repeats.
    pub bounced_recipients: Vec<String>,
    /// For delay notices: the addresses still being retried (not failed).
    pub delayed_recipients: Vec<String>,
    /// For feedback reports: the addresses whose owner complained (marked regbot's mail as
    /// spam or asked to unsubscribe). Not failed.
    pub complained_recipients: Vec<String>,
    /// `bounced_recipients` with the status the bounce states for each.
    pub bounces: Vec<BouncedRecipient>,
    /// For automated mail: the Message-IDs of the original mail it returns.
    pub returned_message_ids: Vec<String>,
}

/// Classifies one parsed message. Never panics.
pub fn classify(mail: &ParsedMail<'_>, config: &UnderstandConfig) -> Verdict {
    let bodies = collect(mail);
    let mut v = judge(mail, config, &bodies);
    if v.kind.is_some() {
        v.returned_message_ids = returned::message_ids(&bodies);
        v.bounces = returned::with_status(&bodies, &v.bounced_recipients);
    }
    v
}

/// The kind of automated mail and its failed recipients.
fn judge(mail: &ParsedMail<'_>, config: &UnderstandConfig, bodies: &Bodies) -> Verdict {
    let h = &mail.headers;
    let mut v = Verdict::default();
    let (from, from_name) = sender(mail);

    if is_own_mail(mail, from.as_deref(), config) {
        v.kind = Some(Automated::AutoReply);
        return v;
    }

    let report_type = if mail.ctype.mimetype.eq_ignore_ascii_case("multipart/report") {
        mail.ctype
            .params
            .get("report-type")
            .map(|r| r.trim().to_ascii_lowercase())
            .or(Some(String::new()))
    } else {
        None
    };
    let subject = h.get_first_value("Subject").unwrap_or_default();
    // A domain's DMARC aggregate or SMTP TLS report: machine mail that names no failed address.
    if domain_reports::is_domain_report(mail, report_type.as_deref(), &subject) {
        v.kind = Some(Automated::Bounce);
        return v;
    }
    let text_lower: String = bodies.text.join("\n").to_lowercase();

    // Addresses that can never be the failed recipient: regbot's own and the bouncing
    // server's. Prose is noisier, so addresses found only there must also not be the bounce's
    // addressee (the original sender) or a mail-system mailbox of the bouncing domain.
    let mut strict: Vec<String> = own_addresses(config);
    strict.extend(from.clone());
    // A list's own address never failed, though its bounces quote it everywhere. Only the
    // headers that can name it are decoded.
    let own_headers: Vec<(String, String)> = h
        .iter()
        .filter(|hd| lists::names_list_or_admin(&hd.get_key_ref(), true))
        .map(|hd| (hd.get_key(), hd.get_value()))
        .collect();
    let quoted: Vec<&str> = bodies
        .text
        .iter()
        .chain(&bodies.original_headers)
        .map(String::as_str)
        .collect();
    strict.extend(lists::list_addresses(
        own_headers.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        &quoted,
    ));

    // Bounce.
    let mut dsn_recipients: Vec<dsn::DsnRecipient> =
        bodies.dsn.iter().flat_map(|d| dsn::parse(d)).collect();
    if dsn_recipients.is_empty() {
        dsn_recipients = bodies
            .text
            .iter()
            .filter(|t| dsn::looks_like_dsn(t))
            .flat_map(|t| dsn::parse(t))
            .collect();
    }
    let failed_header: Vec<String> = h
        .get_all_values("X-Failed-Recipients")
        .iter()
        .flat_map(|v| v.split(','))
        .filter_map(address::normalise)
        .collect();
    let ses_notice = bodies.text.iter().find_map(|t| ses::parse(t));
    let return_path = h.get_first_value("Return-Path");
    let null_sender = return_path
        .as_deref()
        .is_some_and(|r| r.trim().trim_matches(['<', '>']).trim().is_empty());
    let auto_submitted = h
        .get_first_value("Auto-Submitted")
        .is_some_and(|v| !v.trim().to_ascii_lowercase().starts_with("no"));
    // A mail-system sender (MAILER-DAEMON, postmaster) with any bounce wording is a bounce; a
    // merely automatic sender (null Return-Path, Auto-Submitted) needs a bounce subject or
    // wording only servers write, and never has an out-of-office subject: auto-replies say
    // "your message will not be delivered to me" too.
    let has_dsn = !dsn_recipients.is_empty();
    let has_original = !bodies.original_headers.is_empty();
    // A mail system's display name needs an automatic envelope or a report's structure when
    // its mailbox looks like a person's or an office's.
    let system_return_path = return_path
        .as_deref()
        .and_then(address::normalise)
        .is_some_and(|r| address::is_system_mailbox(&r));
    let subject_says = bounce::subject_signal(&subject);
    // The body's bounce wording and the mail's impersonal opening are asked for more than
    // once: each is read at most once.
    let mta_says = bounce::mta_phrase(&text_lower);
    let body_said = OnceCell::new();
    let body_says = || *body_said.get_or_init(|| mta_says || bounce::body_wording(&text_lower));
    let first_text = bodies.text.first().map_or("", String::as_str);
    let impersonal_said = OnceCell::new();
    let impersonal = || *impersonal_said.get_or_init(|| bounce::impersonal(&subject, first_text));
    // A hosting's "Mail Delivery Service" writes from an ordinary mailbox (`support@`) too:
    // a failure subject and failure wording under that name say it is the mail system.
    let corroborated = null_sender
        || auto_submitted
        || system_return_path
        || has_dsn
        || has_original
        || report_type.is_some()
        || !failed_header.is_empty()
        || (subject_says && body_says());
    let daemon = bounce::daemon_sender(from.as_deref(), from_name.as_deref(), corroborated);
    // A list server's notice to its owner about a bounce it could not read ("uncaught
    // bounce") carries that bounce along, but is no bounce of regbot's mail.
    let list_notice = !daemon
        && !null_sender
        && autoreply::list_server(from.as_deref())
        && report_type.as_deref() != Some("delivery-status")
        && failed_header.is_empty();
    let no_reply = from.as_deref().is_some_and(address::is_no_reply);
    // An out-of-office subject, one naming the sender as away ("Anna Berg is out of the
    // office."), or Lotus Notes' short "Auto:" on mail sent automatically.
    let ooo = autoreply::ooo_subject(&subject)
        || autoreply::names_the_sender_away(&subject, from_name.as_deref())
        || ((null_sender || auto_submitted) && autoreply::short_auto_subject(&subject));
    let weak_sender = (null_sender || auto_submitted) && !ooo;
    // An out-of-office subject that reads as the sender's own sentence ("Abwesenheit im Juni")
    // or is the marker alone ("Lomalla") on mail nothing else marks as automatic, over a text
    // that is no whole away note, is left to the reading of the sender's own words, which
    // refuses it when it asks for something ("Kann ich mich trotzdem anmelden?"). Over a whole
    // away note ("… Need help? Contact info@…") it stays an auto-reply, whatever the note asks
    // its reader, unless a sentence beside the note asks for the writer's place ("… Please
    // register me for the workshop anyway"): a person on leave typed it.
    // A marker subject that is no sentence ("Abwesenheit / Anmeldung Riga") without a
    // responder's header gives way to a sentence asking for the writer's place, as a note does.
    let asks = || {
        let text = bodies.text.first().map_or("", String::as_str);
        super::own_words::asks_for_a_place_while_away(text)
    };
    let ooo_reply = ooo
        && (null_sender
            || auto_submitted
            || autoreply::autoreply_headers(h)
            || ((!autoreply::ooo_subject_own(&subject)
                || bodies.text.first().is_some_and(|t| autoreply::away_text(t)))
                && !asks()));
    let from_ses = from
        .as_deref()
        .is_some_and(|f| f.ends_with("amazonaws.com") || f.ends_with("amazonses.com"));
    // A feedback report (ARF) quotes the original and may come from a postmaster: it is
    // never read as a bounce.
    let arf = report_type.as_deref() == Some("feedback-report") || !bodies.feedback.is_empty();
    // A person forwarding a report as an attachment ("FW: Undeliverable", Outlook's "forward
    // as attachment") writes under their own prefix from their own mailbox: the report inside
    // is not about regbot's mail to them.
    let person_forward = !subject_says
        && !daemon
        && !weak_sender
        && !no_reply
        && report_type.is_none()
        && failed_header.is_empty()
        && bounce::is_reply_or_forward(&subject.trim().to_lowercase());
    // A help desk's acknowledgement of the ticket a bounce opened, or a responder's answer to
    // a bounce, quotes the bounce under its own headers; a mail system's report carries none
    // of them.
    let helpdesk_receipt = !daemon
        && report_type.is_none()
        && failed_header.is_empty()
        && (helpdesk::helpdesk_headers(h) || autoreply::responder_headers(h));
    let persons_mail = || bounce::persons_mail(from.as_deref(), from_name.as_deref(), first_text);
    let is_bounce = !arf
        && !list_notice
        && !person_forward
        && !helpdesk_receipt
        && (report_type.as_deref() == Some("delivery-status")
        || !failed_header.is_empty()
        || (ses_notice.is_some() && from_ses)
        || (daemon && (subject_says || body_says() || has_dsn || has_original))
        // A mail system's notice in a language the word lists lack still names the failed
        // recipient the qmail/Postfix way, or says it is still trying.
        || (daemon
            && (bodies.text.iter().any(|t| prose::has_failed_line(t))
                || bounce::delay_wording(&subject, &text_lower)))
        // A mail system writing with the null sender only reports on delivery, in whatever
        // language: unless it says the mail arrived, it did not.
        || (daemon && null_sender && !ooo
            && !bounce::is_receipt(&subject, &text_lower))
        // A server's own failure subject and wording together ("Mail could not be delivered"
        // from a virus wall or a gateway with its own sender name).
        || (subject_says
            && body_says()
            && (has_original || null_sender || auto_submitted || no_reply))
        // A failure subject and failure wording in a mail that greets nobody and asks nothing:
        // a notice of a system and language no list knows. The words-only check below still
        // wants a failed address named and no person's mailbox or signature.
        || (subject_says
            && body_says()
            && impersonal())
        || (weak_sender && (subject_says || mta_says || has_dsn))
        || ((subject_says || has_original) && (mta_says || has_dsn))
        // Only machines write a report: one without its report-type, or a plain-text one
        // naming a failed recipient under an opening that greets nobody.
        || (report_type.is_some() && !bodies.dsn.is_empty())
        || (dsn::names_failure(&dsn_recipients) && impersonal() && !persons_mail())
        // The report is the attached original alone, under a failure subject and a text
        // part that says next to nothing.
        || (subject_says
            && has_original
            && bounce::says_little(&text_lower)
            && impersonal()
            && !persons_mail()));
    // A challenge-response request borrows a bounce's words, but the mailbox works (read
    // only for what looks like a bounce: most mail is neither).
    let challenge = is_bounce
        && report_type.as_deref() != Some("delivery-status")
        && failed_header.is_empty()
        && challenge::is_challenge(&subject, &text_lower);
    if is_bounce && !challenge {
        v.kind = Some(Automated::Bounce);
        let dsn_addressed = dsn_recipients.iter().any(|r| r.address.is_some());
        if let Some(ses::Notice::Failed(list)) = &ses_notice {
            for a in list {
                push_unique(&mut v.bounced_recipients, a, &strict);
            }
        } else if let Some(ses::Notice::Complained(list)) = &ses_notice {
            for a in list {
                push_unique(&mut v.complained_recipients, a, &strict);
            }
        } else if dsn_addressed {
            for r in &dsn_recipients {
                let Some(a) = &r.address else { continue };
                let list = match r.outcome() {
                    dsn::Outcome::Failed => &mut v.bounced_recipients,
                    dsn::Outcome::Delayed => &mut v.delayed_recipients,
                    dsn::Outcome::Fine => continue,
                };
                push_unique(list, a, &strict);
            }
        } else if !failed_header.is_empty() {
            for a in &failed_header {
                push_unique(&mut v.bounced_recipients, a, &strict);
            }
        } else if ses_notice.is_none() && !bounce::is_receipt(&subject, &text_lower) {
            let list = if bounce::is_delay_notice(&subject, &text_lower) {
                &mut v.delayed_recipients
            } else {
                &mut v.bounced_recipients
            };
            prose_recipients(
                bodies,
                &subject,
                &excluded(mail, &strict, from.as_deref()),
                list,
            );
        }
        // Only words (a bounce's subject and a server's sentence) and nobody named, or a
        // person's own mailbox, signature, greeting or question: a person quoting what a
        // server told them ("Mail delivery failed": "I get 'your message could not be
        // delivered'") or telling that a message did not arrive, unless something about the
        // mail itself is automatic.
        let only_words = !daemon
            && !weak_sender
            && !no_reply
            && !has_dsn
            && !has_original
            && report_type.is_none()
            && failed_header.is_empty()
            && ses_notice.is_none();
        let nobody_named = v.bounced_recipients.is_empty() && v.delayed_recipients.is_empty();
        // A greeting or a question in the subject is a person's, whoever the sender.
        if !(only_words && (nobody_named || persons_mail() || !impersonal())) {
            return v;
        }
        v = Verdict::default();
    }

    // A mail system's notice that the message was delivered or relayed: a delivery report
    // that names nobody failed.
    if (daemon || weak_sender) && bounce::is_receipt(&subject, &text_lower) {
        v.kind = Some(Automated::Bounce);
        return v;
    }

    // Feedback report (ARF), also the non-standard ones (Hotmail's JMRP, unsubscribe requests
    // generated by mail clients).
    let feedback = report_type.as_deref() == Some("feedback-report")
        || !bodies.feedback.is_empty()
        || bounce::feedback_signal(&subject, &text_lower);
    if feedback {
        v.kind = Some(Automated::Bounce);
        // A DMARC failure report's recipient complained of nothing.
        if bodies.feedback.iter().any(|f| bounce::auth_failure(f)) {
            return v;
        }
        for f in bodies.feedback.iter().chain(&bodies.original_headers) {
            for line in f.lines().take(500) {
                if let Some((name, value)) = line.split_once(':')
                    && matches!(
                        name.trim().to_ascii_lowercase().as_str(),
                        "original-rcpt-to" | "removal-recipient" | "x-hmxmroriginalrecipient"
                    )
                    && let Some(a) = address::normalise(value)
                {
                    push_unique(&mut v.complained_recipients, &a, &strict);
                }
            }
        }
        // A mail client's automatic unsubscribe request comes from the person leaving.
        if v.complained_recipients.is_empty()
            && subject.trim().to_lowercase().starts_with("unsubscribe")
            && let Some(f) = &from
        {
            push_unique(&mut v.complained_recipients, f, &own_addresses(config));
        }
        if v.complained_recipients.is_empty() {
            for a in original_header_addresses(bodies, &["To"]) {
                push_unique(&mut v.complained_recipients, &a, &strict);
            }
        }
        return v;
    }

    // Auto-reply.
    if report_type.as_deref() == Some("disposition-notification")
        || challenge
        || (helpdesk_receipt && (weak_sender || subject_says))
        || autoreply::autoreply_headers(h)
        || ooo_reply
        || bodies
            .text
            .first()
            .is_some_and(|t| autoreply::automatic_text(t))
        || autoreply::read_receipt(&subject, bodies.text.first().map_or("", String::as_str))
        // Said by the null sender, a mail system or a no-reply mailbox: never a person
        // giving a new address.
        || ((null_sender || daemon || no_reply)
            && bodies
                .text
                .first()
                .is_some_and(|t| autoreply::out_of_use_text(t)))
        || autoreply::list_server(from.as_deref())
        || challenge::is_challenge(&subject, &text_lower)
    {
        v.kind = Some(Automated::AutoReply);
        return v;
    }

    if autoreply::bulk_headers(h) {
        v.kind = Some(Automated::Bulk);
    }
    v
}

/// The addresses a bounce's prose may not name as failed: `strict`, and for prose also the
/// bounce's addressee and its other header addresses (built only for a bounce read for its
/// prose: most mail never needs them).
fn excluded<'a>(mail: &ParsedMail<'_>, strict: &'a [String], from: Option<&str>) -> Excluded<'a> {
    let mut loose = strict.to_vec();
    for name in ["To", "Cc", "Return-Path", "Reply-To", "Sender"] {
        loose.extend(all_addresses(mail, name));
    }
    Excluded {
        strict,
        loose,
        from_domain: from
            .and_then(|f| f.rsplit_once('@'))
            .map(|(_, d)| d.to_string()),
        from: from.map(str::to_string),
    }
}

/// Addresses in the given headers of attached original messages.
fn original_header_addresses(bodies: &Bodies, names: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for o in &bodies.original_headers {
        if let Ok((hs, _)) = mailparse::parse_headers(o.as_bytes()) {
            for name in names {
                for value in hs.get_all_values(name) {
                    out.extend(address::find_all(&value));
                }
            }
        }
    }
    out
}

/// Regbot's own mail: sent from one of its addresses, or carrying a Message-ID it made and
/// no In-Reply-To (a colleague on regbot's domain answering a thread carries In-Reply-To;
/// regbot's own answers are caught by their From).
fn is_own_mail(mail: &ParsedMail<'_>, from: Option<&str>, config: &UnderstandConfig) -> bool {
    if let Some(f) = from
        && own_addresses(config).iter().any(|a| a == f)
    {
        return true;
    }
    let Some(domain) = config.own_message_id_domain.as_deref() else {
        return false;
    };
    if mail.headers.get_first_value("In-Reply-To").is_some() {
        return false;
    }
    mail.headers
        .get_first_value("Message-ID")
        .is_some_and(|id| {
            id.trim()
                .trim_matches(['<', '>'])
                .rsplit_once('@')
                .is_some_and(|(_, d)| d.trim().eq_ignore_ascii_case(domain))
        })
}

/// The configured own addresses, normalised like every other address here.
fn own_addresses(config: &UnderstandConfig) -> Vec<String> {
    config
        .own_addresses
        .iter()
        .filter_map(|a| address::normalise(a))
        .collect()
}

fn push_unique(list: &mut Vec<String>, addr: &str, exclude: &[String]) {
    if !list.iter().any(|a| a == addr) && !exclude.iter().any(|e| e.eq_ignore_ascii_case(addr)) {
        list.push(addr.to_string());
    }
}

/// The From header's address (normalised) and display name, the header parsed once.
fn sender(mail: &ParsedMail<'_>) -> (Option<String>, Option<String>) {
    let Some(hdr) = mail.headers.get_first_header("From") else {
        return (None, None);
    };
    let (first, name) = match mailparse::addrparse_header(hdr) {
        Ok(list) => {
            let name = match list.iter().next() {
                Some(mailparse::MailAddr::Single(s)) => s.display_name.clone(),
                _ => None,
            };
            (list_addresses(&list).into_iter().next(), name)
        }
        Err(_) => {
            let value = hdr.get_value();
            (address::find_all(&value).into_iter().next(), Some(value))
        }
    };
    // A first From naming nobody leaves the address to a later one.
    let from = first.or_else(|| all_addresses(mail, "From").into_iter().next());
    (from, name)
}

/// The addresses in a header, normalised; falls back on scanning the raw value when the
/// header does not parse.
fn all_addresses(mail: &ParsedMail<'_>, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for hdr in mail.headers.get_all_headers(name) {
        match mailparse::addrparse_header(hdr) {
            Ok(list) => out.extend(list_addresses(&list)),
            Err(_) => out.extend(address::find_all(&hdr.get_value())),
        }
    }
    out
}

/// The addresses of a parsed address list, normalised, groups' members included.
fn list_addresses(list: &mailparse::MailAddrList) -> Vec<String> {
    let mut out = Vec::new();
    for a in list.iter() {
        match a {
            mailparse::MailAddr::Single(s) => out.extend(address::normalise(&s.addr)),
            mailparse::MailAddr::Group(g) => {
                out.extend(g.addrs.iter().filter_map(|s| address::normalise(&s.addr)))
            }
        }
    }
    out
}

#[cfg(test)]
mod challenge_tests;
#[cfg(test)]
mod delays_lists_tests;
#[cfg(test)]
mod edge_tests;
#[cfg(test)]
mod families_tests;
#[cfg(test)]
mod filter_tests;
#[cfg(test)]
mod kind_tests;
#[cfg(test)]
mod languages_tests;
#[cfg(test)]
mod leave_tests;
#[cfg(test)]
mod legacy_tests;
#[cfg(test)]
mod localised_tests;
#[cfg(test)]
mod notices_tests;
#[cfg(test)]
mod on_leave_tests;
#[cfg(test)]
mod person_tests;
#[cfg(test)]
mod prose_kind_tests;
#[cfg(test)]
mod provider_notices_tests;
#[cfg(test)]
mod regional_tests;
#[cfg(test)]
mod services_tests;
#[cfg(test)]
mod shapes_tests;
#[cfg(test)]
mod structures_tests;
#[cfg(test)]
mod systems_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod unknown_tests;
#[cfg(test)]
mod webmail_tests;
