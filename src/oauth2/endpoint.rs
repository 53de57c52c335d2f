//! The provider's token endpoint over HTTPS, and the answers it gives.
//!
//! [`TokenEndpoint`] is the seam: [`HttpEndpoint`] talks to Microsoft, Google or the test
//! stack's token server with reqwest (rustls on the ring provider regbot installs, Mozilla's
//! roots from webpki-roots, as for IMAP and SMTP); unit tests of the flows script the answers.
//! Client authentication is `client_secret_post` (id and secret in the form), which both
//! providers accept.

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use serde::Deserialize;

use super::{AccessToken, OAuth2Error, RefreshToken, Resolved};

/// A successful token answer.
#[derive(Debug, Clone)]
pub struct TokenResponse {
    pub access_token: AccessToken,
    /// Seconds; None when the provider did not say.
    pub expires_in: Option<u64>,
    /// Set when the provider issued (or rotated) a refresh token.
    pub refresh_token: Option<RefreshToken>,
    pub scope: Option<String>,
}

/// A refusal as RFC 6749 §5.2 describes it, with Microsoft's `error_codes` (AADSTS numbers).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ErrorBody {
    pub error: String,
    #[serde(default)]
    pub error_description: Option<String>,
    #[serde(default)]
    pub error_codes: Vec<i64>,
    /// RFC 8628 `slow_down` may carry the new interval.
    #[serde(default)]
    pub interval: Option<u64>,
    #[serde(skip)]
    pub status: u16,
}

impl ErrorBody {
    /// `error` plus the provider's description, cut short (Microsoft's carry trace ids).
    pub fn describe(&self) -> String {
        let mut text = self.error.clone();
        if let Some(d) = &self.error_description {
            let first_line = d.lines().next().unwrap_or("").trim();
            let cut: String = first_line.chars().take(240).collect();
            if !cut.is_empty() {
                text.push_str(": ");
                text.push_str(&cut);
            }
        }
        text
    }
}

/// The token endpoint's answer: a token, or an OAuth2 refusal (transport failures, 5xx and
/// unreadable answers are `Err`).
#[derive(Debug, Clone)]
pub enum TokenReply {
    Granted(TokenResponse),
    Refused(ErrorBody),
}

/// The device authorization answer (RFC 8628 §3.2).
#[derive(Clone)]
pub struct DeviceAuthorization {
    pub device_code: String,
    pub user_code: String,
    pub verification_uri: String,
    pub verification_uri_complete: Option<String>,
    pub expires_in: u64,
    pub interval: u64,
    /// Microsoft's ready-made sentence for the person.
    pub message: Option<String>,
}

impl std::fmt::Debug for DeviceAuthorization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceAuthorization")
            .field("user_code", &self.user_code)
            .field("verification_uri", &self.verification_uri)
            .field("expires_in", &self.expires_in)
            .field("interval", &self.interval)
            .finish_non_exhaustive()
    }
}

/// Form fields of one token request; values may be secrets, so this is never logged.
pub type Form = Vec<(&'static str, String)>;

pub trait TokenEndpoint: Send + Sync {
    /// POSTs `form` (grant_type and its parameters; the endpoint adds the client's id and
    /// secret) to the token endpoint.
    fn token(&self, form: Form) -> BoxFuture<'_, Result<TokenReply, OAuth2Error>>;
    /// Starts a device-code sign-in for `scopes`.
    fn device_authorization(
        &self,
        scopes: &[String],
    ) -> BoxFuture<'_, Result<Result<DeviceAuthorization, ErrorBody>, OAuth2Error>>;
}

pub struct HttpEndpoint {
    http: reqwest::Client,
    settings: Resolved,
}

impl HttpEndpoint {
    pub fn new(settings: Resolved) -> Result<Arc<HttpEndpoint>, OAuth2Error> {
        // reqwest without a provider of its own looks for the process default even when handed
        // a config; regbot's is ring (main installs it; tests and library users may not have).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .map_err(|e| OAuth2Error::Config(format!("TLS setup failed: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .user_agent(concat!("regbot/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| OAuth2Error::Config(format!("HTTP client setup failed: {e}")))?;
        Ok(Arc::new(HttpEndpoint { http, settings }))
    }

    fn with_client(&self, mut form: Form) -> Form {
        form.push(("client_id", self.settings.client_id.clone()));
        if let Some(secret) = &self.settings.client_secret {
            form.push(("client_secret", secret.expose().to_string()));
        }
        form
    }

    async fn post(&self, url: &str, form: Form) -> Result<(u16, Vec<u8>), OAuth2Error> {
        let response = self
            .http
            .post(url)
            .header("Accept", "application/json")
            .form(&form)
            .send()
            .await
            .map_err(|e| OAuth2Error::Unreachable {
                url: url.to_string(),
                // reqwest's error names the URL and the cause, never the form body.
                detail: error_chain(&e),
            })?;
        let status = response.status().as_u16();
        let body = response
            .bytes()
            .await
            .map_err(|e| OAuth2Error::Unreachable {
                url: url.to_string(),
                detail: error_chain(&e),
            })?;
        Ok((status, body.to_vec()))
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Reads a refusal (4xx with an RFC 6749 JSON body); anything else is a server problem.
fn refusal(url: &str, status: u16, body: &[u8]) -> Result<ErrorBody, OAuth2Error> {
    match serde_json::from_slice::<ErrorBody>(body) {
        Ok(mut e) if (400..500).contains(&status) => {
            e.status = status;
            Ok(e)
        }
        _ => {
            let text = String::from_utf8_lossy(body);
            let detail: String = text.trim().chars().take(200).collect();
            if status >= 500 || status == 429 {
                Err(OAuth2Error::ServerError {
                    url: url.to_string(),
                    status,
                    detail,
                })
            } else {
                Err(OAuth2Error::Malformed(format!(
                    "HTTP {status} from {url} without an OAuth2 error: {detail}"
                )))
            }
        }
    }
}

#[derive(Deserialize)]
struct RawToken {
    access_token: String,
    #[serde(default)]
    expires_in: Option<serde_json::Value>,
    #[serde(default)]
    refresh_token: Option<String>,
    #[serde(default)]
    scope: Option<String>,
}

/// `expires_in` is a number in the RFC; some servers send it as a string.
fn seconds(v: &Option<serde_json::Value>) -> Option<u64> {
    match v {
        Some(serde_json::Value::Number(n)) => n.as_u64(),
        Some(serde_json::Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
}

pub fn parse_token(body: &[u8]) -> Result<TokenResponse, OAuth2Error> {
    let raw: RawToken = serde_json::from_slice(body).map_err(|e| {
        // serde's message names the field and position, not the values.
        OAuth2Error::Malformed(format!("token answer is not the expected JSON ({e})"))
    })?;
    if raw.access_token.is_empty() {
        return Err(OAuth2Error::Malformed("empty access_token".into()));
    }
    Ok(TokenResponse {
        access_token: AccessToken::new(raw.access_token),
        expires_in: seconds(&raw.expires_in),
        refresh_token: raw
            .refresh_token
            .filter(|t| !t.is_empty())
            .map(RefreshToken::new),
        scope: raw.scope,
    })
}

#[derive(Deserialize)]
struct RawDevice {
    device_code: String,
    user_code: String,
    // Google says verification_url.
    #[serde(alias = "verification_url")]
    verification_uri: String,
    #[serde(default)]
    verification_uri_complete: Option<String>,
    #[serde(default)]
    expires_in: Option<serde_json::Value>,
    #[serde(default)]
    interval: Option<serde_json::Value>,
    #[serde(default)]
    message: Option<String>,
}

impl TokenEndpoint for HttpEndpoint {
    fn token(&self, form: Form) -> BoxFuture<'_, Result<TokenReply, OAuth2Error>> {
        Box::pin(async move {
            let url = self.settings.token_url.clone();
            let (status, body) = self.post(&url, self.with_client(form)).await?;
            if status == 200 {
                return parse_token(&body).map(TokenReply::Granted);
            }
            refusal(&url, status, &body).map(TokenReply::Refused)
        })
    }

    fn device_authorization(
        &self,
        scopes: &[String],
    ) -> BoxFuture<'_, Result<Result<DeviceAuthorization, ErrorBody>, OAuth2Error>> {
        let scope = scopes.join(" ");
        Box::pin(async move {
            let Some(url) = self.settings.device_authorization_url.clone() else {
                return Err(OAuth2Error::Config(
                    "oauth2.device_authorization_url is needed for `regbot oauth login` with provider = \"generic\"".into(),
                ));
            };
            // Public and confidential clients alike: Google wants the secret here too.
            let (status, body) = self
                .post(&url, self.with_client(vec![("scope", scope)]))
                .await?;
            if status != 200 {
                return refusal(&url, status, &body).map(Err);
            }
            let raw: RawDevice = serde_json::from_slice(&body).map_err(|e| {
                OAuth2Error::Malformed(format!("device authorization answer unreadable ({e})"))
            })?;
            Ok(Ok(DeviceAuthorization {
                device_code: raw.device_code,
                user_code: raw.user_code,
                verification_uri: raw.verification_uri,
                verification_uri_complete: raw.verification_uri_complete,
                expires_in: seconds(&raw.expires_in).unwrap_or(900),
                // RFC 8628 §3.2: 5 seconds when the server does not say.
                interval: seconds(&raw.interval).unwrap_or(5).max(1),
                message: raw.message,
            }))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_answers_are_read_with_numeric_or_text_lifetimes() {
        let t = parse_token(br#"{"access_token":"at-1","token_type":"Bearer","expires_in":"3599","refresh_token":"rt-1"}"#).unwrap();
        assert_eq!(t.expires_in, Some(3599));
        assert_eq!(t.refresh_token.unwrap().expose(), "rt-1");
        let t = parse_token(br#"{"access_token":"at-2","expires_in":30}"#).unwrap();
        assert_eq!(t.expires_in, Some(30));
        assert!(t.refresh_token.is_none());
        assert!(!format!("{t:?}").contains("at-2"));
    }

    #[test]
    fn a_microsoft_refusal_keeps_its_aadsts_code_and_first_line() {
        let body = br#"{"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented to use the application.\r\nTrace ID: x","error_codes":[65001]}"#;
        let e = refusal("https://login", 400, body).unwrap();
        assert_eq!(e.error_codes, [65001]);
        assert_eq!(
            e.describe(),
            "invalid_grant: AADSTS65001: The user or administrator has not consented to use the application."
        );
    }

    #[test]
    fn a_server_error_page_is_retried_not_reported_as_a_refusal() {
        let err = refusal("https://login", 503, b"<html>down</html>").unwrap_err();
        assert!(err.is_transient());
    }
}
