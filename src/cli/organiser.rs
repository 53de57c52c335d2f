//! The organisers' commands over the recorded data: counts, broadcasts, re-understanding
//! stored mail, and erasing personal data.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use super::{Format, Which, connect};
use crate::config::Config;
use crate::organise::broadcasts::{self, Segment};
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

/// Who a broadcast goes to (`regbot broadcast` filters).
#[derive(Debug, Clone, clap::Args)]
pub struct AudienceArgs {
    /// Also send to waitlisted registrants.
    #[arg(long)]
    include_waitlisted: bool,
    /// Only registrants with this status (confirmed, waitlisted, cancelled,
    /// pending_confirmation) instead of the confirmed ones.
    #[arg(long)]
    status: Option<String>,
    /// Only registrants from this country (two letters, like LV).
    #[arg(long)]
    country: Option<String>,
    /// Only registrants writing in this language (two letters, like lv).
    #[arg(long)]
    language: Option<String>,
    /// Only those who registered after this date (2027-04-01, or 2027-04-01T12:00:00Z).
    #[arg(long)]
    registered_after: Option<String>,
    /// Only those who did not receive broadcast ID (its number from the queueing message).
    #[arg(long, value_name = "BROADCAST_ID")]
    not_received: Option<i64>,
    /// Also send it, once and in order, to everyone confirmed later (a late registration, a
    /// move up from the waiting list), with the same --country and --language.
    #[arg(long)]
    catch_up: bool,
}

impl AudienceArgs {
    /// The same segment the desk's compose form builds.
    fn segment(self) -> Segment {
        Segment {
            status: self.status,
            include_waitlisted: self.include_waitlisted,
            country: self.country,
            language: self.language,
            registered_after: self.registered_after,
            not_received: self.not_received.map(|n| n.to_string()),
            catch_up: self.catch_up,
        }
    }
}

pub(super) async fn run_broadcast(
    config: &Config,
    subject: Option<&str>,
    body_file: Option<PathBuf>,
    template: Option<String>,
    audience: AudienceArgs,
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
    let audience = broadcasts::audience(&pool, &config.event.id, &audience.segment())
        .await
        .map_err(|e| match e {
            e if e.is_input() => anyhow::anyhow!("the broadcast's filters: {e}"),
            e => anyhow::Error::new(e).context("could not check the broadcast's filters"),
        })?;
    let plan =
        broadcast::broadcast(&pool, config, subject, &body, &audience, again, dry_run).await?;
    let mut out = String::new();
    if dry_run {
        out.push_str(&format!(
            "{} recipients; nothing queued (dry run)\n",
            plan.recipients
        ));
        for l in &plan.languages {
            out.push_str(&format!("  {}: {}", l.language, l.recipients));
            let written_in = &l.sample.1.language;
            if *written_in != l.language {
                out.push_str(&format!(
                    " (no {} template: written in {written_in})",
                    l.language
                ));
            }
            out.push('\n');
        }
        if let Some((to, m)) = plan.sample {
            out.push_str(&format!(
                "\n--- first message, to {to} ---\nSubject: {}\n\n{}\n",
                m.subject, m.text
            ));
        }
    } else if plan.recipients == 0 && audience.catch_up {
        out.push_str(&format!(
            "recorded catch-up broadcast #{}: nobody to send it to yet; everyone confirmed from now on gets it\n",
            plan.broadcast_id.unwrap_or_default()
        ));
    } else if plan.recipients == 0 {
        out.push_str("no confirmed registrants: nothing queued\n");
    } else {
        out.push_str(&format!(
            "queued broadcast #{} to {} recipients; the daemon sends it (`regbot stats` shows progress)\n",
            plan.broadcast_id.unwrap_or_default(),
            plan.queued
        ));
        if audience.catch_up {
            out.push_str("  and, as --catch-up, to everyone confirmed from now on\n");
        }
    }
    // A closed pipe (`| head -1`) ends the output quietly instead of panicking.
    let _ = std::io::stdout().write_all(out.as_bytes());
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
