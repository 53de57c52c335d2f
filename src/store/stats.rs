//! The counts organisers see (`regbot stats`), read from the SQL views psql users query too.

use std::collections::BTreeMap;

use serde::Serialize;
use sqlx::PgPool;

use super::StoreError;

/// Every count of one event, as the views give them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub registrations: RegistrationCounts,
    pub ideas: i64,
    pub questions: i64,
    pub review: ReviewCounts,
    pub inbound: InboundCounts,
    pub outbound: OutboundCounts,
    pub by_country: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct RegistrationCounts {
    pub confirmed: i64,
    pub waitlisted: i64,
    pub cancelled: i64,
    pub pending_confirmation: i64,
}

/// Messages waiting for a person (`regbot review list --open`).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ReviewCounts {
    pub open: i64,
    pub resolved: i64,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct InboundCounts {
    pub processed: i64,
    pub automated: i64,
    pub failed: i64,
    pub rejected: i64,
    pub pending: i64,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct OutboundCounts {
    /// Every mail sent: replies, broadcasts, and forwards to the organisers.
    pub sent: i64,
    /// Of `sent`, the forwards (and digests) to the organisers, which are not participant mail.
    pub forwards_sent: i64,
    pub pending: i64,
    pub failed: i64,
    pub suppressed: i64,
}

pub async fn load_counts(pool: &PgPool, event_id: &str) -> Result<Counts, StoreError> {
    let r = sqlx::query!(
        r#"select coalesce(confirmed, 0) as "confirmed!", coalesce(waitlisted, 0) as "waitlisted!",
                  coalesce(cancelled, 0) as "cancelled!",
                  coalesce(pending_confirmation, 0) as "pending_confirmation!"
           from (select 1) one left join registration_counts on event_id = $1"#,
        event_id
    )
    .fetch_one(pool)
    .await?;
    let i = sqlx::query!(
        r#"select processed as "processed!", automated as "automated!", failed as "failed!",
                  rejected as "rejected!", pending as "pending!" from inbound_counts"#
    )
    .fetch_one(pool)
    .await?;
    let o = sqlx::query!(
        r#"select sent as "sent!", pending as "pending!", failed as "failed!", suppressed as "suppressed!"
           from outbound_counts"#
    )
    .fetch_one(pool)
    .await?;
    let forwards_sent = sqlx::query_scalar!(
        r#"select count(*) as "n!" from outbox where kind = 'forward' and status = 'sent'"#
    )
    .fetch_one(pool)
    .await?;
    let ideas = sqlx::query_scalar!(
        r#"select count(*) as "n!" from ideas where event_id = $1"#,
        event_id
    )
    .fetch_one(pool)
    .await?;
    let questions = sqlx::query_scalar!(
        r#"select count(*) as "n!" from questions where event_id = $1"#,
        event_id
    )
    .fetch_one(pool)
    .await?;
    let review = sqlx::query!(
        r#"select coalesce(open, 0) as "open!", coalesce(resolved, 0) as "resolved!"
           from (select 1) one left join review_counts on event_id = $1"#,
        event_id
    )
    .fetch_one(pool)
    .await?;
    let countries = sqlx::query!(
        r#"select country as "country!", registrations as "n!" from registrations_by_country where event_id = $1"#,
        event_id
    )
    .fetch_all(pool)
    .await?;
    Ok(Counts {
        registrations: RegistrationCounts {
            confirmed: r.confirmed,
            waitlisted: r.waitlisted,
            cancelled: r.cancelled,
            pending_confirmation: r.pending_confirmation,
        },
        ideas,
        questions,
        review: ReviewCounts {
            open: review.open,
            resolved: review.resolved,
        },
        inbound: InboundCounts {
            processed: i.processed,
            automated: i.automated,
            failed: i.failed,
            rejected: i.rejected,
            pending: i.pending,
        },
        outbound: OutboundCounts {
            sent: o.sent,
            forwards_sent,
            pending: o.pending,
            failed: o.failed,
            suppressed: o.suppressed,
        },
        by_country: countries.into_iter().map(|c| (c.country, c.n)).collect(),
    })
}
