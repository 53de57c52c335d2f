//! The SASL strings that carry a bearer token to IMAP and SMTP.
//!
//! - XOAUTH2 (Google's and Microsoft's): `user=<user>^Aauth=Bearer <token>^A^A`.
//! - OAUTHBEARER (RFC 7628): `n,a=<user>,^Ahost=<host>^Aport=<port>^Aauth=Bearer <token>^A^A`.
//!
//! Both are sent base64-encoded by the protocol layer (async-imap encodes what an
//! [`async_imap::Authenticator`] returns; lettre builds XOAUTH2 itself). When the server refuses
//! a token it sends one challenge with a JSON error; the client must answer it with an empty
//! response and then reads the final NO / 535. [`BearerAuth`] does both.

use super::AccessToken;

/// The two mechanisms; the order of [`Mechanism::preferred`] is the order regbot tries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanism {
    XOauth2,
    OAuthBearer,
}

impl Mechanism {
    pub fn name(self) -> &'static str {
        match self {
            Mechanism::XOauth2 => "XOAUTH2",
            Mechanism::OAuthBearer => "OAUTHBEARER",
        }
    }

    /// XOAUTH2 when offered (both big providers speak it), else OAUTHBEARER; `offered` is the
    /// server's list (e.g. IMAP capabilities `AUTH=...`, upper-case names).
    pub fn preferred<'a>(offered: impl IntoIterator<Item = &'a str>) -> Option<Mechanism> {
        let offered: Vec<String> = offered
            .into_iter()
            .map(|m| m.to_ascii_uppercase())
            .collect();
        [Mechanism::XOauth2, Mechanism::OAuthBearer]
            .into_iter()
            .find(|m| offered.iter().any(|o| o == m.name()))
    }
}

/// The initial response of `mechanism` for `user` (not yet base64-encoded).
pub fn initial_response(
    mechanism: Mechanism,
    user: &str,
    token: &AccessToken,
    host: &str,
    port: u16,
) -> String {
    match mechanism {
        Mechanism::XOauth2 => format!("user={user}\x01auth=Bearer {}\x01\x01", token.expose()),
        Mechanism::OAuthBearer => format!(
            "n,a={},\x01host={host}\x01port={port}\x01auth=Bearer {}\x01\x01",
            gs2_escape(user),
            token.expose()
        ),
    }
}

/// RFC 5801 saslname: ',' and '=' are escaped in the authorisation identity.
fn gs2_escape(user: &str) -> String {
    user.replace('=', "=3D").replace(',', "=2C")
}

/// An [`async_imap::Authenticator`] for XOAUTH2 / OAUTHBEARER: the first challenge (empty)
/// gets the token, a second one (the server's JSON error) gets the empty answer SASL wants, so
/// the server ends with a tagged NO instead of waiting. The error JSON is kept for the report.
pub struct BearerAuth {
    mechanism: Mechanism,
    response: String,
    sent: bool,
    /// The server's error challenge (decoded), when it refused the token.
    pub server_error: Option<String>,
}

impl BearerAuth {
    pub fn new(
        mechanism: Mechanism,
        user: &str,
        token: &AccessToken,
        host: &str,
        port: u16,
    ) -> Self {
        BearerAuth {
            mechanism,
            response: initial_response(mechanism, user, token, host, port),
            sent: false,
            server_error: None,
        }
    }
}

impl std::fmt::Debug for BearerAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BearerAuth(***)")
    }
}

impl async_imap::Authenticator for &mut BearerAuth {
    type Response = Vec<u8>;

    fn process(&mut self, challenge: &[u8]) -> Vec<u8> {
        if !self.sent {
            self.sent = true;
            return std::mem::take(&mut self.response).into_bytes();
        }
        self.server_error = Some(String::from_utf8_lossy(challenge).into_owned());
        // RFC 7628 §3.2.3: OAUTHBEARER answers the error with a single ^A; XOAUTH2 (Google's
        // description) with an empty response.
        match self.mechanism {
            Mechanism::OAuthBearer => vec![1],
            Mechanism::XOauth2 => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_imap::Authenticator;

    #[test]
    fn xoauth2_matches_the_providers_documented_layout() {
        let token = AccessToken::new("EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA");
        let s = initial_response(
            Mechanism::XOauth2,
            "test@contoso.onmicrosoft.com",
            &token,
            "h",
            1,
        );
        assert_eq!(
            s,
            "user=test@contoso.onmicrosoft.com\x01auth=Bearer EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA\x01\x01"
        );
    }

    #[test]
    fn oauthbearer_carries_the_gs2_header_host_and_port() {
        let token = AccessToken::new("vF9dft4qmT");
        let s = initial_response(
            Mechanism::OAuthBearer,
            "a,b=c@x.test",
            &token,
            "server.example.com",
            143,
        );
        assert_eq!(
            s,
            "n,a=a=2Cb=3Dc@x.test,\x01host=server.example.com\x01port=143\x01auth=Bearer vF9dft4qmT\x01\x01"
        );
    }

    #[test]
    fn a_refusal_challenge_is_answered_empty_and_kept() {
        let token = AccessToken::new("t");
        let mut auth = BearerAuth::new(Mechanism::XOauth2, "u@x", &token, "h", 1);
        let first = (&mut auth).process(b"");
        assert!(first.starts_with(b"user=u@x"));
        let second = (&mut auth).process(br#"{"status":"401","schemes":"bearer"}"#);
        assert!(second.is_empty());
        assert!(auth.server_error.as_deref().unwrap().contains("401"));
        assert_eq!(format!("{auth:?}"), "BearerAuth(***)");
    }

    #[test]
    fn xoauth2_is_preferred_and_oauthbearer_is_the_fallback() {
        assert_eq!(
            Mechanism::preferred(["PLAIN", "OAUTHBEARER", "XOAUTH2"]),
            Some(Mechanism::XOauth2)
        );
        assert_eq!(
            Mechanism::preferred(["oauthbearer"]),
            Some(Mechanism::OAuthBearer)
        );
        assert_eq!(Mechanism::preferred(["PLAIN", "LOGIN"]), None);
    }
}
