//! Who may open the web desk, and how they prove it: organiser addresses, one-time login links
//! mailed through the outbox (or printed by `regbot organiser login-link`), and sessions.
//!
//! Secrets handed to a browser (link tokens, session ids) are 256 random bits; the database keeps
//! only their SHA-256, so reading the tables does not let anyone sign in. A link is good once and
//! for [`LINK_MINUTES`] minutes.

use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::config::Config;
use crate::domain::header_safe;
use crate::status::{OutboxKind, OutboxStatus};
use crate::store::{self, NewOutbound, StoreError};
use crate::templates::{TemplateError, Templates};

/// The sign-in mail's template (`config/templates/<lang>/organiser_login.txt`), written in the
/// organisers' language like every mail regbot sends them.
pub const LOGIN_TEMPLATE: &str = "organiser_login";

/// How long a login link works.
pub const LINK_MINUTES: i64 = 15;
/// Links mailed to one address per quarter hour; further requests are refused quietly.
pub const LINKS_PER_ADDRESS: i64 = 3;

#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("{0:?} is not a mail address; give it like organiser@example.org")]
    BadAddress(String),
    #[error("{0} is not an organiser; allow it first with `regbot organiser add {0}`")]
    NotOrganiser(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("could not write the sign-in mail")]
    Template(#[from] TemplateError),
}

impl From<sqlx::Error> for AccessError {
    fn from(e: sqlx::Error) -> Self {
        AccessError::Store(StoreError::Sql(e))
    }
}

/// A lowercased, syntactically valid address.
fn normalise(email: &str) -> Result<String, AccessError> {
    let trimmed = email.trim();
    trimmed
        .parse::<lettre::Address>()
        .map(|a| a.to_string().to_lowercase())
        .map_err(|_| AccessError::BadAddress(trimmed.to_string()))
}

/// 256 random bits, URL- and cookie-safe.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database stores instead of a token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub async fn add_organiser(pool: &PgPool, email: &str) -> Result<bool, AccessError> {
    let email = normalise(email)?;
    Ok(store::insert_organiser(pool, &email).await?)
}

pub async fn remove_organiser(pool: &PgPool, email: &str) -> Result<bool, AccessError> {
    let email = normalise(email)?;
    Ok(store::delete_organiser(pool, &email).await?)
}

pub async fn list_organisers(pool: &PgPool) -> Result<Vec<store::OrganiserRow>, AccessError> {
    Ok(store::list_organisers(pool).await?)
}

/// A login link, as printed or mailed.
#[derive(Debug, Clone)]
pub struct LoginLink {
    pub email: String,
    pub url: String,
    pub expires_at: DateTime<Utc>,
}

fn link_url(config: &Config, token: &str) -> String {
    format!(
        "{}/login/{token}",
        config.web.public_url.trim_end_matches('/')
    )
}

/// A fresh link for an organiser, stored but not mailed (for the first sign-in, from a shell).
pub async fn issue_login_link(
    pool: &PgPool,
    config: &Config,
    email: &str,
) -> Result<LoginLink, AccessError> {
    let email = normalise(email)?;
    if !store::is_organiser(pool, &email).await? {
        return Err(AccessError::NotOrganiser(email));
    }
    let token = random_token();
    let expires_at = Utc::now() + Duration::minutes(LINK_MINUTES);
    let mut tx = pool.begin().await?;
    store::insert_login_token(&mut tx, &token_hash(&token), &email, expires_at).await?;
    tx.commit().await?;
    Ok(LoginLink {
        url: link_url(config, &token),
        email,
        expires_at,
    })
}

/// What happened to a request for a link by mail. The web page says the same thing in every
/// case, so it does not tell a stranger which addresses are organisers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRequest {
    Queued,
    NotOrganiser,
    TooMany,
}

/// Queues a login link to an organiser through the outbox, in one transaction with its token.
pub async fn mail_login_link(
    pool: &PgPool,
    config: &Config,
    templates: &Templates,
    email: &str,
) -> Result<LinkRequest, AccessError> {
    let Ok(email) = normalise(email) else {
        return Ok(LinkRequest::NotOrganiser);
    };
    if !store::is_organiser(pool, &email).await? {
        return Ok(LinkRequest::NotOrganiser);
    }
    let mut tx = pool.begin().await?;
    // Serialises requests for one address, so the count and the insert agree.
    store::lock_address(&mut tx, &email).await?;
    if store::recent_login_tokens(&mut tx, &email, 15).await? >= LINKS_PER_ADDRESS {
        return Ok(LinkRequest::TooMany);
    }
    let token = random_token();
    let hash = token_hash(&token);
    let expires_at = Utc::now() + Duration::minutes(LINK_MINUTES);
    store::insert_login_token(&mut tx, &hash, &email, expires_at).await?;
    let url = link_url(config, &token);
    let event = &config.event;
    let rendered = templates.render(
        LOGIN_TEMPLATE,
        Some(event.organiser_language()),
        &event.default_language,
        &json!({ "event": event, "url": url, "minutes": LINK_MINUTES }),
    )?;
    let mail = NewOutbound {
        idempotency_key: format!("login:{hash}"),
        kind: OutboxKind::Login,
        inbound_id: None,
        broadcast_id: None,
        template: Some(LOGIN_TEMPLATE.to_string()),
        recipient: email.clone(),
        recipient_name: None,
        reply_to: None,
        subject: header_safe(&rendered.subject, 250),
        body_text: rendered.text,
        body_html: None,
        message_id: format!("<{}@{}>", uuid::Uuid::new_v4(), config.message_id_domain()),
        in_reply_to: None,
        references: Vec::new(),
        status: OutboxStatus::Pending,
        last_error: None,
    };
    store::enqueue(&mut tx, &mail).await?;
    tx.commit().await?;
    Ok(LinkRequest::Queued)
}

/// Whether a link would still sign someone in (shown before the click that uses it).
pub async fn link_usable(pool: &PgPool, token: &str) -> Result<bool, AccessError> {
    Ok(store::login_token_usable(pool, &token_hash(token)).await?)
}

/// A signed-in organiser, as the desk sees them on each request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub email: String,
    pub csrf_token: String,
}

/// Uses a link and opens a session; returns the session id for the cookie, or None when the
/// link is unknown, used or expired.
pub async fn redeem_link(
    pool: &PgPool,
    config: &Config,
    token: &str,
) -> Result<Option<(String, Session)>, AccessError> {
    let Some(email) = store::redeem_login_token(pool, &token_hash(token)).await? else {
        return Ok(None);
    };
    let id = random_token();
    let session = Session {
        email,
        csrf_token: random_token(),
    };
    let expires_at = Utc::now() + Duration::hours(config.web.session_hours.max(1));
    store::insert_session(
        pool,
        &token_hash(&id),
        &session.email,
        &session.csrf_token,
        expires_at,
    )
    .await?;
    Ok(Some((id, session)))
}

pub async fn session(pool: &PgPool, id: &str) -> Result<Option<Session>, AccessError> {
    Ok(store::find_session(pool, &token_hash(id))
        .await?
        .map(|s| Session {
            email: s.email,
            csrf_token: s.csrf_token,
        }))
}

pub async fn end_session(pool: &PgPool, id: &str) -> Result<(), AccessError> {
    Ok(store::delete_session(pool, &token_hash(id)).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_hashed_differently() {
        let a = random_token();
        let b = random_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43, "32 bytes in unpadded base64url");
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }

    #[test]
    fn addresses_are_checked_and_lowercased() {
        assert_eq!(normalise(" Anna@Example.ORG ").unwrap(), "anna@example.org");
        assert!(matches!(
            normalise("not an address"),
            Err(AccessError::BadAddress(_))
        ));
    }

    #[test]
    fn the_sign_in_mail_is_written_in_every_language_with_the_link_and_its_lifetime() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates");
        let templates = Templates::load(&dir).expect("the shipped templates load");
        let event = json!({ "name": "Cluster internationalisation – Why and how to do it?" });
        let context =
            json!({ "event": event, "url": "https://desk.test/login/T0KEN", "minutes": 15 });
        let render = |lang| {
            templates
                .render(LOGIN_TEMPLATE, Some(lang), "en", &context)
                .unwrap()
        };
        let english = render("en");
        for lang in [
            "en", "lv", "lt", "et", "fi", "sv", "da", "nb", "de", "pl", "ru",
        ] {
            assert!(
                templates.has(LOGIN_TEMPLATE, lang),
                "{lang} has its own sign-in mail"
            );
            let mail = render(lang);
            assert!(
                mail.text.contains("https://desk.test/login/T0KEN"),
                "{lang}: {}",
                mail.text
            );
            assert!(mail.text.contains("15"), "{lang}: the link's lifetime");
            assert!(
                mail.subject.contains("Why and how to do it?"),
                "{lang}: {}",
                mail.subject
            );
            if lang != "en" {
                assert_ne!(mail.text, english.text, "{lang} is not the English text");
            }
        }
    }
}
