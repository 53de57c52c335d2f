//! The sections of the configuration file, one struct each, with their defaults.
//!
//! Defaults live in one `Default` impl per section (`#[serde(default)]` on the container), so a
//! key left out of the file and a section left out entirely give the same values, and each
//! default is written once. The connection settings IMAP and SMTP share are one
//! [`ServerConfig`], flattened into both sections (the file keeps `[imap] host = …`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Deserialize;

use super::Secret;
use crate::oauth2::{AuthMethod, TokenSource};

/// How a mail connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// Plain text; only for loopback test stacks.
    None,
    /// Plain connect, then upgrade with STARTTLS (refuses to go on if the server does not offer it).
    Starttls,
    /// TLS from the first byte (IMAPS 993, SMTPS 465).
    Tls,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseConfig {
    pub url: Secret,
    #[serde(default = "default_db_connections")]
    pub max_connections: u32,
}

fn default_db_connections() -> u32 {
    12
}

/// Where a mail server is and how to log in: the part `[imap]` and `[smtp]` have in common.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct ServerConfig {
    pub host: String,
    /// 0 in the file means "the section's usual port" (993 for IMAP, 587 for SMTP).
    pub port: u16,
    pub security: Security,
    pub username: String,
    pub password: Secret,
    /// Read the password from this file instead (systemd credentials, Docker secrets).
    pub password_file: Option<PathBuf>,
    /// Extra CA certificate (PEM) to trust, e.g. a private CA.
    pub ca_file: Option<PathBuf>,
    pub timeout_secs: u64,
    /// `password` (LOGIN / AUTH PLAIN) or `oauth2` (a bearer token from `[oauth2]`).
    pub auth: AuthMethod,
    /// Where `auth = "oauth2"` gets its tokens: set by [`crate::oauth2::setup::attach`] once the
    /// database is reachable, never read from the file.
    #[serde(skip)]
    pub tokens: Option<Arc<TokenSource>>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            host: String::new(),
            port: 0,
            security: Security::Tls,
            username: String::new(),
            password: Secret::default(),
            password_file: None,
            ca_file: None,
            timeout_secs: 30,
            auth: AuthMethod::Password,
            tokens: None,
        }
    }
}

impl ServerConfig {
    /// The keys of this struct, for the unknown-key check of the sections that flatten it.
    pub const KEYS: &'static [&'static str] = &[
        "host",
        "port",
        "security",
        "username",
        "password",
        "password_file",
        "ca_file",
        "timeout_secs",
        "auth",
    ];
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct ImapConfig {
    #[serde(flatten)]
    pub server: ServerConfig,
    /// Set to false to run without a mailbox (mail arrives through `regbot ingest` only).
    pub enabled: bool,
    pub mailbox: String,
    /// Where stored messages are moved; created when missing.
    pub processed_mailbox: String,
    /// Use IDLE when the server offers it; otherwise poll.
    pub idle: bool,
    pub poll_interval_secs: u64,
    /// Messages fetched per round trip (also capped by `intake.batch_bytes`).
    pub batch_size: u32,
    /// IDLE is re-issued after this long (RFC 2177 allows 29 minutes); also how long a silently
    /// dropped connection can go unnoticed.
    pub idle_renew_secs: u64,
}

impl ImapConfig {
    pub const KEYS: &'static [&'static str] = &[
        "enabled",
        "mailbox",
        "processed_mailbox",
        "idle",
        "poll_interval_secs",
        "batch_size",
        "idle_renew_secs",
    ];
    pub const DEFAULT_PORT: u16 = 993;
}

impl Default for ImapConfig {
    /// Without an `[imap]` section regbot reads no mailbox; a section turns it on.
    fn default() -> Self {
        ImapConfig {
            server: ServerConfig::default(),
            enabled: true,
            mailbox: "INBOX".into(),
            processed_mailbox: "regbot-processed".into(),
            idle: true,
            poll_interval_secs: 30,
            batch_size: 200,
            idle_renew_secs: 300,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct SmtpConfig {
    #[serde(flatten)]
    pub server: ServerConfig,
    /// The From of every reply, e.g. `Workshop registration <register@example.org>`.
    pub from: String,
    /// SMTP connections used in parallel.
    pub connections: usize,
    /// Attempts before a temporarily failing mail is given up.
    pub max_attempts: i32,
    /// First retry delay; doubles on every attempt, capped at one hour.
    pub retry_base_secs: u64,
    /// Due mails one sending worker leases at once (one commit for the lease); each is still
    /// sent and recorded on its own.
    pub send_batch: usize,
    /// Name sent in EHLO; defaults to the machine's host name.
    pub hello_name: Option<String>,
    /// Send MAIL, RCPT and DATA in one write when the server offers PIPELINING (RFC 2920): two
    /// round trips per mail instead of four.
    pub pipelining: bool,
}

impl SmtpConfig {
    pub const KEYS: &'static [&'static str] = &[
        "from",
        "connections",
        "max_attempts",
        "retry_base_secs",
        "send_batch",
        "hello_name",
        "pipelining",
    ];
    pub const DEFAULT_PORT: u16 = 587;
}

impl Default for SmtpConfig {
    fn default() -> Self {
        SmtpConfig {
            server: ServerConfig::default(),
            from: String::new(),
            connections: 4,
            max_attempts: 12,
            retry_base_secs: 5,
            send_batch: 8,
            hello_name: None,
            pipelining: true,
        }
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventConfig {
    /// Short stable key stored with every registration, e.g. `bsr-clusters-2027`.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub dates: String,
    #[serde(default)]
    pub venue: String,
    /// The place as people name it in their own languages, when they write it otherwise than
    /// the venue's first part ("Rīga", "Riia", "Ryga", "Рига"): a registered participant's
    /// "Riga is off for me" cancels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    #[serde(default)]
    pub organiser_name: String,
    /// Questions are forwarded here; also named in replies as the human contact.
    #[serde(default)]
    pub organiser_email: String,
    #[serde(default)]
    pub website: String,
    /// Confirmed places; registrations beyond it are waitlisted. 0 = no limit.
    #[serde(default)]
    pub capacity: i64,
    /// Language of replies when the sender's language has no template.
    #[serde(default = "default_language")]
    pub default_language: String,
    /// Language of what regbot writes to the organisers (question and review forwards); the default
    /// language when unset.
    #[serde(default)]
    pub organiser_language: Option<String>,
    /// A place held for someone registered by another person is released after this many
    /// days without their confirmation.
    #[serde(default = "default_confirm_days")]
    pub confirm_days: i64,
    /// At most this many people one sender may register on others' behalf; a message beyond
    /// it goes to the organisers' review.
    #[serde(default = "default_max_on_behalf")]
    pub max_on_behalf_per_sender: i64,
    /// The event's words in one reply language (`[event.l10n.lv] dates = "2.–3. jūnijā"`): a
    /// reply in that language uses them, a language without its own values the ones above.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub l10n: BTreeMap<String, EventWords>,
}

/// What of the event a reply names, in one language; a value left out is the general one.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventWords {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organiser_name: Option<String>,
}

impl EventConfig {
    /// The names of the event's place for understanding mail: `places`, and the first part of
    /// the venue in every language ("Riga, Latvia" → "Riga"; `[event.l10n.lv] venue = "Rīgā"`).
    pub fn place_names(&self) -> Vec<String> {
        let venues = std::iter::once(self.venue.as_str())
            .chain(self.l10n.values().filter_map(|w| w.venue.as_deref()));
        let mut names: Vec<String> = venues
            .filter_map(|v| v.split(',').next())
            .chain(self.places.iter().map(String::as_str))
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// The language of what regbot writes to the organisers (notices, forwards, sign-in links).
    pub fn organiser_language(&self) -> &str {
        self.organiser_language
            .as_deref()
            .unwrap_or(&self.default_language)
    }

    /// What is wrong with the `[event.l10n.*]` tables, said so that the organiser can fix it.
    pub fn check_l10n(&self) -> Result<(), String> {
        for (lang, words) in &self.l10n {
            let is_code =
                (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase());
            if !is_code {
                return Err(format!(
                    "[event.l10n.{lang}]: {lang:?} is not a language code; name the table after the templates folder of the language, e.g. [event.l10n.lv]"
                ));
            }
            let values = [
                ("name", &words.name),
                ("dates", &words.dates),
                ("venue", &words.venue),
                ("organiser_name", &words.organiser_name),
            ];
            for (key, value) in values {
                if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                    return Err(format!(
                        "event.l10n.{lang}.{key} is empty; remove the line to use event.{key} in {lang} replies"
                    ));
                }
            }
            if values.iter().all(|(_, v)| v.is_none()) {
                return Err(format!(
                    "[event.l10n.{lang}] sets nothing; give it name, dates, venue or organiser_name, or remove it"
                ));
            }
        }
        Ok(())
    }
}

fn default_language() -> String {
    "en".into()
}

fn default_confirm_days() -> i64 {
    7
}

fn default_max_on_behalf() -> i64 {
    5
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RepliesConfig {
    pub templates_dir: PathBuf,
    /// At most this many replies to one address per hour; further ones are recorded, not sent.
    pub max_per_address_per_hour: i64,
    /// At most this many of one sender's mails forwarded to the organisers per hour; more are
    /// listed in one digest instead.
    pub max_forwards_per_sender_per_hour: i64,
    /// The digest of held-back forwards goes out this many minutes after it was opened.
    pub forward_digest_minutes: u64,
    /// An address that went over a limit gets no reply (and its mail no forward, only digest
    /// entries) for this many hours after: an auto-responder loop ends at the limit.
    pub cool_down_hours: i64,
    /// Domain of regbot's Message-IDs; defaults to the domain of `smtp.from`.
    pub message_id_domain: Option<String>,
    /// Forward questions to `event.organiser_email`.
    pub forward_questions: bool,
}

impl Default for RepliesConfig {
    fn default() -> Self {
        RepliesConfig {
            templates_dir: PathBuf::from("config/templates"),
            max_per_address_per_hour: 10,
            max_forwards_per_sender_per_hour: 5,
            forward_digest_minutes: 60,
            cool_down_hours: 24,
            message_id_domain: None,
            forward_questions: true,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IntakeConfig {
    /// Larger messages are stored as rejected (headers only) instead of being loaded whole.
    pub max_message_bytes: u64,
    /// Upper bound of message bytes fetched in one IMAP round trip (memory bound).
    pub batch_bytes: u64,
}

impl Default for IntakeConfig {
    fn default() -> Self {
        IntakeConfig {
            max_message_bytes: 25 * 1024 * 1024,
            batch_bytes: 8 * 1024 * 1024,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DaemonConfig {
    /// Workers understanding stored messages in parallel.
    pub process_workers: usize,
    /// Safety-net poll of the database queues, in case a notification was missed.
    pub queue_poll_secs: u64,
    /// Stored messages one worker claims and processes in one transaction (1 = one at a time).
    pub process_batch: usize,
}

impl Default for DaemonConfig {
    fn default() -> Self {
        DaemonConfig {
            process_workers: 2,
            queue_poll_secs: 5,
            process_batch: 50,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WebConfig {
    /// Where `regbot serve` listens; loopback unless a reverse proxy is not used.
    pub bind: String,
    /// The address organisers open (as the reverse proxy publishes it): login links point here,
    /// and an `https` address marks the session cookie `Secure`.
    pub public_url: String,
    /// Signed-in sessions end after this many hours.
    pub session_hours: i64,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            bind: "127.0.0.1:8080".into(),
            public_url: "http://127.0.0.1:8080".into(),
            session_hours: 12,
        }
    }
}
