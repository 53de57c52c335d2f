//! Broadcasts from the desk: compose, a preview per language (how many people read each and
//! the message the first of them gets), send, then the delivery progress until it is done.
//! Rendering and queueing are [`crate::broadcast::broadcast`], the function behind
//! `regbot broadcast`: the preview is its dry run, so what is previewed is what is sent. The
//! segment filters are `regbot broadcast`'s too ([`crate::organise::broadcasts::Segment`]).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use minijinja::value::{Serde, Value};
use serde::{Deserialize, Serialize};

use super::auth::{Organiser, Posted, WithCsrf};
use super::pages::frame;
use super::{AppState, WebError};
use crate::broadcast::{self, Audience, Body, BroadcastError, Plan};
use crate::desk;
use crate::organise::broadcasts::{self as organise, Segment, SegmentError};

/// The compose form, as typed.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct Compose {
    #[serde(skip_serializing)]
    csrf: String,
    subject: String,
    body: String,
    /// The "waiting list too" box: present when ticked.
    waitlisted: Option<String>,
    /// The segment filters, as typed; empty means any.
    status: String,
    country: String,
    language: String,
    registered_after: String,
    not_received: String,
    /// The "everyone confirmed later too" box: present when ticked.
    catch_up: Option<String>,
}

impl WithCsrf for Compose {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

impl Compose {
    /// The filters in words, for the preview ("from LV", …).
    fn described(&self) -> Vec<String> {
        let s = self.segment();
        let mut words = Vec::new();
        match (&s.status, s.include_waitlisted) {
            (Some(status), _) => words.push(format!("status {status}")),
            (None, true) => words.push("confirmed and waiting list".to_string()),
            (None, false) => {}
        }
        if let Some(c) = &s.country {
            words.push(format!("from {}", desk::country_label(&c.to_uppercase())));
        }
        if let Some(l) = &s.language {
            words.push(format!(
                "writing in {}",
                desk::language_label(&l.to_lowercase())
            ));
        }
        if let Some(t) = &s.registered_after {
            words.push(format!("registered after {t}"));
        }
        if let Some(n) = &s.not_received {
            words.push(format!(
                "who did not get broadcast #{}",
                n.trim_start_matches('#')
            ));
        }
        words
    }

    fn segment(&self) -> Segment {
        let given = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
        Segment {
            status: given(&self.status),
            include_waitlisted: self.waitlisted.is_some(),
            country: given(&self.country),
            language: given(&self.language),
            registered_after: given(&self.registered_after),
            not_received: given(&self.not_received),
            catch_up: self.catch_up.is_some(),
        }
    }
}

/// One language of the preview, as the page shows it.
#[derive(Serialize)]
struct LanguageRow {
    language: String,
    recipients: usize,
    to: String,
    subject: String,
    text: String,
}

fn previews(plan: &Plan) -> Vec<LanguageRow> {
    plan.languages
        .iter()
        .map(|l| LanguageRow {
            language: l.language.clone(),
            recipients: l.recipients,
            to: l.sample.0.clone(),
            subject: l.sample.1.subject.clone(),
            text: l.sample.1.text.clone(),
        })
        .collect()
}

/// A mistake in the form (a template that does not render, a repeat), shown beside it.
fn user_error(e: BroadcastError) -> Result<String, WebError> {
    match e {
        BroadcastError::Store(e) => Err(e.into()),
        BroadcastError::AlreadyQueued { id, at, recipients } => Ok(format!(
            "This broadcast (same subject and text) was already sent as #{id} on {at} to {recipients} people. Change the text to send another."
        )),
        other => Ok(other.to_string()),
    }
}

async fn render_compose(
    state: &AppState,
    me: &Organiser,
    form: &Compose,
    plan: Option<&Plan>,
    error: Option<String>,
) -> Result<Response, WebError> {
    let history = desk::broadcasts(&state.pool, &state.config).await?;
    let status = super::form_status(error.is_some());
    let html = state.render(
        "broadcasts.html",
        context! { rows => Value::from(Serde(&history)), form => Value::from(Serde(form)),
        preview => plan.map(|p| Value::from(Serde(previews(p)))),
        recipients => plan.map(|p| p.recipients), error => error,
        filters => plan.map(|_| form.described()),
        ..frame(state, me, "broadcasts") },
    )?;
    Ok((status, html).into_response())
}

pub async fn page(State(state): State<AppState>, me: Organiser) -> Result<Response, WebError> {
    render_compose(&state, &me, &Compose::default(), None, None).await
}

async fn run(
    state: &AppState,
    form: &Compose,
    audience: &Audience,
    dry_run: bool,
) -> Result<Plan, BroadcastError> {
    broadcast::broadcast(
        &state.pool,
        &state.config,
        Some(form.subject.trim()),
        &Body::Source(form.body.replace("\r\n", "\n")),
        audience,
        false,
        dry_run,
    )
    .await
}

/// The form's audience, or the page that says which filter to correct.
async fn audience(
    state: &AppState,
    me: &Organiser,
    form: &Compose,
) -> Result<Result<Audience, Response>, WebError> {
    match organise::audience(&state.pool, &state.config.event.id, &form.segment()).await {
        Ok(audience) => Ok(Ok(audience)),
        Err(SegmentError::Store(e)) => Err(e.into()),
        Err(e) => {
            let why = format!("Check the filters: {e}.");
            Ok(Err(render_compose(state, me, form, None, Some(why)).await?))
        }
    }
}

/// The answer to a form without a subject and text.
async fn refused(
    state: &AppState,
    me: &Organiser,
    form: &Compose,
) -> Result<Option<Response>, WebError> {
    if form.subject.trim().is_empty() || form.body.trim().is_empty() {
        let why = "Give the mail a subject and a text.".to_string();
        return Ok(Some(
            render_compose(state, me, form, None, Some(why)).await?,
        ));
    }
    Ok(None)
}

pub async fn preview(
    State(state): State<AppState>,
    Posted { me, form }: Posted<Compose>,
) -> Result<Response, WebError> {
    if let Some(refused) = refused(&state, &me, &form).await? {
        return Ok(refused);
    }
    let audience = match audience(&state, &me, &form).await? {
        Ok(audience) => audience,
        Err(page) => return Ok(page),
    };
    match run(&state, &form, &audience, true).await {
        Ok(plan) => render_compose(&state, &me, &form, Some(&plan), None).await,
        Err(e) => render_compose(&state, &me, &form, None, Some(user_error(e)?)).await,
    }
}

pub async fn send(
    State(state): State<AppState>,
    Posted { me, form }: Posted<Compose>,
) -> Result<Response, WebError> {
    if let Some(refused) = refused(&state, &me, &form).await? {
        return Ok(refused);
    }
    let audience = match audience(&state, &me, &form).await? {
        Ok(audience) => audience,
        Err(page) => return Ok(page),
    };
    match run(&state, &form, &audience, false).await {
        Ok(Plan {
            broadcast_id: Some(id),
            ..
        }) => {
            tracing::info!(organiser = %me.session.email, broadcast = id, "broadcast queued from the desk");
            Ok(Redirect::to(&format!("/broadcasts/{id}")).into_response())
        }
        Ok(_) => {
            let why = "Nobody would get this mail: nothing was sent.".to_string();
            render_compose(&state, &me, &form, None, Some(why)).await
        }
        Err(e) => render_compose(&state, &me, &form, None, Some(user_error(e)?)).await,
    }
}

/// One broadcast's delivery: the page reloads itself every two seconds until nothing is
/// pending (a meta refresh: no script needed).
pub async fn progress(
    State(state): State<AppState>,
    me: Organiser,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let found = organise::progress(&state.pool, &state.config.event.id, id).await?;
    let status = if found.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let html = state.render(
        "broadcast.html",
        context! { b => found.map(|b| Value::from(Serde(b))), missing => id,
        ..frame(&state, &me, "broadcasts") },
    )?;
    Ok((status, html).into_response())
}
