//! The mailbox against a scripted IMAP server on loopback: answers a real server gives rarely
//! and on its own timing (the integration tests use Dovecot for everything else).

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use super::*;

/// Answers every command with OK, except that the first `UID MOVE` is refused the way Dovecot
/// refuses it when another session expunged one of the messages first. Records the commands.
async fn scripted_server(first_move: &'static str) -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("address").port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        let (socket, _) = listener.accept().await.expect("accept");
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read).lines();
        write.write_all(b"* OK scripted IMAP ready\r\n").await.ok();
        let mut moves = 0;
        while let Ok(Some(line)) = lines.next_line().await {
            let (tag, command) = line.split_once(' ').unwrap_or((line.as_str(), ""));
            log.lock().expect("log").push(command.to_string());
            let verb = command.to_ascii_uppercase();
            let reply = if verb.starts_with("CAPABILITY") {
                format!("* CAPABILITY IMAP4rev1 MOVE UIDPLUS IDLE\r\n{tag} OK done\r\n")
            } else if verb.starts_with("LIST") {
                format!("* LIST () \"/\" Processed\r\n{tag} OK done\r\n")
            } else if verb.starts_with("SELECT") {
                format!("* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n{tag} OK [READ-WRITE] done\r\n")
            } else if verb.starts_with("UID MOVE") {
                moves += 1;
                if moves == 1 {
                    format!("{tag} {first_move}\r\n")
                } else {
                    format!("* 1 EXPUNGE\r\n{tag} OK moved\r\n")
                }
            } else if verb.starts_with("NOOP") {
                format!("* 1 EXPUNGE\r\n{tag} OK done\r\n")
            } else if verb.starts_with("LOGOUT") {
                format!("* BYE bye\r\n{tag} OK done\r\n")
            } else {
                format!("{tag} OK done\r\n")
            };
            if write.write_all(reply.as_bytes()).await.is_err() {
                break;
            }
        }
    });
    (port, seen)
}

fn config(dir: &std::path::Path, port: u16) -> Config {
    let path = dir.join("regbot.toml");
    std::fs::write(
        &path,
        format!(
            r#"
[database]
url = "postgres://unused@127.0.0.1/unused"
[imap]
host = "127.0.0.1"
port = {port}
security = "none"
username = "reg@event.test"
password = "secret"
timeout_secs = 5
[smtp]
host = "127.0.0.1"
from = "Registration <reg@event.test>"
[event]
id = "ev"
name = "An event"
"#
        ),
    )
    .expect("write config");
    Config::load(&path, true).expect("config loads")
}

#[tokio::test]
async fn defect_11_a_move_race_with_another_daemon_is_no_outage() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (port, seen) =
        scripted_server("NO [EXPUNGEISSUED] Some of the requested messages no longer exist").await;
    let config = config(dir.path(), port);
    let mut mailbox = Mailbox::open(&config).await.expect("opens");
    mailbox
        .remove(&[1, 2])
        .await
        .expect("a message another daemon moved first is no error");
    let seen = seen.lock().expect("log").clone();
    let moves: Vec<_> = seen.iter().filter(|c| c.starts_with("UID MOVE")).collect();
    assert_eq!(moves.len(), 2, "the move is repeated once: {seen:?}");
    let noop = seen.iter().position(|c| c == "NOOP").expect("a NOOP first");
    let second = seen
        .iter()
        .rposition(|c| c.starts_with("UID MOVE"))
        .expect("move");
    assert!(
        noop < second,
        "the view is refreshed before the repeat: {seen:?}"
    );
}

#[tokio::test]
async fn any_other_refusal_of_the_move_is_still_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (port, seen) = scripted_server("NO [TRYCREATE] no such folder").await;
    let config = config(dir.path(), port);
    let mut mailbox = Mailbox::open(&config).await.expect("opens");
    let err = mailbox.remove(&[1]).await.expect_err("a real refusal");
    assert!(err.to_string().contains("UID MOVE"), "{err}");
    let seen = seen.lock().expect("log").clone();
    assert_eq!(
        seen.iter().filter(|c| c.starts_with("UID MOVE")).count(),
        1,
        "no repeat: {seen:?}"
    );
}
