//! Recognising mail that must never be answered: bounces, auto-replies, list and bulk mail,
//! feedback reports and regbot's own mail coming back.
//!
//! Interim version (headers and `multipart/report` only); the full classifier replaces the body
//! of [`classify`] without changing its signature.

use mailparse::{MailHeaderMap, ParsedMail};

use super::{Automated, UnderstandConfig};

/// What [`classify`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verdict {
    /// `None` for mail written by a person.
    pub kind: Option<Automated>,
    /// For bounces: the failed recipient addresses (lowercase domain), in the order found.
    pub bounced_recipients: Vec<String>,
}

/// Classifies one parsed message. Never panics.
pub fn classify(mail: &ParsedMail<'_>, config: &UnderstandConfig) -> Verdict {
    let h = &mail.headers;
    let mut v = Verdict::default();
    if mail.ctype.mimetype.eq_ignore_ascii_case("multipart/report") {
        v.kind = Some(Automated::Bounce);
        for part in mail.parts() {
            if part
                .ctype
                .mimetype
                .eq_ignore_ascii_case("message/delivery-status")
            {
                let body = part.get_body().unwrap_or_default();
                for line in body.lines() {
                    if let Some((name, value)) = line.split_once(':')
                        && name.trim().eq_ignore_ascii_case("Final-Recipient")
                    {
                        let addr = value.rsplit(';').next().unwrap_or("").trim();
                        if addr.contains('@') {
                            v.bounced_recipients.push(addr.to_string());
                        }
                    }
                }
            }
        }
        return v;
    }
    let auto_submitted = h
        .get_first_value("Auto-Submitted")
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("no"));
    let from_self = h.get_first_value("From").is_some_and(|f| {
        let f = f.to_lowercase();
        config.own_addresses.iter().any(|a| f.contains(a.as_str()))
    });
    if auto_submitted || from_self {
        v.kind = Some(Automated::AutoReply);
    } else if h.get_first_value("List-Id").is_some()
        || h.get_first_value("Precedence")
            .is_some_and(|p| matches!(p.trim().to_lowercase().as_str(), "bulk" | "list" | "junk"))
    {
        v.kind = Some(Automated::Bulk);
    }
    v
}
