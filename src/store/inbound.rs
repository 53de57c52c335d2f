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
            disposition = coalesce($11, disposition), attempts = attempts + 1, processed_at = now()
        where id = $1
        "#,
        id,
        outcome.status.as_str(),
        message_id.as_deref(),
        from_email.as_deref(),
        subject.as_deref(),
        outcome.automated,
        &intents,
        language.as_deref(),
        understanding,
        error.as_deref(),
        outcome.disposition.map(super::Disposition::as_str),
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
