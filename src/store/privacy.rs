//! Erasing personal data: one person (`regbot forget`) or everyone's old mail (`regbot purge`).

use sqlx::PgPool;

use super::StoreError;

/// What `forget` removed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Forgotten {
    pub registrations: u64,
    pub ideas: u64,
    pub questions: u64,
    pub messages: u64,
    pub outgoing: u64,
    /// Other people's stored mail that names the person: their raw bytes and what was read
    /// from them are erased (the other person's registration stays).
    pub mentions: u64,
}

/// Removes everything regbot holds about `email` — registrations, ideas, questions, stored raw
/// mail from or about them, and mail to them, sent or queued — in one transaction.
pub async fn forget_person(pool: &PgPool, email: &str) -> Result<Forgotten, StoreError> {
    let mut tx = pool.begin().await?;
    let original = email;
    let email = email.trim().to_lowercase();
    let registrations = sqlx::query!("delete from registrations where lower(email) = $1", email)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let ideas = sqlx::query!("delete from ideas where lower(email) = $1", email)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let questions = sqlx::query!("delete from questions where lower(email) = $1", email)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let outgoing = sqlx::query!(
        "delete from outbox where lower(recipient) = $1 or lower(reply_to) = $1",
        email
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    // Mail from them, and mail about them (a colleague registering them).
    let messages = sqlx::query!(
        r#"delete from inbound_messages
           where lower(from_email) = $1
              or lower(understanding #>> '{participant,email}') = $1"#,
        email
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    // Other people's mail that names them (in a header or an unencoded body): keep the row and
    // its effects (someone else's registration), erase the bytes and what was read from them.
    // Best effort: an address inside base64 or quoted-printable text is not found.
    let mentions = sqlx::query!(
        r#"update inbound_messages
           set raw = null, understanding = null, subject = null
           where raw is not null
             and (position(convert_to($1, 'UTF8') in raw) > 0
                  or position(convert_to($2, 'UTF8') in raw) > 0)"#,
        email,
        original.trim(),
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    sqlx::query!("delete from suppressed_addresses where email = $1", email)
        .execute(&mut *tx)
        .await?;
    sqlx::query!("delete from bounces where email = $1", email)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Forgotten {
        registrations,
        ideas,
        questions,
        messages,
        outgoing,
        mentions,
    })
}

/// Erases raw mail and mail bodies older than `days` days; counts and registrations stay.
pub async fn purge_old_mail(pool: &PgPool, days: i64) -> Result<(u64, u64), StoreError> {
    let mut tx = pool.begin().await?;
    let inbound = sqlx::query!(
        r#"update inbound_messages set raw = null, understanding = null, subject = null
           where received_at < now() - make_interval(days => $1::int) and status <> 'pending'
             and (raw is not null or understanding is not null)"#,
        days as i32
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let outbox = sqlx::query!(
        r#"update outbox set body_text = '', body_html = null
           where created_at < now() - make_interval(days => $1::int) and status <> 'pending' and body_text <> ''"#,
        days as i32
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok((inbound, outbox))
}
