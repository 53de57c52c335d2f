//! Every SQL statement regbot runs, next to the schema in `migrations/`.
//!
//! The inbound queue and the outbox are tables; workers claim rows with `FOR UPDATE SKIP LOCKED`
//! inside a transaction, so several daemons can share one database and a crashed worker's rows
//! are free again the moment PostgreSQL sees its connection drop.

use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Postgres, Transaction};

use crate::config::DatabaseConfig;
pub use crate::domain::{json_without_nul, opt_without_nul, without_nul};

pub type Tx<'a> = Transaction<'a, Postgres>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database URL is not valid: {0}")]
    BadUrl(String),
    #[error(
        "could not reach the database at {target}: {source} (is PostgreSQL running, and does database.url / REGBOT_DATABASE__URL point at it?)"
    )]
    Unreachable {
        target: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("could not apply the database migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
}

impl StoreError {
    /// True when trying again later may succeed (the database is down or restarting).
    pub fn is_transient(&self) -> bool {
        match self {
            StoreError::Unreachable { .. } => true,
            StoreError::Sql(e) => is_transient_sql(e),
            _ => false,
        }
    }
}

pub fn is_transient_sql(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(db) => {
            // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
            // 08xxx connection exceptions, 40001/40P01 serialization / deadlock.
            db.code().is_some_and(|c| {
                c.starts_with("08") || c.starts_with("57P") || c == "40001" || c == "40P01"
            })
        }
        _ => false,
    }
}

/// Connects with a short timeout so a down database is reported, not waited on forever.
pub async fn connect(config: &DatabaseConfig) -> Result<PgPool, StoreError> {
    let options: PgConnectOptions = config.url.expose().parse().map_err(|e: sqlx::Error| {
        StoreError::BadUrl(redact(&e.to_string(), config.url.expose()))
    })?;
    let target = format!(
        "{}:{}/{}",
        options.get_host(),
        options.get_port(),
        options.get_database().unwrap_or("")
    );
    let pool = PgPoolOptions::new()
        .max_connections(config.max_connections.max(2))
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await
        .map_err(|source| StoreError::Unreachable { target, source })?;
    Ok(pool)
}

fn redact(message: &str, secret: &str) -> String {
    if secret.is_empty() {
        message.to_string()
    } else {
        message.replace(secret, "***")
    }
}

pub async fn migrate(pool: &PgPool) -> Result<(), StoreError> {
    sqlx::migrate!("./migrations").run(pool).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Inbound queue

/// A message as intake hands it over.
#[derive(Debug, Clone)]
pub struct NewInbound {
    pub dedup_key: String,
    pub message_id: Option<String>,
    pub source: &'static str,
    /// None when the message was too large to load (stored as rejected).
    pub raw: Option<Vec<u8>>,
    pub size_bytes: i64,
    pub rejected_reason: Option<String>,
}

/// Stores a batch in one round trip. Messages already stored (same dedup key) are skipped:
/// that is what makes re-reading the mailbox after a crash harmless. Returns how many were new.
pub async fn insert_inbound_batch(pool: &PgPool, batch: &[NewInbound]) -> Result<u64, StoreError> {
    if batch.is_empty() {
        return Ok(0);
    }
    let keys: Vec<String> = batch.iter().map(|m| m.dedup_key.clone()).collect();
    let ids: Vec<Option<String>> = batch.iter().map(|m| m.message_id.clone()).collect();
    let sources: Vec<String> = batch.iter().map(|m| m.source.to_string()).collect();
    let raws: Vec<Option<Vec<u8>>> = batch.iter().map(|m| m.raw.clone()).collect();
    let sizes: Vec<i64> = batch.iter().map(|m| m.size_bytes).collect();
    let errors: Vec<Option<String>> = batch.iter().map(|m| m.rejected_reason.clone()).collect();
    let result = sqlx::query!(
        r#"
        insert into inbound_messages (dedup_key, message_id, source, raw, size_bytes, status, error)
        select k, m, s, r, z, case when e is null then 'pending' else 'rejected' end, e
        from unnest($1::text[], $2::text[], $3::text[], $4::bytea[], $5::int8[], $6::text[])
             as t(k, m, s, r, z, e)
        on conflict (dedup_key) do nothing
        "#,
        &keys,
        &ids as &[Option<String>],
        &sources,
        &raws as &[Option<Vec<u8>>],
        &sizes,
        &errors as &[Option<String>],
    )
    .execute(pool)
    .await?;
    Ok(result.rows_affected())
}

#[derive(Debug)]
pub struct InboundRow {
    pub id: i64,
    pub raw: Option<Vec<u8>>,
    pub attempts: i32,
}

/// Claims the oldest pending message for this transaction; other workers skip it.
pub async fn claim_pending_inbound(tx: &mut Tx<'_>) -> Result<Option<InboundRow>, StoreError> {
    let row = sqlx::query_as!(
        InboundRow,
        r#"
        select id, raw, attempts from inbound_messages
        where status = 'pending'
        order by id
        for update skip locked
        limit 1
        "#
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

/// Claims one given message if it is still pending and nobody else holds it.
pub async fn claim_inbound(tx: &mut Tx<'_>, id: i64) -> Result<Option<InboundRow>, StoreError> {
    let row = sqlx::query_as!(
        InboundRow,
        r#"
        select id, raw, attempts from inbound_messages
        where id = $1 and status = 'pending'
        for update skip locked
        "#,
        id
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

/// Claims up to `limit` of the oldest pending messages for this transaction (one round trip
/// for a batch); other workers skip them.
pub async fn claim_pending_inbound_batch(
    tx: &mut Tx<'_>,
    limit: i64,
) -> Result<Vec<InboundRow>, StoreError> {
    let rows = sqlx::query_as!(
        InboundRow,
        r#"
        select id, raw, attempts from inbound_messages
        where status = 'pending'
        order by id
        for update skip locked
        limit $1
        "#,
        limit
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows)
}

/// Lets this transaction commit without waiting for the WAL flush. Only for transactions whose
/// loss in a PostgreSQL crash is harmless: see `Processor::process_batch` for why processing is.
pub async fn commit_without_flush(tx: &mut Tx<'_>) -> Result<(), StoreError> {
    sqlx::query!("select set_config('synchronous_commit', 'off', true)")
        .fetch_one(&mut **tx)
        .await?;
    Ok(())
}

/// What processing concluded, stored on the inbound row.
#[derive(Debug)]
pub struct InboundOutcome<'a> {
    pub status: &'a str,
    pub message_id: Option<&'a str>,
    pub from_email: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub automated: Option<&'a str>,
    pub intents: Vec<String>,
    pub language: Option<&'a str>,
    pub understanding: serde_json::Value,
    pub error: Option<&'a str>,
}

pub async fn finish_inbound(
    tx: &mut Tx<'_>,
    id: i64,
    outcome: &InboundOutcome<'_>,
) -> Result<(), StoreError> {
    // Every text here may come from hostile mail.
    let message_id = opt_without_nul(outcome.message_id);
    let from_email = opt_without_nul(outcome.from_email);
    let subject = opt_without_nul(outcome.subject);
    let language = opt_without_nul(outcome.language);
    let error = opt_without_nul(outcome.error);
    let intents: Vec<String> = outcome
        .intents
        .iter()
        .map(|i| without_nul(i).into_owned())
        .collect();
    let understanding = json_without_nul(outcome.understanding.clone());
    sqlx::query!(
        r#"
        update inbound_messages
        set status = $2, message_id = coalesce($3, message_id), from_email = $4, subject = $5,
            automated = $6, intents = $7, language = $8, understanding = $9, error = $10,
            attempts = attempts + 1, processed_at = now()
        where id = $1
        "#,
        id,
        outcome.status,
        message_id.as_deref(),
        from_email.as_deref(),
        subject.as_deref(),
        outcome.automated,
        &intents,
        language.as_deref(),
        understanding,
        error.as_deref(),
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records a failure outside the processing transaction (which was rolled back). After a few
/// attempts the message is marked failed so one poison message cannot block the queue.
pub async fn record_inbound_failure(
    pool: &PgPool,
    id: i64,
    error: &str,
    give_up_after: i32,
) -> Result<(), StoreError> {
    sqlx::query!(
        r#"
        update inbound_messages
        set attempts = attempts + 1, error = $2,
            status = case when attempts + 1 >= $3 then 'failed' else status end
        where id = $1
        "#,
        id,
        &*without_nul(error),
        give_up_after,
    )
    .execute(pool)
    .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Registrations, ideas, questions

#[derive(Debug, Clone)]
pub struct Registration {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub experience: Option<String>,
    pub language: Option<String>,
    pub status: String,
}

pub async fn find_registration(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
) -> Result<Option<Registration>, StoreError> {
    let row = sqlx::query_as!(
        Registration,
        r#"
        select id, email, name, organisation, country, experience, language, status
        from registrations where event_id = $1 and lower(email) = lower($2)
        for update
        "#,
        event_id,
        email
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

/// Serialises registrations of one event so capacity checks cannot race (two daemons, two
/// workers): held until the transaction ends.
pub async fn lock_event(tx: &mut Tx<'_>, event_id: &str) -> Result<(), StoreError> {
    sqlx::query!(
        "select pg_advisory_xact_lock(hashtextextended($1, 42))",
        event_id
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(())
}

/// Serialises changes to one participant's registration (two messages from one person in two
/// workers), for events without a capacity, where the whole event need not be locked.
pub async fn lock_participant(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
) -> Result<(), StoreError> {
    sqlx::query!(
        "select pg_advisory_xact_lock(hashtextextended($1 || ' ' || lower($2), 43))",
        event_id,
        email
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(())
}

pub async fn count_confirmed(tx: &mut Tx<'_>, event_id: &str) -> Result<i64, StoreError> {
    let n = sqlx::query_scalar!(
        r#"select count(*) as "n!" from registrations where event_id = $1 and status = 'confirmed'"#,
        event_id
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(n)
}

pub struct RegistrationFields<'a> {
    pub name: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub country: Option<&'a str>,
    pub experience: Option<&'a str>,
    pub language: Option<&'a str>,
}

pub async fn insert_registration(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
    fields: &RegistrationFields<'_>,
    status: &str,
    inbound_id: Option<i64>,
) -> Result<Registration, StoreError> {
    let email = without_nul(email);
    let name = opt_without_nul(fields.name);
    let organisation = opt_without_nul(fields.organisation);
    let country = opt_without_nul(fields.country);
    let experience = opt_without_nul(fields.experience);
    let language = opt_without_nul(fields.language);
    let row = sqlx::query_as!(
        Registration,
        r#"
        insert into registrations (event_id, email, name, organisation, country, experience, language, status, inbound_id)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        returning id, email, name, organisation, country, experience, language, status
        "#,
        event_id,
        &*email,
        name.as_deref(),
        organisation.as_deref(),
        country.as_deref(),
        experience.as_deref(),
        language.as_deref(),
        status,
        inbound_id,
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(row)
}

/// Applies the values the message states; values it does not state are kept.
pub async fn update_registration(
    tx: &mut Tx<'_>,
    id: i64,
    fields: &RegistrationFields<'_>,
    status: Option<&str>,
) -> Result<Registration, StoreError> {
    let name = opt_without_nul(fields.name);
    let organisation = opt_without_nul(fields.organisation);
    let country = opt_without_nul(fields.country);
    let experience = opt_without_nul(fields.experience);
    let language = opt_without_nul(fields.language);
    let row = sqlx::query_as!(
        Registration,
        r#"
        update registrations
        set name = coalesce($2, name), organisation = coalesce($3, organisation),
            country = coalesce($4, country), experience = coalesce($5, experience),
            language = coalesce($6, language), status = coalesce($7, status),
            cancelled_at = case when $7 = 'cancelled' then now() when $7 is not null then null else cancelled_at end,
            updated_at = now()
        where id = $1
        returning id, email, name, organisation, country, experience, language, status
        "#,
        id,
        name.as_deref(),
        organisation.as_deref(),
        country.as_deref(),
        experience.as_deref(),
        language.as_deref(),
        status,
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(row)
}

/// The longest-waiting waitlisted registration, promoted when a place frees up.
pub async fn first_waitlisted(
    tx: &mut Tx<'_>,
    event_id: &str,
) -> Result<Option<Registration>, StoreError> {
    let row = sqlx::query_as!(
        Registration,
        r#"
        select id, email, name, organisation, country, experience, language, status
        from registrations where event_id = $1 and status = 'waitlisted'
        order by created_at, id limit 1 for update
        "#,
        event_id
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

pub async fn insert_idea(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
    name: Option<&str>,
    text: &str,
    inbound_id: i64,
) -> Result<(), StoreError> {
    let (email, name, text) = (without_nul(email), opt_without_nul(name), without_nul(text));
    sqlx::query!(
        r#"insert into ideas (event_id, email, name, text, inbound_id) values ($1, $2, $3, $4, $5)
           on conflict (inbound_id) do nothing"#,
        event_id,
        &*email,
        name.as_deref(),
        &*text,
        inbound_id
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn insert_question(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
    name: Option<&str>,
    text: &str,
    inbound_id: i64,
) -> Result<(), StoreError> {
    let (email, name, text) = (without_nul(email), opt_without_nul(name), without_nul(text));
    sqlx::query!(
        r#"insert into questions (event_id, email, name, text, inbound_id) values ($1, $2, $3, $4, $5)
           on conflict (inbound_id) do nothing"#,
        event_id,
        &*email,
        name.as_deref(),
        &*text,
        inbound_id
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Suppression (bounces, complaints)

pub async fn suppress_address(
    tx: &mut Tx<'_>,
    email: &str,
    reason: &str,
    inbound_id: Option<i64>,
) -> Result<(), StoreError> {
    sqlx::query!(
        r#"insert into suppressed_addresses (email, reason, inbound_id) values (lower($1), $2, $3)
           on conflict (email) do nothing"#,
        email,
        reason,
        inbound_id
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn is_suppressed(tx: &mut Tx<'_>, email: &str) -> Result<bool, StoreError> {
    let found = sqlx::query_scalar!(
        r#"select exists(select 1 from suppressed_addresses where email = lower($1)) as "e!""#,
        email
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(found)
}

// ---------------------------------------------------------------------------------------------
// Outbox

#[derive(Debug, Clone)]
pub struct NewOutbound {
    pub idempotency_key: String,
    pub kind: &'static str,
    pub inbound_id: Option<i64>,
    pub broadcast_id: Option<i64>,
    pub template: Option<String>,
    pub recipient: String,
    pub recipient_name: Option<String>,
    pub reply_to: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    pub message_id: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    /// 'pending', or 'suppressed' when it is recorded but must not be sent (rate limit, bounce).
    pub status: &'static str,
    pub last_error: Option<String>,
}

/// The row with NUL characters dropped from every text (names and subjects come from mail).
fn clean_outbound(m: &NewOutbound) -> NewOutbound {
    let opt = |o: &Option<String>| o.as_deref().map(|t| without_nul(t).into_owned());
    NewOutbound {
        recipient: without_nul(&m.recipient).into_owned(),
        recipient_name: opt(&m.recipient_name),
        reply_to: opt(&m.reply_to),
        subject: without_nul(&m.subject).into_owned(),
        body_text: without_nul(&m.body_text).into_owned(),
        body_html: opt(&m.body_html),
        in_reply_to: opt(&m.in_reply_to),
        references: m
            .references
            .iter()
            .map(|r| without_nul(r).into_owned())
            .collect(),
        last_error: opt(&m.last_error),
        ..m.clone()
    }
}

/// Queues one mail. A second call with the same idempotency key does nothing.
pub async fn enqueue(tx: &mut Tx<'_>, m: &NewOutbound) -> Result<bool, StoreError> {
    let clean = clean_outbound(m);
    let m = &clean;
    let result = sqlx::query!(
        r#"
        insert into outbox (idempotency_key, kind, inbound_id, broadcast_id, template, recipient,
            recipient_name, reply_to, subject, body_text, body_html, message_id, in_reply_to,
            "references", status, last_error)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
        on conflict (idempotency_key) do nothing
        "#,
        m.idempotency_key,
        m.kind,
        m.inbound_id,
        m.broadcast_id,
        m.template,
        m.recipient,
        m.recipient_name,
        m.reply_to,
        m.subject,
        m.body_text,
        m.body_html,
        m.message_id,
        m.in_reply_to,
        &m.references,
        m.status,
        m.last_error,
    )
    .execute(&mut **tx)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Queues many mails in one round trip (broadcasts). Existing keys are skipped.
pub async fn enqueue_many(tx: &mut Tx<'_>, rows: &[NewOutbound]) -> Result<u64, StoreError> {
    if rows.is_empty() {
        return Ok(0);
    }
    let rows: Vec<NewOutbound> = rows.iter().map(clean_outbound).collect();
    let rows = &rows[..];
    macro_rules! col {
        ($f:expr) => {
            rows.iter().map($f).collect::<Vec<_>>()
        };
    }
    let keys = col!(|m| m.idempotency_key.clone());
    let kinds = col!(|m| m.kind.to_string());
    let broadcast_ids = col!(|m| m.broadcast_id);
    let templates = col!(|m| m.template.clone());
    let recipients = col!(|m| m.recipient.clone());
    let names = col!(|m| m.recipient_name.clone());
    let subjects = col!(|m| m.subject.clone());
    let texts = col!(|m| m.body_text.clone());
    let htmls = col!(|m| m.body_html.clone());
    let message_ids = col!(|m| m.message_id.clone());
    let statuses = col!(|m| m.status.to_string());
    let result = sqlx::query!(
        r#"
        insert into outbox (idempotency_key, kind, broadcast_id, template, recipient, recipient_name,
                            subject, body_text, body_html, message_id, status)
        select * from unnest($1::text[], $2::text[], $3::int8[], $4::text[], $5::text[], $6::text[],
                             $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
        on conflict (idempotency_key) do nothing
        "#,
        &keys,
        &kinds,
        &broadcast_ids as &[Option<i64>],
        &templates as &[Option<String>],
        &recipients,
        &names as &[Option<String>],
        &subjects,
        &texts,
        &htmls as &[Option<String>],
        &message_ids,
        &statuses,
    )
    .execute(&mut **tx)
    .await?;
    Ok(result.rows_affected())
}

/// Serialises everything that decides whether to mail one address (the per-address rate limit)
/// across workers and daemons: held until the transaction ends, so two messages from the same
/// person processed at the same moment cannot both see "under the limit".
pub async fn lock_address(tx: &mut Tx<'_>, email: &str) -> Result<(), StoreError> {
    sqlx::query!(
        "select pg_advisory_xact_lock(hashtextextended(lower($1), 7))",
        email
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(())
}

/// Replies queued to this address in the last hour (for the per-address rate limit).
pub async fn recent_mail_to(tx: &mut Tx<'_>, recipient: &str) -> Result<i64, StoreError> {
    let n = sqlx::query_scalar!(
        r#"select count(*) as "n!" from outbox
           where lower(recipient) = lower($1) and kind = 'reply' and status <> 'suppressed'
             and created_at > now() - interval '1 hour'"#,
        recipient
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(n)
}

#[derive(Debug, Clone)]
pub struct OutboundRow {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub recipient_name: Option<String>,
    pub reply_to: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    pub message_id: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub attempts: i32,
    pub suppressed: bool,
}

/// Leases the next due mail: in one committed statement it takes the row (skipping rows other
/// workers are leasing right now), counts the attempt and pushes `next_attempt_at` to
/// `now() + lease`. Until the lease runs out no other worker or daemon picks the row up, so a
/// crash while the mail is being sent leaves it alone for `lease` instead of letting another
/// daemon resend it at once; after the lease it is sent again (same Message-ID). `attempts` in
/// the returned row already counts this attempt.
pub async fn lease_outbound(
    pool: &PgPool,
    lease: Duration,
) -> Result<Option<OutboundRow>, StoreError> {
    Ok(lease_outbound_batch(pool, lease, 1).await?.pop())
}

/// Leases up to `limit` due rows in one committed statement (each as `lease_outbound` does);
/// `lease` must cover sending all of them one after the other.
pub async fn lease_outbound_batch(
    pool: &PgPool,
    lease: Duration,
    limit: i64,
) -> Result<Vec<OutboundRow>, StoreError> {
    let rows = sqlx::query_as!(
        OutboundRow,
        r#"
        with due as (
            select id from outbox
            where status = 'pending' and next_attempt_at <= now()
            order by next_attempt_at, id
            for update skip locked
            limit $2
        )
        update outbox o
        set attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => $1),
            last_error = null
        from due
        where o.id = due.id
        returning o.id, o.kind, o.recipient, o.recipient_name, o.reply_to, o.subject, o.body_text,
               o.body_html, o.message_id, o.in_reply_to, o."references", o.attempts,
               exists(select 1 from suppressed_addresses s where s.email = lower(o.recipient)) as "suppressed!"
        "#,
        lease.as_secs_f64(),
        limit,
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

/// Records that the server accepted the mail. Only a row still pending changes (a row that
/// `forget` removed meanwhile stays removed).
pub async fn mark_sent(pool: &PgPool, id: i64) -> Result<(), StoreError> {
    sqlx::query!(
        "update outbox set status = 'sent', sent_at = now(), last_error = null where id = $1 and status = 'pending'",
        id
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// The attempt failed for a reason that may pass: try again after `delay`.
pub async fn mark_retry(
    pool: &PgPool,
    id: i64,
    delay: Duration,
    error: &str,
) -> Result<(), StoreError> {
    sqlx::query!(
        r#"update outbox set last_error = $2, next_attempt_at = now() + make_interval(secs => $3)
           where id = $1 and status = 'pending'"#,
        id,
        &*without_nul(error),
        delay.as_secs_f64(),
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// The prefix of `last_error` for attempts that could not reach the SMTP server at all.
pub const CONNECTION_ERROR: &str = "connection: ";

/// The SMTP server is back after an outage: every reply that waits only because it could not be
/// reached becomes due now instead of at the end of its backoff. Rows being sent right now are
/// not touched (a lease clears `last_error`). Returns how many were released.
pub async fn release_after_outage(pool: &PgPool) -> Result<u64, StoreError> {
    let n = sqlx::query!(
        r#"update outbox set next_attempt_at = now()
           where status = 'pending' and next_attempt_at > now() and starts_with(last_error, $1)"#,
        CONNECTION_ERROR
    )
    .execute(pool)
    .await?
    .rows_affected();
    Ok(n)
}

/// Ends a row for good: 'failed' or 'suppressed', with the reason.
pub async fn mark_final(
    pool: &PgPool,
    id: i64,
    status: &str,
    error: &str,
) -> Result<(), StoreError> {
    sqlx::query!(
        "update outbox set status = $2, last_error = $3 where id = $1 and status = 'pending'",
        id,
        status,
        &*without_nul(error)
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// When the next pending mail falls due (None when nothing is pending).
pub async fn next_outbound_due(
    pool: &PgPool,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, StoreError> {
    let t = sqlx::query_scalar!("select min(next_attempt_at) from outbox where status = 'pending'")
        .fetch_one(pool)
        .await?;
    Ok(t)
}
