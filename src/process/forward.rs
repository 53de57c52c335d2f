//! The one way mail goes to the organisers because of someone's message (question forwards and
//! review forwards alike), with the per-sender limit of issue 8, defect 8: 25 questions from
//! one address, or an auto-responder answering every reply, must not become 25 forwards.
//!
//! Over the limit, the forward is still written to the outbox (the mail log shows it) but held
//! back, and one line about it is added to the organisers' digest, which goes out
//! `replies.forward_digest_minutes` after it was opened. The question or review item itself is
//! recorded as always, so `questions list` / `review list` show it: nothing is lost. Each
//! digest line carries its item's reply tag, so an organiser can still answer or resolve it by
//! mail (a mail to regbot with that tag in its subject counts as a reply to the forward).

use std::time::Duration;

use super::{ProcessError, Processor, tag};
use crate::domain::{EmailAddress, header_safe};
use crate::status::OutboxStatus;
use crate::store::{self, COOLING_DOWN, NewOutbound, OVER_LIMIT, Tx};

/// What became of a forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Forwarded {
    Queued,
    /// Listed in the digest instead (or queued before: a re-run does nothing).
    HeldBack,
}

impl Processor {
    /// Queues `mail` (a forward carrying `sender` in Reply-To) to the organisers, or holds it
    /// back for the digest when `sender` is over the limit. `about` names the message in the
    /// digest (`question (message #12): <its subject>`).
    pub(super) async fn forward_to_organisers(
        &self,
        tx: &mut Tx<'_>,
        mut mail: NewOutbound,
        sender: &EmailAddress,
        about: &str,
    ) -> Result<Forwarded, ProcessError> {
        let limits = &self.config.replies;
        // The count and the insert under the sender's lock: two of its messages processed at
        // once must not both count "under the limit".
        store::lock_address(tx, sender.as_str()).await?;
        let held_back = if store::cooling_down(tx, sender.as_str(), true, limits.cool_down_hours)
            .await?
        {
            Some(format!(
                "{COOLING_DOWN}: this sender went over {} forwards an hour; listed in the digest",
                limits.max_forwards_per_sender_per_hour
            ))
        } else if store::recent_forwards_from(tx, sender.as_str()).await?
            >= limits.max_forwards_per_sender_per_hour
        {
            Some(format!(
                "{OVER_LIMIT} {} forwards from this sender in an hour; listed in the digest",
                limits.max_forwards_per_sender_per_hour
            ))
        } else {
            None
        };
        let Some(note) = held_back else {
            store::enqueue(tx, &mail).await?;
            return Ok(Forwarded::Queued);
        };
        mail.status = OutboxStatus::Suppressed;
        mail.last_error = Some(note);
        if store::enqueue(tx, &mail).await? {
            let tag = tag::find_token(&mail.subject)
                .map(|token| tag::subject_tag(&self.config.event.id, &token));
            let entry = digest_entry(tag.as_deref(), sender, about);
            let opening = self.digest_opening(&mail);
            let after = Duration::from_secs(limits.forward_digest_minutes.saturating_mul(60));
            store::add_to_digest(tx, &opening, &entry, after).await?;
        }
        Ok(Forwarded::HeldBack)
    }

    /// A new digest to the recipient of `held`, with its introduction as the body.
    fn digest_opening(&self, held: &NewOutbound) -> NewOutbound {
        let limits = &self.config.replies;
        let body = format!(
            "These messages were not forwarded one by one: their senders went over {} forwards \
             an hour (replies.max_forwards_per_sender_per_hour), which also ends mail loops with \
             auto-responders. Nothing is lost: each is recorded, see `regbot questions list \
             --open` and `regbot review list --open`. To answer or resolve one by mail, write \
             to {} with its tag (`[{} #…]`) in the subject, as a reply to its forward would \
             have.\n\n",
            limits.max_forwards_per_sender_per_hour, self.config.smtp.from, self.config.event.id,
        );
        NewOutbound {
            idempotency_key: format!("digest:{}", uuid::Uuid::new_v4()),
            template: Some(store::DIGEST_TEMPLATE.to_string()),
            reply_to: None,
            inbound_id: None,
            subject: format!(
                "[{}] Messages held back from forwarding",
                self.config.event.id
            ),
            body_text: body,
            body_html: None,
            message_id: self.new_message_id(),
            in_reply_to: None,
            references: vec![],
            status: OutboxStatus::Pending,
            last_error: None,
            ..held.clone()
        }
    }
}

/// One digest line: the item's reply tag, what, and from whom.
fn digest_entry(tag: Option<&str>, sender: &EmailAddress, about: &str) -> String {
    let tag = tag.map(|t| format!("{t} ")).unwrap_or_default();
    format!("* {tag}{} from {sender}\n", header_safe(about, 250))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_entry_is_one_line_even_for_a_hostile_subject() {
        let sender = EmailAddress::parse("a@example.org").unwrap();
        let line = digest_entry(
            Some("[ev #0123456789abcdef01234567]"),
            &sender,
            "question (message #1): Hi\r\nBcc: x@example.org",
        );
        assert_eq!(line.matches('\n').count(), 1, "{line:?}");
        assert_eq!(
            line,
            "* [ev #0123456789abcdef01234567] question (message #1): Hi Bcc: x@example.org from a@example.org\n"
        );
    }
}
