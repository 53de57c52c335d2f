//! The read-only lists and series the web desk shows: ideas with the person's organisation,
//! the mail log, broadcasts and chart data. (Participants come from `organise`.)

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgPool;

use super::{QuestionRecord, ReviewCounts, ReviewItemRow, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IdeaRow {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

/// Ideas newest first from below id `before`, each with the organisation of the person's
/// registration.
pub async fn ideas_with_people(
    pool: &PgPool,
    event_id: &str,
    before: i64,
    limit: i64,
) -> Result<Vec<IdeaRow>, StoreError> {
    let rows = sqlx::query_as!(
        IdeaRow,
        r#"select i.id, i.email, coalesce(i.name, r.name) as name, r.organisation, i.text, i.created_at
           from ideas i
           left join registrations r on r.event_id = i.event_id and lower(r.email) = lower(i.email)
           where i.event_id = $1 and i.id < $2 order by i.id desc limit $3"#,
        event_id,
        before,
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

/// Stored mail newest first from below id `before`; `status` empty means every status.
pub async fn inbound_log(
    pool: &PgPool,
    status: &str,
    before: i64,
    limit: i64,
) -> Result<Vec<InboundLogRow>, StoreError> {
    // Two statements, so that each has the plan that fits: the primary key backwards for all
    // mail, inbound_by_status for the few of one status.
    let rows = if status.is_empty() {
        sqlx::query_as!(
            InboundLogRow,
            "select id, received_at, from_email, subject, status, automated, intents, error
             from inbound_messages where id < $1 order by id desc limit $2",
            before,
            limit
        )
        .fetch_all(pool)
        .await?
    } else {
        sqlx::query_as!(
            InboundLogRow,
            "select id, received_at, from_email, subject, status, automated, intents, error
             from inbound_messages where status = $1 and id < $2 order by id desc limit $3",
            status,
            before,
            limit
        )
        .fetch_all(pool)
        .await?
    };
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

/// Mail regbot sent or will send, newest first from below id `before`; `status` empty means
/// every status.
pub async fn outbound_log(
    pool: &PgPool,
    status: &str,
    before: i64,
    limit: i64,
) -> Result<Vec<OutboundLogRow>, StoreError> {
    let rows = if status.is_empty() {
        sqlx::query_as!(
            OutboundLogRow,
            "select id, created_at, kind, recipient, subject, status, attempts, last_error, sent_at
             from outbox where id < $1 order by id desc limit $2",
            before,
            limit
        )
        .fetch_all(pool)
        .await?
    } else {
        sqlx::query_as!(
            OutboundLogRow,
            "select id, created_at, kind, recipient, subject, status, attempts, last_error, sent_at
             from outbox where status = $1 and id < $2 order by id desc limit $3",
            status,
            before,
            limit
        )
        .fetch_all(pool)
        .await?
    };
    Ok(rows)
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SuppressedRow {
    pub email: String,
    pub reason: String,
    pub created_at: DateTime<Utc>,
}

/// Suppressed addresses, newest first, `limit` of them from `offset` on (a short table: an
/// offset costs nothing here).
pub async fn suppressed_list(
    pool: &PgPool,
    limit: i64,
    offset: i64,
) -> Result<Vec<SuppressedRow>, StoreError> {
    let rows = sqlx::query_as!(
        SuppressedRow,
        "select email, reason, created_at from suppressed_addresses
         order by created_at desc, email limit $1 offset $2",
        limit,
        offset
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

/// Questions newest first from below id `before`; `status` empty means open and answered.
pub async fn questions_before(
    pool: &PgPool,
    event_id: &str,
    status: &str,
    before: i64,
    limit: i64,
) -> Result<Vec<QuestionRecord>, StoreError> {
    let rows = sqlx::query_as!(
        QuestionRecord,
        r#"select q.id, q.email, q.name, q.text, q.status, q.created_at, q.inbound_id,
                  m.message_id as "message_id?", m.subject as "subject?"
           from questions q left join inbound_messages m on m.id = q.inbound_id
           where q.event_id = $1 and ($2 = '' or q.status = $2) and q.id < $3
           order by q.id desc limit $4"#,
        event_id,
        status,
        before,
        limit
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

/// Review items newest first from below id `before`; `status` empty means open and resolved.
pub async fn review_items_before(
    pool: &PgPool,
    event_id: &str,
    status: &str,
    before: i64,
    limit: i64,
) -> Result<Vec<ReviewItemRow>, StoreError> {
    let rows = sqlx::query_as!(
        ReviewItemRow,
        r#"select r.id, r.inbound_id, m.from_email, m.subject, r.reason, r.status, r.resolution,
                  r.token, r.created_at
           from review_items r join inbound_messages m on m.id = r.inbound_id
           where r.event_id = $1 and ($2 = '' or r.status = $2) and r.id < $3
           order by r.id desc limit $4"#,
        event_id,
        status,
        before,
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

/// The event's broadcasts (or the one `only` names) newest first, with where their mails
/// stand.
pub async fn broadcasts_with_counts(
    pool: &PgPool,
    event_id: &str,
    only: Option<i64>,
) -> Result<Vec<BroadcastRow>, StoreError> {
    let rows = sqlx::query_as!(
        BroadcastRow,
        r#"select b.id, b.subject, b.created_at, b.recipients,
                  count(o.id) filter (where o.status = 'sent') as "sent!",
                  count(o.id) filter (where o.status = 'pending') as "pending!",
                  count(o.id) filter (where o.status = 'failed') as "failed!",
                  count(o.id) filter (where o.status = 'suppressed') as "suppressed!"
           from broadcasts b left join outbox o on o.broadcast_id = b.id
           where b.event_id = $1 and ($2::bigint is null or b.id = $2)
           group by b.id order by b.id desc"#,
        event_id,
        only
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

/// Bounces received and addresses no longer written to, for the overview and the mail log.
pub async fn bounce_counts(pool: &PgPool) -> Result<(i64, i64), StoreError> {
    let r = sqlx::query!(
        r#"select (select count(*) from inbound_messages where automated = 'bounce') as "bounces!",
                  (select count(*) from suppressed_addresses) as "suppressed!""#
    )
    .fetch_one(pool)
    .await?;
    Ok((r.bounces, r.suppressed))
}

/// Questions still waiting for an answer.
pub async fn open_question_count(pool: &PgPool, event_id: &str) -> Result<i64, StoreError> {
    let n = sqlx::query_scalar!(
        r#"select count(*) as "n!" from questions where event_id = $1 and status = 'open'"#,
        event_id
    )
    .fetch_one(pool)
    .await?;
    Ok(n)
}

/// Open and resolved review items.
pub async fn review_item_counts(pool: &PgPool, event_id: &str) -> Result<ReviewCounts, StoreError> {
    let r = sqlx::query!(
        r#"select count(*) filter (where status = 'open') as "open!",
                  count(*) filter (where status = 'resolved') as "resolved!"
           from review_items where event_id = $1"#,
        event_id
    )
    .fetch_one(pool)
    .await?;
    Ok(ReviewCounts {
        open: r.open,
        resolved: r.resolved,
    })
}
