//! Wiring: builds the one [`TokenSource`] of a configuration and hands it to the IMAP and SMTP
//! settings whose `auth` is `oauth2`, so both logins (and every SMTP connection) share one
//! cache and one renewal.

use std::sync::Arc;

use sqlx::PgPool;

use super::{AuthMethod, HttpEndpoint, OAuth2Error, RefreshTokenStore, TokenSource};
use crate::config::Config;
use crate::store::PgRefreshTokens;

/// Creates the token source when `imap.auth` or `smtp.auth` is `oauth2` and attaches it to
/// those sections. `pool` keeps the refresh token (grant = "refresh_token"). Returns the source
/// (None when nothing uses OAuth2).
pub fn attach(
    config: &mut Config,
    pool: Option<&PgPool>,
) -> Result<Option<Arc<TokenSource>>, OAuth2Error> {
    if !config.uses_oauth2() {
        return Ok(None);
    }
    let settings = config
        .oauth2
        .as_ref()
        .ok_or_else(|| OAuth2Error::Config("an [oauth2] section is needed".into()))?
        .resolve()?;
    let endpoint = HttpEndpoint::new(settings.clone())?;
    let store =
        pool.map(|p| Arc::new(PgRefreshTokens::new(p.clone())) as Arc<dyn RefreshTokenStore>);
    let tokens = Arc::new(TokenSource::new(settings, endpoint, store)?);
    for server in [&mut config.imap.server, &mut config.smtp.server] {
        if server.auth == AuthMethod::Oauth2 {
            server.tokens = Some(tokens.clone());
        }
    }
    Ok(Some(tokens))
}

/// A configuration's token source, for `regbot oauth login`, even when neither IMAP nor SMTP
/// uses it yet.
pub fn source(config: &Config, pool: &PgPool) -> Result<Arc<TokenSource>, OAuth2Error> {
    let settings = config
        .oauth2
        .as_ref()
        .ok_or_else(|| {
            OAuth2Error::Config(
                "there is no [oauth2] section in the configuration (see the README)".into(),
            )
        })?
        .resolve()?;
    let endpoint = HttpEndpoint::new(settings.clone())?;
    let store: Arc<dyn RefreshTokenStore> = Arc::new(PgRefreshTokens::new(pool.clone()));
    Ok(Arc::new(TokenSource::new(settings, endpoint, Some(store))?))
}
