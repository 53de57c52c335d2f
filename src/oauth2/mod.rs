//! OAuth2 for the mailboxes organisers really have: Microsoft 365 and Google Workspace turned
//! password login off for IMAP (and, for Exchange Online, soon for SMTP), so regbot logs in
//! with a bearer token instead.
//!
//! The parts, each in its own file:
//! - [`settings`]: the `[oauth2]` section and `imap.auth` / `smtp.auth`, with each provider's
//!   endpoints and scopes filled in ([`Resolved`]).
//! - [`endpoint`]: the token endpoint over HTTPS (client_credentials, refresh_token, device
//!   code), behind a trait so the flows can be unit-tested without a server.
//! - [`device`]: the device-code flow (RFC 8628) that `regbot oauth login` runs once.
//! - [`cache`]: [`TokenSource`], which hands out a valid access token, renews it before it
//!   expires (one renewal for many callers) and keeps the rotated refresh token.
//! - [`seal`]: the refresh token is stored encrypted (ChaCha20-Poly1305) with a key from
//!   `oauth2.token_key_file`; [`RefreshTokenStore`] is where the sealed bytes live.
//! - [`sasl`]: the XOAUTH2 and OAUTHBEARER strings IMAP and SMTP send.
//! - [`login`]: `regbot oauth login` (device code, or a refresh token obtained elsewhere).
//! - [`hints`]: the provider-side fix for each common refusal.
//!
//! Tokens and secrets are newtypes whose `Debug` and `Display` print `***`; no error message
//! of this module contains one.

pub mod cache;
pub mod device;
pub mod endpoint;
pub mod hints;
pub mod login;
pub mod mail;
pub mod report;
pub mod sasl;
pub mod seal;
pub mod settings;
pub mod setup;

pub use cache::Lease;
pub use cache::{RefreshTokenStore, TokenSource};
pub use endpoint::{HttpEndpoint, TokenEndpoint, TokenResponse};
pub use settings::{AuthMethod, Grant, OAuth2Settings, Provider, Resolved};

use std::fmt;

/// An access token: shown as `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(String);

/// A refresh token: shown as `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct RefreshToken(String);

macro_rules! redacted {
    ($t:ty) => {
        impl $t {
            pub fn new(value: impl Into<String>) -> Self {
                Self(value.into())
            }
            /// The token itself, for the one place that sends it (SASL, token request).
            pub fn expose(&self) -> &str {
                &self.0
            }
        }
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("***")
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("***")
            }
        }
    };
}
redacted!(AccessToken);
redacted!(RefreshToken);

/// What went wrong getting a token. Messages say what to change, and where (regbot's config,
/// the provider's admin portal, or `regbot oauth login`); they never contain a token or secret.
#[derive(Debug, thiserror::Error)]
pub enum OAuth2Error {
    #[error("invalid [oauth2] configuration: {0}")]
    Config(String),
    #[error("could not read {key} from {path}: {source}")]
    File {
        key: &'static str,
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error(
        "oauth2.token_key_file {path} must hold 32 random bytes as 64 hex digits (create it with `openssl rand -hex 32 > {path}` and chmod 600)"
    )]
    BadKey { path: std::path::PathBuf },
    #[error(
        "the stored refresh token cannot be decrypted with oauth2.token_key_file (the key changed, or the row belongs to another client): run `regbot oauth login` again"
    )]
    Unseal,
    #[error(
        "no refresh token stored for this client yet: run `regbot oauth login` once (grant = refresh_token)"
    )]
    NotLoggedIn,
    #[error("the token endpoint {url} could not be reached ({detail}); regbot retries")]
    Unreachable { url: String, detail: String },
    #[error("the token endpoint {url} answered HTTP {status} ({detail}); regbot retries")]
    ServerError {
        url: String,
        status: u16,
        detail: String,
    },
    #[error(
        "the refresh token was refused ({detail}): it was revoked, expired or the password changed; run `regbot oauth login` again"
    )]
    RefreshRevoked { detail: String },
    /// A refusal the provider explains with a code (`invalid_client`, `AADSTS65001` ...); the
    /// fix names what the admin changes at the provider.
    #[error("the token endpoint refused: {detail}. Fix: {fix}")]
    Refused { detail: String, fix: &'static str },
    #[error(
        "the sign-in code expired before anyone signed in; run `regbot oauth login` again and sign in within the time shown"
    )]
    DeviceCodeExpired,
    #[error("the sign-in was declined in the browser; run `regbot oauth login` again and accept")]
    DeviceDeclined,
    #[error("the token endpoint's answer could not be read: {0}")]
    Malformed(String),
    #[error("storing or loading the refresh token failed: {0}")]
    Store(String),
    #[error("stopped while waiting for the token endpoint")]
    Cancelled,
    /// The token endpoint issued a token, but the mail server refused it twice (the second
    /// time freshly fetched): the mailbox side is not set up.
    #[error(
        "the {protocol} server refused the OAuth2 token for {user} ({server}); a fresh token was refused too. Fix: {fix}"
    )]
    MailRefused {
        protocol: &'static str,
        user: String,
        server: String,
        fix: &'static str,
    },
    #[error("the {protocol} server did not answer the OAuth2 login within {timeout:?}")]
    MailTimeout {
        protocol: &'static str,
        timeout: std::time::Duration,
    },
}

impl OAuth2Error {
    /// Worth retrying by itself later (network, provider outage). Everything else needs a
    /// person to change something first; retrying it is still harmless, only pointless.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            OAuth2Error::Unreachable { .. }
                | OAuth2Error::ServerError { .. }
                | OAuth2Error::Store(_)
        )
    }
}
