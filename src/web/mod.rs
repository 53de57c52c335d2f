//! `regbot serve`: the organisers' desk in the browser.
//!
//! Pages are rendered on the server from minijinja templates embedded in the binary, with the
//! stylesheet and SVG charts, so the desk works without JavaScript and without a build chain,
//! and one binary is all a deployment needs. The handlers are thin: data comes from [`crate::desk`]
//! and [`crate::stats`] (the same functions the CLI uses) and sign-in from [`crate::access`].
//!
//! Security rules kept here in one place: every page but `/login*`, `/healthz` and the stylesheet
//! needs a session ([`auth::Organiser`]); pages answer 303 to `/login` without one, exports and
//! JSON answer 401; every POST carries the session's CSRF token; every response forbids remote
//! content, framing and referrers (the login link must not leak through a Referer header).

mod auth;
mod broadcasts;
mod charts;
mod inbox;
mod limit;
mod pages;
mod people;
mod render;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sqlx::PgPool;
use tokio_util::sync::CancellationToken;

use crate::access::AccessError;
use crate::config::Config;
use crate::process::Processor;
use crate::store::StoreError;
use crate::templates::TemplateError;

pub use auth::{CSRF_FIELD, PRE_COOKIE, SESSION_COOKIE};

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error(
        "could not listen on {addr}: {source} (is another program using it? pick another with --bind)"
    )]
    Bind {
        addr: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Access(#[from] AccessError),
    #[error("{0}")]
    Organise(#[from] crate::organise::OrganiseError),
    #[error("could not write the spreadsheet: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("the spreadsheet's task stopped: {0}")]
    Task(String),
    #[error("could not render the page {name}: {source}")]
    Render {
        name: &'static str,
        #[source]
        source: minijinja::Error,
    },
    #[error(
        "could not load the reply templates the desk sends with: {0} (check replies.templates_dir)"
    )]
    Templates(TemplateError),
    #[error("the server stopped with an error: {0}")]
    Serve(std::io::Error),
}

impl IntoResponse for WebError {
    /// A calm page with what went wrong; the details are in the server's log too.
    fn into_response(self) -> Response {
        tracing::error!(error = %self, "web desk request failed");
        let body = format!(
            "<!doctype html><meta charset=\"utf-8\"><title>Something went wrong</title>\
             <link rel=\"stylesheet\" href=\"/static/desk.css\"><main class=\"narrow\">\
             <h1>Something went wrong</h1><p>{}</p><p><a href=\"/\">Back to the overview</a></p></main>",
            charts::escape(&format!("{self:#}"))
        );
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body,
        )
            .into_response()
    }
}

/// 422 for a form shown again with what to correct, 200 otherwise.
fn form_status(has_error: bool) -> StatusCode {
    if has_error {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub pool: PgPool,
    pub config: Arc<Config>,
    templates: Arc<minijinja::Environment<'static>>,
    /// Renders and queues the mails a change sends (acknowledgements), as the daemon does.
    processor: Arc<Processor>,
    limiter: Arc<limit::Limiter>,
    /// Cookies get `Secure` when the public address is https.
    secure_cookies: bool,
}

impl AppState {
    pub fn new(pool: PgPool, config: Config) -> Result<AppState, WebError> {
        let secure_cookies = config.web.public_url.starts_with("https://");
        let processor = Processor::new(config.clone()).map_err(WebError::Templates)?;
        Ok(AppState {
            pool,
            config: Arc::new(config),
            templates: Arc::new(render::environment()),
            processor: Arc::new(processor),
            limiter: Arc::new(limit::Limiter::default()),
            secure_cookies,
        })
    }
}

/// Every route of the desk.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(pages::healthz))
        .route("/static/desk.css", get(pages::stylesheet))
        .route("/login", get(auth::login_form).post(auth::login_request))
        .route(
            "/login/{token}",
            get(auth::login_confirm).post(auth::login_redeem),
        )
        .route("/logout", post(auth::logout))
        .route("/", get(pages::overview))
        .route("/participants", get(pages::participants))
        .route("/participants.csv", get(pages::participants_csv))
        .route("/participants.xlsx", get(pages::participants_xlsx))
        .route("/participants/new", get(people::new_form).post(people::add))
        .route("/participant", get(people::person))
        .route("/participant/edit", post(people::edit))
        .route("/participant/cancel", post(people::cancel))
        .route("/participant/confirm", post(people::confirm))
        .route("/ideas", get(pages::ideas))
        .route("/questions", get(inbox::questions_page))
        .route("/questions/{id}/answer", post(inbox::answer))
        .route("/review", get(inbox::review_page))
        .route("/review/{id}", get(inbox::review_item))
        .route("/review/{id}/resolve", post(inbox::resolve))
        .route("/broadcasts", get(broadcasts::page))
        .route("/broadcasts/preview", post(broadcasts::preview))
        .route("/broadcasts/send", post(broadcasts::send))
        .route("/broadcasts/{id}", get(broadcasts::progress))
        .route("/mail", get(pages::mail))
        .route("/api/stats.json", get(pages::stats_json))
        .fallback(pages::not_found)
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

async fn security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// Listens on `bind` until `shutdown` fires. Expired sessions and links are swept hourly.
pub async fn serve(
    pool: PgPool,
    config: Config,
    bind: &str,
    shutdown: CancellationToken,
) -> Result<(), WebError> {
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|source| WebError::Bind {
            addr: bind.to_string(),
            source,
        })?;
    serve_on(listener, pool, config, shutdown).await
}

/// As [`serve`], on a listener the caller bound (tests bind port 0).
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    pool: PgPool,
    config: Config,
    shutdown: CancellationToken,
) -> Result<(), WebError> {
    let state = AppState::new(pool.clone(), config)?;
    let sweeper = tokio::spawn(sweep_expired(pool, shutdown.clone()));
    let app = router(state);
    let stop = shutdown.clone();
    let result = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move { stop.cancelled().await })
    .await
    .map_err(WebError::Serve);
    shutdown.cancel();
    let _ = sweeper.await;
    result
}

async fn sweep_expired(pool: PgPool, shutdown: CancellationToken) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = every.tick() => {
                if let Err(e) = crate::store::delete_expired_access(&pool).await {
                    tracing::warn!(error = %e, "could not delete expired sessions; trying again in an hour");
                }
            }
        }
    }
}
