//! The processing step: one stored message in, its effects out, in one transaction.
//!
//! `process_one_inbound` claims the oldest pending message, understands it (a pure function of
//! its bytes), and in the same transaction records the registration / idea / question, queues
//! exactly one reply in the outbox (idempotency key `reply:<inbound id>`) and marks the message
//! done. A crash anywhere before the commit leaves the message pending; after it, everything is
//! recorded. Nothing is sent here: the sender (outbox) does that.
//!
//! This file claims messages (one, or a batch in one transaction) and turns each into an
//! [`Understanding`]; `record` applies it to the registration (deciding with the pure state
//! machine in `decide`), `queue` writes the replies and forwards, `reprocess` runs stored mail
//! through again after the rules improved.

mod behalf;
mod bounce;
mod catch_up;
mod decide;
mod deferred;
mod forward;
mod prefetch;
mod queue;
mod record;
mod relay;
mod reprocess;
mod review;
mod tag;

pub(crate) use behalf::Registrar;
pub use decide::{Change, Decision, Request, Seats, decide};
pub use relay::{UNVERIFIED_NOT_ORGANISER, UNVERIFIED_UNKNOWN_TAG};
pub use reprocess::{Change as ReprocessChange, Reprocessed};
use review::Route;
pub use review::{
    CANCELLATION_FROM_UNKNOWN_ADDRESS, ON_BEHALF_OVER_CAP, REVIEW_FORWARD_TEMPLATE,
    UPDATE_FROM_UNKNOWN_ADDRESS,
};
pub use tag::new_token;

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};

use deferred::Deferred;
use prefetch::Prefetched;

use sqlx::PgPool;

use crate::config::Config;
use crate::domain::EmailAddress;
use crate::status::{InboundStatus, ReplyTemplate};
use crate::store::{self, StoreError, Tx};
use crate::templates::{TemplateError, Templates};
use crate::understand::{self, Automated, Intent, UnderstandConfig, Understanding};

/// Every situation regbot answers; each language folder must have a template for each.
pub const REPLY_TEMPLATES: &[ReplyTemplate] = ReplyTemplate::ALL;

/// Attempts before a message that keeps failing is marked failed (and left for a person).
const GIVE_UP_AFTER: i32 = 3;

#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Template(#[from] TemplateError),
    /// One message failed; the failure is recorded on it (`gave_up` once it is marked failed
    /// for good, after `GIVE_UP_AFTER` attempts).
    #[error("message #{inbound_id} could not be processed")]
    Message {
        inbound_id: i64,
        gave_up: bool,
        #[source]
        source: Box<ProcessError>,
    },
}

impl From<sqlx::Error> for ProcessError {
    fn from(e: sqlx::Error) -> Self {
        ProcessError::Store(StoreError::Sql(e))
    }
}

impl ProcessError {
    pub fn is_transient(&self) -> bool {
        matches!(self, ProcessError::Store(e) if e.is_transient())
    }
}

/// What the processing step needs, built once at start.
pub struct Processor {
    pub config: Config,
    pub templates: Templates,
    pub understand: UnderstandConfig,
    /// False for `reprocess` unless asked: effects are recorded, but nobody is written to and
    /// no review item is opened for old mail.
    pub notify: bool,
    /// Batches rolled back and redone one message at a time (`process_batch`): each costs a
    /// batch's work twice, so it should stay rare.
    batches_redone: AtomicU64,
}

/// What happened to one message (for logs and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    pub inbound_id: i64,
    pub status: InboundStatus,
    /// The reply template queued, if any.
    pub reply: Option<ReplyTemplate>,
}

impl Processor {
    pub fn new(config: Config) -> Result<Processor, TemplateError> {
        let templates = Templates::load(&config.replies.templates_dir)?;
        let understand = config.understand_config();
        Ok(Processor {
            config,
            templates,
            understand,
            notify: true,
            batches_redone: AtomicU64::new(0),
        })
    }

    /// How many batches this processor rolled back and redid one message at a time.
    pub fn batches_redone(&self) -> u64 {
        self.batches_redone.load(Ordering::Relaxed)
    }

    /// Processes the oldest pending message. `Ok(None)` when nothing is pending.
    pub async fn process_one_inbound(
        &self,
        pool: &PgPool,
    ) -> Result<Option<Processed>, ProcessError> {
        self.process_one(pool, None).await
    }

    /// Processes one message in its own transaction: `id`, or the oldest pending one. A failure
    /// is recorded on the message (failed for good after `GIVE_UP_AFTER` attempts).
    async fn process_one(
        &self,
        pool: &PgPool,
        id: Option<i64>,
    ) -> Result<Option<Processed>, ProcessError> {
        let mut tx = pool.begin().await?;
        let row = match id {
            Some(id) => store::claim_inbound(&mut tx, id).await?,
            None => store::claim_pending_inbound(&mut tx).await?,
        };
        let Some(row) = row else {
            return Ok(None);
        };
        let id = row.id;
        match self.process_row(&mut tx, row, None).await {
            Ok(processed) => {
                tx.commit().await?;
                Ok(Some(processed))
            }
            Err(e) if e.is_transient() => Err(e),
            Err(e) => {
                drop(tx);
                tracing::warn!(inbound_id = id, error = %e, "processing failed");
                let status =
                    store::record_inbound_failure(pool, id, &e.to_string(), GIVE_UP_AFTER).await?;
                Err(ProcessError::Message {
                    inbound_id: id,
                    gave_up: status == InboundStatus::Failed,
                    source: Box::new(e),
                })
            }
        }
    }

    /// Processes up to `limit` pending messages in one transaction (one claim, one commit),
    /// the fast path under load. Empty when nothing is pending.
    ///
    /// When any message of the batch fails, the whole batch is rolled back and its messages
    /// are processed one by one (`process_one_inbound`), so one bad message costs only itself
    /// and is recorded as failed exactly as without batching.
    ///
    /// The batch commits without waiting for the WAL flush (`synchronous_commit = off`): if
    /// PostgreSQL crashes right after, the batch is simply pending again and re-processed with
    /// the same idempotency keys. Nothing outside the database can have seen it meanwhile: a
    /// reply leaves only after the sender's lease commits, and that commit is synchronous and
    /// flushes the WAL up to and including this batch.
    pub async fn process_batch(
        &self,
        pool: &PgPool,
        limit: usize,
    ) -> Result<Vec<Processed>, ProcessError> {
        if limit <= 1 {
            return Ok(self.process_one_inbound(pool).await?.into_iter().collect());
        }
        let mut tx = pool.begin().await?;
        let rows =
            store::claim_pending_inbound_batch(&mut tx, i64::try_from(limit).unwrap_or(1)).await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        // Every message is understood first (a pure step), so that the batch takes its locks
        // and makes its reads once for all of them (`prefetch`).
        let understood: Vec<(i64, Understood)> = rows
            .into_iter()
            .map(|row| (row.id, understand_row(row, &self.understand)))
            .collect();
        let mut done = Vec::with_capacity(ids.len());
        let mut failure = None;
        let mut deferred = Deferred::for_batch(understood.len());
        let people: Vec<&Understanding> = understood
            .iter()
            .filter_map(|(_, u)| match u {
                Understood::Message(u) => Some(u.as_ref()),
                _ => None,
            })
            .collect();
        match Prefetched::read(self, &mut tx, &people).await {
            Ok(reads) => deferred.reads = reads,
            Err(e) => failure = Some((ids[0], e.into())),
        }
        for (id, u) in understood {
            if failure.is_some() {
                break;
            }
            match self
                .apply_understood(&mut tx, id, u, Some(&mut deferred))
                .await
            {
                Ok(p) => done.push(p),
                Err(e) => failure = Some((id, e)),
            }
        }
        if failure.is_none()
            && let Err(e) = deferred.flush(&mut tx).await
        {
            failure = Some((ids[0], e.into()));
        }
        if failure.is_none() {
            store::commit_without_flush(&mut tx).await?;
            tx.commit().await?;
            return Ok(done);
        }
        // Rolled back before the one-by-one pass, or its row locks would make that pass skip
        // the messages (`skip locked`).
        tx.rollback().await?;
        self.batches_redone.fetch_add(1, Ordering::Relaxed);
        if let Some((id, e)) = failure {
            tracing::info!(inbound_id = id, error = %e, batch = ids.len(), "a batch failed; processing its messages one by one");
        }
        let mut done = Vec::with_capacity(ids.len());
        for id in ids {
            match self.process_one(pool, Some(id)).await {
                Ok(Some(p)) => done.push(p),
                // Taken meanwhile by another worker.
                Ok(None) => {}
                // One message's own failure is recorded on it; go on with the others.
                Err(e) if !e.is_transient() => {}
                Err(e) => return Err(e),
            }
        }
        Ok(done)
    }

    /// Understands one claimed message and applies it within `tx` (not committed here).
    async fn process_row(
        &self,
        tx: &mut Tx<'_>,
        row: store::InboundRow,
        deferred: Option<&mut Deferred>,
    ) -> Result<Processed, ProcessError> {
        let id = row.id;
        let understood = understand_row(row, &self.understand);
        self.apply_understood(tx, id, understood, deferred).await
    }

    /// Applies what understanding message `id` gave within `tx`. In a batch, `deferred` holds
    /// back the writes that can wait for the batch's end.
    async fn apply_understood(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        understood: Understood,
        deferred: Option<&mut Deferred>,
    ) -> Result<Processed, ProcessError> {
        let error = match understood {
            Understood::Message(u) => return self.apply(tx, id, &u, deferred).await,
            Understood::NoContent => "the stored message has no content",
            Understood::Panicked => {
                "understanding this message panicked (a bug: please report it with the message)"
            }
        };
        deferred::finish(tx, deferred, id, failed_outcome(error)).await?;
        Ok(Processed {
            inbound_id: id,
            status: InboundStatus::Failed,
            reply: None,
        })
    }

    /// Applies one understood message. Only the common case — a person's registration,
    /// cancellation, update or idea — holds its writes back in a batch; every other path
    /// flushes what the batch held back first, so it reads the database as it would alone
    /// (see `deferred`).
    async fn apply(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        mut deferred: Option<&mut Deferred>,
    ) -> Result<Processed, ProcessError> {
        let understanding = serde_json::to_value(u).unwrap_or(serde_json::Value::Null);
        let intents: Vec<String> = u
            .intents
            .iter()
            .map(|i| intent_name(*i).to_string())
            .collect();
        let sender = u.from.as_ref().and_then(|f| EmailAddress::parse(&f.email));
        let from_email = sender.as_ref().map(|s| s.as_str().to_string());
        let mut outcome = store::InboundOutcome {
            status: InboundStatus::Processed,
            message_id: u.message_id.as_deref(),
            from_email: from_email.as_deref(),
            subject: u.subject.as_deref(),
            automated: u.automated.map(automated_name),
            intents,
            language: u.language.as_deref(),
            understanding,
            error: None,
            disposition: None,
        };
        let own = sender
            .as_ref()
            .is_some_and(|s| self.understand.own_addresses.contains(&s.key()));
        if u.automated.is_some() || own {
            outcome.status = InboundStatus::Automated;
            if u.automated == Some(Automated::Bounce) {
                deferred::flush(tx, deferred.as_deref_mut()).await?;
                self.record_bounce(tx, id, u).await?;
            }
            deferred::finish(tx, deferred, id, outcome).await?;
            return Ok(Processed {
                inbound_id: id,
                status: InboundStatus::Automated,
                reply: None,
            });
        }
        let Some(sender) = sender else {
            outcome.error = Some("no usable sender address: nothing to answer");
            deferred::finish(tx, deferred, id, outcome).await?;
            return Ok(Processed {
                inbound_id: id,
                status: InboundStatus::Processed,
                reply: None,
            });
        };
        // A reply to a forward (its subject carries a reply tag) is an organiser's action,
        // or, when it does not count, a review item: never a participant's message.
        if let Some(token) = u.subject.as_deref().and_then(tag::find_token) {
            deferred::flush(tx, deferred).await?;
            self.organiser_reply(tx, id, u, &sender, &token).await?;
            store::finish_inbound(tx, id, outcome).await?;
            return Ok(Processed {
                inbound_id: id,
                status: InboundStatus::Processed,
                reply: None,
            });
        }
        let act = match self
            .route(tx, u, &sender, deferred::reads(deferred.as_deref()))
            .await?
        {
            Route::Act(act) => act,
            Route::Thanks => {
                outcome.disposition = Some(store::Disposition::Thanks);
                deferred::finish(tx, deferred, id, outcome).await?;
                return Ok(Processed {
                    inbound_id: id,
                    status: InboundStatus::Processed,
                    reply: None,
                });
            }
            Route::Review(reason) => {
                deferred::flush(tx, deferred).await?;
                self.open_review(tx, id, u, &sender, &reason, true).await?;
                store::finish_inbound(tx, id, outcome).await?;
                return Ok(Processed {
                    inbound_id: id,
                    status: InboundStatus::Processed,
                    reply: Some(ReplyTemplate::ReviewPending),
                });
            }
        };

        // A question is forwarded within the forward limit, on-behalf registrations mail the
        // people held, and a second message from one sender meets the reply limit: each reads
        // what the batch held back.
        let reads_held = u.intents.contains(&Intent::Question)
            || !behalf::others(u, &sender).is_empty()
            || deferred.as_deref().is_some_and(|d| d.has_reply_to(&sender));
        if reads_held {
            deferred::flush(tx, deferred.as_deref_mut()).await?;
        }
        let effect = self
            .record(tx, id, u, &sender, act, deferred.as_deref_mut())
            .await?;
        let reply = self
            .queue_reply_in(tx, id, u, &sender, &effect, deferred.as_deref_mut())
            .await?;
        outcome.disposition = Some(store::Disposition::Action);
        deferred::finish(tx, deferred, id, outcome).await?;
        Ok(Processed {
            inbound_id: id,
            status: InboundStatus::Processed,
            reply: Some(reply),
        })
    }
}

/// A claimed message after the pure step.
enum Understood {
    Message(Box<Understanding>),
    /// The stored row has no content (kept only as a record).
    NoContent,
    /// Understanding panicked (a bug): the message is kept and marked.
    Panicked,
}

fn understand_row(row: store::InboundRow, config: &UnderstandConfig) -> Understood {
    let Some(raw) = row.raw else {
        return Understood::NoContent;
    };
    // Understanding never panics by design; if it ever does, the message is kept and marked,
    // and the daemon goes on with the next one.
    match std::panic::catch_unwind(AssertUnwindSafe(|| understand::understand(&raw, config))) {
        Ok(u) => Understood::Message(Box::new(u)),
        Err(_) => Understood::Panicked,
    }
}

fn failed_outcome(error: &'static str) -> store::InboundOutcome<'static> {
    store::InboundOutcome {
        status: InboundStatus::Failed,
        message_id: None,
        from_email: None,
        subject: None,
        automated: None,
        intents: vec![],
        language: None,
        understanding: serde_json::Value::Null,
        error: Some(error),
        disposition: None,
    }
}

pub fn intent_name(i: Intent) -> &'static str {
    match i {
        Intent::Registration => "registration",
        Intent::Idea => "idea",
        Intent::Cancellation => "cancellation",
        Intent::Update => "update",
        Intent::Question => "question",
    }
}

pub fn automated_name(a: Automated) -> &'static str {
    match a {
        Automated::AutoReply => "auto_reply",
        Automated::Bounce => "bounce",
        Automated::Bulk => "bulk",
    }
}

pub(crate) fn experience_name(e: understand::Experience) -> &'static str {
    match e {
        understand::Experience::Starting => "starting",
        understand::Experience::Experienced => "experienced",
    }
}
