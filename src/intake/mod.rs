//! Intake: getting mail into `inbound_messages`, from an IMAP mailbox or from an MTA pipe.
//!
//! The mailbox is a queue and the database is the truth: a batch of messages is fetched
//! (`UID FETCH … BODY.PEEK[]`, so nothing is marked read), stored in one round trip, committed,
//! and only then moved to the processed folder. A crash between the two re-reads the batch, and
//! the unique dedup key (Message-ID, or a hash of the bytes) makes that re-read a no-op.
//!
//! `source` holds that step over a small mailbox trait, `imap` the IMAP side of it, `batch` how
//! a listing is cut into fetches, `pipe` the one-message path of `regbot ingest`.

mod batch;
mod imap;
mod pipe;
mod source;

use std::time::Duration;

use crate::store::StoreError;
use crate::tls::TlsError;

pub use batch::Batch;
pub use imap::{ImapSession, Io, Mailbox, connect};
pub use pipe::{dedup_key, header_message_id, new_inbound, read_message};
pub use source::{DrainLimits, Fetched, MailSource, drain};

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("could not connect to the IMAP server {server}: {source}")]
    Connect {
        server: String,
        source: std::io::Error,
    },
    #[error("TLS with the IMAP server {server} failed: {message}")]
    Tls { server: String, message: String },
    #[error(transparent)]
    TlsSetup(#[from] TlsError),
    #[error(
        "the IMAP server refused the login for {user}: {message} (check imap.username and imap.password)"
    )]
    Login { user: String, message: String },
    #[error(
        "the IMAP server does not offer STARTTLS (use imap.security = \"tls\" on port 993, or \"none\" on a trusted network)"
    )]
    NoStarttls,
    #[error("IMAP command {command} failed: {message}")]
    Command {
        command: &'static str,
        message: String,
    },
    #[error("the IMAP server did not answer {command} within {timeout:?}")]
    Timeout {
        command: &'static str,
        timeout: Duration,
    },
    #[error("the IMAP connection was closed by the server")]
    Closed,
    #[error(transparent)]
    Store(#[from] StoreError),
    /// No token, or the server refused it twice: the message says what to fix where.
    #[error(transparent)]
    OAuth2(#[from] crate::oauth2::OAuth2Error),
    #[error("could not read {path}: {source}")]
    File {
        path: String,
        source: std::io::Error,
    },
}
