//! The IMAP mailbox: connecting (TLS, STARTTLS, login), listing and fetching in batches,
//! moving stored mail to the processed folder, and waiting for news with IDLE.
//!
//! async-imap has no per-command timeout, so every command is wrapped in one here: a dead
//! connection is noticed, dropped and re-established with capped backoff.

use std::fmt::Debug;
use std::future::Future;
use std::time::Duration;

use async_imap::Session;
use async_imap::extensions::idle::IdleResponse;
use futures::TryStreamExt;
use sqlx::PgPool;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_util::sync::CancellationToken;

use super::IntakeError;
use super::batch::{Batch, uid_set};
use super::source::{self, DrainLimits, Fetched, MailSource};
use crate::config::{Config, ImapConfig, Security};
use crate::oauth2::{AuthMethod, OAuth2Error};
use crate::tls;

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

async fn start_tls<S: AsyncRead + AsyncWrite + Unpin + Send + Debug + 'static>(
    config: &ImapConfig,
    stream: S,
) -> Result<Box<dyn Io>, IntakeError> {
    let server = format!("{}:{}", config.server.host, config.server.port);
    let tls::Client { connector, name } = tls::connector("imap", &config.server)?;
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
    if config.server.auth == AuthMethod::Oauth2 {
        let tokens = config.server.tokens.as_ref().ok_or_else(|| {
            OAuth2Error::Config("imap.auth = \"oauth2\" but no token source was set up".into())
        })?;
        let (session, _lease) = crate::oauth2::mail::imap_login(
            client,
            &config.server.username,
            &config.server.host,
            config.server.port,
            tokens,
            timeout,
        )
        .await?;
        return Ok(session);
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

/// One IMAP mailbox being drained into the database.
pub struct Mailbox<'a> {
    config: &'a Config,
    session: ImapSession,
    supports_move: bool,
    supports_uidplus: bool,
    pub supports_idle: bool,
    /// With OAuth2: when the token this session logged in with is due for renewal. Dovecot,
    /// Exchange and Gmail may end a session whose token expired, so an IDLE ends here and the
    /// mailbox logs in again with a fresh token.
    relogin_at: Option<tokio::time::Instant>,
}

impl<'a> Mailbox<'a> {
    /// Logs in, makes sure the processed folder exists and selects the inbox.
    pub async fn open(config: &'a Config) -> Result<Mailbox<'a>, IntakeError> {
        let imap = &config.imap;
        let timeout = config.imap_timeout();
        let mut session = connect(imap).await?;
        let relogin_at = match &imap.server.tokens {
            Some(tokens) if imap.server.auth == AuthMethod::Oauth2 => {
                tokens.current().await.map(|lease| lease.renew_at)
            }
            _ => None,
        };
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
            relogin_at,
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
        let config = self.config;
        let limits = DrainLimits {
            intake: &config.intake,
            batch_size: config.imap.batch_size as usize,
        };
        source::drain(self, pool, limits, shutdown).await
    }

    /// Waits for new mail with IDLE (or a poll interval), until mail arrives, the IDLE period
    /// ends, or shutdown. Returns the mailbox for the next drain.
    pub async fn wait(self, shutdown: &CancellationToken) -> Result<Mailbox<'a>, IntakeError> {
        let timeout = self.config.imap_timeout();
        if self
            .relogin_at
            .is_some_and(|at| tokio::time::Instant::now() >= at)
        {
            return self.relogin().await;
        }
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
            relogin_at,
        } = self;
        let mut idle = session.idle();
        timed("IDLE", timeout, idle.init()).await?;
        // Re-issued well inside RFC 2177's 29 minutes; also bounds how long a silently dead
        // connection can go unnoticed.
        let mut renew = Duration::from_secs(config.imap.idle_renew_secs.clamp(10, 25 * 60));
        if let Some(at) = relogin_at {
            renew = renew.min(at.saturating_duration_since(tokio::time::Instant::now()));
        }
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
        let mailbox = Mailbox {
            config,
            session,
            supports_move,
            supports_uidplus,
            supports_idle,
            relogin_at,
        };
        if relogin_at.is_some_and(|at| tokio::time::Instant::now() >= at) {
            return mailbox.relogin().await;
        }
        Ok(mailbox)
    }

    /// Logs out and in again with a fresh token (the old one is about to expire).
    async fn relogin(self) -> Result<Mailbox<'a>, IntakeError> {
        let config = self.config;
        self.logout().await;
        tracing::debug!("imap: logging in again before the OAuth2 token expires");
        Mailbox::open(config).await
    }

    pub async fn logout(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(2), self.session.logout()).await;
    }
}

impl MailSource for Mailbox<'_> {
    async fn list(&mut self) -> Result<Vec<(u32, u64)>, IntakeError> {
        let timeout = self.config.imap_timeout();
        self.drain_unsolicited();
        // NOOP lets the server report new mail; then list what is there, with sizes.
        timed("NOOP", timeout, self.session.noop()).await?;
        timed("UID FETCH sizes", timeout * 2, async {
            let fetches = self.session.uid_fetch("1:*", "(UID RFC822.SIZE)").await?;
            fetches
                .try_filter_map(
                    |f| async move { Ok(f.uid.map(|u| (u, f.size.unwrap_or(0) as u64))) },
                )
                .try_collect()
                .await
        })
        .await
        .or_else(|e| match e {
            // An empty mailbox answers `1:*` with an error on some servers.
            IntakeError::Command { .. } => Ok(vec![]),
            other => Err(other),
        })
    }

    async fn fetch(&mut self, batch: &Batch) -> Result<Vec<Fetched>, IntakeError> {
        let timeout = self.config.imap_timeout();
        let set = uid_set(&batch.uids);
        let query = if batch.oversized {
            "(UID RFC822.SIZE BODY.PEEK[HEADER])"
        } else {
            "(UID RFC822.SIZE BODY.PEEK[])"
        };
        // Larger batches get proportionally more time (1 MB/s as the floor of a sane link).
        let deadline = timeout + Duration::from_secs(batch.bytes / 1_000_000);
        timed("UID FETCH", deadline, async {
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
        .await
    }

    async fn remove(&mut self, uids: &[u32]) -> Result<(), IntakeError> {
        self.move_to_processed(&uid_set(uids)).await
    }
}

impl Mailbox<'_> {
    /// Whether a MOVE or COPY failed only because another session (a second daemon) expunged
    /// some of the messages first: the server says `NO [EXPUNGEISSUED]` (RFC 5530). That is the
    /// ordinary race of two daemons on one mailbox, not an outage: a NOOP brings this session's
    /// view up to date, so the caller repeats the command once for what is left (the UIDs
    /// already gone are ignored then). Any other failure is returned as it is.
    async fn taken_by_another_session(
        &mut self,
        outcome: Result<(), IntakeError>,
    ) -> Result<bool, IntakeError> {
        match outcome {
            Ok(()) => Ok(false),
            Err(e) if expunge_issued(&e) => {
                tracing::debug!("another session moved some of these messages first");
                let timeout = self.config.imap_timeout();
                timed("NOOP", timeout, self.session.noop()).await?;
                self.drain_unsolicited();
                Ok(true)
            }
            Err(e) => Err(e),
        }
    }

    async fn move_to_processed(&mut self, set: &str) -> Result<(), IntakeError> {
        let timeout = self.config.imap_timeout();
        let folder = self.config.imap.processed_mailbox.clone();
        if self.supports_move {
            let moved = timed("UID MOVE", timeout, self.session.uid_mv(set, &folder)).await;
            if !self.taken_by_another_session(moved).await? {
                return Ok(());
            }
            timed("UID MOVE", timeout, self.session.uid_mv(set, &folder)).await?;
        } else {
            let copied = timed("UID COPY", timeout, self.session.uid_copy(set, &folder)).await;
            if self.taken_by_another_session(copied).await? {
                timed("UID COPY", timeout, self.session.uid_copy(set, &folder)).await?;
            }
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
}

/// A refusal with the EXPUNGEISSUED response code. async-imap does not parse that code (it is
/// not in RFC 3501), so it arrives in the text of the NO answer.
fn expunge_issued(e: &IntakeError) -> bool {
    matches!(e, IntakeError::Command { message, .. } if message.contains("EXPUNGEISSUED"))
}

#[cfg(test)]
#[path = "imap_tests.rs"]
mod tests;
