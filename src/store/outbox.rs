//! The outbox: every mail regbot will send, queued in the transaction that causes it, leased
//! by the sender and marked with the result.

use std::time::Duration;

use sqlx::PgPool;

use super::{StoreError, Tx};
use crate::domain::without_nul;
use crate::status::{OutboxKind, OutboxStatus};

#[derive(Debug, Clone)]
pub struct NewOutbound {
    pub idempotency_key: String,
    pub kind: OutboxKind,
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
    pub status: OutboxStatus,
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
    Ok(enqueue_many(tx, std::slice::from_ref(m)).await? == 1)
}

/// Queues many mails in one statement (`insert … select from unnest(…)`: a broadcast, the
/// replies of a processing batch). Existing keys are skipped; returns how many were new.
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
    let inbound_ids = col!(|m| m.inbound_id);
    let broadcast_ids = col!(|m| m.broadcast_id);
    let templates = col!(|m| m.template.clone());
    let recipients = col!(|m| m.recipient.clone());
    let names = col!(|m| m.recipient_name.clone());
    let reply_tos = col!(|m| m.reply_to.clone());
    let subjects = col!(|m| m.subject.clone());
    let texts = col!(|m| m.body_text.clone());
    let htmls = col!(|m| m.body_html.clone());
    let message_ids = col!(|m| m.message_id.clone());
    let in_reply_tos = col!(|m| m.in_reply_to.clone());
    // unnest cannot take one array per row: each row's References travel as one text, a line
    // per Message-ID (a header value has no line breaks; `clean_references` makes sure).
    let references = col!(|m| clean_references(&m.references).join("\n"));
    let statuses = col!(|m| m.status.to_string());
    let errors = col!(|m| m.last_error.clone());
    let result = sqlx::query!(
        r#"
        insert into outbox (idempotency_key, kind, inbound_id, broadcast_id, template, recipient,
            recipient_name, reply_to, subject, body_text, body_html, message_id, in_reply_to,
            "references", status, last_error)
        select k, kind, i, b, tpl, rcpt, name, rt, subj, txt, html, mid, irt,
               case when refs = '' then '{}' else string_to_array(refs, E'\n') end, st, err
        from unnest($1::text[], $2::text[], $3::int8[], $4::int8[], $5::text[], $6::text[],
                    $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                    $13::text[], $14::text[], $15::text[], $16::text[])
             as t(k, kind, i, b, tpl, rcpt, name, rt, subj, txt, html, mid, irt, refs, st, err)
        on conflict (idempotency_key) do nothing
        "#,
        &keys,
        &kinds,
        &inbound_ids as &[Option<i64>],
        &broadcast_ids as &[Option<i64>],
        &templates as &[Option<String>],
        &recipients,
        &names as &[Option<String>],
        &reply_tos as &[Option<String>],
        &subjects,
        &texts,
        &htmls as &[Option<String>],
        &message_ids,
        &in_reply_tos as &[Option<String>],
        &references,
        &statuses,
        &errors as &[Option<String>],
    )
    .execute(&mut **tx)
    .await?;
    Ok(result.rows_affected())
}

/// References as they can travel in [`enqueue_many`]: no line breaks inside one, no empty one.
fn clean_references(references: &[String]) -> Vec<String> {
    references
        .iter()
        .map(|r| r.replace(['\r', '\n'], ""))
        .filter(|r| !r.is_empty())
        .collect()
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

#[derive(Debug, Clone)]
pub struct OutboundRow {
    pub id: i64,
    pub kind: OutboxKind,
    pub recipient: String,
    pub recipient_name: Option<String>,
    pub reply_to: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    pub message_id: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    /// Answers the SMTP server gave to this mail so far (250, 4xx, 5xx).
    pub attempts: i32,
    /// Times a sender took the row, this one included (paces retries during an outage).
    pub leases: i32,
    pub suppressed: bool,
    pub inbound_id: Option<i64>,
    /// Attach the stored inbound message (a forward to the organisers).
    pub attach_inbound: bool,
}

/// Leases the next due mail: in one committed statement it takes the row (skipping rows other
/// workers are leasing right now), counts the lease and pushes `next_attempt_at` to
/// `now() + lease`. Until the lease runs out no other worker or daemon picks the row up, so a
/// crash while the mail is being sent leaves it alone for `lease` instead of letting another
/// daemon resend it at once; after the lease it is sent again (same Message-ID). `leases` in
/// the returned row already counts this lease; `attempts` counts only the server's answers, which
/// the `mark_*` functions record.
///
/// A participant's mail (reply, broadcast, promotion) is held back while an earlier one to the
/// same address is still pending (`order_at`, then id; migrations 0043 and 0044's view
/// `outbox_in_turn`), so an acknowledgement, given back or waiting for a retry, still goes out
/// before the updates queued behind it.
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
            select t.id from outbox_in_turn t
            where t.next_attempt_at <= now()
            order by t.next_attempt_at, t.id
            for update of t skip locked
            limit $2
        )
        update outbox o
        set leases = o.leases + 1, next_attempt_at = now() + make_interval(secs => $1),
            last_error = null
        from due
        where o.id = due.id
        returning o.id, o.kind as "kind: OutboxKind", o.recipient, o.recipient_name, o.reply_to, o.subject, o.body_text,
               o.body_html, o.message_id, o.in_reply_to, o."references", o.attempts, o.leases,
               exists(select 1 from suppressed_addresses s where s.email = lower(o.recipient)) as "suppressed!",
               o.inbound_id, o.attach_inbound
        "#,
        lease.as_secs_f64(),
        limit,
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

/// Records that the server accepted the mail (an answer: counted). Only a row still pending
/// changes (a row that `forget` removed meanwhile stays removed).
///
/// With `flush` the call returns once the commit is on disk. Without it, the commit returns
/// before the WAL flush (`synchronous_commit = off` for this one statement): the row is
/// committed and seen by everyone, and survives a crash of regbot, but a crash of PostgreSQL
/// itself may lose it until the next flushed commit (any later commit with `flush`, or the WAL
/// writer, within 3 × `wal_writer_delay`). The sender uses it for all but the last mail of a
/// batch; see `Sender::send_due_batch` for the resulting bound.
pub async fn mark_sent(pool: &PgPool, id: i64, flush: bool) -> Result<(), StoreError> {
    sqlx::query!(
        r#"update outbox o set status = 'sent', sent_at = now(), last_error = null, attempts = attempts + 1
           from (select set_config('synchronous_commit', case when $2 then 'on' else 'off' end, true)) c
           where o.id = $1 and o.status = 'pending'"#,
        id,
        flush,
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// The attempt failed for a reason that may pass: try again after `delay`. `answered` when the
/// server gave this mail a 4xx (counted as an attempt); not when it could not be reached.
pub async fn mark_retry(
    pool: &PgPool,
    id: i64,
    delay: Duration,
    error: &str,
    answered: bool,
) -> Result<(), StoreError> {
    sqlx::query!(
        r#"update outbox set last_error = $2, next_attempt_at = now() + make_interval(secs => $3),
               attempts = attempts + case when $4 then 1 else 0 end
           where id = $1 and status = 'pending'"#,
        id,
        &*without_nul(error),
        delay.as_secs_f64(),
        answered,
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

/// Ends a row for good: 'failed' or 'suppressed', with the reason; `answered` when the server's
/// answer ended it (counted as an attempt).
pub async fn mark_final(
    pool: &PgPool,
    id: i64,
    status: OutboxStatus,
    error: &str,
    answered: bool,
) -> Result<(), StoreError> {
    sqlx::query!(
        "update outbox set status = $2, last_error = $3, attempts = attempts + case when $4 then 1 else 0 end where id = $1 and status = 'pending'",
        id,
        status.as_str(),
        &*without_nul(error),
        answered
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// When the next pending mail falls due (None when nothing is pending).
pub async fn next_outbound_due(
    pool: &PgPool,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, StoreError> {
    // The same hold as in `lease_outbound_batch` (the view `outbox_in_turn`): a mail waiting
    // behind an earlier one to its recipient is not due yet, whatever its own time says (else the daemon would wake for it
    // again and again while the earlier one is out on a lease).
    let t = sqlx::query_scalar!(r#"select min(next_attempt_at) from outbox_in_turn"#)
        .fetch_one(pool)
        .await?;
    Ok(t)
}

/// Every outbox row ever queued (reprocess reports how many it added).
pub async fn count_outbox(pool: &PgPool) -> Result<i64, StoreError> {
    let n = sqlx::query_scalar!(r#"select count(*) as "n!" from outbox"#)
        .fetch_one(pool)
        .await?;
    Ok(n)
}
