//! Nothing disappears: a message that is neither an action nor a bare thank-you becomes a
//! review item. The organisers get one forward (in their language, the original attached,
//! what regbot understood, why it is unsure, how to resolve it) and the sender one honest
//! reply in their own language: a person will answer. Never "we received your question".
//!
//! Which way a message goes is decided here from the understanding (its `review` reason) and
//! from the data (an update or cancellation from an address that has no registration).

use serde_json::json;

use super::forward::About;
use super::prefetch::Prefetched;
use super::record::Effect;
use super::{ProcessError, Processor, behalf, intent_name, tag};
use crate::domain::{EmailAddress, header_safe};
use crate::status::{OutboxKind, OutboxStatus, RegistrationStatus, ReplyTemplate};
use crate::store::{self, Disposition, NewOutbound, Tx};
use crate::understand::{Intent, ReviewReason, Understanding};

/// The template organisers get for a review item (not a reply to participants, so it need not
/// exist in every language: it falls back to the default language, then English).
pub const REVIEW_FORWARD_TEMPLATE: &str = "review_forward";

/// Review reasons regbot finds in the data rather than in the message.
pub const UPDATE_FROM_UNKNOWN_ADDRESS: &str = "update_from_unknown_address";
pub const CANCELLATION_FROM_UNKNOWN_ADDRESS: &str = "cancellation_from_unknown_address";

/// Review reason for a sender who registers more people than `event.max_on_behalf_per_sender`.
pub const ON_BEHALF_OVER_CAP: &str = "on_behalf_over_cap";

/// How a message that is acted on touches the sender's registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Act {
    /// The message also updates or cancels a registration that does not exist, next to an
    /// idea or question that can still be taken.
    pub skip_registration: bool,
    /// The sender's place is held for their consent, and this reply (which does not cancel)
    /// confirms it.
    pub confirms: bool,
    /// Nothing but a note for the organisers, from a registered sender: stored on the
    /// registration, no field changed.
    pub note_only: bool,
}

/// Where a message from a person goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Route {
    /// Recorded and acknowledged.
    Act(Act),
    /// A person must look at it first; the reason as stored (`review_items.reason`).
    Review(String),
    /// A bare thank-you (or nothing at all): recorded as such, not answered.
    Thanks,
}

impl Processor {
    pub(super) async fn route(
        &self,
        tx: &mut Tx<'_>,
        u: &Understanding,
        sender: &EmailAddress,
        reads: Option<&Prefetched>,
    ) -> Result<Route, ProcessError> {
        let event = &self.config.event;
        let has = |i: Intent| u.intents.contains(&i);
        let own_status = match reads.and_then(|r| r.registration(sender)) {
            Some(reg) => reg.map(|r| r.status),
            None => store::registration_status(tx, &event.id, sender.as_str()).await?,
        };
        // Any reply from a person registered by someone else confirms, unless it cancels: one
        // in which regbot found nothing, or only the learned model read a registration.
        let nothing_found = matches!(
            u.review,
            Some(ReviewReason::NoIntent | ReviewReason::ProposedRegistration)
        );
        if own_status == Some(RegistrationStatus::PendingConfirmation)
            && !has(Intent::Cancellation)
            && (u.review.is_none() || nothing_found)
        {
            return Ok(Route::Act(Act {
                confirms: true,
                ..Act::default()
            }));
        }
        // "Forgot to mention: I am vegetarian" from a registered person is a note on their
        // registration, not a message nobody understood; a registration the model proposes
        // adds nothing to theirs (`record` leaves it out of a note-only act).
        let registered = own_status.is_some_and(|s| s != RegistrationStatus::Cancelled);
        if nothing_found && u.note.is_some() && registered {
            return Ok(Route::Act(Act {
                note_only: true,
                ..Act::default()
            }));
        }
        if let Some(reason) = u.review {
            // The understanding's own words for the reason, so the list stays the project's.
            let word = serde_json::to_value(reason)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| "low_confidence".into());
            return Ok(Route::Review(word));
        }
        if u.intents.is_empty() {
            return Ok(Route::Thanks);
        }
        let others = behalf::others(u, sender);
        if !others.is_empty() {
            let before = store::count_on_behalf_by(tx, &event.id, sender.as_str()).await?;
            let asked = i64::try_from(others.len()).unwrap_or(i64::MAX);
            if before.saturating_add(asked) > event.max_on_behalf_per_sender {
                return Ok(Route::Review(ON_BEHALF_OVER_CAP.to_string()));
            }
        }
        let changes_record =
            !has(Intent::Registration) && (has(Intent::Update) || has(Intent::Cancellation));
        if !changes_record {
            return Ok(Route::Act(Act::default()));
        }
        let email = u
            .participant
            .email
            .as_deref()
            .and_then(EmailAddress::parse)
            .unwrap_or_else(|| sender.clone());
        // The batch's reads see what it registered earlier (held back, not yet in the table).
        let known = own_status.is_some()
            || (email != *sender
                && match reads.and_then(|r| r.registration(&email)) {
                    Some(reg) => reg.is_some(),
                    None => store::registration_exists(tx, &event.id, email.as_str()).await?,
                });
        if known {
            return Ok(Route::Act(Act::default()));
        }
        if has(Intent::Idea) || has(Intent::Question) {
            return Ok(Route::Act(Act {
                skip_registration: true,
                ..Act::default()
            }));
        }
        let reason = if has(Intent::Cancellation) {
            CANCELLATION_FROM_UNKNOWN_ADDRESS
        } else {
            UPDATE_FROM_UNKNOWN_ADDRESS
        };
        Ok(Route::Review(reason.to_string()))
    }

    /// Opens the review item of message `id`, forwards it to the organisers and, when
    /// `tell_sender`, tells the sender a person will answer. Opening it again (a re-run) does
    /// nothing.
    pub(super) async fn open_review(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        sender: &EmailAddress,
        reason: &str,
        tell_sender: bool,
    ) -> Result<(), ProcessError> {
        store::set_disposition(tx, id, Disposition::Review).await?;
        if !self.notify {
            return Ok(());
        }
        let event = &self.config.event;
        let token = tag::new_token();
        let Some(item) = store::insert_review_item(tx, &event.id, id, reason, &token).await? else {
            return Ok(());
        };
        if event.organiser_email.is_empty() {
            tracing::warn!(
                inbound_id = id,
                review_item = item,
                "a message needs review but event.organiser_email is not set: it waits in `regbot review list`"
            );
        } else {
            self.queue_review_forward(tx, id, item, &token, u, sender, reason)
                .await?;
        }
        if !tell_sender {
            return Ok(());
        }
        let effect = Effect {
            template: ReplyTemplate::ReviewPending,
            registration: None,
            idea: None,
            question: None,
            promoted: None,
            participant_email: sender.clone(),
            participant_name: u
                .participant
                .name
                .clone()
                .or_else(|| u.from.as_ref().and_then(|f| f.name.clone())),
            held: Vec::new(),
            updates_sent: 0,
        };
        self.queue_reply_in(tx, id, u, sender, &effect, None)
            .await?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn queue_review_forward(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        item: i64,
        token: &str,
        u: &Understanding,
        sender: &EmailAddress,
        reason: &str,
    ) -> Result<(), ProcessError> {
        let event = &self.config.event;
        let from_name = u.from.as_ref().and_then(|f| f.name.as_deref());
        let context = json!({
            "event": event,
            "item": {"id": item, "reason": reason, "token": token},
            "sender": {"email": sender.as_str(), "name": from_name},
            "original_subject": u.subject.as_deref().map(|s| header_safe(&tag::without_tags(s), 200)),
            "language": u.language,
            "intents": u.intents.iter().map(|i| intent_name(*i)).collect::<Vec<_>>(),
            "participants": u.participants,
            "note": u.note,
            "idea": u.idea,
            "text": u.text,
        });
        let rendered = self.templates.render(
            REVIEW_FORWARD_TEMPLATE,
            Some(self.organiser_language()),
            &event.default_language,
            &context,
        )?;
        let key = format!("review:{id}");
        let mail = NewOutbound {
            idempotency_key: key.clone(),
            kind: OutboxKind::Forward,
            inbound_id: Some(id),
            broadcast_id: None,
            template: Some(REVIEW_FORWARD_TEMPLATE.to_string()),
            recipient: event.organiser_email.clone(),
            recipient_name: (!event.organiser_name.is_empty())
                .then(|| event.organiser_name.clone()),
            // A reply comes back to regbot, whose tag check makes it an organiser's action.
            reply_to: Some(self.config.smtp.from.clone()),
            // The tag names the item (and only it, see `tag`); the template's subject carries
            // the item's number, for people.
            subject: header_safe(
                &format!(
                    "{} {}",
                    tag::subject_tag(&event.id, token),
                    rendered.subject
                ),
                250,
            ),
            body_text: rendered.text,
            body_html: None,
            message_id: self.new_message_id(),
            in_reply_to: None,
            references: vec![],
            status: OutboxStatus::Pending,
            last_error: None,
        };
        let about = About::Review {
            item,
            reason: reason.to_string(),
            subject: u.subject.clone(),
        };
        self.forward_to_organisers(tx, mail, sender, &about).await?;
        store::attach_original(tx, &key).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::process::relay::{UNVERIFIED_NOT_ORGANISER, UNVERIFIED_UNKNOWN_TAG};
    use crate::templates::Templates;

    /// Every reason a review item can have is explained in every organiser language: none
    /// falls through to the template's last resort, which prints the bare reason word.
    #[test]
    fn every_review_reason_is_explained_in_every_language() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates");
        let templates = Templates::load(&dir).unwrap();
        let mut reasons: Vec<String> = [
            ReviewReason::NoIntent,
            ReviewReason::OnBehalfWithoutAddress,
            ReviewReason::UnparsedCorrection,
            ReviewReason::LowConfidence,
            ReviewReason::ProposedRegistration,
        ]
        .iter()
        .map(|r| {
            serde_json::to_value(r)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
        reasons.extend(
            [
                UPDATE_FROM_UNKNOWN_ADDRESS,
                CANCELLATION_FROM_UNKNOWN_ADDRESS,
                ON_BEHALF_OVER_CAP,
                UNVERIFIED_UNKNOWN_TAG,
                UNVERIFIED_NOT_ORGANISER,
            ]
            .map(str::to_string),
        );
        for lang in [
            "en", "lv", "lt", "et", "fi", "sv", "da", "nb", "de", "pl", "ru",
        ] {
            for reason in &reasons {
                let context = json!({
                    "event": {"name": "Ev", "organiser_name": "", "id": "ev"},
                    "item": {"id": 12, "reason": reason, "token": "t"},
                    "sender": {"email": "a@example.org", "name": null},
                    "original_subject": "Riga", "language": "de", "intents": [],
                    "participants": [], "note": null, "idea": null, "text": "Hallo",
                });
                let forward = templates
                    .render(REVIEW_FORWARD_TEMPLATE, Some(lang), "en", &context)
                    .unwrap();
                assert_eq!(forward.language, lang);
                assert!(
                    !forward.text.contains(&format!("\n  {reason}\n")),
                    "{lang} does not explain {reason}: {}",
                    forward.text
                );
                assert!(
                    forward.subject.ends_with("#12)"),
                    "{lang}: the item's number, for people: {}",
                    forward.subject
                );
            }
        }
    }
}
