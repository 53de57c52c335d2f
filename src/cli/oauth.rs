//! `regbot oauth login`, and the OAuth2 lines of `regbot check`: the flow in use, the token's
//! expiry, and what to fix at the provider when something refuses.

use std::path::Path;

use anyhow::Context;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::oauth2::{self, AuthMethod, RefreshToken, report};
use crate::outbox::smtp::SmtpPool;
use crate::store;

/// Signs in once (device code) or stores a refresh token read from `refresh_token_file`.
pub(super) async fn login(
    config: &Config,
    refresh_token_file: Option<&Path>,
) -> anyhow::Result<()> {
    let pool = super::connect(config).await?;
    store::migrate(&pool).await?;
    let tokens = oauth2::setup::source(config, &pool)?;
    let lease = match refresh_token_file {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| {
                format!("could not read the refresh token file {}", path.display())
            })?;
            let lease =
                oauth2::login::import_refresh_token(&tokens, RefreshToken::new(text)).await?;
            println!(
                "The refresh token works and is stored encrypted in the database; delete {}.",
                path.display()
            );
            lease
        }
        None => {
            let cancel = CancellationToken::new();
            let stop = cancel.clone();
            tokio::spawn(async move {
                if tokio::signal::ctrl_c().await.is_ok() {
                    stop.cancel();
                }
            });
            let mut out = std::io::stdout();
            oauth2::login::device_login(&tokens, &mut out, &cancel).await?
        }
    };
    println!("{}", report::describe_lease(&lease));
    Ok(())
}

/// Prints the OAuth2 lines of `regbot check` and attaches the token source to `config`.
/// Returns false when no token could be had.
pub(super) async fn check_lines(config: &mut Config, pool: Option<&sqlx::PgPool>) -> bool {
    if !config.uses_oauth2() {
        return true;
    }
    let tokens = match oauth2::setup::attach(config, pool) {
        Ok(Some(tokens)) => tokens,
        Ok(None) => return true,
        Err(e) => {
            println!("oauth2        FAILED: {e}");
            return false;
        }
    };
    let settings = tokens.settings();
    println!("oauth2        {}", report::describe_flow(settings));
    for (name, auth) in [
        ("imap", config.imap.server.auth),
        ("smtp", config.smtp.server.auth),
    ] {
        if auth == AuthMethod::Oauth2 {
            println!(
                "{name} auth     oauth2 as {}",
                match name {
                    "imap" => &config.imap.server.username,
                    _ => &config.smtp.server.username,
                }
            );
        }
    }
    match tokens.lease().await {
        Ok(lease) => {
            println!("oauth2 token  ok: {}", report::describe_lease(&lease));
            true
        }
        Err(e) => {
            let next = report::next_step(&e, settings.grant)
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            println!("oauth2 token  FAILED: {e}{next}");
            false
        }
    }
}

/// `regbot check`'s SMTP line with `smtp.auth = "oauth2"`: connects and logs in with a token.
pub(super) async fn check_smtp(config: &Config) -> bool {
    let server = &config.smtp.server;
    let result = match SmtpPool::new(&config.smtp) {
        Ok(pool) => tokio::time::timeout(config.smtp_timeout() * 3, pool.check_login())
            .await
            .unwrap_or_else(|_| Err(format!("no answer within {:?}", config.smtp_timeout() * 3))),
        Err(e) => Err(e.to_string()),
    };
    match result {
        Ok(()) => {
            println!(
                "smtp          ok ({}:{}, AUTH XOAUTH2 as {})",
                server.host, server.port, server.username
            );
            true
        }
        Err(e) => {
            println!("smtp          FAILED: {}:{}: {e}", server.host, server.port);
            false
        }
    }
}
