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

/// Every count in one statement: one round trip, and one snapshot, so the numbers add up.
pub async fn load_counts(pool: &PgPool, event_id: &str) -> Result<Counts, StoreError> {
    let c = sqlx::query!(
        r#"select coalesce(r.confirmed, 0) as "confirmed!", coalesce(r.waitlisted, 0) as "waitlisted!",
                  coalesce(r.cancelled, 0) as "cancelled!",
                  coalesce(r.pending_confirmation, 0) as "pending_confirmation!",
                  i.processed as "processed!", i.automated as "automated!", i.failed as "in_failed!",
                  i.rejected as "rejected!", i.pending as "in_pending!",
                  o.sent as "sent!", o.pending as "out_pending!", o.failed as "out_failed!",
                  o.suppressed as "suppressed!",
                  (select count(*) from outbox where kind = 'forward' and status = 'sent') as "forwards_sent!",
                  (select count(*) from ideas where event_id = $1) as "ideas!",
                  (select count(*) from questions where event_id = $1) as "questions!",
                  coalesce(rv.open, 0) as "review_open!", coalesce(rv.resolved, 0) as "review_resolved!",
                  (select coalesce(jsonb_object_agg(country, registrations), '{}')
                   from registrations_by_country where event_id = $1) as "by_country!: sqlx::types::Json<BTreeMap<String, i64>>"
           from (select 1) one
           left join registration_counts r on r.event_id = $1
           left join review_counts rv on rv.event_id = $1
           cross join inbound_counts i
           cross join outbound_counts o"#,
        event_id
    )
    .fetch_one(pool)
    .await?;
    Ok(Counts {
        registrations: RegistrationCounts {
            confirmed: c.confirmed,
            waitlisted: c.waitlisted,
            cancelled: c.cancelled,
            pending_confirmation: c.pending_confirmation,
        },
        ideas: c.ideas,
        questions: c.questions,
        review: ReviewCounts {
            open: c.review_open,
            resolved: c.review_resolved,
        },
        inbound: InboundCounts {
            processed: c.processed,
            automated: c.automated,
            failed: c.in_failed,
            rejected: c.rejected,
            pending: c.in_pending,
        },
        outbound: OutboundCounts {
            sent: c.sent,
            forwards_sent: c.forwards_sent,
            pending: c.out_pending,
            failed: c.out_failed,
            suppressed: c.suppressed,
        },
        by_country: c.by_country.0,
    })
}
