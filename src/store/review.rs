//! Review items (messages a person must look at), what became of each message, the original
//! attached to a forward, and the audit trail of organisers' changes.

use chrono::{DateTime, Utc};
use sqlx::PgPool;

use super::{StoreError, Tx};
use crate::domain::{json_without_nul, without_nul};

/// What became of a message from a person (`inbound_messages.disposition`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    Action,
    Review,
    Thanks,
}

impl Disposition {
    pub fn as_str(self) -> &'static str {
        match self {
            Disposition::Action => "action",
            Disposition::Review => "review",
            Disposition::Thanks => "thanks",
        }
    }
}

pub async fn set_disposition(
    tx: &mut Tx<'_>,
    inbound_id: i64,
    disposition: Disposition,
) -> Result<(), StoreError> {
    sqlx::query!(
        "update inbound_messages set disposition = $2 where id = $1",
        inbound_id,
        disposition.as_str()
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Opens the review item of a message. `None` when the message already has one (processing
/// again after a crash or `reprocess`): one message, one item, one forward.
pub async fn insert_review_item(
    tx: &mut Tx<'_>,
    event_id: &str,
    inbound_id: i64,
    reason: &str,
    token: &str,
) -> Result<Option<i64>, StoreError> {
    let id = sqlx::query_scalar!(
        r#"insert into review_items (event_id, inbound_id, reason, token)
           values ($1, $2, $3, $4)
           on conflict (inbound_id) do nothing
           returning id"#,
        event_id,
        inbound_id,
        reason,
        token
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(id)
}

/// Marks a queued mail to carry the original inbound message as a message/rfc822 attachment.
pub async fn attach_original(tx: &mut Tx<'_>, idempotency_key: &str) -> Result<(), StoreError> {
    sqlx::query!(
        "update outbox set attach_inbound = true where idempotency_key = $1",
        idempotency_key
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The raw bytes of a stored message (None once forgotten or purged).
pub async fn inbound_raw(pool: &PgPool, inbound_id: i64) -> Result<Option<Vec<u8>>, StoreError> {
    let raw = sqlx::query_scalar!("select raw from inbound_messages where id = $1", inbound_id)
        .fetch_optional(pool)
        .await?;
    Ok(raw.flatten())
}

/// One review item as organisers see it (`regbot review list`, the web desk).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItemRow {
    pub id: i64,
    pub inbound_id: i64,
    pub from_email: Option<String>,
    pub subject: Option<String>,
    pub reason: String,
    pub status: String,
    pub resolution: Option<String>,
    pub token: String,
    pub created_at: DateTime<Utc>,
}

pub async fn list_review_items(
    pool: &PgPool,
    event_id: &str,
    open_only: bool,
) -> Result<Vec<ReviewItemRow>, StoreError> {
    let rows = sqlx::query_as!(
        ReviewItemRow,
        r#"select r.id, r.inbound_id, m.from_email, m.subject, r.reason, r.status, r.resolution,
                  r.token, r.created_at
           from review_items r join inbound_messages m on m.id = r.inbound_id
           where r.event_id = $1 and (not $2 or r.status = 'open')
           order by r.id"#,
        event_id,
        open_only
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

/// The item, locked for this transaction (resolving it twice at once must not act twice).
pub async fn lock_review_item(
    tx: &mut Tx<'_>,
    event_id: &str,
    id: i64,
) -> Result<Option<ReviewItemRow>, StoreError> {
    let row = sqlx::query_as!(
        ReviewItemRow,
        r#"select r.id, r.inbound_id, m.from_email, m.subject, r.reason, r.status, r.resolution,
                  r.token, r.created_at
           from review_items r join inbound_messages m on m.id = r.inbound_id
           where r.event_id = $1 and r.id = $2
           for update of r"#,
        event_id,
        id
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

pub async fn resolve_review_item(
    tx: &mut Tx<'_>,
    id: i64,
    resolution: &str,
    by: &str,
) -> Result<(), StoreError> {
    sqlx::query!(
        r#"update review_items set status = 'resolved', resolution = $2, resolved_by = $3,
                  resolved_at = now()
           where id = $1"#,
        id,
        resolution,
        &*without_nul(by)
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// What regbot understood of a stored message (the `regbot parse` JSON), for resolving it.
pub async fn inbound_understanding(
    tx: &mut Tx<'_>,
    inbound_id: i64,
) -> Result<Option<StoredUnderstanding>, StoreError> {
    let row = sqlx::query_as!(
        StoredUnderstanding,
        r#"select id, message_id, from_email, subject, language, understanding
           from inbound_messages where id = $1"#,
        inbound_id
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

#[derive(Debug, Clone)]
pub struct StoredUnderstanding {
    pub id: i64,
    pub message_id: Option<String>,
    pub from_email: Option<String>,
    pub subject: Option<String>,
    pub language: Option<String>,
    pub understanding: Option<serde_json::Value>,
}

/// One organiser change.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    pub event_id: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub target: &'a str,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn insert_audit(tx: &mut Tx<'_>, e: &AuditEntry<'_>) -> Result<(), StoreError> {
    sqlx::query!(
        r#"insert into audit (event_id, actor, action, target, before, after)
           values ($1, $2, $3, $4, $5, $6)"#,
        e.event_id,
        &*without_nul(e.actor),
        e.action,
        &*without_nul(e.target),
        e.before.clone().map(json_without_nul),
        e.after.clone().map(json_without_nul),
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq)]
pub struct AuditRow {
    pub id: i64,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub at: DateTime<Utc>,
}

pub async fn list_audit(pool: &PgPool, event_id: &str) -> Result<Vec<AuditRow>, StoreError> {
    let rows = sqlx::query_as!(
        AuditRow,
        r#"select id, actor, action, target, before, after, at from audit
           where event_id = $1 order by id"#,
        event_id
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

/// Whether an address has a registration (any status), read without locking it: routing a
/// message must not hold the row while processing later takes the event lock.
pub async fn registration_exists(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
) -> Result<bool, StoreError> {
    let found = sqlx::query_scalar!(
        r#"select exists(select 1 from registrations
                         where event_id = $1 and lower(email) = lower($2)) as "found!""#,
        event_id,
        email
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(found)
}

/// What a reply tag names: a forwarded question or a review item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tagged {
    Question(i64),
    Review(i64),
}

/// The question or review item whose forward carried `token`, if any.
pub async fn find_tagged(
    tx: &mut Tx<'_>,
    event_id: &str,
    token: &str,
) -> Result<Option<Tagged>, StoreError> {
    let row = sqlx::query!(
        r#"select 'question' as "kind!", id as "id!" from questions
           where event_id = $1 and token = $2
           union all
           select 'review', id from review_items where event_id = $1 and token = $2
           limit 1"#,
        event_id,
        token
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| match r.kind.as_str() {
        "question" => Tagged::Question(r.id),
        _ => Tagged::Review(r.id),
    }))
}

/// Whether `email` may act for the organisers by mail (an address added with
/// `regbot organiser add`; the configured organiser address is checked by the caller).
pub async fn is_organiser_address(tx: &mut Tx<'_>, email: &str) -> Result<bool, StoreError> {
    let found = sqlx::query_scalar!(
        r#"select exists(select 1 from organisers where email = lower($1)) as "found!""#,
        email
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(found)
}
