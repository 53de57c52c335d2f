//! The writes a processing batch holds back until its end: each message's reply (an outbox
//! row) and its outcome (the inbound row's update). At the end of the batch they are one
//! `insert … select from unnest(…)` and one `update … from unnest(…)` instead of two
//! statements per message — in the same transaction, so nothing changes in what commits.
//!
//! Held-back rows are invisible to the batch's later statements, so only what no later
//! statement of the batch reads is held back; everything else flushes them first (see
//! `Processor::apply`):
//! - a reply is read by the per-address rate limit (`store::reply_standing`): a message whose
//!   sender already has a held-back reply flushes before its own is decided;
//! - an outcome's sender (`from_email`) is read by the forward limit (`store::limits`): a
//!   question, a review item, an organiser's reply or a bounce flushes before its own work.
//!
//! The batch's reads made once at its start (`prefetch`) live here too: a flush means the batch
//! leaves the common path, so it forgets them.
//!
//! A new registration on the common path is held back as well (one `insert … select from
//! unnest(…)` at the end instead of one insert per message): it gets its id from the table's
//! sequence at once (`reserve_registration_ids`, one statement for the batch), and the batch's
//! later reads of its address see it through the prefetch (`Prefetched::remember`). Only a
//! registration nothing else in the batch reads from the table is held (see `Processor::record`);
//! a later change to it, and every flush, writes it first.

use super::prefetch::Prefetched;
use crate::domain::EmailAddress;
use crate::status::RegistrationStatus;
use crate::store::{
    self, FinishedInbound, InboundOutcome, NewOutbound, NewRegistration, Registration,
    RegistrationFields, StoreError, Tx,
};

#[derive(Debug, Default)]
pub(super) struct Deferred {
    registrations: Vec<NewRegistration>,
    replies: Vec<NewOutbound>,
    finished: Vec<FinishedInbound>,
    /// What the batch read at its start; `None` once it may no longer hold.
    pub(super) reads: Option<Prefetched>,
    /// Registration ids reserved and not yet used (the last is used first).
    ids: Vec<i64>,
    /// How many ids to reserve at a time: the batch's size.
    reserve: usize,
}

impl Deferred {
    /// For a batch of `size` messages.
    pub(super) fn for_batch(size: usize) -> Deferred {
        Deferred {
            reserve: size,
            ..Deferred::default()
        }
    }

    /// Whether a reply to `address` is held back (then the rate limit must see it first).
    pub(super) fn has_reply_to(&self, address: &EmailAddress) -> bool {
        let address = address.as_str().to_lowercase();
        self.replies
            .iter()
            .any(|m| m.recipient.to_lowercase() == address)
    }

    pub(super) fn hold_reply(&mut self, mail: NewOutbound) {
        self.replies.push(mail);
    }

    /// Holds back a new registration and returns it as the insert would have.
    pub(super) async fn hold_registration(
        &mut self,
        tx: &mut Tx<'_>,
        event_id: &str,
        email: &str,
        fields: &RegistrationFields<'_>,
        status: RegistrationStatus,
        inbound_id: Option<i64>,
    ) -> Result<Registration, StoreError> {
        if self.ids.is_empty() {
            let n = i64::try_from(self.reserve.clamp(1, 1000)).unwrap_or(1);
            self.ids = store::reserve_registration_ids(tx, n).await?;
            self.ids.reverse();
        }
        // generate_series(1, n ≥ 1) gives n ids; an empty answer would be a broken server.
        let id = self
            .ids
            .pop()
            .ok_or(StoreError::Sql(sqlx::Error::RowNotFound))?;
        let row = NewRegistration::new(id, event_id, email, fields, status, inbound_id);
        let reg = row.registration();
        self.registrations.push(row);
        Ok(reg)
    }

    /// Whether registration `id` is held back (not yet in the table).
    pub(super) fn holds_registration(&self, id: i64) -> bool {
        self.registrations.iter().any(|r| r.id == id)
    }

    /// Writes everything held back, in two statements, and forgets the batch's reads.
    pub(super) async fn flush(&mut self, tx: &mut Tx<'_>) -> Result<(), StoreError> {
        self.reads = None;
        if !self.registrations.is_empty() {
            store::insert_registrations(tx, &self.registrations).await?;
            self.registrations.clear();
        }
        if !self.replies.is_empty() {
            store::enqueue_many(tx, &self.replies).await?;
            self.replies.clear();
        }
        if !self.finished.is_empty() {
            store::finish_inbound_batch(tx, &self.finished).await?;
            self.finished.clear();
        }
        Ok(())
    }
}

/// Stores message `id`'s outcome now (`deferred` None: a message processed on its own) or at
/// the end of its batch.
pub(super) async fn finish(
    tx: &mut Tx<'_>,
    deferred: Option<&mut Deferred>,
    id: i64,
    outcome: InboundOutcome<'_>,
) -> Result<(), StoreError> {
    match deferred {
        Some(d) => {
            d.finished.push(FinishedInbound::new(id, outcome));
            Ok(())
        }
        None => store::finish_inbound(tx, id, outcome).await,
    }
}

/// Inserts a new registration now (`deferred` None) or holds it back to the end of its batch.
pub(super) async fn register(
    tx: &mut Tx<'_>,
    deferred: Option<&mut Deferred>,
    event_id: &str,
    email: &str,
    fields: &RegistrationFields<'_>,
    status: RegistrationStatus,
    inbound_id: Option<i64>,
) -> Result<Registration, StoreError> {
    match deferred {
        Some(d) => {
            d.hold_registration(tx, event_id, email, fields, status, inbound_id)
                .await
        }
        None => store::insert_registration(tx, event_id, email, fields, status, inbound_id).await,
    }
}

/// Writes what `deferred` holds back, if there is a batch.
pub(super) async fn flush(
    tx: &mut Tx<'_>,
    deferred: Option<&mut Deferred>,
) -> Result<(), StoreError> {
    match deferred {
        Some(d) => d.flush(tx).await,
        None => Ok(()),
    }
}

/// The batch's reads made at its start, while they hold.
pub(super) fn reads(deferred: Option<&Deferred>) -> Option<&Prefetched> {
    deferred.and_then(|d| d.reads.as_ref())
}
