//! What the organisers' web desk shows, as plain data: the overview (the same counts as
//! `regbot stats`, plus chart series), filtered participant lists and their CSV export, and the
//! read-only lists of ideas, questions, mail and broadcasts.
//!
//! The web layer (`web`) only turns these into pages; the SQL stays in `store`. Changes to the
//! records (edit, cancel, answer, resolve, broadcast) belong to the organiser library the CLI
//! uses, and the desk calls that when it exists.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use sqlx::PgPool;

use crate::config::Config;
use crate::stats::{self, Stats};
use crate::store::{self, StoreError};

pub use crate::store::{
    BroadcastRow, IdeaRow, InboundLogRow, OutboundLogRow, ParticipantQuery, ParticipantRow,
    QuestionRow, SuppressedRow,
};

#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("could not write the spreadsheet: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

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

/// One page of participants and how many match.
pub async fn participants(
    pool: &PgPool,
    config: &Config,
    query: &ParticipantQuery,
) -> Result<(Vec<ParticipantRow>, i64), StoreError> {
    store::participants_page(pool, &config.event.id, query).await
}

/// Every participant matching the filter, as CSV (UTF-8 with a byte-order mark, so
/// spreadsheet programs read the Latvian, Polish and Cyrillic names right).
pub async fn participants_csv(
    pool: &PgPool,
    config: &Config,
    query: &ParticipantQuery,
) -> Result<String, StoreError> {
    let all = ParticipantQuery {
        limit: i64::MAX,
        offset: 0,
        ..query.clone()
    };
    let (rows, _) = store::participants_page(pool, &config.event.id, &all).await?;
    Ok(to_csv(&rows))
}

/// Every participant matching the filter, as an Excel workbook (one sheet, a bold header row,
/// times in UTC). Text is written as text, so a value from mail never becomes a formula.
pub async fn participants_xlsx(
    pool: &PgPool,
    config: &Config,
    query: &ParticipantQuery,
) -> Result<Vec<u8>, DeskError> {
    let all = ParticipantQuery {
        limit: i64::MAX,
        offset: 0,
        ..query.clone()
    };
    let (rows, _) = store::participants_page(pool, &config.event.id, &all).await?;
    Ok(to_xlsx(&rows)?)
}

fn to_xlsx(rows: &[ParticipantRow]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Participants")?;
    for (col, title) in CSV_HEADER.split(',').enumerate() {
        sheet.write_string_with_format(0, col as u16, title, &bold)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        let texts = [
            r.email.as_str(),
            r.name.as_deref().unwrap_or(""),
            r.organisation.as_deref().unwrap_or(""),
            r.country.as_deref().unwrap_or(""),
            r.experience.as_deref().unwrap_or(""),
            r.language.as_deref().unwrap_or(""),
            r.status.as_str(),
        ];
        for (col, text) in texts.iter().enumerate() {
            sheet.write_string(row, col as u16, *text)?;
        }
        let stamp = |t: &chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M UTC").to_string();
        sheet.write_string(row, 7, stamp(&r.created_at))?;
        sheet.write_string(row, 8, stamp(&r.updated_at))?;
        sheet.write_number(row, 9, r.ideas as f64)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    workbook.save_to_buffer()
}

const CSV_HEADER: &str =
    "email,name,organisation,country,experience,language,status,created_at,updated_at,ideas";

fn to_csv(rows: &[ParticipantRow]) -> String {
    let mut out = String::with_capacity(64 + rows.len() * 160);
    out.push('\u{feff}');
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    for r in rows {
        let fields = [
            r.email.as_str(),
            r.name.as_deref().unwrap_or(""),
            r.organisation.as_deref().unwrap_or(""),
            r.country.as_deref().unwrap_or(""),
            r.experience.as_deref().unwrap_or(""),
            r.language.as_deref().unwrap_or(""),
            r.status.as_str(),
        ];
        for f in fields {
            push_csv_field(&mut out, f);
            out.push(',');
        }
        out.push_str(&r.created_at.to_rfc3339());
        out.push(',');
        out.push_str(&r.updated_at.to_rfc3339());
        out.push(',');
        out.push_str(&r.ideas.to_string());
        out.push_str("\r\n");
    }
    out
}

/// RFC 4180 quoting. A value from mail that starts like a formula is prefixed with `'`, so a
/// spreadsheet shows it instead of running it.
fn push_csv_field(out: &mut String, value: &str) {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || value.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

pub async fn ideas(pool: &PgPool, config: &Config) -> Result<Vec<IdeaRow>, StoreError> {
    store::ideas_with_people(pool, &config.event.id, 300).await
}

pub async fn questions(pool: &PgPool, config: &Config) -> Result<Vec<QuestionRow>, StoreError> {
    store::questions_recent(pool, &config.event.id, 300).await
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

    fn row(name: &str, org: &str) -> ParticipantRow {
        let t = chrono::DateTime::parse_from_rfc3339("2027-03-01T10:00:00Z")
            .unwrap()
            .to_utc();
        ParticipantRow {
            id: 1,
            email: "a@example.org".into(),
            name: Some(name.into()),
            organisation: Some(org.into()),
            country: Some("LV".into()),
            experience: None,
            language: Some("lv".into()),
            status: "confirmed".into(),
            created_at: t,
            updated_at: t,
            ideas: 2,
        }
    }

    #[test]
    fn csv_quotes_commas_and_quotes_and_defuses_formulas() {
        let csv = to_csv(&[row("Jānis \"JB\" Bērziņš", "=HYPERLINK(\"x\")")]);
        let line = csv.lines().nth(1).unwrap();
        assert!(line.starts_with("a@example.org,\"Jānis \"\"JB\"\" Bērziņš\",\"'=HYPERLINK(\"\"x\"\")\",LV,,lv,confirmed,"));
        assert!(line.ends_with(",2"));
        assert!(csv.starts_with('\u{feff}'));
    }

    #[test]
    fn the_workbook_is_a_zip_with_every_row() {
        let rows: Vec<ParticipantRow> = (0..3).map(|_| row("Дмитрий", "=1+1")).collect();
        let bytes = to_xlsx(&rows).unwrap();
        assert!(bytes.starts_with(b"PK"), "an xlsx file is a zip archive");
        assert!(bytes.len() > 1000);
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
