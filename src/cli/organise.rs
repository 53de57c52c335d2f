//! `regbot participants|ideas|questions|review`: the organiser library (`crate::organise`)
//! printed as a table, JSON (one array) or CSV. No SQL and no rule lives here.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use super::{Format, connect};
use crate::config::Config;
use crate::organise::participants::{Fields, Filter, Participant};
use crate::organise::review::Resolution;
use crate::organise::{Actor, export, ideas, participants, questions, review};
use crate::process::Processor;

/// `participants export` also writes Excel (the same workbook the web desk serves).
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Table,
    Json,
    Csv,
    Xlsx,
}

#[derive(Debug, Subcommand)]
pub enum ParticipantsCommand {
    /// Everyone registered, in registration order.
    List {
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// The list as a file for the venue and badges (csv, xlsx, json or table).
    Export {
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
        /// Write here instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Register someone by hand; they get the acknowledgement unless --quiet.
    Add {
        email: String,
        #[command(flatten)]
        fields: FieldArgs,
        #[arg(long)]
        quiet: bool,
    },
    /// Correct a registration (only the values given change).
    Edit {
        email: String,
        #[command(flatten)]
        fields: FieldArgs,
    },
    /// Cancel a registration (the person is not written to).
    Cancel { email: String },
    /// Confirm a held or waitlisted place; they get the acknowledgement unless --quiet.
    Confirm {
        email: String,
        #[arg(long)]
        quiet: bool,
    },
}

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// confirmed, waitlisted, cancelled, …
    #[arg(long)]
    status: Option<String>,
    /// Two-letter country code.
    #[arg(long)]
    country: Option<String>,
    /// Language code of the person's mail (lv, de, …).
    #[arg(long)]
    language: Option<String>,
}

#[derive(Debug, Args)]
pub struct FieldArgs {
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    organisation: Option<String>,
    /// Two-letter country code.
    #[arg(long)]
    country: Option<String>,
    /// Language of the mail regbot writes to them.
    #[arg(long)]
    language: Option<String>,
    /// Free text for the organisers (dietary needs, "arrives late").
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum IdeasCommand {
    /// Every idea, oldest first.
    List {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Debug, Subcommand)]
pub enum QuestionsCommand {
    /// Questions people asked.
    List {
        /// Only those not answered yet.
        #[arg(long)]
        open: bool,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Answer a question: the text goes to the person in their own thread, and the question is
    /// marked answered.
    Answer {
        id: i64,
        #[arg(long)]
        body_file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Messages regbot did not act on by itself.
    List {
        /// Only those still waiting.
        #[arg(long)]
        open: bool,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Record what a message is and close its item.
    Resolve {
        id: i64,
        #[arg(long = "as", value_enum)]
        resolution: ResolveAs,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ResolveAs {
    Registration,
    /// The people the mail names with an address (on the sender's behalf).
    NamedPeople,
    Idea,
    Question,
    Ignore,
}

impl From<ResolveAs> for Resolution {
    fn from(r: ResolveAs) -> Resolution {
        match r {
            ResolveAs::Registration => Resolution::Registration,
            ResolveAs::NamedPeople => Resolution::NamedPeople,
            ResolveAs::Idea => Resolution::Idea,
            ResolveAs::Question => Resolution::Question,
            ResolveAs::Ignore => Resolution::Ignore,
        }
    }
}

impl FilterArgs {
    fn filter(&self) -> Filter {
        Filter {
            status: self.status.clone(),
            country: self.country.clone(),
            language: self.language.clone(),
            search: None,
        }
    }
}

impl FieldArgs {
    fn fields(&self) -> Fields {
        Fields {
            name: self.name.clone(),
            organisation: self.organisation.clone(),
            country: self.country.clone(),
            language: self.language.clone(),
            note: self.note.clone(),
        }
    }
}

pub(super) async fn participants_cmd(
    config: Config,
    command: ParticipantsCommand,
) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    let actor = Actor::cli();
    let event = config.event.id.clone();
    let changed = match command {
        ParticipantsCommand::List { filter, format } => {
            let rows = participants::list(&pool, &event, &filter.filter()).await?;
            return write_rows(&rows, &Participant::COLUMNS, format, None);
        }
        ParticipantsCommand::Export {
            filter,
            format,
            output,
        } => {
            let rows = participants::list(&pool, &event, &filter.filter()).await?;
            let format = match format {
                ExportFormat::Xlsx => {
                    let book = export::xlsx(&rows).context("could not build the Excel file")?;
                    return write_out(&book, output);
                }
                ExportFormat::Table => Format::Table,
                ExportFormat::Json => Format::Json,
                ExportFormat::Csv => Format::Csv,
            };
            return write_rows(&rows, &Participant::COLUMNS, format, output);
        }
        ParticipantsCommand::Add {
            email,
            fields,
            quiet,
        } => {
            let processor = Processor::new(config)?;
            participants::add(&pool, &processor, &actor, &email, &fields.fields(), quiet).await?
        }
        ParticipantsCommand::Edit { email, fields } => {
            participants::edit(&pool, &event, &actor, &email, &fields.fields()).await?
        }
        ParticipantsCommand::Cancel { email } => {
            let processor = Processor::new(config)?;
            participants::cancel(&pool, &processor, &actor, &email).await?
        }
        ParticipantsCommand::Confirm { email, quiet } => {
            let processor = Processor::new(config)?;
            participants::confirm(&pool, &processor, &actor, &email, quiet).await?
        }
    };
    println!("{}: {}", changed.email, changed.status);
    Ok(())
}

pub(super) async fn ideas_cmd(config: Config, command: IdeasCommand) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    let IdeasCommand::List { format } = command;
    let rows = ideas::list(&pool, &config.event.id).await?;
    write_rows(
        &rows,
        &["id", "email", "name", "text", "created_at"],
        format,
        None,
    )
}

/// `regbot audit`: every change organisers made, oldest first.
pub(super) async fn audit_cmd(config: Config, format: Format) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    let rows = crate::organise::audit_trail(&pool, &config.event.id).await?;
    let columns = ["id", "at", "actor", "action", "target", "before", "after"];
    write_rows(&rows, &columns, format, None)
}

pub(super) async fn questions_cmd(config: Config, command: QuestionsCommand) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    match command {
        QuestionsCommand::List { open, format } => {
            let rows = questions::list(&pool, &config.event.id, open).await?;
            let columns = ["id", "email", "name", "text", "status", "created_at"];
            write_rows(&rows, &columns, format, None)
        }
        QuestionsCommand::Answer { id, body_file } => {
            let body = std::fs::read_to_string(&body_file)
                .with_context(|| format!("could not read the answer {}", body_file.display()))?;
            anyhow::ensure!(
                !body.trim().is_empty(),
                "the answer in {} is empty",
                body_file.display()
            );
            let processor = Processor::new(config)?;
            let q = questions::answer(&pool, &processor, &Actor::cli(), id, &body).await?;
            println!(
                "question {} answered; the answer to {} is queued",
                q.id, q.email
            );
            Ok(())
        }
    }
}

pub(super) async fn review_cmd(config: Config, command: ReviewCommand) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    match command {
        ReviewCommand::List { open, format } => {
            let rows = review::list(&pool, &config.event.id, open).await?;
            let columns = [
                "id",
                "inbound_id",
                "from",
                "subject",
                "reason",
                "status",
                "created_at",
            ];
            write_rows(&rows, &columns, format, None)
        }
        ReviewCommand::Resolve { id, resolution } => {
            let processor = Processor::new(config)?;
            let item =
                review::resolve(&pool, &processor, &Actor::cli(), id, resolution.into()).await?;
            println!(
                "review item {} resolved as {}",
                item.id,
                Resolution::from(resolution).as_str()
            );
            Ok(())
        }
    }
}

/// Prints (or writes to `output`) rows as JSON (one array), CSV with a header, or a table. A
/// missing value is an empty cell, never "None" or "null".
pub(super) fn write_rows<T: Serialize>(
    rows: &[T],
    columns: &[&str],
    format: Format,
    output: Option<PathBuf>,
) -> anyhow::Result<()> {
    let values: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| serde_json::to_value(r).unwrap_or_default())
        .collect();
    let cell = |v: &serde_json::Value, c: &str| match v.get(c) {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    let text = match format {
        Format::Json => format!("{}\n", serde_json::to_string_pretty(&values)?),
        Format::Csv => {
            let mut out = columns.join(",") + "\n";
            for v in &values {
                let line: Vec<String> = columns
                    .iter()
                    .map(|c| export::csv_field(&cell(v, c)))
                    .collect();
                out.push_str(&line.join(","));
                out.push('\n');
            }
            out
        }
        Format::Table => {
            use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
            let mut t = Table::new();
            t.load_style(UTF8_FULL_CONDENSED);
            t.set_header(columns.to_vec());
            for v in &values {
                t.add_row(columns.iter().map(|c| cell(v, c)).collect::<Vec<_>>());
            }
            format!("{t}\n{} rows\n", values.len())
        }
    };
    write_out(text.as_bytes(), output)
}

/// Writes `bytes` to `output`, or to standard output.
fn write_out(bytes: &[u8], output: Option<PathBuf>) -> anyhow::Result<()> {
    match output {
        Some(path) => std::fs::write(&path, bytes)
            .with_context(|| format!("could not write {}", path.display()))?,
        None => {
            // A closed pipe (`| head`) ends the output quietly.
            let _ = std::io::stdout().write_all(bytes);
        }
    }
    Ok(())
}
