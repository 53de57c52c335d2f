//! regbot's OAuth2 building blocks against the real OAuth2 test stack: tokens from the local
//! token server over HTTP, IMAP AUTHENTICATE XOAUTH2 / OAUTHBEARER and SMTP AUTH XOAUTH2 at
//! Dovecot and Postfix, which refuse passwords; the device-code sign-in completed by "the
//! person" (the server's approve endpoint); expiry and renewal.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::oauth2::{OAuth2Stack, oauth2_stack};
use crate::support::unique;
use futures::future::BoxFuture;
use lettre::transport::smtp::authentication::{Credentials, Mechanism as SmtpMechanism};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use regbot::config::Secret;
use regbot::oauth2::sasl::{BearerAuth, Mechanism};
use regbot::oauth2::{
    AccessToken, Grant, HttpEndpoint, OAuth2Error, OAuth2Settings, Provider, RefreshTokenStore,
    TokenSource, device,
};
use tokio_util::sync::CancellationToken;

fn settings(
    stack: &OAuth2Stack,
    client_id: &str,
    secret: Option<&str>,
    grant: Grant,
) -> OAuth2Settings {
    OAuth2Settings {
        provider: Provider::Generic,
        token_url: Some(stack.token_url()),
        device_authorization_url: Some(stack.device_url()),
        tenant: None,
        client_id: client_id.into(),
        client_secret: Secret::new(secret.unwrap_or("")),
        client_secret_file: None,
        scopes: Some(vec!["https://outlook.office365.com/.default".into()]),
        grant,
        token_key_file: None,
    }
}

/// A token source for the app `client_id` with client credentials, as regbot builds it.
fn token_source(stack: &OAuth2Stack, client_id: &str, secret: &str) -> TokenSource {
    let resolved = settings(stack, client_id, Some(secret), Grant::ClientCredentials)
        .resolve()
        .unwrap();
    TokenSource::new(resolved.clone(), HttpEndpoint::new(resolved).unwrap(), None).unwrap()
}

/// An app allowed on `mailbox` whose tokens live `lifetime_secs`, and its token source.
async fn app_token_source(stack: &OAuth2Stack, mailbox: &str, lifetime_secs: u64) -> TokenSource {
    let (id, secret) = stack.register_app(mailbox, lifetime_secs).await;
    token_source(stack, &id, &secret)
}

/// Logs in to IMAP with `mechanism`; Ok(()) when Dovecot accepted the token.
async fn imap_login(
    stack: &OAuth2Stack,
    user: &str,
    token: &AccessToken,
    mechanism: Mechanism,
) -> Result<(), String> {
    let tcp = tokio::net::TcpStream::connect((stack.host.as_str(), stack.imap_port))
        .await
        .unwrap();
    let mut client = async_imap::Client::new(tcp);
    client.read_response().await.unwrap();
    let mut auth = BearerAuth::new(mechanism, user, token, &stack.host, stack.imap_port);
    match client.authenticate(mechanism.name(), &mut auth).await {
        Ok(mut session) => {
            session.select("INBOX").await.map_err(|e| e.to_string())?;
            session.logout().await.ok();
            Ok(())
        }
        Err((e, _)) => Err(format!("{e} (server said {:?})", auth.server_error)),
    }
}

async fn smtp_send(
    stack: &OAuth2Stack,
    user: &str,
    token: Option<&AccessToken>,
    to: &str,
) -> Result<(), String> {
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&stack.host)
        .port(stack.submission_port);
    if let Some(token) = token {
        builder = builder
            .credentials(Credentials::new(user.into(), token.expose().into()))
            .authentication(vec![SmtpMechanism::Xoauth2]);
    }
    let mail = Message::builder()
        .from(user.parse().unwrap())
        .to(to.parse().unwrap())
        .subject("sent with a bearer token")
        .body("hello".to_string())
        .unwrap();
    builder
        .build()
        .send(mail)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[tokio::test]
async fn an_app_token_opens_imap_and_smtp_and_a_password_opens_nothing() {
    let stack = oauth2_stack();
    let mailbox = unique("register", "event.test");
    let source = app_token_source(&stack, &mailbox, 60).await;
    let token = source.token().await.expect("client_credentials token");

    imap_login(&stack, &mailbox, &token, Mechanism::XOauth2)
        .await
        .expect("XOAUTH2 accepted");
    imap_login(&stack, &mailbox, &token, Mechanism::OAuthBearer)
        .await
        .expect("OAUTHBEARER accepted");
    // The app may open its one mailbox only (like Add-MailboxPermission).
    let other = unique("other", "event.test");
    assert!(
        imap_login(&stack, &other, &token, Mechanism::XOauth2)
            .await
            .is_err()
    );
    // A password is refused.
    let tcp = tokio::net::TcpStream::connect((stack.host.as_str(), stack.imap_port))
        .await
        .unwrap();
    let mut client = async_imap::Client::new(tcp);
    client.read_response().await.unwrap();
    assert!(
        client.login(&mailbox, "secret").await.is_err(),
        "password login must fail"
    );

    let to = unique("participant", "example.test");
    smtp_send(&stack, &mailbox, Some(&token), &to)
        .await
        .expect("SMTP AUTH XOAUTH2 accepted");
    let err = smtp_send(&stack, &mailbox, None, &to).await.unwrap_err();
    assert!(
        err.contains("554") || err.contains("denied"),
        "unauthenticated submission refused: {err}"
    );
    let bogus = AccessToken::new("at-not-issued");
    assert!(
        smtp_send(&stack, &mailbox, Some(&bogus), &to)
            .await
            .is_err()
    );
    // The one authenticated mail arrived.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while stack.maildir_messages(&to, "INBOX").is_empty() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the mail sent with a token never arrived"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(stack.maildir_messages(&to, "INBOX").len(), 1);
}

#[tokio::test]
async fn a_wrong_client_secret_is_refused_with_what_to_check() {
    let stack = oauth2_stack();
    let (id, _) = stack
        .register_app(&unique("register", "event.test"), 60)
        .await;
    let source = token_source(&stack, &id, "Zq8~not.the.secret");
    let err = source.token().await.unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("client_secret") && !text.contains("Zq8~not"),
        "{text}"
    );
    assert!(!err.is_transient());
}

#[tokio::test]
async fn an_expired_token_is_refused_and_the_source_hands_out_a_fresh_one_in_time() {
    let stack = oauth2_stack();
    let mailbox = unique("register", "event.test");
    let source = app_token_source(&stack, &mailbox, 4).await;
    let first = source.lease().await.unwrap();
    imap_login(&stack, &mailbox, &first.token, Mechanism::XOauth2)
        .await
        .unwrap();
    // 4 s lifetime: regbot stops using it after 3 s, the server after 4 s.
    tokio::time::sleep_until(first.renew_at).await;
    let second = source.lease().await.unwrap();
    assert_ne!(second.token, first.token, "renewed before expiry");
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let err = imap_login(&stack, &mailbox, &first.token, Mechanism::XOauth2)
        .await
        .unwrap_err();
    assert!(
        err.contains("AUTHENTICATIONFAILED") || err.contains("failed"),
        "{err}"
    );
    imap_login(&stack, &mailbox, &second.token, Mechanism::XOauth2)
        .await
        .expect("the renewed token works");
    assert_eq!(stack.access_tokens_issued(&mailbox).await, 2);
}

#[derive(Default)]
struct MemoryStore(Mutex<HashMap<String, Vec<u8>>>);

impl RefreshTokenStore for MemoryStore {
    fn load<'a>(&'a self, account: &'a str) -> BoxFuture<'a, Result<Option<Vec<u8>>, OAuth2Error>> {
        let v = self.0.lock().unwrap().get(account).cloned();
        Box::pin(async move { Ok(v) })
    }
    fn save<'a>(
        &'a self,
        account: &'a str,
        sealed: Vec<u8>,
    ) -> BoxFuture<'a, Result<(), OAuth2Error>> {
        self.0.lock().unwrap().insert(account.into(), sealed);
        Box::pin(async { Ok(()) })
    }
}

#[tokio::test]
async fn a_device_code_sign_in_yields_a_refresh_token_that_keeps_working_until_revoked() {
    let stack = oauth2_stack();
    let mailbox = unique("organiser", "event.test");
    let id = stack.register_public_client(30).await;
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("token.key");
    std::fs::write(
        &key,
        "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n",
    )
    .unwrap();
    let mut s = settings(&stack, &id, None, Grant::RefreshToken);
    s.scopes = Some(vec!["offline_access".into(), "mail".into()]);
    s.token_key_file = Some(key);
    let resolved = s.resolve().unwrap();
    let endpoint = HttpEndpoint::new(resolved.clone()).unwrap();
    let store = Arc::new(MemoryStore::default());
    let source = TokenSource::new(resolved.clone(), endpoint.clone(), Some(store.clone())).unwrap();

    let auth = device::start(endpoint.as_ref(), &resolved.scopes)
        .await
        .expect("device code");
    assert!(auth.verification_uri.starts_with(&stack.server));
    let approver = {
        let (stack, code, user) = (stack.clone(), auth.user_code.clone(), mailbox.clone());
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(2500)).await;
            stack.approve(&code, &user).await;
        })
    };
    let response = device::poll(endpoint.as_ref(), &auth, &CancellationToken::new())
        .await
        .expect("signed in");
    approver.await.unwrap();
    let lease = source.store_login(response).await.unwrap();
    imap_login(&stack, &mailbox, &lease.token, Mechanism::XOauth2)
        .await
        .unwrap();
    let sealed = store
        .0
        .lock()
        .unwrap()
        .values()
        .next()
        .cloned()
        .expect("refresh token stored");
    for token in stack.tokens_of(&mailbox).await {
        assert!(
            !sealed.windows(token.len()).any(|w| w == token.as_bytes()),
            "stored in clear"
        );
    }

    // A refused token is replaced through the refresh token.
    source.refused(&lease.token).await;
    let renewed = source.token().await.expect("refreshed");
    assert_ne!(renewed, lease.token);
    imap_login(&stack, &mailbox, &renewed, Mechanism::XOauth2)
        .await
        .unwrap();

    // Revoked: the error says to sign in again.
    assert!(stack.revoke(&mailbox, false).await >= 1);
    source.refused(&renewed).await;
    let err = source.token().await.unwrap_err();
    assert!(matches!(err, OAuth2Error::RefreshRevoked { .. }), "{err}");
    assert!(err.to_string().contains("regbot oauth login"));
}

async fn greeted(stack: &OAuth2Stack) -> async_imap::Client<tokio::net::TcpStream> {
    let tcp = tokio::net::TcpStream::connect((stack.host.as_str(), stack.imap_port))
        .await
        .unwrap();
    let mut client = async_imap::Client::new(tcp);
    client.read_response().await.unwrap();
    client
}

#[tokio::test]
async fn a_refused_token_is_replaced_once_and_a_missing_mailbox_permission_is_explained() {
    let stack = oauth2_stack();
    let mailbox = unique("register", "event.test");
    let source = app_token_source(&stack, &mailbox, 60).await;
    let first = source.token().await.unwrap();
    // The provider invalidates the token early (as Exchange does after a password change).
    stack.revoke(&mailbox, true).await;
    let timeout = Duration::from_secs(10);
    let (mut session, lease) = regbot::oauth2::mail::imap_login(
        greeted(&stack).await,
        &mailbox,
        &stack.host,
        stack.imap_port,
        &source,
        timeout,
    )
    .await
    .expect("logged in with a fresh token");
    assert_ne!(lease.token, first);
    session.select("INBOX").await.unwrap();
    assert_eq!(stack.access_tokens_issued(&mailbox).await, 2);

    // The app has no permission on another mailbox: two refusals, then the fix.
    let other = unique("other", "event.test");
    let refused = regbot::oauth2::mail::imap_login(
        greeted(&stack).await,
        &other,
        &stack.host,
        stack.imap_port,
        &source,
        timeout,
    )
    .await;
    let Err(err) = refused else {
        panic!("a token for another mailbox was accepted")
    };
    let text = err.to_string();
    assert!(text.contains("Add-MailboxPermission"), "{text}");
    assert!(!text.contains(lease.token.expose()));
    assert_eq!(
        stack.access_tokens_issued(&mailbox).await,
        3,
        "one new token per refusal"
    );
}
