//! Who may use the web desk: organiser addresses, one-time login links and sessions.
//!
//! Tokens and session ids are stored as SHA-256 hex only (see `migrations/0030_web_desk.sql`);
//! callers hash before they ask.

use chrono::{DateTime, Utc};
use sqlx::PgPool;

use super::{StoreError, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganiserRow {
    pub email: String,
    pub added_at: DateTime<Utc>,
}

/// Allows an address; true when it was not allowed before.
pub async fn insert_organiser(pool: &PgPool, email: &str) -> Result<bool, StoreError> {
    let r = sqlx::query!(
        "insert into organisers (email) values (lower($1)) on conflict do nothing",
        email
    )
    .execute(pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Removes an address with its links and sessions; true when it was allowed.
pub async fn delete_organiser(pool: &PgPool, email: &str) -> Result<bool, StoreError> {
    let r = sqlx::query!("delete from organisers where email = lower($1)", email)
        .execute(pool)
        .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn list_organisers(pool: &PgPool) -> Result<Vec<OrganiserRow>, StoreError> {
    let rows = sqlx::query_as!(
        OrganiserRow,
        "select email, added_at from organisers order by email"
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

pub async fn is_organiser(pool: &PgPool, email: &str) -> Result<bool, StoreError> {
    let found = sqlx::query_scalar!(
        r#"select exists (select 1 from organisers where email = lower($1)) as "found!""#,
        email
    )
    .fetch_one(pool)
    .await?;
    Ok(found)
}

/// Stores a login link's hash (in the caller's transaction, with the mail that carries it).
pub async fn insert_login_token(
    tx: &mut Tx<'_>,
    token_hash: &str,
    email: &str,
    expires_at: DateTime<Utc>,
) -> Result<(), StoreError> {
    sqlx::query!(
        "insert into login_tokens (token_hash, email, expires_at) values ($1, lower($2), $3)",
        token_hash,
        email,
        expires_at
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Marks a link used and returns its organiser, when it is unused and unexpired. One statement,
/// so two browsers redeeming the same link cannot both win.
pub async fn redeem_login_token(
    pool: &PgPool,
    token_hash: &str,
) -> Result<Option<String>, StoreError> {
    let email = sqlx::query_scalar!(
        "update login_tokens set used_at = now()
         where token_hash = $1 and used_at is null and expires_at > now()
         returning email",
        token_hash
    )
    .fetch_optional(pool)
    .await?;
    Ok(email)
}

/// Whether a link is still good, without using it (the confirmation page shows this).
pub async fn login_token_usable(pool: &PgPool, token_hash: &str) -> Result<bool, StoreError> {
    let ok = sqlx::query_scalar!(
        r#"select exists (select 1 from login_tokens
                          where token_hash = $1 and used_at is null and expires_at > now()) as "ok!""#,
        token_hash
    )
    .fetch_one(pool)
    .await?;
    Ok(ok)
}

pub async fn insert_session(
    pool: &PgPool,
    id_hash: &str,
    email: &str,
    csrf_token: &str,
    expires_at: DateTime<Utc>,
) -> Result<(), StoreError> {
    sqlx::query!(
        "insert into web_sessions (id_hash, email, csrf_token, expires_at) values ($1, $2, $3, $4)",
        id_hash,
        email,
        csrf_token,
        expires_at
    )
    .execute(pool)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub email: String,
    pub csrf_token: String,
}

/// The live session with this id hash, if any.
pub async fn find_session(pool: &PgPool, id_hash: &str) -> Result<Option<SessionRow>, StoreError> {
    let row = sqlx::query_as!(
        SessionRow,
        "select email, csrf_token from web_sessions where id_hash = $1 and expires_at > now()",
        id_hash
    )
    .fetch_optional(pool)
    .await?;
    Ok(row)
}

pub async fn delete_session(pool: &PgPool, id_hash: &str) -> Result<(), StoreError> {
    sqlx::query!("delete from web_sessions where id_hash = $1", id_hash)
        .execute(pool)
        .await?;
    Ok(())
}

/// Drops expired sessions and links (called now and then by the server).
pub async fn delete_expired_access(pool: &PgPool) -> Result<u64, StoreError> {
    let s = sqlx::query!("delete from web_sessions where expires_at <= now()")
        .execute(pool)
        .await?;
    let t = sqlx::query!("delete from login_tokens where expires_at <= now() - interval '1 day'")
        .execute(pool)
        .await?;
    Ok(s.rows_affected() + t.rows_affected())
}

/// Login links issued to this address in the last `minutes` minutes (the per-address limit).
pub async fn recent_login_tokens(
    tx: &mut Tx<'_>,
    email: &str,
    minutes: i32,
) -> Result<i64, StoreError> {
    let n = sqlx::query_scalar!(
        r#"select count(*) as "n!" from login_tokens
           where email = lower($1) and created_at > now() - make_interval(mins => $2)"#,
        email,
        minutes
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(n)
}
