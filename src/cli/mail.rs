//! The commands that move mail: the daemon (`run`), the MTA pipe (`ingest`), `parse`, and
//! `check`, which tries every connection the daemon needs.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use super::{EX_TEMPFAIL, connect};
use crate::config::Config;
use crate::understand::{self, UnderstandConfig, Understanding};
use crate::{daemon, intake, store};

pub(super) async fn run(mut config: Config, once: bool) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    store::migrate(&pool).await?;
    crate::oauth2::setup::attach(&mut config, Some(&pool))?;
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

pub(super) async fn wait_for_signal() {
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

pub(super) async fn ingest(config: &Config, file: &str) -> ExitCode {
    let message = match intake::read_message(file, &config.intake).await {
        Ok(m) => m,
        Err(e) => {
            eprintln!("regbot: {}", super::describe(&e));
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
            eprintln!("regbot: {}", super::describe(&e));
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

pub(super) async fn parse(config_path: &std::path::Path, files: &[String]) -> ExitCode {
    let own = parse_config(config_path);
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
    exit_code(failed)
}

pub(super) async fn check(config: &Config) -> ExitCode {
    let mut config = config.clone();
    let config = &mut config;
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
            println!("templates     FAILED: {}", super::describe(&e));
        }
    }
    let pool = store::connect(&config.database).await;
    match &pool {
        Ok(pool) => match store::server_version(pool).await {
            Ok(v) => println!("database      ok ({})", v.split(',').next().unwrap_or(&v)),
            Err(e) => {
                ok = false;
                println!("database      FAILED: {}", super::describe(&e));
            }
        },
        Err(e) => {
            ok = false;
            println!("database      FAILED: {}", super::describe(e));
        }
    }
    ok &= super::oauth::check_lines(config, pool.as_ref().ok()).await;
    let config = &*config;
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
                println!("imap          FAILED: {}", super::describe(&e));
            }
        }
    } else {
        println!("imap          skipped (imap.enabled = false)");
    }
    if config.smtp.server.auth == crate::oauth2::AuthMethod::Oauth2 {
        ok &= super::oauth::check_smtp(config).await;
    } else {
        // The sender's own connection code (TLS, login), so `check` fails exactly when
        // sending would.
        let server = format!("{}:{}", config.smtp.server.host, config.smtp.server.port);
        match crate::outbox::smtp::SmtpPool::new(&config.smtp) {
            Ok(pool) => {
                match tokio::time::timeout(config.smtp_timeout() * 2, pool.check_login()).await {
                    Ok(Ok(())) => println!("smtp          ok ({server})"),
                    Ok(Err(e)) => {
                        ok = false;
                        println!("smtp          FAILED: {server}: {e}");
                    }
                    Err(_) => {
                        ok = false;
                        println!(
                            "smtp          FAILED: no answer from {server} within {:?}",
                            config.smtp_timeout() * 2
                        );
                    }
                }
            }
            Err(e) => {
                ok = false;
                println!("smtp          FAILED: {}", super::describe(&e));
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The configuration `parse` and `features` read: regbot's own addresses and the event's
/// places. They work without it; one that is there but cannot be read would change the
/// answers unseen (a reply to regbot's acknowledgement read as a new registration): say so.
/// Failure when any file could not be read, for `parse` and `features` alike.
fn exit_code(failed: bool) -> ExitCode {
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn parse_config(config_path: &std::path::Path) -> UnderstandConfig {
    match Config::load(config_path, false) {
        Ok(config) => config.understand_config(),
        Err(e) => {
            if config_path.exists() {
                eprintln!(
                    "regbot: warning: {e}; parsing without it (regbot's own addresses and the \
                     event's places are unknown)"
                );
            }
            UnderstandConfig::default()
        }
    }
}

/// `regbot features`: the learned model's features of each file, with what the rules found
/// (see `understand::learned`), and whether its gate may consult the model at all
/// (`may_add`: a language regbot tells, a forward's note long enough) and, where the rules
/// found nothing, whether it names the event (`names_event`). Unreadable files are skipped
/// with a message.
pub(super) fn features(config_path: &std::path::Path, files: &[String]) -> ExitCode {
    use std::io::Write;
    let own = parse_config(config_path);
    let mut out = std::io::stdout().lock();
    let mut failed = false;
    for file in files {
        let Ok(raw) = std::fs::read(file) else {
            eprintln!("regbot: could not read {file}");
            failed = true;
            continue;
        };
        let mut reading = None;
        let u = understand::by_rules(&raw, &own, &mut reading);
        let features = reading
            .as_ref()
            .map(|r| understand::learned::features::extract(r, &u.intents))
            .unwrap_or_default();
        let may_add = reading
            .as_ref()
            .is_some_and(|r| understand::learned::enough_to_go_on(&u, r));
        // Worked out only where the gate could act (the rules found nothing).
        let names_event = reading.as_ref().filter(|_| u.intents.is_empty()).map(|r| {
            understand::learned::event_words::names_the_event(&r.subject, &r.words, &own.places)
        });
        let line = serde_json::json!({
            "file": file,
            "features": features,
            "intents": u.intents,
            "automated": u.automated,
            "may_add": may_add,
            "names_event": names_event,
        });
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
    exit_code(failed)
}
