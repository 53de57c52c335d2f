//! The inbound queue: raw mail as intake stored it, claimed by processing workers.

use sqlx::PgPool;

use super::{StoreError, Tx};
use crate::domain::{json_without_nul, opt_without_nul, without_nul};
use crate::status::InboundStatus;

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
    pub status: InboundStatus,
    pub message_id: Option<&'a str>,
    pub from_email: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub automated: Option<&'a str>,
    pub intents: Vec<String>,
    pub language: Option<&'a str>,
    pub understanding: serde_json::Value,
    pub error: Option<&'a str>,
    /// What became of a person's message, set in the same statement (one round trip less);
    /// `None` leaves it as it is (a review item sets its own).
    pub disposition: Option<super::Disposition>,
}

/// Stores what processing concluded about message `id` (one row of [`finish_inbound_batch`]).
pub async fn finish_inbound(
    tx: &mut Tx<'_>,
    id: i64,
    outcome: InboundOutcome<'_>,
) -> Result<(), StoreError> {
    finish_inbound_batch(tx, &[FinishedInbound::new(id, outcome)]).await
}

/// [`InboundOutcome`] with its texts owned, for a batch that writes every message's outcome at
/// its end ([`finish_inbound_batch`]) when the understanding it borrowed from is gone.
#[derive(Debug)]
pub struct FinishedInbound {
    pub id: i64,
    pub status: InboundStatus,
    pub message_id: Option<String>,
    pub from_email: Option<String>,
    pub subject: Option<String>,
    pub automated: Option<String>,
    pub intents: Vec<String>,
    pub language: Option<String>,
    pub understanding: serde_json::Value,
    pub error: Option<String>,
    pub disposition: Option<super::Disposition>,
}

impl FinishedInbound {
    /// The outcome of message `id`, with every text cleaned of NUL characters (from hostile
    /// mail) as [`finish_inbound`] cleans them.
    pub fn new(id: i64, outcome: InboundOutcome<'_>) -> FinishedInbound {
        let owned = |t: Option<&str>| opt_without_nul(t).map(|c| c.into_owned());
        FinishedInbound {
            id,
            status: outcome.status,
            message_id: owned(outcome.message_id),
            from_email: owned(outcome.from_email),
            subject: owned(outcome.subject),
            automated: outcome.automated.map(str::to_string),
            intents: outcome
                .intents
                .iter()
                .map(|i| without_nul(i).into_owned())
                .collect(),
            language: owned(outcome.language),
            understanding: json_without_nul(outcome.understanding),
            error: owned(outcome.error),
            disposition: outcome.disposition,
        }
    }
}

/// [`finish_inbound`] for many messages in one statement (`update … from unnest(…)`): the end
/// of a processing batch. Intent names are plain words, so each row's list travels as one
/// comma-separated text.
pub async fn finish_inbound_batch(
    tx: &mut Tx<'_>,
    rows: &[FinishedInbound],
) -> Result<(), StoreError> {
    if rows.is_empty() {
        return Ok(());
    }
    macro_rules! col {
        ($f:expr) => {
            rows.iter().map($f).collect::<Vec<_>>()
        };
    }
    let ids = col!(|r| r.id);
    let statuses = col!(|r| r.status.as_str().to_string());
    let message_ids = col!(|r| r.message_id.clone());
    let from_emails = col!(|r| r.from_email.clone());
    let subjects = col!(|r| r.subject.clone());
    let automated = col!(|r| r.automated.clone());
    let intents = col!(|r| r.intents.join(","));
    let languages = col!(|r| r.language.clone());
    let understandings = col!(|r| r.understanding.clone());
    let errors = col!(|r| r.error.clone());
    let dispositions = col!(|r| r.disposition.map(|d| d.as_str().to_string()));
    sqlx::query!(
        r#"
        update inbound_messages m
        set status = t.status, message_id = coalesce(t.message_id, m.message_id),
            from_email = t.from_email, subject = t.subject, automated = t.automated,
            intents = string_to_array(t.intents, ','), language = t.language,
            understanding = t.understanding, error = t.error,
            disposition = coalesce(t.disposition, m.disposition), attempts = m.attempts + 1,
            processed_at = now()
        from unnest($1::int8[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                    $7::text[], $8::text[], $9::jsonb[], $10::text[], $11::text[])
             as t(id, status, message_id, from_email, subject, automated, intents, language,
                  understanding, error, disposition)
        where m.id = t.id
        "#,
        &ids,
        &statuses,
        &message_ids as &[Option<String>],
        &from_emails as &[Option<String>],
        &subjects as &[Option<String>],
        &automated as &[Option<String>],
        &intents,
        &languages as &[Option<String>],
        &understandings,
        &errors as &[Option<String>],
        &dispositions as &[Option<String>],
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records a failure outside the processing transaction (which was rolled back). After a few
/// attempts the message is marked failed so one poison message cannot block the queue. Returns
/// the message's status afterwards (`failed` once it was given up).
pub async fn record_inbound_failure(
    pool: &PgPool,
    id: i64,
    error: &str,
    give_up_after: i32,
) -> Result<InboundStatus, StoreError> {
    let status = sqlx::query_scalar!(
        r#"
        update inbound_messages
        set attempts = attempts + 1, error = $2,
            status = case when attempts + 1 >= $3 then 'failed' else status end
        where id = $1
        returning status as "status: InboundStatus"
        "#,
        id,
        &*without_nul(error),
        give_up_after,
    )
    .fetch_one(pool)
    .await?;
    Ok(status)
}

/// A stored message as `reprocess` compares it: its bytes and what was concluded last time.
#[derive(Debug)]
pub struct StoredInbound {
    pub id: i64,
    pub raw: Vec<u8>,
    pub status: InboundStatus,
    pub automated: Option<String>,
    pub intents: Vec<String>,
}

/// Every stored message (with its bytes) in one of `statuses`, oldest first.
pub async fn stored_inbound(
    pool: &PgPool,
    statuses: &[String],
) -> Result<Vec<StoredInbound>, StoreError> {
    let rows = sqlx::query_as!(
        StoredInbound,
        r#"select id, raw as "raw!", status as "status: InboundStatus", automated, intents from inbound_messages
               where status = any($1) and raw is not null order by id"#,
        statuses
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

/// Makes messages pending again, with a fresh attempt count, so processing takes them anew.
pub async fn requeue_inbound(pool: &PgPool, ids: &[i64]) -> Result<(), StoreError> {
    sqlx::query!(
        "update inbound_messages set status = 'pending', attempts = 0, error = null where id = any($1)",
        ids
    )
    .execute(pool)
    .await?;
    Ok(())
}
