//! Outages: the SMTP server stopped mid-run, Dovecot restarted and connections kicked, the
//! mailbox recreated under a new UIDVALIDITY, PostgreSQL restarted (chaos script only).

use std::time::{Duration, Instant};

use super::crash::param;
use super::harness::*;
use crate::support::*;

pub fn registrations(mailbox: &str, domain: &str, n: usize) -> (Vec<Mail>, Vec<Expect>) {
    let mut mails = vec![];
    let mut expected = vec![];
    for i in 0..n {
        let person = unique(&format!("p{i}"), domain);
        let id = new_message_id();
        mails.push((
            person.clone(),
            mailbox.to_string(),
            registration(&person, &format!("Person {i}"), mailbox, &id, i),
        ));
        expected.push((person, id));
    }
    (mails, expected)
}

pub async fn wait_until(within: Duration, mut done: impl AsyncFnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < within {
        if done().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtp_outage_every_reply_arrives_after_it_returns_none_twice() {
    let _servers = SERVERS.write().await;
    let n = param("N_OUTAGE", 40);
    let outage = Duration::from_secs(param("SMTP_OUTAGE_SECS", 8) as u64);
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = fault_env(&db, &stack, &mailbox);
    let (mails, expected) = registrations(&mailbox, "smtp-outage.test", n);
    submit_all(&stack, &mails).await;
    let mut daemons = Daemons::start(&env, 1);
    // Stop Postfix as soon as the daemon has started work: most replies meet the outage.
    let started = wait_until(Duration::from_secs(30), async || {
        count(&db, "select count(*) from inbound_messages").await > 0
    })
    .await;
    assert!(
        started,
        "the daemon stored nothing: {}",
        tail(&daemons.logs())
    );
    assert!(mailstack(&["stop", "smtp"]), "could not stop Postfix");
    let stopped_at = Instant::now();
    tokio::time::sleep(outage).await;
    let during = count(&db, "select count(*) from outbox where status = 'sent'").await;
    let waiting = count(&db, "select count(*) from outbox where status = 'pending'").await;
    assert!(mailstack(&["start", "smtp"]), "could not restart Postfix");
    let outage_took = stopped_at.elapsed();
    let back = Instant::now();
    settle(&stack, &db, &expected, Duration::from_secs(90)).await;
    let recovered_in = back.elapsed();
    daemons.sample_rss();
    let t = tally(&stack, &expected);
    let failed = count(&db, "select count(*) from outbox where status <> 'sent'").await;
    let logs = daemons.logs();
    let (peak, _) = daemons.finish();
    Row {
        scenario: "SMTP server stopped mid-run",
        messages: n,
        faults: format!(
            "SMTP down {:.0} s ({waiting} replies waiting); all delivered {:.0} s after its return",
            outage_took.as_secs_f64(),
            recovered_in.as_secs_f64()
        ),
        lost: t.lost,
        duplicated: t.duplicated(),
        peak_rss_kb: peak,
    }
    .print();
    assert!(
        waiting > 0,
        "the outage hit no reply ({during} sent before it): the scenario proved nothing"
    );
    assert_eq!(t.lost, 0, "{t:?}\n{}", tail(&logs));
    assert_eq!(t.duplicated(), 0, "{t:?}\n{}", tail(&logs));
    assert_eq!(failed, 0, "no reply given up because of an outage");
    assert!(
        logs.contains("will retry"),
        "the daemon retried with backoff"
    );
    assert!(
        logs.contains("the SMTP server is back"),
        "the waiting replies were released when the server returned:\n{}",
        tail(&logs)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_restart_and_dropped_connections_the_daemon_reconnects_and_goes_on() {
    let _servers = SERVERS.write().await;
    let per_phase = param("N_IMAP_PHASE", 10);
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = fault_env(&db, &stack, &mailbox);
    let mut daemons = Daemons::start(&env, 1);
    let mut all_expected = vec![];
    for phase in 0..3 {
        let (mails, expected) = registrations(&mailbox, "imap-outage.test", per_phase);
        submit_all(&stack, &mails).await;
        all_expected.extend(expected.clone());
        settle(&stack, &db, &expected, Duration::from_secs(60)).await;
        match phase {
            0 => assert!(mailstack(&["restart", "imap"]), "could not restart Dovecot"),
            1 => {
                // `no users kicked` (exit 68) is fine when the daemon is reconnecting anyway.
                let _ = mailstack(&["kick", &mailbox]);
            }
            _ => {}
        }
    }
    settle(&stack, &db, &all_expected, Duration::from_secs(60)).await;
    daemons.sample_rss();
    let t = tally(&stack, &all_expected);
    let logs = daemons.logs();
    let connects = logs.matches("connected to the mailbox").count();
    let alive = daemons.all_alive();
    let (peak, _) = daemons.finish();
    Row {
        scenario: "Dovecot restarted, then connections kicked",
        messages: all_expected.len(),
        faults: format!("1 restart + 1 kick; {connects} IMAP logins"),
        lost: t.lost,
        duplicated: t.duplicated(),
        peak_rss_kb: peak,
    }
    .print();
    assert!(alive, "the daemon did not survive:\n{}", tail(&logs));
    assert!(connects >= 2, "the daemon reconnected:\n{}", tail(&logs));
    assert_eq!(t.lost, 0, "{t:?}\n{}", tail(&logs));
    assert_eq!(t.duplicated(), 0, "{t:?}\n{}", tail(&logs));
}

async fn uid_validity(stack: &Stack, user: &str) -> u32 {
    let mut s = stack.imap(user).await;
    let mb = s.examine("INBOX").await.expect("examine INBOX");
    let _ = s.logout().await;
    mb.uid_validity.unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_uidvalidity_with_the_old_mail_back_in_the_inbox_reprocesses_nothing() {
    let _servers = SERVERS.read().await;
    let n = param("N_UIDVALIDITY", 10);
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = fault_env(&db, &stack, &mailbox);
    let mut daemons = Daemons::start(&env, 1);
    let (mails, mut expected) = registrations(&mailbox, "uidvalidity.test", n);
    submit_all(&stack, &mails).await;
    settle(&stack, &db, &expected, Duration::from_secs(60)).await;
    let before = uid_validity(&stack, &mailbox).await;

    // The mailbox is recreated: the processed mail is back in the inbox, every UID is new.
    let root = maildir_files(&stack, &mailbox, Some(".regbot-processed"));
    assert_eq!(root.len(), n, "the daemon moved every stored message");
    let maildir = root[0]
        .parent()
        .and_then(|p| p.parent())
        .and_then(|p| p.parent())
        .expect("Maildir")
        .to_path_buf();
    for file in &root {
        let raw = std::fs::read(file).expect("read processed mail");
        deliver_to_maildir(&stack, &mailbox, &raw);
    }
    for entry in std::fs::read_dir(&maildir).expect("Maildir").flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with("dovecot-uidlist") || name.starts_with("dovecot.index") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    let after = uid_validity(&stack, &mailbox).await;
    // And one new registration, which must be answered as usual.
    let (mails, fresh) = registrations(&mailbox, "uidvalidity.test", 1);
    submit_all(&stack, &mails).await;
    expected.extend(fresh);
    settle(&stack, &db, &expected, Duration::from_secs(60)).await;
    let drained = wait_until(Duration::from_secs(20), async || {
        maildir_files(&stack, &mailbox, None).is_empty()
    })
    .await;
    daemons.sample_rss();
    let t = tally(&stack, &expected);
    let stored = count(&db, "select count(*) from inbound_messages").await;
    let logs = daemons.logs();
    let (peak, _) = daemons.finish();
    Row {
        scenario: "UIDVALIDITY change, old mail back in the inbox",
        messages: 2 * n + 1,
        faults: format!("UIDVALIDITY {before} -> {after}"),
        lost: t.lost,
        duplicated: t.duplicated(),
        peak_rss_kb: peak,
    }
    .print();
    assert_ne!(before, after, "the UIDVALIDITY changed");
    assert!(
        drained,
        "the re-appeared mail left the inbox:\n{}",
        tail(&logs)
    );
    assert_eq!(stored, n as i64 + 1, "nothing stored twice");
    assert_eq!(t.lost, 0, "{t:?}\n{}", tail(&logs));
    assert_eq!(t.duplicated(), 0, "{t:?}\n{}", tail(&logs));
}

/// PostgreSQL restarted mid-run. It restarts the one server every test on this machine uses,
/// so it runs only when asked (scripts/chaos sets REGBOT_FAULTS_PG_RESTART=1).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgresql_restart_mid_run_leaves_nothing_uncommitted_and_the_daemon_recovers() {
    let Ok(cluster) = std::env::var("REGBOT_FAULTS_PG_RESTART") else {
        eprintln!(
            "skipped: restarting PostgreSQL affects every test on this server; set REGBOT_FAULTS_PG_RESTART=1 (scripts/chaos does)"
        );
        return;
    };
    let _servers = SERVERS.write().await;
    let n = param("N_PG", 60);
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = fault_env(&db, &stack, &mailbox);
    let (mails, expected) = registrations(&mailbox, "pg-restart.test", n);
    let mut daemons = Daemons::start(&env, 1);
    submit_all(&stack, &mails).await;
    let started = wait_until(Duration::from_secs(30), async || {
        count(&db, "select count(*) from outbox").await > 0
    })
    .await;
    assert!(started, "{}", tail(&daemons.logs()));
    restart_postgresql(&cluster);
    // The test's own pool lost its connections too; sqlx reconnects on the next query.
    settle(&stack, &db, &expected, Duration::from_secs(120)).await;
    daemons.sample_rss();
    let t = tally(&stack, &expected);
    let unsent = count(&db, "select count(*) from outbox where status <> 'sent'").await;
    let stored = count(&db, "select count(*) from inbound_messages").await;
    let left = maildir_files(&stack, &mailbox, None).len();
    let alive = daemons.all_alive();
    let logs = daemons.logs();
    let (peak, _) = daemons.finish();
    Row {
        scenario: "PostgreSQL restarted mid-run",
        messages: n,
        faults: "1 PostgreSQL restart (-m fast)".into(),
        lost: t.lost,
        duplicated: t.duplicated(),
        peak_rss_kb: peak,
    }
    .print();
    assert!(alive, "the daemon recovered by itself:\n{}", tail(&logs));
    assert_eq!(stored, n as i64, "every message stored once");
    assert_eq!(left, 0, "no message left in the inbox");
    assert_eq!(unsent, 0);
    assert_eq!(t.lost, 0, "{t:?}\n{}", tail(&logs));
    assert!(t.doubled + t.unexpected == 0, "{t:?}\n{}", tail(&logs));
}
