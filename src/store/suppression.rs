//! Addresses that must not receive mail any more (bounces, complaints).

use super::{StoreError, Tx};

pub async fn suppress_address(
    tx: &mut Tx<'_>,
    email: &str,
    reason: &str,
    inbound_id: Option<i64>,
) -> Result<(), StoreError> {
    sqlx::query!(
        r#"insert into suppressed_addresses (email, reason, inbound_id) values (lower($1), $2, $3)
           on conflict (email) do nothing"#,
        email,
        reason,
        inbound_id
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn is_suppressed(tx: &mut Tx<'_>, email: &str) -> Result<bool, StoreError> {
    let found = sqlx::query_scalar!(
        r#"select exists(select 1 from suppressed_addresses where email = lower($1)) as "e!""#,
        email
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(found)
}

/// Lifts the suppression of an address; returns what it was, or None when it had none.
pub async fn release_suppression(
    tx: &mut Tx<'_>,
    email: &str,
) -> Result<Option<super::SuppressedRow>, StoreError> {
    let row = sqlx::query_as!(
        super::SuppressedRow,
        "delete from suppressed_addresses where email = lower($1) returning email, reason, created_at",
        email
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}
