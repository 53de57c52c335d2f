//! Reading the machine-readable part of a delivery status notification (RFC 3464): the
//! per-recipient blocks of `message/delivery-status`.
//!
//! Real servers get the format wrong in many ways (no blank line between blocks, the part sent
//! as `text/plain`, folded fields, `rfc822;` missing or doubled), so this reads line by line and
//! starts a new recipient whenever a recipient field repeats.

use super::address::normalise;

/// What a DSN says about one recipient.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DsnRecipient {
    /// `Original-Recipient` when given (the address regbot wrote to, before any aliasing or
    /// forwarding at the receiving end), else `Final-Recipient`, else `X-Actual-Recipient`;
    /// normalised.
    pub address: Option<String>,
    /// `Action`, lowercase (`failed`, `delayed`, `delivered`, `relayed`, `expanded`).
    pub action: Option<String>,
    /// `Status`, e.g. `5.1.1`.
    pub status: Option<String>,
}

/// What the recipient's block means for regbot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Permanently failed: mark the address.
    Failed,
    /// Still being retried (`Action: delayed`, or a 4.x.x status without an action).
    Delayed,
    /// Delivered, relayed or expanded: nothing failed.
    Fine,
}

/// True when a report names a recipient whose delivery failed.
pub fn names_failure(recipients: &[DsnRecipient]) -> bool {
    recipients
        .iter()
        .any(|r| r.address.is_some() && r.outcome() == Outcome::Failed)
}

impl DsnRecipient {
    /// `Action` decides; a block without one falls back on the status class.
    pub fn outcome(&self) -> Outcome {
        match self.action.as_deref() {
            Some(a) if a.starts_with("fail") => Outcome::Failed,
            Some(a) if a.starts_with("delay") => Outcome::Delayed,
            Some(a)
                if a.starts_with("deliver")
                    || a.starts_with("relay")
                    || a.starts_with("expand") =>
            {
                Outcome::Fine
            }
            _ => match self.status.as_deref().and_then(|s| s.chars().next()) {
                Some('2') => Outcome::Fine,
                Some('4') => Outcome::Delayed,
                _ => Outcome::Failed,
            },
        }
    }
}

/// Field names that open or belong to a per-recipient block.
const RECIPIENT_FIELDS: [&str; 3] = [
    "final-recipient",
    "original-recipient",
    "x-actual-recipient",
];

/// Parses the per-recipient blocks of a delivery-status body. Blocks without any recipient
/// address are dropped. At most `MAX_RECIPIENTS` are returned.
pub fn parse(text: &str) -> Vec<DsnRecipient> {
    const MAX_RECIPIENTS: usize = 500;
    let mut out: Vec<DsnRecipient> = Vec::new();
    let mut cur = Block::default();
    for line in unfold(text) {
        if line.trim().is_empty() {
            cur.flush(&mut out);
            continue;
        }
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let name = name.trim().to_ascii_lowercase();
        let value = value.trim();
        match name.as_str() {
            n if RECIPIENT_FIELDS.contains(&n) => {
                if cur.has(n) {
                    cur.flush(&mut out);
                }
                cur.set(n, value);
            }
            "action" => {
                if cur.action.is_some() {
                    cur.flush(&mut out);
                }
                cur.action = Some(value.to_ascii_lowercase());
            }
            "status" if cur.status.is_none() => cur.status = status_code(value),
            _ => {}
        }
        if out.len() >= MAX_RECIPIENTS {
            break;
        }
    }
    cur.flush(&mut out);
    out
}

/// True when the text carries delivery-status fields (used for DSNs sent as plain text).
pub fn looks_like_dsn(text: &str) -> bool {
    let mut recipient = false;
    let mut action_or_status = false;
    for line in text.lines() {
        let l = line.trim_start().to_ascii_lowercase();
        if l.starts_with("final-recipient:") || l.starts_with("original-recipient:") {
            recipient = true;
        } else if l.starts_with("action:") || l.starts_with("status:") {
            action_or_status = true;
        }
        if recipient && action_or_status {
            return true;
        }
    }
    false
}

#[derive(Default)]
struct Block {
    final_rcpt: Option<String>,
    original_rcpt: Option<String>,
    actual_rcpt: Option<String>,
    action: Option<String>,
    status: Option<String>,
}

impl Block {
    fn has(&self, field: &str) -> bool {
        match field {
            "final-recipient" => self.final_rcpt.is_some(),
            "original-recipient" => self.original_rcpt.is_some(),
            _ => self.actual_rcpt.is_some(),
        }
    }

    fn set(&mut self, field: &str, value: &str) {
        let v = normalise(value);
        match field {
            "final-recipient" => self.final_rcpt = v,
            "original-recipient" => self.original_rcpt = v,
            _ => self.actual_rcpt = v,
        }
    }

    fn flush(&mut self, out: &mut Vec<DsnRecipient>) {
        let b = std::mem::take(self);
        let address = b.original_rcpt.or(b.final_rcpt).or(b.actual_rcpt);
        if address.is_some() {
            out.push(DsnRecipient {
                address,
                action: b.action,
                status: b.status,
            });
        }
    }
}

/// Joins folded lines (RFC 5322 continuation: a line starting with white space).
fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        let starts_ws = line.starts_with([' ', '\t']);
        match lines.last_mut() {
            Some(prev) if starts_ws && !line.trim().is_empty() && !prev.trim().is_empty() => {
                prev.push(' ');
                prev.push_str(line.trim());
            }
            _ => lines.push(line.to_string()),
        }
    }
    lines
}

/// The `x.y.z` code at the start of a Status value (`5.1.1 (user unknown)` → `5.1.1`).
pub fn status_code(value: &str) -> Option<String> {
    let code: String = value
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let parts: Vec<&str> = code.split('.').collect();
    (parts.len() == 3 && parts.iter().all(|p| !p.is_empty())).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_blocks_separated_by_blank_lines() {
        let text = "Reporting-MTA: dns; mx.example.org\n\n\
            Final-Recipient: rfc822; <Anna@Example.LV>.\nAction: failed\nStatus: 5.1.1 (unknown)\n\n\
            Final-Recipient: RFC822;bob@example.se\nAction: delayed\nStatus: 4.4.7\n";
        let r = parse(text);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].address.as_deref(), Some("anna@example.lv"));
        assert_eq!(r[0].status.as_deref(), Some("5.1.1"));
        assert_eq!(r[0].outcome(), Outcome::Failed);
        assert_eq!(r[1].address.as_deref(), Some("bob@example.se"));
        assert_eq!(r[1].outcome(), Outcome::Delayed);
    }

    #[test]
    fn splits_blocks_without_blank_lines_and_unfolds() {
        let text = "Original-Recipient: rfc822;a@x.test\nFinal-Recipient: rfc822;\n a@x.test\nAction: failed\n\
            Final-Recipient: rfc822;b@y.test\nAction: delivered\nStatus: 2.0.0\n";
        let r = parse(text);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].address.as_deref(), Some("a@x.test"));
        assert_eq!(r[1].outcome(), Outcome::Fine);
    }

    #[test]
    fn original_recipient_is_preferred_over_the_rewritten_final_one() {
        let r = parse(
            "Original-Recipient: rfc822;anna@cluster.lv\nFinal-Recipient: rfc822;anna.b@mail.internal.lv\nAction: failed\n",
        );
        assert_eq!(r[0].address.as_deref(), Some("anna@cluster.lv"));
    }

    #[test]
    fn status_without_action_decides_by_class() {
        let r = parse("Final-Recipient: rfc822; c@z.test\nStatus: 4.2.2\n");
        assert_eq!(r[0].outcome(), Outcome::Delayed);
        let r = parse("Final-Recipient: rfc822; c@z.test\nStatus: 5.2.2\n");
        assert_eq!(r[0].outcome(), Outcome::Failed);
    }

    #[test]
    fn plain_text_dsn_is_recognised() {
        assert!(looks_like_dsn(
            "x\nFinal-Recipient: rfc822; a@b.test\nAction: failed\n"
        ));
        assert!(!looks_like_dsn("Final answer: yes\nAction: required\n"));
    }
}
