//! Changing participants from the desk: one person's page with the edit form, cancel and
//! confirm, and the form that adds someone. Every change goes through
//! [`crate::organise::participants`] (the CLI's functions, which write the audit trail); this
//! file only checks the CSRF token, turns form fields into [`Fields`] and shows the outcome.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use minijinja::value::{Serde, Value};
use serde::Deserialize;

use super::auth::{Organiser, Posted, WithCsrf};
use super::pages::frame;
use super::{AppState, WebError};
use crate::organise::OrganiseError;
use crate::organise::participants::{self, Fields, Participant};

/// Which person, and what just happened to them (shown once after a change).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Selected {
    email: String,
    done: String,
}

/// The fields of the edit and add forms, as typed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PersonForm {
    csrf: String,
    email: String,
    name: String,
    organisation: String,
    country: String,
    language: String,
    note: String,
    /// The "send the acknowledgement" box: present when ticked.
    acknowledge: Option<String>,
}

impl WithCsrf for PersonForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

impl PersonForm {
    /// What changed against `current` (all typed values for a new person). A value left as it
    /// was stays `None`, so an edit never overwrites what it did not touch.
    fn fields(&self, current: Option<&Participant>) -> Fields {
        let pick = |typed: String, now: Option<&Option<String>>| {
            let now = now.and_then(|v| v.as_deref()).unwrap_or("");
            (typed != now && !(typed.is_empty() && current.is_none())).then_some(typed)
        };
        let typed = |v: &str| v.trim().to_string();
        Fields {
            name: pick(typed(&self.name), current.map(|c| &c.name)),
            organisation: pick(typed(&self.organisation), current.map(|c| &c.organisation)),
            country: pick(
                typed(&self.country).to_uppercase(),
                current.map(|c| &c.country),
            ),
            language: pick(
                typed(&self.language).to_lowercase(),
                current.map(|c| &c.language),
            ),
            note: pick(typed(&self.note), current.map(|c| &c.note)),
        }
    }

    fn acknowledge(&self) -> bool {
        self.acknowledge.is_some()
    }
}

/// Mistakes an organiser can fix by changing the form; anything else is a server error.
fn user_error(e: OrganiseError) -> Result<String, WebError> {
    match e {
        OrganiseError::BadAddress(_)
        | OrganiseError::BadCountry(_)
        | OrganiseError::NotRegistered(_)
        | OrganiseError::AlreadyRegistered(_) => Ok(e.to_string()),
        other => Err(other.into()),
    }
}

fn done_message(done: &str) -> Option<&'static str> {
    Some(match done {
        "saved" => "Saved.",
        "added" => "Added.",
        "cancelled" => "The registration is cancelled. The person is not written to.",
        "confirmed" => "The place is confirmed.",
        _ => return None,
    })
}

fn person_link(email: &str, done: &str) -> String {
    let q = serde_urlencoded::to_string([("email", email), ("done", done)]).unwrap_or_default();
    format!("/participant?{q}")
}

async fn render_person(
    state: &AppState,
    me: &Organiser,
    email: &str,
    done: &str,
    error: Option<String>,
) -> Result<Response, WebError> {
    let event = &state.config.event.id;
    let Some(person) = participants::find(&state.pool, event, email).await? else {
        let html = state.render(
            "participant.html",
            context! { missing => email, ..frame(state, me, "participants") },
        )?;
        return Ok((StatusCode::NOT_FOUND, html).into_response());
    };
    let status = super::form_status(error.is_some());
    let html = state.render(
        "participant.html",
        context! { p => Value::from(Serde(&person)), done => done_message(done), error => error,
        ..frame(state, me, "participants") },
    )?;
    Ok((status, html).into_response())
}

/// After a change: the person's page with what happened, or the form's page with why not.
async fn outcome(
    state: &AppState,
    me: &Organiser,
    email: &str,
    result: Result<Participant, OrganiseError>,
    done: &str,
) -> Result<Response, WebError> {
    match result {
        Ok(p) => Ok(Redirect::to(&person_link(&p.email, done)).into_response()),
        Err(e) => render_person(state, me, email, "", Some(user_error(e)?)).await,
    }
}

pub async fn person(
    State(state): State<AppState>,
    me: Organiser,
    Query(selected): Query<Selected>,
) -> Result<Response, WebError> {
    render_person(&state, &me, &selected.email, &selected.done, None).await
}

pub async fn edit(
    State(state): State<AppState>,
    Posted { me, form }: Posted<PersonForm>,
) -> Result<Response, WebError> {
    let event = &state.config.event.id;
    let current = participants::find(&state.pool, event, &form.email).await?;
    let fields = form.fields(current.as_ref());
    let actor = me.actor();
    let result = participants::edit(&state.pool, event, &actor, &form.email, &fields).await;
    outcome(&state, &me, &form.email, result, "saved").await
}

pub async fn cancel(
    State(state): State<AppState>,
    Posted { me, form }: Posted<PersonForm>,
) -> Result<Response, WebError> {
    let actor = me.actor();
    let result = participants::cancel(&state.pool, &state.processor, &actor, &form.email).await;
    outcome(&state, &me, &form.email, result, "cancelled").await
}

pub async fn confirm(
    State(state): State<AppState>,
    Posted { me, form }: Posted<PersonForm>,
) -> Result<Response, WebError> {
    let actor = me.actor();
    let quiet = !form.acknowledge();
    let result =
        participants::confirm(&state.pool, &state.processor, &actor, &form.email, quiet).await;
    outcome(&state, &me, &form.email, result, "confirmed").await
}

fn render_new(
    state: &AppState,
    me: &Organiser,
    form: &PersonForm,
    error: Option<String>,
) -> Result<Response, WebError> {
    let status = super::form_status(error.is_some());
    let typed = context! { email => form.email.trim(), name => form.name.trim(),
    organisation => form.organisation.trim(), country => form.country.trim(),
    language => form.language.trim(), note => form.note.trim() };
    let html = state.render(
        "participant_new.html",
        context! { form => typed, error => error, ..frame(state, me, "participants") },
    )?;
    Ok((status, html).into_response())
}

pub async fn new_form(State(state): State<AppState>, me: Organiser) -> Result<Response, WebError> {
    render_new(&state, &me, &PersonForm::default(), None)
}

pub async fn add(
    State(state): State<AppState>,
    Posted { me, form }: Posted<PersonForm>,
) -> Result<Response, WebError> {
    let actor = me.actor();
    let fields = form.fields(None);
    let quiet = !form.acknowledge();
    let email = form.email.trim();
    match participants::add(&state.pool, &state.processor, &actor, email, &fields, quiet).await {
        Ok(p) => Ok(Redirect::to(&person_link(&p.email, "added")).into_response()),
        Err(e) => render_new(&state, &me, &form, Some(user_error(e)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person() -> Participant {
        Participant::example("Anna Ozola", None)
    }

    #[test]
    fn an_edit_changes_only_what_was_retyped() {
        let form = PersonForm {
            name: " Anna Ozola ".into(),
            organisation: "Riga Cluster".into(),
            country: "lv".into(),
            language: "lv".into(),
            ..PersonForm::default()
        };
        let f = form.fields(Some(&person()));
        assert_eq!(f.name, None, "unchanged name");
        assert_eq!(f.organisation.as_deref(), Some("Riga Cluster"));
        assert_eq!(f.country, None, "lower case is not a change");
        assert_eq!(f.language, None);
        assert_eq!(f.note, None);
    }

    #[test]
    fn a_new_person_gets_only_the_values_typed() {
        let form = PersonForm {
            name: "Jonas".into(),
            country: "de".into(),
            ..PersonForm::default()
        };
        let f = form.fields(None);
        assert_eq!(f.name.as_deref(), Some("Jonas"));
        assert_eq!(f.country.as_deref(), Some("DE"));
        assert_eq!(f.organisation, None);
    }
}
