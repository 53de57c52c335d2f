//! Changes from the web desk over HTTP: editing, adding, cancelling and confirming
//! participants, answering questions, resolving review items and sending broadcasts. Each goes through the
//! organiser library (audited as `web:<organiser>`), refuses a POST without the session's own
//! CSRF token or without a session, and shows its result on the next page.

use crate::support::desk::{Desk, client, csrf_field};
use crate::support::*;
use crate::web_desk::{env_for, get, seed, sign_in};

/// POSTs a form as the signed-in `session` (or as nobody with an empty one).
pub(crate) async fn post(
    desk: &Desk,
    session: &str,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = client().post(desk.url(path)).form(form);
    if !session.is_empty() {
        request = request.header("cookie", format!("regbot_session={session}"));
    }
    request.send().await.expect("POST")
}

fn pairs<'a>(form: &'a [(&'a str, String)]) -> Vec<(&'a str, &'a str)> {
    form.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

pub(crate) async fn token(desk: &Desk, session: &str) -> String {
    csrf_field(&get(desk, session, "/").await.text().await.unwrap()).expect("csrf field")
}

/// The seeded event's desk with an organiser signed in, and that session's CSRF token: where
/// the broadcast tests start.
pub(crate) struct SignedIn {
    pub db: TestDb,
    pub desk: Desk,
    pub me: String,
    pub csrf: String,
}

impl SignedIn {
    pub(crate) async fn seeded() -> SignedIn {
        let db = TestDb::new().await;
        seed(&db.pool).await;
        let env = env_for(&db);
        let desk = Desk::start(&env).await;
        let me = sign_in(&desk, &env, "org@organisers.test").await;
        let csrf = token(&desk, &me).await;
        SignedIn { db, desk, me, csrf }
    }

    /// Posts the compose form to `/broadcasts/preview` or `/broadcasts/send`: this subject and
    /// body with the session's token, and `fields` (segment filters and the like).
    pub(crate) async fn broadcast_form(
        &self,
        action: &str,
        subject: &str,
        body: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut form = vec![
            ("csrf", self.csrf.as_str()),
            ("subject", subject),
            ("body", body),
        ];
        form.extend_from_slice(fields);
        post(
            &self.desk,
            &self.me,
            &format!("/broadcasts/{action}"),
            &form,
        )
        .await
    }

    /// Sends a broadcast; its progress page's path (where the desk redirects).
    pub(crate) async fn send_broadcast(
        &self,
        subject: &str,
        body: &str,
        fields: &[(&str, &str)],
    ) -> String {
        let r = self.broadcast_form("send", subject, body, fields).await;
        assert_eq!(r.status(), 303, "a broadcast is queued");
        r.headers()["location"].to_str().unwrap().to_string()
    }
}

async fn status_of(db: &TestDb, email: &str) -> (String, Option<String>, Option<String>) {
    sqlx::query_as("select status, organisation, note from registrations where email = $1")
        .bind(email)
        .fetch_one(&db.pool)
        .await
        .expect("registration")
}

async fn audit_actions(db: &TestDb) -> Vec<(String, String, String)> {
    sqlx::query_as("select actor, action, target from audit order by id")
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn participants_are_edited_added_cancelled_and_confirmed_from_the_desk() {
    let db = TestDb::new().await;
    seed(&db.pool).await;
    let env = env_for(&db);
    let desk = Desk::start(&env).await;
    let me = sign_in(&desk, &env, "org@organisers.test").await;
    let other = sign_in(&desk, &env, "colleague@organisers.test").await;
    let csrf = token(&desk, &me).await;
    let their_csrf = token(&desk, &other).await;
    let janis = "janis@example.lv";

    // Refused: no session, no token, another session's token. Nothing changes.
    let edit = |csrf: &str| {
        [
            ("csrf", csrf),
            ("email", janis),
            ("name", "Jānis Bērziņš"),
            ("organisation", "Rīgas Klasteris"),
            ("country", "lv"),
            ("language", "lv"),
            ("note", "Vegetārietis"),
        ]
        .map(|(k, v)| (k, v.to_string()))
    };
    let nobody = post(&desk, "", "/participant/edit", &pairs(&edit(&csrf))).await;
    assert_eq!(nobody.status(), 303, "no session");
    assert_eq!(nobody.headers()["location"], "/login");
    for (csrf, why) in [("", "no token"), (their_csrf.as_str(), "their token")] {
        let r = post(&desk, &me, "/participant/edit", &pairs(&edit(csrf))).await;
        assert_eq!(r.status(), 403, "{why}");
    }
    assert_eq!(
        status_of(&db, janis).await,
        (
            "confirmed".into(),
            Some("Latvijas Klasteru Asociācija".into()),
            None
        ),
        "refused posts change nothing"
    );
    assert!(audit_actions(&db).await.is_empty());

    // Edit: only the retyped values change, and the person's page shows them at once.
    let r = post(&desk, &me, "/participant/edit", &pairs(&edit(&csrf))).await;
    assert_eq!(r.status(), 303);
    let next = r.headers()["location"].to_str().unwrap().to_string();
    let page = get(&desk, &me, &next).await.text().await.unwrap();
    assert!(page.contains("Saved."), "{next}");
    assert!(page.contains("Rīgas Klasteris") && page.contains("Vegetārietis"));
    assert_eq!(
        status_of(&db, janis).await,
        (
            "confirmed".into(),
            Some("Rīgas Klasteris".into()),
            Some("Vegetārietis".into())
        )
    );

    // A bad country is explained on the form, and nothing changes.
    let r = post(
        &desk,
        &me,
        "/participant/edit",
        &[("csrf", &csrf), ("email", janis), ("country", "Latvia")],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("is not a country code"));

    // Confirm from the waiting list, without the mail (before the cancel below, so that no
    // place is freed for the waiting list).
    let dmitri = "dmitri@example.ee";
    let r = post(
        &desk,
        &me,
        "/participant/confirm",
        &[("csrf", &csrf), ("email", dmitri)],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(status_of(&db, dmitri).await.0, "confirmed");

    // Cancel: the status changes and the list shows it.
    let r = post(
        &desk,
        &me,
        "/participant/cancel",
        &[("csrf", &csrf), ("email", janis)],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(status_of(&db, janis).await.0, "cancelled");
    let list = get(&desk, &me, "/participants?status=cancelled")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("Jānis Bērziņš"));

    // Someone added by hand, with the acknowledgement.
    let r = post(
        &desk,
        &me,
        "/participants/new",
        &[
            ("csrf", &csrf),
            ("email", "kadri@example.ee"),
            ("name", "Kadri Tamm"),
            ("organisation", "Tartu Science Park"),
            ("country", "ee"),
            ("language", "et"),
            ("acknowledge", "1"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let page = get(&desk, &me, r.headers()["location"].to_str().unwrap())
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Added.") && page.contains("Kadri Tamm"));
    let mails: Vec<String> = sqlx::query_scalar("select recipient from outbox order by id")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    let to_people: Vec<&String> = mails
        .iter()
        .filter(|m| !m.ends_with("organisers.test"))
        .collect();
    assert_eq!(
        to_people,
        ["kadri@example.ee"],
        "only the ticked acknowledgement is sent (nobody waits to move up)"
    );
    // Adding an address twice is explained, not a server error.
    let r = post(
        &desk,
        &me,
        "/participants/new",
        &[("csrf", &csrf), ("email", janis)],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("already registered"));

    let me_actor = "web:org@organisers.test".to_string();
    assert_eq!(
        audit_actions(&db).await,
        vec![
            (me_actor.clone(), "participant.edit".into(), janis.into()),
            (
                me_actor.clone(),
                "participant.confirm".into(),
                dmitri.into()
            ),
            (me_actor.clone(), "participant.cancel".into(), janis.into()),
            (
                me_actor,
                "participant.add".into(),
                "kadri@example.ee".into()
            ),
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_is_answered_in_the_askers_thread_and_a_review_item_resolved() {
    let db = TestDb::new().await;
    let env = env_for(&db);
    let asked: i64 = sqlx::query_scalar(
        "insert into inbound_messages (dedup_key, message_id, source, raw, size_bytes, status, from_email, subject)
         values ('mid:q1', 'q1@example.lt', 'imap', 'x', 1, 'processed', 'zydrune@example.lt', 'Vertimas') returning id",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let question: i64 = sqlx::query_scalar(
        "insert into questions (event_id, email, name, text, inbound_id)
         values ('test-event', 'zydrune@example.lt', 'Žydrūnė', 'Ar bus vertimas?', $1) returning id",
    )
    .bind(asked)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let unclear: i64 = sqlx::query_scalar(
        r#"insert into inbound_messages (dedup_key, message_id, source, raw, size_bytes, status,
                                         from_email, subject, language, understanding)
           values ('mid:r1', 'r1@example.lv', 'imap', 'x', 1, 'processed', 'liga@example.lv',
                   'Semināru programma', 'lv',
                   '{"text": "Vai varu atnākt ar kolēģi? <script>x</script>", "intents": [],
                     "participant": {"name": "Līga Kalniņa", "organisation": "Vidzemes klasteris"}}')
           returning id"#,
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let item: i64 = sqlx::query_scalar(
        "insert into review_items (event_id, inbound_id, reason, token)
         values ('test-event', $1, 'no_intent', 'tok-r1') returning id",
    )
    .bind(unclear)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let desk = Desk::start(&env).await;
    let me = sign_in(&desk, &env, "org@organisers.test").await;
    let csrf = token(&desk, &me).await;
    let answer_path = format!("/questions/{question}/answer");
    let answer = "Taip, bus vertimas į anglų kalbą.\n";

    // Refused without the token or a session; an empty answer is explained.
    assert_eq!(
        post(&desk, &me, &answer_path, &[("body", answer)])
            .await
            .status(),
        403
    );
    assert_eq!(
        post(
            &desk,
            "",
            &answer_path,
            &[("csrf", &csrf), ("body", answer)]
        )
        .await
        .status(),
        303
    );
    let r = post(&desk, &me, &answer_path, &[("csrf", &csrf), ("body", "  ")]).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Write the answer first"));
    let queued: i64 = sqlx::query_scalar("select count(*) from outbox")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(queued, 0);

    let r = post(
        &desk,
        &me,
        &answer_path,
        &[("csrf", &csrf), ("body", answer)],
    )
    .await;
    assert_eq!(r.status(), 303);
    let page = get(&desk, &me, r.headers()["location"].to_str().unwrap())
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("0 open"), "the question shows as answered");
    let (recipient, subject, in_reply_to, body): (String, String, Option<String>, String) =
        sqlx::query_as("select recipient, subject, in_reply_to, body_text from outbox")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(recipient, "zydrune@example.lt");
    assert_eq!(subject, "Re: Vertimas");
    assert_eq!(in_reply_to.as_deref(), Some("<q1@example.lt>"));
    assert_eq!(body, answer);
    let status: String = sqlx::query_scalar("select status from questions where id = $1")
        .bind(question)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(status, "answered");

    // The review item shows the mail as text and what regbot understood.
    let list = get(&desk, &me, "/review").await.text().await.unwrap();
    assert!(list.contains("liga@example.lv") && list.contains("no_intent"));
    let detail = get(&desk, &me, &format!("/review/{item}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(detail.contains("Vai varu atnākt ar kolēģi?"));
    assert!(!detail.contains("<script>x"), "mail text is shown as text");
    assert!(detail.contains("Vidzemes klasteris"));

    let resolve_path = format!("/review/{item}/resolve");
    assert_eq!(
        post(&desk, &me, &resolve_path, &[("as", "registration")])
            .await
            .status(),
        403
    );
    let r = post(
        &desk,
        &me,
        &resolve_path,
        &[("csrf", &csrf), ("as", "registration")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let page = get(&desk, &me, r.headers()["location"].to_str().unwrap())
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("0 open") && page.contains("resolved as registration"));
    let (name, organisation, source): (Option<String>, Option<String>, String) = sqlx::query_as(
        "select name, organisation, source from registrations where email = 'liga@example.lv'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(name.as_deref(), Some("Līga Kalniņa"));
    assert_eq!(organisation.as_deref(), Some("Vidzemes klasteris"));
    assert_eq!(source, "organiser");
    // Resolving twice is a conflict, not a second registration.
    let r = post(
        &desk,
        &me,
        &resolve_path,
        &[("csrf", &csrf), ("as", "ignore")],
    )
    .await;
    assert_eq!(r.status(), 409);
    assert_eq!(
        audit_actions(&db).await,
        vec![
            (
                "web:org@organisers.test".into(),
                "question.answer".into(),
                format!("question:{question}")
            ),
            (
                "web:org@organisers.test".into(),
                "review.resolve".into(),
                format!("review:{item}")
            ),
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broadcast_is_previewed_per_language_then_sent_and_its_progress_shown() {
    let s = SignedIn::seeded().await;
    let (db, desk, me, csrf) = (&s.db, &s.desk, &s.me, &s.csrf);
    let subject = "Programme for {{ event.name }}";
    let body = "Dear {{ participant.name }},\r\nthe programme is attached.\r\n";
    let waitlisted = [("waitlisted", "1")];

    // The preview: one row per language, a rendered message each, nothing queued.
    let r = s
        .broadcast_form("preview", subject, body, &waitlisted)
        .await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    for language in ["Latviešu", "Lietuvių", "Polski", "English", "Русский"] {
        assert!(
            page.contains(language),
            "{language} missing from the preview"
        );
    }
    assert!(
        page.contains("Send to 5 people"),
        "four confirmed and one waiting"
    );
    assert!(page.contains("Dear Jānis Bērziņš,") && page.contains("Dear Дмитрий Иванов,"));
    assert!(
        !page.contains("Dear <script>"),
        "a name from mail stays text in the preview"
    );
    let queued = || async {
        let n: i64 = sqlx::query_scalar("select count(*) from outbox where kind = 'broadcast'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        n
    };
    assert_eq!(queued().await, 0, "a preview sends nothing");
    let without_waitlist = s
        .broadcast_form("preview", subject, body, &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(without_waitlist.contains("Send to 4 people"));

    // A text that does not render is explained; sending needs the session's token.
    let r = s
        .broadcast_form("preview", "x", "Dear {{ participant.name", &[])
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("id=\"error\""));
    let form = [
        ("csrf", csrf.as_str()),
        ("subject", subject),
        ("body", body),
        ("waitlisted", "1"),
    ];
    let r = post(desk, me, "/broadcasts/send", &form[1..]).await;
    assert_eq!(r.status(), 403);
    let r = post(desk, "", "/broadcasts/send", &form).await;
    assert_eq!(r.status(), 303);
    assert_eq!(queued().await, 0);

    // Send: one mail per recipient, and a progress page that refreshes until none is pending.
    let progress = s.send_broadcast(subject, body, &waitlisted).await;
    assert!(progress.starts_with("/broadcasts/"), "{progress}");
    assert_eq!(queued().await, 5);
    let texts: Vec<String> = sqlx::query_scalar(
        "select body_text from outbox where kind = 'broadcast' and recipient = 'janis@example.lv'",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(texts, ["Dear Jānis Bērziņš,\nthe programme is attached.\n"]);
    let page = get(desk, me, &progress).await.text().await.unwrap();
    assert!(page.contains("http-equiv=\"refresh\"") && page.contains("Sending"));
    assert_eq!(number_after(&page, "id=\"pending\""), Some(5));
    sqlx::query("update outbox set status = 'sent', sent_at = now() where kind = 'broadcast'")
        .execute(&db.pool)
        .await
        .unwrap();
    let page = get(desk, me, &progress).await.text().await.unwrap();
    assert!(!page.contains("http-equiv=\"refresh\"") && page.contains("Done."));
    assert_eq!(number_after(&page, "id=\"sent\""), Some(5));

    // The same mail twice is refused with the earlier one named.
    let r = s.broadcast_form("send", subject, body, &waitlisted).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("was already sent as #"));
    assert_eq!(queued().await, 5);
}

/// The number in the tile that follows `marker`.
fn number_after(html: &str, marker: &str) -> Option<i64> {
    let at = html.find(marker)?;
    let rest = &html[at..];
    let start = rest.find("class=\"number")?;
    let rest = &rest[start..];
    let text: String = rest[rest.find('>')? + 1..]
        .chars()
        .take_while(|c| *c != '<')
        .filter(|c| c.is_ascii_digit())
        .collect();
    text.parse().ok()
}
