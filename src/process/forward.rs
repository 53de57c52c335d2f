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
//! The digest's words (its introduction and each line) come from the `organiser_digest`
//! template, in the organisers' language.

use std::time::Duration;

use serde::Serialize;
use serde_json::json;

use super::{ProcessError, Processor, tag};
use crate::domain::{EmailAddress, header_safe};
use crate::status::OutboxStatus;
use crate::store::{self, COOLING_DOWN, NewOutbound, OVER_LIMIT, Tx};
use crate::templates::{Rendered, TemplateError, Templates};

/// The template of the organisers' digest: rendered with `entry` null it gives the subject and
/// introduction, with `entry` set one line about a held-back forward (its subject unused).
pub const DIGEST_WORDS_TEMPLATE: &str = "organiser_digest";

/// What a held-back forward was about, for its line in the digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(super) enum About {
    /// The question in message `message`.
    Question {
        message: i64,
        subject: Option<String>,
    },
    /// Review item `item`, opened for `reason` (the stored reason word).
    Review {
        item: i64,
        reason: String,
        subject: Option<String>,
    },
}

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
    /// digest.
    pub(super) async fn forward_to_organisers(
        &self,
        tx: &mut Tx<'_>,
        mut mail: NewOutbound,
        sender: &EmailAddress,
        about: &About,
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
            let entry = self.digest_entry(tag.as_deref(), sender, about)?;
            let opening = self.digest_opening(&mail)?;
            let after = Duration::from_secs(limits.forward_digest_minutes.saturating_mul(60));
            store::add_to_digest(tx, &opening, &entry, after).await?;
        }
        Ok(Forwarded::HeldBack)
    }

    /// What the digest's words are rendered with, besides the line's `entry`.
    fn digest_context(&self) -> serde_json::Value {
        json!({
            "event": self.config.event,
            "limit": self.config.replies.max_forwards_per_sender_per_hour,
            "address": self.config.smtp.from,
        })
    }

    /// A new digest to the recipient of `held`, with its introduction as the body.
    fn digest_opening(&self, held: &NewOutbound) -> Result<NewOutbound, ProcessError> {
        let event = &self.config.event;
        let words = digest_words(
            &self.templates,
            self.organiser_language(),
            &event.default_language,
            self.digest_context(),
            serde_json::Value::Null,
        )?;
        Ok(NewOutbound {
            idempotency_key: format!("digest:{}", uuid::Uuid::new_v4()),
            template: Some(store::DIGEST_TEMPLATE.to_string()),
            reply_to: None,
            inbound_id: None,
            subject: header_safe(&words.subject, 250),
            body_text: format!("{}\n\n", words.text.trim_end()),
            body_html: None,
            message_id: self.new_message_id(),
            in_reply_to: None,
            references: vec![],
            status: OutboxStatus::Pending,
            last_error: None,
            ..held.clone()
        })
    }

    fn digest_entry(
        &self,
        tag: Option<&str>,
        sender: &EmailAddress,
        about: &About,
    ) -> Result<String, ProcessError> {
        let event = &self.config.event;
        Ok(digest_line(
            &self.templates,
            self.organiser_language(),
            &event.default_language,
            self.digest_context(),
            tag,
            sender,
            about,
        )?)
    }
}

/// The digest's words in `language`: its subject and introduction (`entry` null) or one line.
fn digest_words(
    templates: &Templates,
    language: &str,
    default_language: &str,
    mut context: serde_json::Value,
    entry: serde_json::Value,
) -> Result<Rendered, TemplateError> {
    context["entry"] = entry;
    templates.render(
        DIGEST_WORDS_TEMPLATE,
        Some(language),
        default_language,
        &context,
    )
}

/// One digest line: the item's reply tag, what, and from whom. The subject is the sender's,
/// so the line is flattened: a line break in it must not start a line of its own.
fn digest_line(
    templates: &Templates,
    language: &str,
    default_language: &str,
    context: serde_json::Value,
    tag: Option<&str>,
    sender: &EmailAddress,
    about: &About,
) -> Result<String, TemplateError> {
    let entry = json!({"tag": tag, "sender": sender.as_str(), "about": about});
    let words = digest_words(templates, language, default_language, context, entry)?;
    Ok(format!("{}\n", header_safe(words.text.trim(), 400)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates() -> Templates {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates");
        Templates::load(&dir).unwrap()
    }

    fn context() -> serde_json::Value {
        json!({"event": {"id": "ev"}, "limit": 5, "address": "register@event.test"})
    }

    #[test]
    fn a_digest_entry_is_one_line_even_for_a_hostile_subject() {
        let sender = EmailAddress::parse("a@example.org").unwrap();
        let about = About::Question {
            message: 1,
            subject: Some("Hi\r\nBcc: x@example.org".into()),
        };
        let line = digest_line(
            &templates(),
            "en",
            "en",
            context(),
            Some("[ev #0123456789abcdef01234567]"),
            &sender,
            &about,
        )
        .unwrap();
        assert_eq!(line.matches('\n').count(), 1, "{line:?}");
        assert_eq!(
            line,
            "* [ev #0123456789abcdef01234567] question (message #1): Hi Bcc: x@example.org from a@example.org\n"
        );
    }

    /// The introduction and every kind of line are in the organisers' language, and a line
    /// keeps the tag an organiser writes back with.
    #[test]
    fn the_digest_is_worded_in_every_language() {
        let templates = templates();
        let sender = EmailAddress::parse("a@example.org").unwrap();
        let abouts = [
            About::Question {
                message: 7,
                subject: None,
            },
            About::Review {
                item: 8,
                reason: "no_intent".into(),
                subject: Some("Riga".into()),
            },
        ];
        let english =
            digest_words(&templates, "en", "en", context(), serde_json::Value::Null).unwrap();
        for lang in [
            "en", "lv", "lt", "et", "fi", "sv", "da", "nb", "de", "pl", "ru",
        ] {
            let opening =
                digest_words(&templates, lang, "en", context(), serde_json::Value::Null).unwrap();
            assert_eq!(opening.language, lang);
            assert!(
                opening.subject.starts_with("[ev] "),
                "{lang}: {}",
                opening.subject
            );
            assert!(
                opening.text.contains("regbot review list --open")
                    && opening.text.contains("register@event.test"),
                "{lang}: {}",
                opening.text
            );
            if lang != "en" {
                assert_ne!(opening.text, english.text, "{lang}");
                assert_ne!(opening.subject, english.subject, "{lang}");
            }
            for about in &abouts {
                let line = digest_line(
                    &templates,
                    lang,
                    "en",
                    context(),
                    Some("[ev #t]"),
                    &sender,
                    about,
                )
                .unwrap();
                assert!(line.starts_with("* [ev #t] "), "{lang}: {line}");
                assert!(line.contains("a@example.org"), "{lang}: {line}");
                assert!(line.contains('7') || line.contains('8'), "{lang}: {line}");
            }
        }
    }
}
