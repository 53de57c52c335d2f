//! What `regbot check` says about an OAuth2 login: the flow, where the token comes from, when
//! the token in hand expires, and — when something refuses — the fix on the provider's side.
//! Never the token or the secret.

use super::cache::Lease;
use super::{Grant, OAuth2Error, Provider, Resolved};

/// "client_credentials (microsoft, https://login.microsoftonline.com/…/token, client 1a2b…)".
pub fn describe_flow(settings: &Resolved) -> String {
    let provider = match settings.provider {
        Provider::Microsoft => "microsoft",
        Provider::Google => "google",
        Provider::Generic => "generic",
    };
    format!(
        "oauth2 {} ({provider}, {}, client {})",
        settings.grant.as_str(),
        settings.token_url,
        settings.client_id
    )
}

/// One line for a token in hand.
pub fn describe_lease(lease: &Lease) -> String {
    let left = (lease.expires_at - chrono::Utc::now()).num_seconds().max(0);
    let left = if left < 120 {
        format!("{left} s")
    } else {
        format!("{} min", left / 60)
    };
    format!(
        "token valid until {} ({left} left; renewed before expiry)",
        lease.expires_at.format("%Y-%m-%d %H:%M:%S UTC"),
    )
}

/// The next step for an error getting a token (the error text already names the fix; this
/// adds what to run when a person must sign in).
pub fn next_step(error: &OAuth2Error, grant: Grant) -> Option<&'static str> {
    match error {
        OAuth2Error::NotLoggedIn | OAuth2Error::RefreshRevoked { .. } | OAuth2Error::Unseal
            if grant == Grant::RefreshToken =>
        {
            Some("run `regbot oauth login`")
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oauth2::AccessToken;

    #[test]
    fn the_flow_names_grant_provider_endpoint_and_client_but_no_secret() {
        let settings = Resolved {
            provider: Provider::Microsoft,
            grant: Grant::ClientCredentials,
            token_url: "https://login.microsoftonline.com/contoso/oauth2/v2.0/token".into(),
            device_authorization_url: None,
            client_id: "1a2b".into(),
            client_secret: Some(crate::config::Secret::new("hush~hush")),
            scopes: vec![],
            token_key_file: None,
        };
        let line = describe_flow(&settings);
        assert!(
            line.starts_with("oauth2 client_credentials (microsoft, https://login."),
            "{line}"
        );
        assert!(!line.contains("hush"));
        let lease = Lease {
            token: AccessToken::new("at-secret"),
            renew_at: tokio::time::Instant::now(),
            expires_at: chrono::Utc::now() + chrono::Duration::minutes(59),
        };
        let line = describe_lease(&lease);
        assert!(
            line.contains("UTC") && !line.contains("at-secret"),
            "{line}"
        );
    }
}
