//! Mail as an MTA pipe (`regbot ingest`) or a file hands it over, and the row any message
//! becomes: its dedup key (Message-ID, or a hash of the bytes) and the size limit.

use sha2::{Digest, Sha256};
use tokio::io::AsyncRead;

use super::IntakeError;
use crate::config::IntakeConfig;
use crate::store::NewInbound;

/// The key that makes storing a message idempotent.
pub fn dedup_key(message_id: Option<&str>, raw: &[u8]) -> String {
    match message_id {
        Some(id) => format!("mid:{id}"),
        None => format!("sha256:{}", hex::encode(Sha256::digest(raw))),
    }
}

/// The Message-ID from the header block, without angle brackets; None when absent or unusable.
pub fn header_message_id(raw: &[u8]) -> Option<String> {
    let end = header_end(raw);
    let (headers, _) = mailparse::parse_headers(&raw[..end]).ok()?;
    let value = headers
        .iter()
        .find(|h| h.get_key_ref().eq_ignore_ascii_case("message-id"))?
        .get_value();
    let id = value
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim();
    (!id.is_empty() && id.len() <= 500 && !id.chars().any(|c| c.is_whitespace() || c.is_control()))
        .then(|| id.to_string())
}

/// Where the header block ends (or a cap, for a message with a runaway header).
fn header_end(raw: &[u8]) -> usize {
    let cap = raw.len().min(1 << 20);
    raw[..cap]
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| p + 4)
        .or_else(|| {
            raw[..cap]
                .windows(2)
                .position(|w| w == b"\n\n")
                .map(|p| p + 2)
        })
        .unwrap_or(cap)
}

/// Builds the row for one message, rejecting (headers only) what is over the size limit.
pub fn new_inbound(
    raw: Vec<u8>,
    true_size: u64,
    limits: &IntakeConfig,
    source: &'static str,
) -> NewInbound {
    let message_id = header_message_id(&raw);
    if true_size > limits.max_message_bytes {
        let headers = raw[..header_end(&raw)].to_vec();
        return NewInbound {
            dedup_key: dedup_key(message_id.as_deref(), &headers),
            message_id,
            source,
            raw: Some(headers),
            size_bytes: true_size as i64,
            rejected_reason: Some(format!(
                "message is {true_size} bytes, over intake.max_message_bytes ({}): only its header was stored",
                limits.max_message_bytes
            )),
        };
    }
    NewInbound {
        dedup_key: dedup_key(message_id.as_deref(), &raw),
        message_id,
        source,
        size_bytes: raw.len() as i64,
        raw: Some(raw),
        rejected_reason: None,
    }
}

/// Reads one message from a file or stdin (`-`), as an MTA pipe delivers it, without loading
/// more than the size limit allows.
pub async fn read_message(path: &str, limits: &IntakeConfig) -> Result<NewInbound, IntakeError> {
    use tokio::io::AsyncReadExt;
    let file_error = |source| IntakeError::File {
        path: path.to_string(),
        source,
    };
    let mut reader: Box<dyn AsyncRead + Unpin + Send> = if path == "-" {
        Box::new(tokio::io::stdin())
    } else {
        Box::new(tokio::fs::File::open(path).await.map_err(file_error)?)
    };
    let cap = limits.max_message_bytes;
    let mut raw = Vec::new();
    (&mut reader)
        .take(cap + 1)
        .read_to_end(&mut raw)
        .await
        .map_err(file_error)?;
    let mut size = raw.len() as u64;
    if size > cap {
        // Count the rest without keeping it.
        size += tokio::io::copy(&mut reader, &mut tokio::io::sink())
            .await
            .map_err(file_error)?;
    }
    Ok(new_inbound(raw, size, limits, "ingest"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_are_the_dedup_key_and_hashes_stand_in() {
        let raw = b"Message-ID: <abc@example.org>\r\nSubject: x\r\n\r\nbody";
        assert_eq!(header_message_id(raw).as_deref(), Some("abc@example.org"));
        let none = b"Subject: x\r\n\r\nbody";
        assert_eq!(header_message_id(none), None);
        assert!(dedup_key(None, none).starts_with("sha256:"));
        assert_eq!(dedup_key(None, none), dedup_key(None, none));
    }

    #[test]
    fn oversized_mail_keeps_only_its_header() {
        let limits = IntakeConfig {
            max_message_bytes: 40,
            batch_bytes: 100,
        };
        let raw = b"Message-ID: <m@x.org>\r\n\r\n"
            .iter()
            .chain([b'a'; 100].iter())
            .copied()
            .collect::<Vec<u8>>();
        let row = new_inbound(raw, 126, &limits, "ingest");
        assert!(row.rejected_reason.is_some());
        assert_eq!(
            row.raw.as_deref(),
            Some(&b"Message-ID: <m@x.org>\r\n\r\n"[..])
        );
        assert_eq!(row.size_bytes, 126);
    }
}
