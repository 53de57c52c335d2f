//! Configuration: a TOML file (`config/regbot.toml` by default) overlaid by `REGBOT_<SECTION>__<KEY>`
//! environment variables, so a container or systemd unit can configure regbot without a file.
//!
//! Secrets (passwords) live in [`Secret`], whose `Debug` and `Display` never show the value, so a
//! logged config or an error message cannot leak them. A secret may also come from a file
//! (`password_file`), which is how systemd credentials and Docker secrets hand them over.

mod secret;
mod sections;

use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

use crate::oauth2::{AuthMethod, OAuth2Settings};
pub use secret::Secret;
pub use sections::{
    DaemonConfig, DatabaseConfig, EventConfig, EventWords, ImapConfig, IntakeConfig, RepliesConfig,
    Security, ServerConfig, SmtpConfig, WebConfig,
};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "config file {0} does not exist (pass --config FILE, or configure with REGBOT_* variables)"
    )]
    Missing(PathBuf),
    #[error(
        "config file {0} is a folder, not a file (pass --config FILE, e.g. config/regbot.toml)"
    )]
    NotAFile(PathBuf),
    #[error("invalid configuration: {0}")]
    Invalid(String),
    #[error("could not read the secret file {path} for {key}: {source}")]
    SecretFile {
        key: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub database: DatabaseConfig,
    /// Without an `[imap]` section no mailbox is read (mail comes through `regbot ingest`).
    #[serde(default = "no_mailbox")]
    pub imap: ImapConfig,
    pub smtp: SmtpConfig,
    pub event: EventConfig,
    #[serde(default)]
    pub replies: RepliesConfig,
    #[serde(default)]
    pub intake: IntakeConfig,
    #[serde(default)]
    pub daemon: DaemonConfig,
    /// Microsoft 365 / Google Workspace login (`imap.auth` / `smtp.auth` = "oauth2").
    #[serde(default)]
    pub oauth2: Option<OAuth2Settings>,
    #[serde(default)]
    pub web: WebConfig,
}

/// `REGBOT_OAUTH2__CLIENT_SECRET` without the prefix, as figment sees the key.
const OAUTH2_SECRET_KEY: &str = "oauth2__client_secret";

/// The passwords, as figment sees their variables. They are taken from the environment byte
/// for byte (see `raw_secret`): figment would read `007` as 7, `1.50` as 1.5, trim `  x  ` and
/// refuse `[abc]`.
const PASSWORD_KEYS: [&str; 2] = ["imap__password", "smtp__password"];

/// The value of `REGBOT_<KEY>` exactly as the environment holds it.
fn raw_secret(key: &str) -> Option<Secret> {
    std::env::var_os(format!("REGBOT_{}", key.to_uppercase()))
        .map(|raw| Secret::new(raw.to_string_lossy()))
}

fn no_mailbox() -> ImapConfig {
    ImapConfig {
        enabled: false,
        ..ImapConfig::default()
    }
}

impl Config {
    /// Loads `path` (when it exists, or when `explicit`) and overlays `REGBOT_*` variables.
    pub fn load(path: &Path, explicit: bool) -> Result<Config, ConfigError> {
        let mut figment = Figment::new();
        if path.is_dir() {
            return Err(ConfigError::NotAFile(path.to_path_buf()));
        }
        if path.exists() {
            figment = figment.merge(Toml::file_exact(path));
        } else if explicit {
            return Err(ConfigError::Missing(path.to_path_buf()));
        }
        // Only REGBOT_<SECTION>__<KEY>: REGBOT_LOG and REGBOT_CONFIG are not config keys.
        // The OAuth2 client secret is taken from its variable byte for byte below: figment
        // would read `[x]`, `"x"` or `true` as something else.
        figment = figment.merge(
            Env::prefixed("REGBOT_")
                .filter(|key| {
                    let key = key.as_str();
                    key.contains("__")
                        && !key.eq_ignore_ascii_case(OAUTH2_SECRET_KEY)
                        && !PASSWORD_KEYS.iter().any(|k| key.eq_ignore_ascii_case(k))
                })
                .split("__"),
        );
        // `[imap]` and `[smtp]` flatten the shared server settings, which serde cannot combine
        // with `deny_unknown_fields`: a misspelt key there is caught here instead.
        for (section, own) in [("imap", ImapConfig::KEYS), ("smtp", SmtpConfig::KEYS)] {
            reject_unknown_keys(&figment, section, own)?;
        }
        let mut config: Config = figment
            .extract()
            .map_err(|e| ConfigError::Invalid(describe_figment_error(e)))?;
        for (server, port) in [
            (&mut config.imap.server, ImapConfig::DEFAULT_PORT),
            (&mut config.smtp.server, SmtpConfig::DEFAULT_PORT),
        ] {
            if server.port == 0 {
                server.port = port;
            }
        }
        for (key, secret) in [
            (PASSWORD_KEYS[0], &mut config.imap.server.password),
            (PASSWORD_KEYS[1], &mut config.smtp.server.password),
        ] {
            if let Some(raw) = raw_secret(key) {
                *secret = raw;
            }
        }
        config.resolve_secret_files()?;
        if let Some(oauth2) = &mut config.oauth2 {
            if let Some(raw) =
                std::env::var_os(format!("REGBOT_{}", OAUTH2_SECRET_KEY.to_uppercase()))
            {
                oauth2.client_secret = Secret::new(raw.to_string_lossy());
            }
            oauth2
                .load_secret_file()
                .map_err(|e| ConfigError::Invalid(e.to_string()))?;
        }
        config.validate()?;
        Ok(config)
    }

    /// Whether IMAP or SMTP logs in with an OAuth2 token.
    pub fn uses_oauth2(&self) -> bool {
        (self.imap.enabled && self.imap.server.auth == AuthMethod::Oauth2)
            || self.smtp.server.auth == AuthMethod::Oauth2
    }

    fn resolve_secret_files(&mut self) -> Result<(), ConfigError> {
        for (key, file, secret) in [
            (
                "imap.password_file",
                &self.imap.server.password_file,
                &mut self.imap.server.password,
            ),
            (
                "smtp.password_file",
                &self.smtp.server.password_file,
                &mut self.smtp.server.password,
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
        let url = self.database.url.expose();
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            // Only the scheme is shown: the rest may hold a password.
            let scheme = url.split_once("://").map_or("(none)", |(s, _)| s);
            return invalid(format!(
                "database.url must be a PostgreSQL URL (postgres://user@host/database), not {scheme}://…"
            ));
        }
        if self.uses_oauth2() {
            match &self.oauth2 {
                None => return invalid("imap.auth or smtp.auth is \"oauth2\" but there is no [oauth2] section (see the README, Microsoft 365 and Google Workspace)".into()),
                Some(o) => {
                    o.resolve().map_err(|e| ConfigError::Invalid(e.to_string()))?;
                }
            }
        }
        if self.imap.enabled {
            if self.imap.server.host.is_empty() {
                return invalid("imap.host is empty (set it, or imap.enabled = false to read mail only through `regbot ingest`)".into());
            }
            if self.imap.server.username.is_empty() {
                return invalid("imap.username is empty".into());
            }
            if self.imap.mailbox == self.imap.processed_mailbox {
                return invalid("imap.processed_mailbox must differ from imap.mailbox".into());
            }
        }
        if self.smtp.server.host.is_empty() {
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
        self.event.check_l10n().map_err(ConfigError::Invalid)?;
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
        if self.imap.enabled && self.imap.server.username.contains('@') {
            own.push(self.imap.server.username.to_lowercase());
        }
        own.sort();
        own.dedup();
        crate::understand::UnderstandConfig {
            own_addresses: own,
            own_message_id_domain: Some(self.message_id_domain()),
            places: self.event.place_names(),
        }
    }

    pub fn imap_timeout(&self) -> Duration {
        Duration::from_secs(self.imap.server.timeout_secs.max(1))
    }

    pub fn smtp_timeout(&self) -> Duration {
        Duration::from_secs(self.smtp.server.timeout_secs.max(1))
    }
}

fn reject_unknown_keys(figment: &Figment, section: &str, own: &[&str]) -> Result<(), ConfigError> {
    let Ok(value) = figment.find_value(section) else {
        return Ok(());
    };
    let Some(dict) = value.as_dict() else {
        return Ok(());
    };
    for key in dict.keys() {
        if !own.contains(&key.as_str()) && !ServerConfig::KEYS.contains(&key.as_str()) {
            let mut known: Vec<&str> = own.iter().chain(ServerConfig::KEYS).copied().collect();
            known.sort_unstable();
            return Err(ConfigError::Invalid(format!(
                "unknown key {section}.{key} (known keys: {})",
                known.join(", ")
            )));
        }
    }
    Ok(())
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
    fn event_words_per_language_load_and_mistakes_name_the_fix() {
        figment::Jail::expect_with(|jail| {
            let with = |extra: &str| format!("{}\n{extra}\n", minimal_toml());
            jail.create_file(
                "c.toml",
                &with("[event.l10n.lv]\ndates = \"2.–3. jūnijā\"\nvenue = \"Rīgā\""),
            )?;
            let config = Config::load(Path::new("c.toml"), true).expect("loads");
            let lv = &config.event.l10n["lv"];
            assert_eq!(lv.dates.as_deref(), Some("2.–3. jūnijā"));
            assert_eq!(lv.name, None, "a value left out falls back to event.name");
            for (bad, says) in [
                (
                    "[event.l10n.Latvian]\nvenue = \"Rīgā\"",
                    "not a language code",
                ),
                (
                    "[event.l10n.lv]\nvenue = \" \"",
                    "event.l10n.lv.venue is empty",
                ),
                ("[event.l10n.lv]", "sets nothing"),
                ("[event.l10n.lv]\nplace = \"Rīgā\"", "place"),
            ] {
                jail.create_file("c.toml", &with(bad))?;
                let err = Config::load(Path::new("c.toml"), true).expect_err(bad);
                assert!(format!("{err:#}").contains(says), "{bad}: {err:#}");
            }
            Ok(())
        });
    }

    #[test]
    fn the_places_understanding_reads_are_the_venues_and_places() {
        figment::Jail::expect_with(|jail| {
            // `minimal_toml` ends inside `[event]`: the keys below belong to it.
            let toml = format!(
                "{}venue = \"Riga, Latvia\"\nplaces = [\"Riia\", \" \"]\n\
                 [event.l10n.lv]\nvenue = \"Rīgā\"\n",
                minimal_toml()
            );
            jail.create_file("c.toml", &toml)?;
            let config = Config::load(Path::new("c.toml"), true).expect("loads");
            assert_eq!(config.understand_config().places, ["Riga", "Riia", "Rīgā"]);
            Ok(())
        });
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
            assert_eq!(config.imap.server.password.expose(), "imap-secret");
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
            assert_eq!(config.imap.server.port, 1143);
            assert_eq!(config.imap.server.password.expose(), "12345");
            assert_eq!(config.event.name, "Other");
            Ok(())
        });
    }

    #[test]
    fn defect_10_passwords_from_the_environment_are_taken_byte_for_byte() {
        for password in [
            "007",
            "0012",
            "1.50",
            "  spaced  ",
            "[abc]",
            "true",
            "\"quoted\"",
        ] {
            figment::Jail::expect_with(|jail| {
                jail.create_file("c.toml", minimal_toml())?;
                jail.set_env("REGBOT_IMAP__PASSWORD", password);
                jail.set_env("REGBOT_SMTP__PASSWORD", password);
                let config = Config::load(Path::new("c.toml"), true).expect("loads");
                assert_eq!(config.imap.server.password.expose(), password);
                assert_eq!(config.smtp.server.password.expose(), password);
                Ok(())
            });
        }
    }

    #[test]
    fn password_can_come_from_a_file() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("c.toml", minimal_toml())?;
            jail.create_file("pw", "from-file\n")?;
            jail.set_env("REGBOT_SMTP__PASSWORD_FILE", "pw");
            let config = Config::load(Path::new("c.toml"), true).expect("loads");
            assert_eq!(config.smtp.server.password.expose(), "from-file");
            Ok(())
        });
    }

    #[test]
    fn shared_server_keys_keep_their_per_section_defaults_and_typos_are_refused() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("c.toml", minimal_toml())?;
            let config = Config::load(Path::new("c.toml"), true).expect("loads");
            assert_eq!(config.imap.server.port, 993);
            assert_eq!(config.smtp.server.port, 587);
            assert!(config.imap.enabled, "an [imap] section reads the mailbox");
            jail.set_env("REGBOT_SMTP__PASWORD", "x");
            let err = Config::load(Path::new("c.toml"), true).unwrap_err();
            assert!(err.to_string().contains("smtp.pasword"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn without_an_imap_section_no_mailbox_is_read() {
        figment::Jail::expect_with(|jail| {
            let toml = minimal_toml().replace("[imap]", "[unused]");
            let toml = toml.replace("[unused]\nhost = \"imap.example.org\"\nusername = \"reg@example.org\"\npassword = \"imap-secret\"\n", "");
            jail.create_file("c.toml", &toml)?;
            let config = Config::load(Path::new("c.toml"), true).expect("loads");
            assert!(!config.imap.enabled);
            Ok(())
        });
    }

    #[test]
    fn the_oauth2_client_secret_is_taken_from_its_variable_byte_for_byte() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("c.toml", minimal_toml())?;
            jail.set_env("REGBOT_IMAP__AUTH", "oauth2");
            jail.set_env("REGBOT_SMTP__AUTH", "oauth2");
            jail.set_env("REGBOT_OAUTH2__PROVIDER", "microsoft");
            jail.set_env("REGBOT_OAUTH2__TENANT", "contoso.onmicrosoft.com");
            jail.set_env("REGBOT_OAUTH2__CLIENT_ID", "app");
            jail.set_env("REGBOT_OAUTH2__GRANT", "client_credentials");
            jail.set_env("REGBOT_OAUTH2__CLIENT_SECRET", " [Ap~8Q\"x\",true ");
            let config = Config::load(Path::new("c.toml"), true).expect("loads");
            assert!(config.uses_oauth2());
            let oauth2 = config
                .oauth2
                .as_ref()
                .expect("[oauth2] from the environment");
            assert_eq!(oauth2.client_secret.expose(), " [Ap~8Q\"x\",true ");
            assert!(!format!("{config:?}").contains("Ap~8Q"));
            Ok(())
        });
    }

    #[test]
    fn defect_11_a_mysql_url_is_refused_without_showing_it() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("c.toml", minimal_toml())?;
            jail.set_env("REGBOT_DATABASE__URL", "mysql://u:topsecret@db/x");
            let err = Config::load(Path::new("c.toml"), true)
                .unwrap_err()
                .to_string();
            assert!(err.contains("PostgreSQL") && err.contains("mysql"), "{err}");
            assert!(!err.contains("topsecret"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn oauth2_without_its_section_is_a_configuration_error() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("c.toml", minimal_toml())?;
            jail.set_env("REGBOT_SMTP__AUTH", "oauth2");
            let err = Config::load(Path::new("c.toml"), true).unwrap_err();
            assert!(err.to_string().contains("[oauth2]"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn defect_11_a_config_folder_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let err = Config::load(dir.path(), true).unwrap_err().to_string();
        assert!(err.contains(&dir.path().display().to_string()), "{err}");
        assert!(err.contains("folder"), "{err}");
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
