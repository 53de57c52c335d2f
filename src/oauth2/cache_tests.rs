//! Unit tests of the token cache with a scripted token endpoint and an in-memory store (the
//! PostgreSQL store and the real token server are covered by the integration tests).

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;
use crate::config::Secret;
use crate::oauth2::endpoint::{DeviceAuthorization, ErrorBody, Form};
use crate::oauth2::settings::{Grant, Provider};

struct FakeEndpoint {
    lifetime: u64,
    requests: AtomicUsize,
    /// Refresh tokens the fake accepts; a refresh rotates (the old one stays valid).
    valid_refresh: Mutex<Vec<String>>,
    forms: Mutex<Vec<Form>>,
}

impl FakeEndpoint {
    fn new(lifetime: u64) -> Arc<FakeEndpoint> {
        Arc::new(FakeEndpoint {
            lifetime,
            requests: AtomicUsize::new(0),
            valid_refresh: Mutex::new(vec!["rt-0".into()]),
            forms: Mutex::new(Vec::new()),
        })
    }
    fn count(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

impl TokenEndpoint for FakeEndpoint {
    fn token(&self, form: Form) -> BoxFuture<'_, Result<TokenReply, OAuth2Error>> {
        Box::pin(async move {
            let n = self.requests.fetch_add(1, Ordering::SeqCst) + 1;
            self.forms.lock().unwrap().push(form.clone());
            // Slow enough that concurrent callers overlap.
            tokio::time::sleep(Duration::from_millis(50)).await;
            let field = |k: &str| form.iter().find(|(f, _)| *f == k).map(|(_, v)| v.clone());
            let mut refresh = None;
            if field("grant_type").as_deref() == Some("refresh_token") {
                let given = field("refresh_token").unwrap_or_default();
                let mut valid = self.valid_refresh.lock().unwrap();
                if !valid.contains(&given) {
                    return Ok(TokenReply::Refused(ErrorBody {
                        error: "invalid_grant".into(),
                        error_description: Some("AADSTS50173: The grant was revoked".into()),
                        error_codes: vec![50173],
                        interval: None,
                        status: 400,
                    }));
                }
                let rotated = format!("rt-{n}");
                valid.push(rotated.clone());
                refresh = Some(RefreshToken::new(rotated));
            }
            Ok(TokenReply::Granted(TokenResponse {
                access_token: AccessToken::new(format!("at-{n}")),
                expires_in: Some(self.lifetime),
                refresh_token: refresh,
                scope: None,
            }))
        })
    }
    fn device_authorization(
        &self,
        _: &[String],
    ) -> BoxFuture<'_, Result<Result<DeviceAuthorization, ErrorBody>, OAuth2Error>> {
        unreachable!()
    }
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
        self.0.lock().unwrap().insert(account.to_string(), sealed);
        Box::pin(async { Ok(()) })
    }
}

const KEY: &str = "1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100";

fn resolved(grant: Grant, key_file: Option<std::path::PathBuf>) -> Resolved {
    Resolved {
        provider: Provider::Microsoft,
        grant,
        token_url: "https://login.example/token".into(),
        device_authorization_url: None,
        client_id: "app".into(),
        client_secret: Some(Secret::new("s")),
        scopes: vec!["https://outlook.office365.com/.default".into()],
        token_key_file: key_file,
    }
}

fn app_only(lifetime: u64) -> (Arc<FakeEndpoint>, Arc<TokenSource>) {
    let endpoint = FakeEndpoint::new(lifetime);
    let source = TokenSource::new(
        resolved(Grant::ClientCredentials, None),
        endpoint.clone(),
        None,
    )
    .unwrap();
    (endpoint, Arc::new(source))
}

/// A refresh-token source whose store already holds the sealed `rt-0`.
async fn delegated(dir: &tempfile::TempDir) -> (Arc<FakeEndpoint>, Arc<MemoryStore>, TokenSource) {
    let key_file = dir.path().join("key");
    std::fs::write(&key_file, KEY).unwrap();
    let settings = resolved(Grant::RefreshToken, Some(key_file));
    let store = Arc::new(MemoryStore::default());
    let key = TokenKey::from_hex(KEY).unwrap();
    store
        .save(
            &settings.account_key(),
            key.seal(&settings.account_key(), &RefreshToken::new("rt-0")),
        )
        .await
        .unwrap();
    let endpoint = FakeEndpoint::new(3600);
    let source = TokenSource::new(settings, endpoint.clone(), Some(store.clone())).unwrap();
    (endpoint, store, source)
}

#[tokio::test]
async fn many_callers_at_once_cause_one_token_request() {
    let (endpoint, source) = app_only(3600);
    let leases = futures::future::join_all((0..20).map(|_| {
        let s = source.clone();
        async move { s.token().await.unwrap() }
    }))
    .await;
    assert_eq!(endpoint.count(), 1);
    assert!(leases.iter().all(|t| t.expose() == "at-1"));
}

#[tokio::test(start_paused = true)]
async fn a_token_is_renewed_a_quarter_of_its_life_before_it_expires() {
    let (endpoint, source) = app_only(40);
    assert_eq!(source.token().await.unwrap().expose(), "at-1");
    // 40 s lifetime: renewed from 30 s on.
    tokio::time::advance(Duration::from_secs(29)).await;
    assert_eq!(source.token().await.unwrap().expose(), "at-1");
    tokio::time::advance(Duration::from_secs(2)).await;
    assert_eq!(source.token().await.unwrap().expose(), "at-2");
    assert_eq!(endpoint.count(), 2);
    assert_eq!(
        renewal_margin(Duration::from_secs(3600)),
        Duration::from_secs(300)
    );
}

#[tokio::test]
async fn a_refused_token_is_replaced_once_even_when_many_report_it() {
    let (endpoint, source) = app_only(3600);
    let first = source.token().await.unwrap();
    futures::future::join_all((0..5).map(|_| source.refused(&first))).await;
    let second = source.token().await.unwrap();
    assert_ne!(first, second);
    // A late report of the old token does not throw the new one away.
    source.refused(&first).await;
    assert_eq!(source.token().await.unwrap(), second);
    assert_eq!(endpoint.count(), 2);
}

#[tokio::test]
async fn a_rotated_refresh_token_is_stored_sealed_and_used_next_time() {
    let dir = tempfile::tempdir().unwrap();
    let (endpoint, store, source) = delegated(&dir).await;
    source.token().await.unwrap();
    let account = source.settings().account_key();
    let sealed = store.0.lock().unwrap().get(&account).cloned().unwrap();
    assert!(!sealed.windows(4).any(|w| w == b"rt-1"), "stored in clear");
    let key = TokenKey::from_hex(KEY).unwrap();
    assert_eq!(key.open(&account, &sealed).unwrap().expose(), "rt-1");
    // Revoke everything but the rotated token: the next refresh must use it.
    endpoint
        .valid_refresh
        .lock()
        .unwrap()
        .retain(|t| t == "rt-1");
    source.refused(&source.token().await.unwrap()).await;
    assert_eq!(source.token().await.unwrap().expose(), "at-2");
    let forms = endpoint.forms.lock().unwrap();
    assert!(
        forms[1]
            .iter()
            .any(|(k, v)| *k == "refresh_token" && v == "rt-1")
    );
}

#[tokio::test]
async fn a_revoked_refresh_token_asks_for_a_new_login() {
    let dir = tempfile::tempdir().unwrap();
    let (endpoint, _store, source) = delegated(&dir).await;
    endpoint.valid_refresh.lock().unwrap().clear();
    let err = source.token().await.unwrap_err();
    assert!(matches!(err, OAuth2Error::RefreshRevoked { .. }), "{err}");
    assert!(err.to_string().contains("regbot oauth login"));
    assert!(!err.is_transient());
}

#[tokio::test]
async fn without_a_stored_refresh_token_the_error_says_to_log_in() {
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("key");
    std::fs::write(&key_file, KEY).unwrap();
    let source = TokenSource::new(
        resolved(Grant::RefreshToken, Some(key_file)),
        FakeEndpoint::new(60),
        Some(Arc::new(MemoryStore::default())),
    )
    .unwrap();
    assert!(matches!(
        source.token().await,
        Err(OAuth2Error::NotLoggedIn)
    ));
    let err = TokenSource::new(
        resolved(Grant::RefreshToken, None),
        FakeEndpoint::new(60),
        None,
    )
    .unwrap_err();
    assert!(err.to_string().contains("token_key_file"), "{err}");
}
