//! `regbot parse`, as other tools call it: JSON lines in input order, exit codes, and a sweep over
//! every message of the shared corpus (no panic, one line each).

use std::process::Command;

use crate::support::*;

fn parse(files: &[String]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    Command::new(regbot_bin())
        .arg("parse")
        .args(files)
        .current_dir(dir.path())
        .output()
        .expect("run regbot parse")
}

#[test]
fn every_corpus_message_gives_exactly_one_json_line_in_order() {
    let Some(corpus) = corpus_dir() else { return };
    let files = mail_files(&corpus);
    assert!(
        files.len() > 1000,
        "the corpus has over a thousand messages, found {}",
        files.len()
    );
    let mut seen = 0;
    for chunk in files.chunks(400) {
        let names: Vec<String> = chunk.iter().map(|p| path_str(p)).collect();
        let out = parse(&names);
        assert_eq!(
            out.status.code(),
            Some(0),
            "stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).expect("parse prints UTF-8");
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), names.len(), "one line per file");
        for (line, name) in lines.iter().zip(&names) {
            let v: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{name}: not JSON ({e}): {line}"));
            assert_eq!(v["file"], name.as_str(), "input order");
            for field in [
                "message_id",
                "from",
                "subject",
                "language",
                "automated",
                "intents",
                "participant",
                "idea",
                "text",
                "bounced_recipients",
                "complained_recipients",
            ] {
                assert!(v.get(field).is_some(), "{name}: field {field} missing");
            }
            if !v["automated"].is_null() {
                assert_eq!(
                    v["intents"],
                    serde_json::json!([]),
                    "{name}: automated mail has no intents"
                );
            }
        }
        seen += lines.len();
    }
    eprintln!("parsed {seen} corpus messages");
}

#[test]
fn an_unreadable_file_gets_an_error_line_and_exit_1_and_the_others_still_parse() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.eml");
    std::fs::write(&good, b"From: Anna <anna@example.org>\r\nSubject: Registration\r\nMessage-ID: <x1@example.org>\r\n\r\nPlease register me.\r\n").unwrap();
    let missing = dir.path().join("missing.eml");
    let out = parse(&[path_str(&missing), path_str(&good)]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0]["error"]
            .as_str()
            .unwrap()
            .contains("could not read")
    );
    assert_eq!(lines[1]["message_id"], "x1@example.org");
    assert_eq!(lines[1]["from"]["email"], "anna@example.org");
}

#[test]
fn parse_without_files_is_a_usage_error() {
    let out = parse(&[]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_configuration_that_cannot_be_read_is_named_on_stderr_and_parse_still_answers() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("config")).unwrap();
    std::fs::write(
        dir.path().join("config/regbot.toml"),
        "[event]\nid = \"x\"\nplacez = [\"Riga\"]\n",
    )
    .unwrap();
    let mail = dir.path().join("m.eml");
    std::fs::write(&mail, b"From: Anna <anna@example.org>\r\nSubject: Registration\r\nMessage-ID: <x2@example.org>\r\n\r\nPlease register me.\r\n").unwrap();
    let out = Command::new(regbot_bin())
        .arg("parse")
        .arg(path_str(&mail))
        .current_dir(dir.path())
        .output()
        .expect("run regbot parse");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning") && stderr.contains("placez"),
        "stderr: {stderr}"
    );
    let line: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(line["message_id"], "x2@example.org");
}
