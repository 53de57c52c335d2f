//! `regbot reprocess`: stored mail understood again after the rules improved, and what changed
//! applied through the ordinary processing step (idempotency keys stop a second reply).

use sqlx::PgPool;

use super::{ProcessError, Processor, automated_name, intent_name};
use crate::status::InboundStatus;
use crate::store;
use crate::understand;

impl Processor {
    /// Understands stored messages again. With `dry_run`, only reports what would change;
    /// otherwise the changed ones go back to pending and are processed again in order, where
    /// idempotency keys keep every reply that was already queued from being queued twice.
    pub async fn reprocess(
        &self,
        pool: &PgPool,
        statuses: &[InboundStatus],
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
            let before = describe(row.automated.as_deref(), &row.intents, row.status);
            let intents: Vec<String> = u
                .intents
                .iter()
                .map(|i| intent_name(*i).to_string())
                .collect();
            let status = if u.automated.is_some() {
                InboundStatus::Automated
            } else {
                InboundStatus::Processed
            };
            let after = describe(u.automated.map(automated_name), &intents, status);
            if before != after || row.status == InboundStatus::Failed {
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

fn describe(automated: Option<&str>, intents: &[String], status: InboundStatus) -> String {
    match automated {
        Some(a) => format!("automated:{a}"),
        None if status == InboundStatus::Failed => "failed".into(),
        None if intents.is_empty() => "nothing to do".into(),
        None => intents.join("+"),
    }
}

async fn count_replies(pool: &PgPool) -> Result<i64, ProcessError> {
    Ok(store::count_outbox(pool).await?)
}
