//! The failed recipients of a bounce without a machine-readable report, from its prose:
//! addresses under a heading first, then a mailbox named without its domain, the returned
//! original's envelope and addressees, the subject, and last the notice's own sender, each
//! filtered against the addresses that can never have failed.

use super::bodies::Bodies;
use super::{address, original_header_addresses, prose, push_unique};

/// Addresses that may not be named as failed.
pub(super) struct Excluded<'a> {
    /// Regbot's own addresses and the bouncing server's.
    pub(super) strict: &'a [String],
    /// Also the bounce's addressee and other header addresses, for addresses found in prose.
    pub(super) loose: Vec<String>,
    /// The bouncing server's domain: its postmaster is not a failed recipient.
    pub(super) from_domain: Option<String>,
    /// The notice's sender, failed only when the notice names no one else.
    pub(super) from: Option<String>,
}

impl Excluded<'_> {
    fn system_of_bouncer(&self, a: &str) -> bool {
        address::is_system_mailbox(a)
            && a.rsplit_once('@').map(|(_, d)| d) == self.from_domain.as_deref()
    }
}

/// The failed recipients of a bounce without a machine-readable report, from its prose.
pub(super) fn prose_recipients(
    bodies: &Bodies,
    subject: &str,
    ex: &Excluded<'_>,
    list: &mut Vec<String>,
) {
    let mut structured = Vec::new();
    let mut all = Vec::new();
    let mut local_parts = Vec::new();
    for t in &bodies.text {
        let found = prose::text_recipients(t);
        structured.extend(found.structured);
        all.extend(found.all);
        local_parts.extend(found.local_parts);
    }
    // Prefer what the structure names; among that, prefer addresses that are not the bounce's
    // own addressee (some servers bounce mail a user sent to themselves, so the addressee is
    // kept when it is the only one named).
    let structured: Vec<&String> = structured
        .iter()
        .filter(|a| !ex.system_of_bouncer(a) && !ex.strict.contains(a))
        .collect();
    let others: Vec<&String> = structured
        .iter()
        .copied()
        .filter(|a| !ex.loose.contains(a))
        .collect();
    if !others.is_empty() {
        for a in others {
            push_unique(list, a, ex.strict);
        }
    } else if !structured.is_empty() {
        for a in structured {
            push_unique(list, a, ex.strict);
        }
    } else if let Some(domain) = ex
        .from_domain
        .as_deref()
        .filter(|_| !local_parts.is_empty())
    {
        // A mailbox named under the heading without its domain (AOL's screen names, a
        // site's directory names) is a user of the bouncing site; addresses elsewhere in such
        // a notice are advice ("try name@cs.example.edu").
        let domain = site_domain(domain);
        for local in &local_parts {
            // The notice may spell the address out elsewhere.
            let spelled = all.iter().find(|a| a.starts_with(&format!("{local}@")));
            let address = spelled
                .cloned()
                .unwrap_or_else(|| format!("{local}@{domain}"));
            push_unique(list, &address, ex.strict);
        }
    } else {
        // Only loose addresses: when the returned original was delivered for one of them, that
        // one failed and the others are advice (another address, a directory entry).
        let loose: Vec<&String> = all.iter().filter(|a| !ex.system_of_bouncer(a)).collect();
        let envelope = envelope_recipients(bodies);
        let confirmed: Vec<&String> = loose
            .iter()
            .copied()
            .filter(|a| envelope.contains(a))
            .collect();
        for a in if confirmed.is_empty() {
            loose
        } else {
            confirmed
        } {
            push_unique(list, a, &ex.loose);
        }
    }
    if list.is_empty() {
        // Then the quoted original: the recipient its last `Received:` hop names, else its
        // addressees (regbot writes to one recipient per message; a list's mail is addressed
        // to the list, which the exclusions drop).
        let received = envelope_recipients(bodies);
        if let Some(a) = received.iter().find(|a| !ex.strict.contains(a)) {
            push_unique(list, a, ex.strict);
        }
    }
    if list.is_empty() {
        // A notice that names the failed address only in its subject ("Undeliverable mail:
        // a@x", Domino's "DELIVERY FAILURE: User A (a@x) not listed", MDaemon's "Warning: a@x -
        // User unknown!").
        for a in address::find_all(subject) {
            push_unique(list, &a, &ex.loose);
        }
    }
    if list.is_empty() {
        let mut originals: Vec<String> = original_header_addresses(bodies, &["To", "Cc"]);
        for t in &bodies.text {
            originals.extend(prose::quoted_original_recipients(t));
        }
        for a in &originals {
            push_unique(list, a, ex.strict);
        }
    }
    if list.is_empty()
        && let Some(f) = ex.from.as_deref()
        && !address::is_system_mailbox(f)
        && !address::is_no_reply(f)
        && all.iter().any(|a| a == f)
    {
        // Some servers write the notice in the name of the mailbox that refused the mail
        // ("From: Zane <zane@…>", "… adresātam <zane@…>: pastkaste ir pilna"): when it names
        // no one else, its sender failed.
        list.push(f.to_string());
    }
}

/// The addresses the returned original's `Received:` lines say it was delivered for, last hop
/// first: from an attached original, then from one quoted below a bounce's prose.
fn envelope_recipients(bodies: &Bodies) -> Vec<String> {
    let mut received: Vec<String> = Vec::new();
    for o in &bodies.original_headers {
        received.extend(prose::received_for(header_block(o)));
    }
    for t in &bodies.text {
        let section = prose::error_section(t).len();
        received.extend(prose::received_for(t.get(section..).unwrap_or("")));
    }
    received
}

/// The header block of an attached original (up to its first empty line).
fn header_block(message: &str) -> &str {
    let end = message
        .find("\n\n")
        .or_else(|| message.find("\r\n\r\n"))
        .unwrap_or(message.len());
    &message[..end]
}

/// The site a mail server's host name belongs to: `mr2.its.yale.edu` → `yale.edu`,
/// `mx.example.co.uk` → `example.co.uk` (a second-level label of two or three letters under
/// a country code is taken as a registry's, like `co.uk`, `com.pl`).
fn site_domain(host: &str) -> String {
    let labels: Vec<&str> = host.split('.').collect();
    let keep = match labels.as_slice() {
        [.., sld, tld] if tld.len() == 2 && sld.len() <= 3 && labels.len() >= 3 => 3,
        _ => 2,
    };
    labels[labels.len().saturating_sub(keep)..].join(".")
}
