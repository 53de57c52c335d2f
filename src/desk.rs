//! What the organisers' web desk shows beside the organiser library: the overview (the same
//! counts as `regbot stats`, plus chart series) and the read-only lists of ideas, questions,
//! mail and broadcasts.
//!
//! The web layer (`web`) only turns these into pages; the SQL stays in `store`. Participants
//! and every change to the records (edit, cancel, answer, resolve, broadcast) come from the
//! organiser library the CLI uses (`crate::organise`).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use sqlx::PgPool;

use crate::config::Config;
use crate::stats::{self, Stats};
use crate::store::{self, StoreError};

pub use crate::store::{BroadcastRow, IdeaRow, InboundLogRow, OutboundLogRow, SuppressedRow};

/// Everything on the overview page.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub stats: Stats,
    /// Confirmed places; 0 means no limit.
    pub capacity: i64,
    pub bounces: i64,
    pub suppressed_addresses: i64,
    /// Running total of registrations received, one point per day with registrations.
    pub cumulative: Vec<(NaiveDate, i64)>,
    /// Registrants (not cancelled) per language code, most first.
    pub by_language: Vec<(String, i64)>,
}

pub async fn overview(pool: &PgPool, config: &Config) -> Result<Overview, StoreError> {
    let event = &config.event.id;
    // Independent reads on separate connections: the page waits for the slowest, not the sum.
    let (stats, (bounces, suppressed_addresses), per_day, by_language) = tokio::try_join!(
        stats::collect(pool, event),
        store::bounce_counts(pool),
        store::registrations_per_day(pool, event),
        store::registrations_by_language(pool, event),
    )?;
    Ok(Overview {
        stats,
        capacity: config.event.capacity,
        bounces,
        suppressed_addresses,
        cumulative: cumulative(&per_day),
        by_language,
    })
}

fn cumulative(per_day: &[(NaiveDate, i64)]) -> Vec<(NaiveDate, i64)> {
    let mut total = 0;
    per_day
        .iter()
        .map(|(day, n)| {
            total += n;
            (*day, total)
        })
        .collect()
}

/// Countries by registrants, most first, with names where regbot knows them.
pub fn countries_named(by_country: &BTreeMap<String, i64>) -> Vec<(String, i64)> {
    let mut rows: Vec<(String, i64)> = by_country
        .iter()
        .map(|(code, n)| (country_label(code), *n))
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

/// "Latvia" for `LV`; "not stated" for the view's `??`; the code itself when unknown.
pub fn country_label(code: &str) -> String {
    match crate::templates::country_name(code) {
        Some(name) => name.to_string(),
        None if code == "??" || code.is_empty() => "not stated".to_string(),
        None => code.to_string(),
    }
}

/// The language's own name for the codes regbot detects; the code otherwise.
pub fn language_label(code: &str) -> String {
    let name = match code {
        "en" => "English",
        "lv" => "Latviešu",
        "lt" => "Lietuvių",
        "et" => "Eesti",
        "fi" => "Suomi",
        "sv" => "Svenska",
        "da" => "Dansk",
        "nb" | "no" => "Norsk bokmål",
        "nn" => "Norsk nynorsk",
        "de" => "Deutsch",
        "pl" => "Polski",
        "ru" => "Русский",
        "??" | "" => "not recognised",
        other => return other.to_string(),
    };
    name.to_string()
}

pub async fn ideas(pool: &PgPool, config: &Config) -> Result<Vec<IdeaRow>, StoreError> {
    store::ideas_with_people(pool, &config.event.id, 300).await
}

/// The mail log: what came in, what went out, and who is no longer written to.
#[derive(Debug, Clone, Serialize)]
pub struct MailLog {
    pub inbound: Vec<InboundLogRow>,
    pub outbound: Vec<OutboundLogRow>,
    pub suppressed: Vec<SuppressedRow>,
}

pub async fn mail_log(
    pool: &PgPool,
    inbound_status: &str,
    outbound_status: &str,
    limit: i64,
) -> Result<MailLog, StoreError> {
    Ok(MailLog {
        inbound: store::inbound_log(pool, inbound_status, limit, 0).await?,
        outbound: store::outbound_log(pool, outbound_status, limit, 0).await?,
        suppressed: store::suppressed_list(pool, limit).await?,
    })
}

pub async fn broadcasts(pool: &PgPool, config: &Config) -> Result<Vec<BroadcastRow>, StoreError> {
    store::broadcast_history(pool, &config.event.id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cumulative_adds_up_day_by_day() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let c = cumulative(&[(d("2027-03-01"), 3), (d("2027-03-04"), 2)]);
        assert_eq!(c, vec![(d("2027-03-01"), 3), (d("2027-03-04"), 5)]);
    }

    #[test]
    fn countries_get_names_and_the_largest_comes_first() {
        let m = BTreeMap::from([
            ("LV".to_string(), 2),
            ("??".to_string(), 1),
            ("LT".to_string(), 5),
        ]);
        assert_eq!(
            countries_named(&m),
            vec![
                ("Lithuania".into(), 5),
                ("Latvia".into(), 2),
                ("not stated".into(), 1)
            ]
        );
    }
}
