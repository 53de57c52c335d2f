//! Waiting before trying again, in one place: the capped exponential backoff of the daemon's
//! loops (reconnecting to IMAP, the database, a down SMTP server), the jittered backoff between
//! attempts at one mail, and retrying a database write through a short outage.

use std::time::Duration;

use rand::Rng;
use tokio_util::sync::CancellationToken;

use crate::store::StoreError;

/// Exponential backoff with a cap; `sleep` returns false when shutdown interrupted it.
pub struct Backoff {
    base: Duration,
    cap: Duration,
    current: Duration,
}

impl Backoff {
    pub fn new(base: Duration, cap: Duration) -> Backoff {
        Backoff {
            base,
            cap,
            current: base,
        }
    }
    pub fn reset(&mut self) {
        self.current = self.base;
    }
    pub fn peek(&self) -> Duration {
        self.current
    }
    pub async fn sleep(&mut self, shutdown: &CancellationToken) -> bool {
        let d = self.current;
        self.current = (self.current * 2).min(self.cap);
        tokio::select! {
            _ = tokio::time::sleep(d) => true,
            _ = shutdown.cancelled() => false,
        }
    }
}

/// Runs a database write that records a send's result, retrying through short outages
/// (PostgreSQL restarting): the mail is already out, so giving up here too early would make a
/// later attempt send it again once the lease runs out.
pub async fn record<F, Fut>(mut write: F) -> Result<(), StoreError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<(), StoreError>>,
{
    let mut delay = Duration::from_millis(100);
    let mut tries = 0;
    loop {
        match write().await {
            Ok(()) => return Ok(()),
            Err(e) if e.is_transient() && tries < RECORD_TRIES => {
                tries += 1;
                tracing::warn!(error = %e, retry_in = ?delay, "cannot record a send result yet");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(2));
            }
            Err(e) => return Err(e),
        }
    }
}

/// About 20 s of retries (0.1 + 0.2 + 0.4 + 0.8 + 1.6 + 2 × 8).
const RECORD_TRIES: u32 = 13;

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
