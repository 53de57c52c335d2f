//! The long run (scripts/chaos): every fault on one timeline while mail trickles in — SIGKILLs
//! at random moments across several daemons, the SMTP server down for a minute, PostgreSQL
//! restarted, Dovecot restarted, the mailbox's UIDVALIDITY changed with old mail back in the
//! inbox, and a SIGTERM. Runs only when REGBOT_FAULTS_CHAOS is set.

use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::crash::param;
use super::harness::*;
use crate::support::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    SmtpStop,
    SmtpStart,
    PgRestart,
    ImapRestart,
    UidValidity,
    Kill,
    Sigterm,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chaos_every_fault_on_one_timeline() {
    if std::env::var("REGBOT_FAULTS_CHAOS").is_err() {
        eprintln!("skipped: the long chaos run; scripts/chaos runs it (REGBOT_FAULTS_CHAOS=1)");
        return;
    }
    let _servers = SERVERS.write().await;
    let n = param("CHAOS_N", 1000);
    let duplicates = param("CHAOS_DUPLICATES", n / 10);
    let seconds = param("CHAOS_SECONDS", n / 10);
    let kills = param("CHAOS_KILLS", 10);
    let daemon_count = param("CHAOS_DAEMONS", 3).max(1);
    let outage = Duration::from_secs(param("CHAOS_SMTP_OUTAGE_SECS", 60) as u64);
    let rate = param("CHAOS_RATE", 20).max(1);
    let pg_cluster = std::env::var("REGBOT_FAULTS_PG_RESTART").ok();
    let seed = seed();
    eprintln!(
        "chaos: seed {seed}, {n} registrations + {duplicates} duplicates + {seconds} second registrations at {rate}/s, {kills} SIGKILLs, {daemon_count} daemons, SMTP down {outage:?}, PostgreSQL restart: {}",
        pg_cluster.as_deref().unwrap_or("no")
    );
    let mut rng = StdRng::seed_from_u64(seed);
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = fault_env(&db, &stack, &mailbox);

    let people: Vec<String> = (0..n)
        .map(|i| unique(&format!("c{i}"), "chaos.test"))
        .collect();
    let mut mails: Vec<Vec<u8>> = vec![];
    let mut expected: Vec<Expect> = vec![];
    for (i, person) in people.iter().enumerate() {
        let id = new_message_id();
        mails.push(registration(
            person,
            &format!("Person {i}"),
            &mailbox,
            &id,
            i,
        ));
        expected.push((person.clone(), id));
    }
    for _ in 0..duplicates {
        let i = rng.random_range(0..n);
        let again = mails[i].clone();
        let at = rng.random_range(i + 1..=mails.len());
        mails.insert(at, again);
    }
    for k in 0..seconds {
        let i = (k * 7919) % n;
        let id = new_message_id();
        mails.push(second_registration(
            &people[i],
            &format!("Person {i}"),
            &mailbox,
            &id,
        ));
        expected.push((people[i].clone(), id));
    }
    let messages = mails.len();
    let trickle = Duration::from_secs_f64(messages as f64 / rate as f64);

    // Mail arrives in the mailbox at `rate` per second (straight into the Maildir, so the SMTP
    // outage hits only regbot's replies).
    let mut daemons = Daemons::start(&env, daemon_count);
    let feeder = {
        let stack = stack.clone();
        let mailbox = mailbox.clone();
        tokio::spawn(async move {
            let gap = Duration::from_secs_f64(1.0 / rate as f64);
            for raw in mails {
                deliver_to_maildir(&stack, &mailbox, &raw);
                tokio::time::sleep(gap).await;
            }
        })
    };

    let span = trickle.max(outage + Duration::from_secs(20));
    let at = |f: f64| Duration::from_secs_f64(span.as_secs_f64() * f);
    let mut timeline = vec![
        (at(0.10), Event::SmtpStop),
        (at(0.10) + outage, Event::SmtpStart),
        (at(0.30), Event::ImapRestart),
        (at(0.50), Event::UidValidity),
        (span + Duration::from_secs(5), Event::Sigterm),
    ];
    if pg_cluster.is_some() {
        timeline.push((at(0.40), Event::PgRestart));
    }
    for _ in 0..kills {
        timeline.push((at(rng.random_range(0.02..1.0)), Event::Kill));
    }
    timeline.sort();
    let started = Instant::now();
    let mut log = vec![];
    let mut sigterm = None;
    for (when, event) in timeline {
        if let Some(wait) = when.checked_sub(started.elapsed()) {
            tokio::time::sleep(wait).await;
        }
        daemons.sample_rss();
        match event {
            Event::SmtpStop => assert!(mailstack(&["stop", "smtp"])),
            Event::SmtpStart => assert!(mailstack(&["start", "smtp"])),
            Event::ImapRestart => assert!(mailstack(&["restart", "imap"])),
            Event::PgRestart => restart_postgresql(pg_cluster.as_deref().unwrap_or("")),
            Event::UidValidity => {
                let processed = maildir_files(&stack, &mailbox, Some(".regbot-processed"));
                let back = processed.len().min(50);
                for file in processed.iter().take(back) {
                    if let Ok(raw) = std::fs::read(file) {
                        deliver_to_maildir(&stack, &mailbox, &raw);
                    }
                }
                if let Some(maildir) = processed
                    .first()
                    .and_then(|p| p.parent())
                    .and_then(|p| p.parent())
                    .and_then(|p| p.parent())
                {
                    for entry in std::fs::read_dir(maildir).into_iter().flatten().flatten() {
                        let name = entry.file_name().to_string_lossy().to_string();
                        if name.starts_with("dovecot-uidlist") || name.starts_with("dovecot.index")
                        {
                            let _ = std::fs::remove_file(entry.path());
                        }
                    }
                }
                log.push(format!("{back} old messages back in a recreated inbox"));
            }
            Event::Kill => {
                let i = rng.random_range(0..daemons.running.len());
                daemons.kill_and_restart(i);
            }
            Event::Sigterm => {
                let (status, took) = daemons.terminate(0);
                sigterm = Some((status, took));
                daemons.restart_one();
            }
        }
        eprintln!(
            "chaos: {:>6.1} s {event:?}",
            started.elapsed().as_secs_f64()
        );
    }
    feeder.await.expect("feeding the mailbox");
    let (status, took) = sigterm.expect("SIGTERM sent");
    let settle_start = Instant::now();
    settle(&stack, &db, &expected, Duration::from_secs(600)).await;
    let settled_in = settle_start.elapsed();
    daemons.sample_rss();
    let t = tally(&stack, &expected);
    let DbTotals {
        registrations,
        stored,
        not_processed: not_done,
        unsent,
    } = db_totals(&db).await;
    let left_in_inbox = maildir_files(&stack, &mailbox, None).len();
    let kills_done = daemons.kills;
    let logs = daemons.logs();
    let (peak, _) = daemons.finish();
    Row {
        scenario: if cfg!(debug_assertions) {
            "chaos: all faults on one timeline (debug build)"
        } else {
            "chaos: all faults on one timeline (release build)"
        },
        messages,
        faults: format!(
            "{kills_done} SIGKILL across {daemon_count} daemons, SMTP down {:.0} s, {}Dovecot restart, UIDVALIDITY change ({}), SIGTERM exit {} in {:.1} s; settled {:.0} s after the last fault",
            outage.as_secs_f64(),
            if pg_cluster.is_some() { "PostgreSQL restart, " } else { "" },
            log.join(", "),
            status.code().unwrap_or(-1),
            took.as_secs_f64(),
            settled_in.as_secs_f64()
        ),
        lost: t.lost,
        duplicated: t.duplicated(),
        peak_rss_kb: peak,
    }
    .print();
    eprintln!(
        "chaos: {t:?}; registrations {registrations}, stored {stored}, not processed {not_done}, unsent {unsent}, left in inbox {left_in_inbox}"
    );
    assert!(
        status.success() && took < Duration::from_secs(10),
        "SIGTERM: {status:?} in {took:?}"
    );
    assert_eq!(t.lost, 0, "{t:?}\n{}", tail(&logs));
    assert_eq!(t.doubled + t.unexpected, 0, "{t:?}\n{}", tail(&logs));
    assert!(t.resent <= kills_done * SMTP_CONNECTIONS, "{t:?}");
    assert_eq!(registrations, n as i64);
    assert_eq!(stored, (n + seconds) as i64);
    assert_eq!(not_done, 0);
    assert_eq!(unsent, 0);
    assert_eq!(left_in_inbox, 0);
}
