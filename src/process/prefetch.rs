//! What a processing batch reads once, at its start, instead of once per message: the locks of
//! every address it will answer or record, their registrations, their reply standing (the
//! per-address rate limit's reads) and whether the event has catch-up broadcasts. A batch of
//! registrations then runs one statement per message (the registration insert) where it ran
//! seven (issue 12, sixth session).
//!
//! The locks are taken first, in one statement and in a fixed order, then the reads, so every
//! read sees what it would see one message at a time: another transaction changes an address's
//! registration or replies only under the same locks, and a catch-up broadcast is made only
//! under the exclusive catch-up lock, whose shared side the batch holds.
//!
//! What the batch itself writes must stay visible too. A registration the batch inserts or
//! changes replaces its entry (`remember`). Anything else the batch may write to these reads
//! (a second reply to one address, a bounce, an on-behalf registration, a review item, an
//! organiser's reply, a move up from the waiting list) goes with a flush of the held-back
//! writes (`deferred`), and the flush forgets the whole prefetch: the rest of the batch reads
//! the database one message at a time, as before.
//!
//! Only ASCII addresses are kept: for them Rust's lower case and PostgreSQL's `lower()` agree,
//! so an entry is found under every spelling that reaches the same row. Another address is
//! simply read when its message asks.

use std::collections::{HashMap, HashSet};

use super::{Processor, tag};
use crate::domain::EmailAddress;
use crate::store::{self, Registration, ReplyStanding, StoreError, Tx};
use crate::understand::Understanding;

#[derive(Debug, Default)]
pub(super) struct Prefetched {
    /// Addresses (lower case) whose participant and address locks the transaction holds.
    locked: HashSet<String>,
    /// The registration of each address read (lower case); `None`: it has none.
    registrations: HashMap<String, Option<Registration>>,
    /// The reply standing of each sender read (lower case).
    standing: HashMap<String, ReplyStanding>,
    /// Whether the event has catch-up broadcasts (the shared catch-up lock is held).
    catch_ups: bool,
}

/// The form an address is kept under, or `None` when it is not kept (not ASCII).
fn key(address: &EmailAddress) -> Option<String> {
    let s = address.as_str();
    s.is_ascii().then(|| s.to_ascii_lowercase())
}

impl Prefetched {
    /// Takes the locks and makes the reads for the understood messages of a batch. `None` when
    /// no message of the batch needs them (nothing to read once).
    pub(super) async fn read(
        p: &Processor,
        tx: &mut Tx<'_>,
        understood: &[&Understanding],
    ) -> Result<Option<Prefetched>, StoreError> {
        let mut senders = Vec::new();
        let mut addresses = Vec::new();
        for u in understood {
            let Some((sender, participant)) = p.answered_addresses(u) else {
                continue;
            };
            let Some(sender) = key(&sender) else {
                continue;
            };
            addresses.extend(participant.as_ref().and_then(key));
            addresses.push(sender.clone());
            senders.push(sender);
        }
        if senders.is_empty() {
            return Ok(None);
        }
        senders.sort();
        senders.dedup();
        addresses.sort();
        addresses.dedup();
        let event = &p.config.event.id;
        // The catch-up lock first, as a broadcast takes its exclusive side before anything else.
        store::lock_catch_ups(tx, event, false).await?;
        store::lock_batch(tx, event, &addresses).await?;
        let mut registrations: HashMap<String, Option<Registration>> =
            addresses.iter().map(|a| (a.clone(), None)).collect();
        for (key, reg) in store::registrations_of(tx, event, &addresses).await? {
            registrations.insert(key, Some(reg));
        }
        let standing = store::standing_of(tx, &senders, p.config.replies.cool_down_hours)
            .await?
            .into_iter()
            .collect();
        let catch_ups = store::has_catch_ups(tx, event).await?;
        Ok(Some(Prefetched {
            locked: addresses.into_iter().collect(),
            registrations,
            standing,
            catch_ups,
        }))
    }

    /// Whether the transaction holds `address`'s participant and address locks.
    pub(super) fn holds_locks(&self, address: &EmailAddress) -> bool {
        key(address).is_some_and(|k| self.locked.contains(&k))
    }

    /// `address`'s registration as the database has it now: `Some(None)` for none, `None` when
    /// it was not read (ask the database).
    pub(super) fn registration(&self, address: &EmailAddress) -> Option<Option<&Registration>> {
        key(address)
            .and_then(|k| self.registrations.get(&k))
            .map(Option::as_ref)
    }

    /// The batch wrote `reg` for `address`: later reads see it.
    pub(super) fn remember(&mut self, address: &EmailAddress, reg: &Registration) {
        if let Some(k) = key(address)
            && let Some(entry) = self.registrations.get_mut(&k)
        {
            *entry = Some(reg.clone());
        }
    }

    pub(super) fn standing(&self, sender: &EmailAddress) -> Option<ReplyStanding> {
        key(sender).and_then(|k| self.standing.get(&k).copied())
    }

    /// Whether a confirmed place may have catch-up broadcasts to queue (false: surely none).
    pub(super) fn may_catch_up(&self) -> bool {
        self.catch_ups
    }
}

impl Processor {
    /// The sender, and the participant address the body names, of a message that may reach
    /// `record` (a person's message, not an organiser's reply to a forward); `None` for one
    /// that cannot. Mirrors the first steps of `apply`.
    fn answered_addresses(
        &self,
        u: &Understanding,
    ) -> Option<(EmailAddress, Option<EmailAddress>)> {
        let sender = u
            .from
            .as_ref()
            .and_then(|f| EmailAddress::parse(&f.email))?;
        let own = self.understand.own_addresses.contains(&sender.key());
        if u.automated.is_some() || own {
            return None;
        }
        if u.subject.as_deref().and_then(tag::find_token).is_some() {
            return None;
        }
        let participant = u.participant.email.as_deref().and_then(EmailAddress::parse);
        Some((sender, participant))
    }
}
