//! Bounces as regbot read them (issue 8, defect 2): each failed address of each bounce, with the
//! mail of regbot's it returns when there is one, and what regbot made of it. Only a bounce of
//! mail regbot really sent to that address may silence it; the rest stays visible here and in
//! `regbot stats`.

use sqlx::PgPool;

use super::{StoreError, Tx};

/// What regbot did with one failed address of a bounce (`bounces.verdict`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BounceVerdict {
    /// It returns mail regbot sent to this address, and failed for good: the address gets
    /// nothing more.
    Suppressed,
    /// It returns mail regbot sent there, but the failure may pass (4.x.x); only repeated ones
    /// suppress.
    Soft,
    /// It returns nothing regbot sent to this address (forged, or a copy regbot cannot
    /// recognise): kept for the organisers, nothing silenced.
    Unmatched,
    /// The organisers' own address: never silenced, whatever the bounce says.
    Organiser,
}

impl BounceVerdict {
    pub fn as_str(self) -> &'static str {
        match self {
            BounceVerdict::Suppressed => "suppressed",
            BounceVerdict::Soft => "soft",
            BounceVerdict::Unmatched => "unmatched",
            BounceVerdict::Organiser => "organiser",
        }
    }
}

/// The outbox row of the mail that `email` was sent with one of `message_ids` (each in angle
/// brackets, as the outbox stores them), when regbot sent one.
pub async fn sent_mail_returned(
    tx: &mut Tx<'_>,
    email: &str,
    message_ids: &[String],
) -> Result<Option<i64>, StoreError> {
    if message_ids.is_empty() {
        return Ok(None);
    }
    let id = sqlx::query_scalar!(
        r#"select id from outbox
           where message_id = any($1) and lower(recipient) = lower($2) and status = 'sent'
           order by id desc limit 1"#,
        message_ids,
        email
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(id)
}

/// Records one failed address of bounce `inbound_id` (again: nothing changes).
pub async fn record_bounce(
    tx: &mut Tx<'_>,
    inbound_id: i64,
    email: &str,
    status: Option<&str>,
    outbox_id: Option<i64>,
    verdict: BounceVerdict,
) -> Result<(), StoreError> {
    sqlx::query!(
        r#"insert into bounces (inbound_id, email, status, outbox_id, verdict)
           values ($1, lower($2), $3, $4, $5)
           on conflict (inbound_id, email) do nothing"#,
        inbound_id,
        email,
        status,
        outbox_id,
        verdict.as_str()
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records the complaint of `email` in feedback report `inbound_id` (again: nothing changes).
/// `verdict` is `Suppressed` when the report returns mail regbot sent to that address.
pub async fn record_complaint(
    tx: &mut Tx<'_>,
    inbound_id: i64,
    email: &str,
    outbox_id: Option<i64>,
    verdict: BounceVerdict,
) -> Result<(), StoreError> {
    sqlx::query!(
        r#"insert into bounces (inbound_id, email, outbox_id, verdict, kind)
           values ($1, lower($2), $3, $4, 'complaint')
           on conflict (inbound_id, email) do nothing"#,
        inbound_id,
        email,
        outbox_id,
        verdict.as_str()
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Soft bounces of regbot's mail to `email` recorded so far.
pub async fn soft_bounces(tx: &mut Tx<'_>, email: &str) -> Result<i64, StoreError> {
    let n = sqlx::query_scalar!(
        r#"select count(*) as "n!" from bounces where email = lower($1) and verdict = 'soft'"#,
        email
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(n)
}

/// The bounce counts of `regbot stats` (the `bounce_counts` view), one per failed address.
#[derive(Debug, Clone, Default, serde::Serialize, PartialEq, Eq)]
pub struct BounceCounts {
    /// Bounces of mail regbot sent to the address they name.
    pub matched: i64,
    /// Bounces that return nothing regbot sent to that address, or name the organisers:
    /// nothing was silenced by them.
    pub unmatched: i64,
    /// Addresses that get no more mail because of a bounce.
    pub suppressed_addresses: i64,
    /// Feedback reports: someone marked regbot's mail as spam or asked to unsubscribe (one per
    /// complaining address; not counted as bounces).
    pub complaints: i64,
}

pub async fn bounce_verdict_counts(pool: &PgPool) -> Result<BounceCounts, StoreError> {
    let b = sqlx::query!(
        r#"select matched as "matched!", unmatched as "unmatched!",
                  suppressed_addresses as "suppressed_addresses!", complaints as "complaints!"
           from bounce_counts"#
    )
    .fetch_one(pool)
    .await?;
    Ok(BounceCounts {
        matched: b.matched,
        unmatched: b.unmatched,
        suppressed_addresses: b.suppressed_addresses,
        complaints: b.complaints,
    })
}

/// One failed address of one bounce, or one complaining address of a feedback report, as
/// organisers see it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BounceRow {
    pub email: String,
    /// `bounce`, or `complaint` for a feedback report (the mailbox works; its owner objected).
    pub kind: String,
    /// `suppressed`, `soft`, `unmatched` or `organiser` (see [`BounceVerdict`]).
    pub verdict: String,
    /// The enhanced status code the bounce states, when it states one.
    pub status: Option<String>,
    /// The kind of regbot mail it returns (`reply`, `broadcast`, …); none when unmatched.
    pub returned: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Every bounce and complaint regbot received, newest first.
pub async fn list_bounces(pool: &PgPool) -> Result<Vec<BounceRow>, StoreError> {
    let rows = sqlx::query_as!(
        BounceRow,
        r#"select b.email, b.kind, b.verdict, b.status, o.kind as "returned?", b.created_at
           from bounces b left join outbox o on o.id = b.outbox_id
           order by b.created_at desc, b.id desc"#
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}
