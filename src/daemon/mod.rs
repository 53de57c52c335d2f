//! The daemon: intake, processing and sending run concurrently until shutdown.
//!
//! Each stage is a loop around a step function (`Mailbox::drain`, `process_one_inbound`,
//! `send_due`) that `select!`s on the shutdown token, so SIGTERM finishes the step in hand and
//! stops. Stages wake each other through PostgreSQL `LISTEN/NOTIFY` (triggers on the queue
//! tables), which also wakes every other daemon sharing the database; a slow poll is the
//! safety net for a missed notification.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgListener;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::intake::{IntakeError, Mailbox};
use crate::outbox::{SendOutcome, Sender};
use crate::process::{ProcessError, Processor};
use crate::retry::Backoff;

mod stages;

pub use stages::{StageError, Stages};

/// Wake-up signals for the two queues, fed by the PostgreSQL listener.
#[derive(Default)]
pub struct Wakeups {
    /// New rows in `inbound_messages`.
    pub inbound: Notify,
    /// Outbox rows that are pending and due.
    pub outbox: Notify,
    /// True while the listener is connected. Then only worker 0 of each stage keeps the
    /// safety-net timer (an idle daemon wakes a few times a minute, not once per worker);
    /// without notifications every worker polls.
    pub listening: AtomicBool,
}

impl Wakeups {
    /// Whether this worker keeps a timer while idle.
    fn polls(&self, worker: usize) -> bool {
        worker == 0 || !self.listening.load(Ordering::Relaxed)
    }
}

/// Sleeps for `d`, or forever when `d` is None.
async fn sleep_or_wait(d: Option<Duration>) {
    match d {
        Some(d) => tokio::time::sleep(d).await,
        None => std::future::pending().await,
    }
}

/// Runs until `shutdown` is cancelled. Returns after every stage has finished its step in hand.
pub async fn run(config: Config, pool: PgPool, shutdown: CancellationToken) -> anyhow::Result<()> {
    let processor = Arc::new(Processor::new(config.clone())?);
    let sender = Arc::new(Sender::new(&config)?);
    let wakeups = Arc::new(Wakeups::default());
    let config = Arc::new(config);
    let mut tasks = Stages::default();

    tasks.spawn(
        "listener",
        listen(pool.clone(), wakeups.clone(), shutdown.clone()),
    );
    if config.imap.enabled {
        tasks.spawn(
            "intake",
            intake_loop(config.clone(), pool.clone(), shutdown.clone()),
        );
    } else {
        tracing::info!("imap.enabled is false: mail arrives only through `regbot ingest`");
    }
    for worker in 0..config.daemon.process_workers {
        tasks.spawn(
            format!("process worker {worker}"),
            process_loop(
                worker,
                processor.clone(),
                pool.clone(),
                wakeups.clone(),
                config.clone(),
                shutdown.clone(),
            ),
        );
    }
    for worker in 0..config.smtp.connections {
        tasks.spawn(
            format!("send worker {worker}"),
            send_loop(
                worker,
                sender.clone(),
                pool.clone(),
                wakeups.clone(),
                config.clone(),
                shutdown.clone(),
            ),
        );
    }
    tasks.spawn(
        "release",
        release_loop(processor.clone(), pool.clone(), shutdown.clone()),
    );
    tracing::info!(
        event = %config.event.id,
        process_workers = config.daemon.process_workers,
        smtp_connections = config.smtp.connections,
        "regbot is running"
    );
    tasks.supervise(shutdown).await?;
    Ok(())
}

/// Releases places held for a confirmation that did not come in time: at start, then hourly
/// (a timer, so an idle daemon does one transaction an hour for it).
async fn release_loop(processor: Arc<Processor>, pool: PgPool, shutdown: CancellationToken) {
    let mut every = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tokio::select! {
            _ = every.tick() => {}
            _ = shutdown.cancelled() => return,
        }
        match processor.release_unconfirmed(&pool).await {
            Ok(released) if !released.is_empty() => {
                tracing::info!(
                    count = released.len(),
                    "released places nobody confirmed in time"
                );
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "releasing unconfirmed places failed; trying again in an hour");
            }
        }
    }
}

async fn listen(pool: PgPool, wakeups: Arc<Wakeups>, shutdown: CancellationToken) {
    let mut backoff = Backoff::new(Duration::from_millis(500), Duration::from_secs(30));
    while !shutdown.is_cancelled() {
        let listener = async {
            let mut l = PgListener::connect_with(&pool).await?;
            l.listen_all(["regbot_inbound", "regbot_outbox"]).await?;
            Ok::<_, sqlx::Error>(l)
        }
        .await;
        let mut listener = match listener {
            Ok(l) => l,
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for database notifications; relying on polling");
                if !backoff.sleep(&shutdown).await {
                    return;
                }
                continue;
            }
        };
        backoff.reset();
        wakeups.listening.store(true, Ordering::Relaxed);
        // Anything may have happened while we were not listening.
        wakeups.inbound.notify_waiters();
        wakeups.outbox.notify_waiters();
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => return,
                n = listener.try_recv() => match n {
                    Ok(Some(n)) if n.channel() == "regbot_inbound" => wakeups.inbound.notify_waiters(),
                    Ok(Some(_)) => wakeups.outbox.notify_waiters(),
                    Ok(None) => {
                        // Connection lost and re-established by sqlx: notifications may be lost.
                        wakeups.inbound.notify_waiters();
                        wakeups.outbox.notify_waiters();
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "database notifications interrupted");
                        wakeups.listening.store(false, Ordering::Relaxed);
                        // Workers without a timer must poll from now on.
                        wakeups.inbound.notify_waiters();
                        wakeups.outbox.notify_waiters();
                        break;
                    }
                }
            }
        }
    }
}

async fn intake_loop(config: Arc<Config>, pool: PgPool, shutdown: CancellationToken) {
    let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(60));
    while !shutdown.is_cancelled() {
        match intake_session(&config, &pool, &shutdown, &mut backoff).await {
            Ok(()) => return,
            Err(e) => {
                let retry = backoff.peek();
                tracing::warn!(error = %e, retry_in = ?retry, "mailbox unavailable");
                if !backoff.sleep(&shutdown).await {
                    return;
                }
            }
        }
    }
}

/// One IMAP connection's life: drain, wait for news, drain again, until shutdown or an error.
async fn intake_session(
    config: &Config,
    pool: &PgPool,
    shutdown: &CancellationToken,
    backoff: &mut Backoff,
) -> Result<(), IntakeError> {
    let mut mailbox = Mailbox::open(config).await?;
    tracing::info!(mailbox = %config.imap.mailbox, idle = mailbox.supports_idle, "connected to the mailbox");
    loop {
        match mailbox.drain(pool, shutdown).await {
            Ok(n) if n > 0 => tracing::debug!(stored = n, "stored new messages"),
            Ok(_) => {}
            // The database is down: keep the connection, try again shortly.
            Err(IntakeError::Store(e)) if e.is_transient() => {
                tracing::warn!(error = %e, "cannot store mail; it stays in the mailbox");
                if !backoff.sleep(shutdown).await {
                    break;
                }
                continue;
            }
            Err(e) => return Err(e),
        }
        backoff.reset();
        if shutdown.is_cancelled() {
            break;
        }
        mailbox = mailbox.wait(shutdown).await?;
        if shutdown.is_cancelled() {
            break;
        }
    }
    mailbox.logout().await;
    Ok(())
}

async fn process_loop(
    worker: usize,
    processor: Arc<Processor>,
    pool: PgPool,
    wakeups: Arc<Wakeups>,
    config: Arc<Config>,
    shutdown: CancellationToken,
) {
    let poll = Duration::from_secs(config.daemon.queue_poll_secs.max(1));
    let mut backoff = Backoff::new(Duration::from_millis(200), Duration::from_secs(30));
    while !shutdown.is_cancelled() {
        // Register interest before looking, so a notification between the look and the wait
        // is not lost.
        let notified = wakeups.inbound.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        match processor
            .process_batch(&pool, config.daemon.process_batch)
            .await
        {
            Ok(done) if !done.is_empty() => {
                backoff.reset();
                if done.len() >= config.daemon.process_batch {
                    // More may wait (found by a timer, not announced): let the others help.
                    wakeups.inbound.notify_waiters();
                }
                for p in &done {
                    tracing::info!(
                        worker,
                        inbound_id = p.inbound_id,
                        status = %p.status,
                        reply = p.reply.map_or("-", |r| r.as_str()),
                        "processed"
                    );
                }
                continue;
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(worker, error = %e, "processing step failed");
                if !backoff.sleep(&shutdown).await {
                    return;
                }
                continue;
            }
        }
        let timer = wakeups.polls(worker).then_some(poll);
        tokio::select! {
            _ = &mut notified => {}
            _ = sleep_or_wait(timer) => {}
            _ = shutdown.cancelled() => return,
        }
    }
}

async fn send_loop(
    worker: usize,
    sender: Arc<Sender>,
    pool: PgPool,
    wakeups: Arc<Wakeups>,
    config: Arc<Config>,
    shutdown: CancellationToken,
) {
    let poll = Duration::from_secs(config.daemon.queue_poll_secs.max(1));
    // Pauses this worker while the SMTP server is unreachable, so a down server is not hammered
    // (each pause is also a probe: the next due mail is tried after it).
    let mut pause = Backoff::new(Duration::from_secs(1), Duration::from_secs(5));
    // Set while this worker has seen the server unreachable; the first mail through afterwards
    // releases every reply that waits for the server's return.
    let mut outage = false;
    while !shutdown.is_cancelled() {
        let notified = wakeups.outbox.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        match sender.send_due_batch(&pool, config.smtp.send_batch).await {
            Ok(outcomes) if outcomes.is_empty() => {}
            Ok(outcomes) => {
                if outcomes.len() >= config.smtp.send_batch {
                    // More may be due (found by a timer, not announced): let the others help.
                    wakeups.outbox.notify_waiters();
                }
                let unreachable = outcomes.iter().any(|o| {
                    matches!(
                        o,
                        SendOutcome::Retry {
                            connection: true,
                            ..
                        }
                    )
                });
                let sent = outcomes
                    .iter()
                    .any(|o| matches!(o, SendOutcome::Sent { .. }));
                if outage && sent {
                    outage = false;
                    match crate::store::release_after_outage(&pool).await {
                        Ok(n) => tracing::info!(
                            worker,
                            released = n,
                            "the SMTP server is back; waiting replies are due now"
                        ),
                        Err(e) => {
                            tracing::warn!(worker, error = %e, "could not release the replies that waited for the SMTP server")
                        }
                    }
                }
                tracing::debug!(worker, ?outcomes, "send step");
                if unreachable {
                    outage = true;
                    if !pause.sleep(&shutdown).await {
                        return;
                    }
                } else {
                    pause.reset();
                }
                continue;
            }
            Err(e) => {
                tracing::warn!(worker, error = %e, "sending step failed");
                if !pause.sleep(&shutdown).await {
                    return;
                }
                continue;
            }
        }
        // Sleep until notified, the next retry falls due, or the safety-net poll. Worker 0
        // watches the clock for all; when it finds a full batch due it wakes the others.
        let timer = if wakeups.polls(worker) {
            let wait = match crate::store::next_outbound_due(&pool).await {
                Ok(Some(due)) => (due - chrono::Utc::now())
                    .to_std()
                    .unwrap_or(Duration::ZERO)
                    .min(poll),
                _ => poll,
            };
            Some(wait.max(Duration::from_millis(20)))
        } else {
            None
        };
        tokio::select! {
            _ = &mut notified => {}
            _ = sleep_or_wait(timer) => {}
            _ = shutdown.cancelled() => return,
        }
    }
}

/// `regbot run --once`: store what waits in the mailbox, process everything pending, send
/// everything due now, and return counts.
pub async fn run_once(config: Config, pool: PgPool) -> anyhow::Result<OnceReport> {
    let shutdown = CancellationToken::new();
    let mut report = OnceReport::default();
    if config.imap.enabled {
        let mut mailbox = Mailbox::open(&config).await?;
        report.stored = mailbox.drain(&pool, &shutdown).await?;
        mailbox.logout().await;
    }
    let processor = Processor::new(config.clone())?;
    report.released = processor.release_unconfirmed(&pool).await?.len() as u64;
    loop {
        match processor.process_one_inbound(&pool).await {
            Ok(Some(_)) => report.processed += 1,
            Ok(None) => break,
            Err(e) if e.is_transient() => return Err(e.into()),
            // A message is tried `GIVE_UP_AFTER` times in this loop; it is one failure, counted
            // when it is given up.
            Err(ProcessError::Message { gave_up, .. }) => {
                if gave_up {
                    report.failed += 1;
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "a message could not be processed");
                report.failed += 1;
            }
        }
    }
    let sender = Sender::new(&config)?;
    loop {
        match sender.send_due(&pool).await? {
            SendOutcome::Idle => break,
            SendOutcome::Sent { .. } => report.sent += 1,
            SendOutcome::Retry { .. } => report.deferred += 1,
            SendOutcome::Failed { .. } => report.send_failed += 1,
            SendOutcome::Suppressed { .. } => report.suppressed += 1,
        }
    }
    Ok(report)
}

#[derive(Debug, Default, Clone, Copy)]
pub struct OnceReport {
    pub stored: u64,
    /// Places held for a confirmation that did not come in time, released.
    pub released: u64,
    pub processed: u64,
    pub failed: u64,
    pub sent: u64,
    pub deferred: u64,
    pub send_failed: u64,
    pub suppressed: u64,
}
