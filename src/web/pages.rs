//! The desk's pages: each handler fetches from [`crate::desk`] and renders one template.

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use minijinja::value::Serde;
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::auth::Organiser;
use super::{AppState, WebError, charts};
use crate::desk::{self, PageAt};
use crate::organise::export;
use crate::organise::participants::{self, Filter, Sort};

const CSS: &str = include_str!("static/desk.css");
const PAGE_SIZE: i64 = 100;

/// What every signed-in page's frame shows: who is signed in, the sign-out token, the event.
pub(super) fn frame(state: &AppState, me: &Organiser, active: &str) -> Value {
    context! {
        me => me.session.email.clone(),
        csrf => me.session.csrf_token.clone(),
        event => state.config.event.name.clone(),
        active => active,
    }
}

pub async fn healthz(State(state): State<AppState>) -> Response {
    match crate::store::ping(&state.pool).await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the database does not answer: {e}"),
        )
            .into_response(),
    }
}

pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        CSS,
    )
        .into_response()
}

pub async fn not_found(State(state): State<AppState>) -> Result<Response, WebError> {
    let html = state.render(
        "not_found.html",
        context! { event => state.config.event.name.clone() },
    )?;
    Ok((StatusCode::NOT_FOUND, html).into_response())
}

pub async fn overview(State(state): State<AppState>, me: Organiser) -> Result<Response, WebError> {
    let o = desk::overview(&state.pool, &state.config).await?;
    let countries = desk::countries_named(&o.stats.by_country);
    let languages: Vec<(String, i64)> = o
        .by_language
        .iter()
        .map(|(code, n)| (desk::language_label(code), *n))
        .collect();
    let charts = context! {
        per_day => Value::from_safe_string(charts::cumulative_line(&o.cumulative, "Registrations received, cumulative")),
        countries => Value::from_safe_string(charts::bars(&countries, "Registrants by country", 12)),
        languages => Value::from_safe_string(charts::bars(&languages, "Registrants by language", 12)),
    };
    let html = state.render(
        "overview.html",
        context! { o => Value::from(Serde(&o)), charts => charts, ..frame(&state, &me, "overview") },
    )?;
    Ok(html.into_response())
}

/// The participants filter as it appears in the address bar (and in the CSV link).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ParticipantFilter {
    q: String,
    status: String,
    country: String,
    language: String,
    sort: String,
    dir: String,
    /// The page after or before this registration, or the last page (`last=1`); the first
    /// page when none is given.
    after: Option<i64>,
    before: Option<i64>,
    last: String,
}

impl ParticipantFilter {
    fn filter(&self) -> Filter {
        let given = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
        let status = match self.status.as_str() {
            s @ ("confirmed" | "waitlisted" | "cancelled") => Some(s.to_string()),
            _ => None,
        };
        Filter {
            status,
            country: given(&self.country),
            language: given(&self.language),
            search: given(&self.q),
        }
    }

    fn sort(&self) -> Sort {
        Sort::parse(&self.sort).unwrap_or_default()
    }

    fn descending(&self) -> bool {
        self.dir == "desc"
    }

    fn at(&self) -> PageAt {
        match (self.after, self.before) {
            (Some(id), _) => PageAt::After(id),
            (None, Some(id)) => PageAt::Before(id),
            (None, None) if !self.last.is_empty() => PageAt::Last,
            (None, None) => PageAt::First,
        }
    }

    /// The same filter and order on its first page.
    fn from_start(f: &mut ParticipantFilter) {
        f.after = None;
        f.before = None;
        f.last.clear();
    }

    /// This filter with other values, as a query string.
    fn link(&self, change: impl FnOnce(&mut ParticipantFilter)) -> String {
        let mut f = self.clone();
        change(&mut f);
        let pairs: Vec<(&str, String)> = [
            ("q", f.q),
            ("status", f.status),
            ("country", f.country),
            ("language", f.language),
            ("sort", f.sort),
            ("dir", f.dir),
            (
                "after",
                f.after.map(|id| id.to_string()).unwrap_or_default(),
            ),
            (
                "before",
                f.before.map(|id| id.to_string()).unwrap_or_default(),
            ),
            ("last", f.last),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect();
        let q = serde_urlencoded::to_string(pairs).unwrap_or_default();
        if q.is_empty() {
            String::new()
        } else {
            format!("?{q}")
        }
    }
}

#[derive(Serialize)]
struct Column {
    key: &'static str,
    title: &'static str,
    href: String,
    arrow: &'static str,
}

pub async fn participants(
    State(state): State<AppState>,
    me: Organiser,
    Query(filter): Query<ParticipantFilter>,
) -> Result<Response, WebError> {
    let sort = filter.sort();
    let found = desk::participants(
        &state.pool,
        &state.config.event.id,
        &filter.filter(),
        sort,
        filter.descending(),
        filter.at(),
        PAGE_SIZE,
    )
    .await?;
    let (rows, total) = (found.rows, found.total);
    let columns: Vec<Column> = [
        ("name", "Name"),
        ("email", "Address"),
        ("organisation", "Organisation"),
        ("country", "Country"),
        ("language", "Language"),
        ("status", "Status"),
        ("registered", "Registered"),
    ]
    .into_iter()
    .map(|(key, title)| {
        let current = sort.as_str() == key;
        let next_desc = current && !filter.descending();
        Column {
            key,
            title,
            href: filter.link(|f| {
                f.sort = key.to_string();
                f.dir = if next_desc {
                    "desc".into()
                } else {
                    String::new()
                };
                ParticipantFilter::from_start(f);
            }),
            arrow: match (current, filter.descending()) {
                (true, false) => "▲",
                (true, true) => "▼",
                _ => "",
            },
        }
    })
    .collect();
    let (first_id, last_id) = (rows.first().map(|p| p.id), rows.last().map(|p| p.id));
    let html = state.render(
        "participants.html",
        context! { rows => Value::from(Serde(&rows)),
        total => total,
        filter => Value::from(Serde(&filter)),
        columns => Value::from(Serde(&columns)),
        csv_href => format!("/participants.csv{}", filter.link(ParticipantFilter::from_start)),
        xlsx_href => format!("/participants.xlsx{}", filter.link(ParticipantFilter::from_start)),
        first_href => found.earlier.then(|| filter.link(ParticipantFilter::from_start)),
        prev_href => found.earlier.then_some(first_id).flatten().map(|id| filter.link(|f| {
            ParticipantFilter::from_start(f);
            f.before = Some(id);
        })),
        next_href => found.later.then_some(last_id).flatten().map(|id| filter.link(|f| {
            ParticipantFilter::from_start(f);
            f.after = Some(id);
        })),
        last_href => found.later.then(|| filter.link(|f| {
            ParticipantFilter::from_start(f);
            f.last = "1".into();
        })), ..frame(&state, &me, "participants") },
    )?;
    Ok(html.into_response())
}

/// What an export of the table holds: every row of the filter, in the table's order.
async fn everyone_matching(
    state: &AppState,
    filter: &ParticipantFilter,
) -> Result<Vec<participants::Participant>, WebError> {
    let all = participants::page(
        &state.pool,
        &state.config.event.id,
        &filter.filter(),
        filter.sort(),
        filter.descending(),
        i64::MAX,
        0,
    )
    .await?;
    Ok(all.rows)
}

pub async fn participants_csv(
    State(state): State<AppState>,
    _me: Organiser,
    Query(filter): Query<ParticipantFilter>,
) -> Result<Response, WebError> {
    let csv = export::csv(&everyone_matching(&state, &filter).await?);
    let name = format!(
        "participants-{}.csv",
        state.config.event.id.replace(['"', '/', '\\'], "_")
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        csv,
    )
        .into_response())
}

pub async fn participants_xlsx(
    State(state): State<AppState>,
    _me: Organiser,
    Query(filter): Query<ParticipantFilter>,
) -> Result<Response, WebError> {
    let rows = everyone_matching(&state, &filter).await?;
    // Compressing 10,000 rows takes a core for a while: off the threads that serve pages.
    let xlsx = tokio::task::spawn_blocking(move || export::xlsx(&rows))
        .await
        .map_err(|e| WebError::Task(e.to_string()))??;
    let name = format!(
        "participants-{}.xlsx",
        state.config.event.id.replace(['"', '/', '\\'], "_")
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        xlsx,
    )
        .into_response())
}

/// Where a list newest first starts: below id `before`, or at the newest.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Older {
    pub before: Option<i64>,
}

pub async fn ideas(
    State(state): State<AppState>,
    me: Organiser,
    Query(older): Query<Older>,
) -> Result<Response, WebError> {
    let page = desk::ideas(&state.pool, &state.config, older.before).await?;
    let html = state.render(
        "ideas.html",
        context! { page => Value::from(Serde(&page)), first => older.before.is_none(),
        ..frame(&state, &me, "ideas") },
    )?;
    Ok(html.into_response())
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct MailFilter {
    inbound: String,
    outbound: String,
    in_before: Option<i64>,
    out_before: Option<i64>,
    suppressed: i64,
}

pub async fn mail(
    State(state): State<AppState>,
    me: Organiser,
    Query(filter): Query<MailFilter>,
) -> Result<Response, WebError> {
    let pick = |s: &str, allowed: &[&str]| {
        if allowed.contains(&s) {
            s.to_string()
        } else {
            String::new()
        }
    };
    let inbound = pick(
        &filter.inbound,
        &["pending", "processed", "automated", "failed", "rejected"],
    );
    let outbound = pick(
        &filter.outbound,
        &["pending", "sent", "failed", "suppressed"],
    );
    let query = desk::MailLogQuery {
        inbound: inbound.clone(),
        inbound_before: filter.in_before,
        outbound: outbound.clone(),
        outbound_before: filter.out_before,
        suppressed_page: filter.suppressed.max(0),
    };
    let log = desk::mail_log(&state.pool, &query).await?;
    // Each list pages on its own; the links keep the other lists where they are.
    let link = |change: &dyn Fn(&mut MailFilter)| {
        let mut f = MailFilter {
            inbound: inbound.clone(),
            outbound: outbound.clone(),
            in_before: filter.in_before,
            out_before: filter.out_before,
            suppressed: query.suppressed_page,
        };
        change(&mut f);
        format!(
            "/mail?{}",
            serde_urlencoded::to_string(&f).unwrap_or_default()
        )
    };
    let shown = (query.suppressed_page + 1) * desk::PAGE_SIZE;
    let html = state.render(
        "mail.html",
        context! { log => Value::from(Serde(&log)), inbound => &inbound, outbound => &outbound,
        in_older => log.inbound.older.map(|id| link(&|f| f.in_before = Some(id))),
        in_newest => filter.in_before.map(|_| link(&|f| f.in_before = None)),
        out_older => log.outbound.older.map(|id| link(&|f| f.out_before = Some(id))),
        out_newest => filter.out_before.map(|_| link(&|f| f.out_before = None)),
        sup_more => (shown < log.suppressed_total).then(|| link(&|f| f.suppressed += 1)),
        sup_first => (query.suppressed_page > 0).then(|| link(&|f| f.suppressed = 0)),
        ..frame(&state, &me, "mail") },
    )?;
    Ok(html.into_response())
}

/// The same object as `regbot stats --format json`.
pub async fn stats_json(
    State(state): State<AppState>,
    _me: Organiser,
) -> Result<Response, WebError> {
    let stats = crate::stats::collect(&state.pool, &state.config.event.id).await?;
    Ok(Json(stats).into_response())
}
