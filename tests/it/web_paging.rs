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
