//! The desk's broadcast segments and the "people named" review action over HTTP: the same
//! library functions as `regbot broadcast --country …` and `regbot review resolve --as
//! named-people`, so a filter or a resolution means the same from both.

use crate::support::desk::Desk;
use crate::support::*;
use crate::web_actions::{SignedIn, post, token};
use crate::web_desk::{env_for, get, seed, sign_in};

async fn recipients(db: &TestDb, broadcast: i64) -> Vec<String> {
    sqlx::query_scalar("select recipient from outbox where broadcast_id = $1 order by recipient")
        .bind(broadcast)
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broadcast_goes_to_the_segment_its_filters_describe() {
    let s = SignedIn::seeded().await;
    let (db, desk, me) = (&s.db, &s.desk, &s.me);
    let preview = |filters: Vec<(&'static str, &'static str)>| {
        let s = &s;
        async move {
            let r = s
                .broadcast_form("preview", "Venue", "Dear {{ participant.name }}", &filters)
                .await;
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };

    // Seeded: confirmed from LV (lv), LT (lt), PL (pl), DE (en); waitlisted from EE (ru);
    // cancelled from LV.
    let (status, page) = preview(vec![("country", "lv")]).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Send to 1 person"),
        "one confirmed from Latvia"
    );
    assert!(page.contains("from Latvia"), "the preview names the filter");
    assert!(page.contains("Dear Jānis Bērziņš"));
    let (_, page) = preview(vec![("status", "waitlisted")]).await;
    assert!(page.contains("Send to 1 person") && page.contains("Dear Дмитрий Иванов"));
    let (_, page) = preview(vec![("language", "PL"), ("country", "pl")]).await;
    assert!(page.contains("Send to 1 person") && page.contains("Dear Małgorzata Wójcik"));
    let (_, page) = preview(vec![("registered_after", "2999-01-01")]).await;
    assert!(page.contains("Nobody would get this mail"));
    assert!(!page.contains("id=\"send-broadcast\""), "nothing to send");

    // A mistyped filter is refused by name, and nothing is queued.
    for (filter, words) in [
        (("country", "Latvia"), "country \"Latvia\""),
        (("registered_after", "1 April"), "not a date"),
        (("not_received", "999"), "no broadcast 999"),
        (("status", "maybe"), "status \"maybe\""),
    ] {
        let (status, page) = preview(vec![filter]).await;
        assert_eq!(status, 422, "{filter:?}");
        let page = page.replace("&quot;", "\"");
        assert!(page.contains(words), "{filter:?}: {words} not in the page");
    }

    // Send to Lithuania, then to whoever has not had it: the others, not Žydrūnė again.
    let send = |filters: Vec<(&'static str, String)>, subject: &'static str| {
        let s = &s;
        async move {
            let fields: Vec<(&str, &str)> = filters.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let progress = s
                .send_broadcast(subject, "Dear {{ participant.name }}", &fields)
                .await;
            progress
                .trim_start_matches("/broadcasts/")
                .parse::<i64>()
                .unwrap()
        }
    };
    let lithuania = send(vec![("country", "LT".into())], "Venue").await;
    assert_eq!(recipients(db, lithuania).await, ["zydrune@example.lt"]);
    let rest = send(vec![("not_received", lithuania.to_string())], "Venue again").await;
    assert_eq!(
        recipients(db, rest).await,
        [
            "evil@example.org",
            "janis@example.lv",
            "malgorzata@example.pl"
        ]
    );

    // The history lists both with their counts.
    let page = get(desk, me, "/broadcasts").await.text().await.unwrap();
    for id in [lithuania, rest] {
        assert!(
            page.contains(&format!("href=\"/broadcasts/{id}\"")),
            "#{id} listed"
        );
    }
    assert!(
        page.contains(&format!("<option value=\"{lithuania}\">")),
        "offered as not received"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_review_item_registers_the_people_the_mail_names() {
    let db = TestDb::new().await;
    seed(&db.pool).await;
    let env = env_for(&db);
    let mail: i64 = sqlx::query_scalar(
        r#"insert into inbound_messages (dedup_key, source, size_bytes, status, from_email,
                                         subject, language, understanding)
           values ('mid:named', 'imap', 1, 'processed', 'boss@example.lv', 'Kolēģi', 'lv',
                   '{"text": "Lūdzu reģistrējiet Annu un Jāni.", "intents": ["registration"],
                     "participants": [
                       {"email": "anna@example.lv", "name": "Anna Ozola", "organisation": "Rīgas klasteris", "country": "LV"},
                       {"email": "janis@example.lv", "name": "Jānis Bērziņš"},
                       {"email": "boss@example.lv", "name": "The Boss"}]}')
           returning id"#,
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let item: i64 = sqlx::query_scalar(
        "insert into review_items (event_id, inbound_id, reason, token)
         values ('test-event', $1, 'low_confidence', 'tok-named') returning id",
    )
    .bind(mail)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let nobody: i64 = sqlx::query_scalar(
        "with m as (insert into inbound_messages (dedup_key, source, size_bytes, status, from_email, understanding)
                    values ('mid:nobody', 'imap', 1, 'processed', 'solo@example.lv', '{\"participants\": []}') returning id)
         insert into review_items (event_id, inbound_id, reason, token)
         select 'test-event', id, 'no_intent', 'tok-nobody' from m returning id",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let desk = Desk::start(&env).await;
    let me = sign_in(&desk, &env, "org@organisers.test").await;
    let csrf = token(&desk, &me).await;

    let detail = get(&desk, &me, &format!("/review/{item}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(detail.contains("Anna Ozola") && detail.contains("id=\"as-named-"));
    let r = post(
        &desk,
        &me,
        &format!("/review/{item}/resolve"),
        &[("csrf", &csrf), ("as", "named_people")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let anna: (String, String, Option<String>, Option<String>) = sqlx::query_as(
        "select status, source, registered_by, organisation from registrations where email = 'anna@example.lv'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    // As if regbot had understood the mail (issue 9): Anna holds a place until she confirms
    // (held places do not count against the capacity of 4, full already).
    assert_eq!(
        anna,
        (
            "pending_confirmation".into(),
            "on_behalf".into(),
            Some("boss@example.lv".into()),
            Some("Rīgas klasteris".into())
        )
    );
    let counts: (i64, i64) = sqlx::query_as(
        "select count(*) filter (where lower(email) = 'janis@example.lv'),
                count(*) filter (where lower(email) = 'boss@example.lv')
         from registrations",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        counts,
        (1, 0),
        "Jānis was registered already; the sender is not"
    );

    // A mail that names nobody cannot be resolved so, and stays open.
    let r = post(
        &desk,
        &me,
        &format!("/review/{nobody}/resolve"),
        &[("csrf", &csrf), ("as", "named_people")],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("names nobody"));
    let status: String = sqlx::query_scalar("select status from review_items where id = $1")
        .bind(nobody)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(status, "open");
}
