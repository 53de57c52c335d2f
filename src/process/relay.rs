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
//! organiser with what went wrong: a typed `Refusal`, worded by the `organiser_notice` template
//! in the organisers' language. Every change lands in the audit table with actor
//! `mail:<organiser address>`.

use serde::Serialize;
use serde_json::json;

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

/// The template of the notice to an organiser whose reply could not be acted on (to the
/// organisers, so it falls back to the default language, then English, like the forwards).
pub const ORGANISER_NOTICE_TEMPLATE: &str = "organiser_notice";

/// Why an organiser's reply to a forward was not acted on. The notice template words each
/// kind in the organisers' language, so no English sentence is built here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Refusal {
    /// A reply to a question's forward with nothing but the quoted forward.
    QuestionWithoutText {
        question: i64,
    },
    /// A reply to a review item's forward that is not one of the resolving words.
    UnknownWord {
        item: i64,
    },
    NoSuchQuestion {
        question: i64,
    },
    NoSuchReviewItem {
        item: i64,
    },
    /// Another organiser (or the desk) resolved it first.
    AlreadyResolved {
        item: i64,
    },
    /// `named` on an item that names nobody with an address.
    NobodyNamed {
        item: i64,
    },
    /// A refusal the mail path never causes today (a bad address or country, …): the notice
    /// points to the terminal and the desk rather than guessing.
    Unexpected {
        item: i64,
    },
}

impl Refusal {
    /// The refusal for `error`, from acting on question or review item `id`; `Err` when the
    /// database or a template failed (the message is then retried, not answered).
    fn from_error(error: OrganiseError, id: i64) -> Result<Refusal, ProcessError> {
        Ok(match error {
            OrganiseError::Store(e) => return Err(e.into()),
            OrganiseError::Template(e) => return Err(e.into()),
            OrganiseError::NotFound {
                what: "questions", ..
            } => Refusal::NoSuchQuestion { question: id },
            OrganiseError::NotFound { .. } => Refusal::NoSuchReviewItem { item: id },
            OrganiseError::AlreadyResolved(item) => Refusal::AlreadyResolved { item },
            OrganiseError::NobodyNamed(item) => Refusal::NobodyNamed { item },
            OrganiseError::BadAddress(_)
            | OrganiseError::NotRegistered(_)
            | OrganiseError::AlreadyRegistered(_)
            | OrganiseError::BadCountry(_)
            | OrganiseError::NotSuppressed(_) => {
                tracing::warn!(id, error = %error, "an organiser's reply was refused");
                Refusal::Unexpected { item: id }
            }
        })
    }
}

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
        let done: Result<(), Refusal> = match tagged {
            Tagged::Question(question) if words.is_empty() => {
                Err(Refusal::QuestionWithoutText { question })
            }
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
                acted(relayed.map(drop), question)?
            }
            Tagged::Review(item) => match one_word(words).and_then(Resolution::from_word) {
                Some(resolution) => {
                    let resolved =
                        organise::review::resolve_in(tx, self, &actor, item, resolution).await;
                    acted(resolved.map(drop), item)?
                }
                None => Err(Refusal::UnknownWord { item }),
            },
        };
        if let Err(refusal) = done {
            self.tell_organiser(tx, id, u, sender, &refusal).await?;
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
        refusal: &Refusal,
    ) -> Result<(), ProcessError> {
        let event = &self.config.event;
        let subject = u.subject.as_deref().map(str::trim).unwrap_or_default();
        let subject = if subject.to_lowercase().starts_with("re:") {
            subject.to_string()
        } else {
            format!("Re: {subject}")
        };
        let context = json!({
            "event": event,
            "reply_subject": subject,
            "refusal": refusal,
        });
        let rendered = self.templates.render(
            ORGANISER_NOTICE_TEMPLATE,
            Some(self.organiser_language()),
            &event.default_language,
            &context,
        )?;
        let (in_reply_to, references) = super::queue::thread_headers(u);
        let mail = NewOutbound {
            idempotency_key: format!("organiser-notice:{id}"),
            kind: OutboxKind::Forward,
            inbound_id: Some(id),
            broadcast_id: None,
            template: Some(ORGANISER_NOTICE_TEMPLATE.to_string()),
            recipient: organiser.as_str().to_string(),
            recipient_name: None,
            reply_to: None,
            subject: header_safe(&rendered.subject, 250),
            body_text: rendered.text,
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

/// `Ok(Ok)` when the organiser's action on question or review item `id` was taken,
/// `Ok(Err(why))` when it was refused for a reason the organiser can fix, `Err` when the
/// database or a template failed.
fn acted(result: Result<(), OrganiseError>, id: i64) -> Result<Result<(), Refusal>, ProcessError> {
    match result {
        Ok(()) => Ok(Ok(())),
        Err(error) => Refusal::from_error(error, id).map(Err),
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

    /// Every refusal renders in every organiser language, in that language's own words
    /// (not the English text, not an empty branch), naming the item it is about.
    #[test]
    fn every_refusal_is_worded_in_every_language() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates");
        let templates = crate::templates::Templates::load(&dir).unwrap();
        let refusals = [
            Refusal::QuestionWithoutText { question: 41 },
            Refusal::UnknownWord { item: 42 },
            Refusal::NoSuchQuestion { question: 43 },
            Refusal::NoSuchReviewItem { item: 44 },
            Refusal::AlreadyResolved { item: 45 },
            Refusal::NobodyNamed { item: 46 },
            Refusal::Unexpected { item: 47 },
        ];
        let languages = [
            "en", "lv", "lt", "et", "fi", "sv", "da", "nb", "de", "pl", "ru",
        ];
        for refusal in &refusals {
            let context = json!({
                "event": {"organiser_name": "Ilze"},
                "reply_subject": "Re: [ev #abc] Riga",
                "refusal": refusal,
            });
            let render = |lang: &str| {
                templates
                    .render(ORGANISER_NOTICE_TEMPLATE, Some(lang), "en", &context)
                    .unwrap_or_else(|e| panic!("{lang} {refusal:?}: {e}"))
            };
            let english = render("en");
            let id = serde_json::to_value(refusal).unwrap();
            let id = id.get("item").or(id.get("question")).unwrap().to_string();
            for lang in languages {
                let notice = render(lang);
                assert_eq!(notice.language, lang);
                assert_eq!(notice.subject, "Re: [ev #abc] Riga");
                assert!(
                    notice.text.contains(&id),
                    "{lang} {refusal:?}: {}",
                    notice.text
                );
                if lang != "en" {
                    assert_ne!(notice.text, english.text, "{lang} {refusal:?}");
                }
            }
        }
    }

    #[test]
    fn a_database_failure_is_no_refusal_and_not_found_names_the_right_thing() {
        let missing = OrganiseError::NotFound {
            what: "questions",
            id: 3,
        };
        assert_eq!(
            Refusal::from_error(missing, 3).unwrap(),
            Refusal::NoSuchQuestion { question: 3 }
        );
        let missing = OrganiseError::NotFound {
            what: "review",
            id: 4,
        };
        assert_eq!(
            Refusal::from_error(missing, 4).unwrap(),
            Refusal::NoSuchReviewItem { item: 4 }
        );
        let down = OrganiseError::Store(crate::store::StoreError::Sql(sqlx::Error::PoolTimedOut));
        assert!(Refusal::from_error(down, 5).is_err());
    }
}
