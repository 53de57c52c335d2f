//! Draining a mailbox into the database, over a small [`MailSource`] trait.
//!
//! The step is: list what waits (UIDs and sizes), fetch it in batches, store each batch in one
//! round trip, and only after that commit move the batch out of the inbox. The IMAP session is
//! one `MailSource`; unit tests drive the same step with a stub mailbox and the real database.

use std::future::Future;

use sqlx::PgPool;
use tokio_util::sync::CancellationToken;

use super::batch::{Batch, batches};
use super::{IntakeError, new_inbound};
use crate::config::IntakeConfig;
use crate::store;

/// One fetched message: UID, the size the server reports, and its bytes (the header only for
/// an oversized one).
pub type Fetched = (u32, u64, Vec<u8>);

/// What intake needs from a mailbox.
pub trait MailSource {
    /// UIDs and sizes of every message waiting, after letting the server report news.
    fn list(&mut self) -> impl Future<Output = Result<Vec<(u32, u64)>, IntakeError>> + Send;
    /// Fetches `batch` (header only when it is the oversized batch).
    fn fetch(
        &mut self,
        batch: &Batch,
    ) -> impl Future<Output = Result<Vec<Fetched>, IntakeError>> + Send;
    /// Moves stored messages out of the inbox.
    fn remove(&mut self, uids: &[u32]) -> impl Future<Output = Result<(), IntakeError>> + Send;
}

/// How a drain is sized.
#[derive(Debug, Clone, Copy)]
pub struct DrainLimits<'a> {
    pub intake: &'a IntakeConfig,
    /// Messages per fetch.
    pub batch_size: usize,
}

/// Stores and moves away everything in the mailbox. Returns how many messages were new.
pub async fn drain(
    source: &mut impl MailSource,
    pool: &PgPool,
    limits: DrainLimits<'_>,
    shutdown: &CancellationToken,
) -> Result<u64, IntakeError> {
    let mut new = 0;
    loop {
        let mut listing = source.list().await?;
        listing.sort_unstable();
        listing.dedup();
        if listing.is_empty() {
            return Ok(new);
        }
        for batch in batches(
            &listing,
            limits.batch_size,
            limits.intake.batch_bytes,
            limits.intake.max_message_bytes,
        ) {
            if shutdown.is_cancelled() {
                return Ok(new);
            }
            new += store_batch(source, pool, limits.intake, &batch).await?;
        }
    }
}

async fn store_batch(
    source: &mut impl MailSource,
    pool: &PgPool,
    limits: &IntakeConfig,
    batch: &Batch,
) -> Result<u64, IntakeError> {
    let fetched = source.fetch(batch).await?;
    let mut rows = Vec::with_capacity(fetched.len());
    let mut stored_uids = Vec::with_capacity(fetched.len());
    for (uid, size, raw) in fetched {
        if raw.is_empty() {
            // A message that vanished between listing and fetching: leave it alone.
            continue;
        }
        let true_size = size.max(raw.len() as u64);
        rows.push(new_inbound(raw, true_size, limits, "imap"));
        stored_uids.push(uid);
    }
    let new = store::insert_inbound_batch(pool, &rows).await?;
    drop(rows);
    // Committed: now, and only now, the messages may leave the inbox.
    if !stored_uids.is_empty() {
        source.remove(&stored_uids).await?;
    }
    Ok(new)
}
