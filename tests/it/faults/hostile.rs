//! Hostile and broken input, put straight into the mailbox (no MTA to tidy it up): a 50 MB
//! message, 10,000 nested multiparts, a 1 MB header, invalid UTF-8, NUL bytes, a name with
//! CR/LF and `Bcc:`, HTML/script in names and ideas, SQL metacharacters. No panic, every message
//! stored and marked, no header injection, HTML escaped, memory bounded.

use std::time::Duration;

use super::crash::param;
use super::harness::*;
use crate::support::*;

const REGISTER: &str = "Hello,\r\n\r\nI would like to register for the workshop.\r\n";

fn head(from: &str, to: &str, subject: &str, extra: &str) -> String {
    format!(
        "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{}>\r\nDate: Mon, 1 Mar 2027 10:00:00 +0200\r\nMIME-Version: 1.0\r\n{extra}",
        new_message_id()
    )
}

fn big(from: &str, to: &str, megabytes: usize) -> Vec<u8> {
    let mut raw = head(
        &format!("Big Attachment <{from}>"),
        to,
        "Registration with a large file",
        "Content-Type: multipart/mixed; boundary=\"BIG\"\r\n\r\n",
    )
    .into_bytes();
    raw.extend_from_slice(
        format!("--BIG\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{REGISTER}\r\n--BIG\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n").as_bytes(),
    );
    let line = [b'Q'; 76];
    let lines = megabytes * 1024 * 1024 / 78;
    raw.reserve(lines * 78 + 64);
    for _ in 0..lines {
        raw.extend_from_slice(&line);
        raw.extend_from_slice(b"\r\n");
    }
    raw.extend_from_slice(b"--BIG--\r\n");
    raw
}

fn nested(from: &str, to: &str, depth: usize) -> Vec<u8> {
    let mut raw = head(
        &format!("Deep Nesting <{from}>"),
        to,
        "Registration",
        "Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n",
    );
    for i in 0..depth {
        raw.push_str(&format!(
            "--b{i}\r\nContent-Type: multipart/mixed; boundary=\"b{}\"\r\n\r\n",
            i + 1
        ));
    }
    raw.push_str(&format!(
        "--b{depth}\r\nContent-Type: text/plain\r\n\r\n{REGISTER}--b{depth}--\r\n"
    ));
    for i in (0..depth).rev() {
        raw.push_str(&format!("--b{i}--\r\n"));
    }
    raw.into_bytes()
}

fn huge_header(from: &str, to: &str) -> Vec<u8> {
    let mut junk = String::from("X-Junk: ");
    while junk.len() < 1024 * 1024 {
        junk.push_str(&"j".repeat(900));
        junk.push_str("\r\n ");
    }
    junk.push_str("end\r\n");
    format!(
        "{}Content-Type: text/plain; charset=utf-8\r\n\r\n{REGISTER}",
        head(&format!("Huge Header <{from}>"), to, "Registration", &junk)
    )
    .into_bytes()
}

fn invalid_utf8(from: &str, to: &str) -> Vec<u8> {
    let mut raw = b"From: \xff\xfe Inv\xc3\x28lid \xed\xa0\x80 <".to_vec();
    raw.extend_from_slice(from.as_bytes());
    raw.extend_from_slice(b">\r\nTo: ");
    raw.extend_from_slice(to.as_bytes());
    raw.extend_from_slice(
        format!(
            "\r\nSubject: Registr\u{e9}\r\nMessage-ID: <{}>\r\n",
            new_message_id()
        )
        .as_bytes(),
    );
    raw.extend_from_slice(b"Subject: \xc0\xaf\xf8\x88\x80\x80\x80\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
    raw.extend_from_slice(b"Hello \xff\xfe\xfd,\r\n\r\nI would like to register for the workshop.\r\nOrganisation: \xc3\x28 Broken \x80 Cluster\r\n");
    raw
}

fn with_nul(from: &str, to: &str) -> Vec<u8> {
    format!(
        "{}Content-Type: text/plain; charset=utf-8\r\n\r\nHello,\0\r\n\r\nI would like to register for the workshop.\r\nOrganisation: Null\0 Cluster\r\n\r\nNul\0 Person\r\n",
        head(&format!("\"Nul\0 Person\" <{from}>"), to, "Registration\0", "")
    )
    .into_bytes()
}

fn injection(from: &str, to: &str, victim: &str) -> Vec<u8> {
    let name = b_encode(&format!("Eve\r\nBcc: {victim}\r\nX-Evil: 1"));
    let subject = b_encode(&format!("Registration\r\nBcc: {victim}"));
    format!(
        "{}Content-Type: text/plain; charset=utf-8\r\n\r\n{REGISTER}Name: Eve\r\nBcc: {victim}\r\n",
        head(&format!("{name} <{from}>"), to, &subject, "")
    )
    .into_bytes()
}

fn script(from: &str, to: &str) -> Vec<u8> {
    format!(
        "{}Content-Type: text/plain; charset=utf-8\r\n\r\n{REGISTER}I also have an idea for a session: <script>alert('idea')</script><img src=x onerror=alert(1)> a workshop on web security.\r\n",
        head(&format!("\"<script>alert('name')</script>\" <{from}>"), to, "Registration and an idea", "")
    )
    .into_bytes()
}

fn sql(from: &str, to: &str) -> Vec<u8> {
    format!(
        "{}Content-Type: text/plain; charset=utf-8\r\n\r\n{REGISTER}Organisation: ' OR 1=1; DELETE FROM outbox; --\r\nCountry: Latvia\r\n",
        head(&format!("\"Robert'); DROP TABLE registrations;--\" <{from}>"), to, "Registration'; --", "")
    )
    .into_bytes()
}

/// The text/html part of a reply, decoded.
fn html_part(raw: &[u8]) -> Option<String> {
    let mail = mailparse::parse_mail(raw).ok()?;
    fn walk(p: &mailparse::ParsedMail) -> Option<String> {
        if p.ctype.mimetype == "text/html" {
            return p.get_body().ok();
        }
        p.subparts.iter().find_map(walk)
    }
    walk(&mail)
}

/// The header block of a reply (everything before the first empty line).
fn header_block(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    text.split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_mail_is_stored_and_marked_without_panic_injection_or_unbounded_memory() {
    let _servers = SERVERS.read().await;
    let stack = stack();
    let db = TestDb::new().await;
    let mailbox = unique("register", "event.test");
    let env = fault_env(&db, &stack, &mailbox);
    let a = |name: &str| unique(name, "hostile.test");
    let (big_from, nested_from, header_from, utf8_from) =
        (a("big"), a("nested"), a("header"), a("utf8"));
    let (nul_from, eve, script_from, sql_from, victim) =
        (a("nul"), a("eve"), a("script"), a("sql"), a("victim"));
    let megabytes = param("BIG_MB", 50);
    let depth = param("NESTED", 10_000);
    let mails: Vec<(&str, Vec<u8>)> = vec![
        ("50 MB", big(&big_from, &mailbox, megabytes)),
        ("nested multiparts", nested(&nested_from, &mailbox, depth)),
        ("1 MB header", huge_header(&header_from, &mailbox)),
        ("invalid UTF-8", invalid_utf8(&utf8_from, &mailbox)),
        ("NUL bytes", with_nul(&nul_from, &mailbox)),
        ("CR/LF + Bcc name", injection(&eve, &mailbox, &victim)),
        ("script in name and idea", script(&script_from, &mailbox)),
        ("SQL metacharacters", sql(&sql_from, &mailbox)),
    ];
    let messages = mails.len();
    for (_, raw) in &mails {
        deliver_to_maildir(&stack, &mailbox, raw);
    }
    drop(mails);
    let mut daemons = Daemons::start(&env, 1);

    // Clean senders with a plain registration: exactly one reply each.
    let must_answer = [&nul_from, &eve, &script_from, &sql_from];
    let expected: Vec<Expect> = vec![];
    let start = std::time::Instant::now();
    loop {
        daemons.sample_rss();
        let done = count(
            &db,
            "select count(*) from inbound_messages where status <> 'pending'",
        )
        .await;
        let answered = must_answer
            .iter()
            .filter(|a| !replies_to(&stack, a).is_empty())
            .count();
        if (done as usize == messages && answered == must_answer.len())
            || start.elapsed() > Duration::from_secs(90)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    settle(&stack, &db, &expected, Duration::from_secs(30)).await;
    daemons.sample_rss();
    let alive = daemons.all_alive();
    let logs = daemons.logs();

    let statuses: Vec<(String, String)> =
        sqlx::query_as("select status, coalesce(error, '') from inbound_messages order by id")
            .fetch_all(&db.pool)
            .await
            .expect("statuses");
    let rejected_big = count(
        &db,
        "select count(*) from inbound_messages where status = 'rejected' and size_bytes > 25000000 and length(raw) < 100000",
    )
    .await;
    let mut lost = 0;
    let mut duplicated = 0;
    for address in must_answer {
        let n = replies_to(&stack, address).len();
        lost += usize::from(n == 0);
        duplicated += n.saturating_sub(1);
    }
    for address in [&big_from, &nested_from, &header_from, &utf8_from] {
        duplicated += replies_to(&stack, address).len().saturating_sub(1);
    }
    let (peak, _) = daemons.finish();
    Row {
        scenario: "hostile input (50 MB, 10k nesting, 1 MB header, bad UTF-8, NUL, CR/LF+Bcc, script, SQL)",
        messages,
        faults: "none".into(),
        lost,
        duplicated,
        peak_rss_kb: peak,
    }
    .print();
    eprintln!("hostile statuses: {statuses:?}");

    assert!(alive, "the daemon survived every message:\n{}", tail(&logs));
    assert_eq!(
        statuses.len(),
        messages,
        "every message stored: {statuses:?}"
    );
    assert!(
        statuses.iter().all(|(s, _)| s != "pending"),
        "every message marked: {statuses:?}\n{}",
        tail(&logs)
    );
    assert_eq!(
        rejected_big, 1,
        "the 50 MB message is kept as rejected, header only"
    );
    assert_eq!(lost, 0, "each clean sender answered: {}", tail(&logs));
    assert_eq!(duplicated, 0, "nobody answered twice");

    // No header injection: the victim got nothing, Eve's reply has one recipient and no Bcc.
    assert!(
        maildir_files(&stack, &victim, None).is_empty(),
        "mail reached an address named in a header"
    );
    let eve_reply = &replies_to(&stack, &eve)[0];
    let headers = header_block(&eve_reply.raw);
    assert!(
        !headers.lines().any(|l| {
            let l = l.to_ascii_lowercase();
            l.starts_with("bcc:") || l.starts_with("x-evil:")
        }),
        "{headers}"
    );
    assert!(!headers.contains(&victim), "{headers}");

    // HTML escaped: the script name and idea are text in the HTML part.
    let script_reply = &replies_to(&stack, &script_from)[0];
    let html = html_part(&script_reply.raw).expect("the registration reply has an HTML part");
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{html}");
    assert!(!lower.contains("<img"), "{html}");
    assert!(
        lower.contains("&lt;script&gt;"),
        "the name is shown, escaped: {html}"
    );

    // SQL metacharacters are data.
    let sql_rows = sqlx::query_scalar::<_, i64>(
        "select count(*) from registrations where lower(email) = lower($1)",
    )
    .bind(&sql_from)
    .fetch_one(&db.pool)
    .await
    .expect("registrations table still there");
    assert_eq!(sql_rows, 1);
    let outbox_rows = count(&db, "select count(*) from outbox").await;
    assert!(
        outbox_rows >= must_answer.len() as i64,
        "DELETE FROM outbox did not run"
    );

    // NUL bytes: stored without them, the registration recorded.
    let nul_org: Option<String> =
        sqlx::query_scalar("select organisation from registrations where lower(email) = lower($1)")
            .bind(&nul_from)
            .fetch_optional(&db.pool)
            .await
            .expect("query")
            .flatten();
    if let Some(org) = nul_org {
        assert!(!org.contains('\0'));
    }

    assert!(
        peak < 150 * 1024,
        "peak RSS {} kB while reading a {megabytes} MB message",
        peak
    );
}
