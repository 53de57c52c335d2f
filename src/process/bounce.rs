//! What a bounce may silence (issue 8, defect 2). Anyone can send a multipart/report naming any
//! address, so a bounce silences an address only when it returns mail regbot really sent to
//! that address — recognised by the Message-ID regbot gave it (random, never shown to anyone
//! but its recipient) — and the failure is permanent (5.x.x, or no status stated), or passing
//! (4.x.x) for the `SOFT_BOUNCES_TO_SUPPRESS`th time. The organisers' address is never silenced.
//! Every failed address is recorded in `bounces` with what was made of it, so unmatched ones
//! stay visible to the organisers (`regbot stats`). A feedback report's complaint is recorded the
//! same way (kind `complaint`) and, when it returns regbot's mail to that address, suppresses it.

use super::{ProcessError, Processor};
use crate::domain::EmailAddress;
use crate::store::{self, BounceVerdict, Tx};
use crate::understand::{BouncedRecipient, Understanding};

/// Passing failures (4.x.x) of regbot's mail to one address before it is treated as gone.
pub const SOFT_BOUNCES_TO_SUPPRESS: i64 = 3;

impl Processor {
    /// Records bounce `id` and silences the addresses it proves failed.
    pub(super) async fn record_bounce(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
    ) -> Result<(), ProcessError> {
        let returned: Vec<String> = u
            .returned_message_ids
            .iter()
            .map(|m| format!("<{m}>"))
            .collect();
        for failed in failed_recipients(u) {
            let Some(addr) = EmailAddress::parse(&failed.email) else {
                continue;
            };
            let email = addr.key();
            let sent = store::sent_mail_returned(tx, &email, &returned).await?;
            let verdict = if self.is_organiser(&email) {
                BounceVerdict::Organiser
            } else if sent.is_none() {
                BounceVerdict::Unmatched
            } else if failed.status.as_deref().is_some_and(|s| s.starts_with('4')) {
                BounceVerdict::Soft
            } else {
                BounceVerdict::Suppressed
            };
            store::record_bounce(tx, id, &email, failed.status.as_deref(), sent, verdict).await?;
            let gone = match verdict {
                BounceVerdict::Suppressed => true,
                BounceVerdict::Soft => {
                    store::soft_bounces(tx, &email).await? >= SOFT_BOUNCES_TO_SUPPRESS
                }
                BounceVerdict::Unmatched | BounceVerdict::Organiser => false,
            };
            if gone {
                store::suppress_address(tx, &email, "bounce", Some(id)).await?;
            } else if verdict != BounceVerdict::Soft {
                tracing::info!(
                    inbound_id = id,
                    verdict = verdict.as_str(),
                    "a bounce names an address but returns no mail regbot sent it: nothing silenced"
                );
            }
        }
        self.record_complaints(tx, id, u, &returned).await
    }

    /// Records the complaints of a feedback report. A complaint about mail regbot really sent
    /// to that address (recognised by its Message-ID, as for bounces: anyone can forge a
    /// report) stops all further mail to it; the others are only recorded. The organisers'
    /// address is never silenced.
    async fn record_complaints(
        &self,
        tx: &mut Tx<'_>,
        id: i64,
        u: &Understanding,
        returned: &[String],
    ) -> Result<(), ProcessError> {
        for complained in &u.complained_recipients {
            let Some(addr) = EmailAddress::parse(complained) else {
                continue;
            };
            let email = addr.key();
            let sent = store::sent_mail_returned(tx, &email, returned).await?;
            let verdict = if self.is_organiser(&email) {
                BounceVerdict::Organiser
            } else if sent.is_none() {
                BounceVerdict::Unmatched
            } else {
                BounceVerdict::Suppressed
            };
            store::record_complaint(tx, id, &email, sent, verdict).await?;
            if verdict == BounceVerdict::Suppressed {
                store::suppress_address(tx, &email, "complaint", Some(id)).await?;
            } else {
                tracing::info!(
                    inbound_id = id,
                    verdict = verdict.as_str(),
                    "a feedback report names an address but returns no mail regbot sent it: nothing silenced"
                );
            }
        }
        Ok(())
    }

    fn is_organiser(&self, email: &str) -> bool {
        let event = &self.config.event;
        EmailAddress::parse(&event.organiser_email).is_some_and(|o| o.key() == email)
            || self.understand.own_addresses.iter().any(|a| a == email)
    }
}

/// The failed addresses with their status: `bounces` when the understanding has it, else the
/// bare addresses (no status stated).
fn failed_recipients(u: &Understanding) -> Vec<BouncedRecipient> {
    if !u.bounces.is_empty() {
        return u.bounces.clone();
    }
    u.bounced_recipients
        .iter()
        .map(|e| BouncedRecipient {
            email: e.clone(),
            status: None,
        })
        .collect()
}
