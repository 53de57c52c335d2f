//! The OAuth2 test stack (`MAILSTACK_AUTH=oauth2 scripts/mailstack`): Postfix and Dovecot that
//! accept only bearer tokens, and the local token server that issues them. Tests register their
//! own clients (so lifetimes set by one test do not touch another) and act as the person or
//! admin at the provider through the server's admin endpoints.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use serde_json::{Value, json};

#[derive(Debug, Clone)]
pub struct OAuth2Stack {
    pub host: String,
    /// Inbound SMTP (the mailbox's MX): no AUTH needed, as for mail from the internet.
    pub smtp_port: u16,
    /// Submission: SMTP AUTH XOAUTH2 / OAUTHBEARER required.
    pub submission_port: u16,
    pub imap_port: u16,
    /// `http://127.0.0.1:PORT` of the token server.
    pub server: String,
    pub maildir_root: PathBuf,
    pub dir: PathBuf,
}

/// The running OAuth2 stack; started with `MAILSTACK_AUTH=oauth2 scripts/mailstack start` if
/// `scripts/test` did not start it (once per process).
pub fn oauth2_stack() -> OAuth2Stack {
    static STACK: OnceLock<OAuth2Stack> = OnceLock::new();
    STACK
        .get_or_init(|| {
            let vars = if std::env::var("REGBOT_TEST_OAUTH2_SERVER").is_ok() {
                std::env::vars().collect::<HashMap<_, _>>()
            } else {
                let script = super::repo().join("scripts/mailstack");
                let status = Command::new(&script)
                    .arg("start")
                    .env("MAILSTACK_AUTH", "oauth2")
                    .stdout(Stdio::null())
                    .status();
                assert!(
                    status.is_ok_and(|s| s.success()),
                    "could not start the OAuth2 test stack (MAILSTACK_AUTH=oauth2 {} start)",
                    script.display()
                );
                let out = Command::new(&script)
                    .arg("env")
                    .env("MAILSTACK_AUTH", "oauth2")
                    .output()
                    .expect("scripts/mailstack env");
                super::parse_exports(&String::from_utf8_lossy(&out.stdout))
            };
            let get = |k: &str| {
                vars.get(k)
                    .cloned()
                    .unwrap_or_else(|| panic!("{k} is not set by scripts/mailstack env"))
            };
            OAuth2Stack {
                host: "127.0.0.1".into(),
                smtp_port: get("REGBOT_TEST_OAUTH2_SMTP_PORT").parse().expect("port"),
                submission_port: get("REGBOT_TEST_OAUTH2_SUBMISSION_PORT")
                    .parse()
                    .expect("port"),
                imap_port: get("REGBOT_TEST_OAUTH2_IMAP_PORT").parse().expect("port"),
                server: get("REGBOT_TEST_OAUTH2_SERVER"),
                maildir_root: PathBuf::from(get("REGBOT_TEST_OAUTH2_MAILDIR_ROOT")),
                dir: PathBuf::from(get("REGBOT_TEST_OAUTH2_STACK_DIR")),
            }
        })
        .clone()
}

impl OAuth2Stack {
    pub fn token_url(&self) -> String {
        format!("{}/token", self.server)
    }

    pub fn device_url(&self) -> String {
        format!("{}/device", self.server)
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::new();
        let mut request = client.request(method, format!("{}{path}", self.server));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("token server reachable");
        let status = response.status();
        let value: Value = response.json().await.expect("token server answers JSON");
        assert!(status.is_success(), "{path}: {status} {value}");
        value
    }

    pub async fn admin(&self, path: &str, body: Value) -> Value {
        self.call(reqwest::Method::POST, path, Some(body)).await
    }

    /// A confidential app allowed into `mailbox` (Add-MailboxPermission); returns id and secret.
    pub async fn register_app(&self, mailbox: &str, lifetime_secs: u64) -> (String, String) {
        let id = format!("app-{}", uuid::Uuid::new_v4().simple());
        let secret = format!("s~{}.x", uuid::Uuid::new_v4().simple());
        self.admin(
            "/admin/clients",
            json!({"client_id": id, "client_secret": secret, "mailbox": mailbox,
                   "access_lifetime": lifetime_secs}),
        )
        .await;
        (id, secret)
    }

    /// A public client (no secret) for device sign-in and refresh tokens.
    pub async fn register_public_client(&self, lifetime_secs: u64) -> String {
        let id = format!("pub-{}", uuid::Uuid::new_v4().simple());
        self.admin(
            "/admin/clients",
            json!({"client_id": id, "client_secret": null, "access_lifetime": lifetime_secs,
                   "device_interval": 1}),
        )
        .await;
        id
    }

    /// The person signs in at the provider's page and enters `user_code`.
    pub async fn approve(&self, user_code: &str, user: &str) {
        self.admin(
            "/admin/approve",
            json!({"user_code": user_code, "user": user}),
        )
        .await;
    }

    /// Revokes `user`'s refresh tokens (and access tokens when `access`).
    pub async fn revoke(&self, user: &str, access: bool) -> u64 {
        self.admin("/admin/revoke", json!({"user": user, "access": access}))
            .await["revoked_refresh_tokens"]
            .as_u64()
            .unwrap_or(0)
    }

    /// Every access and refresh token issued for `user`.
    pub async fn tokens_of(&self, user: &str) -> Vec<String> {
        let v = self
            .call(
                reqwest::Method::GET,
                &format!("/admin/tokens?user={user}"),
                None,
            )
            .await;
        ["access", "refresh"]
            .iter()
            .flat_map(|k| v[*k].as_array().cloned().unwrap_or_default())
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect()
    }

    /// How many access tokens were issued for `user`.
    pub async fn access_tokens_issued(&self, user: &str) -> u64 {
        let v = self.call(reqwest::Method::GET, "/admin/stats", None).await;
        v["access_tokens_per_user"][user].as_u64().unwrap_or(0)
    }

    /// Mail from the outside world into a mailbox (port 25 style, no AUTH).
    pub async fn deliver(&self, from: &str, to: &str, raw: &[u8]) {
        use lettre::address::Envelope;
        use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
        let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&self.host)
            .port(self.smtp_port)
            .build();
        let envelope = Envelope::new(
            Some(from.parse().expect("from")),
            vec![to.parse().expect("to")],
        )
        .expect("envelope");
        transport
            .send_raw(&envelope, raw)
            .await
            .expect("Postfix accepts the test mail");
    }

    /// Messages in `user`'s folder, read from the Maildir (no IMAP login needed).
    pub fn maildir_messages(&self, user: &str, folder: &str) -> Vec<Vec<u8>> {
        read_maildir(&self.maildir_root, user, folder)
    }

    /// This stack in the shape the password-stack tests use: mail comes in on the plain SMTP
    /// port, mailboxes are read from their Maildirs.
    pub fn as_stack(&self) -> super::Stack {
        super::Stack {
            host: self.host.clone(),
            smtp_port: self.smtp_port,
            imap_port: self.imap_port,
            imaps_port: 0,
            password: String::new(),
            ca: PathBuf::new(),
            maildir_root: self.maildir_root.clone(),
            read_maildirs: true,
        }
    }
}

/// An app with client credentials whose tokens live `lifetime_secs`, allowed on the mailbox
/// `allowed`, and regbot configured with it to read `mailbox`: the environment and the app's
/// secret (which must never show in regbot's output).
pub async fn client_credentials_env(
    db: &super::TestDb,
    stack: &OAuth2Stack,
    mailbox: &str,
    allowed: &str,
    lifetime_secs: u64,
) -> (Vec<(String, String)>, String) {
    let (id, secret) = stack.register_app(allowed, lifetime_secs).await;
    let env = regbot_env_oauth2(
        db,
        stack,
        mailbox,
        &id,
        Some(&secret),
        "client_credentials",
        None,
    );
    (env, secret)
}

/// regbot configured (through `REGBOT_*` only) for the OAuth2 stack: IMAP and SMTP
/// (submission port) log in with tokens from the local token server.
pub fn regbot_env_oauth2(
    db: &super::TestDb,
    stack: &OAuth2Stack,
    mailbox: &str,
    client_id: &str,
    client_secret: Option<&str>,
    grant: &str,
    token_key_file: Option<&std::path::Path>,
) -> Vec<(String, String)> {
    // regbot sends through the submission port, which requires SMTP AUTH.
    let password_stack = super::Stack {
        smtp_port: stack.submission_port,
        ..stack.as_stack()
    };
    let mut env: Vec<(String, String)> = super::regbot_env(db, &password_stack, mailbox)
        .into_iter()
        .filter(|(k, _)| k != "REGBOT_IMAP__PASSWORD")
        .collect();
    let mut set = |k: &str, v: String| env.push((k.to_string(), v));
    set("REGBOT_IMAP__AUTH", "oauth2".into());
    set("REGBOT_SMTP__AUTH", "oauth2".into());
    set("REGBOT_SMTP__USERNAME", mailbox.into());
    set("REGBOT_OAUTH2__PROVIDER", "generic".into());
    set("REGBOT_OAUTH2__TOKEN_URL", stack.token_url());
    set(
        "REGBOT_OAUTH2__DEVICE_AUTHORIZATION_URL",
        stack.device_url(),
    );
    set("REGBOT_OAUTH2__CLIENT_ID", client_id.into());
    set("REGBOT_OAUTH2__GRANT", grant.into());
    set("REGBOT_OAUTH2__SCOPES", "mail offline_access".into());
    if let Some(secret) = client_secret {
        set("REGBOT_OAUTH2__CLIENT_SECRET", secret.into());
    }
    if let Some(key) = token_key_file {
        set("REGBOT_OAUTH2__TOKEN_KEY_FILE", key.display().to_string());
    }
    env
}

impl OAuth2Stack {
    /// Successful IMAP logins of `user` so far (from Dovecot's log).
    pub fn imap_logins(&self, user: &str) -> usize {
        let log = std::fs::read_to_string(self.dir.join("log/dovecot.log")).unwrap_or_default();
        let needle = format!("imap-login: Info: Login: user=<{user}>");
        log.lines().filter(|l| l.contains(&needle)).count()
    }

    /// Waits until `user`'s INBOX holds at least `count` messages (read from the Maildir).
    pub async fn wait_for_mail(&self, user: &str, count: usize, within: Duration) -> Vec<Vec<u8>> {
        let start = std::time::Instant::now();
        loop {
            let got = self.maildir_messages(user, "INBOX");
            if got.len() >= count || start.elapsed() > within {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// Messages of one Maildir folder (Dovecot's layout: `<root>/<domain>/<local>/Maildir`, other
/// folders as `.<name>`), oldest first by file name (which starts with the delivery time).
pub fn read_maildir(root: &std::path::Path, user: &str, folder: &str) -> Vec<Vec<u8>> {
    let user = user.to_lowercase();
    let Some((local, domain)) = user.split_once('@') else {
        return Vec::new();
    };
    let mut base = root.join(domain).join(local).join("Maildir");
    if folder != "INBOX" {
        base = base.join(format!(".{folder}"));
    }
    let mut files: Vec<PathBuf> = ["new", "cur"]
        .iter()
        .filter_map(|sub| std::fs::read_dir(base.join(sub)).ok())
        .flat_map(|entries| entries.flatten().map(|e| e.path()))
        .collect();
    files.sort_by_key(|p| p.file_name().map(|n| n.to_os_string()));
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}
