//! Intake: getting mail into `inbound_messages`, from an IMAP mailbox or from an MTA pipe.
//!
//! The mailbox is a queue and the database is the truth: a batch of messages is fetched
//! (`UID FETCH … BODY.PEEK[]`, so nothing is marked read), stored in one round trip, committed,
//! and only then moved to the processed folder. A crash between the two re-reads the batch, and
//! the unique dedup key (Message-ID, or a hash of the bytes) makes that re-read a no-op.
//!
//! async-imap has no per-command timeout, so every command is wrapped in one here: a dead
//! connection is noticed, dropped and re-established with capped backoff.

use std::fmt::Debug;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use async_imap::Session;
use async_imap::extensions::idle::IdleResponse;
use futures::TryStreamExt;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_util::sync::CancellationToken;

use crate::config::{Config, ImapConfig, IntakeConfig, Security};
use crate::store::{self, NewInbound, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("could not connect to the IMAP server {server}: {source}")]
    Connect {
        server: String,
        source: std::io::Error,
    },
    #[error("TLS with the IMAP server {server} failed: {message}")]
    Tls { server: String, message: String },
    #[error(
        "the IMAP server refused the login for {user}: {message} (check imap.username and imap.password)"
    )]
    Login { user: String, message: String },
    #[error(
        "the IMAP server does not offer STARTTLS (use imap.security = \"tls\" on port 993, or \"none\" on a trusted network)"
    )]
    NoStarttls,
    #[error("IMAP command {command} failed: {message}")]
    Command {
        command: &'static str,
        message: String,
    },
    #[error("the IMAP server did not answer {command} within {timeout:?}")]
    Timeout {
        command: &'static str,
        timeout: Duration,
    },
    #[error("the IMAP connection was closed by the server")]
    Closed,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("could not read {path}: {source}")]
    File {
        path: String,
        source: std::io::Error,
    },
}

/// Anything a session can run over: plain TCP or TLS.
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send + Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + Debug> Io for T {}
pub type ImapSession = Session<Box<dyn Io>>;

/// Runs an IMAP command with a deadline; async-imap itself would wait forever.
async fn timed<T, E: std::fmt::Display>(
    command: &'static str,
    timeout: Duration,
    fut: impl Future<Output = Result<T, E>>,
) -> Result<T, IntakeError> {
    match tokio::time::timeout(timeout, fut).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(IntakeError::Command {
            command,
            message: e.to_string(),
        }),
        Err(_) => Err(IntakeError::Timeout { command, timeout }),
    }
}

fn tls_connector(config: &ImapConfig) -> Result<tokio_rustls::TlsConnector, IntakeError> {
    let server = format!("{}:{}", config.server.host, config.server.port);
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = &config.server.ca_file {
        let pem = std::fs::read(path).map_err(|e| IntakeError::Tls {
            server: server.clone(),
            message: format!("could not read imap.ca_file {}: {e}", path.display()),
        })?;
        for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
            let cert = cert.map_err(|e| IntakeError::Tls {
                server: server.clone(),
                message: format!("imap.ca_file {} is not PEM: {e}", path.display()),
            })?;
            roots.add(cert).map_err(|e| IntakeError::Tls {
                server: server.clone(),
                message: format!("imap.ca_file {}: {e}", path.display()),
            })?;
        }
    }
    let tls = rustls::ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tokio_rustls::TlsConnector::from(Arc::new(tls)))
}

async fn start_tls<S: AsyncRead + AsyncWrite + Unpin + Send + Debug + 'static>(
    config: &ImapConfig,
    stream: S,
) -> Result<Box<dyn Io>, IntakeError> {
    let server = format!("{}:{}", config.server.host, config.server.port);
    let connector = tls_connector(config)?;
    let name =
        rustls::pki_types::ServerName::try_from(config.server.host.clone()).map_err(|e| {
            IntakeError::Tls {
                server: server.clone(),
                message: format!("imap.host is not a valid TLS name: {e}"),
            }
        })?;
    let tls = tokio::time::timeout(
        Duration::from_secs(config.server.timeout_secs.max(1)),
        connector.connect(name, stream),
    )
    .await
    .map_err(|_| IntakeError::Tls {
        server: server.clone(),
        message: "the TLS handshake timed out".into(),
    })?
    .map_err(|e| IntakeError::Tls {
        server,
        message: e.to_string(),
    })?;
    Ok(Box::new(tls))
}

/// Connects, upgrades to TLS as configured, and logs in.
pub async fn connect(config: &ImapConfig) -> Result<ImapSession, IntakeError> {
    let server = format!("{}:{}", config.server.host, config.server.port);
    let timeout = Duration::from_secs(config.server.timeout_secs.max(1));
    let tcp = tokio::time::timeout(
        timeout,
        TcpStream::connect((config.server.host.as_str(), config.server.port)),
    )
    .await
    .map_err(|_| IntakeError::Connect {
        server: server.clone(),
        source: std::io::Error::new(std::io::ErrorKind::TimedOut, "connect timed out"),
    })?
    .map_err(|source| IntakeError::Connect {
        server: server.clone(),
        source,
    })?;
    tcp.set_nodelay(true).ok();
    let stream: Box<dyn Io> = match config.server.security {
        Security::None => Box::new(tcp),
        Security::Tls => start_tls(config, tcp).await?,
        Security::Starttls => {
            let mut client = async_imap::Client::new(tcp);
            read_greeting(&mut client, timeout).await?;
            timed(
                "STARTTLS",
                timeout,
                client.run_command_and_check_ok("STARTTLS", None),
            )
            .await
            .map_err(|e| match e {
                IntakeError::Command { .. } => IntakeError::NoStarttls,
                other => other,
            })?;
            start_tls(config, client.into_inner()).await?
        }
    };
    let mut client = async_imap::Client::new(stream);
    if config.server.security != Security::Starttls {
        read_greeting(&mut client, timeout).await?;
    }
    let login = tokio::time::timeout(
        timeout,
        client.login(&config.server.username, config.server.password.expose()),
    )
    .await;
    match login {
        Ok(Ok(session)) => Ok(session),
        Ok(Err((e, _))) => Err(IntakeError::Login {
            user: config.server.username.clone(),
            // The server's words, never our password (async-imap does not echo it).
            message: e
                .to_string()
                .replace(config.server.password.expose(), "***"),
        }),
        Err(_) => Err(IntakeError::Timeout {
            command: "LOGIN",
            timeout,
        }),
    }
}

async fn read_greeting<S: AsyncRead + AsyncWrite + Unpin + Send + Debug>(
    client: &mut async_imap::Client<S>,
    timeout: Duration,
) -> Result<(), IntakeError> {
    match tokio::time::timeout(timeout, client.read_response()).await {
        Ok(Ok(Some(_))) => Ok(()),
        Ok(Ok(None)) => Err(IntakeError::Closed),
        Ok(Err(e)) => Err(IntakeError::Command {
            command: "greeting",
            message: e.to_string(),
        }),
        Err(_) => Err(IntakeError::Timeout {
            command: "greeting",
            timeout,
        }),
    }
}

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

/// One IMAP mailbox being drained into the database.
pub struct Mailbox<'a> {
    config: &'a Config,
    session: ImapSession,
    supports_move: bool,
    supports_uidplus: bool,
    pub supports_idle: bool,
}

impl<'a> Mailbox<'a> {
    /// Logs in, makes sure the processed folder exists and selects the inbox.
    pub async fn open(config: &'a Config) -> Result<Mailbox<'a>, IntakeError> {
        let imap = &config.imap;
        let timeout = config.imap_timeout();
        let mut session = connect(imap).await?;
        let caps = timed("CAPABILITY", timeout, session.capabilities()).await?;
        let names: Vec<String> = timed("LIST", timeout, async {
            let list = session
                .list(Some(""), Some(&imap.processed_mailbox))
                .await?;
            list.map_ok(|n| n.name().to_string()).try_collect().await
        })
        .await?;
        if !names.iter().any(|n| n == &imap.processed_mailbox) {
            timed("CREATE", timeout, session.create(&imap.processed_mailbox)).await?;
            tracing::info!(folder = %imap.processed_mailbox, "created the processed folder");
        }
        timed("SELECT", timeout, session.select(&imap.mailbox)).await?;
        Ok(Mailbox {
            config,
            supports_move: caps.has_str("MOVE"),
            supports_uidplus: caps.has_str("UIDPLUS"),
            supports_idle: caps.has_str("IDLE") && imap.idle,
            session,
        })
    }

    fn drain_unsolicited(&mut self) {
        // async-imap keeps at most 100 and drops the rest; we re-scan the mailbox anyway.
        while self.session.unsolicited_responses.try_recv().is_ok() {}
    }

    /// Stores and moves away everything in the inbox. Returns how many messages were new.
    pub async fn drain(
        &mut self,
        pool: &PgPool,
        shutdown: &CancellationToken,
    ) -> Result<u64, IntakeError> {
        let timeout = self.config.imap_timeout();
        let limits = &self.config.intake;
        let mut new = 0;
        loop {
            self.drain_unsolicited();
            // NOOP lets the server report new mail; then list what is there, with sizes.
            timed("NOOP", timeout, self.session.noop()).await?;
            let mut listing: Vec<(u32, u64)> = timed("UID FETCH sizes", timeout * 2, async {
                let fetches = self.session.uid_fetch("1:*", "(UID RFC822.SIZE)").await?;
                fetches
                    .try_filter_map(|f| async move {
                        Ok(f.uid.map(|u| (u, f.size.unwrap_or(0) as u64)))
                    })
                    .try_collect()
                    .await
            })
            .await
            .or_else(|e| match e {
                // An empty mailbox answers `1:*` with an error on some servers.
                IntakeError::Command { .. } => Ok(vec![]),
                other => Err(other),
            })?;
            listing.sort_unstable();
            listing.dedup();
            if listing.is_empty() {
                return Ok(new);
            }
            for batch in batches(
                &listing,
                self.config.imap.batch_size as usize,
                limits.batch_bytes,
                limits.max_message_bytes,
            ) {
                if shutdown.is_cancelled() {
                    return Ok(new);
                }
                new += self.store_batch(pool, &batch).await?;
            }
        }
    }

    async fn store_batch(&mut self, pool: &PgPool, batch: &Batch) -> Result<u64, IntakeError> {
        let timeout = self.config.imap_timeout();
        let limits = &self.config.intake;
        let mut rows = Vec::with_capacity(batch.uids.len());
        let set = uid_set(&batch.uids);
        let query = if batch.oversized {
            "(UID RFC822.SIZE BODY.PEEK[HEADER])"
        } else {
            "(UID RFC822.SIZE BODY.PEEK[])"
        };
        // Larger batches get proportionally more time (1 MB/s as the floor of a sane link).
        let deadline = timeout + Duration::from_secs(batch.bytes / 1_000_000);
        let fetched: Vec<(u32, u64, Vec<u8>)> = timed("UID FETCH", deadline, async {
            let fetches = self.session.uid_fetch(&set, query).await?;
            fetches
                .try_filter_map(|f| async move {
                    let bytes = if batch.oversized {
                        f.header()
                    } else {
                        f.body()
                    };
                    Ok(f.uid.map(|u| {
                        (
                            u,
                            f.size.unwrap_or(0) as u64,
                            bytes.unwrap_or_default().to_vec(),
                        )
                    }))
                })
                .try_collect()
                .await
        })
        .await?;
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
            self.move_to_processed(&uid_set(&stored_uids)).await?;
        }
        Ok(new)
    }

    async fn move_to_processed(&mut self, set: &str) -> Result<(), IntakeError> {
        let timeout = self.config.imap_timeout();
        let folder = self.config.imap.processed_mailbox.clone();
        if self.supports_move {
            timed("UID MOVE", timeout, self.session.uid_mv(set, &folder)).await?;
        } else {
            timed("UID COPY", timeout, self.session.uid_copy(set, &folder)).await?;
            timed("UID STORE", timeout, async {
                let s = self
                    .session
                    .uid_store(set, "+FLAGS.SILENT (\\Deleted)")
                    .await?;
                s.try_collect::<Vec<_>>().await
            })
            .await?;
            if self.supports_uidplus {
                timed("UID EXPUNGE", timeout, async {
                    let s = self.session.uid_expunge(set).await?;
                    s.try_collect::<Vec<_>>().await
                })
                .await?;
            } else {
                timed("EXPUNGE", timeout, async {
                    let s = self.session.expunge().await?;
                    s.try_collect::<Vec<_>>().await
                })
                .await?;
            }
        }
        Ok(())
    }

    /// Waits for new mail with IDLE (or a poll interval), until mail arrives, the IDLE period
    /// ends, or shutdown. Returns the mailbox for the next drain.
    pub async fn wait(self, shutdown: &CancellationToken) -> Result<Mailbox<'a>, IntakeError> {
        let timeout = self.config.imap_timeout();
        if !self.supports_idle {
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(self.config.imap.poll_interval_secs.max(1))) => {}
                _ = shutdown.cancelled() => {}
            }
            return Ok(self);
        }
        let Mailbox {
            config,
            session,
            supports_move,
            supports_uidplus,
            supports_idle,
        } = self;
        let mut idle = session.idle();
        timed("IDLE", timeout, idle.init()).await?;
        // Re-issued well inside RFC 2177's 29 minutes; also bounds how long a silently dead
        // connection can go unnoticed.
        let renew = Duration::from_secs(config.imap.idle_renew_secs.clamp(10, 25 * 60));
        let mut lost = false;
        {
            let (wait, stop) = idle.wait_with_timeout(renew);
            tokio::select! {
                r = wait => match r {
                    Ok(IdleResponse::NewData(_)) | Ok(IdleResponse::Timeout) => {}
                    // We never fired `stop` here, so this is the connection dropping.
                    Ok(IdleResponse::ManualInterrupt) => lost = true,
                    Err(e) => return Err(IntakeError::Command { command: "IDLE", message: e.to_string() }),
                },
                _ = shutdown.cancelled() => { drop(stop); }
            }
        }
        if lost {
            return Err(IntakeError::Closed);
        }
        let session = timed("DONE", timeout, idle.done()).await?;
        Ok(Mailbox {
            config,
            session,
            supports_move,
            supports_uidplus,
            supports_idle,
        })
    }

    pub async fn logout(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(2), self.session.logout()).await;
    }
}

/// A group of UIDs fetched in one round trip.
#[derive(Debug, PartialEq, Eq)]
struct Batch {
    uids: Vec<u32>,
    bytes: u64,
    oversized: bool,
}

/// Groups messages so one round trip carries at most `max_count` messages and about `max_bytes`
/// (a single larger message goes alone); oversized ones are fetched header-only.
fn batches(
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
fn uid_set(uids: &[u32]) -> String {
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
