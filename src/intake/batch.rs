//! Grouping a mailbox listing into fetches: at most so many messages and about so many bytes
//! per round trip, oversized messages apart (header only).

/// A group of UIDs fetched in one round trip.
#[derive(Debug, PartialEq, Eq)]
pub struct Batch {
    pub uids: Vec<u32>,
    pub bytes: u64,
    /// Over the size limit: fetched header-only and stored as rejected.
    pub oversized: bool,
}

/// Groups messages so one round trip carries at most `max_count` messages and about `max_bytes`
/// (a single larger message goes alone); oversized ones are fetched header-only.
pub(super) fn batches(
    listing: &[(u32, u64)],
    max_count: usize,
    max_bytes: u64,
    size_limit: u64,
) -> Vec<Batch> {
    let max_count = max_count.max(1);
    let mut out = Vec::new();
    let mut current = Batch {
        uids: vec![],
        bytes: 0,
        oversized: false,
    };
    let mut oversized = Batch {
        uids: vec![],
        bytes: 0,
        oversized: true,
    };
    for &(uid, size) in listing {
        if size > size_limit {
            oversized.uids.push(uid);
            continue;
        }
        if !current.uids.is_empty()
            && (current.uids.len() >= max_count || current.bytes + size > max_bytes)
        {
            out.push(std::mem::replace(
                &mut current,
                Batch {
                    uids: vec![],
                    bytes: 0,
                    oversized: false,
                },
            ));
        }
        current.uids.push(uid);
        current.bytes += size;
    }
    if !current.uids.is_empty() {
        out.push(current);
    }
    if !oversized.uids.is_empty() {
        out.push(oversized);
    }
    out
}

/// `1:3,7,9:10` for a sorted UID list.
pub(super) fn uid_set(uids: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            out.push_str(&start.to_string());
        } else {
            out.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_sets_compress_runs() {
        assert_eq!(uid_set(&[1, 2, 3, 7, 9, 10]), "1:3,7,9:10");
        assert_eq!(uid_set(&[5]), "5");
    }

    #[test]
    fn batches_respect_count_bytes_and_the_size_limit() {
        let listing: Vec<(u32, u64)> = vec![(1, 10), (2, 10), (3, 10), (4, 1000), (5, 10)];
        let b = batches(&listing, 2, 25, 500);
        assert_eq!(b[0].uids, vec![1, 2]);
        assert_eq!(b[1].uids, vec![3, 5]);
        assert_eq!(
            b[2],
            Batch {
                uids: vec![4],
                bytes: 0,
                oversized: true
            }
        );
    }
}
