//! Applying one understood message inside the processing transaction: ideas and questions are
//! stored, and the registration is read under its lock, decided about (`decide`, pure) and
//! written.

use super::behalf::{self, Held};
use super::decide::{self, Change, Request, Seats};
use super::deferred::{self, Deferred};
use super::review::Act;
use super::{ProcessError, Processor, experience_name, tag};
use crate::domain::EmailAddress;
use crate::status::{RegistrationStatus, ReplyTemplate};
use crate::store::{self, Registration, RegistrationFields, Tx};
use crate::understand::{Hints, Intent, Participant, Sources, Understanding, language};

/// What recording a message did, for the reply that answers it.
pub(super) struct Effect {
    pub template: ReplyTemplate,
    pub registration: Option<Registration>,
    pub idea: Option<String>,
    pub question: Option<String>,
    #[allow(dead_code)] // kept for logs and future templates that name who moved up
    pub promoted: Option<Registration>,
    pub participant_email: EmailAddress,
    pub participant_name: Option<String>,
    /// The people registered on the sender's behalf by this message (the reply is then the
    /// sender's summary).
    pub held: Vec<Held>,
    /// Catch-up broadcasts queued to the participant, whose place this message confirmed.
    pub updates_sent: usize,
}

/// The sender of an on-behalf registration who does not take part: no values of their own.
static NOBODY: Participant = Participant {
    email: None,
    name: None,
    organisation: None,
    country: None,
    experience: None,
    sources: Sources {
        email: None,
        name: None,
        organisation: None,
        country: None,
        experience: None,
    },
    hints: Hints { country: None },
};

const NO_FIELDS: RegistrationFields<'static> = RegistrationFields {
    name: None,
    organisation: None,
    country: None,
    experience: None,
    language: None,
};

impl Processor {
    /// Records what the message asks for and decides which reply answers it.
    pub(super) async fn record(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        sender: &EmailAddress,
        act: Act,
        mut deferred: Option<&mut Deferred>,
    ) -> Result<Effect, ProcessError> {
        let event = &self.config.event;
        let has = |i: Intent| u.intents.contains(&i);
        let others = behalf::others(u, sender);
        let on_behalf = !others.is_empty();
        // On someone's behalf, `participant` is the first colleague: the sender's own record
        // is their entry in `participants`, if they take part.
        let sender_own = behalf::sender_entry(u, sender);
        let p = match (on_behalf, sender_own) {
            (false, _) => &u.participant,
            (true, Some(own)) => own,
            (true, None) => &NOBODY,
        };
        let participant_email = if on_behalf {
            sender.clone()
        } else {
            p.email
                .as_deref()
                .and_then(EmailAddress::parse)
                .unwrap_or_else(|| sender.clone())
        };
        let fields = if act.note_only {
            NO_FIELDS
        } else {
            RegistrationFields {
                name: p.name.as_deref(),
                organisation: p.organisation.as_deref(),
                country: p.country.as_deref(),
                experience: p.experience.map(experience_name),
                language: u.language.as_deref(),
            }
        };
        let display_name = p
            .name
            .clone()
            .or_else(|| u.from.as_ref().and_then(|f| f.name.clone()));

        let mut effect = Effect {
            template: ReplyTemplate::QuestionReceived,
            registration: None,
            idea: None,
            question: None,
            promoted: None,
            participant_email: participant_email.clone(),
            participant_name: display_name.clone(),
            held: Vec::new(),
            updates_sent: 0,
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
            let (question_id, token) = store::insert_question(
                tx,
                &event.id,
                sender.as_str(),
                display_name.as_deref(),
                &text,
                id,
                &tag::new_token(),
            )
            .await?;
            if self.config.replies.forward_questions && !event.organiser_email.is_empty() {
                self.queue_forward(tx, id, u, sender, &text, question_id, &token)
                    .await?;
            }
            effect.question = Some(text);
        }

        let request = Request {
            // Registering others registers the sender only when they take part themselves; a
            // reply from a person whose place is held confirms it. A note-only act registers
            // nobody, whatever the learned model proposed (`review::route`).
            registration: (has(Intent::Registration)
                && !act.note_only
                && (!on_behalf || sender_own.is_some()))
                || act.confirms,
            // Nothing to update or cancel (see `review::route`): the idea or question stands.
            cancellation: has(Intent::Cancellation) && !act.skip_registration,
            update: (has(Intent::Update) && !act.skip_registration) || act.note_only,
            idea: effect.idea.is_some(),
            question: effect.question.is_some(),
        };
        let mut existing = None;
        // Whether the registration was read by the batch, under its locks (`prefetch`).
        let mut read_ahead = false;
        let mut seats = Seats {
            capacity: event.capacity,
            confirmed: 0,
        };
        if request.touches_registration() || on_behalf {
            // The capacity check and the waiting list need the whole event serialised; without
            // a capacity only this participant's row can race (two messages from one person).
            // A batch took the participant locks and read the registrations at its start
            // (`prefetch`); with a capacity the event lock comes first, so it reads again.
            let reads = deferred::reads(deferred.as_deref());
            let prefetched = match reads {
                Some(r) if event.capacity == 0 && r.holds_locks(&participant_email) => {
                    r.registration(&participant_email)
                }
                _ => None,
            };
            read_ahead = prefetched.is_some();
            existing = match prefetched {
                Some(reg) => reg.cloned(),
                None => {
                    if event.capacity > 0 {
                        store::lock_event(tx, &event.id).await?;
                        seats.confirmed = store::count_confirmed(tx, &event.id).await?;
                    } else {
                        store::lock_participant(tx, &event.id, participant_email.as_str()).await?;
                    }
                    store::find_registration(tx, &event.id, participant_email.as_str()).await?
                }
            };
        }
        let decision = decide::decide(request, existing.as_ref().map(|r| r.status), seats);
        effect.template = decision.reply;
        // A batch knows whether the event has catch-up broadcasts at all (`prefetch`).
        let may_catch_up = deferred::reads(deferred.as_deref()).is_none_or(|r| r.may_catch_up());
        // A new registration waits for the batch's end when nothing later in this message reads
        // it from the table: read ahead under the batch's locks (so later messages of the batch
        // see it through the prefetch), no catch-up broadcast, no note, no colleagues.
        let hold = read_ahead && !may_catch_up && u.note.is_none() && !on_behalf;
        if let (Change::Update(_) | Change::Cancel, Some(reg)) = (decision.change, &existing)
            && deferred
                .as_deref()
                .is_some_and(|d| d.holds_registration(reg.id))
        {
            // An earlier message of the batch registered this address: write it first.
            deferred::flush(tx, deferred.as_deref_mut()).await?;
        }
        effect.registration = match (decision.change, existing) {
            (Change::Keep, existing) => existing,
            (Change::Insert(status), _) => Some(
                deferred::register(
                    tx,
                    deferred.as_deref_mut().filter(|_| hold),
                    &event.id,
                    participant_email.as_str(),
                    &fields,
                    status,
                    Some(id),
                )
                .await?,
            ),
            (Change::Update(status), Some(reg)) => {
                // A participant's language, once known, is kept against a short reply.
                let fields = RegistrationFields {
                    language: language::keep_language(
                        fields.language,
                        reg.language.as_deref(),
                        &u.text,
                    ),
                    ..fields
                };
                Some(store::update_registration(tx, reg.id, &fields, status).await?)
            }
            (Change::Cancel, Some(reg)) => Some(
                store::update_registration(
                    tx,
                    reg.id,
                    &NO_FIELDS,
                    Some(RegistrationStatus::Cancelled),
                )
                .await?,
            ),
            // `decide` changes only a record that exists.
            (Change::Update(_) | Change::Cancel, None) => None,
        };
        if let (Some(d), Some(reg)) = (deferred.as_deref_mut(), effect.registration.as_ref())
            && let Some(reads) = d.reads.as_mut()
        {
            reads.remember(&participant_email, reg);
        }
        let confirmed_now = matches!(
            decision.change,
            Change::Insert(RegistrationStatus::Confirmed)
                | Change::Update(Some(RegistrationStatus::Confirmed))
        );
        if let (true, true, Some(reg)) = (confirmed_now, may_catch_up, effect.registration.as_ref())
        {
            effect.updates_sent = self.catch_up(tx, reg).await?;
        }
        if decision.promote_waitlisted {
            // Another registration changes, and its person is written to: the batch's reads
            // no longer hold.
            deferred::flush(tx, deferred).await?;
            effect.promoted = self.promote_waitlisted(tx, &id.to_string()).await?;
        }
        if let (Some(note), Some(reg)) = (u.note.as_deref(), effect.registration.as_ref())
            && reg.status != RegistrationStatus::Cancelled
        {
            store::add_note(tx, reg.id, note).await?;
        }
        if on_behalf {
            effect.held = self.hold_others(tx, id, u, sender, &others).await?;
            effect.template = ReplyTemplate::OnBehalfSummary;
        }
        Ok(effect)
    }

    /// A confirmed place was freed: the longest-waiting person gets it and is told so. `cause`
    /// names what freed it (an inbound message id, an organiser's change) in the mail's
    /// idempotency key. The caller holds the event lock.
    pub(crate) async fn promote_waitlisted(
        &self,
        tx: &mut Tx<'_>,
        cause: &str,
    ) -> Result<Option<Registration>, ProcessError> {
        let Some(next) = store::first_waitlisted(tx, &self.config.event.id).await? else {
            return Ok(None);
        };
        let reg = store::update_registration(
            tx,
            next.id,
            &NO_FIELDS,
            Some(RegistrationStatus::Confirmed),
        )
        .await?;
        self.queue_promotion(tx, cause, &reg).await?;
        Ok(Some(reg))
    }
}
