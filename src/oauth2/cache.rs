//! [`TokenSource`]: the one place IMAP and SMTP ask for an access token.
//!
//! - It renews before expiry: a token with less than a quarter of its life (at most five
//!   minutes) left is not handed out, so a login never races the expiry.
//! - Single flight: the cache is behind one async mutex held across the token request, so
//!   many SMTP connections and the IMAP session starting together cause one request.
//! - [`TokenSource::refused`] drops a token a mail server refused, so the caller's one retry
//!   gets a new one (and many callers refused together still cause one request).
//! - With the refresh_token grant, the refresh token lives sealed in a [`RefreshTokenStore`]
//!   (PostgreSQL in the daemon); a rotated one is stored before the new access token is used.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use tokio::time::Instant;

use super::endpoint::{TokenEndpoint, TokenReply};
use super::hints;
use super::seal::TokenKey;
use super::{AccessToken, Grant, OAuth2Error, Provider, RefreshToken, Resolved, TokenResponse};

/// Where the sealed refresh token is kept, by account key ([`Resolved::account_key`]).
pub trait RefreshTokenStore: Send + Sync {
    fn load<'a>(&'a self, account: &'a str) -> BoxFuture<'a, Result<Option<Vec<u8>>, OAuth2Error>>;
    fn save<'a>(
        &'a self,
        account: &'a str,
        sealed: Vec<u8>,
    ) -> BoxFuture<'a, Result<(), OAuth2Error>>;
}

/// An access token and how long it may be used.
#[derive(Debug, Clone)]
pub struct Lease {
    pub token: AccessToken,
    /// When regbot stops using it (before the provider's expiry, by the renewal margin).
    pub renew_at: Instant,
    /// The provider's expiry, for `regbot check` and logs.
    pub expires_at: DateTime<Utc>,
}

/// When the provider does not say (RFC 6749 makes expires_in optional): assume an hour, the
/// lifetime both big providers use.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

/// How long before expiry a token is renewed.
pub fn renewal_margin(lifetime: Duration) -> Duration {
    (lifetime / 4).min(Duration::from_secs(300))
}

pub struct TokenSource {
    settings: Resolved,
    endpoint: Arc<dyn TokenEndpoint>,
    store: Option<Arc<dyn RefreshTokenStore>>,
    key: Option<TokenKey>,
    cached: tokio::sync::Mutex<Option<Lease>>,
}

impl std::fmt::Debug for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenSource")
            .field("grant", &self.settings.grant)
            .field("token_url", &self.settings.token_url)
            .finish_non_exhaustive()
    }
}

impl TokenSource {
    /// `store` is needed for the refresh_token grant (and `token_key_file` then too).
    pub fn new(
        settings: Resolved,
        endpoint: Arc<dyn TokenEndpoint>,
        store: Option<Arc<dyn RefreshTokenStore>>,
    ) -> Result<TokenSource, OAuth2Error> {
        let key = match (&settings.token_key_file, settings.grant) {
            (Some(path), _) => Some(TokenKey::from_file(path)?),
            (None, Grant::RefreshToken) => {
                return Err(OAuth2Error::Config(
                    "grant = \"refresh_token\" needs oauth2.token_key_file (the stored refresh token is encrypted with it; create it with `openssl rand -hex 32 > FILE` and chmod 600)".into(),
                ));
            }
            (None, Grant::ClientCredentials) => None,
        };
        if settings.grant == Grant::RefreshToken && store.is_none() {
            return Err(OAuth2Error::Config(
                "grant = \"refresh_token\" needs the database to keep the refresh token".into(),
            ));
        }
        Ok(TokenSource {
            settings,
            endpoint,
            store,
            key,
            cached: tokio::sync::Mutex::new(None),
        })
    }

    pub fn settings(&self) -> &Resolved {
        &self.settings
    }

    pub fn endpoint(&self) -> &dyn TokenEndpoint {
        self.endpoint.as_ref()
    }

    /// Stores `token` as the refresh token and forgets the cached access token, so the next
    /// [`lease`](Self::lease) exchanges it.
    pub async fn replace_refresh_token(&self, token: &RefreshToken) -> Result<(), OAuth2Error> {
        let mut cached = self.cached.lock().await;
        self.save_refresh(token).await?;
        *cached = None;
        Ok(())
    }

    /// A token with enough life left, fetched only when the cached one is too old.
    pub async fn lease(&self) -> Result<Lease, OAuth2Error> {
        let mut cached = self.cached.lock().await;
        if let Some(lease) = cached.as_ref()
            && Instant::now() < lease.renew_at
        {
            return Ok(lease.clone());
        }
        *cached = None;
        let response = self.fetch().await?;
        let lease = self.lease_from(&response);
        tracing::debug!(
            grant = self.settings.grant.as_str(),
            expires_at = %lease.expires_at,
            "oauth2: new access token"
        );
        *cached = Some(lease.clone());
        Ok(lease)
    }

    pub async fn token(&self) -> Result<AccessToken, OAuth2Error> {
        Ok(self.lease().await?.token)
    }

    /// A mail server refused `token`: forget it (unless a newer one replaced it already), so
    /// the next [`lease`](Self::lease) fetches a new one.
    pub async fn refused(&self, token: &AccessToken) {
        let mut cached = self.cached.lock().await;
        if cached.as_ref().is_some_and(|l| &l.token == token) {
            *cached = None;
        }
    }

    /// The token in hand, if any, without fetching (for `regbot check` and logs).
    pub async fn current(&self) -> Option<Lease> {
        self.cached.lock().await.clone()
    }

    /// Stores what `regbot oauth login` obtained: the refresh token (sealed), and the access
    /// token for immediate use.
    pub async fn store_login(&self, response: TokenResponse) -> Result<Lease, OAuth2Error> {
        let Some(refresh) = &response.refresh_token else {
            return Err(OAuth2Error::Config(
                "the provider issued no refresh token: Microsoft needs the offline_access scope (leave oauth2.scopes unset for the defaults)".into(),
            ));
        };
        self.save_refresh(refresh).await?;
        let lease = self.lease_from(&response);
        *self.cached.lock().await = Some(lease.clone());
        Ok(lease)
    }

    fn lease_from(&self, response: &TokenResponse) -> Lease {
        let lifetime = response
            .expires_in
            .map(Duration::from_secs)
            .unwrap_or(DEFAULT_LIFETIME);
        Lease {
            token: response.access_token.clone(),
            renew_at: Instant::now() + lifetime - renewal_margin(lifetime),
            expires_at: Utc::now()
                + chrono::Duration::from_std(lifetime).unwrap_or(chrono::Duration::hours(1)),
        }
    }

    fn scope(&self) -> String {
        self.settings.scopes.join(" ")
    }

    async fn fetch(&self) -> Result<TokenResponse, OAuth2Error> {
        match self.settings.grant {
            Grant::ClientCredentials => {
                let form = vec![
                    ("grant_type", "client_credentials".to_string()),
                    ("scope", self.scope()),
                ];
                match self.endpoint.token(form).await? {
                    TokenReply::Granted(t) => Ok(t),
                    TokenReply::Refused(e) => Err(hints::classify(&e, Grant::ClientCredentials)),
                }
            }
            Grant::RefreshToken => {
                let refresh = self.load_refresh().await?;
                let mut form = vec![
                    ("grant_type", "refresh_token".to_string()),
                    ("refresh_token", refresh.expose().to_string()),
                ];
                // Google keeps the scopes of the sign-in and may refuse a scope parameter;
                // Microsoft wants it.
                if self.settings.provider != Provider::Google && !self.settings.scopes.is_empty() {
                    form.push(("scope", self.scope()));
                }
                let token = match self.endpoint.token(form).await? {
                    TokenReply::Granted(t) => t,
                    TokenReply::Refused(e) => return Err(hints::classify(&e, Grant::RefreshToken)),
                };
                if let Some(rotated) = &token.refresh_token
                    && rotated != &refresh
                {
                    self.save_refresh(rotated).await?;
                }
                Ok(token)
            }
        }
    }

    async fn load_refresh(&self) -> Result<RefreshToken, OAuth2Error> {
        let (Some(store), Some(key)) = (&self.store, &self.key) else {
            return Err(OAuth2Error::NotLoggedIn);
        };
        let account = self.settings.account_key();
        match store.load(&account).await? {
            Some(sealed) => key.open(&account, &sealed),
            None => Err(OAuth2Error::NotLoggedIn),
        }
    }

    async fn save_refresh(&self, token: &RefreshToken) -> Result<(), OAuth2Error> {
        let (Some(store), Some(key)) = (&self.store, &self.key) else {
            return Err(OAuth2Error::Config(
                "the refresh token cannot be kept: grant = \"refresh_token\" and oauth2.token_key_file are needed".into(),
            ));
        };
        let account = self.settings.account_key();
        store.save(&account, key.seal(&account, token)).await
    }
}

#[cfg(test)]
#[path = "cache_tests.rs"]
mod tests;
