//! Draining a mailbox into the database, over a small [`MailSource`] trait.
//!
//! The step is: list what waits (UIDs and sizes), fetch it in batches, store each batch in one
//! round trip, and only after that commit move the batch out of the inbox. The IMAP session is
//! one `MailSource`; unit tests drive the same step with a stub mailbox and the real database.

use std::collections::HashSet;
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
    // Messages the server listed but returned no bytes for (vanished, or a broken server): left
    // in the mailbox and not asked for again in this drain, or the drain would spin on them.
    let mut empty = HashSet::new();
    loop {
        let mut listing = source.list().await?;
        listing.retain(|(uid, _)| !empty.contains(uid));
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
            new += store_batch(source, pool, limits.intake, &batch, &mut empty).await?;
        }
    }
}

async fn store_batch(
    source: &mut impl MailSource,
    pool: &PgPool,
    limits: &IntakeConfig,
    batch: &Batch,
    empty: &mut HashSet<u32>,
) -> Result<u64, IntakeError> {
    let fetched = source.fetch(batch).await?;
    // A UID the server does not return at all counts as empty too.
    let returned: HashSet<u32> = fetched.iter().map(|(uid, _, _)| *uid).collect();
    empty.extend(batch.uids.iter().filter(|u| !returned.contains(u)));
    let mut rows = Vec::with_capacity(fetched.len());
    let mut stored_uids = Vec::with_capacity(fetched.len());
    for (uid, size, raw) in fetched {
        if raw.is_empty() {
            // A message that vanished between listing and fetching: leave it alone.
            empty.insert(uid);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A mailbox in memory: `list` shows every message still in it, `remove` takes them out.
    struct StubMailbox {
        messages: Vec<(u32, Vec<u8>)>,
        lists: usize,
    }

    impl MailSource for StubMailbox {
        async fn list(&mut self) -> Result<Vec<(u32, u64)>, IntakeError> {
            // A real server is a network round trip: let the test's timeout run.
            tokio::task::yield_now().await;
            self.lists += 1;
            Ok(self
                .messages
                .iter()
                .map(|(uid, raw)| (*uid, raw.len().max(1) as u64))
                .collect())
        }
        async fn fetch(&mut self, batch: &Batch) -> Result<Vec<Fetched>, IntakeError> {
            Ok(self
                .messages
                .iter()
                .filter(|(uid, _)| batch.uids.contains(uid))
                .map(|(uid, raw)| (*uid, raw.len() as u64, raw.clone()))
                .collect())
        }
        async fn remove(&mut self, uids: &[u32]) -> Result<(), IntakeError> {
            self.messages.retain(|(uid, _)| !uids.contains(uid));
            Ok(())
        }
    }

    #[sqlx::test]
    async fn defect_11_a_uid_fetched_without_bytes_does_not_spin_the_drain(pool: PgPool) {
        let mut mailbox = StubMailbox {
            messages: vec![
                (1, b"Message-ID: <a@x.test>\r\n\r\nhello".to_vec()),
                // The server lists it, and FETCH returns no bytes for it, every time.
                (2, Vec::new()),
            ],
            lists: 0,
        };
        let intake = IntakeConfig::default();
        let limits = DrainLimits {
            intake: &intake,
            batch_size: 10,
        };
        let drained = tokio::time::timeout(
            std::time::Duration::from_secs(5),
            drain(&mut mailbox, &pool, limits, &CancellationToken::new()),
        )
        .await
        .expect("the drain ends instead of spinning on UID 2")
        .expect("drain");
        assert_eq!(drained, 1, "the good message is stored");
        assert_eq!(
            mailbox.messages.len(),
            1,
            "the empty one stays in the mailbox"
        );
        assert!(mailbox.lists <= 3, "listed {} times", mailbox.lists);
    }
}
