//! Review items: the messages regbot would not act on by itself (see `process::review`), and
//! what an organiser decides each one is.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgPool;

use super::{Actor, OrganiseError, audit, check_country, queue_to_participant};
use crate::domain::EmailAddress;
use crate::process::{Processor, Registrar};
use crate::status::{RegistrationStatus, ReplyTemplate};
use crate::store::{self, ManualFields, ReviewItemRow, StoredUnderstanding, Tx};
use crate::understand::Participant;

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
    /// The people the mail names with an address register (on the sender's behalf), the
    /// sender not.
    NamedPeople,
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
            Resolution::NamedPeople => "named_people",
            Resolution::Idea => "idea",
            Resolution::Question => "question",
            Resolution::Ignore => "ignore",
        }
    }

    /// The one-word answer an organiser may give (`register`, `named`, `idea`, `question`,
    /// `ignore`).
    pub fn from_word(word: &str) -> Option<Resolution> {
        match word.trim().to_lowercase().replace('-', "_").as_str() {
            "register" | "registration" => Some(Resolution::Registration),
            "named" | "named_people" | "others" => Some(Resolution::NamedPeople),
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
    // The desk's newest-first query, every row, turned to the CLI's oldest-first order.
    let status = if open_only { "open" } else { "" };
    let rows = store::review_items_before(pool, event_id, status, i64::MAX, i64::MAX).await?;
    Ok(rows.into_iter().rev().map(ReviewItem::from).collect())
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
    /// The people the mail names with an address, besides the sender.
    pub named: Vec<Named>,
}

/// A person a reviewed mail names, as regbot read them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub email: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
}

/// The people in the stored understanding's `participants` with a valid address other than
/// the sender's, each once.
fn named_people(u: &serde_json::Value, sender: &str) -> Vec<Named> {
    let sender = EmailAddress::parse(sender).map(|s| s.key());
    let text = |p: &serde_json::Value, key: &str| {
        p.get(key)
            .and_then(|v| v.as_str())
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let mut named: Vec<Named> = Vec::new();
    for p in u
        .get("participants")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        let Some(email) = text(p, "email").as_deref().and_then(EmailAddress::parse) else {
            continue;
        };
        let key = email.key();
        if Some(&key) == sender.as_ref() || named.iter().any(|n| n.email.to_lowercase() == key) {
            continue;
        }
        named.push(Named {
            email: email.as_str().to_string(),
            name: text(p, "name"),
            organisation: text(p, "organisation"),
            country: text(p, "country").filter(|c| check_country(Some(c)).is_ok()),
        });
    }
    named
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
    let named = named_people(&u, item.from_email.as_deref().unwrap_or_default());
    Ok(Some(ReviewDetail {
        item: ReviewItem::from(item),
        language,
        text,
        intents,
        fields,
        named,
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
        Resolution::NamedPeople => {
            let named = named_people(&u, &sender);
            if named.is_empty() {
                return Err(OrganiseError::NobodyNamed(id));
            }
            let Some(by) = EmailAddress::parse(&sender) else {
                return Err(OrganiseError::NobodyNamed(id));
            };
            let language = stored.as_ref().and_then(|s| s.language.clone());
            let by = Registrar {
                email: &by,
                name: u
                    .get("from")
                    .and_then(|f| f.get("name"))
                    .and_then(|v| v.as_str()),
                language: language.as_deref(),
            };
            hold_named(
                tx,
                processor,
                item.inbound_id,
                id,
                &by,
                &named,
                stored.as_ref(),
            )
            .await?;
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

/// Registers the people a reviewed mail names exactly as regbot registers people named in a
/// mail it understood at once: each holds a place until they confirm (source `on_behalf`,
/// `registered_by` the sender) and is asked to in the sender's language; the sender gets one
/// summary, in the thread of the mail that was reviewed. Catch-up updates follow when a person
/// confirms, as for everyone.
async fn hold_named(
    tx: &mut Tx<'_>,
    processor: &Processor,
    inbound_id: i64,
    item: i64,
    by: &Registrar<'_>,
    named: &[Named],
    stored: Option<&StoredUnderstanding>,
) -> Result<(), OrganiseError> {
    let event = &processor.config.event;
    let people: Vec<Participant> = named
        .iter()
        .map(|n| Participant {
            email: Some(n.email.clone()),
            name: n.name.clone(),
            organisation: n.organisation.clone(),
            country: n.country.clone(),
            ..Participant::default()
        })
        .collect();
    let people: Vec<&Participant> = people.iter().collect();
    if event.capacity > 0 {
        store::lock_event(tx, &event.id).await?;
    }
    let held = processor.hold_people(tx, inbound_id, by, &people).await?;
    if !processor.notify {
        return Ok(());
    }
    let own = store::find_registration(tx, &event.id, by.email.as_str()).await?;
    let summary = processor.render_summary(by, own.as_ref(), &held)?;
    queue_to_participant(
        tx,
        processor,
        format!("review-summary:{item}"),
        by.email.as_str(),
        by.name,
        summary,
        stored.and_then(|s| s.message_id.as_deref()),
    )
    .await
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
    let mail = processor
        .render_for_registration(tx, template, &reg, subject)
        .await?;
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
    fn the_named_people_are_the_others_with_an_address_each_once() {
        let u = serde_json::json!({"participants": [
            {"email": "Sender@Example.org", "name": "Me"},
            {"email": "anna@example.lv", "name": "Anna Ozola", "country": "LV"},
            {"email": "ANNA@example.lv", "name": "Anna again"},
            {"email": null, "name": "No Address"},
            {"email": "not an address", "name": "Broken"},
            {"email": "jonas@example.lt", "organisation": "Klasteris", "country": "Lithuania"}
        ]});
        let named = named_people(&u, "sender@example.org");
        let emails: Vec<&str> = named.iter().map(|n| n.email.as_str()).collect();
        assert_eq!(emails, ["anna@example.lv", "jonas@example.lt"]);
        assert_eq!(named[0].name.as_deref(), Some("Anna Ozola"));
        assert_eq!(
            named[1].country, None,
            "a country that is not a code is left out"
        );
        assert!(named_people(&serde_json::json!({}), "a@b.org").is_empty());
    }

    #[test]
    fn named_people_is_a_word_the_organiser_may_give() {
        assert_eq!(
            Resolution::from_word("named-people"),
            Some(Resolution::NamedPeople)
        );
        assert_eq!(
            Resolution::from_word("named"),
            Some(Resolution::NamedPeople)
        );
    }

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
