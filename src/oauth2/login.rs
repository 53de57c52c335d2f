//! `regbot oauth login`: the one sign-in a refresh-token setup needs. It runs the device-code
//! flow (a URL and a code to enter in any browser), or stores a refresh token obtained
//! elsewhere (Google's device sign-in does not offer the Gmail scope to every client), and
//! proves the stored token works by exchanging it once.

use std::io::Write;

use tokio_util::sync::CancellationToken;

use super::cache::Lease;
use super::{Grant, OAuth2Error, RefreshToken, TokenSource, device};

fn require_refresh_grant(source: &TokenSource) -> Result<(), OAuth2Error> {
    if source.settings().grant != Grant::RefreshToken {
        return Err(OAuth2Error::Config(
            "`regbot oauth login` is for grant = \"refresh_token\"; with client_credentials regbot needs no sign-in (run `regbot check`)".into(),
        ));
    }
    Ok(())
}

/// Runs the device-code sign-in, printing the instructions to `out`, and stores the refresh
/// token. Returns the first access token's lease.
pub async fn device_login(
    source: &TokenSource,
    out: &mut (dyn Write + Send),
    cancel: &CancellationToken,
) -> Result<Lease, OAuth2Error> {
    require_refresh_grant(source)?;
    let endpoint = source.endpoint();
    let auth = device::start(endpoint, &source.settings().scopes).await?;
    let minutes = auth.expires_in.div_ceil(60);
    let say = |out: &mut (dyn Write + Send), text: String| {
        // The terminal going away is no reason to abandon a sign-in in progress.
        let _ = writeln!(out, "{text}");
        let _ = out.flush();
    };
    match &auth.message {
        Some(message) => say(out, message.clone()),
        None => say(
            out,
            format!(
                "To sign in, open {} in any browser and enter the code {}",
                auth.verification_uri, auth.user_code
            ),
        ),
    }
    if let Some(complete) = &auth.verification_uri_complete {
        say(out, format!("(or open {complete})"));
    }
    say(
        out,
        format!(
            "Sign in as the registration mailbox. Waiting up to {minutes} minutes (Ctrl-C to stop)…"
        ),
    );
    let response = device::poll(endpoint, &auth, cancel).await?;
    let lease = source.store_login(response).await?;
    say(
        out,
        format!(
            "Signed in. The refresh token is stored encrypted in the database; the current access token is valid until {}.",
            lease.expires_at.format("%Y-%m-%d %H:%M:%S UTC")
        ),
    );
    Ok(lease)
}

/// Stores a refresh token obtained outside regbot and exchanges it once, so a wrong or
/// revoked token is reported now rather than by the daemon.
pub async fn import_refresh_token(
    source: &TokenSource,
    token: RefreshToken,
) -> Result<Lease, OAuth2Error> {
    require_refresh_grant(source)?;
    if token.expose().trim().is_empty() {
        return Err(OAuth2Error::Config(
            "the refresh token file is empty".into(),
        ));
    }
    source
        .replace_refresh_token(&RefreshToken::new(token.expose().trim()))
        .await?;
    source.lease().await
}
