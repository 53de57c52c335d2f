//! Registrations on someone else's behalf (issue 8, defect 7): "please register my colleagues
//! A (a@…) and B (b@…)".
//!
//! Each named person with an address gets a registration of their own (source `on_behalf`,
//! `registered_by` the sender), held as `pending_confirmation` until they answer or an organiser
//! confirms, and their own mail in the sender's language asking them to. A held place does not
//! count against the capacity, so registering others cannot push a real registrant onto the
//! waiting list; it is released after `event.confirm_days` days without an answer. The sender
//! takes part only when they say so, and gets one summary of whom regbot registered.
//!
//! An organiser who resolves a review item as "register the named people" (`review resolve
//! --as named-people`, the desk's button) goes the same way: `hold_people` and
//! `render_summary` serve both.

use serde::Serialize;
use serde_json::json;
use sqlx::PgPool;

use super::{ProcessError, Processor, experience_name};
use crate::domain::{EmailAddress, header_safe};
use crate::status::{RegistrationStatus, ReplyTemplate};
use crate::store::{self, AuditEntry, Registration, RegistrationFields, Tx};
use crate::templates::Rendered;
use crate::understand::{Intent, Participant, Source, Understanding};

/// A person the message registered for someone else, for the sender's summary.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Held {
    pub email: String,
    pub name: Option<String>,
    pub status: RegistrationStatus,
    /// False when the person already had a place: nothing changed and no mail went out.
    pub new: bool,
}

/// The people a registration message names with an address besides the sender (read from the
/// sender's own words, not a forwarded registration's From line). Empty for anything else.
pub(super) fn others<'u>(u: &'u Understanding, sender: &EmailAddress) -> Vec<&'u Participant> {
    if !u.intents.contains(&Intent::Registration) {
        return Vec::new();
    }
    u.participants
        .iter()
        .filter(|p| p.sources.email == Some(Source::RunningText))
        .filter(|p| {
            p.email
                .as_deref()
                .and_then(EmailAddress::parse)
                .is_some_and(|e| e.key() != sender.key())
        })
        .collect()
}

/// The sender's own values in an on-behalf message (their entry in `participants`), or none:
/// understanding lists the sender when they take part themselves ("me and my colleague"), and
/// when the others replace them ("it's me who cancels, please register A"): a registration
/// that also cancels is the sender's cancellation.
pub(super) fn sender_entry<'u>(
    u: &'u Understanding,
    sender: &EmailAddress,
) -> Option<&'u Participant> {
    if u.intents.contains(&Intent::Cancellation) {
        return None;
    }
    u.participants.iter().find(|p| {
        p.email
            .as_deref()
            .and_then(EmailAddress::parse)
            .is_some_and(|e| e.key() == sender.key())
    })
}

/// Who registered the people held: the people's mails name them and are written in their
/// language.
pub(crate) struct Registrar<'a> {
    pub email: &'a EmailAddress,
    pub name: Option<&'a str>,
    pub language: Option<&'a str>,
}

impl Processor {
    /// Holds a place for each person the message names (see `hold_people`).
    pub(super) async fn hold_others(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        sender: &EmailAddress,
        others: &[&Participant],
    ) -> Result<Vec<Held>, ProcessError> {
        let by = Registrar {
            email: sender,
            name: u.from.as_ref().and_then(|f| f.name.as_deref()),
            language: u.language.as_deref(),
        };
        self.hold_people(tx, id, &by, others).await
    }

    /// Holds a place for each person of `people` that inbound message `id` named, and asks
    /// each new one to confirm. Within the caller's transaction; the caller holds the event
    /// lock when there is a capacity.
    pub(crate) async fn hold_people(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        by: &Registrar<'_>,
        people: &[&Participant],
    ) -> Result<Vec<Held>, ProcessError> {
        let sender = by.email;
        let event = &self.config.event;
        let days = i32::try_from(event.confirm_days.clamp(1, 365)).unwrap_or(7);
        let mut held = Vec::with_capacity(people.len());
        for p in people {
            let Some(email) = p.email.as_deref().and_then(EmailAddress::parse) else {
                continue;
            };
            if event.capacity <= 0 {
                store::lock_participant(tx, &event.id, email.as_str()).await?;
            }
            let fields = RegistrationFields {
                name: p.name.as_deref(),
                organisation: p.organisation.as_deref(),
                country: p.country.as_deref(),
                experience: p.experience.map(experience_name),
                language: by.language,
            };
            let reg = match store::find_registration(tx, &event.id, email.as_str()).await? {
                Some(reg) if reg.status != RegistrationStatus::Cancelled => {
                    held.push(Held {
                        email: reg.email,
                        name: reg.name,
                        status: reg.status,
                        new: false,
                    });
                    continue;
                }
                Some(reg) => {
                    store::update_registration(tx, reg.id, &fields, None).await?;
                    store::hold_for_consent(tx, reg.id, sender.as_str(), days).await?
                }
                None => {
                    let reg = store::insert_registration(
                        tx,
                        &event.id,
                        email.as_str(),
                        &fields,
                        RegistrationStatus::PendingConfirmation,
                        Some(id),
                    )
                    .await?;
                    store::hold_for_consent(tx, reg.id, sender.as_str(), days).await?
                }
            };
            self.queue_consent(tx, id, by, &reg).await?;
            held.push(Held {
                email: reg.email,
                name: reg.name,
                status: reg.status,
                new: true,
            });
        }
        Ok(held)
    }

    /// The summary to the sender of whom regbot registered for them (`held`), in their
    /// language; `own` is the sender's own registration, if any.
    pub(crate) fn render_summary(
        &self,
        by: &Registrar<'_>,
        own: Option<&Registration>,
        held: &[Held],
    ) -> Result<Rendered, ProcessError> {
        let mut context = self.context(by.email.as_str(), by.name, own, None, None, None);
        context["registered_others"] = json!(held);
        context["confirm_days"] = json!(self.config.event.confirm_days);
        Ok(self.templates.render(
            ReplyTemplate::OnBehalfSummary.as_str(),
            by.language,
            &self.config.event.default_language,
            &context,
        )?)
    }

    /// "X registered you; reply to confirm or cancel", in the sender's language.
    async fn queue_consent(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        by: &Registrar<'_>,
        reg: &Registration,
    ) -> Result<(), ProcessError> {
        if !self.notify {
            return Ok(());
        }
        let mut context =
            self.context(&reg.email, reg.name.as_deref(), Some(reg), None, None, None);
        context["registered_by"] = json!({
            "email": by.email.as_str(),
            "name": by.name.map(|n| header_safe(n, 100)),
        });
        context["confirm_days"] = json!(self.config.event.confirm_days);
        let rendered = self.templates.render(
            ReplyTemplate::ConfirmRequest.as_str(),
            by.language,
            &self.config.event.default_language,
            &context,
        )?;
        // Not a reply (nobody wrote from this address), and migration 0030 fixes the outbox
        // kinds that an earlier-numbered migration could add: a mail about their place.
        let key = format!("consent:{id}:{}", reg.id);
        self.queue_notice(
            tx,
            key,
            Some(id),
            reg,
            ReplyTemplate::ConfirmRequest,
            rendered,
        )
        .await
    }

    /// Releases every held place whose confirmation time is over, audited as regbot's own
    /// change. Held places never counted against the capacity, so nobody moves up. Returns the
    /// addresses released.
    pub async fn release_unconfirmed(&self, pool: &PgPool) -> Result<Vec<String>, ProcessError> {
        let event = &self.config.event.id;
        let mut tx = pool.begin().await?;
        let released = store::release_unconfirmed(&mut tx, event).await?;
        for email in &released {
            store::insert_audit(
                &mut tx,
                &AuditEntry {
                    event_id: event,
                    actor: "regbot",
                    action: "participant.release",
                    target: email,
                    before: Some(json!({"status": RegistrationStatus::PendingConfirmation})),
                    after: Some(json!({"status": RegistrationStatus::Cancelled})),
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(released)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::Sources;

    fn person(email: &str, source: Source) -> Participant {
        Participant {
            email: Some(email.into()),
            sources: Sources {
                email: Some(source),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    fn registration(participants: Vec<Participant>) -> Understanding {
        Understanding {
            intents: vec![Intent::Registration],
            participants,
            ..Default::default()
        }
    }

    #[test]
    fn colleagues_named_in_the_text_are_the_others_and_the_sender_is_not() {
        let sender = EmailAddress::parse("anna@cluster.lv").unwrap();
        let u = registration(vec![
            person("Anna@cluster.lv", Source::FromHeader),
            person("janis@cluster.lv", Source::RunningText),
        ]);
        let others: Vec<_> = others(&u, &sender)
            .iter()
            .map(|p| p.email.clone().unwrap())
            .collect();
        assert_eq!(others, ["janis@cluster.lv"]);
        assert!(sender_entry(&u, &sender).is_some(), "the sender takes part");
        let u = registration(vec![person("janis@cluster.lv", Source::RunningText)]);
        assert!(sender_entry(&u, &sender).is_none());
        // "It's me who cancels, please register Janis": the sender is listed, and out.
        let mut u = registration(vec![
            person("anna@cluster.lv", Source::FromHeader),
            person("janis@cluster.lv", Source::RunningText),
        ]);
        u.intents.push(Intent::Cancellation);
        assert_eq!(super::others(&u, &sender).len(), 1);
        assert!(sender_entry(&u, &sender).is_none());
    }

    #[test]
    fn a_forwarded_registration_or_a_question_registers_nobody_else() {
        let sender = EmailAddress::parse("office@cluster.lv").unwrap();
        let forwarded = registration(vec![person("janis@cluster.lv", Source::FromHeader)]);
        assert!(others(&forwarded, &sender).is_empty());
        let question = Understanding {
            intents: vec![Intent::Question],
            participants: vec![person("janis@cluster.lv", Source::RunningText)],
            ..Default::default()
        };
        assert!(others(&question, &sender).is_empty());
    }
}
