//! The `[oauth2]` configuration section (keys as in DESIGN.md, "OAuth2") and what it resolves
//! to: each provider's token and device endpoints and the scopes its mail servers want, so an
//! organiser only names the provider, the tenant and the client.
//!
//! Provider facts (from Microsoft's and Google's documentation):
//! - Microsoft identity platform v2.0: `https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token`
//!   and `.../devicecode`. App-only access (client_credentials) asks for
//!   `https://outlook.office365.com/.default`; delegated access for
//!   `https://outlook.office.com/IMAP.AccessAsUser.All`, `https://outlook.office.com/SMTP.Send`
//!   and `offline_access` (without it no refresh token is issued).
//! - Google: `https://oauth2.googleapis.com/token` and `https://oauth2.googleapis.com/device/code`;
//!   IMAP and SMTP need the scope `https://mail.google.com/`. Gmail has no client_credentials
//!   grant (app-only access there is a service account with domain-wide delegation).

use std::path::PathBuf;

use serde::{Deserialize, Deserializer};

use super::OAuth2Error;
use crate::config::Secret;

/// `imap.auth` / `smtp.auth`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthMethod {
    /// `username` + `password` (LOGIN / AUTH PLAIN): today's behaviour.
    #[default]
    Password,
    /// A bearer token from `[oauth2]` (XOAUTH2 / OAUTHBEARER).
    Oauth2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    Microsoft,
    Google,
    Generic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grant {
    /// App-only: the client's own secret buys the token; no person after setup.
    ClientCredentials,
    /// Delegated: a person signs in once (`regbot oauth login`); the stored refresh token buys
    /// access tokens from then on.
    RefreshToken,
}

impl Grant {
    pub fn as_str(self) -> &'static str {
        match self {
            Grant::ClientCredentials => "client_credentials",
            Grant::RefreshToken => "refresh_token",
        }
    }
}

/// The `[oauth2]` section as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OAuth2Settings {
    pub provider: Provider,
    pub token_url: Option<String>,
    pub device_authorization_url: Option<String>,
    /// Microsoft: the directory (tenant) ID or a verified domain of the organisation.
    pub tenant: Option<String>,
    pub client_id: String,
    #[serde(default)]
    pub client_secret: Secret,
    pub client_secret_file: Option<PathBuf>,
    /// A list, or one string of space-separated scopes (handy in an environment variable).
    #[serde(default, deserialize_with = "scopes")]
    pub scopes: Option<Vec<String>>,
    pub grant: Grant,
    pub token_key_file: Option<PathBuf>,
}

fn scopes<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Scopes {
        List(Vec<String>),
        Text(String),
    }
    Ok(Option::<Scopes>::deserialize(d)?.map(|s| match s {
        Scopes::List(v) => v,
        Scopes::Text(t) => t.split_whitespace().map(str::to_string).collect(),
    }))
}

/// Everything a flow needs, defaults filled in and checked.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub provider: Provider,
    pub grant: Grant,
    pub token_url: String,
    /// None for `generic` without `device_authorization_url`: `regbot oauth login` then says so.
    pub device_authorization_url: Option<String>,
    pub client_id: String,
    /// None: a public client (Microsoft "Allow public client flows"), which may use the device
    /// code and refresh grants without a secret.
    pub client_secret: Option<Secret>,
    pub scopes: Vec<String>,
    pub token_key_file: Option<PathBuf>,
}

impl Resolved {
    /// Names the stored refresh token: one per token endpoint and client.
    pub fn account_key(&self) -> String {
        format!("{} {}", self.token_url, self.client_id)
    }
}

const MICROSOFT_LOGIN: &str = "https://login.microsoftonline.com";
pub const MICROSOFT_APP_SCOPE: &str = "https://outlook.office365.com/.default";
pub const MICROSOFT_DELEGATED_SCOPES: [&str; 3] = [
    "offline_access",
    "https://outlook.office.com/IMAP.AccessAsUser.All",
    "https://outlook.office.com/SMTP.Send",
];
pub const GOOGLE_TOKEN_URL: &str = "https://oauth2.googleapis.com/token";
pub const GOOGLE_DEVICE_URL: &str = "https://oauth2.googleapis.com/device/code";
pub const GOOGLE_MAIL_SCOPE: &str = "https://mail.google.com/";

impl OAuth2Settings {
    /// Reads `client_secret_file` (only a final line ending is dropped: the secret is taken
    /// byte for byte otherwise).
    pub fn load_secret_file(&mut self) -> Result<(), OAuth2Error> {
        if let Some(path) = &self.client_secret_file {
            let text = std::fs::read_to_string(path).map_err(|source| OAuth2Error::File {
                key: "oauth2.client_secret_file",
                path: path.clone(),
                source,
            })?;
            let text = text
                .strip_suffix("\r\n")
                .or_else(|| text.strip_suffix('\n'))
                .unwrap_or(&text);
            self.client_secret = Secret::new(text);
        }
        Ok(())
    }

    /// Fills in the provider's defaults and checks that the chosen grant can work.
    pub fn resolve(&self) -> Result<Resolved, OAuth2Error> {
        let invalid = |m: &str| Err(OAuth2Error::Config(m.to_string()));
        if self.client_id.trim().is_empty() {
            return invalid(
                "oauth2.client_id is empty (Microsoft: the app registration's Application (client) ID; Google: the OAuth client ID)",
            );
        }
        let secret = (!self.client_secret.is_empty()).then(|| self.client_secret.clone());
        if self.grant == Grant::ClientCredentials && secret.is_none() {
            return invalid(
                "grant = \"client_credentials\" needs oauth2.client_secret or oauth2.client_secret_file (Microsoft: Certificates & secrets > New client secret, its Value)",
            );
        }
        let (token_default, device_default, scope_default): (
            Option<String>,
            Option<String>,
            Vec<String>,
        ) = match self.provider {
            Provider::Microsoft => {
                let tenant = self.tenant.as_deref().map(str::trim).unwrap_or("");
                if tenant.is_empty() && self.token_url.is_none() {
                    return invalid(
                        "oauth2.tenant is required for provider = \"microsoft\" (the Directory (tenant) ID on the app registration's Overview page, or the organisation's domain)",
                    );
                }
                if self.grant == Grant::ClientCredentials
                    && matches!(tenant, "common" | "organizations" | "consumers")
                {
                    return invalid(
                        "client_credentials needs the organisation's own tenant in oauth2.tenant, not \"common\", \"organizations\" or \"consumers\"",
                    );
                }
                let base = format!("{MICROSOFT_LOGIN}/{tenant}/oauth2/v2.0");
                let scopes = match self.grant {
                    Grant::ClientCredentials => vec![MICROSOFT_APP_SCOPE.to_string()],
                    Grant::RefreshToken => MICROSOFT_DELEGATED_SCOPES
                        .iter()
                        .map(|s| s.to_string())
                        .collect(),
                };
                (
                    Some(format!("{base}/token")),
                    Some(format!("{base}/devicecode")),
                    scopes,
                )
            }
            Provider::Google => {
                if self.grant == Grant::ClientCredentials {
                    return invalid(
                        "Google has no client_credentials grant for Gmail; use grant = \"refresh_token\" (see the README, Google Workspace)",
                    );
                }
                (
                    Some(GOOGLE_TOKEN_URL.into()),
                    Some(GOOGLE_DEVICE_URL.into()),
                    vec![GOOGLE_MAIL_SCOPE.into()],
                )
            }
            Provider::Generic => (None, None, Vec::new()),
        };
        let token_url = match self.token_url.clone().or(token_default) {
            Some(url) => url,
            None => return invalid("oauth2.token_url is required for provider = \"generic\""),
        };
        for url in std::iter::once(&token_url).chain(self.device_authorization_url.as_ref()) {
            if !(url.starts_with("https://")
                || url.starts_with("http://127.0.0.1")
                || url.starts_with("http://localhost"))
            {
                return Err(OAuth2Error::Config(format!(
                    "{url:?} must be an https:// URL (plain http only to 127.0.0.1 or localhost, for tests)"
                )));
            }
        }
        Ok(Resolved {
            provider: self.provider,
            grant: self.grant,
            token_url,
            device_authorization_url: self.device_authorization_url.clone().or(device_default),
            client_id: self.client_id.trim().to_string(),
            client_secret: secret,
            scopes: self.scopes.clone().unwrap_or(scope_default),
            token_key_file: self.token_key_file.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(provider: Provider, grant: Grant) -> OAuth2Settings {
        OAuth2Settings {
            provider,
            token_url: None,
            device_authorization_url: None,
            tenant: Some("contoso.onmicrosoft.com".into()),
            client_id: "11111111-2222-3333-4444-555555555555".into(),
            client_secret: Secret::new("s3cr~et"),
            client_secret_file: None,
            scopes: None,
            grant,
            token_key_file: None,
        }
    }

    #[test]
    fn microsoft_app_only_uses_the_tenant_token_endpoint_and_the_default_scope() {
        let r = settings(Provider::Microsoft, Grant::ClientCredentials)
            .resolve()
            .unwrap();
        assert_eq!(
            r.token_url,
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"
        );
        assert_eq!(r.scopes, ["https://outlook.office365.com/.default"]);
    }

    #[test]
    fn microsoft_delegated_asks_for_imap_smtp_and_offline_access() {
        let r = settings(Provider::Microsoft, Grant::RefreshToken)
            .resolve()
            .unwrap();
        assert!(r.scopes.contains(&"offline_access".to_string()));
        assert!(
            r.scopes
                .contains(&"https://outlook.office.com/IMAP.AccessAsUser.All".to_string())
        );
        assert!(
            r.scopes
                .contains(&"https://outlook.office.com/SMTP.Send".to_string())
        );
        assert_eq!(
            r.device_authorization_url.as_deref(),
            Some(
                "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/devicecode"
            )
        );
    }

    #[test]
    fn google_uses_its_endpoints_and_the_mail_scope_and_refuses_app_only() {
        let r = settings(Provider::Google, Grant::RefreshToken)
            .resolve()
            .unwrap();
        assert_eq!(r.token_url, "https://oauth2.googleapis.com/token");
        assert_eq!(r.scopes, ["https://mail.google.com/"]);
        let err = settings(Provider::Google, Grant::ClientCredentials)
            .resolve()
            .unwrap_err();
        assert!(err.to_string().contains("refresh_token"), "{err}");
    }

    #[test]
    fn generic_needs_a_token_url_and_app_only_needs_a_secret() {
        let err = settings(Provider::Generic, Grant::RefreshToken)
            .resolve()
            .unwrap_err();
        assert!(err.to_string().contains("token_url"), "{err}");
        let mut s = settings(Provider::Microsoft, Grant::ClientCredentials);
        s.client_secret = Secret::default();
        assert!(
            s.resolve()
                .unwrap_err()
                .to_string()
                .contains("client_secret")
        );
        let mut s = settings(Provider::Microsoft, Grant::ClientCredentials);
        s.tenant = Some("common".into());
        assert!(s.resolve().unwrap_err().to_string().contains("tenant"));
    }

    #[test]
    fn plain_http_is_refused_except_on_loopback() {
        let mut s = settings(Provider::Generic, Grant::RefreshToken);
        s.token_url = Some("http://idp.example.org/token".into());
        assert!(s.resolve().is_err());
        s.token_url = Some("http://127.0.0.1:2828/token".into());
        assert_eq!(
            s.resolve().unwrap().token_url,
            "http://127.0.0.1:2828/token"
        );
    }

    #[test]
    fn a_secret_file_is_taken_byte_for_byte_but_its_final_newline() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret");
        std::fs::write(&path, " a~b.c_d \n").unwrap();
        let mut s = settings(Provider::Microsoft, Grant::ClientCredentials);
        s.client_secret_file = Some(path);
        s.load_secret_file().unwrap();
        assert_eq!(s.client_secret.expose(), " a~b.c_d ");
        assert!(!format!("{s:?}").contains("a~b"));
    }
}
