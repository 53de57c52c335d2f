//! The sealed OAuth2 refresh token (`oauth2_refresh_tokens`), one row per token endpoint and
//! client. Only sealed bytes pass through here; sealing and opening is `oauth2::seal`'s job.

use futures::future::BoxFuture;
use sqlx::PgPool;

use crate::oauth2::{OAuth2Error, RefreshTokenStore};

/// [`RefreshTokenStore`] in PostgreSQL.
#[derive(Debug, Clone)]
pub struct PgRefreshTokens {
    pool: PgPool,
}

impl PgRefreshTokens {
    pub fn new(pool: PgPool) -> PgRefreshTokens {
        PgRefreshTokens { pool }
    }
}

/// A database error in the token store's words: the store is a place to keep a token, so a
/// failure there is a (transient) storage problem of the OAuth2 login.
fn store_error(e: sqlx::Error) -> OAuth2Error {
    OAuth2Error::Store(super::StoreError::from(e).to_string())
}

impl RefreshTokenStore for PgRefreshTokens {
    fn load<'a>(&'a self, account: &'a str) -> BoxFuture<'a, Result<Option<Vec<u8>>, OAuth2Error>> {
        Box::pin(async move {
            sqlx::query_scalar!(
                "select sealed from oauth2_refresh_tokens where account = $1",
                account
            )
            .fetch_optional(&self.pool)
            .await
            .map_err(store_error)
        })
    }

    fn save<'a>(
        &'a self,
        account: &'a str,
        sealed: Vec<u8>,
    ) -> BoxFuture<'a, Result<(), OAuth2Error>> {
        Box::pin(async move {
            sqlx::query!(
                "insert into oauth2_refresh_tokens (account, sealed) values ($1, $2)
                 on conflict (account) do update set sealed = excluded.sealed, updated_at = now()",
                account,
                sealed
            )
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(store_error)
        })
    }
}
