//! Mail that came back: every bounce with what regbot made of it, the addresses regbot no
//! longer writes to, and lifting such a suppression once the person's mailbox works again.

use sqlx::PgPool;

use super::{Actor, OrganiseError};
use crate::store::{self, AuditEntry};

pub use crate::store::{BounceRow as Bounce, SuppressedRow as Suppressed};

/// Every bounce regbot received, newest first.
pub async fn list(pool: &PgPool) -> Result<Vec<Bounce>, OrganiseError> {
    Ok(store::list_bounces(pool).await?)
}

/// The addresses regbot no longer sends to, newest first.
pub async fn suppressed(pool: &PgPool) -> Result<Vec<Suppressed>, OrganiseError> {
    Ok(store::suppressed_list(pool, i64::MAX, 0).await?)
}

/// Lets regbot write to `email` again, recorded in the audit table. The bounces themselves stay
/// as history.
pub async fn release(
    pool: &PgPool,
    event_id: &str,
    actor: &Actor,
    email: &str,
) -> Result<Suppressed, OrganiseError> {
    let mut tx = pool.begin().await?;
    let Some(released) = store::release_suppression(&mut tx, email.trim()).await? else {
        return Err(OrganiseError::NotSuppressed(email.trim().to_string()));
    };
    store::insert_audit(
        &mut tx,
        &AuditEntry {
            event_id,
            actor: actor.as_str(),
            action: "suppression.release",
            target: &released.email,
            before: serde_json::to_value(&released).ok(),
            after: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(released)
}
