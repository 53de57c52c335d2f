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
use crate::organise::participants::{Filter, Sort};
use crate::organise::questions::Question;
use crate::organise::review::ReviewItem;
use crate::stats::{self, Stats};
use crate::store::{self, ReviewCounts, StoreError};

pub use crate::store::{
    BroadcastRow, IdeaRow, InboundLogRow, OutboundLogRow, PageAt, ParticipantPage, SuppressedRow,
};

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

/// One page of the participants table: those matching `filter` in the order of `sort`, from
/// `at` on, `limit` of them (keyset paging: see [`store::participants_page`]).
pub async fn participants(
    pool: &PgPool,
    event_id: &str,
    filter: &Filter,
    sort: Sort,
    descending: bool,
    at: PageAt,
    limit: i64,
) -> Result<ParticipantPage, StoreError> {
    let query = filter.query(sort, descending);
    store::participants_page(pool, event_id, &query, at, limit).await
}

/// One page of a list shown newest first, and where the next (older) page starts.
///
/// Lists page by id ("older than #n"), not by an offset: a deep page reads its own rows only,
/// and a mail arriving between two clicks does not shift what the next page shows.
#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    pub rows: Vec<T>,
    /// The `before` of the next page; `None` on the last one.
    pub older: Option<i64>,
}

/// Rows shown on one page of the desk's lists.
pub const PAGE_SIZE: i64 = 50;

impl<T> Page<T> {
    /// `fetched` holds up to one row more than a page: that row says there is another page.
    fn cut(mut fetched: Vec<T>, id: impl Fn(&T) -> i64) -> Page<T> {
        let more = fetched.len() as i64 > PAGE_SIZE;
        fetched.truncate(PAGE_SIZE as usize);
        let older = more.then(|| fetched.last().map(id)).flatten();
        Page {
            rows: fetched,
            older,
        }
    }
}

/// The id a list starts below: the newest when no page was asked for.
fn start(before: Option<i64>) -> i64 {
    before.unwrap_or(i64::MAX)
}

pub async fn ideas(
    pool: &PgPool,
    config: &Config,
    before: Option<i64>,
) -> Result<Page<IdeaRow>, StoreError> {
    let rows =
        store::ideas_with_people(pool, &config.event.id, start(before), PAGE_SIZE + 1).await?;
    Ok(Page::cut(rows, |r| r.id))
}

/// Questions newest first; `status` empty means open and answered.
pub async fn questions(
    pool: &PgPool,
    config: &Config,
    status: &str,
    before: Option<i64>,
) -> Result<Page<Question>, StoreError> {
    let rows =
        store::questions_before(pool, &config.event.id, status, start(before), PAGE_SIZE + 1)
            .await?;
    let rows = rows.into_iter().map(Question::from).collect();
    Ok(Page::cut(rows, |q: &Question| q.id))
}

/// Review items of one status (`open`, `resolved`), newest first.
pub async fn review_items(
    pool: &PgPool,
    config: &Config,
    status: &str,
    before: Option<i64>,
) -> Result<Page<ReviewItem>, StoreError> {
    let rows =
        store::review_items_before(pool, &config.event.id, status, start(before), PAGE_SIZE + 1)
            .await?;
    let rows = rows.into_iter().map(ReviewItem::from).collect();
    Ok(Page::cut(rows, |i: &ReviewItem| i.id))
}

pub async fn open_questions(pool: &PgPool, config: &Config) -> Result<i64, StoreError> {
    store::open_question_count(pool, &config.event.id).await
}

pub async fn review_counts(pool: &PgPool, config: &Config) -> Result<ReviewCounts, StoreError> {
    store::review_item_counts(pool, &config.event.id).await
}

/// Where each list of the mail log starts, and which statuses it shows (empty: all).
#[derive(Debug, Clone, Default)]
pub struct MailLogQuery {
    pub inbound: String,
    pub inbound_before: Option<i64>,
    pub outbound: String,
    pub outbound_before: Option<i64>,
    /// Page of the suppressed addresses, from 0.
    pub suppressed_page: i64,
}

/// The mail log: what came in, what went out, and who is no longer written to.
#[derive(Debug, Clone, Serialize)]
pub struct MailLog {
    pub inbound: Page<InboundLogRow>,
    pub outbound: Page<OutboundLogRow>,
    pub suppressed: Vec<SuppressedRow>,
    pub suppressed_total: i64,
}

pub async fn mail_log(pool: &PgPool, q: &MailLogQuery) -> Result<MailLog, StoreError> {
    let (inbound, outbound, suppressed, (_, suppressed_total)) = tokio::try_join!(
        store::inbound_log(pool, &q.inbound, start(q.inbound_before), PAGE_SIZE + 1),
        store::outbound_log(pool, &q.outbound, start(q.outbound_before), PAGE_SIZE + 1),
        store::suppressed_list(pool, PAGE_SIZE, q.suppressed_page.max(0) * PAGE_SIZE),
        store::bounce_counts(pool),
    )?;
    Ok(MailLog {
        inbound: Page::cut(inbound, |m| m.id),
        outbound: Page::cut(outbound, |m| m.id),
        suppressed,
        suppressed_total,
    })
}

pub async fn broadcasts(pool: &PgPool, config: &Config) -> Result<Vec<BroadcastRow>, StoreError> {
    crate::organise::broadcasts::history(pool, &config.event.id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_says_where_the_next_starts_only_when_there_is_one() {
        let ids: Vec<i64> = (1..=PAGE_SIZE + 1).rev().collect();
        let full = Page::cut(ids.clone(), |i| *i);
        assert_eq!(full.rows.len() as i64, PAGE_SIZE);
        assert_eq!(
            full.older,
            Some(2),
            "the next page starts below the last shown"
        );
        let last = Page::cut(ids[..10].to_vec(), |i| *i);
        assert_eq!((last.rows.len(), last.older), (10, None));
    }

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
