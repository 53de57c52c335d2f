//! Queueing what a processed message sends: the reply to the sender (rate-limited, threaded),
//! the question forwarded to the organisers, and the mail telling a waitlisted person they
//! moved up. Each is an outbox row with an idempotency key, in the processing transaction.

use serde::Serialize;
use serde_json::json;

use super::deferred::Deferred;
use super::record::Effect;
use super::{ProcessError, Processor, tag};
use crate::domain::{EmailAddress, header_safe};
use crate::status::{OutboxKind, OutboxStatus, ReplyTemplate};
use crate::store::{self, COOLING_DOWN, NewOutbound, OVER_LIMIT, Registration, Tx};
use crate::templates::Rendered;
use crate::understand::{Understanding, language};

/// The template organisers get for a participant's question (like `review_forward`, it need
/// not exist in every language: it falls back to the default language, then English).
pub const QUESTION_FORWARD_TEMPLATE: &str = "question_forward";

impl Processor {
    /// Queues the reply to a processed message; in a batch (`deferred`) it is held back to the
    /// batch's end, and `None` writes it at once.
    pub(super) async fn queue_reply_in(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        sender: &EmailAddress,
        effect: &Effect,
        deferred: Option<&mut Deferred>,
    ) -> Result<ReplyTemplate, ProcessError> {
        if !self.notify {
            return Ok(effect.template);
        }
        let mut context = self.context(
            effect.participant_email.as_str(),
            effect.participant_name.as_deref(),
            effect.registration.as_ref(),
            effect.idea.as_deref(),
            effect.question.as_deref(),
            u.subject.as_deref(),
        );
        context["updates_sent"] = json!(effect.updates_sent);
        if !effect.held.is_empty() {
            context["registered_others"] = json!(effect.held);
            context["confirm_days"] = json!(self.config.event.confirm_days);
        }
        let language = language::keep_language(
            u.language.as_deref(),
            effect
                .registration
                .as_ref()
                .and_then(|r| r.language.as_deref()),
            &u.text,
        );
        let rendered = self.templates.render(
            effect.template.as_str(),
            language,
            &self.config.event.default_language,
            &context,
        )?;

        // Replies go to the sender only: never to an address found in the body.
        let mut status = OutboxStatus::Pending;
        let mut note = None;
        // Two messages from one address processed at once (two workers, two daemons) must not
        // both count "under the limit": the count and the insert happen under its lock.
        // A batch took the lock and read the standing at its start (`prefetch`).
        let limits = &self.config.replies;
        let prefetched = super::deferred::reads(deferred.as_deref())
            .filter(|r| r.holds_locks(sender))
            .and_then(|r| r.standing(sender));
        let standing = match prefetched {
            Some(standing) => standing,
            None => {
                store::lock_address(tx, sender.as_str()).await?;
                store::reply_standing(tx, sender.as_str(), limits.cool_down_hours).await?
            }
        };
        if standing.suppressed {
            status = OutboxStatus::Suppressed;
            note = Some("address is suppressed (bounced)".to_string());
        } else if standing.cooling_down {
            status = OutboxStatus::Suppressed;
            note = Some(format!(
                "{COOLING_DOWN}: this address went over {} replies an hour",
                limits.max_per_address_per_hour
            ));
        } else if standing.recent >= limits.max_per_address_per_hour {
            status = OutboxStatus::Suppressed;
            note = Some(format!(
                "{OVER_LIMIT} {} replies to this address in an hour",
                limits.max_per_address_per_hour
            ));
        }
        let (in_reply_to, references) = thread_headers(u);
        let mail = NewOutbound {
            idempotency_key: format!("reply:{id}"),
            kind: OutboxKind::Reply,
            inbound_id: Some(id),
            broadcast_id: None,
            template: Some(effect.template.to_string()),
            recipient: sender.as_str().to_string(),
            recipient_name: u
                .from
                .as_ref()
                .and_then(|f| f.name.as_deref())
                .map(|n| header_safe(n, 100)),
            reply_to: None,
            subject: rendered.subject,
            body_text: rendered.text,
            body_html: rendered.html,
            message_id: self.new_message_id(),
            in_reply_to,
            references,
            status,
            last_error: note,
        };
        // In a batch the reply is written with the batch's others, at its end.
        match deferred {
            Some(d) => d.hold_reply(mail),
            None => {
                store::enqueue(tx, &mail).await?;
            }
        }
        Ok(effect.template)
    }

    /// The organiser gets the question with its reply tag (`token`), so answering it is one
    /// click: the reply comes back to regbot, which relays it to the participant in their own
    /// thread (`relay`). Written in the organisers' language (`event.organiser_language`),
    /// within the per-sender limit of `forward`.
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn queue_forward(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        sender: &EmailAddress,
        question: &str,
        question_id: i64,
        token: &str,
    ) -> Result<(), ProcessError> {
        if !self.notify {
            return Ok(());
        }
        let event = &self.config.event;
        let from_name = u
            .from
            .as_ref()
            .and_then(|f| f.name.as_deref())
            .map(|n| header_safe(n, 100));
        let original = u
            .subject
            .as_deref()
            .map(|s| header_safe(&tag::without_tags(s), 200));
        let context = json!({
            "event": event,
            "sender": {"email": sender.as_str(), "name": from_name},
            "original_subject": original,
            "question": question,
            "question_id": question_id,
        });
        let rendered = self.templates.render(
            QUESTION_FORWARD_TEMPLATE,
            Some(self.organiser_language()),
            &event.default_language,
            &context,
        )?;
        let mail = NewOutbound {
            idempotency_key: format!("forward:{id}"),
            kind: OutboxKind::Forward,
            inbound_id: Some(id),
            broadcast_id: None,
            template: Some(QUESTION_FORWARD_TEMPLATE.to_string()),
            recipient: event.organiser_email.clone(),
            recipient_name: (!event.organiser_name.is_empty())
                .then(|| event.organiser_name.clone()),
            // A reply comes back to regbot, whose tag check makes it an organiser's answer.
            reply_to: Some(self.config.smtp.from.clone()),
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
        let about = super::forward::About::Question {
            message: id,
            subject: u.subject.clone(),
        };
        self.forward_to_organisers(tx, mail, sender, &about).await?;
        Ok(())
    }

    /// The language of what regbot writes to the organisers.
    pub(super) fn organiser_language(&self) -> &str {
        self.config.event.organiser_language()
    }

    pub fn new_message_id(&self) -> String {
        format!(
            "<{}@{}>",
            uuid::Uuid::new_v4(),
            self.config.message_id_domain()
        )
    }

    /// The variables every reply template sees.
    pub fn context(
        &self,
        email: &str,
        name: Option<&str>,
        registration: Option<&Registration>,
        idea: Option<&str>,
        question: Option<&str>,
        original_subject: Option<&str>,
    ) -> serde_json::Value {
        let participant = match registration {
            Some(r) => ParticipantContext {
                email: r.email.clone(),
                name: r.name.clone().or_else(|| name.map(str::to_string)),
                organisation: r.organisation.clone(),
                country: r.country.clone(),
                experience: r.experience.clone(),
            },
            None => ParticipantContext {
                email: email.to_string(),
                name: name.map(str::to_string),
                organisation: None,
                country: None,
                experience: None,
            },
        };
        json!({
            "event": &self.config.event,
            "participant": participant,
            "status": registration.map(|r| r.status),
            "idea": idea,
            "question": question,
            "has_question": question.is_some(),
            "original_subject": original_subject.map(|s| header_safe(s, 200)),
            // Catch-up broadcasts sent along with this mail (`catch_up`): the acknowledgement
            // then says they follow instead of promising information.
            "updates_sent": 0,
        })
    }

    /// Tells a waitlisted person that they moved up; `cause` as in `promote_waitlisted`.
    pub(super) async fn queue_promotion(
        &self,
        tx: &mut Tx<'_>,
        cause: &str,
        reg: &Registration,
    ) -> Result<(), ProcessError> {
        if !self.notify {
            return Ok(());
        }
        let rendered = self
            .render_for_registration(tx, ReplyTemplate::Promoted, reg, None)
            .await?;
        let key = format!("promotion:{}:{cause}", reg.id);
        self.queue_notice(
            tx,
            key,
            cause.parse().ok(),
            reg,
            ReplyTemplate::Promoted,
            rendered,
        )
        .await
    }

    /// Queues a mail about their place that a participant did not ask for (kind `promotion`):
    /// they moved up, or someone else registered them. Not sent to a bounced address.
    pub(super) async fn queue_notice(
        &self,
        tx: &mut Tx<'_>,
        idempotency_key: String,
        inbound_id: Option<i64>,
        reg: &Registration,
        template: ReplyTemplate,
        rendered: Rendered,
    ) -> Result<(), ProcessError> {
        let suppressed = store::is_suppressed(tx, &reg.email).await?;
        let mail = NewOutbound {
            idempotency_key,
            kind: OutboxKind::Promotion,
            inbound_id,
            broadcast_id: None,
            template: Some(template.to_string()),
            recipient: reg.email.clone(),
            recipient_name: reg.name.as_deref().map(|n| header_safe(n, 100)),
            reply_to: None,
            subject: rendered.subject,
            body_text: rendered.text,
            body_html: rendered.html,
            message_id: self.new_message_id(),
            in_reply_to: None,
            references: vec![],
            status: if suppressed {
                OutboxStatus::Suppressed
            } else {
                OutboxStatus::Pending
            },
            last_error: suppressed.then(|| "address is suppressed (bounced)".to_string()),
        };
        store::enqueue(tx, &mail).await?;
        Ok(())
    }
}

#[derive(Debug, Serialize)]
struct ParticipantContext {
    email: String,
    name: Option<String>,
    organisation: Option<String>,
    country: Option<String>,
    experience: Option<String>,
}

/// In-Reply-To is the original's Message-ID; References is its References plus that id.
pub(super) fn thread_headers(u: &Understanding) -> (Option<String>, Vec<String>) {
    let Some(id) = u
        .message_id
        .as_deref()
        .map(|m| header_safe(m, 400))
        .filter(|m| !m.is_empty() && !m.contains(' '))
    else {
        return (None, vec![]);
    };
    let bracket = |m: &str| format!("<{}>", m.trim_start_matches('<').trim_end_matches('>'));
    let mut references: Vec<String> = u
        .references
        .iter()
        .map(|r| header_safe(r, 400))
        .filter(|r| !r.is_empty() && !r.contains(' '))
        .map(|r| bracket(&r))
        .collect();
    // Long threads: keep the first and the last few, as RFC 5322 suggests.
    if references.len() > 10 {
        let tail = references.split_off(references.len() - 9);
        references.truncate(1);
        references.extend(tail);
    }
    let id = bracket(&id);
    // A client may list an id twice, or the message's own id already (defect 11): each once.
    let mut seen = std::collections::HashSet::new();
    references.retain(|r| *r != id && seen.insert(r.clone()));
    references.push(id.clone());
    (Some(id), references)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_thread_to_the_original_and_keep_references_bounded() {
        let u = Understanding {
            message_id: Some("abc@example.org".into()),
            references: (0..20).map(|i| format!("<r{i}@x>")).collect(),
            ..Default::default()
        };
        let (irt, refs) = thread_headers(&u);
        assert_eq!(irt.as_deref(), Some("<abc@example.org>"));
        assert_eq!(refs.len(), 11);
        assert_eq!(refs[0], "<r0@x>");
        assert_eq!(refs.last().map(String::as_str), Some("<abc@example.org>"));
    }

    #[test]
    fn defect_11_references_name_each_message_once() {
        let u = Understanding {
            message_id: Some("<abc@example.org>".into()),
            references: vec![
                "<r1@x>".into(),
                "<abc@example.org>".into(),
                "r1@x".into(),
                "<r2@x>".into(),
            ],
            ..Default::default()
        };
        let (_, refs) = thread_headers(&u);
        assert_eq!(refs, ["<r1@x>", "<r2@x>", "<abc@example.org>"]);
    }

    #[test]
    fn a_message_id_with_line_breaks_cannot_inject_headers() {
        let u = Understanding {
            message_id: Some("a@b\r\nBcc: victim@example.org".into()),
            ..Default::default()
        };
        let (irt, refs) = thread_headers(&u);
        assert_eq!(irt, None, "a broken Message-ID is not threaded");
        assert!(refs.is_empty());
    }
}

#[cfg(test)]
mod forward_language_tests {
    use super::*;
    use crate::process::REVIEW_FORWARD_TEMPLATE;
    use crate::templates::Templates;

    const LANGUAGES: [&str; 11] = [
        "en", "lv", "lt", "et", "fi", "sv", "da", "nb", "de", "pl", "ru",
    ];

    #[test]
    fn the_organisers_forwards_exist_and_render_in_all_eleven_languages() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates");
        let t = Templates::load(&dir).expect("the shipped templates load");
        let event = json!({"name": "Ev", "organiser_name": "", "id": "ev"});
        let review = json!({
            "event": event, "item": {"id": 3, "reason": "unverified_reply_not_organiser", "token": "t"},
            "sender": {"email": "a@example.org", "name": null}, "original_subject": null,
            "language": "lv", "intents": [], "participants": [], "note": null, "idea": null,
            "text": "Sveiki",
        });
        let question = json!({
            "event": event, "sender": {"email": "a@example.org", "name": "Anna"},
            "original_subject": "Parking", "question": "Is there parking?", "question_id": 7,
        });
        for lang in LANGUAGES {
            let r = t
                .render(REVIEW_FORWARD_TEMPLATE, Some(lang), "en", &review)
                .unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert_eq!(r.language, lang, "review_forward exists in {lang}");
            assert!(
                r.text.contains("regbot review resolve 3"),
                "{lang}: {}",
                r.text
            );
            let q = t
                .render(QUESTION_FORWARD_TEMPLATE, Some(lang), "en", &question)
                .unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert_eq!(q.language, lang, "question_forward exists in {lang}");
            assert!(q.text.contains("Is there parking?"), "{lang}: {}", q.text);
            assert!(q.text.contains("regbot questions answer 7"), "{lang}");
        }
    }
}
