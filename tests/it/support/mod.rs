//! Test harness: a fresh PostgreSQL database per test, the project's Postfix → Dovecot stack
//! (started by `scripts/mailstack` when it is not running yet), and helpers to send mail to it,
//! read mailboxes back over IMAP, and run the real `regbot` binary configured only through
//! `REGBOT_*` variables.
#![allow(dead_code)]

pub mod corpus;
pub mod desk;
pub mod exchange;
pub mod oauth2;
pub mod webdriver;
#[allow(unused_imports)] // not every test file reads the corpus
pub use corpus::{corpus_dir, mail_files};
pub use exchange::{EXCHANGE_WAIT, Mailbox};

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use lettre::address::Envelope;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ------------------------------------------------------------------------------------------
// PostgreSQL

pub fn admin_url() -> String {
    std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A database of its own for one test, migrated, dropped when the test ends.
pub struct TestDb {
    pub name: String,
    pub url: String,
    pub pool: PgPool,
}

impl TestDb {
    pub async fn new() -> TestDb {
        let admin = admin_url();
        let name = format!("regbot_test_{}", uuid::Uuid::new_v4().simple());
        let admin_pool = PgPoolOptions::new()
            .max_connections(1)
            .connect(&admin)
            .await
            .unwrap_or_else(|e| {
                panic!("cannot reach PostgreSQL at {admin} ({e}); start it or set DATABASE_URL")
            });
        sqlx::query(sqlx::AssertSqlSafe(format!("create database {name}")))
            .execute(&admin_pool)
            .await
            .expect("create test database");
        admin_pool.close().await;
        let base = admin
            .rsplit_once('/')
            .map(|(b, _)| b.to_string())
            .unwrap_or(admin.clone());
        let url = format!("{base}/{name}");
        let pool = PgPoolOptions::new()
            .max_connections(5)
            .connect(&url)
            .await
            .expect("connect test db");
        regbot::store::migrate(&pool)
            .await
            .expect("migrations apply");
        TestDb { name, url, pool }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let name = self.name.clone();
        let admin = admin_url();
        // Dropping needs its own runtime: Drop is not async and the test's runtime may be gone.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            rt.block_on(async {
                let pool = PgPoolOptions::new()
                    .max_connections(1)
                    .connect(&admin)
                    .await
                    .ok()?;
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "drop database if exists {name} with (force)"
                )))
                .execute(&pool)
                .await
                .ok()
            })
        })
        .join();
    }
}

// ------------------------------------------------------------------------------------------
// Mail stack

#[derive(Debug, Clone)]
pub struct Stack {
    pub host: String,
    pub smtp_port: u16,
    pub imap_port: u16,
    pub imaps_port: u16,
    pub password: String,
    pub ca: PathBuf,
    /// Where Dovecot keeps the Maildirs (`<root>/<domain>/<local part>/Maildir`).
    pub maildir_root: PathBuf,
    /// Read mailboxes from their Maildirs instead of over IMAP (the OAuth2 stack refuses
    /// passwords, and participants there have no tokens).
    pub read_maildirs: bool,
}

/// The running mail stack; starts it with `scripts/mailstack start` if needed (once per process).
pub fn stack() -> Stack {
    static STACK: OnceLock<Stack> = OnceLock::new();
    STACK
        .get_or_init(|| {
            let vars = if std::env::var("REGBOT_TEST_SMTP_PORT").is_ok() {
                std::env::vars().collect::<HashMap<_, _>>()
            } else {
                let script = repo().join("scripts/mailstack");
                let status = Command::new(&script).arg("start").stdout(Stdio::null()).status();
                assert!(
                    status.is_ok_and(|s| s.success()),
                    "could not start the test mail stack with {} (run .ci/run once to install Postfix and Dovecot)",
                    script.display()
                );
                let out = Command::new(&script).arg("env").output().expect("scripts/mailstack env");
                parse_exports(&String::from_utf8_lossy(&out.stdout))
            };
            let get = |k: &str| vars.get(k).cloned().unwrap_or_else(|| panic!("{k} is not set by scripts/mailstack env"));
            Stack {
                host: get("REGBOT_TEST_SMTP_HOST"),
                smtp_port: get("REGBOT_TEST_SMTP_PORT").parse().expect("port"),
                imap_port: get("REGBOT_TEST_IMAP_PORT").parse().expect("port"),
                imaps_port: get("REGBOT_TEST_IMAPS_PORT").parse().expect("port"),
                password: get("REGBOT_TEST_PASSWORD"),
                ca: PathBuf::from(get("REGBOT_TEST_CA")),
                maildir_root: PathBuf::from(get("REGBOT_TEST_MAILDIR_ROOT")),
                read_maildirs: false,
            }
        })
        .clone()
}

fn parse_exports(text: &str) -> HashMap<String, String> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("export ").or(Some(l.trim())))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| {
            (
                k.trim().to_string(),
                v.trim().trim_matches(['"', '\'']).to_string(),
            )
        })
        .collect()
}

/// A unique address, so tests never see each other's mail.
pub fn unique(local: &str, domain: &str) -> String {
    format!(
        "{local}-{}@{domain}",
        &uuid::Uuid::new_v4().simple().to_string()[..12]
    )
}

impl Stack {
    /// Submits raw bytes over SMTP, as a participant's mail client would.
    pub async fn send_raw(&self, from: &str, to: &str, raw: &[u8]) {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&self.host)
            .port(self.smtp_port)
            .build();
        // An empty sender is the null reverse-path of bounces.
        let sender = (!from.is_empty()).then(|| from.parse().expect("from"));
        let envelope = Envelope::new(sender, vec![to.parse().expect("to")]).expect("envelope");
        transport
            .send_raw(&envelope, raw)
            .await
            .expect("Postfix accepts the test mail");
    }

    pub async fn imap(&self, user: &str) -> async_imap::Session<tokio::net::TcpStream> {
        let tcp = tokio::net::TcpStream::connect((self.host.as_str(), self.imap_port))
            .await
            .expect("imap connect");
        let mut client = async_imap::Client::new(tcp);
        client.read_response().await.expect("greeting");
        client
            .login(user, &self.password)
            .await
            .map_err(|(e, _)| e)
            .expect("imap login")
    }

    /// All messages in a mailbox folder (raw), without changing them.
    pub async fn fetch_all(&self, user: &str, folder: &str) -> Vec<Vec<u8>> {
        if self.read_maildirs {
            return oauth2::read_maildir(&self.maildir_root, user, folder);
        }
        let mut s = self.imap(user).await;
        let mb = match s.examine(folder).await {
            Ok(mb) => mb,
            Err(_) => return vec![],
        };
        if mb.exists == 0 {
            let _ = s.logout().await;
            return vec![];
        }
        let fetched: Vec<Vec<u8>> = {
            let stream = s.fetch("1:*", "BODY.PEEK[]").await.expect("fetch");
            stream
                .try_filter_map(|f| async move { Ok(f.body().map(|b| b.to_vec())) })
                .try_collect()
                .await
                .expect("fetch stream")
        };
        let _ = s.logout().await;
        fetched
    }

    /// Waits until `folder` of `user` holds at least `count` messages; returns them.
    pub async fn wait_for(
        &self,
        user: &str,
        folder: &str,
        count: usize,
        within: Duration,
    ) -> Vec<Vec<u8>> {
        let start = Instant::now();
        loop {
            let got = self.fetch_all(user, folder).await;
            if got.len() >= count || start.elapsed() > within {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

// ------------------------------------------------------------------------------------------
// The regbot binary

pub fn regbot_bin() -> &'static str {
    env!("CARGO_BIN_EXE_regbot")
}

/// The environment that configures regbot for one test: its own database and its own
/// registration mailbox on the stack, nothing from a config file.
pub fn regbot_env(db: &TestDb, stack: &Stack, mailbox: &str) -> Vec<(String, String)> {
    let domain = mailbox
        .rsplit_once('@')
        .map(|(_, d)| d)
        .unwrap_or("event.test");
    [
        ("REGBOT_DATABASE__URL", db.url.clone()),
        ("REGBOT_IMAP__HOST", stack.host.clone()),
        ("REGBOT_IMAP__PORT", stack.imap_port.to_string()),
        ("REGBOT_IMAP__SECURITY", "none".into()),
        ("REGBOT_IMAP__USERNAME", mailbox.to_string()),
        ("REGBOT_IMAP__PASSWORD", stack.password.clone()),
        ("REGBOT_SMTP__HOST", stack.host.clone()),
        ("REGBOT_SMTP__PORT", stack.smtp_port.to_string()),
        ("REGBOT_SMTP__SECURITY", "none".into()),
        (
            "REGBOT_SMTP__FROM",
            format!("Workshop registration <{mailbox}>"),
        ),
        ("REGBOT_SMTP__RETRY_BASE_SECS", "1".into()),
        ("REGBOT_EVENT__ID", "test-event".into()),
        (
            "REGBOT_EVENT__NAME",
            "Cluster internationalisation – Why and how to do it?".into(),
        ),
        ("REGBOT_EVENT__DATES", "2–3 June".into()),
        ("REGBOT_EVENT__VENUE", "Riga".into()),
        ("REGBOT_EVENT__ORGANISER_NAME", "The organisers".into()),
        (
            "REGBOT_EVENT__ORGANISER_EMAIL",
            format!("organisers@{domain}"),
        ),
        (
            "REGBOT_REPLIES__TEMPLATES_DIR",
            repo().join("config/templates").display().to_string(),
        ),
        ("REGBOT_REPLIES__MESSAGE_ID_DOMAIN", "regbot.test".into()),
        ("REGBOT_DAEMON__QUEUE_POLL_SECS", "2".into()),
        ("REGBOT_LOG", "regbot=debug,info".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// Runs `regbot ARGS` to completion in an empty folder (so no config file is found).
pub fn regbot(env: &[(String, String)], args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().expect("tempdir");
    Command::new(regbot_bin())
        .args(args)
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .output()
        .expect("run regbot")
}

/// The daemon as a child process; killed on drop if still running.
pub struct Daemon {
    pub child: Child,
    pub log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Daemon {
    pub fn start(env: &[(String, String)]) -> Daemon {
        let dir = tempfile::tempdir().expect("tempdir");
        let log = dir.path().join("regbot.log");
        let file = std::fs::File::create(&log).expect("log file");
        let child = Command::new(regbot_bin())
            .arg("run")
            .current_dir(dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdout(Stdio::null())
            .stderr(file)
            .spawn()
            .expect("start regbot run");
        Daemon {
            child,
            log,
            _dir: dir,
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Sends SIGTERM and waits; returns the exit status and how long the exit took.
    pub fn terminate(&mut self) -> (std::process::ExitStatus, Duration) {
        let start = Instant::now();
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return (status, start.elapsed());
            }
            if start.elapsed() > Duration::from_secs(30) {
                let _ = self.child.kill();
                panic!(
                    "regbot did not exit within 30 s of SIGTERM; log:\n{}",
                    self.log_text()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

// ------------------------------------------------------------------------------------------
// Test mail

/// A plain-text message in the given charset (body encoded with encoding_rs, 8bit or QP).
pub fn message(
    from: &str,
    to: &str,
    subject: &str,
    body: &str,
    charset: &'static encoding_rs::Encoding,
    message_id: &str,
) -> Vec<u8> {
    let (encoded, _, _) = charset.encode(body);
    let name = charset.name().to_ascii_lowercase();
    let mut raw = format!(
        "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{message_id}>\r\nDate: Mon, 1 Mar 2027 10:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset={name}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    .into_bytes();
    for line in encoded.split(|b| *b == b'\n') {
        raw.extend_from_slice(line);
        raw.extend_from_slice(b"\r\n");
    }
    raw
}

/// RFC 2047 B-encoding of a UTF-8 phrase, for headers with non-ASCII names.
pub fn b_encode(text: &str) -> String {
    use std::fmt::Write;
    let mut b64 = String::new();
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for chunk in text.as_bytes().chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                let _ = write!(b64, "{}", A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                b64.push('=');
            }
        }
    }
    format!("=?utf-8?B?{b64}?=")
}

/// The header value of `name` in a raw message (first occurrence, unfolded, undecoded).
pub fn header(raw: &[u8], name: &str) -> Option<String> {
    let (headers, _) = mailparse::parse_headers(raw).ok()?;
    use mailparse::MailHeaderMap;
    headers.get_first_value(name)
}

/// The decoded text of a message (all text/plain parts).
pub fn body_text(raw: &[u8]) -> String {
    let Ok(mail) = mailparse::parse_mail(raw) else {
        return String::new();
    };
    fn walk(p: &mailparse::ParsedMail, out: &mut String) {
        if p.subparts.is_empty() {
            if p.ctype.mimetype == "text/plain" {
                out.push_str(&p.get_body().unwrap_or_default());
            }
        } else {
            for s in &p.subparts {
                walk(s, out);
            }
        }
    }
    let mut out = String::new();
    walk(&mail, &mut out);
    out
}

pub fn path_str(p: &Path) -> String {
    p.display().to_string()
}

/// Mail regbot sent `recipient` before the test began (an outbox row marked sent), so that a
/// bounce returning it is a real one (issue 8, defect 2: a bounce of nothing regbot sent
/// silences nobody). Returns its Message-ID, as the bounce quotes it.
pub async fn sent_earlier(db: &TestDb, recipient: &str) -> String {
    let message_id = format!("<{}@regbot.test>", uuid::Uuid::new_v4());
    sqlx::query(
        "insert into outbox (idempotency_key, kind, recipient, subject, body_text, message_id, status, sent_at)
         values ($1, 'reply', $2, 'Your registration', 'Thank you.', $3, 'sent', now())",
    )
    .bind(format!("earlier:{message_id}"))
    .bind(recipient)
    .bind(&message_id)
    .execute(&db.pool)
    .await
    .expect("insert the earlier mail");
    message_id
}

/// What a mail client sends when an organiser answers `forward` with `answer`: "Re: " its
/// subject, to its Reply-To, in its thread, the forward quoted below. Returns the reply's
/// Message-ID (without angle brackets).
pub async fn reply_to_forward(stack: &Stack, from: &str, forward: &[u8], answer: &str) -> String {
    let subject = header(forward, "Subject").expect("the forward has a subject");
    let subject = if subject.is_ascii() {
        subject
    } else {
        b_encode(&subject)
    };
    let reply_to = header(forward, "Reply-To").expect("the forward has a Reply-To");
    let to = reply_to
        .rsplit_once('<')
        .map(|(_, a)| a.trim_end_matches('>').to_string())
        .unwrap_or(reply_to.clone());
    let forward_id = header(forward, "Message-ID").expect("the forward has a Message-ID");
    let quoted: String = body_text(forward)
        .lines()
        .map(|l| format!("> {l}\r\n"))
        .collect();
    let message_id = format!("{}@organiser.example", uuid::Uuid::new_v4());
    let raw = format!(
        "From: Ilze <{from}>\r\nTo: {reply_to}\r\nSubject: Re: {subject}\r\nMessage-ID: <{message_id}>\r\nIn-Reply-To: {forward_id}\r\nReferences: {forward_id}\r\nDate: Mon, 1 Mar 2027 11:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{answer}\r\n\r\nOn 01.03.2027 10:00, Workshop registration wrote:\r\n{quoted}",
    );
    stack.send_raw(from, &to, raw.as_bytes()).await;
    message_id
}

/// The strings of an xlsx workbook (its shared strings), read with python3's zipfile.
pub fn xlsx_strings(path: &Path) -> String {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/sharedStrings.xml').decode())",
        ])
        .arg(path)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}
