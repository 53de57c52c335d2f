//! Organiser operations: everything an organiser does with the recorded data — list, export,
//! add, correct, cancel and confirm participants; list ideas; list and answer questions; list
//! and resolve review items; see bounces and lift a suppression.
//!
//! Each is an async function over the pool returning typed results, so the CLI and the web
//! desk are two thin faces over the same rules (STYLE.md "Organiser operations"). SQL stays in
//! `store`; every change writes the `audit` table (who, what, before, after, when) in the same
//! transaction as the change itself.

pub mod bounces;
pub mod broadcasts;
pub mod export;
pub mod ideas;
pub mod participants;
pub mod questions;
pub mod review;

use sqlx::PgPool;

use crate::domain::{EmailAddress, header_safe};
use crate::process::Processor;
use crate::status::{OutboxKind, OutboxStatus};
use crate::store::{self, AuditEntry, NewOutbound, StoreError, Tx};
use crate::templates::{Rendered, TemplateError};

#[derive(Debug, thiserror::Error)]
pub enum OrganiseError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error("{0:?} is not a mail address; give it like jane@example.org")]
    BadAddress(String),
    #[error("{0} has no registration for this event (`regbot participants list` shows who has)")]
    NotRegistered(String),
    #[error("{0} is already registered; change the record with `regbot participants edit`")]
    AlreadyRegistered(String),
    #[error("there is no {what} {id} (`regbot {what} list` shows them)")]
    NotFound { what: &'static str, id: i64 },
    #[error("review item {0} is already resolved")]
    AlreadyResolved(i64),
    #[error("{0:?} is not a country code; give the two letters, like LV or DE")]
    BadCountry(String),
    #[error(
        "regbot does not hold back mail to {0} (`regbot bounces suppressed` lists those it does)"
    )]
    NotSuppressed(String),
    #[error(
        "review item {0} names nobody with an address besides the sender; add them with `regbot participants add`"
    )]
    NobodyNamed(i64),
}

impl From<crate::process::ProcessError> for OrganiseError {
    fn from(e: crate::process::ProcessError) -> Self {
        use crate::process::ProcessError;
        match e {
            ProcessError::Store(e) => OrganiseError::Store(e),
            ProcessError::Template(e) => OrganiseError::Template(e),
            ProcessError::Message { source, .. } => OrganiseError::from(*source),
        }
    }
}

impl From<sqlx::Error> for OrganiseError {
    fn from(e: sqlx::Error) -> Self {
        OrganiseError::Store(StoreError::Sql(e))
    }
}

/// Who makes a change, as the audit table records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor(String);

impl Actor {
    /// The person at the terminal (their login name).
    pub fn cli() -> Actor {
        let user = std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_else(|_| "unknown".into());
        Actor(format!("cli:{user}"))
    }
    /// An organiser answering from their mail client.
    pub fn mail(address: &str) -> Actor {
        Actor(format!("mail:{}", address.to_lowercase()))
    }
    /// An organiser signed in to the web desk.
    pub fn web(address: &str) -> Actor {
        Actor(format!("web:{}", address.to_lowercase()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub(crate) fn parse_address(raw: &str) -> Result<EmailAddress, OrganiseError> {
    EmailAddress::parse(raw).ok_or_else(|| OrganiseError::BadAddress(raw.to_string()))
}

pub(crate) fn check_country(code: Option<&str>) -> Result<(), OrganiseError> {
    match code {
        Some(c) if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) => {
            Err(OrganiseError::BadCountry(c.to_string()))
        }
        _ => Ok(()),
    }
}

pub(crate) async fn audit(
    tx: &mut Tx<'_>,
    event_id: &str,
    actor: &Actor,
    action: &str,
    target: &str,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<(), OrganiseError> {
    store::insert_audit(
        tx,
        &AuditEntry {
            event_id,
            actor: actor.as_str(),
            action,
            target,
            before,
            after,
        },
    )
    .await?;
    Ok(())
}

/// One mail to a participant, queued in the transaction of the change that causes it.
/// `thread` is the Message-ID of the participant's mail it answers, as stored.
pub(crate) async fn queue_to_participant(
    tx: &mut Tx<'_>,
    processor: &Processor,
    key: String,
    recipient: &str,
    name: Option<&str>,
    mail: Rendered,
    thread: Option<&str>,
) -> Result<(), OrganiseError> {
    let suppressed = {
        store::lock_address(tx, recipient).await?;
        store::is_suppressed(tx, recipient).await?
    };
    let in_reply_to = thread
        .map(|m| header_safe(m, 400))
        .filter(|m| !m.is_empty() && !m.contains(' '))
        .map(|m| format!("<{}>", m.trim_start_matches('<').trim_end_matches('>')));
    let row = NewOutbound {
        idempotency_key: key,
        kind: OutboxKind::Reply,
        inbound_id: None,
        broadcast_id: None,
        template: None,
        recipient: recipient.to_string(),
        recipient_name: name.map(|n| header_safe(n, 100)),
        reply_to: None,
        subject: mail.subject,
        body_text: mail.text,
        body_html: mail.html,
        message_id: processor.new_message_id(),
        references: in_reply_to.iter().cloned().collect(),
        in_reply_to,
        status: if suppressed {
            OutboxStatus::Suppressed
        } else {
            OutboxStatus::Pending
        },
        last_error: suppressed.then(|| "address is suppressed (bounced)".to_string()),
    };
    store::enqueue(tx, &row).await?;
    Ok(())
}

/// One change in the audit trail, as `regbot audit` prints it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AuditLine {
    pub id: i64,
    pub at: chrono::DateTime<chrono::Utc>,
    /// `cli:<user>`, `mail:<address>` or `web:<address>`.
    pub actor: String,
    pub action: String,
    pub target: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl From<store::AuditRow> for AuditLine {
    fn from(r: store::AuditRow) -> AuditLine {
        AuditLine {
            id: r.id,
            at: r.at,
            actor: r.actor,
            action: r.action,
            target: r.target,
            before: r.before,
            after: r.after,
        }
    }
}

/// The audit trail as lines to print, oldest first.
pub async fn audit_trail(pool: &PgPool, event_id: &str) -> Result<Vec<AuditLine>, OrganiseError> {
    Ok(audit_log(pool, event_id)
        .await?
        .into_iter()
        .map(AuditLine::from)
        .collect())
}

/// The audit trail, oldest first.
pub async fn audit_log(
    pool: &PgPool,
    event_id: &str,
) -> Result<Vec<store::AuditRow>, OrganiseError> {
    Ok(store::list_audit(pool, event_id).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_name_the_channel_and_the_person() {
        assert_eq!(
            Actor::mail("Anna@Example.org").as_str(),
            "mail:anna@example.org"
        );
        assert_eq!(Actor::web("b@x.org").as_str(), "web:b@x.org");
        assert!(Actor::cli().as_str().starts_with("cli:"));
    }

    #[test]
    fn country_codes_are_two_letters() {
        assert!(check_country(Some("LV")).is_ok());
        assert!(check_country(None).is_ok());
        assert!(check_country(Some("Latvia")).is_err());
    }
}
