//! Signing in and out, the session every page needs, and the CSRF checks on POSTs.
//!
//! Before sign-in, forms are protected by a double-submit token: a random `regbot_pre` cookie
//! (SameSite=Strict, so another site cannot send it) that the form echoes. After sign-in, the
//! session row holds the token every form carries. Opening a login link only shows a button;
//! the POST behind it uses the link, so a mail scanner that fetches links cannot burn it.

use std::net::SocketAddr;
use std::time::Instant;

use axum::Form;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use minijinja::context;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::{AppState, WebError, limit};
use crate::access::{self, Session};
use crate::organise::Actor;

pub const SESSION_COOKIE: &str = "regbot_session";
pub const PRE_COOKIE: &str = "regbot_pre";
pub const CSRF_FIELD: &str = "csrf";

/// A signed-in organiser; extracting it is what makes a handler need a session.
pub struct Organiser {
    pub session: Session,
    session_id: String,
}

impl Organiser {
    /// Whether a POSTed form carries this session's token (refuse it with [`forbidden`] if not).
    pub fn csrf_ok(&self, submitted: &str) -> bool {
        same(submitted, &self.session.csrf_token)
    }

    /// The organiser as the audit table records changes from the desk.
    pub fn actor(&self) -> Actor {
        Actor::web(&self.session.email)
    }
}

/// A form that carries the session's CSRF token in its `csrf` field.
pub trait WithCsrf {
    fn csrf(&self) -> &str;
}

/// A form POSTed by a signed-in organiser with their session's own CSRF token. Extracting it
/// is what makes a handler need both; anything else is answered before the handler runs:
/// without a session as [`Organiser`] answers, with a missing or another session's token 403.
pub struct Posted<F> {
    pub me: Organiser,
    pub form: F,
}

impl<F> FromRequest<AppState> for Posted<F>
where
    F: DeserializeOwned + WithCsrf + Send,
{
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let me = Organiser::from_request_parts(&mut parts, state).await?;
        let Form(form) = Form::<F>::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        if !me.csrf_ok(form.csrf()) {
            return Err(forbidden());
        }
        Ok(Posted { me, form })
    }
}

pub fn forbidden() -> Response {
    (
        StatusCode::FORBIDDEN,
        "This form has expired or came from another page. Go back, reload the page and try again.",
    )
        .into_response()
}

/// Compares without stopping at the first difference, so timing does not reveal the token.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && !a.is_empty()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn set_cookie(state: &AppState, name: &str, value: &str, max_age_secs: i64) -> HeaderValue {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let v = format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age_secs}{secure}"
    );
    HeaderValue::from_str(&v).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// True for what a script or spreadsheet fetches: those get 401, not a redirect to a form.
fn wants_status_code(path: &str) -> bool {
    path.ends_with(".csv")
        || path.ends_with(".xlsx")
        || path.ends_with(".json")
        || path.starts_with("/api/")
}

impl FromRequestParts<AppState> for Organiser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let refuse = |path: &str| {
            if wants_status_code(path) {
                (
                    StatusCode::UNAUTHORIZED,
                    "Sign in at /login first; this address needs an organiser's session.",
                )
                    .into_response()
            } else {
                Redirect::to("/login").into_response()
            }
        };
        let path = parts.uri.path().to_string();
        let Some(id) = cookie(&parts.headers, SESSION_COOKIE).map(str::to_string) else {
            return Err(refuse(&path));
        };
        match access::session(&state.pool, &id).await {
            Ok(Some(session)) => Ok(Organiser {
                session,
                session_id: id,
            }),
            Ok(None) => Err(refuse(&path)),
            Err(e) => Err(WebError::from(e).into_response()),
        }
    }
}

/// The pre-session token of this browser, or a new one to set.
fn pre_token(headers: &HeaderMap) -> (String, bool) {
    match cookie(headers, PRE_COOKIE) {
        Some(t) if t.len() >= 32 => (t.to_string(), false),
        _ => (access::random_token(), true),
    }
}

fn page_with_pre(
    state: &AppState,
    html: Html<String>,
    token: &str,
    fresh: bool,
    status: StatusCode,
) -> Response {
    let mut response = (status, html).into_response();
    if fresh {
        response.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(state, PRE_COOKIE, token, 3600),
        );
    }
    response
}

/// The client's address; behind a reverse proxy on this machine, the one it forwarded.
fn client_ip(peer: SocketAddr, headers: &HeaderMap) -> String {
    if peer.ip().is_loopback()
        && let Some(forwarded) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
    {
        return forwarded.trim().to_string();
    }
    peer.ip().to_string()
}

pub async fn login_form(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (token, fresh) = pre_token(&headers);
    let html = state.render(
        "login.html",
        context! { csrf => token.clone(), event => state.config.event.name.clone() },
    )?;
    Ok(page_with_pre(&state, html, &token, fresh, StatusCode::OK))
}

#[derive(Deserialize)]
pub struct LoginRequest {
    #[serde(default)]
    email: String,
    #[serde(default)]
    csrf: String,
}

pub async fn login_request(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<LoginRequest>,
) -> Result<Response, WebError> {
    if !cookie(&headers, PRE_COOKIE).is_some_and(|t| same(t, &form.csrf)) {
        return Ok(forbidden());
    }
    let email = form.email.trim().to_lowercase();
    let ip_key = format!("ip:{}", client_ip(peer, &headers));
    let address_key = format!("email:{email}");
    let allowed = state.limiter.allow(
        &[(&ip_key, limit::PER_IP), (&address_key, limit::PER_ADDRESS)],
        Instant::now(),
    );
    if !allowed {
        let html = state.render(
            "login.html",
            context! { csrf => form.csrf, event => state.config.event.name.clone(), email => email,
            error => "Too many sign-in attempts. Wait a quarter of an hour, then try again." },
        )?;
        return Ok((StatusCode::TOO_MANY_REQUESTS, html).into_response());
    }
    let outcome = access::mail_login_link(
        &state.pool,
        &state.config,
        &state.processor.templates,
        &email,
    )
    .await?;
    tracing::info!(?outcome, "login link requested");
    // The same answer whatever happened, so the page does not tell who is an organiser.
    let html = state.render(
        "login_sent.html",
        context! { email => email, minutes => access::LINK_MINUTES, event => state.config.event.name.clone() },
    )?;
    Ok(html.into_response())
}

pub async fn login_confirm(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let usable = access::link_usable(&state.pool, &token).await?;
    let (pre, fresh) = pre_token(&headers);
    let html = state.render(
        "login_confirm.html",
        context! { usable => usable, csrf => pre.clone(), token => token, event => state.config.event.name.clone() },
    )?;
    let status = if usable {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    Ok(page_with_pre(&state, html, &pre, fresh, status))
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    pub csrf: String,
}

impl WithCsrf for CsrfForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn login_redeem(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    if !cookie(&headers, PRE_COOKIE).is_some_and(|t| same(t, &form.csrf)) {
        return Ok(forbidden());
    }
    let Some((id, session)) = access::redeem_link(&state.pool, &state.config, &token).await? else {
        let html = state.render(
            "login_confirm.html",
            context! { usable => false, event => state.config.event.name.clone() },
        )?;
        return Ok((StatusCode::GONE, html).into_response());
    };
    tracing::info!(organiser = %session.email, "signed in to the desk");
    let hours = state.config.web.session_hours.max(1);
    let mut response = Redirect::to("/").into_response();
    let h = response.headers_mut();
    h.append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, &id, hours * 3600),
    );
    h.append(header::SET_COOKIE, set_cookie(&state, PRE_COOKIE, "", 0));
    Ok(response)
}

pub async fn logout(
    State(state): State<AppState>,
    Posted { me, .. }: Posted<CsrfForm>,
) -> Result<Response, WebError> {
    access::end_session(&state.pool, &me.session_id).await?;
    let mut response = Redirect::to("/login").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, "", 0),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_by_exact_name() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("x_regbot_session=no; regbot_session=yes"),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("yes"));
        assert_eq!(cookie(&h, PRE_COOKIE), None);
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "ab"));
        assert!(!same("", ""), "an empty token never matches");
    }

    #[test]
    fn a_forwarded_address_counts_only_behind_a_local_proxy() {
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            HeaderValue::from_static("1.2.3.4, 5.6.7.8"),
        );
        assert_eq!(client_ip("127.0.0.1:9".parse().unwrap(), &h), "5.6.7.8");
        assert_eq!(client_ip("10.0.0.1:9".parse().unwrap(), &h), "10.0.0.1");
    }

    #[test]
    fn exports_and_json_get_a_status_code_pages_a_redirect() {
        assert!(wants_status_code("/participants.csv"));
        assert!(wants_status_code("/participants.xlsx"));
        assert!(wants_status_code("/api/stats.json"));
        assert!(!wants_status_code("/participants"));
    }
}
