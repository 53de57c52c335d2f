//! Catch-up: the updates a late registrant missed.
//!
//! A broadcast made with `--catch-up` also goes to everyone whose place is confirmed later (a
//! new registration, a held place confirmed, a move up from the waiting list, an organiser's
//! `participants add|confirm`), in the transaction of that change. Each is the very outbox row
//! the broadcast would have queued for them (`broadcast:<id>:<registration id>`), so nobody
//! gets one twice: not someone who had it already, not a reprocess. They go out in the order
//! they were broadcast, after the acknowledgement, which then says that the updates sent so far
//! follow instead of promising information "will follow". The order is the rows' `order_at`
//! (the acknowledgement's, then one second more per update); the sender holds each back until
//! the one before it to the same address has gone (`store::lease_outbound_batch`), so a retried
//! or given-back acknowledgement still goes first.

use super::{ProcessError, Processor};
use crate::broadcast;
use crate::status::{RegistrationStatus, ReplyTemplate};
use crate::store::{self, Registration, Tx};
use crate::templates::Rendered;

impl Processor {
    /// Queues the catch-up broadcasts `reg` has not had; returns how many it gets. Nothing
    /// for a place that is not confirmed, or when nobody is written to (`reprocess`).
    pub(crate) async fn catch_up(
        &self,
        tx: &mut Tx<'_>,
        reg: &Registration,
    ) -> Result<usize, ProcessError> {
        if !self.notify || reg.status != RegistrationStatus::Confirmed {
            return Ok(0);
        }
        store::lock_catch_ups(tx, &self.config.event.id, false).await?;
        let missed = store::missed_catch_ups(tx, &self.config.event.id, reg.id).await?;
        let mut queued = 0;
        for (n, b) in missed.iter().enumerate() {
            let mail = broadcast::catch_up_mail(&self.config, &self.templates, b, reg)?;
            if store::enqueue(tx, &mail).await? {
                let after = u64::try_from(n).unwrap_or(u64::MAX).saturating_add(1);
                store::caught_up(tx, &mail.idempotency_key, b.id, after).await?;
                queued += 1;
            }
        }
        Ok(queued)
    }

    /// `template` for `reg` in their language, after queueing the catch-up updates they missed
    /// (the template says how many follow: `updates_sent`). `subject` is the subject of the
    /// participant's own mail, when the message answers one.
    pub(crate) async fn render_for_registration(
        &self,
        tx: &mut Tx<'_>,
        template: ReplyTemplate,
        reg: &Registration,
        subject: Option<&str>,
    ) -> Result<Rendered, ProcessError> {
        let mut context = self.context(
            &reg.email,
            reg.name.as_deref(),
            Some(reg),
            None,
            None,
            subject,
        );
        context["updates_sent"] = serde_json::json!(self.catch_up(tx, reg).await?);
        Ok(self.templates.render(
            template.as_str(),
            reg.language.as_deref(),
            &self.config.event.default_language,
            &context,
        )?)
    }
}
