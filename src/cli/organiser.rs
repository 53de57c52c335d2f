//! The organisers' commands over the recorded data: counts, broadcasts, re-understanding
//! stored mail, and erasing personal data.

use std::path::PathBuf;

use anyhow::Context;

use super::{Format, Which, connect};
use crate::config::Config;
use crate::{broadcast, stats};

pub(super) async fn show_stats(config: &Config, format: Format) -> anyhow::Result<()> {
    let pool = connect(config).await?;
    let s = stats::collect(&pool, &config.event.id).await?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&s)?),
        Format::Csv => print!("{}", s.csv()),
        Format::Table => println!("{}", s.table()),
    }
    Ok(())
}

pub(super) async fn run_broadcast(
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
        for l in &plan.languages {
            println!("  {}: {}", l.language, l.recipients);
        }
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

pub(super) async fn reprocess(
    config: Config,
    which: Which,
    dry_run: bool,
    notify: bool,
) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    use crate::status::InboundStatus::{Automated, Failed, Processed};
    let statuses: &[_] = match which {
        Which::Failed => &[Failed],
        Which::Processed => &[Processed],
        Which::Automated => &[Automated],
        Which::All => &[Failed, Processed, Automated],
    };
    let mut processor = crate::process::Processor::new(config)?;
    processor.notify = notify;
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

pub(super) async fn forget(config: &Config, email: &str) -> anyhow::Result<()> {
    let pool = connect(config).await?;
    let f = crate::privacy::forget(&pool, email).await?;
    println!(
        "forgot {email}: {} registrations, {} ideas, {} questions, {} stored messages, {} outgoing mails, {} other messages naming them erased",
        f.registrations, f.ideas, f.questions, f.messages, f.outgoing, f.mentions
    );
    Ok(())
}

pub(super) async fn purge(config: &Config, days: i64) -> anyhow::Result<()> {
    anyhow::ensure!(days >= 0, "--older-than-days must be 0 or more");
    let pool = connect(config).await?;
    let (inbound, outbox) = crate::privacy::purge(&pool, days).await?;
    println!(
        "erased the content of {inbound} stored messages and {outbox} sent mails older than {days} days"
    );
    Ok(())
}
