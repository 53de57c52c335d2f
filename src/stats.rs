//! Counts for organisers: `regbot stats` reads the same SQL views psql users query.

use std::collections::BTreeMap;

use serde::Serialize;
use sqlx::PgPool;

use crate::store::{self, StoreError};

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Stats {
    pub event: String,
    pub registrations: RegistrationCounts,
    pub ideas: i64,
    pub questions: i64,
    pub review: ReviewCounts,
    pub inbound: InboundCounts,
    pub outbound: OutboundCounts,
    pub bounces: BounceCounts,
    pub by_country: BTreeMap<String, i64>,
}

pub use crate::store::{
    BounceCounts, InboundCounts, OutboundCounts, RegistrationCounts, ReviewCounts,
};

pub async fn collect(pool: &PgPool, event_id: &str) -> Result<Stats, StoreError> {
    let c = store::load_counts(pool, event_id).await?;
    Ok(Stats {
        event: event_id.to_string(),
        registrations: c.registrations,
        ideas: c.ideas,
        questions: c.questions,
        review: c.review,
        inbound: c.inbound,
        outbound: c.outbound,
        bounces: store::bounce_verdict_counts(pool).await?,
        by_country: c.by_country,
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
            (
                "registrations.pending_confirmation".into(),
                self.registrations.pending_confirmation,
            ),
            ("ideas".into(), self.ideas),
            ("questions".into(), self.questions),
            ("review.open".into(), self.review.open),
            ("review.resolved".into(), self.review.resolved),
            ("inbound.processed".into(), self.inbound.processed),
            ("inbound.automated".into(), self.inbound.automated),
            ("inbound.failed".into(), self.inbound.failed),
            ("inbound.rejected".into(), self.inbound.rejected),
            ("inbound.pending".into(), self.inbound.pending),
            ("outbound.sent".into(), self.outbound.sent),
            ("outbound.forwards_sent".into(), self.outbound.forwards_sent),
            ("outbound.pending".into(), self.outbound.pending),
            ("outbound.failed".into(), self.outbound.failed),
            ("outbound.suppressed".into(), self.outbound.suppressed),
            ("bounces.matched".into(), self.bounces.matched),
            ("bounces.unmatched".into(), self.bounces.unmatched),
            (
                "bounces.suppressed_addresses".into(),
                self.bounces.suppressed_addresses,
            ),
            ("bounces.complaints".into(), self.bounces.complaints),
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
        t.add_row(vec![
            "registrations awaiting confirmation".to_string(),
            r.pending_confirmation.to_string(),
        ]);
        t.add_row(vec!["ideas".to_string(), self.ideas.to_string()]);
        t.add_row(vec!["questions".to_string(), self.questions.to_string()]);
        t.add_row(vec![
            "waiting for review (regbot review list)".to_string(),
            self.review.open.to_string(),
        ]);
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
            "  of the sent: forwards to the organisers".to_string(),
            o.forwards_sent.to_string(),
        ]);
        t.add_row(vec![
            "mail out: failed / suppressed".to_string(),
            format!("{} / {}", o.failed, o.suppressed),
        ]);
        let b = &self.bounces;
        t.add_row(vec![
            "bounces of regbot's mail / not of regbot's mail".to_string(),
            format!("{} / {}", b.matched, b.unmatched),
        ]);
        t.add_row(vec![
            "addresses silenced by bounces".to_string(),
            b.suppressed_addresses.to_string(),
        ]);
        t.add_row(vec![
            "complaints (marked as spam, unsubscribed)".to_string(),
            b.complaints.to_string(),
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
