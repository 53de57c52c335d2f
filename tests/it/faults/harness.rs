//! What every fault scenario shares: a daemon that can be killed and restarted, test mail,
//! counting replies where a participant would see them (their Dovecot Maildir), and the
//! figures row each scenario prints.

use std::collections::HashMap;
use std::io::Write;
use std::os::unix::fs::chown;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tokio::sync::RwLock;

use crate::support::*;

/// Scenarios that stop or restart a server take this for writing; all others for reading, so
/// an outage never hits a scenario that does not expect it.
pub static SERVERS: RwLock<()> = RwLock::const_new(());

/// The `mail` user Dovecot runs deliveries as (uid = gid = 8 in the test stack).
const MAIL_UID: u32 = 8;

/// Parallel SMTP connections per daemon: one SIGKILL can interrupt this many sends at once.
pub const SMTP_CONNECTIONS: usize = 4;

/// The environment of a daemon under test: short timeouts so faults are noticed quickly.
pub fn fault_env(db: &TestDb, stack: &Stack, mailbox: &str) -> Vec<(String, String)> {
    let mut env = regbot_env(db, stack, mailbox);
    set(&mut env, "REGBOT_LOG", "info");
    // Lease = 2 × 5 s + 5 s: a reply whose send was interrupted goes out again after 15 s.
    set(&mut env, "REGBOT_SMTP__TIMEOUT_SECS", "5");
    set(
        &mut env,
        "REGBOT_SMTP__CONNECTIONS",
        &SMTP_CONNECTIONS.to_string(),
    );
    set(&mut env, "REGBOT_IMAP__TIMEOUT_SECS", "5");
    set(&mut env, "REGBOT_IMAP__IDLE_RENEW_SECS", "10");
    set(&mut env, "REGBOT_DAEMON__QUEUE_POLL_SECS", "1");
    set(&mut env, "REGBOT_REPLIES__FORWARD_QUESTIONS", "false");
    env
}

pub fn set(env: &mut Vec<(String, String)>, key: &str, value: &str) {
    env.retain(|(k, _)| k != key);
    env.push((key.to_string(), value.to_string()));
}

/// Runs `scripts/mailstack ARGS` (the test stack's own ports and folder come from MAILSTACK_*).
pub fn mailstack(args: &[&str]) -> bool {
    std::process::Command::new(repo().join("scripts/mailstack"))
        .args(args)
        .status()
        .is_ok_and(|s| s.success())
}

/// Restarts a PostgreSQL cluster: `cluster` is "VERSION NAME" (e.g. "15 regbot-chaos"), or
/// anything else for the first version's `main`.
pub fn restart_postgresql(cluster: &str) {
    let (version, name) = cluster
        .split_once(' ')
        .map(|(v, n)| (v.to_string(), n.to_string()))
        .unwrap_or_else(|| {
            let v = std::fs::read_dir("/etc/postgresql")
                .ok()
                .and_then(|mut d| d.next())
                .and_then(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .unwrap_or_else(|| "15".into());
            (v, "main".into())
        });
    let ok = std::process::Command::new("pg_ctlcluster")
        .args([
            "--skip-systemctl-redirect",
            &version,
            &name,
            "restart",
            "-m",
            "fast",
        ])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "pg_ctlcluster {version} {name} restart failed");
}

// ------------------------------------------------------------------------------------------
// The daemon under test

/// One or more `regbot run` processes, with their peak memory and logs kept across restarts.
pub struct Daemons {
    env: Vec<(String, String)>,
    pub running: Vec<Daemon>,
    /// Highest VmHWM (kB) seen in any process so far.
    pub peak_rss_kb: u64,
    pub kills: usize,
    /// Logs of processes that have ended.
    pub old_logs: String,
}

impl Daemons {
    pub fn start(env: &[(String, String)], count: usize) -> Daemons {
        let mut d = Daemons {
            env: env.to_vec(),
            running: vec![],
            peak_rss_kb: 0,
            kills: 0,
            old_logs: String::new(),
        };
        for _ in 0..count {
            d.running.push(Daemon::start(&d.env));
        }
        d
    }

    /// Reads the peak RSS of every running daemon (it is gone once the process is).
    pub fn sample_rss(&mut self) {
        for d in &self.running {
            if let Some(kb) = vm_hwm_kb(d.child.id()) {
                self.peak_rss_kb = self.peak_rss_kb.max(kb);
            }
        }
    }

    /// SIGKILL to daemon `i`, then a fresh one in its place.
    pub fn kill_and_restart(&mut self, i: usize) {
        self.sample_rss();
        let d = &mut self.running[i];
        let _ = d.child.kill();
        let _ = d.child.wait();
        self.kills += 1;
        self.old_logs.push_str(&d.log_text());
        self.running[i] = Daemon::start(&self.env);
    }

    /// SIGTERM to daemon `i`; returns its exit status and how long it took. Not restarted.
    pub fn terminate(&mut self, i: usize) -> (std::process::ExitStatus, Duration) {
        self.sample_rss();
        let mut d = self.running.remove(i);
        let result = d.terminate();
        self.old_logs.push_str(&d.log_text());
        result
    }

    pub fn restart_one(&mut self) {
        self.running.push(Daemon::start(&self.env));
    }

    pub fn all_alive(&mut self) -> bool {
        self.running
            .iter_mut()
            .all(|d| matches!(d.child.try_wait(), Ok(None)))
    }

    pub fn logs(&self) -> String {
        let mut all = self.old_logs.clone();
        for d in &self.running {
            all.push_str(&d.log_text());
        }
        all
    }

    /// Stops everything with SIGTERM and checks no process panicked.
    pub fn finish(mut self) -> (u64, String) {
        while !self.running.is_empty() {
            let (status, took) = self.terminate(0);
            assert!(
                status.success(),
                "daemon exit status {status:?}; log:\n{}",
                tail(&self.old_logs)
            );
            assert!(took < Duration::from_secs(10), "SIGTERM took {took:?}");
        }
        assert!(
            !self.old_logs.contains("panicked"),
            "a daemon panicked:\n{}",
            tail(&self.old_logs)
        );
        (self.peak_rss_kb, self.old_logs.clone())
    }
}

pub fn vm_hwm_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

pub fn tail(log: &str) -> String {
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(60)..].join("\n")
}

// ------------------------------------------------------------------------------------------
// Test mail

/// A plain registration as a participant would write it.
pub fn registration(from: &str, name: &str, to: &str, message_id: &str, n: usize) -> Vec<u8> {
    format!(
        "From: {name} <{from}>\r\nTo: {to}\r\nSubject: Registration\r\nMessage-ID: <{message_id}>\r\nDate: Mon, 1 Mar 2027 10:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n\r\nI would like to register for the workshop.\r\nOrganisation: Test Cluster {n}\r\nCountry: Estonia\r\n\r\nBest regards,\r\n{name}\r\n"
    )
    .into_bytes()
}

/// The same person writing again (a second registration): answered "already registered".
pub fn second_registration(from: &str, name: &str, to: &str, message_id: &str) -> Vec<u8> {
    format!(
        "From: {name} <{from}>\r\nTo: {to}\r\nSubject: Registration (again)\r\nMessage-ID: <{message_id}>\r\nDate: Mon, 1 Mar 2027 11:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n\r\nI would like to register for the workshop, in case my first mail did not arrive.\r\n\r\nBest regards,\r\n{name}\r\n"
    )
    .into_bytes()
}

pub fn new_message_id() -> String {
    format!("{}@client.example", uuid::Uuid::new_v4())
}

/// A mail to submit: envelope sender, envelope recipient, raw bytes.
pub type Mail = (String, String, Vec<u8>);
/// A reply that must arrive: participant address, Message-ID of the mail it answers.
pub type Expect = (String, String);

/// Submits many messages over one SMTP connection pool, as a busy MTA would.
pub async fn submit_all(stack: &Stack, mails: &[Mail]) {
    use lettre::address::Envelope;
    use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
    let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&stack.host)
        .port(stack.smtp_port)
        .build();
    for (from, to, raw) in mails {
        let envelope = Envelope::new(
            Some(from.parse().expect("from")),
            vec![to.parse().expect("to")],
        )
        .expect("envelope");
        let mut tries = 0;
        while let Err(e) = transport.send_raw(&envelope, raw).await {
            tries += 1;
            assert!(tries < 50, "Postfix does not accept test mail: {e}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

fn maildir(stack: &Stack, address: &str) -> PathBuf {
    let address = address.to_lowercase();
    let (local, domain) = address.split_once('@').expect("an address");
    stack.maildir_root.join(domain).join(local).join("Maildir")
}

/// Puts a message straight into a mailbox, as Dovecot's LMTP would, without Postfix
/// normalising it on the way (hostile bytes arrive exactly as written).
pub fn deliver_to_maildir(stack: &Stack, address: &str, raw: &[u8]) {
    let root = maildir(stack, address);
    let mut dir = stack.maildir_root.clone();
    let rel = root
        .strip_prefix(&stack.maildir_root)
        .expect("under the root");
    for part in rel.components() {
        dir.push(part);
        std::fs::create_dir_all(&dir).expect("mailbox folder");
        chown(&dir, Some(MAIL_UID), Some(MAIL_UID)).expect("chown mailbox folder");
    }
    for sub in ["tmp", "new", "cur"] {
        let d = root.join(sub);
        std::fs::create_dir_all(&d).expect("maildir folder");
        chown(&d, Some(MAIL_UID), Some(MAIL_UID)).expect("chown");
    }
    let name = format!("{}.{}.faults", chrono_now(), uuid::Uuid::new_v4().simple());
    let tmp = root.join("tmp").join(&name);
    std::fs::write(&tmp, raw).expect("write message");
    chown(&tmp, Some(MAIL_UID), Some(MAIL_UID)).expect("chown message");
    std::fs::rename(&tmp, root.join("new").join(&name)).expect("deliver");
}

fn chrono_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Every message file in a mailbox's INBOX (or `folder`, e.g. `.regbot-processed`).
pub fn maildir_files(stack: &Stack, address: &str, folder: Option<&str>) -> Vec<PathBuf> {
    let mut root = maildir(stack, address);
    if let Some(f) = folder {
        root = root.join(f);
    }
    let mut out = vec![];
    for sub in ["new", "cur"] {
        if let Ok(entries) = std::fs::read_dir(root.join(sub)) {
            out.extend(entries.filter_map(|e| e.ok()).map(|e| e.path()));
        }
    }
    out
}

/// A reply as the participant sees it.
#[derive(Debug, Clone)]
pub struct Reply {
    pub message_id: String,
    pub in_reply_to: String,
    pub raw: Vec<u8>,
}

pub fn replies_to(stack: &Stack, address: &str) -> Vec<Reply> {
    maildir_files(stack, address, None)
        .into_iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|raw| Reply {
            message_id: header(&raw, "Message-ID").unwrap_or_default(),
            in_reply_to: header(&raw, "In-Reply-To").unwrap_or_default(),
            raw,
        })
        .collect()
}

/// Lost and duplicated replies, counted in the participants' mailboxes.
#[derive(Debug, Default)]
pub struct Tally {
    pub lost: usize,
    /// Extra copies of one outbox row (same Message-ID): the send-then-crash window.
    pub resent: usize,
    /// Extra replies that are different outbox rows: a processing bug.
    pub doubled: usize,
    /// Replies nobody expected (e.g. to a duplicate delivery).
    pub unexpected: usize,
}

impl Tally {
    pub fn duplicated(&self) -> usize {
        self.resent + self.doubled + self.unexpected
    }
}

/// `expected`: (participant address, Message-ID of the mail that must be answered once).
pub fn tally(stack: &Stack, expected: &[Expect]) -> Tally {
    let mut by_address: HashMap<&str, Vec<&str>> = HashMap::new();
    for (a, m) in expected {
        by_address.entry(a.as_str()).or_default().push(m.as_str());
    }
    let mut t = Tally::default();
    for (address, originals) in by_address {
        let replies = replies_to(stack, address);
        let mut matched = 0;
        for original in originals {
            let want = format!("<{original}>");
            let answers: Vec<&Reply> = replies.iter().filter(|r| r.in_reply_to == want).collect();
            matched += answers.len();
            if answers.is_empty() {
                t.lost += 1;
                continue;
            }
            let mut ids: Vec<&str> = answers.iter().map(|r| r.message_id.as_str()).collect();
            ids.sort_unstable();
            let distinct = {
                let mut d = ids.clone();
                d.dedup();
                d.len()
            };
            t.resent += ids.len() - distinct;
            t.doubled += distinct - 1;
        }
        t.unexpected += replies.len() - matched;
    }
    t
}

/// Waits until every expected reply is there and both queues are empty (so a late duplicate
/// would be seen), or `within` passes.
pub async fn settle(stack: &Stack, db: &TestDb, expected: &[Expect], within: Duration) {
    let start = Instant::now();
    loop {
        let t = tally(stack, expected);
        let busy: i64 = sqlx::query_scalar(
            "select (select count(*) from inbound_messages where status = 'pending')
                  + (select count(*) from outbox where status = 'pending')",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap_or(1);
        if (t.lost == 0 && busy == 0) || start.elapsed() > within {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    // Postfix → Dovecot takes a moment: let any late copy land before counting.
    tokio::time::sleep(Duration::from_millis(1500)).await;
}

// ------------------------------------------------------------------------------------------
// The figures

pub struct Row<'a> {
    pub scenario: &'a str,
    pub messages: usize,
    pub faults: String,
    pub lost: usize,
    pub duplicated: usize,
    pub peak_rss_kb: u64,
}

pub const TABLE_HEADER: &str = "| scenario | messages | kills/outages | lost | duplicated | peak RSS |\n|---|---|---|---|---|---|";

impl Row<'_> {
    /// Prints the row (visible with `--nocapture`) and appends it to `$REGBOT_FAULTS_TABLE`.
    pub fn print(&self) {
        let line = format!(
            "| {} | {} | {} | {} | {} | {:.1} MB |",
            self.scenario,
            self.messages,
            self.faults,
            self.lost,
            self.duplicated,
            self.peak_rss_kb as f64 / 1024.0
        );
        eprintln!("{TABLE_HEADER}\n{line}");
        let file = std::env::var("REGBOT_FAULTS_TABLE").ok().and_then(|path| {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(Path::new(&path))
                .ok()
        });
        if let Some(mut f) = file {
            let _ = writeln!(f, "{line}");
        }
    }
}

/// What the database holds at the end of a run: the figures every crash scenario checks.
#[derive(Debug)]
pub struct DbTotals {
    pub registrations: i64,
    pub stored: i64,
    pub not_processed: i64,
    pub unsent: i64,
}

pub async fn db_totals(db: &TestDb) -> DbTotals {
    DbTotals {
        registrations: count(db, "select count(*) from registrations").await,
        stored: count(db, "select count(*) from inbound_messages").await,
        not_processed: count(
            db,
            "select count(*) from inbound_messages where status <> 'processed'",
        )
        .await,
        unsent: count(db, "select count(*) from outbox where status <> 'sent'").await,
    }
}

pub async fn count(db: &TestDb, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(&db.pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

pub fn seed() -> u64 {
    std::env::var("REGBOT_FAULTS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random)
}
