//! The command line: what each `regbot` command does, and the exit codes scripts rely on.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::understand::{self, UnderstandConfig, Understanding};
use crate::{broadcast, daemon, intake, stats, store};

/// sysexits.h: the MTA keeps the message and tries again later.
pub const EX_TEMPFAIL: u8 = 75;
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
    #[arg(
        long,
        global = true,
        env = "REGBOT_CONFIG",
        default_value = "config/regbot.toml"
    )]
    pub config: PathBuf,
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
    /// Registration, mail and country counts.
    Stats {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Queue one personalised update to every confirmed registrant.
    Broadcast {
        /// Subject line (a template: `{{ participant.name }}` works).
        #[arg(long)]
        subject: String,
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
        /// Also send to waitlisted registrants.
        #[arg(long)]
        include_waitlisted: bool,
        /// Queue it even though the same subject and body were queued before.
        #[arg(long)]
        again: bool,
        /// Show the recipient count and the first message; queue nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Check the configuration and try the database, IMAP login and SMTP; says which one fails.
    Check,
    /// Understand stored mail again (after the rules improved) and apply what changed.
    /// Messages already answered are not answered again.
    Reprocess {
        /// Which stored messages: failed, processed, automated, or all.
        #[arg(long, value_enum, default_value_t = Which::All)]
        which: Which,
        /// Show what would change; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Erase everything regbot holds about one person (registration, ideas, questions, stored
    /// mail from or about them, mail to them).
    Forget { email: String },
    /// Erase raw mail and mail bodies older than DAYS days (retention after the event).
    Purge {
        #[arg(long)]
        older_than_days: i64,
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
    let explicit = cli.config != std::path::Path::new("config/regbot.toml");
    match cli.command {
        Command::Parse { files } => parse(&cli.config, &files).await,
        command => {
            let config = match Config::load(&cli.config, explicit) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("regbot: {e}");
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
                    include_waitlisted,
                    again,
                    dry_run,
                } => {
                    run_broadcast(
                        &config,
                        &subject,
                        body_file,
                        template,
                        include_waitlisted,
                        again,
                        dry_run,
                    )
                    .await
                }
                Command::Check => return check(&config).await,
                Command::Reprocess { which, dry_run } => reprocess(config, which, dry_run).await,
                Command::Forget { email } => forget(&config, &email).await,
                Command::Purge { older_than_days } => purge(&config, older_than_days).await,
                Command::Parse { .. } => unreachable!("handled above"),
            };
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("regbot: {e:#}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

async fn connect(config: &Config) -> anyhow::Result<sqlx::PgPool> {
    let pool = store::connect(&config.database).await?;
    Ok(pool)
}

async fn migrate(config: &Config) -> anyhow::Result<()> {
    let pool = connect(config).await?;
    store::migrate(&pool).await?;
    println!("database is up to date");
    Ok(())
}

async fn run(config: Config, once: bool) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    store::migrate(&pool).await?;
    if once {
        let r = daemon::run_once(config, pool).await?;
        println!(
            "stored {} new, processed {} ({} failed), sent {} ({} deferred, {} failed, {} suppressed)",
            r.stored, r.processed, r.failed, r.sent, r.deferred, r.send_failed, r.suppressed
        );
        return Ok(());
    }
    let shutdown = CancellationToken::new();
    let signals = shutdown.clone();
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("shutting down: finishing the work in hand");
        signals.cancel();
    });
    let daemon = tokio::spawn(daemon::run(config, pool.clone(), shutdown.clone()));
    tokio::pin!(daemon);
    tokio::select! {
        r = &mut daemon => return r.context("the daemon stopped unexpectedly")?,
        _ = shutdown.cancelled() => {}
    }
    // Steps in hand get a few seconds to finish; anything still open is rolled back by
    // PostgreSQL and done again at the next start.
    match tokio::time::timeout(Duration::from_secs(8), &mut daemon).await {
        Ok(r) => r.context("the daemon stopped unexpectedly")??,
        Err(_) => {
            tracing::warn!("some work did not finish in time; it will be redone at the next start")
        }
    }
    pool.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn wait_for_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        }
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

async fn ingest(config: &Config, file: &str) -> ExitCode {
    let message = match intake::read_message(file, &config.intake).await {
        Ok(m) => m,
        Err(e) => {
            eprintln!("regbot: {e}");
            // A pipe that broke mid-message: let the MTA try again.
            return ExitCode::from(if file == "-" { EX_TEMPFAIL } else { 1 });
        }
    };
    let stored = async {
        let pool = store::connect(&config.database).await?;
        let n = store::insert_inbound_batch(&pool, std::slice::from_ref(&message)).await?;
        Ok::<_, store::StoreError>(n)
    }
    .await;
    match stored {
        Ok(n) => {
            let what = if n == 1 {
                "stored"
            } else {
                "already stored (duplicate)"
            };
            eprintln!(
                "regbot: {} {what}",
                message.message_id.as_deref().unwrap_or(&message.dedup_key)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("regbot: {e}");
            // Not ours to lose: the MTA keeps the message and retries.
            ExitCode::from(EX_TEMPFAIL)
        }
    }
}

#[derive(Serialize)]
struct ParseLine<'a> {
    file: &'a str,
    #[serde(flatten)]
    understanding: &'a Understanding,
}

#[derive(Serialize)]
struct ParseError<'a> {
    file: &'a str,
    error: String,
}

async fn parse(config_path: &std::path::Path, files: &[String]) -> ExitCode {
    // The configuration only tells regbot's own addresses apart; parse works without it.
    let own = Config::load(config_path, false)
        .map(|c| c.understand_config())
        .unwrap_or_else(|_| UnderstandConfig::default());
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    for file in files {
        let raw = if file == "-" {
            use std::io::Read;
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map(|_| buf)
        } else {
            std::fs::read(file)
        };
        let line = match raw {
            Ok(raw) => {
                let u = understand::understand(&raw, &own);
                serde_json::to_string(&ParseLine {
                    file,
                    understanding: &u,
                })
            }
            Err(e) => {
                failed = true;
                serde_json::to_string(&ParseError {
                    file,
                    error: format!("could not read the file: {e}"),
                })
            }
        };
        use std::io::Write;
        let Ok(line) = line else { continue };
        if writeln!(out, "{line}").is_err() {
            // stdout closed (e.g. `| head`): stop quietly.
            break;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

async fn show_stats(config: &Config, format: Format) -> anyhow::Result<()> {
    let pool = connect(config).await?;
    let s = stats::collect(&pool, &config.event.id).await?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&s)?),
        Format::Csv => print!("{}", s.csv()),
        Format::Table => println!("{}", s.table()),
    }
    Ok(())
}

async fn run_broadcast(
    config: &Config,
    subject: &str,
    body_file: Option<PathBuf>,
    template: Option<String>,
    include_waitlisted: bool,
    again: bool,
    dry_run: bool,
) -> anyhow::Result<()> {
    let body = match (body_file, template) {
        (Some(path), _) => broadcast::Body::Source(
            std::fs::read_to_string(&path)
                .with_context(|| format!("could not read the body file {}", path.display()))?,
        ),
        (None, Some(name)) => broadcast::Body::Named(name),
        (None, None) => anyhow::bail!("give --body-file FILE or --template NAME"),
    };
    let pool = connect(config).await?;
    let plan = broadcast::broadcast(
        &pool,
        config,
        subject,
        &body,
        include_waitlisted,
        again,
        dry_run,
    )
    .await?;
    if dry_run {
        println!("{} recipients; nothing queued (dry run)", plan.recipients);
        if let Some((to, m)) = plan.sample {
            println!(
                "\n--- first message, to {to} ---\nSubject: {}\n\n{}",
                m.subject, m.text
            );
        }
    } else if plan.recipients == 0 {
        println!("no confirmed registrants: nothing queued");
    } else {
        println!(
            "queued broadcast #{} to {} recipients; the daemon sends it (`regbot stats` shows progress)",
            plan.broadcast_id.unwrap_or_default(),
            plan.queued
        );
    }
    Ok(())
}

async fn check(config: &Config) -> ExitCode {
    let mut ok = true;
    println!("config        ok (event {:?})", config.event.id);
    match crate::templates::Templates::load(&config.replies.templates_dir) {
        Ok(t) => println!(
            "templates     ok ({} languages: {})",
            t.languages().len(),
            t.languages().iter().cloned().collect::<Vec<_>>().join(", ")
        ),
        Err(e) => {
            ok = false;
            println!("templates     FAILED: {e}");
        }
    }
    match store::connect(&config.database).await {
        Ok(pool) => match store::server_version(&pool).await {
            Ok(v) => println!("database      ok ({})", v.split(',').next().unwrap_or(&v)),
            Err(e) => {
                ok = false;
                println!("database      FAILED: {e}");
            }
        },
        Err(e) => {
            ok = false;
            println!("database      FAILED: {e}");
        }
    }
    if config.imap.enabled {
        match intake::Mailbox::open(config).await {
            Ok(mb) => {
                println!(
                    "imap          ok ({}:{} as {}, IDLE {})",
                    config.imap.server.host,
                    config.imap.server.port,
                    config.imap.server.username,
                    if mb.supports_idle {
                        "yes"
                    } else {
                        "no: polling"
                    }
                );
                mb.logout().await;
            }
            Err(e) => {
                ok = false;
                println!("imap          FAILED: {e}");
            }
        }
    } else {
        println!("imap          skipped (imap.enabled = false)");
    }
    match crate::outbox::transport(&config.smtp) {
        Ok(t) => match tokio::time::timeout(config.smtp_timeout(), t.test_connection()).await {
            Ok(Ok(true)) => println!(
                "smtp          ok ({}:{})",
                config.smtp.server.host, config.smtp.server.port
            ),
            Ok(Ok(false)) => {
                ok = false;
                println!(
                    "smtp          FAILED: the server at {}:{} did not answer EHLO",
                    config.smtp.server.host, config.smtp.server.port
                );
            }
            Ok(Err(e)) => {
                ok = false;
                println!(
                    "smtp          FAILED: {}:{}: {e}",
                    config.smtp.server.host, config.smtp.server.port
                );
            }
            Err(_) => {
                ok = false;
                println!(
                    "smtp          FAILED: no answer from {}:{} within {:?}",
                    config.smtp.server.host,
                    config.smtp.server.port,
                    config.smtp_timeout()
                );
            }
        },
        Err(e) => {
            ok = false;
            println!("smtp          FAILED: {e}");
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

async fn reprocess(config: Config, which: Which, dry_run: bool) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    use crate::status::InboundStatus::{Automated, Failed, Processed};
    let statuses: &[_] = match which {
        Which::Failed => &[Failed],
        Which::Processed => &[Processed],
        Which::Automated => &[Automated],
        Which::All => &[Failed, Processed, Automated],
    };
    let processor = crate::process::Processor::new(config)?;
    let changes = processor.reprocess(&pool, statuses, dry_run).await?;
    for c in &changes.changed {
        println!("#{:<8} {:<28} -> {}", c.id, c.before, c.after);
    }
    if dry_run {
        println!(
            "{} of {} messages would change (dry run: nothing changed)",
            changes.changed.len(),
            changes.examined
        );
    } else {
        println!(
            "re-understood {} messages, {} changed; {} new replies queued",
            changes.examined,
            changes.changed.len(),
            changes.new_replies
        );
    }
    Ok(())
}

async fn forget(config: &Config, email: &str) -> anyhow::Result<()> {
    let pool = connect(config).await?;
    let f = crate::privacy::forget(&pool, email).await?;
    println!(
        "forgot {email}: {} registrations, {} ideas, {} questions, {} stored messages, {} outgoing mails, {} other messages naming them erased",
        f.registrations, f.ideas, f.questions, f.messages, f.outgoing, f.mentions
    );
    Ok(())
}

async fn purge(config: &Config, days: i64) -> anyhow::Result<()> {
    anyhow::ensure!(days >= 0, "--older-than-days must be 0 or more");
    let pool = connect(config).await?;
    let (inbound, outbox) = crate::privacy::purge(&pool, days).await?;
    println!(
        "erased the content of {inbound} stored messages and {outbox} sent mails older than {days} days"
    );
    Ok(())
}
