//! Broadcasts: one personalised update per registrant, queued in the outbox in one transaction.
//!
//! The broadcast row and all its outbox rows commit together (all or nothing); each row's
//! idempotency key is `broadcast:<id>:<registration id>`, and sending resumes from the outbox
//! after a crash. The same subject and body are not queued twice unless asked (`--again`): a
//! unique key, so two identical broadcasts started at once queue once.
//!
//! With `catch_up`, the broadcast also goes, once and in order, to everyone confirmed later
//! (`process::catch_up` queues it for them with [`catch_up_mail`]).
//!
//! Each mail is written in its recipient's language: a named template's own `Subject:` line
//! per language (`--subject` is only the fallback for an empty one), and a `--body-file` sees
//! the recipient's language as `lang`.

use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::config::Config;
use crate::domain::header_safe;
use crate::status::{OutboxKind, OutboxStatus};
use crate::store::{self, CatchUpBroadcast, NewOutbound, Registration, StoreError};
use crate::templates::{self, Rendered, TemplateError, Templates};

#[derive(Debug, thiserror::Error)]
pub enum BroadcastError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(
        "this broadcast (same subject and body) was already queued as #{id} on {at} to {recipients} people; pass --again to send it once more"
    )]
    AlreadyQueued {
        id: i64,
        at: String,
        recipients: i32,
    },
    #[error("a --body-file has no subject of its own: give --subject")]
    NoSubject,
    #[error(
        "--catch-up sends to everyone confirmed later, so it goes with confirmed registrants only: leave out --status, or give --status confirmed"
    )]
    CatchUpNotConfirmed,
}

impl BroadcastError {
    /// The broadcast as written cannot be sent (a template or subject to fix), as opposed to a
    /// database or duplicate problem.
    pub fn is_config(&self) -> bool {
        matches!(
            self,
            BroadcastError::Template(_)
                | BroadcastError::NoSubject
                | BroadcastError::CatchUpNotConfirmed
        )
    }
}

impl From<sqlx::Error> for BroadcastError {
    fn from(e: sqlx::Error) -> Self {
        BroadcastError::Store(StoreError::Sql(e))
    }
}

/// Where the body comes from.
pub enum Body {
    /// A minijinja text template given on the command line (`--body-file`).
    Source(String),
    /// A named template in the templates folder (`--template NAME`: `<lang>/NAME.txt` + `.html`).
    Named(String),
}

pub struct Plan {
    pub recipients: usize,
    /// The first rendered message, for `--dry-run`.
    pub sample: Option<(String, Rendered)>,
    /// Recipients per language of their mail, most first, each with the message the first of
    /// them gets (the preview `--dry-run` and the desk show).
    pub languages: Vec<LanguagePreview>,
    pub broadcast_id: Option<i64>,
    pub queued: u64,
}

/// The recipients who read one language.
pub struct LanguagePreview {
    /// Their language code; `??` when regbot did not recognise one.
    pub language: String,
    pub recipients: usize,
    /// The address of the first of them and the message it gets.
    pub sample: (String, Rendered),
}

pub use store::Audience;
use store::BroadcastRecipient as Recipient;

/// Renders one message per registrant of `audience` and, unless `dry_run`, queues them all.
pub async fn broadcast(
    pool: &PgPool,
    config: &Config,
    subject: Option<&str>,
    body: &Body,
    audience: &Audience,
    again: bool,
    dry_run: bool,
) -> Result<Plan, BroadcastError> {
    let event = &config.event;
    let templates = match body {
        Body::Named(_) => Some(Templates::load(&config.replies.templates_dir)?),
        Body::Source(source) => {
            templates::check_source(source)?;
            None
        }
    };
    if matches!(body, Body::Source(_)) && subject.is_none_or(|s| s.trim().is_empty()) {
        return Err(BroadcastError::NoSubject);
    }
    if audience.catch_up
        && audience
            .status
            .is_some_and(|s| s != crate::status::RegistrationStatus::Confirmed)
    {
        return Err(BroadcastError::CatchUpNotConfirmed);
    }
    let subject_source = subject.unwrap_or_default();
    let body_source = match body {
        Body::Source(s) => s.clone(),
        Body::Named(n) => format!("template:{n}"),
    };
    // The same update to another audience (later registrants, one country) is another
    // broadcast, not a repeat; `--catch-up` does not make it another one (below).
    let content_key = hex::encode(Sha256::digest(format!(
        "{subject_source}\u{0}{body_source}\u{0}{}",
        audience.key()
    )));

    let mut tx = pool.begin().await?;
    if audience.catch_up && !dry_run {
        store::lock_catch_ups(&mut tx, &event.id, true).await?;
    }
    // The same update sent again with --catch-up becomes a catch-up broadcast itself: those
    // who had it are skipped (same idempotency keys), those confirmed since get it now.
    let mut earlier = None;
    if !dry_run && !again {
        earlier = store::find_broadcast(&mut tx, &event.id, &content_key)
            .await?
            .map(|b| b.id);
        if earlier.is_some() && !audience.catch_up {
            return Err(already_queued(&mut tx, &event.id, &content_key).await);
        }
    }
    let recipients = store::broadcast_recipients(&mut tx, &event.id, audience).await?;

    let render = |r: &Recipient| -> Result<Rendered, BroadcastError> {
        Ok(render_for(config, templates.as_ref(), subject, body, r)?)
    };

    let sample = match recipients.first() {
        Some(r) => Some((r.email.clone(), render(r)?)),
        None => None,
    };
    let languages = by_language(&recipients)
        .into_iter()
        .map(|(language, first, count)| {
            Ok(LanguagePreview {
                language,
                recipients: count,
                sample: (first.email.clone(), render(first)?),
            })
        })
        .collect::<Result<Vec<_>, BroadcastError>>()?;
    // A catch-up broadcast is recorded even with nobody to send to yet: it is for those who
    // come later.
    if dry_run || (recipients.is_empty() && !audience.catch_up) {
        return Ok(Plan {
            recipients: recipients.len(),
            sample,
            languages,
            broadcast_id: None,
            queued: 0,
        });
    }

    let id = match earlier {
        Some(id) => {
            store::make_catch_up(&mut tx, id, audience).await?;
            id
        }
        None => {
            let inserted = store::insert_broadcast(
                &mut tx,
                &event.id,
                &content_key,
                subject_source,
                &body_source,
                recipients.len() as i32,
                again,
                audience,
            )
            .await?;
            // An identical broadcast committed meanwhile (the unique key waited for it).
            let Some(id) = inserted else {
                return Err(already_queued(&mut tx, &event.id, &content_key).await);
            };
            id
        }
    };
    let mut queued = 0;
    // Rendered and inserted in chunks so 10,000 recipients need neither 10,000 round trips
    // nor all their mails in memory at once.
    for chunk in recipients.chunks(500) {
        let mut rows = Vec::with_capacity(chunk.len());
        for r in chunk {
            let rendered = render(r)?;
            rows.push(outbound(config, id, body, r, rendered));
        }
        queued += store::enqueue_many(&mut tx, &rows).await?;
    }
    if earlier.is_some() {
        store::count_recipients(&mut tx, id, queued).await?;
    }
    tx.commit().await?;
    Ok(Plan {
        recipients: recipients.len(),
        sample,
        languages,
        broadcast_id: Some(id),
        queued,
    })
}

async fn already_queued(
    tx: &mut store::Tx<'_>,
    event_id: &str,
    content_key: &str,
) -> BroadcastError {
    match store::find_broadcast(tx, event_id, content_key).await {
        Ok(Some(b)) => BroadcastError::AlreadyQueued {
            id: b.id,
            at: b.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            recipients: b.recipients,
        },
        Ok(None) => BroadcastError::AlreadyQueued {
            id: 0,
            at: "just now".into(),
            recipients: 0,
        },
        Err(e) => BroadcastError::Store(e),
    }
}

/// One recipient's message: their language's template (or the body source), with `subject`
/// as the fallback subject.
fn render_for(
    config: &Config,
    templates: Option<&Templates>,
    subject: Option<&str>,
    body: &Body,
    r: &Recipient,
) -> Result<Rendered, TemplateError> {
    let event = &config.event;
    let lang = r
        .language
        .clone()
        .unwrap_or_else(|| event.default_language.clone());
    let context = json!({
        "event": event,
        "participant": {
            "email": r.email, "name": r.name, "organisation": r.organisation,
            "country": r.country, "experience": r.experience,
        },
        "status": r.status,
        "lang": lang,
    });
    let fallback = subject
        .map(|s| templates::render_source(s, &context))
        .transpose()?;
    let mut rendered = match (body, templates) {
        (Body::Named(name), Some(t)) => {
            let mut rendered = t.render(
                name,
                r.language.as_deref(),
                &event.default_language,
                &context,
            )?;
            if rendered.subject.trim().is_empty() {
                rendered.subject = fallback.unwrap_or_default();
            }
            rendered
        }
        (Body::Source(source), _) | (Body::Named(source), None) => Rendered {
            subject: fallback.unwrap_or_default(),
            text: templates::render_source(source, &context)?,
            html: None,
            language: lang,
        },
    };
    rendered.subject = header_safe(&rendered.subject, 250);
    Ok(rendered)
}

/// The mail of catch-up broadcast `b` for `reg`, confirmed after it went out: the row the
/// broadcast would have queued for them, with the same idempotency key.
pub fn catch_up_mail(
    config: &Config,
    templates: &Templates,
    b: &CatchUpBroadcast,
    reg: &Registration,
) -> Result<NewOutbound, TemplateError> {
    let body = match b.body_source.strip_prefix("template:") {
        Some(name) => Body::Named(name.to_string()),
        None => Body::Source(b.body_source.clone()),
    };
    let subject = Some(b.subject.as_str()).filter(|s| !s.trim().is_empty());
    let r = Recipient {
        id: reg.id,
        email: reg.email.clone(),
        name: reg.name.clone(),
        organisation: reg.organisation.clone(),
        country: reg.country.clone(),
        experience: reg.experience.clone(),
        language: reg.language.clone(),
        status: reg.status,
    };
    let rendered = render_for(config, Some(templates), subject, &body, &r)?;
    Ok(outbound(config, b.id, &body, &r, rendered))
}

/// The outbox row of broadcast `id` for `r`.
fn outbound(
    config: &Config,
    id: i64,
    body: &Body,
    r: &Recipient,
    rendered: Rendered,
) -> NewOutbound {
    NewOutbound {
        idempotency_key: format!("broadcast:{id}:{}", r.id),
        kind: OutboxKind::Broadcast,
        inbound_id: None,
        broadcast_id: Some(id),
        template: match body {
            Body::Named(n) => Some(n.clone()),
            Body::Source(_) => None,
        },
        recipient: r.email.clone(),
        recipient_name: r.name.as_deref().map(|n| header_safe(n, 100)),
        reply_to: None,
        subject: rendered.subject,
        body_text: rendered.text,
        body_html: rendered.html,
        message_id: format!("<{}@{}>", uuid::Uuid::new_v4(), config.message_id_domain()),
        in_reply_to: None,
        references: vec![],
        status: OutboxStatus::Pending,
        last_error: None,
    }
}

/// Each language with its first recipient and how many read it, most first.
fn by_language(recipients: &[Recipient]) -> Vec<(String, &Recipient, usize)> {
    let mut groups: Vec<(String, &Recipient, usize)> = Vec::new();
    for r in recipients {
        let language = r.language.clone().unwrap_or_else(|| "??".into());
        match groups.iter_mut().find(|(l, _, _)| *l == language) {
            Some(group) => group.2 += 1,
            None => groups.push((language, r, 1)),
        }
    }
    groups.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::RegistrationStatus;

    fn reader(id: i64, language: Option<&str>) -> Recipient {
        Recipient {
            id,
            email: format!("p{id}@example.org"),
            name: None,
            organisation: None,
            country: None,
            experience: None,
            language: language.map(str::to_string),
            status: RegistrationStatus::Confirmed,
        }
    }

    #[test]
    fn languages_are_counted_most_first_with_their_first_reader() {
        let rs = [
            reader(1, Some("lv")),
            reader(2, Some("en")),
            reader(3, Some("lv")),
            reader(4, None),
        ];
        let groups: Vec<(String, i64, usize)> = by_language(&rs)
            .into_iter()
            .map(|(l, first, n)| (l, first.id, n))
            .collect();
        assert_eq!(
            groups,
            vec![
                ("lv".into(), 1, 2),
                ("??".into(), 4, 1),
                ("en".into(), 2, 1)
            ]
        );
    }
}
