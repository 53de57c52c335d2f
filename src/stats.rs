//! Counts for organisers: `regbot stats` reads the same SQL views psql users query.

use std::collections::BTreeMap;

use serde::Serialize;
use sqlx::PgPool;

use crate::store::StoreError;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Stats {
    pub event: String,
    pub registrations: RegistrationCounts,
    pub ideas: i64,
    pub questions: i64,
    pub inbound: InboundCounts,
    pub outbound: OutboundCounts,
    pub by_country: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct RegistrationCounts {
    pub confirmed: i64,
    pub waitlisted: i64,
    pub cancelled: i64,
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
    pub sent: i64,
    pub pending: i64,
    pub failed: i64,
    pub suppressed: i64,
}

pub async fn collect(pool: &PgPool, event_id: &str) -> Result<Stats, StoreError> {
    let r = sqlx::query!(
        r#"select coalesce(confirmed, 0) as "confirmed!", coalesce(waitlisted, 0) as "waitlisted!",
                  coalesce(cancelled, 0) as "cancelled!"
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
    let countries = sqlx::query!(
        r#"select country as "country!", registrations as "n!" from registrations_by_country where event_id = $1"#,
        event_id
    )
    .fetch_all(pool)
    .await?;
    Ok(Stats {
        event: event_id.to_string(),
        registrations: RegistrationCounts {
            confirmed: r.confirmed,
            waitlisted: r.waitlisted,
            cancelled: r.cancelled,
        },
        ideas,
        questions,
        inbound: InboundCounts {
            processed: i.processed,
            automated: i.automated,
            failed: i.failed,
            rejected: i.rejected,
            pending: i.pending,
        },
        outbound: OutboundCounts {
            sent: o.sent,
            pending: o.pending,
            failed: o.failed,
            suppressed: o.suppressed,
        },
        by_country: countries.into_iter().map(|c| (c.country, c.n)).collect(),
    })
}

impl Stats {
    /// Flat `section.key,value` rows, for `--format csv` and the table.
    pub fn rows(&self) -> Vec<(String, i64)> {
        let mut rows = vec![
            (
                "registrations.confirmed".to_string(),
                self.registrations.confirmed,
            ),
            (
                "registrations.waitlisted".into(),
                self.registrations.waitlisted,
            ),
            (
                "registrations.cancelled".into(),
                self.registrations.cancelled,
            ),
            ("ideas".into(), self.ideas),
            ("questions".into(), self.questions),
            ("inbound.processed".into(), self.inbound.processed),
            ("inbound.automated".into(), self.inbound.automated),
            ("inbound.failed".into(), self.inbound.failed),
            ("inbound.rejected".into(), self.inbound.rejected),
            ("inbound.pending".into(), self.inbound.pending),
            ("outbound.sent".into(), self.outbound.sent),
            ("outbound.pending".into(), self.outbound.pending),
            ("outbound.failed".into(), self.outbound.failed),
            ("outbound.suppressed".into(), self.outbound.suppressed),
        ];
        for (country, n) in &self.by_country {
            rows.push((format!("by_country.{country}"), *n));
        }
        rows
    }

    pub fn csv(&self) -> String {
        let mut out = String::from("metric,value\n");
        for (k, v) in self.rows() {
            out.push_str(&format!("{k},{v}\n"));
        }
        out
    }

    pub fn table(&self) -> String {
        use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
        let mut t = Table::new();
        t.load_style(UTF8_FULL_CONDENSED);
        t.set_header(vec![format!("{}", self.event), "count".to_string()]);
        let r = &self.registrations;
        t.add_row(vec![
            "registrations confirmed".to_string(),
            r.confirmed.to_string(),
        ]);
        t.add_row(vec![
            "registrations waitlisted".to_string(),
            r.waitlisted.to_string(),
        ]);
        t.add_row(vec![
            "registrations cancelled".to_string(),
            r.cancelled.to_string(),
        ]);
        t.add_row(vec!["ideas".to_string(), self.ideas.to_string()]);
        t.add_row(vec!["questions".to_string(), self.questions.to_string()]);
        let i = &self.inbound;
        t.add_row(vec![
            "mail in: processed / automated".to_string(),
            format!("{} / {}", i.processed, i.automated),
        ]);
        t.add_row(vec![
            "mail in: failed / rejected / pending".to_string(),
            format!("{} / {} / {}", i.failed, i.rejected, i.pending),
        ]);
        let o = &self.outbound;
        t.add_row(vec![
            "mail out: sent / pending".to_string(),
            format!("{} / {}", o.sent, o.pending),
        ]);
        t.add_row(vec![
            "mail out: failed / suppressed".to_string(),
            format!("{} / {}", o.failed, o.suppressed),
        ]);
        for (country, n) in &self.by_country {
            // The view counts registrations without a stated country under "??".
            let label = match crate::templates::country_name(country) {
                Some(name) => format!("  from {name}"),
                None if country == "??" => "  country not stated".to_string(),
                None => format!("  from {country}"),
            };
            t.add_row(vec![label, n.to_string()]);
        }
        t.to_string()
    }
}
