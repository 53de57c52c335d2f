//! The processing step: one stored message in, its effects out, in one transaction.
//!
//! `process_one_inbound` claims the oldest pending message, understands it (a pure function of
//! its bytes), and in the same transaction records the registration / idea / question, queues
//! exactly one reply in the outbox (idempotency key `reply:<inbound id>`) and marks the message
//! done. A crash anywhere before the commit leaves the message pending; after it, everything is
//! recorded. Nothing is sent here: the sender (outbox) does that.

use std::panic::AssertUnwindSafe;

use serde::Serialize;
use serde_json::json;
use sqlx::PgPool;

use crate::config::Config;
use crate::domain::{EmailAddress, header_safe};
use crate::store::{self, NewOutbound, Registration, RegistrationFields, StoreError, Tx};
use crate::templates::{TemplateError, Templates};
use crate::understand::{self, Automated, Intent, UnderstandConfig, Understanding};

/// Every situation regbot answers; each language folder must have a template for each.
pub const REPLY_TEMPLATES: &[&str] = &[
    "registered",
    "waitlisted",
    "already_registered",
    "registration_idea",
    "idea_received",
    "cancelled",
    "not_registered",
    "question_received",
    "update_recorded",
    "promoted",
];

/// Attempts before a message that keeps failing is marked failed (and left for a person).
const GIVE_UP_AFTER: i32 = 3;

#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Template(#[from] TemplateError),
}

impl From<sqlx::Error> for ProcessError {
    fn from(e: sqlx::Error) -> Self {
        ProcessError::Store(StoreError::Sql(e))
    }
}

impl ProcessError {
    pub fn is_transient(&self) -> bool {
        matches!(self, ProcessError::Store(e) if e.is_transient())
    }
}

/// What the processing step needs, built once at start.
pub struct Processor {
    pub config: Config,
    pub templates: Templates,
    pub understand: UnderstandConfig,
}

/// What happened to one message (for logs and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    pub inbound_id: i64,
    pub status: &'static str,
    /// The reply template queued, if any.
    pub reply: Option<String>,
}

impl Processor {
    pub fn new(config: Config) -> Result<Processor, TemplateError> {
        let templates = Templates::load(&config.replies.templates_dir)?;
        let understand = config.understand_config();
        Ok(Processor {
            config,
            templates,
            understand,
        })
    }

    /// Processes the oldest pending message. `Ok(None)` when nothing is pending.
    pub async fn process_one_inbound(
        &self,
        pool: &PgPool,
    ) -> Result<Option<Processed>, ProcessError> {
        self.process_one(pool, None).await
    }

    /// Processes one message in its own transaction: `id`, or the oldest pending one. A failure
    /// is recorded on the message (failed for good after `GIVE_UP_AFTER` attempts).
    async fn process_one(
        &self,
        pool: &PgPool,
        id: Option<i64>,
    ) -> Result<Option<Processed>, ProcessError> {
        let mut tx = pool.begin().await?;
        let row = match id {
            Some(id) => store::claim_inbound(&mut tx, id).await?,
            None => store::claim_pending_inbound(&mut tx).await?,
        };
        let Some(row) = row else {
            return Ok(None);
        };
        let id = row.id;
        match self.process_row(&mut tx, row).await {
            Ok(processed) => {
                tx.commit().await?;
                Ok(Some(processed))
            }
            Err(e) if e.is_transient() => Err(e),
            Err(e) => {
                drop(tx);
                tracing::warn!(inbound_id = id, error = %e, "processing failed");
                store::record_inbound_failure(pool, id, &e.to_string(), GIVE_UP_AFTER).await?;
                Err(e)
            }
        }
    }

    /// Processes up to `limit` pending messages in one transaction (one claim, one commit),
    /// the fast path under load. Empty when nothing is pending.
    ///
    /// When any message of the batch fails, the whole batch is rolled back and its messages
    /// are processed one by one (`process_one_inbound`), so one bad message costs only itself
    /// and is recorded as failed exactly as without batching.
    ///
    /// The batch commits without waiting for the WAL flush (`synchronous_commit = off`): if
    /// PostgreSQL crashes right after, the batch is simply pending again and re-processed with
    /// the same idempotency keys. Nothing outside the database can have seen it meanwhile: a
    /// reply leaves only after the sender's lease commits, and that commit is synchronous and
    /// flushes the WAL up to and including this batch.
    pub async fn process_batch(
        &self,
        pool: &PgPool,
        limit: usize,
    ) -> Result<Vec<Processed>, ProcessError> {
        if limit <= 1 {
            return Ok(self.process_one_inbound(pool).await?.into_iter().collect());
        }
        let mut tx = pool.begin().await?;
        let rows =
            store::claim_pending_inbound_batch(&mut tx, i64::try_from(limit).unwrap_or(1)).await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut done = Vec::with_capacity(ids.len());
        let mut failure = None;
        for row in rows {
            let id = row.id;
            match self.process_row(&mut tx, row).await {
                Ok(p) => done.push(p),
                Err(e) => {
                    failure = Some((id, e));
                    break;
                }
            }
        }
        if failure.is_none() {
            store::commit_without_flush(&mut tx).await?;
            tx.commit().await?;
            return Ok(done);
        }
        // Rolled back before the one-by-one pass, or its row locks would make that pass skip
        // the messages (`skip locked`).
        tx.rollback().await?;
        if let Some((id, e)) = failure {
            tracing::info!(inbound_id = id, error = %e, batch = ids.len(), "a batch failed; processing its messages one by one");
        }
        let mut done = Vec::with_capacity(ids.len());
        for id in ids {
            match self.process_one(pool, Some(id)).await {
                Ok(Some(p)) => done.push(p),
                // Taken meanwhile by another worker.
                Ok(None) => {}
                // One message's own failure is recorded on it; go on with the others.
                Err(e) if !e.is_transient() => {}
                Err(e) => return Err(e),
            }
        }
        Ok(done)
    }

    /// Understands one claimed message and applies it within `tx` (not committed here).
    async fn process_row(
        &self,
        tx: &mut Tx<'_>,
        row: store::InboundRow,
    ) -> Result<Processed, ProcessError> {
        let id = row.id;
        let Some(raw) = row.raw else {
            let outcome = failed_outcome("the stored message has no content");
            store::finish_inbound(tx, id, &outcome).await?;
            return Ok(Processed {
                inbound_id: id,
                status: "failed",
                reply: None,
            });
        };
        // Understanding never panics by design; if it ever does, the message is kept and marked,
        // and the daemon goes on with the next one.
        let understood = std::panic::catch_unwind(AssertUnwindSafe(|| {
            understand::understand(&raw, &self.understand)
        }));
        drop(raw);
        match understood {
            Ok(u) => self.apply(tx, id, &u).await,
            Err(_) => {
                let outcome = failed_outcome(
                    "understanding this message panicked (a bug: please report it with the message)",
                );
                store::finish_inbound(tx, id, &outcome).await?;
                Ok(Processed {
                    inbound_id: id,
                    status: "failed",
                    reply: None,
                })
            }
        }
    }

    async fn apply(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
    ) -> Result<Processed, ProcessError> {
        let understanding = serde_json::to_value(u).unwrap_or(serde_json::Value::Null);
        let intents: Vec<String> = u
            .intents
            .iter()
            .map(|i| intent_name(*i).to_string())
            .collect();
        let sender = u.from.as_ref().and_then(|f| EmailAddress::parse(&f.email));
        let from_email = sender.as_ref().map(|s| s.as_str().to_string());
        let mut outcome = store::InboundOutcome {
            status: "processed",
            message_id: u.message_id.as_deref(),
            from_email: from_email.as_deref(),
            subject: u.subject.as_deref(),
            automated: u.automated.map(automated_name),
            intents,
            language: u.language.as_deref(),
            understanding,
            error: None,
        };
        let own = sender
            .as_ref()
            .is_some_and(|s| self.understand.own_addresses.contains(&s.key()));
        if u.automated.is_some() || own {
            outcome.status = "automated";
            if u.automated == Some(Automated::Bounce) {
                for failed in &u.bounced_recipients {
                    if let Some(addr) = EmailAddress::parse(failed) {
                        store::suppress_address(tx, &addr.key(), "bounce", Some(id)).await?;
                    }
                }
            }
            store::finish_inbound(tx, id, &outcome).await?;
            return Ok(Processed {
                inbound_id: id,
                status: "automated",
                reply: None,
            });
        }
        let Some(sender) = sender else {
            outcome.error = Some("no usable sender address: nothing to answer");
            store::finish_inbound(tx, id, &outcome).await?;
            return Ok(Processed {
                inbound_id: id,
                status: "processed",
                reply: None,
            });
        };
        if u.intents.is_empty() {
            store::finish_inbound(tx, id, &outcome).await?;
            return Ok(Processed {
                inbound_id: id,
                status: "processed",
                reply: None,
            });
        }

        let effect = self.record(tx, id, u, &sender).await?;
        let reply = self.queue_reply(tx, id, u, &sender, &effect).await?;
        store::finish_inbound(tx, id, &outcome).await?;
        Ok(Processed {
            inbound_id: id,
            status: "processed",
            reply: Some(reply),
        })
    }

    /// Records what the message asks for and decides which reply answers it.
    async fn record(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        sender: &EmailAddress,
    ) -> Result<Effect, ProcessError> {
        let event = &self.config.event;
        let has = |i: Intent| u.intents.contains(&i);
        let participant_email = u
            .participant
            .email
            .as_deref()
            .and_then(EmailAddress::parse)
            .unwrap_or_else(|| sender.clone());
        let p = &u.participant;
        let fields = RegistrationFields {
            name: p.name.as_deref(),
            organisation: p.organisation.as_deref(),
            country: p.country.as_deref(),
            experience: p.experience.map(experience_name),
            language: u.language.as_deref(),
        };
        let display_name = p
            .name
            .clone()
            .or_else(|| u.from.as_ref().and_then(|f| f.name.clone()));

        let mut effect = Effect {
            template: "",
            registration: None,
            idea: None,
            question: None,
            promoted: None,
            participant_email: participant_email.clone(),
            participant_name: display_name.clone(),
        };

        if has(Intent::Idea) {
            let text = u.idea.clone().unwrap_or_else(|| u.text.clone());
            store::insert_idea(
                tx,
                &event.id,
                participant_email.as_str(),
                display_name.as_deref(),
                &text,
                id,
            )
            .await?;
            effect.idea = Some(text);
        }
        if has(Intent::Question) {
            let text = u.question.clone().unwrap_or_else(|| u.text.clone());
            store::insert_question(
                tx,
                &event.id,
                sender.as_str(),
                display_name.as_deref(),
                &text,
                id,
            )
            .await?;
            if self.config.replies.forward_questions && !event.organiser_email.is_empty() {
                self.queue_forward(tx, id, u, sender, &text).await?;
            }
            effect.question = Some(text);
        }

        let wants_registration = has(Intent::Registration);
        let cancels = has(Intent::Cancellation) && !wants_registration;
        let updates = has(Intent::Update) && !wants_registration && !cancels;

        if wants_registration || cancels || updates {
            // The capacity check and the waiting list need the whole event serialised; without
            // a capacity only this participant's row can race (two messages from one person).
            if event.capacity > 0 {
                store::lock_event(tx, &event.id).await?;
            } else {
                store::lock_participant(tx, &event.id, participant_email.as_str()).await?;
            }
            let existing =
                store::find_registration(tx, &event.id, participant_email.as_str()).await?;
            if cancels {
                match existing {
                    Some(reg) if reg.status != "cancelled" => {
                        let was_confirmed = reg.status == "confirmed";
                        let no_fields = RegistrationFields {
                            name: None,
                            organisation: None,
                            country: None,
                            experience: None,
                            language: None,
                        };
                        let reg =
                            store::update_registration(tx, reg.id, &no_fields, Some("cancelled"))
                                .await?;
                        if was_confirmed && event.capacity > 0 {
                            effect.promoted = self.promote_waitlisted(tx, id).await?;
                        }
                        effect.registration = Some(reg);
                        effect.template = "cancelled";
                    }
                    Some(reg) => {
                        effect.registration = Some(reg);
                        effect.template = "cancelled";
                    }
                    None => effect.template = "not_registered",
                }
            } else {
                match existing {
                    Some(reg) if reg.status != "cancelled" => {
                        let reg = store::update_registration(tx, reg.id, &fields, None).await?;
                        effect.template = if updates {
                            "update_recorded"
                        } else {
                            "already_registered"
                        };
                        effect.registration = Some(reg);
                    }
                    Some(reg) => {
                        let status = self.status_for_new(tx).await?;
                        let reg =
                            store::update_registration(tx, reg.id, &fields, Some(status)).await?;
                        effect.template = new_registration_template(status, effect.idea.is_some());
                        effect.registration = Some(reg);
                    }
                    None => {
                        let status = self.status_for_new(tx).await?;
                        let reg = store::insert_registration(
                            tx,
                            &event.id,
                            participant_email.as_str(),
                            &fields,
                            status,
                            Some(id),
                        )
                        .await?;
                        effect.template = new_registration_template(status, effect.idea.is_some());
                        effect.registration = Some(reg);
                    }
                }
            }
        } else if effect.idea.is_some() {
            effect.template = "idea_received";
        } else {
            effect.template = "question_received";
        }
        Ok(effect)
    }

    async fn status_for_new(&self, tx: &mut Tx<'_>) -> Result<&'static str, ProcessError> {
        let capacity = self.config.event.capacity;
        if capacity > 0 && store::count_confirmed(tx, &self.config.event.id).await? >= capacity {
            Ok("waitlisted")
        } else {
            Ok("confirmed")
        }
    }

    /// A confirmed place was freed: the longest-waiting person gets it and is told so.
    async fn promote_waitlisted(
        &self,
        tx: &mut Tx<'_>,
        inbound_id: i64,
    ) -> Result<Option<Registration>, ProcessError> {
        let Some(next) = store::first_waitlisted(tx, &self.config.event.id).await? else {
            return Ok(None);
        };
        let no_fields = RegistrationFields {
            name: None,
            organisation: None,
            country: None,
            experience: None,
            language: None,
        };
        let reg = store::update_registration(tx, next.id, &no_fields, Some("confirmed")).await?;
        let context = self.context(
            &reg.email,
            reg.name.as_deref(),
            Some(&reg),
            None,
            None,
            None,
        );
        let rendered = self.templates.render(
            "promoted",
            reg.language.as_deref(),
            &self.config.event.default_language,
            &context,
        )?;
        let suppressed = store::is_suppressed(tx, &reg.email).await?;
        let mail = NewOutbound {
            idempotency_key: format!("promotion:{}:{inbound_id}", reg.id),
            kind: "promotion",
            inbound_id: Some(inbound_id),
            broadcast_id: None,
            template: Some("promoted".into()),
            recipient: reg.email.clone(),
            recipient_name: reg.name.as_deref().map(|n| header_safe(n, 100)),
            reply_to: None,
            subject: rendered.subject,
            body_text: rendered.text,
            body_html: rendered.html,
            message_id: self.new_message_id(),
            in_reply_to: None,
            references: vec![],
            status: if suppressed { "suppressed" } else { "pending" },
            last_error: suppressed.then(|| "address is suppressed (bounced)".to_string()),
        };
        store::enqueue(tx, &mail).await?;
        Ok(Some(reg))
    }

    async fn queue_reply(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        sender: &EmailAddress,
        effect: &Effect,
    ) -> Result<String, ProcessError> {
        let context = self.context(
            effect.participant_email.as_str(),
            effect.participant_name.as_deref(),
            effect.registration.as_ref(),
            effect.idea.as_deref(),
            effect.question.as_deref(),
            u.subject.as_deref(),
        );
        let language = u.language.as_deref().or(effect
            .registration
            .as_ref()
            .and_then(|r| r.language.as_deref()));
        let rendered = self.templates.render(
            effect.template,
            language,
            &self.config.event.default_language,
            &context,
        )?;

        // Replies go to the sender only: never to an address found in the body.
        let mut status = "pending";
        let mut note = None;
        // Two messages from one address processed at once (two workers, two daemons) must not
        // both count "under the limit": the count and the insert happen under its lock.
        store::lock_address(tx, sender.as_str()).await?;
        if store::is_suppressed(tx, sender.as_str()).await? {
            status = "suppressed";
            note = Some("address is suppressed (bounced)".to_string());
        } else if store::recent_mail_to(tx, sender.as_str()).await?
            >= self.config.replies.max_per_address_per_hour
        {
            status = "suppressed";
            note = Some(format!(
                "rate limit: more than {} replies to this address in an hour",
                self.config.replies.max_per_address_per_hour
            ));
        }
        let (in_reply_to, references) = thread_headers(u);
        let mail = NewOutbound {
            idempotency_key: format!("reply:{id}"),
            kind: "reply",
            inbound_id: Some(id),
            broadcast_id: None,
            template: Some(effect.template.to_string()),
            recipient: sender.as_str().to_string(),
            recipient_name: u
                .from
                .as_ref()
                .and_then(|f| f.name.as_deref())
                .map(|n| header_safe(n, 100)),
            reply_to: None,
            subject: rendered.subject,
            body_text: rendered.text,
            body_html: rendered.html,
            message_id: self.new_message_id(),
            in_reply_to,
            references,
            status,
            last_error: note,
        };
        store::enqueue(tx, &mail).await?;
        Ok(effect.template.to_string())
    }

    /// The organiser gets the question with Reply-To set to the participant, so answering it is
    /// one click.
    async fn queue_forward(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        sender: &EmailAddress,
        question: &str,
    ) -> Result<(), ProcessError> {
        let event = &self.config.event;
        let who = match u.from.as_ref().and_then(|f| f.name.as_deref()) {
            Some(name) => format!("{} <{}>", header_safe(name, 100), sender),
            None => sender.to_string(),
        };
        let subject = header_safe(
            &format!(
                "Question from {who}: {}",
                u.subject.as_deref().unwrap_or("(no subject)")
            ),
            200,
        );
        let body = format!(
            "{who} asked about {}:\n\n{question}\n\n-- \nForwarded by regbot. Reply to this mail to answer {sender} directly.\n",
            event.name
        );
        let mail = NewOutbound {
            idempotency_key: format!("forward:{id}"),
            kind: "forward",
            inbound_id: Some(id),
            broadcast_id: None,
            template: None,
            recipient: event.organiser_email.clone(),
            recipient_name: (!event.organiser_name.is_empty())
                .then(|| event.organiser_name.clone()),
            reply_to: Some(sender.to_string()),
            subject,
            body_text: body,
            body_html: None,
            message_id: self.new_message_id(),
            in_reply_to: None,
            references: vec![],
            status: "pending",
            last_error: None,
        };
        store::enqueue(tx, &mail).await?;
        Ok(())
    }

    /// Understands stored messages again. With `dry_run`, only reports what would change;
    /// otherwise the changed ones go back to pending and are processed again in order, where
    /// idempotency keys keep every reply that was already queued from being queued twice.
    pub async fn reprocess(
        &self,
        pool: &PgPool,
        statuses: &[&str],
        dry_run: bool,
    ) -> Result<Reprocessed, ProcessError> {
        let statuses: Vec<String> = statuses.iter().map(|s| s.to_string()).collect();
        let rows = store::stored_inbound(pool, &statuses).await?;
        let mut report = Reprocessed {
            examined: rows.len(),
            ..Default::default()
        };
        let mut to_redo = vec![];
        for row in rows {
            let u = understand::understand(&row.raw, &self.understand);
            let before = describe(row.automated.as_deref(), &row.intents, &row.status);
            let intents: Vec<String> = u
                .intents
                .iter()
                .map(|i| intent_name(*i).to_string())
                .collect();
            let status = if u.automated.is_some() {
                "automated"
            } else {
                "processed"
            };
            let after = describe(u.automated.map(automated_name), &intents, status);
            if before != after || row.status == "failed" {
                report.changed.push(Change {
                    id: row.id,
                    before,
                    after,
                });
                to_redo.push(row.id);
            }
        }
        if dry_run || to_redo.is_empty() {
            return Ok(report);
        }
        let replies_before = count_replies(pool).await?;
        store::requeue_inbound(pool, &to_redo).await?;
        loop {
            match self.process_one_inbound(pool).await {
                Ok(Some(_)) => {}
                Ok(None) => break,
                Err(e) if e.is_transient() => return Err(e),
                // Recorded on the message, which is retried and then marked failed.
                Err(_) => {}
            }
        }
        report.new_replies = count_replies(pool).await? - replies_before;
        Ok(report)
    }

    pub fn new_message_id(&self) -> String {
        format!(
            "<{}@{}>",
            uuid::Uuid::new_v4(),
            self.config.message_id_domain()
        )
    }

    /// The variables every reply template sees.
    pub fn context(
        &self,
        email: &str,
        name: Option<&str>,
        registration: Option<&Registration>,
        idea: Option<&str>,
        question: Option<&str>,
        original_subject: Option<&str>,
    ) -> serde_json::Value {
        let participant = match registration {
            Some(r) => ParticipantContext {
                email: r.email.clone(),
                name: r.name.clone().or_else(|| name.map(str::to_string)),
                organisation: r.organisation.clone(),
                country: r.country.clone(),
                experience: r.experience.clone(),
            },
            None => ParticipantContext {
                email: email.to_string(),
                name: name.map(str::to_string),
                organisation: None,
                country: None,
                experience: None,
            },
        };
        json!({
            "event": &self.config.event,
            "participant": participant,
            "status": registration.map(|r| r.status.clone()),
            "idea": idea,
            "question": question,
            "has_question": question.is_some(),
            "original_subject": original_subject.map(|s| header_safe(s, 200)),
        })
    }
}

/// What `reprocess` found.
#[derive(Debug, Default)]
pub struct Reprocessed {
    pub examined: usize,
    pub changed: Vec<Change>,
    pub new_replies: i64,
}

#[derive(Debug)]
pub struct Change {
    pub id: i64,
    pub before: String,
    pub after: String,
}

fn describe(automated: Option<&str>, intents: &[String], status: &str) -> String {
    match automated {
        Some(a) => format!("automated:{a}"),
        None if status == "failed" => "failed".into(),
        None if intents.is_empty() => "nothing to do".into(),
        None => intents.join("+"),
    }
}

async fn count_replies(pool: &PgPool) -> Result<i64, ProcessError> {
    Ok(store::count_outbox(pool).await?)
}

#[derive(Debug, Serialize)]
struct ParticipantContext {
    email: String,
    name: Option<String>,
    organisation: Option<String>,
    country: Option<String>,
    experience: Option<String>,
}

struct Effect {
    template: &'static str,
    registration: Option<Registration>,
    idea: Option<String>,
    question: Option<String>,
    #[allow(dead_code)] // kept for logs and future templates that name who moved up
    promoted: Option<Registration>,
    participant_email: EmailAddress,
    participant_name: Option<String>,
}

fn new_registration_template(status: &str, with_idea: bool) -> &'static str {
    match (status, with_idea) {
        ("waitlisted", _) => "waitlisted",
        (_, true) => "registration_idea",
        _ => "registered",
    }
}

/// In-Reply-To is the original's Message-ID; References is its References plus that id.
fn thread_headers(u: &Understanding) -> (Option<String>, Vec<String>) {
    let Some(id) = u
        .message_id
        .as_deref()
        .map(|m| header_safe(m, 400))
        .filter(|m| !m.is_empty() && !m.contains(' '))
    else {
        return (None, vec![]);
    };
    let bracket = |m: &str| format!("<{}>", m.trim_start_matches('<').trim_end_matches('>'));
    let mut references: Vec<String> = u
        .references
        .iter()
        .map(|r| header_safe(r, 400))
        .filter(|r| !r.is_empty() && !r.contains(' '))
        .map(|r| bracket(&r))
        .collect();
    // Long threads: keep the first and the last few, as RFC 5322 suggests.
    if references.len() > 10 {
        let tail = references.split_off(references.len() - 9);
        references.truncate(1);
        references.extend(tail);
    }
    let id = bracket(&id);
    references.push(id.clone());
    (Some(id), references)
}

fn failed_outcome(error: &'static str) -> store::InboundOutcome<'static> {
    store::InboundOutcome {
        status: "failed",
        message_id: None,
        from_email: None,
        subject: None,
        automated: None,
        intents: vec![],
        language: None,
        understanding: serde_json::Value::Null,
        error: Some(error),
    }
}

pub fn intent_name(i: Intent) -> &'static str {
    match i {
        Intent::Registration => "registration",
        Intent::Idea => "idea",
        Intent::Cancellation => "cancellation",
        Intent::Update => "update",
        Intent::Question => "question",
    }
}

pub fn automated_name(a: Automated) -> &'static str {
    match a {
        Automated::AutoReply => "auto_reply",
        Automated::Bounce => "bounce",
        Automated::Bulk => "bulk",
    }
}

fn experience_name(e: understand::Experience) -> &'static str {
    match e {
        understand::Experience::Starting => "starting",
        understand::Experience::Experienced => "experienced",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_thread_to_the_original_and_keep_references_bounded() {
        let u = Understanding {
            message_id: Some("abc@example.org".into()),
            references: (0..20).map(|i| format!("<r{i}@x>")).collect(),
            ..Default::default()
        };
        let (irt, refs) = thread_headers(&u);
        assert_eq!(irt.as_deref(), Some("<abc@example.org>"));
        assert_eq!(refs.len(), 11);
        assert_eq!(refs[0], "<r0@x>");
        assert_eq!(refs.last().map(String::as_str), Some("<abc@example.org>"));
    }

    #[test]
    fn a_message_id_with_line_breaks_cannot_inject_headers() {
        let u = Understanding {
            message_id: Some("a@b\r\nBcc: victim@example.org".into()),
            ..Default::default()
        };
        let (irt, refs) = thread_headers(&u);
        assert_eq!(irt, None, "a broken Message-ID is not threaded");
        assert!(refs.is_empty());
    }
}
