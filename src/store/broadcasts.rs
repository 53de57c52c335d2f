//! Broadcasts: the record of each one queued, and who receives it.

use super::{StoreError, Tx};
use crate::status::RegistrationStatus;

/// A broadcast queued before, found by its content key.
#[derive(Debug, Clone)]
pub struct PreviousBroadcast {
    pub id: i64,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub recipients: i32,
}

/// The latest broadcast of this event with the same subject and body, if any.
pub async fn find_broadcast(
    tx: &mut Tx<'_>,
    event_id: &str,
    content_key: &str,
) -> Result<Option<PreviousBroadcast>, StoreError> {
    let row = sqlx::query_as!(
        PreviousBroadcast,
        "select id, created_at, recipients from broadcasts where event_id = $1 and content_key = $2 order by id desc limit 1",
        event_id,
        content_key
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

/// One registrant a broadcast goes to.
#[derive(Debug, Clone)]
pub struct BroadcastRecipient {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub experience: Option<String>,
    pub language: Option<String>,
    pub status: RegistrationStatus,
}

/// Confirmed registrants (and waitlisted ones when asked) whose address has not bounced.
pub async fn broadcast_recipients(
    tx: &mut Tx<'_>,
    event_id: &str,
    include_waitlisted: bool,
) -> Result<Vec<BroadcastRecipient>, StoreError> {
    let rows = sqlx::query_as!(
        BroadcastRecipient,
        r#"select r.id, r.email, r.name, r.organisation, r.country, r.experience, r.language, r.status as "status: RegistrationStatus"
           from registrations r
           where r.event_id = $1 and (r.status = 'confirmed' or ($2 and r.status = 'waitlisted'))
             and not exists (select 1 from suppressed_addresses s where s.email = lower(r.email))
           order by r.id"#,
        event_id,
        include_waitlisted
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows)
}

/// Records a broadcast; its outbox rows are queued in the same transaction.
pub async fn insert_broadcast(
    tx: &mut Tx<'_>,
    event_id: &str,
    content_key: &str,
    subject: &str,
    body_source: &str,
    recipients: i32,
) -> Result<i64, StoreError> {
    let id = sqlx::query_scalar!(
        "insert into broadcasts (event_id, content_key, subject, body_source, recipients) values ($1, $2, $3, $4, $5) returning id",
        event_id,
        content_key,
        subject,
        body_source,
        recipients
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}
