//! The sender: takes due rows from the outbox and hands them to the SMTP server.
//!
//! Each worker claims one row at a time inside a transaction (`FOR UPDATE SKIP LOCKED`), sends
//! it, and marks it sent before committing. If the process dies between the server's "250 OK"
//! and the commit, the row is sent again on restart — that is the only window for a duplicate,
//! and the copy carries the same Message-ID, so it is recognisable. 4xx replies and connection
//! problems are retried with exponential backoff; 5xx replies fail the row with the server's words.

use std::time::Duration;

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use rand::Rng;
use sqlx::PgPool;

use crate::config::{Config, Security, SmtpConfig};
use crate::store::{self, OutboundRow, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("could not set up SMTP TLS: {0}")]
    Tls(String),
    #[error("could not read smtp.ca_file {path}: {source}")]
    CaFile {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

impl From<sqlx::Error> for SendError {
    fn from(e: sqlx::Error) -> Self {
        SendError::Store(StoreError::Sql(e))
    }
}

pub type Transport = AsyncSmtpTransport<Tokio1Executor>;

/// One pooled SMTP transport, shared by all workers (lettre's pool only helps when reused).
pub fn transport(config: &SmtpConfig) -> Result<Transport, SendError> {
    let mut builder = Transport::builder_dangerous(config.host.clone())
        .port(config.port)
        .timeout(Some(Duration::from_secs(config.timeout_secs.max(1))))
        .pool_config(
            PoolConfig::new()
                .max_size(config.connections.max(1) as u32)
                .idle_timeout(Duration::from_secs(60)),
        );
    if let Some(name) = &config.hello_name {
        builder = builder.hello_name(ClientId::Domain(name.clone()));
    }
    if !config.username.is_empty() {
        builder = builder.credentials(Credentials::new(
            config.username.clone(),
            config.password.expose().to_string(),
        ));
    }
    let tls = || -> Result<TlsParameters, SendError> {
        let mut params = TlsParameters::builder(config.host.clone());
        if let Some(path) = &config.ca_file {
            let pem = std::fs::read(path).map_err(|source| SendError::CaFile {
                path: path.clone(),
                source,
            })?;
            let cert = Certificate::from_pem(&pem).map_err(|e| SendError::Tls(e.to_string()))?;
            params = params.add_root_certificate(cert);
        }
        params
            .build_rustls()
            .map_err(|e| SendError::Tls(e.to_string()))
    };
    builder = match config.security {
        Security::None => builder.tls(Tls::None),
        Security::Starttls => builder.tls(Tls::Required(tls()?)),
        Security::Tls => builder.tls(Tls::Wrapper(tls()?)),
    };
    Ok(builder.build())
}

/// What one step of the sender did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// Nothing is due.
    Idle,
    Sent {
        id: i64,
    },
    /// Will be tried again later; `connection` when the server could not be reached at all.
    Retry {
        id: i64,
        connection: bool,
    },
    Failed {
        id: i64,
    },
    Suppressed {
        id: i64,
    },
}

pub struct Sender {
    transport: Transport,
    from: Mailbox,
    timeout: Duration,
    max_attempts: i32,
    retry_base: Duration,
}

impl Sender {
    pub fn new(config: &Config) -> Result<Sender, SendError> {
        let from = config
            .smtp
            .from
            .parse::<Mailbox>()
            .map_err(|e| SendError::Tls(format!("smtp.from is not a mail address: {e}")))?;
        Ok(Sender {
            transport: transport(&config.smtp)?,
            from,
            timeout: config.smtp_timeout(),
            max_attempts: config.smtp.max_attempts.max(1),
            retry_base: Duration::from_secs(config.smtp.retry_base_secs.max(1)),
        })
    }

    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    /// Sends the next due mail, if any (the step function of the sender loop).
    pub async fn send_due(&self, pool: &PgPool) -> Result<SendOutcome, SendError> {
        let mut tx = pool.begin().await?;
        let Some(row) = store::claim_due_outbound(&mut tx).await? else {
            return Ok(SendOutcome::Idle);
        };
        let id = row.id;
        if row.suppressed {
            store::mark_final(
                &mut tx,
                id,
                "suppressed",
                "recipient address bounced before sending",
            )
            .await?;
            tx.commit().await?;
            return Ok(SendOutcome::Suppressed { id });
        }
        let message = match self.build(&row) {
            Ok(m) => m,
            Err(why) => {
                store::mark_final(&mut tx, id, "failed", &why).await?;
                tx.commit().await?;
                return Ok(SendOutcome::Failed { id });
            }
        };
        let result = tokio::time::timeout(self.timeout, self.transport.send(message)).await;
        let outcome = match result {
            Ok(Ok(_response)) => {
                store::mark_sent(&mut tx, id).await?;
                SendOutcome::Sent { id }
            }
            Ok(Err(e)) if e.is_permanent() => {
                let why = format!("rejected by the SMTP server: {e}");
                tracing::warn!(outbox_id = id, recipient = %row.recipient, error = %e, "mail rejected");
                store::mark_final(&mut tx, id, "failed", &why).await?;
                SendOutcome::Failed { id }
            }
            other => {
                let (why, connection) = match other {
                    Ok(Err(e)) => (e.to_string(), !e.is_transient()),
                    _ => (
                        format!("no answer from the SMTP server within {:?}", self.timeout),
                        true,
                    ),
                };
                if row.attempts + 1 >= self.max_attempts {
                    let why = format!("gave up after {} attempts: {why}", row.attempts + 1);
                    store::mark_final(&mut tx, id, "failed", &why).await?;
                    SendOutcome::Failed { id }
                } else {
                    let delay = backoff(self.retry_base, row.attempts);
                    tracing::info!(outbox_id = id, error = %why, retry_in = ?delay, "send failed, will retry");
                    store::mark_retry(&mut tx, id, delay, &why).await?;
                    SendOutcome::Retry { id, connection }
                }
            }
        };
        tx.commit().await?;
        Ok(outcome)
    }

    fn build(&self, row: &OutboundRow) -> Result<Message, String> {
        let address = row
            .recipient
            .parse::<lettre::Address>()
            .map_err(|e| format!("recipient {:?} is not a valid address: {e}", row.recipient))?;
        let to = Mailbox::new(
            row.recipient_name.clone().filter(|n| !n.is_empty()),
            address,
        );
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(row.subject.clone())
            .message_id(Some(row.message_id.clone()))
            .date_now();
        if let Some(reply_to) = row
            .reply_to
            .as_deref()
            .and_then(|r| r.parse::<Mailbox>().ok())
        {
            builder = builder.reply_to(reply_to);
        }
        if let Some(irt) = &row.in_reply_to {
            builder = builder.in_reply_to(irt.clone());
        }
        if !row.references.is_empty() {
            builder = builder.references(row.references.join(" "));
        }
        // RFC 3834: replies say they are automatic, so other robots do not answer them.
        let auto_submitted = if row.kind == "reply" {
            "auto-replied"
        } else {
            "auto-generated"
        };
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("Auto-Submitted"),
                auto_submitted.into(),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("X-Regbot"),
                row.kind.clone(),
            ));
        if row.kind == "reply" {
            builder = builder.raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("X-Auto-Response-Suppress"),
                "All".into(),
            ));
        }
        let message = match &row.body_html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(
                row.body_text.clone(),
                html.clone(),
            )),
            None => builder.singlepart(SinglePart::plain(row.body_text.clone())),
        };
        message.map_err(|e| format!("could not build the mail: {e}"))
    }
}

/// Exponential backoff with ±20 % jitter, capped at one hour.
pub fn backoff(base: Duration, attempts: i32) -> Duration {
    let exp = attempts.clamp(0, 20) as u32;
    let secs = (base.as_secs_f64() * 2f64.powi(exp as i32)).min(3600.0);
    let jitter = rand::rng().random_range(0.8..1.2);
    Duration::from_secs_f64(secs * jitter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let base = Duration::from_secs(5);
        let first = backoff(base, 0).as_secs_f64();
        let third = backoff(base, 2).as_secs_f64();
        assert!((4.0..=6.0).contains(&first), "{first}");
        assert!((16.0..=24.0).contains(&third), "{third}");
        assert!(backoff(base, 30).as_secs_f64() <= 3600.0 * 1.2);
    }
}
