//! Questions people asked, and the organisers' answers, sent in the asker's own thread.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgPool;

use super::{Actor, OrganiseError, audit, queue_to_participant};
use crate::process::Processor;
use crate::store::{self, QuestionRecord, Tx};
use crate::templates::Rendered;

/// One question, with the fields of DESIGN.md's `questions list` contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub text: String,
    /// `open` or `answered`.
    pub status: String,
    pub created_at: DateTime<Utc>,
}

impl From<QuestionRecord> for Question {
    fn from(r: QuestionRecord) -> Question {
        Question {
            id: r.id,
            email: r.email,
            name: r.name,
            text: r.text,
            status: r.status,
            created_at: r.created_at,
        }
    }
}

pub async fn list(
    pool: &PgPool,
    event_id: &str,
    open_only: bool,
) -> Result<Vec<Question>, OrganiseError> {
    let rows = store::list_questions(pool, event_id, open_only).await?;
    Ok(rows.into_iter().map(Question::from).collect())
}

/// Sends `body` to the person who asked, as a reply in their own thread ("Re: " their
/// subject, In-Reply-To their message), and marks the question answered.
pub async fn answer(
    pool: &PgPool,
    processor: &Processor,
    actor: &Actor,
    id: i64,
    body: &str,
) -> Result<Question, OrganiseError> {
    let mut tx = pool.begin().await?;
    let key = format!("answer:{id}:{}", uuid::Uuid::new_v4());
    let answered = answer_in(&mut tx, processor, actor, id, body, key).await?;
    tx.commit().await?;
    Ok(answered)
}

/// `answer` within `tx`, the answer queued under `idempotency_key` (an organiser's reply by
/// mail answers in the transaction that processes it, keyed by that message).
pub async fn answer_in(
    tx: &mut Tx<'_>,
    processor: &Processor,
    actor: &Actor,
    id: i64,
    body: &str,
    idempotency_key: String,
) -> Result<Question, OrganiseError> {
    let event = &processor.config.event;
    let q = store::lock_question(tx, &event.id, id)
        .await?
        .ok_or(OrganiseError::NotFound {
            what: "questions",
            id,
        })?;
    let subject = match q.subject.as_deref().map(str::trim) {
        Some(s) if s.to_lowercase().starts_with("re:") => s.to_string(),
        Some(s) if !s.is_empty() => format!("Re: {s}"),
        _ => format!("Re: {}", event.name),
    };
    let mail = Rendered {
        subject,
        text: body.to_string(),
        html: None,
        language: String::new(),
    };
    queue_to_participant(
        tx,
        processor,
        idempotency_key,
        &q.email,
        q.name.as_deref(),
        mail,
        q.message_id.as_deref(),
    )
    .await?;
    store::mark_question_answered(tx, id).await?;
    let before = Question::from(q);
    let after = Question {
        status: "answered".into(),
        ..before.clone()
    };
    audit(
        tx,
        &event.id,
        actor,
        "question.answer",
        &format!("question:{id}"),
        Some(serde_json::to_value(&before).unwrap_or_default()),
        Some(serde_json::json!({"status": "answered", "answer": body})),
    )
    .await?;
    Ok(after)
}
