//! Long lists on the desk page by id ("older than #n"): every item is reachable, each exactly
//! once, and a status filter pages within its own status.

use std::collections::BTreeSet;

use crate::support::desk::Desk;
use crate::support::*;
use crate::web_desk::{env_for, get, sign_in};

/// The ids in `html` of elements whose id is `prefix` followed by digits, in page order.
fn ids(html: &str, prefix: &str) -> Vec<i64> {
    let marker = format!("id=\"{prefix}");
    html.match_indices(&marker)
        .filter_map(|(at, _)| {
            let rest = &html[at + marker.len()..];
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            rest[digits.len()..]
                .starts_with('"')
                .then(|| digits.parse().ok())
                .flatten()
        })
        .collect()
}

/// The href of the link with this element id, as the browser reads it (entities decoded).
fn link(html: &str, id: &str) -> Option<String> {
    let at = html.find(&format!("id=\"{id}\""))?;
    let tag_start = html[..at].rfind('<')?;
    let tag = &html[tag_start..at + html[at..].find('>')?];
    let href = tag.split("href=\"").nth(1)?.split('"').next()?;
    Some(href.replace("&#x2f;", "/").replace("&amp;", "&"))
}

/// Follows a list's "older" links from `first`; the element ids of every page, in order.
async fn walk(desk: &Desk, session: &str, first: &str, prefix: &str, older: &str) -> Vec<Vec<i64>> {
    let mut pages = Vec::new();
    let mut next = Some(first.to_string());
    while let Some(path) = next {
        let r = get(desk, session, &path).await;
        assert_eq!(r.status(), 200, "{path}");
        let html = r.text().await.unwrap();
        pages.push(ids(&html, prefix));
        next = link(&html, older);
        assert!(pages.len() < 20, "the older links go round in circles");
    }
    pages
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_lists_page_by_id_and_show_every_item_once() {
    let db = TestDb::new().await;
    // 120 questions, every third one answered; 75 stored mails, 60 outgoing.
    sqlx::query(
        "insert into questions (event_id, email, text, status)
         select 'test-event', 'q' || i || '@example.org', 'Jautājums ' || i,
                case when i % 3 = 0 then 'answered' else 'open' end
         from generate_series(1, 120) i",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    sqlx::query(
        "insert into inbound_messages (dedup_key, source, size_bytes, status, from_email, subject)
         select 'paging-' || i, 'imap', 10, case when i % 5 = 0 then 'failed' else 'processed' end,
                'm' || i || '@example.org', 'Vēstule ' || i
         from generate_series(1, 75) i",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    let env = env_for(&db);
    let desk = Desk::start(&env).await;
    let me = sign_in(&desk, &env, "paging@desk.test").await;

    let questions: Vec<i64> = sqlx::query_scalar("select id from questions order by id desc")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    let pages = walk(&desk, &me, "/questions", "q", "older").await;
    assert_eq!(
        pages.iter().map(Vec::len).collect::<Vec<_>>(),
        vec![50, 50, 20]
    );
    assert_eq!(pages.concat(), questions, "newest first, each once");

    let open = walk(&desk, &me, "/questions?status=open", "q", "older").await;
    assert_eq!(open.iter().map(Vec::len).collect::<Vec<_>>(), vec![50, 30]);
    let open: BTreeSet<i64> = open.concat().into_iter().collect();
    let expected: BTreeSet<i64> =
        sqlx::query_scalar("select id from questions where status = 'open'")
            .fetch_all(&db.pool)
            .await
            .unwrap()
            .into_iter()
            .collect();
    assert_eq!(open, expected);

    // The mail log's received list pages on its own; a status filter stays on while paging.
    let html = get(&desk, &me, "/mail").await.text().await.unwrap();
    let older = link(&html, "in-older").expect("75 mails do not fit one page");
    let first_rows = html.matches("<tr><td>").count();
    let html = get(&desk, &me, &older).await.text().await.unwrap();
    assert!(link(&html, "in-older").is_none(), "two pages hold 75 mails");
    assert!(link(&html, "in-newest").is_some());
    assert_eq!(first_rows, 50, "50 received (no mail was sent yet)");
    assert_eq!(html.matches("<tr><td>").count(), 25);
    let failed = get(&desk, &me, "/mail?inbound=failed")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(failed.matches("<span class=\"status failed\">").count(), 15);
    assert!(link(&failed, "in-older").is_none());
}

/// The addresses in a participants table page, in row order.
fn emails(html: &str) -> Vec<String> {
    html.split("<td class=\"email\">")
        .skip(1)
        .filter_map(|rest| rest.split("</td>").next())
        .map(str::to_string)
        .collect()
}

/// Follows the participants table's `link_id` links from `first`; the addresses on each page.
async fn walk_people(desk: &Desk, session: &str, first: &str, link_id: &str) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    let mut next = Some(first.to_string());
    while let Some(path) = next {
        let r = get(desk, session, &path).await;
        assert_eq!(r.status(), 200, "{path}");
        let html = r.text().await.unwrap();
        pages.push(emails(&html));
        next = link(&html, link_id);
        assert!(pages.len() < 10, "the {link_id} links go round in circles");
    }
    pages
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn participants_page_by_key_in_every_order_each_row_once() {
    let db = TestDb::new().await;
    // 230 people registered in the same few seconds: names repeat (and differ in case only),
    // some have none, several share a registration time, every fifth is waitlisted.
    sqlx::query(
        "insert into registrations (event_id, email, name, organisation, status, created_at)
         select 'test-event', 'p' || i || '@example.org',
                case when i % 9 = 0 then null when i % 2 = 0 then 'Bērziņš ' || (i % 7)
                     else 'bērziņš ' || (i % 7) end,
                case when i % 4 = 0 then null else 'Klasteris ' || (i % 3) end,
                case when i % 5 = 0 then 'waitlisted' else 'confirmed' end,
                timestamptz '2026-03-01 10:00:00+00' + make_interval(secs => i / 4)
         from generate_series(1, 230) i",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    let env = env_for(&db);
    let desk = Desk::start(&env).await;
    let me = sign_in(&desk, &env, "paging@desk.test").await;

    // The expected orders, written the plain way (missing values last ascending, first
    // descending, ties by registration time and id in the same direction).
    let expected = |order: &'static str, filter: &'static str| {
        let pool = db.pool.clone();
        async move {
            sqlx::query_scalar::<_, String>(sqlx::AssertSqlSafe(format!(
                "select email from registrations where {filter} order by {order}"
            )))
            .fetch_all(&pool)
            .await
            .unwrap()
        }
    };
    let cases = [
        ("/participants", "created_at, id", "true"),
        (
            "/participants?sort=name",
            "lower(name) nulls last, created_at, id",
            "true",
        ),
        (
            "/participants?sort=name&dir=desc",
            "lower(name) desc nulls first, created_at desc, id desc",
            "true",
        ),
        (
            "/participants?sort=organisation&status=waitlisted",
            "lower(organisation) nulls last, created_at, id",
            "status = 'waitlisted'",
        ),
    ];
    for (first, order, filter) in cases {
        let want = expected(order, filter).await;
        let forward = walk_people(&desk, &me, first, "next").await;
        assert!(forward.iter().all(|p| p.len() <= 100), "{first}");
        assert_eq!(forward.concat(), want, "{first}: every row once, in order");
        // From the last page back with the previous links: the same pages, reversed.
        let last = format!(
            "{first}{}last=1",
            if first.contains('?') { '&' } else { '?' }
        );
        let mut backward = walk_people(&desk, &me, &last, "previous").await;
        backward.reverse();
        assert_eq!(backward.concat(), want, "{first}: backwards");
    }
    assert_eq!(
        walk_people(&desk, &me, "/participants", "next")
            .await
            .iter()
            .map(Vec::len)
            .collect::<Vec<_>>(),
        vec![100, 100, 30]
    );
    // A page from a row deep in the list reads on from that row, whatever came before it.
    let html = get(&desk, &me, "/participants?sort=name&after=1")
        .await
        .text()
        .await
        .unwrap();
    let names = expected("lower(name) nulls last, created_at, id", "true").await;
    let at = names.iter().position(|e| e == "p1@example.org").unwrap();
    assert_eq!(emails(&html), names[at + 1..(at + 101).min(names.len())]);
    assert!(link(&html, "first").is_some() && link(&html, "previous").is_some());
}
