//! The read-only lists and series the web desk shows: ideas with the person's organisation,
//! the mail log, broadcasts and chart data. (Participants come from `organise`.)

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgPool;

use super::StoreError;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IdeaRow {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

/// The newest ideas first, each with the organisation of the person's registration.
pub async fn ideas_with_people(
    pool: &PgPool,
    event_id: &str,
    limit: i64,
) -> Result<Vec<IdeaRow>, StoreError> {
    let rows = sqlx::query_as!(
        IdeaRow,
        r#"select i.id, i.email, coalesce(i.name, r.name) as name, r.organisation, i.text, i.created_at
           from ideas i
           left join registrations r on r.event_id = i.event_id and lower(r.email) = lower(i.email)
           where i.event_id = $1 order by i.id desc limit $2"#,
        event_id,
        limit
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct InboundLogRow {
    pub id: i64,
    pub received_at: DateTime<Utc>,
    pub from_email: Option<String>,
    pub subject: Option<String>,
    pub status: String,
    pub automated: Option<String>,
    pub intents: Vec<String>,
    pub error: Option<String>,
}

/// Stored mail, newest first; `status` empty means every status.
pub async fn inbound_log(
    pool: &PgPool,
    status: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<InboundLogRow>, StoreError> {
    let rows = sqlx::query_as!(
        InboundLogRow,
        "select id, received_at, from_email, subject, status, automated, intents, error
         from inbound_messages where ($1 = '' or status = $1) order by id desc limit $2 offset $3",
        status,
        limit,
        offset
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OutboundLogRow {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
}

/// Mail regbot sent or will send, newest first; `status` empty means every status.
pub async fn outbound_log(
    pool: &PgPool,
    status: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<OutboundLogRow>, StoreError> {
    let rows = sqlx::query_as!(
        OutboundLogRow,
        "select id, created_at, kind, recipient, subject, status, attempts, last_error, sent_at
         from outbox where ($1 = '' or status = $1) order by id desc limit $2 offset $3",
        status,
        limit,
        offset
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SuppressedRow {
    pub email: String,
    pub reason: String,
    pub created_at: DateTime<Utc>,
}

pub async fn suppressed_list(pool: &PgPool, limit: i64) -> Result<Vec<SuppressedRow>, StoreError> {
    let rows = sqlx::query_as!(
        SuppressedRow,
        "select email, reason, created_at from suppressed_addresses order by created_at desc limit $1",
        limit
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BroadcastRow {
    pub id: i64,
    pub subject: String,
    pub created_at: DateTime<Utc>,
    pub recipients: i32,
    pub sent: i64,
    pub pending: i64,
    pub failed: i64,
    pub suppressed: i64,
}

/// Every broadcast of the event with where its mails stand.
pub async fn broadcast_history(
    pool: &PgPool,
    event_id: &str,
) -> Result<Vec<BroadcastRow>, StoreError> {
    let rows = sqlx::query_as!(
        BroadcastRow,
        r#"select b.id, b.subject, b.created_at, b.recipients,
                  count(o.id) filter (where o.status = 'sent') as "sent!",
                  count(o.id) filter (where o.status = 'pending') as "pending!",
                  count(o.id) filter (where o.status = 'failed') as "failed!",
                  count(o.id) filter (where o.status = 'suppressed') as "suppressed!"
           from broadcasts b left join outbox o on o.broadcast_id = b.id
           where b.event_id = $1 group by b.id order by b.id desc"#,
        event_id
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

/// Registrations received per day (every status: the day a person first wrote).
pub async fn registrations_per_day(
    pool: &PgPool,
    event_id: &str,
) -> Result<Vec<(NaiveDate, i64)>, StoreError> {
    let rows = sqlx::query!(
        r#"select (created_at at time zone 'UTC')::date as "day!", count(*) as "n!"
           from registrations where event_id = $1 group by 1 order by 1"#,
        event_id
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.day, r.n)).collect())
}

/// Registrants (not cancelled) per reply language; `??` when none was recognised.
pub async fn registrations_by_language(
    pool: &PgPool,
    event_id: &str,
) -> Result<Vec<(String, i64)>, StoreError> {
    let rows = sqlx::query!(
        r#"select coalesce(language, '??') as "language!", count(*) as "n!"
           from registrations where event_id = $1 and status <> 'cancelled'
           group by 1 order by 2 desc, 1"#,
        event_id
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.language, r.n)).collect())
}

/// Bounces received and addresses no longer written to, for the overview.
pub async fn bounce_counts(pool: &PgPool) -> Result<(i64, i64), StoreError> {
    let r = sqlx::query!(
        r#"select (select count(*) from inbound_messages where automated = 'bounce') as "bounces!",
                  (select count(*) from suppressed_addresses) as "suppressed!""#
    )
    .fetch_one(pool)
    .await?;
    Ok((r.bounces, r.suppressed))
}
