//! `regbot bounces`: mail that came back, the addresses regbot holds mail back from, and
//! writing to such an address again.

use clap::Subcommand;

use super::organise::write_rows;
use super::{Format, connect};
use crate::config::Config;
use crate::organise::{Actor, bounces};

#[derive(Debug, Subcommand)]
pub enum BouncesCommand {
    /// Every bounce and complaint regbot received, newest first: the address, its kind (bounce,
    /// or complaint = a feedback report: marked as spam or unsubscribed), what regbot made of it
    /// (suppressed, soft = a passing failure, unmatched = no mail of regbot's, organiser = never
    /// held back) and the status code.
    List {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// The addresses regbot no longer sends to, after a lasting failure of its own mail or a
    /// complaint about it.
    Suppressed {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Send to an address again (once the person's mailbox works). Recorded in the audit table.
    Release { email: String },
}

pub(super) async fn bounces_cmd(config: Config, command: BouncesCommand) -> anyhow::Result<()> {
    let pool = connect(&config).await?;
    match command {
        BouncesCommand::List { format } => {
            let rows = bounces::list(&pool).await?;
            let columns = [
                "email",
                "kind",
                "verdict",
                "status",
                "returned",
                "created_at",
            ];
            write_rows(&rows, &columns, format, None)
        }
        BouncesCommand::Suppressed { format } => {
            let rows = bounces::suppressed(&pool).await?;
            write_rows(&rows, &["email", "reason", "created_at"], format, None)
        }
        BouncesCommand::Release { email } => {
            let released = bounces::release(&pool, &config.event.id, &Actor::cli(), &email).await?;
            println!(
                "{}: mail goes to this address again (held back since {} for a {})",
                released.email,
                released.created_at.format("%Y-%m-%d %H:%M"),
                released.reason
            );
            Ok(())
        }
    }
}
