//! Organisers work from their mail client: a reply to a forward is an organiser's action.
//!
//! A message whose subject carries a reply tag (`tag`) is no participant's mail. It counts
//! only when its token names a forwarded question or review item AND it comes from an
//! organiser's address (`event.organiser_email`, or one added with `regbot organiser add`):
//! - a reply to a question's forward is relayed to the participant, in the participant's own
//!   thread, as the organiser's own words (the quoted forward stripped, as for every message),
//!   and marks the question answered: `organise::questions::answer_in`, as `questions answer`;
//! - a reply to a review item's forward with one word (`register`, `idea`, `question`,
//!   `ignore`) resolves it: `organise::review::resolve_in`, as `review resolve`.
//!
//! Anything else carrying a tag (a token that names nothing, or the right token from another
//! address) becomes a review item for the organisers, forwarded with the original attached, and
//! is never relayed to anyone: nothing is sent to its sender either. An organiser's reply that
//! cannot be acted on (an unknown word, an item already resolved, no text) is answered to that
//! organiser with what went wrong. Every change lands in the audit table with actor
//! `mail:<organiser address>`.

use super::{ProcessError, Processor};
use crate::domain::{EmailAddress, header_safe};
use crate::organise::review::Resolution;
use crate::organise::{self, Actor, OrganiseError};
use crate::status::{OutboxKind, OutboxStatus};
use crate::store::{self, Disposition, NewOutbound, Tagged, Tx};
use crate::understand::Understanding;

/// Review reason: a reply tag whose token names no forward.
pub const UNVERIFIED_UNKNOWN_TAG: &str = "unverified_reply_unknown_tag";
/// Review reason: a reply tag of a real forward, from an address that is not an organiser's.
pub const UNVERIFIED_NOT_ORGANISER: &str = "unverified_reply_not_organiser";

impl Processor {
    /// Handles message `id`, whose subject carries the reply tag `token`.
    pub(super) async fn organiser_reply(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        sender: &EmailAddress,
        token: &str,
    ) -> Result<(), ProcessError> {
        let event = &self.config.event;
        let tagged = store::find_tagged(tx, &event.id, token).await?;
        let organiser = sender.key() == event.organiser_email.trim().to_lowercase()
            || store::is_organiser_address(tx, &sender.key()).await?;
        let tagged = match (tagged, organiser) {
            (Some(tagged), true) => tagged,
            (None, _) => {
                return self
                    .open_review_quietly(tx, id, u, sender, UNVERIFIED_UNKNOWN_TAG)
                    .await;
            }
            (Some(_), false) => {
                return self
                    .open_review_quietly(tx, id, u, sender, UNVERIFIED_NOT_ORGANISER)
                    .await;
            }
        };
        store::set_disposition(tx, id, Disposition::Action).await?;
        // `reprocess` without --notify: the reply was acted on when it came in.
        if !self.notify {
            return Ok(());
        }
        let actor = Actor::mail(sender.as_str());
        let words = u.text.trim();
        let done = match tagged {
            Tagged::Question(question) if words.is_empty() => Err(format!(
                "your reply about question {question} has no text of its own, so nothing was sent"
            )),
            Tagged::Question(question) => {
                let relayed = organise::questions::answer_in(
                    tx,
                    self,
                    &actor,
                    question,
                    words,
                    format!("relay:{id}"),
                )
                .await;
                acted(relayed.map(drop))?
            }
            Tagged::Review(item) => match one_word(words).and_then(Resolution::from_word) {
                Some(resolution) => {
                    let resolved =
                        organise::review::resolve_in(tx, self, &actor, item, resolution).await;
                    acted(resolved.map(drop))?
                }
                None => Err(format!(
                    "your reply about review item {item} is not one of the words regbot \
                     understands, so nothing was done. Reply to the forward with one word: \
                     register, idea, question or ignore. To answer the sender, write to them \
                     directly."
                )),
            },
        };
        if let Err(problem) = done {
            self.tell_organiser(tx, id, u, sender, &problem).await?;
        }
        Ok(())
    }

    /// A tagged message that does not count: a review item (forwarded, the original
    /// attached), and no mail to its sender.
    async fn open_review_quietly(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        sender: &EmailAddress,
        reason: &str,
    ) -> Result<(), ProcessError> {
        tracing::warn!(inbound_id = id, reason, "a reply tag that does not count");
        self.open_review(tx, id, u, sender, reason, false).await
    }

    /// Answers an organiser whose reply could not be acted on, in their thread.
    async fn tell_organiser(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        organiser: &EmailAddress,
        problem: &str,
    ) -> Result<(), ProcessError> {
        let subject = u.subject.as_deref().map(str::trim).unwrap_or_default();
        let subject = if subject.to_lowercase().starts_with("re:") {
            subject.to_string()
        } else {
            format!("Re: {subject}")
        };
        let (in_reply_to, references) = super::queue::thread_headers(u);
        let mail = NewOutbound {
            idempotency_key: format!("organiser-notice:{id}"),
            kind: OutboxKind::Forward,
            inbound_id: Some(id),
            broadcast_id: None,
            template: None,
            recipient: organiser.as_str().to_string(),
            recipient_name: None,
            reply_to: None,
            subject: header_safe(&subject, 250),
            body_text: format!("regbot could not act on your reply: {problem}\n\n-- \nregbot\n"),
            body_html: None,
            message_id: self.new_message_id(),
            in_reply_to,
            references,
            status: OutboxStatus::Pending,
            last_error: None,
        };
        store::enqueue(tx, &mail).await?;
        Ok(())
    }
}

/// `Ok(Ok)` when the organiser's action was taken, `Ok(Err(why))` when it was refused for a
/// reason the organiser can fix, `Err` when the database or a template failed.
fn acted(result: Result<(), OrganiseError>) -> Result<Result<(), String>, ProcessError> {
    match result {
        Ok(()) => Ok(Ok(())),
        Err(OrganiseError::Store(e)) => Err(e.into()),
        Err(OrganiseError::Template(e)) => Err(e.into()),
        Err(refused) => Ok(Err(refused.to_string())),
    }
}

/// The one word of a reply that resolves a review item: its first line, when that line is a
/// single word (trailing punctuation ignored). What follows (a greeting, a signature regbot did
/// not recognise) does not matter.
fn one_word(text: &str) -> Option<&str> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let word = line.trim_end_matches(['.', '!', ',', ';']);
    (!word.is_empty() && !word.contains(char::is_whitespace)).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_line_is_the_word() {
        assert_eq!(one_word("register\n\nAnna"), Some("register"));
        assert_eq!(one_word("\n  Ignore.  \n"), Some("Ignore"));
        assert_eq!(one_word("please register her"), None);
        assert_eq!(one_word(""), None);
        assert_eq!(one_word("..."), None);
    }
}
