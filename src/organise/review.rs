//! Review items: the messages regbot would not act on by itself (see `process::review`), and
//! what an organiser decides each one is.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgPool;

use super::{Actor, OrganiseError, audit, queue_to_participant};
use crate::process::Processor;
use crate::status::{RegistrationStatus, ReplyTemplate};
use crate::store::{self, ManualFields, ReviewItemRow, StoredUnderstanding, Tx};

/// One review item, with the fields of DESIGN.md's `review list` contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewItem {
    pub id: i64,
    pub inbound_id: i64,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub reason: String,
    /// `open` or `resolved`.
    pub status: String,
    pub created_at: DateTime<Utc>,
}

impl From<ReviewItemRow> for ReviewItem {
    fn from(r: ReviewItemRow) -> ReviewItem {
        ReviewItem {
            id: r.id,
            inbound_id: r.inbound_id,
            from: r.from_email,
            subject: r.subject,
            reason: r.reason,
            status: r.status,
            created_at: r.created_at,
        }
    }
}

/// What an organiser decides a reviewed message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// The sender registers (with what regbot read from the message).
    Registration,
    /// An idea for the sessions (the sender's words).
    Idea,
    /// A question, listed with the others until answered.
    Question,
    /// Nothing to record.
    Ignore,
}

impl Resolution {
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Registration => "registration",
            Resolution::Idea => "idea",
            Resolution::Question => "question",
            Resolution::Ignore => "ignore",
        }
    }

    /// The one-word answer an organiser may give (`register`, `idea`, `question`, `ignore`).
    pub fn from_word(word: &str) -> Option<Resolution> {
        match word.trim().to_lowercase().as_str() {
            "register" | "registration" => Some(Resolution::Registration),
            "idea" => Some(Resolution::Idea),
            "question" => Some(Resolution::Question),
            "ignore" => Some(Resolution::Ignore),
            _ => None,
        }
    }
}

pub async fn list(
    pool: &PgPool,
    event_id: &str,
    open_only: bool,
) -> Result<Vec<ReviewItem>, OrganiseError> {
    let rows = store::list_review_items(pool, event_id, open_only).await?;
    Ok(rows.into_iter().map(ReviewItem::from).collect())
}

/// A review item with what an organiser needs to decide it: the sender's words and what
/// regbot understood of them.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewDetail {
    pub item: ReviewItem,
    pub language: Option<String>,
    /// The sender's own words, quoted reply and signature removed.
    pub text: Option<String>,
    pub intents: Vec<String>,
    /// The participant fields regbot read (name, organisation, …), those it found only.
    pub fields: Vec<(String, String)>,
}

pub async fn detail(
    pool: &PgPool,
    event_id: &str,
    id: i64,
) -> Result<Option<ReviewDetail>, OrganiseError> {
    // The store reads these for `resolve`, under its lock; here the transaction ends at once,
    // so the lock lasts for the read only.
    let mut tx = pool.begin().await?;
    let Some(item) = store::lock_review_item(&mut tx, event_id, id).await? else {
        return Ok(None);
    };
    let stored = store::inbound_understanding(&mut tx, item.inbound_id).await?;
    tx.rollback().await?;
    let language = stored.as_ref().and_then(|s| s.language.clone());
    let u = stored.and_then(|s| s.understanding).unwrap_or_default();
    let text = u.get("text").and_then(|v| v.as_str()).map(str::to_string);
    let intents = u
        .get("intents")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let fields = ["name", "organisation", "country", "experience"]
        .into_iter()
        .filter_map(|key| {
            let value = u.get("participant")?.get(key)?.as_str()?;
            Some((key.to_string(), value.to_string()))
        })
        .chain(
            ["note", "idea"]
                .into_iter()
                .filter_map(|key| Some((key.to_string(), u.get(key)?.as_str()?.to_string()))),
        )
        .collect();
    Ok(Some(ReviewDetail {
        item: ReviewItem::from(item),
        language,
        text,
        intents,
        fields,
    }))
}

/// Records what the message is and closes the item. A new registration is acknowledged to the
/// sender, in their language and their own thread, as if regbot had understood it at once.
pub async fn resolve(
    pool: &PgPool,
    processor: &Processor,
    actor: &Actor,
    id: i64,
    resolution: Resolution,
) -> Result<ReviewItem, OrganiseError> {
    let mut tx = pool.begin().await?;
    let resolved = resolve_in(&mut tx, processor, actor, id, resolution).await?;
    tx.commit().await?;
    Ok(resolved)
}

/// `resolve` within `tx` (an organiser's one-word reply by mail resolves in the transaction
/// that processes it).
pub async fn resolve_in(
    tx: &mut Tx<'_>,
    processor: &Processor,
    actor: &Actor,
    id: i64,
    resolution: Resolution,
) -> Result<ReviewItem, OrganiseError> {
    let event = &processor.config.event;
    let item = store::lock_review_item(tx, &event.id, id)
        .await?
        .ok_or(OrganiseError::NotFound { what: "review", id })?;
    if item.status != "open" {
        return Err(OrganiseError::AlreadyResolved(id));
    }
    let stored = store::inbound_understanding(tx, item.inbound_id).await?;
    let u = stored
        .as_ref()
        .and_then(|s| s.understanding.clone())
        .unwrap_or_default();
    let text_of = |key: &str| u.get(key).and_then(|v| v.as_str()).map(str::to_string);
    let field = |key: &str| {
        u.get("participant")
            .and_then(|p| p.get(key))
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    let sender = item.from_email.clone().unwrap_or_default();
    let name = field("name").or_else(|| {
        u.get("from")
            .and_then(|f| f.get("name"))
            .and_then(|v| v.as_str())
            .map(str::to_string)
    });
    let words = text_of("text").unwrap_or_default();
    match resolution {
        Resolution::Registration if !sender.is_empty() => {
            store::lock_event(tx, &event.id).await?;
            if store::lock_participant_record(tx, &event.id, &sender)
                .await?
                .is_none()
            {
                let confirmed = store::count_confirmed(tx, &event.id).await?;
                let status = if event.capacity > 0 && confirmed >= event.capacity {
                    RegistrationStatus::Waitlisted
                } else {
                    RegistrationStatus::Confirmed
                };
                let organisation = field("organisation");
                let country = field("country");
                let language = stored.as_ref().and_then(|s| s.language.clone());
                let fields = ManualFields {
                    name: name.as_deref(),
                    organisation: organisation.as_deref(),
                    country: country.as_deref(),
                    language: language.as_deref(),
                    note: None,
                };
                store::insert_manual_registration(tx, &event.id, &sender, &fields, status).await?;
                acknowledge(tx, processor, id, &sender, status, stored.as_ref()).await?;
            }
        }
        Resolution::Idea if !sender.is_empty() => {
            let text = text_of("idea").unwrap_or(words);
            store::insert_idea(
                tx,
                &event.id,
                &sender,
                name.as_deref(),
                &text,
                item.inbound_id,
            )
            .await?;
        }
        Resolution::Question if !sender.is_empty() => {
            store::insert_question(
                tx,
                &event.id,
                &sender,
                name.as_deref(),
                &words,
                item.inbound_id,
                &crate::process::new_token(),
            )
            .await?;
        }
        _ => {}
    }
    store::resolve_review_item(tx, id, resolution.as_str(), actor.as_str()).await?;
    let before = ReviewItem::from(item);
    let after = ReviewItem {
        status: "resolved".into(),
        ..before.clone()
    };
    audit(
        tx,
        &event.id,
        actor,
        "review.resolve",
        &format!("review:{id}"),
        Some(serde_json::to_value(&before).unwrap_or_default()),
        Some(serde_json::json!({"status": "resolved", "as": resolution.as_str()})),
    )
    .await?;
    Ok(after)
}

/// The acknowledgement of a registration an organiser made from a review item: the reply the
/// sender would have had, in their language, in the thread of the mail that was reviewed.
async fn acknowledge(
    tx: &mut Tx<'_>,
    processor: &Processor,
    item: i64,
    sender: &str,
    status: RegistrationStatus,
    stored: Option<&StoredUnderstanding>,
) -> Result<(), OrganiseError> {
    let event = &processor.config.event;
    let Some(reg) = store::find_registration(tx, &event.id, sender).await? else {
        return Ok(());
    };
    let template = if status == RegistrationStatus::Waitlisted {
        ReplyTemplate::Waitlisted
    } else {
        ReplyTemplate::Registered
    };
    let subject = stored.and_then(|s| s.subject.as_deref());
    let mut context = processor.context(
        &reg.email,
        reg.name.as_deref(),
        Some(&reg),
        None,
        None,
        subject,
    );
    context["updates_sent"] = serde_json::json!(processor.catch_up(tx, &reg).await?);
    let mail = processor.templates.render(
        template.as_str(),
        reg.language.as_deref(),
        &event.default_language,
        &context,
    )?;
    queue_to_participant(
        tx,
        processor,
        format!("review-ack:{item}"),
        &reg.email,
        reg.name.as_deref(),
        mail,
        stored.and_then(|s| s.message_id.as_deref()),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_answers_name_a_resolution() {
        assert_eq!(
            Resolution::from_word(" Register\n"),
            Some(Resolution::Registration)
        );
        assert_eq!(Resolution::from_word("IGNORE"), Some(Resolution::Ignore));
        assert_eq!(Resolution::from_word("maybe"), None);
    }
}
