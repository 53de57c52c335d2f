//! The sender: takes due rows from the outbox and hands them to the SMTP server.
//!
//! Each step leases one row (a committed update: leases + 1, `next_attempt_at` pushed past
//! the longest a send can take), sends it outside any transaction, then records the result. A
//! crash mid-send leaves the row leased, so no other daemon resends it at once; when the lease
//! runs out it is sent again. The only window for a duplicate is between the server's "250 OK"
//! and the commit of `sent` (in a PostgreSQL crash: its flush to disk, once per batch, see
//! `Sender::send_due_batch`), and the copy carries the same Message-ID (fixed when the row was
//! queued), so it is recognisable. Only the server's answers to a mail are attempts: a 4xx is
//! retried with capped exponential backoff until `smtp.max_attempts`, a 5xx fails the row with
//! the server's words. Everything else — unreachable, TLS, a refused login, a broken session —
//! is an outage of sending: the mail stays pending, paced by its lease count, and never counts.

pub mod smtp;
#[cfg(test)]
mod tests;

use std::time::Duration;

use std::future::Future;

use crate::retry::{backoff, record};
use lettre::Message;
use lettre::address::Envelope;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::response::Response;
use sqlx::PgPool;

use crate::config::Config;
use crate::status::{OutboxKind, OutboxStatus};
use crate::store::{self, OutboundRow, StoreError};
use crate::tls::TlsError;
use smtp::{SmtpFailure, SmtpPool};

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Tls(#[from] TlsError),
    #[error(
        "smtp.from is not a mail address: {0}; write it like `Registration <register@example.org>`"
    )]
    BadFrom(String),
    #[error(transparent)]
    OAuth2(#[from] crate::oauth2::OAuth2Error),
}

impl From<sqlx::Error> for SendError {
    fn from(e: sqlx::Error) -> Self {
        SendError::Store(StoreError::Sql(e))
    }
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

/// What the sender needs from an SMTP server: hand over one mail. [`SmtpPool`] is the real
/// one; unit tests of the retry and lease logic use a stub.
pub trait MailTransport: Send + Sync {
    fn send(
        &self,
        envelope: &Envelope,
        mail: &[u8],
    ) -> impl Future<Output = Result<Response, SmtpFailure>> + Send;
}

impl MailTransport for SmtpPool {
    fn send(
        &self,
        envelope: &Envelope,
        mail: &[u8],
    ) -> impl Future<Output = Result<Response, SmtpFailure>> + Send {
        SmtpPool::send(self, envelope, mail)
    }
}

pub struct Sender<T = SmtpPool> {
    /// Connections shared by all sending workers (at most one per worker in use).
    smtp: T,
    from: Mailbox,
    timeout: Duration,
    max_attempts: i32,
    retry_base: Duration,
}

impl Sender {
    pub fn new(config: &Config) -> Result<Sender, SendError> {
        Sender::with_transport(config, SmtpPool::new(&config.smtp)?)
    }
}

impl<T: MailTransport> Sender<T> {
    pub fn with_transport(config: &Config, transport: T) -> Result<Sender<T>, SendError> {
        let from = config
            .smtp
            .from
            .parse::<Mailbox>()
            .map_err(|e| SendError::BadFrom(e.to_string()))?;
        Ok(Sender {
            smtp: transport,
            from,
            timeout: config.smtp_timeout(),
            max_attempts: config.smtp.max_attempts.max(1),
            retry_base: Duration::from_secs(config.smtp.retry_base_secs.max(1)),
        })
    }

    /// How long a leased row is left alone: longer than one send can take (the SMTP timeout,
    /// twice for safety) plus a margin, so a live sender always records its result first.
    pub fn lease(&self) -> Duration {
        self.timeout * 2 + Duration::from_secs(5)
    }

    /// Sends the next due mail, if any (the step function of the sender loop).
    ///
    /// 1. lease the row (committed: attempts + 1, not due again before the lease runs out);
    /// 2. send it over SMTP, outside any transaction;
    /// 3. record the result, retrying the record through short database outages.
    ///
    /// A crash between 1 and 2 delays the mail by the lease; a crash between the server's
    /// final "250 OK" and the commit of `sent` (step 3) is the only way to send it twice, and
    /// the copy carries the same Message-ID (stored before the first attempt).
    pub async fn send_due(&self, pool: &PgPool) -> Result<SendOutcome, SendError> {
        let Some(row) = store::lease_outbound(pool, self.lease()).await? else {
            return Ok(SendOutcome::Idle);
        };
        self.send_row(pool, row).await
    }

    /// Sends up to `limit` due mails: one committed lease for all of them (one round trip and
    /// one commit instead of `limit`), then each is sent and its result recorded exactly as in
    /// [`Sender::send_due`]. Empty when nothing is due.
    ///
    /// When the server turns out to be unreachable, the rest of the batch is not tried: those
    /// rows are marked as waiting for the server (like the one that failed), so they are
    /// released together when it returns instead of sitting out a long lease.
    ///
    /// One flush per batch: `sent` is committed at once for every mail, but only the batch's
    /// last record waits for the disk (one WAL flush instead of `limit`; every other record —
    /// retry, failure, a row given back — is flushed too). The duplicate window this leaves:
    /// a crash of regbot loses no committed `sent`, so it may resend at most the one mail per
    /// connection between the server's 250 and its record, as before. A crash of PostgreSQL
    /// itself (or of the machine) may lose the unflushed `sent` of the batch in hand: at most
    /// `limit − 1` mails per connection (7 × `smtp.connections` with the defaults), and only
    /// those recorded in the last 3 × `wal_writer_delay` (600 ms by default); they are sent
    /// again with the same Message-ID.
    pub async fn send_due_batch(
        &self,
        pool: &PgPool,
        limit: usize,
    ) -> Result<Vec<SendOutcome>, SendError> {
        let limit = limit.clamp(1, 100);
        let leased_at = std::time::Instant::now();
        // A row is only started within BATCH_BUDGET of the lease, so each one's send and record
        // end within the lease a single row gets, plus that budget: a crashed daemon's rows wait
        // no longer than 5 s more than without batching.
        let lease = self.lease() + BATCH_BUDGET;
        let rows = store::lease_outbound_batch(pool, lease, limit as i64).await?;
        let mut outcomes = Vec::with_capacity(rows.len());
        let mut rows = rows.into_iter();
        while let Some(row) = rows.next() {
            if leased_at.elapsed() > BATCH_BUDGET {
                // A slow server: give the rest back now rather than let their lease run short.
                let why = "not tried: its batch ran out of time (a slow SMTP server)";
                for rest in std::iter::once(row).chain(rows.by_ref()) {
                    record(|| store::mark_retry(pool, rest.id, Duration::ZERO, why, false)).await?;
                    outcomes.push(SendOutcome::Retry {
                        id: rest.id,
                        connection: false,
                    });
                }
                break;
            }
            // Only the last mail's `sent` waits for the disk; its flush covers the earlier ones.
            let last = rows.as_slice().is_empty();
            let (outcome, outage) = self.send_leased(pool, row, last).await?;
            outcomes.push(outcome);
            if let Some(outage) = outage {
                for rest in rows.by_ref() {
                    let delay = backoff(self.retry_base, rest.leases - 1).min(MAX_RETRY_DELAY);
                    let why = format!("{}not tried: {outage}", store::CONNECTION_ERROR);
                    record(|| store::mark_retry(pool, rest.id, delay, &why, false)).await?;
                    outcomes.push(SendOutcome::Retry {
                        id: rest.id,
                        connection: true,
                    });
                }
            }
        }
        Ok(outcomes)
    }

    /// Sends one leased row and records the result.
    async fn send_row(&self, pool: &PgPool, row: OutboundRow) -> Result<SendOutcome, SendError> {
        Ok(self.send_leased(pool, row, true).await?.0)
    }

    /// [`Sender::send_row`], also returning the outage (unreachable, refused login, …) that
    /// kept the mail from the server, if that is what happened. `flush`: wait for `sent` to be
    /// on disk (`store::mark_sent`); every other result is always recorded flushed.
    async fn send_leased(
        &self,
        pool: &PgPool,
        row: OutboundRow,
        flush: bool,
    ) -> Result<(SendOutcome, Option<SmtpFailure>), SendError> {
        let id = row.id;
        if row.suppressed {
            let why = "recipient address bounced before sending";
            record(|| store::mark_final(pool, id, OutboxStatus::Suppressed, why, false)).await?;
            return Ok((SendOutcome::Suppressed { id }, None));
        }
        // A forward to the organisers carries the message it is about; a message forgotten
        // meanwhile is simply not attached.
        let original = match (row.attach_inbound, row.inbound_id) {
            (true, Some(inbound)) => store::inbound_raw(pool, inbound).await?,
            _ => None,
        };
        let message = match self.build(&row, original) {
            Ok(m) => m,
            Err(why) => {
                record(|| store::mark_final(pool, id, OutboxStatus::Failed, &why, false)).await?;
                return Ok((SendOutcome::Failed { id }, None));
            }
        };
        let envelope = message.envelope().clone();
        let bytes = message.formatted();
        drop(message);
        let started = std::time::Instant::now();
        let result = tokio::time::timeout(self.timeout, self.smtp.send(&envelope, &bytes)).await;
        let failure = match result {
            Ok(Ok(_response)) => {
                // Where a mail's time goes, for `REGBOT_LOG=regbot=trace` (issue 12).
                tracing::trace!(outbox_id = id, bytes = bytes.len(), smtp = ?started.elapsed(), "accepted by the SMTP server");
                record(|| store::mark_sent(pool, id, flush)).await?;
                return Ok((SendOutcome::Sent { id }, None));
            }
            Ok(Err(failure)) => failure,
            Err(_) => SmtpFailure::Broken(format!(
                "no answer from the SMTP server within {:?}",
                self.timeout
            )),
        };
        let outcome = match &failure {
            SmtpFailure::Rejected(e) => {
                let why = format!("rejected by the SMTP server: {e}");
                tracing::warn!(outbox_id = id, recipient = %row.recipient, error = %e, "mail rejected");
                record(|| store::mark_final(pool, id, OutboxStatus::Failed, &why, true)).await?;
                SendOutcome::Failed { id }
            }
            // The server's own temporary refusal: a real attempt, counted towards
            // `max_attempts`.
            SmtpFailure::Deferred(why) => {
                let why = why.as_str();
                let attempts = row.attempts + 1;
                if attempts >= self.max_attempts {
                    let why = format!("gave up after {attempts} attempts: {why}");
                    record(|| store::mark_final(pool, id, OutboxStatus::Failed, &why, true))
                        .await?;
                    SendOutcome::Failed { id }
                } else {
                    let delay = backoff(self.retry_base, attempts - 1).min(MAX_RETRY_DELAY);
                    tracing::info!(outbox_id = id, error = %why, retry_in = ?delay, "the SMTP server deferred the mail; will retry");
                    record(|| store::mark_retry(pool, id, delay, why, true)).await?;
                    SendOutcome::Retry {
                        id,
                        connection: false,
                    }
                }
            }
            // An outage of sending (unreachable, TLS, a refused login, a broken session) never
            // makes regbot give a mail up and is not an attempt: the mail waits with capped
            // backoff and is released when a send goes through again.
            outage => {
                let delay = backoff(self.retry_base, row.leases - 1).min(MAX_RETRY_DELAY);
                if let SmtpFailure::Login(_) = outage {
                    // Every mail waits for a person to fix the configuration: say so loudly.
                    tracing::error!(outbox_id = id, error = %outage, retry_in = ?delay, "cannot send: fix the SMTP login; the mail stays queued");
                } else {
                    tracing::info!(outbox_id = id, error = %outage, retry_in = ?delay, "send failed, will retry");
                }
                // Marked, so the first successful send after an outage can release them all.
                let why = format!("{}{outage}", store::CONNECTION_ERROR);
                record(|| store::mark_retry(pool, id, delay, &why, false)).await?;
                return Ok((
                    SendOutcome::Retry {
                        id,
                        connection: true,
                    },
                    Some(failure),
                ));
            }
        };
        Ok((outcome, None))
    }

    fn build(&self, row: &OutboundRow, original: Option<Vec<u8>>) -> Result<Message, String> {
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
        let auto_submitted = if row.kind == OutboxKind::Reply {
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
                row.kind.to_string(),
            ));
        if row.kind == OutboxKind::Reply {
            builder = builder.raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("X-Auto-Response-Suppress"),
                "All".into(),
            ));
        }
        let message = match (&row.body_html, original) {
            (Some(html), None) => builder.multipart(MultiPart::alternative_plain_html(
                row.body_text.clone(),
                html.clone(),
            )),
            (None, None) => builder.singlepart(SinglePart::plain(row.body_text.clone())),
            (html, Some(original)) => {
                let mixed = match html {
                    Some(html) => MultiPart::mixed().multipart(MultiPart::alternative_plain_html(
                        row.body_text.clone(),
                        html.clone(),
                    )),
                    None => MultiPart::mixed().singlepart(SinglePart::plain(row.body_text.clone())),
                };
                builder.multipart(mixed.singlepart(attached_message(original)))
            }
        };
        message.map_err(|e| format!("could not build the mail: {e}"))
    }
}

/// The original message as a message/rfc822 part. RFC 2046 allows only 7bit/8bit/binary for
/// it, so it goes as 8bit; a message that cannot (a line over 998 octets, a bare NUL) falls
/// back to base64, which mail clients still open.
fn attached_message(original: Vec<u8>) -> SinglePart {
    use lettre::message::Body;
    use lettre::message::header::{ContentDisposition, ContentTransferEncoding, ContentType};
    let body = Body::new_with_encoding(original, ContentTransferEncoding::EightBit)
        .unwrap_or_else(Body::new);
    let content_type = ContentType::parse("message/rfc822").unwrap_or(ContentType::TEXT_PLAIN);
    SinglePart::builder()
        .header(content_type)
        .header(ContentDisposition::attachment("original.eml"))
        .body(body)
}

/// How long after leasing a batch its last row may still be started (see `send_due_batch`).
const BATCH_BUDGET: Duration = Duration::from_secs(5);

/// The longest a mail waits between two attempts (an SMTP outage of hours still ends in
/// delivery within this long of the server's return).
const MAX_RETRY_DELAY: Duration = Duration::from_secs(300);
