//! What a bounce or auto-reply says about the mail it returns, so the daemon can check that
//! regbot really sent it before acting on it: the original's Message-IDs, and the status each
//! failed recipient got. A forged bounce names an address but returns nothing regbot sent.

use mailparse::MailHeaderMap;

use super::super::BouncedRecipient;
use super::{Bodies, dsn, prose};

/// At most this many Message-IDs are returned: a bounce returns one message.
const MAX_IDS: usize = 10;

/// The Message-IDs of the original message(s): from attached originals first, then from
/// header lines the prose quotes. Without angle brackets, in the order found, no repeats.
pub fn message_ids(bodies: &Bodies) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |id: &str| {
        let id = id.trim().trim_matches(['<', '>']).trim();
        if !id.is_empty() && id.contains('@') && !out.iter().any(|o| o == id) && out.len() < MAX_IDS
        {
            out.push(id.to_string());
        }
    };
    for o in &bodies.original_headers {
        if let Ok((hs, _)) = mailparse::parse_headers(o.as_bytes()) {
            for v in hs.get_all_values("Message-ID") {
                add(&v);
            }
        }
    }
    for t in &bodies.text {
        for line in t.lines().take(2000) {
            let l = line.trim_start_matches(['>', ' ', '\t']);
            if let Some((name, value)) = l.split_once(':')
                && name.trim().eq_ignore_ascii_case("message-id")
            {
                add(value);
            }
        }
    }
    out
}

/// The failed recipients with the status the bounce states for each: the DSN's `Status`
/// field, else an `x.y.z` code on a line of the prose that names the address, else — when the
/// bounce names a single recipient — the first `x.y.z` code of its error section.
pub fn with_status(bodies: &Bodies, failed: &[String]) -> Vec<BouncedRecipient> {
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
    failed
        .iter()
        .map(|email| {
            let from_dsn = dsn_recipients
                .iter()
                .find(|r| r.address.as_deref() == Some(email.as_str()))
                .and_then(|r| r.status.clone());
            let status = from_dsn
                .or_else(|| {
                    bodies.text.iter().find_map(|t| {
                        prose::error_section(t)
                            .lines()
                            .take(500)
                            .filter(|l| l.to_lowercase().contains(email.as_str()))
                            .find_map(code_in)
                    })
                })
                .or_else(|| {
                    (failed.len() == 1)
                        .then(|| {
                            bodies.text.iter().find_map(|t| {
                                prose::error_section(t).lines().take(500).find_map(code_in)
                            })
                        })
                        .flatten()
                });
            BouncedRecipient {
                email: email.clone(),
                status,
            }
        })
        .collect()
}

/// The first enhanced status code (`5.1.1`, `4.2.2`) in a line.
fn code_in(line: &str) -> Option<String> {
    let bytes = line.as_bytes();
    for (i, c) in line.char_indices() {
        if !matches!(c, '2' | '4' | '5') || bytes.get(i + 1) != Some(&b'.') {
            continue;
        }
        if i > 0
            && bytes
                .get(i - 1)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'.')
        {
            continue;
        }
        if let Some(code) = dsn::status_code(line.get(i..).unwrap_or(""))
            && code.len() <= 9
        {
            let end = i + code.len();
            if !bytes
                .get(end)
                .is_some_and(|b| b.is_ascii_digit() || *b == b'.')
            {
                return Some(code);
            }
        }
    }
    None
}

/// The envelope recipients of this copy (Delivered-To, X-Original-To, Envelope-To), lowercase,
/// no repeats: where a VERP return path shows up.
pub fn delivered_to(headers: &[mailparse::MailHeader<'_>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in ["Delivered-To", "X-Original-To", "Envelope-To"] {
        for v in headers.get_all_values(name).iter().take(20) {
            for a in v.split(',') {
                let a = a.trim().trim_matches(['<', '>']).trim().to_lowercase();
                if a.contains('@') && !out.contains(&a) {
                    out.push(a);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes_in_prose() {
        assert_eq!(
            code_in("550 5.1.1 <a@b.test>: user unknown").as_deref(),
            Some("5.1.1")
        );
        assert_eq!(code_in("#5.7.1 smtp;550").as_deref(), Some("5.7.1"));
        assert_eq!(code_in("version 15.2.1544.11"), None);
        assert_eq!(code_in("nothing here"), None);
    }
}
