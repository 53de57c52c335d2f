//! Logging in to the mail servers with a token, with the one retry the protocols need: a
//! token the server refuses is reported to the [`TokenSource`] (which then fetches a new one)
//! and the login is tried once more. A second refusal is the mailbox side not being set up,
//! and the error names the provider-side fix.

use std::fmt::Debug;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite};

use super::cache::Lease;
use super::hints::{self, MailProtocol};
use super::sasl::{BearerAuth, Mechanism};
use super::{OAuth2Error, TokenSource};

/// `AUTHENTICATE XOAUTH2` (or OAUTHBEARER when the server does not know XOAUTH2) on a
/// connected, greeted IMAP client. Returns the session and the lease of the token it used, so
/// the caller can log in again before that token expires.
pub async fn imap_login<T>(
    mut client: async_imap::Client<T>,
    user: &str,
    host: &str,
    port: u16,
    tokens: &TokenSource,
    timeout: Duration,
) -> Result<(async_imap::Session<T>, Lease), OAuth2Error>
where
    T: AsyncRead + AsyncWrite + Unpin + Debug + Send,
{
    let mut last = String::new();
    let mut mechanism = Mechanism::XOauth2;
    let mut refusals = 0;
    // At most: XOAUTH2 unknown -> OAUTHBEARER, refused -> fresh token, refused again -> stop.
    for _ in 0..3 {
        let lease = tokens.lease().await?;
        let mut auth = BearerAuth::new(mechanism, user, &lease.token, host, port);
        let outcome =
            tokio::time::timeout(timeout, client.authenticate(mechanism.name(), &mut auth)).await;
        match outcome {
            Err(_) => {
                return Err(OAuth2Error::MailTimeout {
                    protocol: "IMAP",
                    timeout,
                });
            }
            Ok(Ok(session)) => return Ok((session, lease)),
            Ok(Err((e, back))) => {
                client = back;
                last = e.to_string();
                let unknown = last.to_ascii_lowercase().contains("unsupported")
                    || last.to_ascii_lowercase().contains("unknown");
                if mechanism == Mechanism::XOauth2 && unknown && auth.server_error.is_none() {
                    mechanism = Mechanism::OAuthBearer;
                    continue;
                }
                refusals += 1;
                tokens.refused(&lease.token).await;
                if refusals == 2 {
                    break;
                }
            }
        }
    }
    Err(OAuth2Error::MailRefused {
        protocol: "IMAP",
        user: user.to_string(),
        server: last,
        fix: hints::mail_refusal_fix(MailProtocol::Imap, tokens.settings().grant, ""),
    })
}
