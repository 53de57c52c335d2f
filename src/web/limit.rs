//! Login attempts per address and per client IP, counted in memory over a sliding window.
//!
//! In memory because it only has to slow down guessing and mail-bombing from one server process;
//! the database separately caps the links mailed to one address
//! ([`crate::access::LINKS_PER_ADDRESS`]), which holds across several desk processes.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Attempts allowed per key within [`WINDOW`].
pub const PER_ADDRESS: usize = 5;
pub const PER_IP: usize = 20;
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

#[derive(Default)]
pub struct Limiter {
    attempts: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl Limiter {
    /// Records an attempt for each key and says whether all of them are within their limit.
    /// An attempt over the limit is not recorded, so waiting out the window always helps.
    pub fn allow(&self, keys: &[(&str, usize)], now: Instant) -> bool {
        let mut map = self.attempts.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 10_000 {
            map.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < WINDOW));
        }
        let mut allowed = true;
        for (key, limit) in keys {
            let q = map.entry((*key).to_string()).or_default();
            while q.front().is_some_and(|t| now.duration_since(*t) >= WINDOW) {
                q.pop_front();
            }
            if q.len() >= *limit {
                allowed = false;
            }
        }
        if allowed {
            for (key, _) in keys {
                if let Some(q) = map.get_mut(*key) {
                    q.push_back(now);
                }
            }
        }
        allowed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_has_its_own_limit_and_the_window_slides() {
        let l = Limiter::default();
        let t0 = Instant::now();
        for _ in 0..2 {
            assert!(l.allow(&[("ip:1", 3), ("email:a", 2)], t0));
        }
        assert!(
            !l.allow(&[("ip:1", 3), ("email:a", 2)], t0),
            "address limit reached"
        );
        assert!(
            l.allow(&[("ip:1", 3), ("email:b", 2)], t0),
            "another address from the same IP"
        );
        assert!(
            !l.allow(&[("ip:1", 3), ("email:c", 2)], t0),
            "IP limit reached"
        );
        assert!(l.allow(&[("ip:2", 3), ("email:c", 2)], t0));
        let later = t0 + WINDOW + Duration::from_secs(1);
        assert!(l.allow(&[("ip:1", 3), ("email:a", 2)], later));
    }
}
