//! Crashes: SIGKILL at random moments while registrations, duplicate deliveries and second
//! registrations flow through one or several daemons sharing a mailbox and a database; SIGTERM
//! mid-batch. Every registration recorded once, every message answered once.

use std::time::Duration;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::harness::*;
use crate::support::*;

/// A scenario's size; `REGBOT_FAULTS_<NAME>` overrides (the chaos script runs it bigger).
pub struct Load {
    pub name: &'static str,
    pub registrations: usize,
    pub duplicates: usize,
    pub seconds: usize,
    pub kills: usize,
    pub daemons: usize,
}

pub fn param(name: &str, default: usize) -> usize {
    std::env::var(format!("REGBOT_FAULTS_{name}"))
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_at_random_moments_loses_nothing_and_doubles_nothing() {
    let n = param("N", 150);
    run(Load {
        name: "crash: SIGKILL + SIGTERM, restarts",
        registrations: n,
        duplicates: param("DUPLICATES", n / 10),
        seconds: param("SECONDS", n / 10),
        kills: param("KILLS", 3),
        daemons: 1,
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_daemons_on_one_mailbox_process_and_answer_each_message_once() {
    let n = param("N_SHARED", 60);
    run(Load {
        name: "several daemons, one mailbox + database",
        registrations: n,
        duplicates: n / 10,
        seconds: n / 10,
        kills: param("KILLS_SHARED", 1),
        daemons: param("DAEMONS", 2),
    })
    .await;
}

async fn run(load: Load) {
    let _servers = SERVERS.read().await;
    let seed = seed();
    eprintln!(
        "{}: seed {seed} (REGBOT_FAULTS_SEED reproduces it)",
        load.name
    );
    let mut rng = StdRng::seed_from_u64(seed);
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = fault_env(&db, &stack, &mailbox);

    let people: Vec<String> = (0..load.registrations)
        .map(|i| unique(&format!("p{i}"), "crash.test"))
        .collect();
    let mut mails = vec![];
    let mut expected = vec![];
    for (i, person) in people.iter().enumerate() {
        let id = new_message_id();
        let raw = registration(person, &format!("Person {i}"), &mailbox, &id, i);
        mails.push((person.clone(), mailbox.clone(), raw));
        expected.push((person.clone(), id));
    }
    // The same message delivered again (a client or MTA retry): must not be answered again.
    for _ in 0..load.duplicates {
        let i = rng.random_range(0..load.registrations.max(1));
        let again = mails[i].clone();
        let at = rng.random_range(i + 1..=mails.len());
        mails.insert(at, again);
    }
    // The same person writing a second time: recorded once, answered once more.
    for k in 0..load.seconds {
        let i = (k * 7919) % load.registrations.max(1);
        let id = new_message_id();
        let raw = second_registration(&people[i], &format!("Person {i}"), &mailbox, &id);
        mails.push((people[i].clone(), mailbox.clone(), raw));
        expected.push((people[i].clone(), id));
    }
    let messages = mails.len();

    let mut daemons = Daemons::start(&env, load.daemons);
    let submitter = {
        let stack = stack.clone();
        tokio::spawn(async move { submit_all(&stack, &mails).await })
    };

    // Kills spread over the busy period, then one SIGTERM while mail still flows.
    let busy_ms = (load.registrations as u64 * 40).clamp(3_000, 60_000);
    let mut sigterm = None;
    for k in 0..=load.kills {
        let wait = rng
            .random_range(busy_ms / (load.kills as u64 + 2) / 2..busy_ms / (load.kills as u64 + 1));
        tokio::time::sleep(Duration::from_millis(wait)).await;
        let i = rng.random_range(0..daemons.running.len());
        if k < load.kills {
            daemons.kill_and_restart(i);
        } else {
            let (status, took) = daemons.terminate(i);
            sigterm = Some((status, took));
            daemons.restart_one();
        }
    }
    submitter.await.expect("submitting mail");
    let (status, took) = sigterm.expect("a SIGTERM was sent");
    assert!(
        status.success(),
        "SIGTERM mid-batch: exit status {status:?}"
    );
    assert!(took < Duration::from_secs(10), "SIGTERM took {took:?}");

    let within = Duration::from_secs(60 + load.registrations as u64 / 5);
    settle(&stack, &db, &expected, within).await;
    daemons.sample_rss();
    let t = tally(&stack, &expected);
    let DbTotals {
        registrations,
        stored,
        not_processed: not_done,
        unsent,
    } = db_totals(&db).await;
    let kills = daemons.kills;
    let logs = daemons.logs();
    let (peak, _) = daemons.finish();

    Row {
        scenario: load.name,
        messages,
        faults: format!(
            "{kills} SIGKILL, 1 SIGTERM (exit 0 in {:.1} s), {} daemon(s) x {SMTP_CONNECTIONS} SMTP connections",
            took.as_secs_f64(),
            load.daemons
        ),
        lost: t.lost,
        duplicated: t.duplicated(),
        peak_rss_kb: peak,
    }
    .print();
    let context = || format!("{t:?}; last log lines:\n{}", tail(&logs));
    assert_eq!(t.lost, 0, "replies lost: {}", context());
    assert_eq!(t.doubled, 0, "two replies to one message: {}", context());
    assert_eq!(t.unexpected, 0, "replies nobody asked for: {}", context());
    // SMTP has no two-phase commit: a SIGKILL after the server has the final "." but before
    // the commit of `sent` resends that mail (same Message-ID) once the lease runs out. Each
    // kill can catch every parallel SMTP connection of the killed daemon in that window.
    let window = kills * SMTP_CONNECTIONS;
    assert!(
        t.resent <= window,
        "more resends ({}) than sends a SIGKILL could interrupt ({kills} kills x {SMTP_CONNECTIONS} connections)",
        t.resent
    );
    if t.resent > 0 {
        eprintln!(
            "{}: {} reply(ies) sent twice with the same Message-ID: {kills} SIGKILLs landed while SMTP transactions were between the server's acceptance and the commit of `sent`",
            load.name, t.resent
        );
    }
    assert_eq!(
        registrations, load.registrations as i64,
        "one registration per person"
    );
    assert_eq!(
        stored,
        (load.registrations + load.seconds) as i64,
        "each distinct message stored once (duplicate deliveries are one row)"
    );
    assert_eq!(not_done, 0, "every stored message processed");
    assert_eq!(unsent, 0, "every queued reply sent");
}
