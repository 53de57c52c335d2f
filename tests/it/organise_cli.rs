//! The organiser commands, for real: the `regbot` binary against PostgreSQL, with the daemon
//! sending what they queue through Postfix → Dovecot, read back over IMAP. JSON is checked
//! against DESIGN.md's "Organiser commands" contract.

use std::time::Duration;

use encoding_rs::UTF_8;

use crate::support::*;

/// actor, action, target, before, after
type AuditLine = (
    String,
    String,
    String,
    Option<serde_json::Value>,
    Option<serde_json::Value>,
);

/// `regbot ARGS`, which must succeed; its standard output.
pub(crate) fn run_ok(env: &[(String, String)], args: &[&str]) -> String {
    let out = regbot(env, args);
    assert!(
        out.status.success(),
        "regbot {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn json_array(env: &[(String, String)], args: &[&str]) -> Vec<serde_json::Value> {
    let text = run_ok(env, args);
    serde_json::from_str::<Vec<serde_json::Value>>(&text)
        .unwrap_or_else(|e| panic!("{args:?} prints one JSON array ({e}): {text}"))
}

fn keys(v: &serde_json::Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
    k.sort();
    k
}

fn has_keys(v: &serde_json::Value, contract: &[&str]) {
    for key in contract {
        assert!(v.get(key).is_some(), "{key} missing in {v}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_organiser_lists_exports_corrects_answers_and_resolves_without_sql() {
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = regbot_env(&db, &stack, &mailbox);
    let _daemon = Daemon::start(&env);

    // A participant registers and asks a question; someone else writes nothing actionable.
    let asker = unique("asker", "example.test");
    let question_id = format!("{}@client.example", uuid::Uuid::new_v4());
    let raw = message(
        &format!("Jonas Petraitis <{asker}>"),
        &mailbox,
        "Registration",
        "Hello,\n\nI would like to register for the workshop.\nOrganisation: Lithuanian Laser Cluster\nCountry: Lithuania\n\nIs there a parking place at the venue?\n\nKind regards,\nJonas Petraitis\n",
        UTF_8,
        &question_id,
    );
    stack.send_raw(&asker, &mailbox, &raw).await;
    let stranger = unique("weather", "example.test");
    let raw = message(
        &format!("Ola Nordmann <{stranger}>"),
        &mailbox,
        "Riga",
        "Hello,\n\nthe weather in Riga looks nice this week.\n\nRegards, Ola\n",
        UTF_8,
        &format!("{}@client.example", uuid::Uuid::new_v4()),
    );
    stack.send_raw(&stranger, &mailbox, &raw).await;
    assert_eq!(
        stack
            .wait_for(&asker, "INBOX", 1, Duration::from_secs(20))
            .await
            .len(),
        1
    );
    assert_eq!(
        stack
            .wait_for(&stranger, "INBOX", 1, Duration::from_secs(20))
            .await
            .len(),
        1
    );

    // Someone who phoned is added by hand, and acknowledged by mail.
    let phoned = unique("phoned", "example.test");
    run_ok(
        &env,
        &[
            "participants",
            "add",
            &phoned,
            "--name",
            "Jane Doe",
            "--organisation",
            "Wood, Paper & Co",
            "--country",
            "LV",
        ],
    );
    let ack = stack
        .wait_for(&phoned, "INBOX", 1, Duration::from_secs(20))
        .await;
    assert_eq!(ack.len(), 1, "participants add sends the acknowledgement");
    assert!(body_text(&ack[0]).contains("Jane Doe"));
    let quiet = unique("quiet", "example.test");
    run_ok(&env, &["participants", "add", &quiet, "--quiet"]);
    let again = regbot(&env, &["participants", "add", &quiet]);
    assert!(!again.status.success(), "adding someone twice is refused");
    assert!(String::from_utf8_lossy(&again.stderr).contains("already registered"));

    // A correction and a note.
    run_ok(
        &env,
        &[
            "participants",
            "edit",
            &asker,
            "--organisation",
            "Baltic Laser Cluster",
            "--note",
            "vegetarian",
        ],
    );

    let list = json_array(&env, &["participants", "list", "--format", "json"]);
    assert_eq!(list.len(), 3);
    let contract = [
        "country",
        "created_at",
        "email",
        "experience",
        "ideas",
        "language",
        "name",
        "note",
        "organisation",
        "registered_by",
        "source",
        "status",
        "updated_at",
    ];
    for p in &list {
        assert_eq!(keys(p), contract, "exactly the contract's fields");
    }
    let jonas = list
        .iter()
        .find(|p| p["email"] == asker.as_str())
        .expect("the asker is listed");
    assert_eq!(jonas["organisation"], "Baltic Laser Cluster");
    assert_eq!(jonas["note"], "vegetarian");
    assert_eq!(jonas["source"], "mail");
    assert_eq!(jonas["country"], "LT");
    let jane = list
        .iter()
        .find(|p| p["email"] == phoned.as_str())
        .expect("added");
    assert_eq!(jane["source"], "organiser");
    assert_eq!(jane["status"], "confirmed");
    let latvians = json_array(
        &env,
        &[
            "participants",
            "list",
            "--country",
            "LV",
            "--format",
            "json",
        ],
    );
    assert_eq!(latvians.len(), 1);

    // The venue list as CSV, to a file; a missing value is empty, never "None".
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("venue.csv");
    run_ok(
        &env,
        &[
            "participants",
            "export",
            "--format",
            "csv",
            "--output",
            &path_str(&file),
        ],
    );
    let csv = std::fs::read_to_string(&file).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "email,name,organisation,country,experience,language,status,note,source,registered_by,created_at,updated_at,ideas"
        )
    );
    assert_eq!(lines.count(), 3);
    assert!(csv.contains("\"Wood, Paper & Co\""), "{csv}");
    assert!(!csv.contains("None") && !csv.contains("null"), "{csv}");
    let table = run_ok(&env, &["participants", "list"]);
    assert!(
        table.contains("Jane Doe") && table.contains("3 rows"),
        "{table}"
    );

    // The question is open; answering it writes in the asker's own thread and closes it.
    let open = json_array(&env, &["questions", "list", "--open", "--format", "json"]);
    assert_eq!(open.len(), 1, "{open:?}");
    has_keys(&open[0], &["id", "email", "name", "text", "status"]);
    assert_eq!(open[0]["status"], "open");
    assert_eq!(open[0]["email"], asker.as_str());
    let id = open[0]["id"].as_i64().unwrap().to_string();
    let answer = dir.path().join("answer.txt");
    std::fs::write(
        &answer,
        "Dear Jonas,\n\nyes: the venue has free parking in the courtyard.\n",
    )
    .unwrap();
    run_ok(
        &env,
        &[
            "questions",
            "answer",
            &id,
            "--body-file",
            &path_str(&answer),
        ],
    );
    let mails = stack
        .wait_for(&asker, "INBOX", 2, Duration::from_secs(20))
        .await;
    assert_eq!(mails.len(), 2, "the acknowledgement, then the answer");
    let reply = mails
        .iter()
        .find(|m| body_text(m).contains("free parking"))
        .expect("the answer arrived");
    assert_eq!(
        header(reply, "In-Reply-To"),
        Some(format!("<{question_id}>"))
    );
    assert!(
        header(reply, "Subject")
            .unwrap_or_default()
            .starts_with("Re: Registration")
    );
    assert!(json_array(&env, &["questions", "list", "--open", "--format", "json"]).is_empty());
    let all = json_array(&env, &["questions", "list", "--format", "json"]);
    assert_eq!(all[0]["status"], "answered");

    // The unclear message waits for review; resolved as an idea it is listed with the ideas.
    let items = json_array(&env, &["review", "list", "--open", "--format", "json"]);
    assert_eq!(items.len(), 1);
    has_keys(
        &items[0],
        &[
            "id",
            "inbound_id",
            "from",
            "subject",
            "reason",
            "status",
            "created_at",
        ],
    );
    assert_eq!(items[0]["reason"], "no_intent");
    assert_eq!(items[0]["from"], stranger.as_str());
    let item = items[0]["id"].as_i64().unwrap().to_string();
    run_ok(&env, &["review", "resolve", &item, "--as", "idea"]);
    assert!(json_array(&env, &["review", "list", "--open", "--format", "json"]).is_empty());
    let again = regbot(&env, &["review", "resolve", &item, "--as", "ignore"]);
    assert!(!again.status.success(), "an item is resolved once");
    let ideas = json_array(&env, &["ideas", "list", "--format", "json"]);
    assert_eq!(ideas.len(), 1);
    assert!(
        ideas[0]["text"]
            .as_str()
            .unwrap()
            .contains("weather in Riga")
    );
    let ideas_csv = run_ok(&env, &["ideas", "list", "--format", "csv"]);
    assert!(
        ideas_csv.starts_with("id,email,name,text,created_at\n"),
        "{ideas_csv}"
    );

    // Cancel and confirm, each audited with who, what, before and after.
    run_ok(&env, &["participants", "cancel", &quiet]);
    run_ok(&env, &["participants", "confirm", &quiet, "--quiet"]);
    let statuses = json_array(
        &env,
        &[
            "participants",
            "list",
            "--status",
            "confirmed",
            "--format",
            "json",
        ],
    );
    assert_eq!(statuses.len(), 3);
    let audit: Vec<AuditLine> =
        sqlx::query_as("select actor, action, target, before, after from audit order by id")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let actions: Vec<&str> = audit.iter().map(|a| a.1.as_str()).collect();
    assert_eq!(
        actions,
        [
            "participant.add",
            "participant.add",
            "participant.edit",
            "question.answer",
            "review.resolve",
            "participant.cancel",
            "participant.confirm"
        ]
    );
    assert!(audit.iter().all(|a| a.0.starts_with("cli:")));
    // The same trail without SQL.
    let trail = json_array(&env, &["audit", "--format", "json"]);
    let printed: Vec<&str> = trail.iter().filter_map(|a| a["action"].as_str()).collect();
    assert_eq!(printed, actions);
    assert_eq!(
        trail[2]["after"]["organisation"], "Baltic Laser Cluster",
        "{trail:?}"
    );
    assert!(trail.iter().all(
        |a| a["actor"].as_str().is_some_and(|x| x.starts_with("cli:")) && a["at"].is_string()
    ));
    let table = run_ok(&env, &["audit"]);
    assert!(table.contains("participant.edit"), "{table}");
    let edit = &audit[2];
    assert_eq!(
        edit.3.as_ref().unwrap()["organisation"],
        "Lithuanian Laser Cluster"
    );
    assert_eq!(
        edit.4.as_ref().unwrap()["organisation"],
        "Baltic Laser Cluster"
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(
        stack.fetch_all(&quiet, "INBOX").await.is_empty(),
        "--quiet writes to nobody"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_venue_list_exports_as_xlsx_from_the_cli_with_the_filter() {
    let stack = stack();
    let db = TestDb::new().await;
    let env = regbot_env(&db, &stack, &unique("register", "event.test"));
    let riga = unique("riga", "example.test");
    let vilnius = unique("vilnius", "example.test");
    run_ok(
        &env,
        &[
            "participants",
            "add",
            &riga,
            "--name",
            "Māris Krūmiņš",
            "--country",
            "LV",
            "--quiet",
        ],
    );
    run_ok(
        &env,
        &[
            "participants",
            "add",
            &vilnius,
            "--name",
            "Jonas Petraitis",
            "--country",
            "LT",
            "--quiet",
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("venue.xlsx");
    let file_arg = path_str(&file);
    run_ok(
        &env,
        &[
            "participants",
            "export",
            "--format",
            "xlsx",
            "--country",
            "LV",
            "--output",
            &file_arg,
        ],
    );
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"PK"), "an xlsx workbook (a zip archive)");
    let strings = xlsx_strings(&file);
    assert!(strings.contains("Māris Krūmiņš"), "{strings}");
    assert!(
        strings.contains("registered_by"),
        "the contract's columns: {strings}"
    );
    assert!(
        !strings.contains("Jonas Petraitis"),
        "the filter applies: {strings}"
    );
    // To standard output, the same workbook.
    let out = regbot(&env, &["participants", "export", "--format", "xlsx"]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"PK"));
}
