//! The command line: what each `regbot` command does, and the exit codes scripts rely on.

//!
//! `mail` holds the commands that move mail (run, ingest, parse, check), `organiser` the ones
//! organisers use on the recorded data (stats, broadcast, reprocess, forget, purge).

mod bounces;
mod desk;
mod mail;
mod oauth;
mod organise;
mod organiser;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::config::Config;
use crate::store;
use mail::{check, ingest, parse, run};
use organiser::{forget, purge, reprocess, run_broadcast, show_stats};

/// sysexits.h: the MTA keeps the message and tries again later.
pub const EX_TEMPFAIL: u8 = 75;
/// Where the configuration is read from when no `--config` is given.
pub const DEFAULT_CONFIG: &str = "config/regbot.toml";

/// sysexits.h: the configuration is wrong.
pub const EX_CONFIG: u8 = 78;

#[derive(Debug, Parser)]
#[command(
    name = "regbot",
    version,
    about = "Runs an event's registration mailbox: reads mail, understands it, records it in PostgreSQL and answers."
)]
pub struct Cli {
    /// Configuration file; every key can be overridden by REGBOT_<SECTION>__<KEY>.
    #[arg(long, global = true, env = "REGBOT_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the daemon: read the mailbox, understand and record each message, send replies.
    /// Stops cleanly on SIGTERM or Ctrl-C.
    Run {
        /// Process what is waiting, send what is due, and exit (for cron and tests).
        #[arg(long)]
        once: bool,
    },
    /// Apply the database migrations (`run` does this at start too).
    Migrate,
    /// Store one raw message from a file or stdin (`-`), as an MTA pipe delivers it.
    /// Exits 75 (try again later) when the database is unreachable, so the MTA keeps the mail.
    Ingest {
        #[arg(default_value = "-")]
        file: String,
    },
    /// Show what regbot understands of raw messages: one JSON object per file, per line.
    /// Touches neither the database nor the network.
    Parse {
        /// Files with raw RFC 5322 messages; `-` reads stdin.
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Development aid for `tests/eval/learned/train.py`: per file, one JSON line with the
    /// learned model's features, the rules' intents and the automated verdict.
    #[command(hide = true)]
    Features {
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Registration, mail and country counts.
    Stats {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Queue one personalised update, in each registrant's language, to the confirmed registrants or
    /// those the filters pick (status, country, language, registered after, not received).
    Broadcast {
        /// Subject line (a template: `{{ participant.name }}` works). With --template each
        /// language's own `Subject:` line is used; this is only the fallback for an empty one.
        #[arg(long, required_unless_present = "template")]
        subject: Option<String>,
        /// A text file with the body (a minijinja template).
        #[arg(
            long,
            conflicts_with = "template",
            required_unless_present = "template"
        )]
        body_file: Option<PathBuf>,
        /// A named template in the templates folder (`<lang>/NAME.txt`, optional `.html`).
        #[arg(long)]
        template: Option<String>,
        #[command(flatten)]
        audience: organiser::AudienceArgs,
        /// Queue it even though the same subject and body were queued before.
        #[arg(long)]
        again: bool,
        /// Show the recipient count and the first message; queue nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Check the configuration and try the database, IMAP login and SMTP; says which one fails
    /// (with OAuth2: the flow, the token's expiry and the fix at the provider).
    Check,
    /// OAuth2 with grant = "refresh_token": sign in once.
    Oauth {
        #[command(subcommand)]
        command: OauthCommand,
    },
    /// Understand stored mail again (after the rules improved) and apply what changed.
    /// Messages already answered are not answered again.
    Reprocess {
        /// Which stored messages: failed, processed, automated, or all.
        #[arg(long, value_enum, default_value_t = Which::All)]
        which: Which,
        /// Show what would change; change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Also write to people and organisers about what changed: replies, forwards and new
        /// review items. Without it, old mail is recorded again but nobody is written to.
        #[arg(long)]
        notify: bool,
    },
    /// Erase everything regbot holds about one person (registration, ideas, questions, stored
    /// mail from or about them, mail to them).
    Forget { email: String },
    /// Erase raw mail and mail bodies older than DAYS days (retention after the event).
    Purge {
        #[arg(long)]
        older_than_days: i64,
    },
    /// Participants: list, export (csv, xlsx, json, table), add, edit, cancel, confirm.
    Participants {
        #[command(subcommand)]
        command: organise::ParticipantsCommand,
    },
    /// Every change organisers made (CLI, mail replies, desk): who, what, before, after, when.
    Audit {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Ideas people sent.
    Ideas {
        #[command(subcommand)]
        command: organise::IdeasCommand,
    },
    /// Questions people asked; answer them in their own thread.
    Questions {
        #[command(subcommand)]
        command: organise::QuestionsCommand,
    },
    /// Messages regbot did not act on by itself: list them, record what each one is.
    Review {
        #[command(subcommand)]
        command: organise::ReviewCommand,
    },
    /// Mail that bounced, the addresses regbot no longer writes to, and releasing one.
    Bounces {
        #[command(subcommand)]
        command: bounces::BouncesCommand,
    },
    /// Serve the organisers' desk in the browser (sign in with a mailed link).
    Serve {
        /// Address and port to listen on (default `web.bind`, 127.0.0.1:8080); put a reverse
        /// proxy with TLS in front to reach it from elsewhere.
        #[arg(long)]
        bind: Option<String>,
    },
    /// Who may sign in to the desk.
    Organiser {
        #[command(subcommand)]
        command: OrganiserCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrganiserCommand {
    /// Allow an address to sign in.
    Add { email: String },
    /// Withdraw an address (its sessions end at once).
    Remove { email: String },
    /// The addresses allowed to sign in.
    List,
    /// Print a one-time login link (15 minutes, single use), e.g. for the first sign-in.
    LoginLink { email: String },
}

#[derive(Debug, Subcommand)]
pub enum OauthCommand {
    /// Sign in with a device code: prints a URL and a code to enter in any browser, waits, and
    /// stores the refresh token encrypted in the database.
    Login {
        /// Store this refresh token (obtained elsewhere) instead of signing in here.
        #[arg(long)]
        refresh_token_file: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Which {
    Failed,
    Processed,
    Automated,
    All,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

pub async fn dispatch(cli: Cli) -> ExitCode {
    // A file the user named (`--config`, `REGBOT_CONFIG`) must exist; only the default may be
    // absent (configuration from REGBOT_* variables alone).
    let explicit = cli.config.is_some();
    let config_path = cli
        .config
        .clone()
        .unwrap_or_else(|| PathBuf::from(DEFAULT_CONFIG));
    match cli.command {
        Command::Parse { files } => parse(&config_path, &files).await,
        Command::Features { files } => mail::features(&config_path, &files),
        command => {
            let config = match Config::load(&config_path, explicit) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("regbot: {}", describe(&e));
                    return ExitCode::from(EX_CONFIG);
                }
            };
            let result = match command {
                Command::Run { once } => run(config, once).await,
                Command::Migrate => migrate(&config).await,
                Command::Ingest { file } => return ingest(&config, &file).await,
                Command::Stats { format } => show_stats(&config, format).await,
                Command::Broadcast {
                    subject,
                    body_file,
                    template,
                    audience,
                    again,
                    dry_run,
                } => {
                    run_broadcast(
                        &config,
                        subject.as_deref(),
                        body_file,
                        template,
                        audience,
                        again,
                        dry_run,
                    )
                    .await
                }
                Command::Check => return check(&config).await,
                Command::Oauth {
                    command: OauthCommand::Login { refresh_token_file },
                } => oauth::login(&config, refresh_token_file.as_deref()).await,
                Command::Reprocess {
                    which,
                    dry_run,
                    notify,
                } => reprocess(config, which, dry_run, notify).await,
                Command::Forget { email } => forget(&config, &email).await,
                Command::Purge { older_than_days } => purge(&config, older_than_days).await,
                Command::Participants { command } => {
                    organise::participants_cmd(config, command).await
                }
                Command::Ideas { command } => organise::ideas_cmd(config, command).await,
                Command::Audit { format } => organise::audit_cmd(config, format).await,
                Command::Questions { command } => organise::questions_cmd(config, command).await,
                Command::Review { command } => organise::review_cmd(config, command).await,
                Command::Bounces { command } => bounces::bounces_cmd(config, command).await,
                Command::Serve { bind } => desk::serve(config, bind).await,
                Command::Organiser { command } => desk::organiser(&config, command).await,
                Command::Parse { .. } | Command::Features { .. } => {
                    unreachable!("handled above")
                }
            };
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("regbot: {}", describe(e.as_ref()));
                    if is_config_error(&e) {
                        ExitCode::from(EX_CONFIG)
                    } else {
                        ExitCode::FAILURE
                    }
                }
            }
        }
    }
}

/// A template or broadcast that cannot be rendered as written is the configuration's fault
/// (exit 78), like a bad config file.
fn is_config_error(e: &anyhow::Error) -> bool {
    e.downcast_ref::<crate::broadcast::BroadcastError>()
        .is_some_and(|b| b.is_config())
        || e.downcast_ref::<crate::templates::TemplateError>()
            .is_some()
}

/// An error and its causes on one line, each cause once: many messages already quote their
/// cause (`could not reach the database …: connection refused`), and printing the chain as well
/// would repeat it.
pub fn describe(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let text = c.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        cause = c.source();
    }
    out
}

pub(super) async fn connect(config: &Config) -> anyhow::Result<sqlx::PgPool> {
    let pool = store::connect(&config.database).await?;
    Ok(pool)
}

async fn migrate(config: &Config) -> anyhow::Result<()> {
    let pool = match store::connect(&config.database).await {
        // A first run: the server is there, the database not yet.
        Err(store::StoreError::MissingDatabase { database, .. }) => {
            store::create_database(&config.database).await?;
            println!("created database {database}");
            connect(config).await?
        }
        other => other?,
    };
    store::migrate(&pool).await?;
    println!("database is up to date");
    Ok(())
}
