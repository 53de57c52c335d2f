//! The read-only lists and series the web desk shows: ideas with the person's organisation,
//! the mail log, broadcasts and chart data, and the participants table a page at a time (the
//! rows are `organise`'s participant records).

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgPool;

use super::organise::like_pattern;
use super::{
    ParticipantQuery, ParticipantRecord, QuestionRecord, ReviewCounts, ReviewItemRow, StoreError,
};

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
                  -- count(*), not count(o.id): the counts then need only outbox_by_broadcast's
                  -- columns (a broadcast without rows still counts 0: its status is null).
                  count(*) filter (where o.status = 'sent') as "sent!",
                  count(*) filter (where o.status = 'pending') as "pending!",
                  count(*) filter (where o.status = 'failed') as "failed!",
                  count(*) filter (where o.status = 'suppressed') as "suppressed!"
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

/// Where a page of the participants table starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageAt {
    First,
    /// The rows that follow this registration in the table's order.
    After(i64),
    /// The rows that come just before this registration.
    Before(i64),
    Last,
}

/// One page of the participants table, in the table's order.
#[derive(Debug, Clone)]
pub struct ParticipantPage {
    pub rows: Vec<ParticipantRecord>,
    /// Whether rows come before the first one and after the last one.
    pub earlier: bool,
    pub later: bool,
    /// How many match the filter in all.
    pub total: i64,
}

/// The order of the participants table for a sort column: the column's key (missing values
/// after every given one; first when descending), then registration time and id, so that every
/// row has one place.
/// Each has an index of the same expressions (migration 0025), which a page walks from its
/// anchor: a deep page reads its own 50 rows, not a sort of every registration.
fn sort_key(sort: &str) -> &'static [&'static str] {
    match sort {
        "name" => &[
            "r.name is null",
            "coalesce(lower(r.name), '')",
            "r.created_at",
            "r.id",
        ],
        "email" => &["lower(r.email)", "r.created_at", "r.id"],
        "organisation" => &[
            "r.organisation is null",
            "coalesce(lower(r.organisation), '')",
            "r.created_at",
            "r.id",
        ],
        "country" => &[
            "r.country is null",
            "coalesce(r.country, '')",
            "r.created_at",
            "r.id",
        ],
        "language" => &[
            "r.language is null",
            "coalesce(r.language, '')",
            "r.created_at",
            "r.id",
        ],
        "status" => &["r.status", "r.created_at", "r.id"],
        _ => &["r.created_at", "r.id"],
    }
}

/// The statement for one page. Built from the fixed pieces of [`sort_key`] (nothing typed by a
/// user goes into the text; the values are bound), because the order must be written out for
/// PostgreSQL to walk the matching index: one checked `query!` per column, direction and anchor
/// would be 28 copies of the same statement.
fn page_statement(sort: &str, backwards: bool, anchored: bool) -> String {
    let key = sort_key(sort);
    let (cmp, dir) = if backwards { ("<", " desc") } else { (">", "") };
    let anchor = if anchored {
        // One scalar subquery per part: PostgreSQL evaluates each once, up front, and can then
        // start the index scan at the anchor (a row subquery would be checked row by row).
        let values: Vec<String> = key
            .iter()
            .map(|k| {
                format!(
                    "(select {} from registrations a where a.id = $6)",
                    k.replace("r.", "a.")
                )
            })
            .collect();
        format!("and ({}) {cmp} ({})", key.join(", "), values.join(", "))
    } else {
        String::new()
    };
    let order: Vec<String> = key.iter().map(|k| format!("{k}{dir}")).collect();
    format!(
        "select r.id, r.email, r.name, r.organisation, r.country, r.experience, r.language,
                r.status, r.note, r.source, r.registered_by, r.created_at, r.updated_at,
                (select count(*) from ideas i
                 where i.event_id = r.event_id and lower(i.email) = lower(r.email)) as ideas
         from registrations r
         where r.event_id = $1
           and ($2 = '' or r.status = $2)
           and ($3 = '' or r.country = upper($3))
           and ($4 = '' or r.language = lower($4))
           and ($5 = '' or r.email ilike $5 or r.name ilike $5 or r.organisation ilike $5)
           {anchor}
         order by {}
         limit $7",
        order.join(", ")
    )
}

/// `limit` participants matching `q` (its own limit and offset are not used) from `at`, in the
/// order `q.sort` and `q.descending` give, by keyset: each page starts from a row's key, so
/// the last page costs what the first does, and a registration arriving between two clicks
/// does not shift the next page.
pub async fn participants_page(
    pool: &PgPool,
    event_id: &str,
    q: &ParticipantQuery,
    at: PageAt,
    limit: i64,
) -> Result<ParticipantPage, StoreError> {
    use sqlx::Row;
    // Walking backwards (the page before an anchor, or the last page) reads the order
    // reversed and turns the rows round.
    let backwards = matches!(at, PageAt::Before(_) | PageAt::Last);
    let anchor = match at {
        PageAt::After(id) | PageAt::Before(id) => Some(id),
        PageAt::First | PageAt::Last => None,
    };
    let sql = page_statement(&q.sort, backwards != q.descending, anchor.is_some());
    let pattern = like_pattern(&q.search);
    // Audited: the text is only the fixed pieces of sort_key; every value is bound.
    let fetched = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(event_id)
        .bind(&q.status)
        .bind(&q.country)
        .bind(&q.language)
        .bind(&pattern)
        .bind(anchor)
        .bind(limit.saturating_add(1))
        .fetch_all(pool)
        .await?;
    let total = sqlx::query_scalar!(
        r#"select count(*) as "n!" from registrations r
           where r.event_id = $1
             and ($2 = '' or r.status = $2)
             and ($3 = '' or r.country = upper($3))
             and ($4 = '' or r.language = lower($4))
             and ($5 = '' or r.email ilike $5 or r.name ilike $5 or r.organisation ilike $5)"#,
        event_id,
        q.status,
        q.country,
        q.language,
        pattern
    )
    .fetch_one(pool)
    .await?;
    let further = fetched.len() as i64 > limit;
    let mut rows = fetched
        .into_iter()
        .take(limit.max(0) as usize)
        .map(|r| {
            Ok(ParticipantRecord {
                id: r.try_get("id")?,
                email: r.try_get("email")?,
                name: r.try_get("name")?,
                organisation: r.try_get("organisation")?,
                country: r.try_get("country")?,
                experience: r.try_get("experience")?,
                language: r.try_get("language")?,
                status: r.try_get("status")?,
                note: r.try_get("note")?,
                source: r.try_get("source")?,
                registered_by: r.try_get("registered_by")?,
                created_at: r.try_get("created_at")?,
                updated_at: r.try_get("updated_at")?,
                ideas: r.try_get("ideas")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    if backwards {
        rows.reverse();
    }
    // The anchor itself lies on the other side of the page (when it still matches the filter;
    // a row edited out of it leaves a link to an empty page at worst, never a lost row).
    let (earlier, later) = match at {
        PageAt::First => (false, further),
        PageAt::After(_) => (true, further),
        PageAt::Before(_) => (further, true),
        PageAt::Last => (further, false),
    };
    Ok(ParticipantPage {
        rows,
        earlier,
        later,
        total,
    })
}
