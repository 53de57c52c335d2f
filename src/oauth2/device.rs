//! The device-code sign-in (RFC 8628) behind `regbot oauth login`: regbot asks for a code, a
//! person opens the provider's page in any browser and enters it, and regbot polls the token
//! endpoint until the sign-in is done, declined or expired. It runs on a server without a
//! browser, which is why this flow and not a redirect.

use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::endpoint::{DeviceAuthorization, TokenEndpoint, TokenReply};
use super::hints;
use super::{Grant, OAuth2Error, TokenResponse};

const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
/// RFC 8628 §3.5: `slow_down` adds 5 seconds to the interval.
const SLOW_DOWN_STEP: u64 = 5;
/// Longest wait between polls after network errors.
const MAX_INTERVAL: u64 = 60;

/// Asks the provider for a user code.
pub async fn start(
    endpoint: &dyn TokenEndpoint,
    scopes: &[String],
) -> Result<DeviceAuthorization, OAuth2Error> {
    match endpoint.device_authorization(scopes).await? {
        Ok(auth) => Ok(auth),
        Err(refusal) => Err(hints::classify(&refusal, Grant::RefreshToken)),
    }
}

/// Polls until the person has signed in (the token answer), declined, or the code expired.
pub async fn poll(
    endpoint: &dyn TokenEndpoint,
    auth: &DeviceAuthorization,
    cancel: &CancellationToken,
) -> Result<TokenResponse, OAuth2Error> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(auth.expires_in);
    let mut interval = auth.interval.max(1);
    loop {
        tokio::select! {
            _ = cancel.cancelled() => return Err(OAuth2Error::Cancelled),
            _ = tokio::time::sleep(Duration::from_secs(interval)) => {}
        }
        if tokio::time::Instant::now() >= deadline {
            return Err(OAuth2Error::DeviceCodeExpired);
        }
        let form = vec![
            ("grant_type", DEVICE_GRANT.to_string()),
            ("device_code", auth.device_code.clone()),
        ];
        match endpoint.token(form).await {
            Ok(TokenReply::Granted(token)) => return Ok(token),
            Ok(TokenReply::Refused(refusal)) => match refusal.error.as_str() {
                "authorization_pending" => {}
                "slow_down" => {
                    interval = refusal.interval.unwrap_or(interval + SLOW_DOWN_STEP);
                }
                "expired_token" | "code_expired" => return Err(OAuth2Error::DeviceCodeExpired),
                // Microsoft says authorization_declined.
                "access_denied" | "authorization_declined" => {
                    return Err(OAuth2Error::DeviceDeclined);
                }
                _ => return Err(hints::classify(&refusal, Grant::ClientCredentials)),
            },
            // §3.5: a client SHOULD back off on connection timeouts; the code stays valid.
            Err(e) if e.is_transient() => {
                tracing::warn!(error = %e, "oauth2: polling the token endpoint failed; trying again");
                interval = (interval * 2).min(MAX_INTERVAL);
            }
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oauth2::AccessToken;
    use crate::oauth2::endpoint::{ErrorBody, Form};
    use futures::future::BoxFuture;
    use std::sync::Mutex;

    /// Answers polls from a script and records when each came.
    struct Scripted {
        replies: Mutex<Vec<Result<TokenReply, OAuth2Error>>>,
        polled_at: Mutex<Vec<tokio::time::Instant>>,
    }

    fn refused(error: &str) -> Result<TokenReply, OAuth2Error> {
        Ok(TokenReply::Refused(ErrorBody {
            error: error.into(),
            status: 400,
            ..ErrorBody::default()
        }))
    }

    fn granted() -> Result<TokenReply, OAuth2Error> {
        Ok(TokenReply::Granted(TokenResponse {
            access_token: AccessToken::new("at"),
            expires_in: Some(60),
            refresh_token: None,
            scope: None,
        }))
    }

    impl TokenEndpoint for Scripted {
        fn token(&self, form: Form) -> BoxFuture<'_, Result<TokenReply, OAuth2Error>> {
            assert!(form.iter().any(|(k, v)| *k == "device_code" && v == "dc"));
            self.polled_at
                .lock()
                .unwrap()
                .push(tokio::time::Instant::now());
            let reply = self.replies.lock().unwrap().remove(0);
            Box::pin(async move { reply })
        }
        fn device_authorization(
            &self,
            _: &[String],
        ) -> BoxFuture<'_, Result<Result<DeviceAuthorization, ErrorBody>, OAuth2Error>> {
            unreachable!()
        }
    }

    fn auth(expires_in: u64) -> DeviceAuthorization {
        DeviceAuthorization {
            device_code: "dc".into(),
            user_code: "ABCD-EFGH".into(),
            verification_uri: "https://microsoft.com/devicelogin".into(),
            verification_uri_complete: None,
            expires_in,
            interval: 2,
            message: None,
        }
    }

    fn scripted(replies: Vec<Result<TokenReply, OAuth2Error>>) -> Scripted {
        Scripted {
            replies: Mutex::new(replies),
            polled_at: Mutex::new(Vec::new()),
        }
    }

    #[tokio::test(start_paused = true)]
    async fn polls_at_the_interval_and_slows_down_when_told() {
        let endpoint = scripted(vec![
            refused("authorization_pending"),
            refused("slow_down"),
            refused("authorization_pending"),
            granted(),
        ]);
        let t0 = tokio::time::Instant::now();
        let token = poll(&endpoint, &auth(900), &CancellationToken::new())
            .await
            .unwrap();
        assert_eq!(token.access_token.expose(), "at");
        let gaps: Vec<u64> = endpoint
            .polled_at
            .lock()
            .unwrap()
            .iter()
            .map(|t| (*t - t0).as_secs())
            .collect();
        // 2 s apart, then 7 s apart after slow_down.
        assert_eq!(gaps, [2, 4, 11, 18]);
    }

    #[tokio::test(start_paused = true)]
    async fn expiry_and_refusal_end_the_wait_with_what_to_do() {
        let endpoint = scripted(vec![refused("expired_token")]);
        let err = poll(&endpoint, &auth(900), &CancellationToken::new())
            .await
            .unwrap_err();
        assert!(matches!(err, OAuth2Error::DeviceCodeExpired));
        let endpoint = scripted(vec![refused("authorization_declined")]);
        let err = poll(&endpoint, &auth(900), &CancellationToken::new())
            .await
            .unwrap_err();
        assert!(err.to_string().contains("declined"));
        let endpoint = scripted(vec![refused("access_denied")]);
        assert!(matches!(
            poll(&endpoint, &auth(900), &CancellationToken::new()).await,
            Err(OAuth2Error::DeviceDeclined)
        ));
    }

    #[tokio::test(start_paused = true)]
    async fn the_code_lifetime_bounds_the_wait_even_if_the_server_never_says_expired() {
        let endpoint = scripted((0..10).map(|_| refused("authorization_pending")).collect());
        let err = poll(&endpoint, &auth(5), &CancellationToken::new())
            .await
            .unwrap_err();
        assert!(matches!(err, OAuth2Error::DeviceCodeExpired));
        assert_eq!(endpoint.polled_at.lock().unwrap().len(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn a_network_error_backs_off_and_keeps_polling() {
        let endpoint = scripted(vec![
            Err(OAuth2Error::Unreachable {
                url: "u".into(),
                detail: "refused".into(),
            }),
            granted(),
        ]);
        let t0 = tokio::time::Instant::now();
        poll(&endpoint, &auth(900), &CancellationToken::new())
            .await
            .unwrap();
        let last = *endpoint.polled_at.lock().unwrap().last().unwrap();
        assert_eq!((last - t0).as_secs(), 2 + 4);
    }
}
