//! The organisers' web desk over HTTP: `regbot serve` as a real process on a loopback port, a
//! real PostgreSQL database, sign-in by the one-time links `regbot organiser login-link` prints.

use std::time::Duration;

use crate::support::desk::{Desk, client, csrf_field, set_cookie};
use crate::support::*;

const PAGES: &[&str] = &[
    "/",
    "/participants",
    "/ideas",
    "/questions",
    "/review",
    "/broadcasts",
    "/mail",
];

/// Participants in the scripts the desk must show right, one of them hostile.
pub(crate) async fn seed(pool: &sqlx::PgPool) {
    let people: &[(&str, &str, &str, &str, &str, &str)] = &[
        (
            "janis@example.lv",
            "Jānis Bērziņš",
            "Latvijas Klasteru Asociācija",
            "LV",
            "lv",
            "confirmed",
        ),
        (
            "zydrune@example.lt",
            "Žydrūnė Kazlauskienė",
            "Šiaulių klasteris",
            "LT",
            "lt",
            "confirmed",
        ),
        (
            "malgorzata@example.pl",
            "Małgorzata Wójcik",
            "Łódzki Klaster",
            "PL",
            "pl",
            "confirmed",
        ),
        (
            "dmitri@example.ee",
            "Дмитрий Иванов",
            "Кластер Таллинн",
            "EE",
            "ru",
            "waitlisted",
        ),
        (
            "evil@example.org",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(2)>",
            "DE",
            "en",
            "confirmed",
        ),
        (
            "gone@example.org",
            "Gone Person",
            "Nowhere",
            "LV",
            "en",
            "cancelled",
        ),
    ];
    for (email, name, org, country, lang, status) in people {
        sqlx::query(
            "insert into registrations (event_id, email, name, organisation, country, language, status)
             values ('test-event', $1, $2, $3, $4, $5, $6)",
        )
        .bind(email)
        .bind(name)
        .bind(org)
        .bind(country)
        .bind(lang)
        .bind(status)
        .execute(pool)
        .await
        .expect("seed registration");
    }
    sqlx::query("insert into ideas (event_id, email, name, text) values ('test-event', 'janis@example.lv', 'Jānis Bērziņš', 'Sesija par eksportu <b>bold</b>')")
        .execute(pool)
        .await
        .expect("seed idea");
    sqlx::query("insert into questions (event_id, email, name, text) values ('test-event', 'zydrune@example.lt', null, 'Ar bus vertimas?')")
        .execute(pool)
        .await
        .expect("seed question");
}

pub(crate) fn env_for(db: &TestDb) -> Vec<(String, String)> {
    let stack_less = Stack {
        host: "127.0.0.1".into(),
        smtp_port: 1,
        imap_port: 1,
        imaps_port: 1,
        password: String::new(),
        ca: Default::default(),
        maildir_root: Default::default(),
        read_maildirs: false,
    };
    let mut env = regbot_env(db, &stack_less, "register@event.test");
    env.push(("REGBOT_IMAP__ENABLED".into(), "false".into()));
    env.push(("REGBOT_EVENT__CAPACITY".into(), "4".into()));
    env
}

fn cli(env: &[(String, String)], args: &[&str]) -> String {
    let out = regbot(env, args);
    assert!(
        out.status.success(),
        "regbot {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Allows `email` and signs in through a printed link; returns the session cookie value.
pub(crate) async fn sign_in(desk: &Desk, env: &[(String, String)], email: &str) -> String {
    cli(env, &["organiser", "add", email]);
    let link = cli(&desk.env(env), &["organiser", "login-link", email])
        .trim()
        .to_string();
    assert!(link.starts_with(&desk.url("/login/")), "{link}");
    redeem(&link).await.expect("a fresh link signs in")
}

/// Opens a link's page and presses its button; the session cookie, or the refusal status.
async fn redeem(link: &str) -> Result<String, reqwest::StatusCode> {
    let http = client();
    let page = http.get(link).send().await.expect("GET link");
    if page.status() != 200 {
        return Err(page.status());
    }
    let (pre, _) = set_cookie(&page, "regbot_pre").expect("the page sets the form cookie");
    let html = page.text().await.expect("body");
    let csrf = csrf_field(&html).expect("csrf field");
    let r = http
        .post(link)
        .header("cookie", format!("regbot_pre={pre}"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .expect("POST link");
    if r.status() != 303 {
        return Err(r.status());
    }
    let (session, attributes) = set_cookie(&r, "regbot_session").expect("a session cookie");
    assert!(attributes.contains("HttpOnly"), "{attributes}");
    assert!(attributes.contains("SameSite=Strict"), "{attributes}");
    assert!(
        !attributes.contains("Secure"),
        "plain http on loopback: {attributes}"
    );
    Ok(session)
}

pub(crate) async fn get(desk: &Desk, session: &str, path: &str) -> reqwest::Response {
    client()
        .get(desk.url(path))
        .header("cookie", format!("regbot_session={session}"))
        .send()
        .await
        .expect("GET")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_session_pages_redirect_to_login_and_exports_answer_401() {
    let db = TestDb::new().await;
    let desk = Desk::start(&env_for(&db)).await;
    let http = client();
    let health = http.get(desk.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(health.text().await.unwrap(), "ok");
    for page in PAGES {
        let r = http.get(desk.url(page)).send().await.unwrap();
        assert_eq!(r.status(), 303, "{page}");
        assert_eq!(r.headers()["location"], "/login", "{page}");
    }
    for path in [
        "/participants.csv",
        "/participants.xlsx",
        "/api/stats.json",
        "/participants.csv?country=LV",
    ] {
        let r = http.get(desk.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 401, "{path}");
    }
    // A made-up session id is no session.
    let r = get(&desk, "made-up-session-id-made-up-session-id-xxxx", "/").await;
    assert_eq!(r.status(), 303);
    let login = http.get(desk.url("/login")).send().await.unwrap();
    assert_eq!(login.status(), 200);
    let csp = login.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("default-src 'none'"), "{csp}");
    assert_eq!(login.headers()["referrer-policy"], "no-referrer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_login_link_works_once_and_not_after_it_expired() {
    let db = TestDb::new().await;
    let env = env_for(&db);
    let desk = Desk::start(&env).await;
    let session = sign_in(&desk, &env, "Anna@Organisers.Test").await;
    let env = desk.env(&env);
    let env = desk.env(&env);
    let home = get(&desk, &session, "/").await;
    assert_eq!(home.status(), 200);
    assert!(home.text().await.unwrap().contains("anna@organisers.test"));

    // A used link: refused, no new session.
    let link = cli(&env, &["organiser", "login-link", "anna@organisers.test"])
        .trim()
        .to_string();
    redeem(&link).await.expect("first use");
    assert_eq!(redeem(&link).await, Err(reqwest::StatusCode::GONE));

    // An expired link: refused.
    let link = cli(&env, &["organiser", "login-link", "anna@organisers.test"])
        .trim()
        .to_string();
    sqlx::query(
        "update login_tokens set expires_at = now() - interval '1 second' where used_at is null",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    assert_eq!(redeem(&link).await, Err(reqwest::StatusCode::GONE));

    // A made-up link: refused; an address that is no organiser gets no link at all.
    assert_eq!(
        redeem(&desk.url("/login/not-a-real-token")).await,
        Err(reqwest::StatusCode::GONE)
    );
    let out = regbot(&env, &["organiser", "login-link", "stranger@example.org"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("regbot organiser add"));
    // Only hashes are stored.
    let stored: Vec<String> = sqlx::query_scalar("select token_hash from login_tokens")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    assert!(
        stored
            .iter()
            .all(|h| h.len() == 64 && !link.contains(h.as_str()))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn posts_need_the_sessions_own_csrf_token() {
    let db = TestDb::new().await;
    let env = env_for(&db);
    let desk = Desk::start(&env).await;
    let mine = sign_in(&desk, &env, "me@organisers.test").await;
    let theirs = sign_in(&desk, &env, "colleague@organisers.test").await;
    let their_token = csrf_field(&get(&desk, &theirs, "/").await.text().await.unwrap()).unwrap();
    let my_token = csrf_field(&get(&desk, &mine, "/").await.text().await.unwrap()).unwrap();
    assert_ne!(my_token, their_token);
    let http = client();
    let logout = |form: Vec<(&'static str, String)>| {
        http.post(desk.url("/logout"))
            .header("cookie", format!("regbot_session={mine}"))
            .form(&form)
            .send()
    };
    assert_eq!(logout(vec![]).await.unwrap().status(), 403, "no token");
    assert_eq!(
        logout(vec![("csrf", their_token)]).await.unwrap().status(),
        403,
        "another session's token"
    );
    assert_eq!(
        get(&desk, &mine, "/").await.status(),
        200,
        "still signed in after refused posts"
    );
    let r = logout(vec![("csrf", my_token)]).await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(get(&desk, &mine, "/").await.status(), 303, "signed out");
    assert_eq!(
        get(&desk, &theirs, "/").await.status(),
        200,
        "the colleague stays signed in"
    );

    // The login form is protected too (double-submit cookie).
    let r = http
        .post(desk.url("/login"))
        .form(&[("email", "me@organisers.test"), ("csrf", "guess")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_login_form_queues_a_link_only_for_organisers_and_limits_attempts() {
    let db = TestDb::new().await;
    let mut env = env_for(&db);
    // The link is mailed in the organisers' language, like every mail regbot writes them.
    env.push(("REGBOT_EVENT__ORGANISER_LANGUAGE".into(), "lv".into()));
    let desk = Desk::start(&env).await;
    cli(&env, &["organiser", "add", "org@organisers.test"]);
    let http = client();
    let form_page = http.get(desk.url("/login")).send().await.unwrap();
    let (pre, _) = set_cookie(&form_page, "regbot_pre").unwrap();
    let csrf = csrf_field(&form_page.text().await.unwrap()).unwrap();
    let ask = |email: &'static str| {
        http.post(desk.url("/login"))
            .header("cookie", format!("regbot_pre={pre}"))
            .form(&[("email", email), ("csrf", csrf.as_str())])
            .send()
    };
    let r = ask("org@organisers.test").await.unwrap();
    assert_eq!(r.status(), 200);
    let stranger = ask("stranger@example.org").await.unwrap();
    assert_eq!(stranger.status(), 200);
    // The same words either way: the page does not tell who is an organiser.
    assert!(
        stranger
            .text()
            .await
            .unwrap()
            .contains("is an organiser's address, a sign-in link is on its way")
    );
    let rows: Vec<(String, String, String, String)> =
        sqlx::query_as("select kind, recipient, body_text, subject from outbox order by id")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(rows.len(), 1, "one mail, to the organiser only: {rows:?}");
    assert_eq!(rows[0].0, "login");
    assert_eq!(rows[0].1, "org@organisers.test");
    assert!(rows[0].2.contains(&desk.url("/login/")));
    assert!(
        rows[0].2.contains("Atveriet šo saiti") && rows[0].3.starts_with("Pieteikšanās"),
        "the link in Latvian: {rows:?}"
    );

    // Per address: five attempts in a quarter hour, then 429.
    for _ in 0..4 {
        assert_eq!(ask("org@organisers.test").await.unwrap().status(), 200);
    }
    assert_eq!(ask("org@organisers.test").await.unwrap().status(), 429);
    let mailed: i64 = sqlx::query_scalar("select count(*) from outbox where kind = 'login'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        mailed, 3,
        "at most three links per address per quarter hour are mailed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_show_mail_data_as_text_in_every_script_and_counts_match_regbot_stats() {
    let db = TestDb::new().await;
    seed(&db.pool).await;
    let env = env_for(&db);
    let desk = Desk::start(&env).await;
    let session = sign_in(&desk, &env, "org@organisers.test").await;

    let participants = get(&desk, &session, "/participants").await;
    assert_eq!(participants.status(), 200);
    let html = participants.text().await.unwrap();
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "escaped name missing"
    );
    assert!(
        !html.contains("<script>alert(1)"),
        "the name must not become a script"
    );
    assert!(
        !html.contains("<img src=x"),
        "the organisation must not become an image"
    );
    for name in [
        "Jānis Bērziņš",
        "Žydrūnė Kazlauskienė",
        "Małgorzata Wójcik",
        "Дмитрий Иванов",
        "Latvia",
        "Latviešu",
        "Русский",
    ] {
        assert!(
            html.contains(name),
            "{name} missing from the participants page"
        );
    }

    // Filter and search narrow the table; the CSV export keeps the filter.
    let lv = get(&desk, &session, "/participants?country=lv&status=confirmed")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        lv.contains("Jānis Bērziņš") && !lv.contains("Małgorzata") && !lv.contains("Gone Person")
    );
    let found = get(&desk, &session, "/participants?q=%C5%81%C3%B3dzki")
        .await
        .text()
        .await
        .unwrap();
    assert!(found.contains("Małgorzata Wójcik") && !found.contains("Jānis"));
    let csv = get(&desk, &session, "/participants.csv?country=LV").await;
    assert_eq!(csv.status(), 200);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.trim_end().lines().collect();
    assert_eq!(lines.len(), 3, "header and the two LV registrations: {csv}");
    assert!(
        lines[0]
            .trim_start_matches('\u{feff}')
            .starts_with("email,name,organisation,country")
    );
    assert!(csv.contains("janis@example.lv,Jānis Bērziņš,Latvijas Klasteru Asociācija,LV"));

    let xlsx = get(&desk, &session, "/participants.xlsx?country=LV").await;
    assert_eq!(xlsx.status(), 200);
    assert!(
        xlsx.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("spreadsheetml")
    );
    let xlsx = xlsx.bytes().await.unwrap();
    assert!(xlsx.starts_with(b"PK"), "an xlsx workbook (a zip archive)");

    // The overview and the JSON show what `regbot stats --format json` says.
    let cli_stats: serde_json::Value =
        serde_json::from_str(&cli(&env, &["stats", "--format", "json"])).unwrap();
    let web_stats: serde_json::Value = get(&desk, &session, "/api/stats.json")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(web_stats, cli_stats);
    let overview = get(&desk, &session, "/").await.text().await.unwrap();
    for (id, path) in [
        ("confirmed", "/registrations/confirmed"),
        ("waitlisted", "/registrations/waitlisted"),
        ("cancelled", "/registrations/cancelled"),
        ("ideas", "/ideas"),
        ("questions", "/questions"),
        ("in-processed", "/inbound/processed"),
        ("out-sent", "/outbound/sent"),
    ] {
        let expected = cli_stats.pointer(path).and_then(|v| v.as_i64()).unwrap();
        assert_eq!(
            number_in(&overview, id),
            Some(expected),
            "{id} on the overview"
        );
    }
    assert_eq!(cli_stats.pointer("/registrations/confirmed").unwrap(), 4);
    assert!(overview.contains("of 4 places"));
    assert!(overview.contains("Lithuania"), "countries by name");
    assert!(overview.contains("<svg class=\"chart\""));

    let ideas = get(&desk, &session, "/ideas").await.text().await.unwrap();
    assert!(
        ideas.contains("Sesija par eksportu &lt;b&gt;bold&lt;&#x2f;b&gt;")
            || ideas.contains("Sesija par eksportu &lt;b&gt;bold&lt;/b&gt;")
    );
    assert!(
        ideas.contains("Latvijas Klasteru Asociācija"),
        "the idea shows the person's organisation"
    );
    for page in PAGES {
        let r = get(&desk, &session, page).await;
        assert_eq!(r.status(), 200, "{page}");
    }
}

/// The first number after the element with this id (tiles: `<div class="number">`; counts: `<dd>`).
fn number_in(html: &str, id: &str) -> Option<i64> {
    let at = html.find(&format!("id=\"{id}\""))?;
    let rest = &html[at..];
    let rest = match rest.find("class=\"number") {
        Some(n) if n < 200 => &rest[n..],
        _ => rest,
    };
    let start = rest.find('>')? + 1;
    let text: String = rest[start..]
        .chars()
        .take_while(|c| *c != '<')
        .filter(|c| c.is_ascii_digit())
        .collect();
    text.parse().ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_says_when_the_database_is_gone() {
    let db = TestDb::new().await;
    let desk = Desk::start(&env_for(&db)).await;
    let name = db.name.clone();
    let admin = sqlx::PgPool::connect(&admin_url()).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "drop database {name} with (force)"
    )))
    .execute(&admin)
    .await
    .unwrap();
    let r = tokio::time::timeout(
        Duration::from_secs(15),
        client().get(desk.url("/healthz")).send(),
    )
    .await
    .expect("healthz answers")
    .unwrap();
    assert_eq!(r.status(), 503);
    sqlx::query(sqlx::AssertSqlSafe(format!("create database {name}")))
        .execute(&admin)
        .await
        .unwrap();
}
