//! Every SQL statement regbot runs, next to the schema in `migrations/`, split by table group.
//!
//! No other module holds SQL: a query is added here, next to the others on the same tables, so
//! `scripts/sqlx-prepare` and the CI check cover every statement.
//!
//! The inbound queue and the outbox are tables; workers claim rows with `FOR UPDATE SKIP LOCKED`
//! inside a transaction, so several daemons can share one database and a crashed worker's rows
//! are free again the moment PostgreSQL sees its connection drop.

use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Postgres, Transaction};

use crate::config::DatabaseConfig;
pub use crate::domain::{json_without_nul, opt_without_nul, without_nul};

mod access;
mod bounces;
mod broadcasts;
mod desk;
mod inbound;
mod limits;
mod oauth2;
mod organise;
mod outbox;
mod privacy;
mod registrations;
mod review;
mod stats;
mod suppression;

pub use access::*;
pub use bounces::*;
pub use broadcasts::*;
pub use desk::*;
pub use inbound::*;
pub use limits::*;
pub use oauth2::PgRefreshTokens;
pub use organise::*;
pub use outbox::*;
pub use privacy::*;
pub use registrations::*;
pub use review::*;
pub use stats::*;
pub use suppression::*;

pub type Tx<'a> = Transaction<'a, Postgres>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database URL is not valid: {0}")]
    BadUrl(String),
    #[error(
        "could not reach the database at {target}: {source} (is PostgreSQL running, and does database.url / REGBOT_DATABASE__URL point at it?)"
    )]
    Unreachable {
        target: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("could not apply the database migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
}

impl StoreError {
    /// True when trying again later may succeed (the database is down or restarting).
    pub fn is_transient(&self) -> bool {
        match self {
            StoreError::Unreachable { .. } => true,
            StoreError::Sql(e) => is_transient_sql(e),
            _ => false,
        }
    }
}

pub fn is_transient_sql(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(db) => {
            // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
            // 08xxx connection exceptions, 40001/40P01 serialization / deadlock.
            db.code().is_some_and(|c| {
                c.starts_with("08") || c.starts_with("57P") || c == "40001" || c == "40P01"
            })
        }
        _ => false,
    }
}

/// Connects with a short timeout so a down database is reported, not waited on forever.
pub async fn connect(config: &DatabaseConfig) -> Result<PgPool, StoreError> {
    let options: PgConnectOptions = config.url.expose().parse().map_err(|e: sqlx::Error| {
        StoreError::BadUrl(redact(&e.to_string(), config.url.expose()))
    })?;
    let target = format!(
        "{}:{}/{}",
        options.get_host(),
        options.get_port(),
        options.get_database().unwrap_or("")
    );
    let pool = PgPoolOptions::new()
        .max_connections(config.max_connections.max(2))
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await
        .map_err(|source| StoreError::Unreachable { target, source })?;
    Ok(pool)
}

fn redact(message: &str, secret: &str) -> String {
    if secret.is_empty() {
        message.to_string()
    } else {
        message.replace(secret, "***")
    }
}

/// The server's version line, which `regbot check` shows.
pub async fn server_version(pool: &PgPool) -> Result<String, StoreError> {
    let v = sqlx::query_scalar::<_, String>("select version()")
        .fetch_one(pool)
        .await?;
    Ok(v)
}

/// Whether the database answers (the desk's `/healthz`).
pub async fn ping(pool: &PgPool) -> Result<(), StoreError> {
    sqlx::query_scalar::<_, i32>("select 1")
        .fetch_one(pool)
        .await?;
    Ok(())
}

pub async fn migrate(pool: &PgPool) -> Result<(), StoreError> {
    sqlx::migrate!("./migrations").run(pool).await?;
    Ok(())
}
