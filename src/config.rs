//! Configuration: a TOML file (`config/regbot.toml` by default) overlaid by `REGBOT_<SECTION>__<KEY>`
//! environment variables, so a container or systemd unit can configure regbot without a file.
//!
//! Secrets (passwords) live in [`Secret`], whose `Debug` and `Display` never show the value, so a
//! logged config or an error message cannot leak them. A secret may also come from a file
//! (`password_file`), which is how systemd credentials and Docker secrets hand them over.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::{Deserialize, Deserializer};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "config file {0} does not exist (pass --config FILE, or configure with REGBOT_* variables)"
    )]
    Missing(PathBuf),
    #[error("invalid configuration: {0}")]
    Invalid(String),
    #[error("could not read the secret file {path} for {key}: {source}")]
    SecretFile {
        key: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
}

/// A password or token. Shown as `***` everywhere.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl<'de> Deserialize<'de> for Secret {
    /// Environment values that look like numbers reach us as numbers; a password is still text.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Scalar {
            S(String),
            I(i64),
            U(u64),
            F(f64),
            B(bool),
        }
        Ok(Secret(match Scalar::deserialize(d)? {
            Scalar::S(s) => s,
            Scalar::I(i) => i.to_string(),
            Scalar::U(u) => u.to_string(),
            Scalar::F(f) => f.to_string(),
            Scalar::B(b) => b.to_string(),
        }))
    }
}

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
pub struct Config {
    pub database: DatabaseConfig,
    #[serde(default)]
    pub imap: ImapConfig,
    pub smtp: SmtpConfig,
    pub event: EventConfig,
    #[serde(default)]
    pub replies: RepliesConfig,
    #[serde(default)]
    pub intake: IntakeConfig,
    #[serde(default)]
    pub daemon: DaemonConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseConfig {
    pub url: Secret,
    #[serde(default = "default_db_connections")]
    pub max_connections: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImapConfig {
    /// Set to false to run without a mailbox (mail arrives through `regbot ingest` only).
    #[serde(default = "yes")]
    pub enabled: bool,
    #[serde(default)]
    pub host: String,
    #[serde(default = "default_imap_port")]
    pub port: u16,
    #[serde(default = "default_security")]
    pub security: Security,
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub password: Secret,
    pub password_file: Option<PathBuf>,
    #[serde(default = "default_mailbox")]
    pub mailbox: String,
    /// Where stored messages are moved; created when missing.
    #[serde(default = "default_processed_mailbox")]
    pub processed_mailbox: String,
    /// Use IDLE when the server offers it; otherwise poll.
    #[serde(default = "yes")]
    pub idle: bool,
    #[serde(default = "default_poll_secs")]
    pub poll_interval_secs: u64,
    /// Messages fetched per round trip (also capped by `intake.batch_bytes`).
    #[serde(default = "default_batch")]
    pub batch_size: u32,
    /// Extra CA certificate (PEM) to trust, e.g. a private CA.
    pub ca_file: Option<PathBuf>,
    #[serde(default = "default_timeout_secs")]
    pub timeout_secs: u64,
    /// IDLE is re-issued after this long (RFC 2177 allows 29 minutes); also how long a silently
    /// dropped connection can go unnoticed.
    #[serde(default = "default_idle_renew_secs")]
    pub idle_renew_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    #[serde(default = "default_security")]
    pub security: Security,
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub password: Secret,
    pub password_file: Option<PathBuf>,
    /// The From of every reply, e.g. `Workshop registration <register@example.org>`.
    pub from: String,
    /// SMTP connections used in parallel.
    #[serde(default = "default_smtp_connections")]
    pub connections: usize,
    #[serde(default = "default_timeout_secs")]
    pub timeout_secs: u64,
    pub ca_file: Option<PathBuf>,
    /// Attempts before a temporarily failing mail is given up.
    #[serde(default = "default_max_attempts")]
    pub max_attempts: i32,
    /// First retry delay; doubles on every attempt, capped at one hour.
    #[serde(default = "default_retry_base_secs")]
    pub retry_base_secs: u64,
    /// Due mails one sending worker leases at once (one commit for the lease); each is still
    /// sent and recorded on its own.
    #[serde(default = "default_send_batch")]
    pub send_batch: usize,
    /// Name sent in EHLO; defaults to the machine's host name.
    pub hello_name: Option<String>,
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
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepliesConfig {
    #[serde(default = "default_templates_dir")]
    pub templates_dir: PathBuf,
    /// At most this many replies to one address per hour; further ones are recorded, not sent.
    #[serde(default = "default_max_per_hour")]
    pub max_per_address_per_hour: i64,
    /// Domain of regbot's Message-IDs; defaults to the domain of `smtp.from`.
    pub message_id_domain: Option<String>,
    /// Forward questions to `event.organiser_email`.
    #[serde(default = "yes")]
    pub forward_questions: bool,
}

impl Default for RepliesConfig {
    fn default() -> Self {
        RepliesConfig {
            templates_dir: default_templates_dir(),
            max_per_address_per_hour: default_max_per_hour(),
            message_id_domain: None,
            forward_questions: true,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntakeConfig {
    /// Larger messages are stored as rejected (headers only) instead of being loaded whole.
    #[serde(default = "default_max_message_bytes")]
    pub max_message_bytes: u64,
    /// Upper bound of message bytes fetched in one IMAP round trip (memory bound).
    #[serde(default = "default_batch_bytes")]
    pub batch_bytes: u64,
}

impl Default for IntakeConfig {
    fn default() -> Self {
        IntakeConfig {
            max_message_bytes: default_max_message_bytes(),
            batch_bytes: default_batch_bytes(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DaemonConfig {
    /// Workers understanding stored messages in parallel.
    #[serde(default = "default_workers")]
    pub process_workers: usize,
    /// Safety-net poll of the database queues, in case a notification was missed.
    #[serde(default = "default_queue_poll_secs")]
    pub queue_poll_secs: u64,
    /// Stored messages one worker claims and processes in one transaction (1 = one at a time).
    #[serde(default = "default_process_batch")]
    pub process_batch: usize,
}

impl Default for DaemonConfig {
    fn default() -> Self {
        DaemonConfig {
            process_workers: default_workers(),
            queue_poll_secs: default_queue_poll_secs(),
            process_batch: default_process_batch(),
        }
    }
}

impl Default for ImapConfig {
    fn default() -> Self {
        ImapConfig {
            enabled: false,
            host: String::new(),
            port: default_imap_port(),
            security: default_security(),
            username: String::new(),
            password: Secret::default(),
            password_file: None,
            mailbox: default_mailbox(),
            processed_mailbox: default_processed_mailbox(),
            idle: true,
            poll_interval_secs: default_poll_secs(),
            batch_size: default_batch(),
            ca_file: None,
            timeout_secs: default_timeout_secs(),
            idle_renew_secs: default_idle_renew_secs(),
        }
    }
}

fn default_idle_renew_secs() -> u64 {
    300
}
fn yes() -> bool {
    true
}
fn default_db_connections() -> u32 {
    12
}
fn default_imap_port() -> u16 {
    993
}
fn default_smtp_port() -> u16 {
    587
}
fn default_security() -> Security {
    Security::Tls
}
fn default_mailbox() -> String {
    "INBOX".into()
}
fn default_processed_mailbox() -> String {
    "regbot-processed".into()
}
fn default_poll_secs() -> u64 {
    30
}
fn default_batch() -> u32 {
    200
}
fn default_timeout_secs() -> u64 {
    30
}
fn default_smtp_connections() -> usize {
    4
}
fn default_max_attempts() -> i32 {
    12
}
fn default_send_batch() -> usize {
    8
}
fn default_retry_base_secs() -> u64 {
    5
}
fn default_language() -> String {
    "en".into()
}
fn default_templates_dir() -> PathBuf {
    PathBuf::from("config/templates")
}
fn default_max_per_hour() -> i64 {
    10
}
fn default_max_message_bytes() -> u64 {
    25 * 1024 * 1024
}
fn default_batch_bytes() -> u64 {
    8 * 1024 * 1024
}
fn default_workers() -> usize {
    2
}
fn default_queue_poll_secs() -> u64 {
    5
}
fn default_process_batch() -> usize {
    50
}

impl Config {
    /// Loads `path` (when it exists, or when `explicit`) and overlays `REGBOT_*` variables.
    pub fn load(path: &Path, explicit: bool) -> Result<Config, ConfigError> {
        let mut figment = Figment::new();
        if path.exists() {
            figment = figment.merge(Toml::file_exact(path));
        } else if explicit {
            return Err(ConfigError::Missing(path.to_path_buf()));
        }
        // Only REGBOT_<SECTION>__<KEY>: REGBOT_LOG and REGBOT_CONFIG are not config keys.
        figment = figment.merge(
            Env::prefixed("REGBOT_")
                .filter(|key| key.as_str().contains("__"))
                .split("__"),
        );
        let mut config: Config = figment
            .extract()
            .map_err(|e| ConfigError::Invalid(describe_figment_error(e)))?;
        config.resolve_secret_files()?;
        config.validate()?;
        Ok(config)
    }

    fn resolve_secret_files(&mut self) -> Result<(), ConfigError> {
        for (key, file, secret) in [
            (
                "imap.password_file",
                &self.imap.password_file,
                &mut self.imap.password,
            ),
            (
                "smtp.password_file",
                &self.smtp.password_file,
                &mut self.smtp.password,
            ),
        ] {
            if let Some(path) = file {
                let value =
                    std::fs::read_to_string(path).map_err(|source| ConfigError::SecretFile {
                        key,
                        path: path.clone(),
                        source,
                    })?;
                *secret = Secret::new(value.trim_end_matches(['\r', '\n']));
            }
        }
        Ok(())
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |m: String| Err(ConfigError::Invalid(m));
        if self.imap.enabled {
            if self.imap.host.is_empty() {
                return invalid("imap.host is empty (set it, or imap.enabled = false to read mail only through `regbot ingest`)".into());
            }
            if self.imap.username.is_empty() {
                return invalid("imap.username is empty".into());
            }
            if self.imap.mailbox == self.imap.processed_mailbox {
                return invalid("imap.processed_mailbox must differ from imap.mailbox".into());
            }
        }
        if self.smtp.host.is_empty() {
            return invalid("smtp.host is empty".into());
        }
        if let Err(e) = self.smtp.from.parse::<lettre::message::Mailbox>() {
            return invalid(format!(
                "smtp.from {:?} is not a mail address ({e}); write it like `Registration <register@example.org>`",
                self.smtp.from
            ));
        }
        if !self.event.organiser_email.is_empty()
            && self
                .event
                .organiser_email
                .parse::<lettre::Address>()
                .is_err()
        {
            return invalid(format!(
                "event.organiser_email {:?} is not a mail address",
                self.event.organiser_email
            ));
        }
        if self.event.id.trim().is_empty() {
            return invalid("event.id is empty".into());
        }
        if self.smtp.connections == 0 || self.daemon.process_workers == 0 {
            return invalid(
                "smtp.connections and daemon.process_workers must be at least 1".into(),
            );
        }
        Ok(())
    }

    /// regbot's own sending address, lowercased.
    pub fn from_address(&self) -> String {
        self.smtp
            .from
            .parse::<lettre::message::Mailbox>()
            .map(|m| m.email.to_string().to_lowercase())
            .unwrap_or_default()
    }

    pub fn message_id_domain(&self) -> String {
        if let Some(d) = &self.replies.message_id_domain {
            return d.clone();
        }
        let from = self.from_address();
        from.rsplit_once('@')
            .map(|(_, d)| d.to_string())
            .unwrap_or_else(|| "regbot.invalid".into())
    }

    /// What the understanding step needs to recognise regbot's own mail.
    pub fn understand_config(&self) -> crate::understand::UnderstandConfig {
        let mut own = vec![self.from_address()];
        if self.imap.enabled && self.imap.username.contains('@') {
            own.push(self.imap.username.to_lowercase());
        }
        own.sort();
        own.dedup();
        crate::understand::UnderstandConfig {
            own_addresses: own,
            own_message_id_domain: Some(self.message_id_domain()),
        }
    }

    pub fn imap_timeout(&self) -> Duration {
        Duration::from_secs(self.imap.timeout_secs.max(1))
    }

    pub fn smtp_timeout(&self) -> Duration {
        Duration::from_secs(self.smtp.timeout_secs.max(1))
    }
}

/// Figment names the key and the source (file or variable); passwords are never in its message
/// because a secret is only ever read as a string and a string never fails to parse.
fn describe_figment_error(e: figment::Error) -> String {
    e.into_iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
// figment::Jail's closures return figment's own (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;

    fn minimal_toml() -> &'static str {
        r#"
[database]
url = "postgres://u:dbpass@localhost/x"
[imap]
host = "imap.example.org"
username = "reg@example.org"
password = "imap-secret"
[smtp]
host = "smtp.example.org"
from = "Registration <reg@example.org>"
password = "smtp-secret"
[event]
id = "ev"
name = "An event"
"#
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("c.toml", minimal_toml())?;
            let config = Config::load(Path::new("c.toml"), true).expect("loads");
            let shown = format!("{config:?}");
            assert!(!shown.contains("imap-secret"));
            assert!(!shown.contains("smtp-secret"));
            assert!(!shown.contains("dbpass"));
            assert_eq!(config.imap.password.expose(), "imap-secret");
            Ok(())
        });
    }

    #[test]
    fn environment_overrides_file_with_double_underscore_keys() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("c.toml", minimal_toml())?;
            jail.set_env("REGBOT_IMAP__PORT", "1143");
            jail.set_env("REGBOT_IMAP__PASSWORD", "12345");
            jail.set_env("REGBOT_EVENT__NAME", "Other");
            jail.set_env("REGBOT_LOG", "debug");
            let config = Config::load(Path::new("c.toml"), true).expect("loads");
            assert_eq!(config.imap.port, 1143);
            assert_eq!(config.imap.password.expose(), "12345");
            assert_eq!(config.event.name, "Other");
            Ok(())
        });
    }

    #[test]
    fn password_can_come_from_a_file() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("c.toml", minimal_toml())?;
            jail.create_file("pw", "from-file\n")?;
            jail.set_env("REGBOT_SMTP__PASSWORD_FILE", "pw");
            let config = Config::load(Path::new("c.toml"), true).expect("loads");
            assert_eq!(config.smtp.password.expose(), "from-file");
            Ok(())
        });
    }

    #[test]
    fn a_missing_explicit_file_says_what_to_do() {
        let err = Config::load(Path::new("/nonexistent/regbot.toml"), true).unwrap_err();
        assert!(err.to_string().contains("--config"), "{err}");
    }

    #[test]
    fn a_bad_from_address_is_reported_with_an_example() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("c.toml", minimal_toml())?;
            jail.set_env("REGBOT_SMTP__FROM", "not an address");
            let err = Config::load(Path::new("c.toml"), true).unwrap_err();
            assert!(err.to_string().contains("smtp.from"), "{err}");
            Ok(())
        });
    }
}
