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

/// Who a broadcast goes to; `None` means any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Audience {
    /// Only this status; without it confirmed registrants (and waitlisted with the flag).
    pub status: Option<RegistrationStatus>,
    pub include_waitlisted: bool,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub language: Option<String>,
    /// Registered after this moment.
    pub registered_after: Option<chrono::DateTime<chrono::Utc>>,
    /// Not among the recipients of this earlier broadcast.
    pub not_received: Option<i64>,
}

/// The registrants of `audience` whose address has not bounced.
pub async fn broadcast_recipients(
    tx: &mut Tx<'_>,
    event_id: &str,
    audience: &Audience,
) -> Result<Vec<BroadcastRecipient>, StoreError> {
    let rows = sqlx::query_as!(
        BroadcastRecipient,
        r#"select r.id, r.email, r.name, r.organisation, r.country, r.experience, r.language, r.status as "status: RegistrationStatus"
           from registrations r
           where r.event_id = $1
             and case when $3::text is not null then r.status = $3
                      else r.status = 'confirmed' or ($2 and r.status = 'waitlisted') end
             and ($4::text is null or upper(r.country) = upper($4))
             and ($5::text is null or lower(r.language) = lower($5))
             and ($6::timestamptz is null or r.created_at > $6)
             and ($7::bigint is null or not exists (
                    select 1 from outbox o where o.broadcast_id = $7 and lower(o.recipient) = lower(r.email)))
             and not exists (select 1 from suppressed_addresses s where s.email = lower(r.email))
           order by r.id"#,
        event_id,
        audience.include_waitlisted,
        audience.status.map(RegistrationStatus::as_str),
        audience.country.as_deref(),
        audience.language.as_deref(),
        audience.registered_after,
        audience.not_received,
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows)
}

/// Records a broadcast; its outbox rows are queued in the same transaction. None when the same
/// content was queued before and this one is not sent `again` (the unique key `broadcasts_once`
/// makes a concurrent identical broadcast wait for the first and then find it).
pub async fn insert_broadcast(
    tx: &mut Tx<'_>,
    event_id: &str,
    content_key: &str,
    subject: &str,
    body_source: &str,
    recipients: i32,
    again: bool,
) -> Result<Option<i64>, StoreError> {
    let id = sqlx::query_scalar!(
        "insert into broadcasts (event_id, content_key, subject, body_source, recipients, again)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (event_id, content_key) where not again do nothing
         returning id",
        event_id,
        content_key,
        subject,
        body_source,
        recipients,
        again
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(id)
}
