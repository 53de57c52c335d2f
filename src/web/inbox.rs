//! Answering questions and resolving review items from the desk. The rules are the CLI's
//! ([`crate::organise::questions::answer`], [`crate::organise::review::resolve`]: the answer
//! goes out in the asker's own thread, every change is audited); this file shows the lists,
//! checks the CSRF token and reports the outcome.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use minijinja::value::{Serde, Value};
use serde::Deserialize;

use super::auth::{Organiser, Posted, WithCsrf};
use super::pages::frame;
use super::{AppState, WebError};
use crate::desk;
use crate::organise::review::Resolution;
use crate::organise::{OrganiseError, questions, review};

/// A list page's address: what just happened (shown once after a change), which status,
/// and where the page starts.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    done: String,
    status: String,
    before: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    csrf: String,
    body: String,
}

impl WithCsrf for AnswerForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

async fn render_questions(
    state: &AppState,
    me: &Organiser,
    query: &ListQuery,
    error: Option<(i64, String)>,
) -> Result<Response, WebError> {
    let status = match query.status.as_str() {
        s @ ("open" | "answered") => s,
        _ => "",
    };
    let (page, open) = tokio::try_join!(
        desk::questions(&state.pool, &state.config, status, query.before),
        desk::open_questions(&state.pool, &state.config),
    )?;
    let older = page
        .older
        .map(|id| format!("/questions?status={status}&before={id}"));
    let code = super::form_status(error.is_some());
    let (error_id, error) = error.unzip();
    let html = state.render(
        "questions.html",
        context! { rows => Value::from(Serde(&page.rows)), open => open, done => &query.done,
        status => status, older => older, first => query.before.is_none(),
        error_id => error_id, error => error, ..frame(state, me, "questions") },
    )?;
    Ok((code, html).into_response())
}

pub async fn questions_page(
    State(state): State<AppState>,
    me: Organiser,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    render_questions(&state, &me, &query, None).await
}

pub async fn answer(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Posted { me, form }: Posted<AnswerForm>,
) -> Result<Response, WebError> {
    if form.body.trim().is_empty() {
        let why = "Write the answer first: it is sent to the person as it is.".to_string();
        return render_questions(&state, &me, &ListQuery::default(), Some((id, why))).await;
    }
    let actor = me.actor();
    let body = form.body.replace("\r\n", "\n");
    match questions::answer(&state.pool, &state.processor, &actor, id, &body).await {
        Ok(q) => Ok(Redirect::to(&format!("/questions?done={}", q.id)).into_response()),
        Err(OrganiseError::NotFound { .. }) => {
            let why = format!("There is no question {id}; reload the page.");
            render_questions(&state, &me, &ListQuery::default(), Some((id, why))).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn review_page(
    State(state): State<AppState>,
    me: Organiser,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let (open, resolved, counts) = tokio::try_join!(
        desk::review_items(&state.pool, &state.config, "open", query.before),
        desk::review_items(&state.pool, &state.config, "resolved", None),
        desk::review_counts(&state.pool, &state.config),
    )?;
    let html = state.render(
        "review.html",
        context! { open => Value::from(Serde(&open.rows)), open_count => counts.open,
        older => open.older.map(|id| format!("/review?before={id}")),
        first => query.before.is_none(),
        resolved => Value::from(Serde(&resolved.rows)),
        done => query.done, ..frame(&state, &me, "review") },
    )?;
    Ok(html.into_response())
}

pub async fn review_item(
    State(state): State<AppState>,
    me: Organiser,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let Some(detail) = review::detail(&state.pool, &state.config.event.id, id).await? else {
        let html = state.render(
            "review_item.html",
            context! { missing => id, ..frame(&state, &me, "review") },
        )?;
        return Ok((StatusCode::NOT_FOUND, html).into_response());
    };
    let html = state.render(
        "review_item.html",
        context! { d => Value::from(Serde(&detail)), ..frame(&state, &me, "review") },
    )?;
    Ok(html.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResolveForm {
    csrf: String,
    #[serde(rename = "as")]
    resolution: String,
}

impl WithCsrf for ResolveForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn resolve(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Posted { me, form }: Posted<ResolveForm>,
) -> Result<Response, WebError> {
    let Some(resolution) = Resolution::from_word(&form.resolution) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            "Choose registration, named_people, idea, question or ignore.",
        )
            .into_response());
    };
    let actor = me.actor();
    match review::resolve(&state.pool, &state.processor, &actor, id, resolution).await {
        Ok(item) => Ok(
            Redirect::to(&format!("/review?done={}+{}", item.id, resolution.as_str()))
                .into_response(),
        ),
        Err(e @ OrganiseError::NobodyNamed(_)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("{e}. The review page has the other choices."),
        )
            .into_response()),
        Err(e @ (OrganiseError::AlreadyResolved(_) | OrganiseError::NotFound { .. })) => Ok((
            StatusCode::CONFLICT,
            format!("{e}. Reload the review page to see where things stand."),
        )
            .into_response()),
        Err(e) => Err(e.into()),
    }
}
