//! Broadcasts from the CLI, for real: the `regbot` binary against PostgreSQL, the daemon
//! sending through Postfix → Dovecot, read back over IMAP.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::organise_cli::run_ok;
use crate::support::*;

/// `regbot ARGS` as a child with piped output, in an empty folder.
fn spawn(env: &[(String, String)], args: &[&str], dir: &std::path::Path) -> std::process::Child {
    Command::new(regbot_bin())
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run regbot")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_multilingual_broadcast_takes_each_languages_subject_and_never_prints_none() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let mut env = regbot_env(&db, &stack, &mailbox);
    env.push(("REGBOT_IMAP__ENABLED".into(), "false".into()));
    // The shipped templates plus a broadcast in English and Latvian only.
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    let copied = Command::new("cp")
        .arg("-r")
        .arg(repo().join("config/templates"))
        .arg(&templates)
        .status()
        .unwrap();
    assert!(copied.success());
    std::fs::write(
        templates.join("en/programme.txt"),
        "Subject: The programme is out\n\nHello {{ participant.name }},\n\nthe programme of {{ event.name }} is online.\nCountry: {{ participant.country }}.\n",
    )
    .unwrap();
    std::fs::write(
        templates.join("lv/programme.txt"),
        "Subject: Programma ir publicēta\n\nLabdien, {{ participant.name }}!\n\nValsts: {{ participant.country }}.\n",
    )
    .unwrap();
    env.retain(|(k, _)| k != "REGBOT_REPLIES__TEMPLATES_DIR");
    env.push(("REGBOT_REPLIES__TEMPLATES_DIR".into(), path_str(&templates)));

    let jane = unique("jane", "example.test");
    let liga = unique("liga", "example.test");
    let jan = unique("jan", "example.test");
    run_ok(
        &env,
        &[
            "participants",
            "add",
            &jane,
            "--name",
            "Jane Roe",
            "--language",
            "en",
            "--quiet",
        ],
    );
    run_ok(
        &env,
        &[
            "participants",
            "add",
            &liga,
            "--name",
            "Līga Ozola",
            "--country",
            "LV",
            "--language",
            "lv",
            "--quiet",
        ],
    );
    run_ok(
        &env,
        &[
            "participants",
            "add",
            &jan,
            "--name",
            "Jan Kowalski",
            "--country",
            "PL",
            "--language",
            "pl",
            "--quiet",
        ],
    );

    let dry = run_ok(&env, &["broadcast", "--template", "programme", "--dry-run"]);
    assert!(dry.contains("3 recipients"), "{dry}");
    assert!(dry.contains("  en: 1\n"), "{dry}");
    assert!(dry.contains("  lv: 1\n"), "{dry}");
    assert!(
        dry.contains("  pl: 1 (no pl template: written in en)"),
        "the fallback is shown: {dry}"
    );

    // Filters: by country, by language, by status, and by registration date.
    let count = |args: &[&str]| {
        let mut all = vec!["broadcast", "--template", "programme", "--dry-run"];
        all.extend_from_slice(args);
        run_ok(&env, &all)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        count(&["--country", "lv"]),
        "1 recipients; nothing queued (dry run)"
    );
    assert_eq!(
        count(&["--language", "pl"]),
        "1 recipients; nothing queued (dry run)"
    );
    assert_eq!(
        count(&["--status", "waitlisted"]),
        "0 recipients; nothing queued (dry run)"
    );
    assert_eq!(
        count(&["--registered-after", "2000-01-01"]),
        "3 recipients; nothing queued (dry run)"
    );
    assert_eq!(
        count(&["--registered-after", "2999-01-01"]),
        "0 recipients; nothing queued (dry run)"
    );

    let queued = run_ok(
        &env,
        &[
            "broadcast",
            "--template",
            "programme",
            "--subject",
            "Fallback subject",
            "--country",
            "LV",
        ],
    );
    let first_id: i64 = sqlx::query_scalar("select max(id) from broadcasts")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(
        queued.contains(&format!("#{first_id} to 1 recipients")),
        "{queued}"
    );
    // The others, who did not get that one.
    let not_received = first_id.to_string();
    assert_eq!(
        count(&["--not-received", &not_received]),
        "2 recipients; nothing queued (dry run)"
    );
    run_ok(
        &env,
        &[
            "broadcast",
            "--template",
            "programme",
            "--subject",
            "Fallback subject",
            "--not-received",
            &not_received,
        ],
    );
    let _daemon = Daemon::start(&env);
    let subject_of = |raw: &[u8]| {
        use mailparse::MailHeaderMap;
        mailparse::parse_mail(raw)
            .unwrap()
            .headers
            .get_first_value("Subject")
            .unwrap_or_default()
    };
    for (who, subject) in [
        (&jane, "The programme is out"),
        (&liga, "Programma ir publicēta"),
        (&jan, "The programme is out"),
    ] {
        let mails = stack
            .wait_for(who, "INBOX", 1, Duration::from_secs(30))
            .await;
        assert_eq!(mails.len(), 1, "one broadcast to {who}");
        assert_eq!(subject_of(&mails[0]), subject, "the template's own subject");
        let text = body_text(&mails[0]);
        assert!(!text.to_lowercase().contains("none"), "{text}");
        if who == &jane {
            assert!(
                text.contains("Country: ."),
                "a missing country is empty: {text}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broadcast_errors_exit_78_naming_the_variable_and_a_closed_pipe_is_quiet() {
    let stack = stack();
    let db = TestDb::new().await;
    let env = regbot_env(&db, &stack, &unique("register", "event.test"));
    let dir = tempfile::tempdir().unwrap();
    let who = unique("nameless", "example.test");
    run_ok(&env, &["participants", "add", &who, "--quiet"]);

    let typo = dir.path().join("typo.txt");
    std::fs::write(&typo, "Hello {{ participant.phone }}\n").unwrap();
    let out = regbot(
        &env,
        &[
            "broadcast",
            "--subject",
            "Hi",
            "--body-file",
            &path_str(&typo),
            "--dry-run",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(78), "{stderr}");
    assert!(
        stderr.contains("participant.phone"),
        "names the variable: {stderr}"
    );
    assert_eq!(stderr.matches("regbot:").count(), 1, "said once: {stderr}");

    // `lang` and every participant value are defined; a missing one prints as nothing.
    let body = dir.path().join("body.txt");
    std::fs::write(
        &body,
        "Hello {{ participant.name }} ({{ lang }}, {{ participant.country }})\n",
    )
    .unwrap();
    let dry = run_ok(
        &env,
        &[
            "broadcast",
            "--subject",
            "Hi {{ participant.name }}",
            "--body-file",
            &path_str(&body),
            "--dry-run",
        ],
    );
    assert!(dry.contains("Hello  (en, )"), "{dry}");
    assert!(!dry.to_lowercase().contains("none"), "{dry}");

    // `broadcast --dry-run | head -1`: more output than a pipe holds, and the reader goes away.
    let long = dir.path().join("long.txt");
    std::fs::write(
        &long,
        "{% for i in range(20000) %}line {{ i }}\n{% endfor %}",
    )
    .unwrap();
    let mut child = spawn(
        &env,
        &[
            "broadcast",
            "--subject",
            "Hi",
            "--body-file",
            &path_str(&long),
            "--dry-run",
        ],
        dir.path(),
    );
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("1 recipients"), "{first}");
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "a closed pipe is no crash: {:?} {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );

    // Two identical broadcasts started at once queue once.
    sqlx::query(
        "insert into registrations (event_id, email, status) select 'test-event', 'p' || i || '@example.test', 'confirmed' from generate_series(1, 3000) i",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    let args = [
        "broadcast",
        "--subject",
        "Hi",
        "--body-file",
        &path_str(&body),
    ];
    let a = spawn(&env, &args, dir.path());
    let b = spawn(&env, &args, dir.path());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    let succeeded = [&a, &b].iter().filter(|o| o.status.success()).count();
    assert_eq!(
        succeeded,
        1,
        "{} / {}",
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr)
    );
    let loser = if a.status.success() { &b } else { &a };
    assert!(String::from_utf8_lossy(&loser.stderr).contains("already queued"));
    let (broadcasts, mails): (i64, i64) = sqlx::query_as(
        "select (select count(*) from broadcasts), (select count(*) from outbox where kind = 'broadcast')",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!((broadcasts, mails), (1, 3001));
}

/// Issue 9: a broadcast made with `--catch-up` also goes, once and in order, to everyone who
/// registers later, and their acknowledgement no longer promises what was already sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_catch_up_broadcast_reaches_late_registrants_once_in_order_after_their_acknowledgement() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = regbot_env(&db, &stack, &mailbox);
    let dir = tempfile::tempdir().unwrap();
    let body = dir.path().join("update.txt");
    std::fs::write(
        &body,
        "Hello {{ participant.name }},\n\nhere is news about {{ event.name }}.\n",
    )
    .unwrap();
    let body = path_str(&body);

    let early = unique("early", "example.test");
    run_ok(
        &env,
        &[
            "participants",
            "add",
            &early,
            "--name",
            "Early Bird",
            "--quiet",
        ],
    );
    let first = run_ok(
        &env,
        &[
            "broadcast",
            "--subject",
            "Update 1: the programme",
            "--body-file",
            &body,
            "--catch-up",
        ],
    );
    assert!(
        first.contains("queued broadcast #1 to 1 recipients"),
        "{first}"
    );
    run_ok(
        &env,
        &[
            "broadcast",
            "--subject",
            "Update 2: the hotel",
            "--body-file",
            &body,
            "--catch-up",
        ],
    );
    run_ok(
        &env,
        &[
            "broadcast",
            "--subject",
            "Update 3: early birds only",
            "--body-file",
            &body,
        ],
    );
    let refused = regbot(
        &env,
        &[
            "broadcast",
            "--subject",
            "x",
            "--body-file",
            &body,
            "--catch-up",
            "--status",
            "waitlisted",
        ],
    );
    assert_eq!(
        refused.status.code(),
        Some(78),
        "catch-up goes with confirmed registrants only"
    );

    let _daemon = Daemon::start(&env);
    assert_eq!(
        stack
            .wait_for(&early, "INBOX", 3, Duration::from_secs(30))
            .await
            .len(),
        3
    );

    // A late registration by mail, and one added by an organiser.
    let anna = unique("anna", "example.test");
    let raw = message(
        &format!("Anna Ozola <{anna}>"),
        &mailbox,
        "Registration",
        "Hello,\n\nI would like to register for the workshop.\n\nAnna Ozola\nBaltic Wood Cluster, Latvia\n",
        encoding_rs::UTF_8,
        &format!("{}@client.example", uuid::Uuid::new_v4()),
    );
    stack.send_raw(&anna, &mailbox, &raw).await;
    let late = unique("late", "example.test");
    run_ok(
        &env,
        &["participants", "add", &late, "--name", "Late Comer"],
    );

    for who in [&anna, &late] {
        let mails = stack
            .wait_for(who, "INBOX", 3, Duration::from_secs(30))
            .await;
        let subjects: Vec<String> = mails
            .iter()
            .map(|m| header(m, "Subject").unwrap_or_default())
            .collect();
        assert_eq!(mails.len(), 3, "{who}: {subjects:?}");
        assert!(
            subjects[0].contains("registered"),
            "the acknowledgement first: {subjects:?}"
        );
        assert_eq!(
            &subjects[1..],
            ["Update 1: the programme", "Update 2: the hotel"],
            "in order"
        );
        let ack = body_text(&mails[0]);
        assert!(
            !ack.contains("will follow"),
            "promises nothing already sent: {ack}"
        );
        assert!(ack.contains("follows in separate messages"), "{ack}");
    }

    // Processing everything again sends nothing again.
    let again = regbot(&env, &["reprocess", "--notify"]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    tokio::time::sleep(Duration::from_secs(4)).await;
    for (who, n) in [(&anna, 3), (&late, 3), (&early, 3)] {
        assert_eq!(
            stack.fetch_all(who, "INBOX").await.len(),
            n,
            "{who} got each once"
        );
    }
    let counted: Vec<i32> = sqlx::query_scalar("select recipients from broadcasts order by id")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        counted,
        [3, 3, 1],
        "late registrants count as recipients of what they caught up on"
    );

    // The third update, sent again with --catch-up, becomes a catch-up broadcast: the late
    // ones get it now, the one who had it does not get it twice.
    let third = run_ok(
        &env,
        &[
            "broadcast",
            "--subject",
            "Update 3: early birds only",
            "--body-file",
            &body,
            "--catch-up",
        ],
    );
    assert!(
        third.contains("queued broadcast #3 to 2 recipients"),
        "{third}"
    );
    for who in [&anna, &late] {
        let mails = stack
            .wait_for(who, "INBOX", 4, Duration::from_secs(30))
            .await;
        assert_eq!(mails.len(), 4, "{who}");
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(stack.fetch_all(&early, "INBOX").await.len(), 3, "once each");
}
