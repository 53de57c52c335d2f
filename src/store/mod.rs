//! Every SQL statement regbot runs, next to the schema in `migrations/`, split by table group.
//!
//! No other module holds SQL: a query is added here, next to the others on the same tables, so
//! `scripts/sqlx-prepare` and the CI check cover every statement.
//!
//! The inbound queue and the outbox are tables; workers claim rows with `FOR UPDATE SKIP LOCKED`
//! inside a transaction, so several daemons can share one database and a crashed worker's rows
//! are free again the moment PostgreSQL sees its connection drop.

use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgSslMode};
use sqlx::{Connection, PgPool, Postgres, Transaction};

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
    /// The server answers but has no such database (a first run): `regbot migrate` creates it.
    #[error(
        "database \"{database}\" does not exist on {server}: run `regbot migrate` (it creates the database when the role may), or create it with `{createdb}`"
    )]
    MissingDatabase {
        database: String,
        server: String,
        createdb: String,
    },
    /// The role may not create databases.
    #[error(
        "database \"{database}\" does not exist on {server}, and this role may not create it ({reason}): create it with `{createdb}`, then run `regbot migrate` again"
    )]
    CannotCreate {
        database: String,
        server: String,
        createdb: String,
        reason: String,
    },
    /// The server answered and refused (wrong password, unknown role, no access): not a
    /// server that is down, so no hint about starting it.
    #[error("the database server at {target} refused the connection: {reason}")]
    Refused { target: String, reason: String },
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

/// How long a pooled connection may sit unused before it is tested with a ping on acquire.
const IDLE_BEFORE_PING: Duration = Duration::from_secs(1);

/// Connects with a short timeout so a down database is reported, not waited on forever.
pub async fn connect(config: &DatabaseConfig) -> Result<PgPool, StoreError> {
    let options: PgConnectOptions = config.url.expose().parse().map_err(|e: sqlx::Error| {
        StoreError::BadUrl(redact(&e.to_string(), config.url.expose()))
    })?;
    let options = loopback_without_tls(options, config.url.expose());
    let target = format!(
        "{}:{}/{}",
        options.get_host(),
        options.get_port(),
        options.get_database().unwrap_or("")
    );
    let pool = PgPoolOptions::new()
        .max_connections(config.max_connections.max(2))
        .acquire_timeout(Duration::from_secs(10))
        // sqlx pings a pooled connection before every acquire (a round trip) and again when it
        // is released. Statements on the pool, such as the sender's `sent` for every mail, paid
        // for three round trips instead of one, and half of PostgreSQL's CPU per message is per
        // round trip (docs/PERFORMANCE.md, issue 12). The release ping stays (sqlx's own, it also
        // discards a broken connection); the acquire ping is kept only for a connection that sat
        // idle, where a restart of PostgreSQL or a dropped socket may have gone unnoticed. A
        // busy connection that broke meanwhile fails its statement, which callers already treat
        // as transient (retry), and the release ping then discards it.
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for >= IDLE_BEFORE_PING {
                    conn.ping().await?;
                }
                Ok(true)
            })
        })
        .connect_with(options.clone())
        .await
        .map_err(|source| match server_answer(&source) {
            // 3D000 invalid_catalog_name: the server is up, the database is not there.
            Some((code, _)) if code == "3D000" => missing_database(&options),
            Some((_, reason)) => StoreError::Refused { target, reason },
            None => StoreError::Unreachable { target, source },
        })?;
    Ok(pool)
}

/// A server on this machine is reached without TLS unless the URL (`sslmode=…`) or `PGSSLMODE`
/// asks for it: encrypting a loopback socket protects nothing and cost the daemon 17.5 % of its
/// CPU in the issue 12 profile (sqlx's default, `prefer`, negotiates TLS whenever the server
/// offers it, as Debian's clusters do). Any other host keeps the URL's mode (default `prefer`;
/// write `sslmode=verify-full` to insist on a verified certificate).
fn loopback_without_tls(options: PgConnectOptions, url: &str) -> PgConnectOptions {
    let explicit = std::env::var_os("PGSSLMODE").is_some() || url_sets_sslmode(url);
    if !explicit && is_local(&options) {
        options.ssl_mode(PgSslMode::Disable)
    } else {
        options
    }
}

/// The URL's query names an `sslmode` (either of sqlx's spellings).
fn url_sets_sslmode(url: &str) -> bool {
    url.split_once('?').is_some_and(|(_, query)| {
        query
            .split('&')
            .any(|pair| matches!(pair.split('=').next(), Some("sslmode" | "ssl-mode")))
    })
}

/// A Unix socket, `localhost` or a loopback address.
fn is_local(options: &PgConnectOptions) -> bool {
    let host = options.get_host();
    options.get_socket().is_some()
        || host.eq_ignore_ascii_case("localhost")
        || host
            .trim_matches(|c| c == '[' || c == ']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Whether this pool's connections are encrypted (PostgreSQL's own view, `pg_stat_ssl`).
pub async fn connection_uses_tls(pool: &PgPool) -> Result<bool, StoreError> {
    let tls = sqlx::query_scalar::<_, bool>(
        "select coalesce((select ssl from pg_stat_ssl where pid = pg_backend_pid()), false)",
    )
    .fetch_one(pool)
    .await?;
    Ok(tls)
}

/// The SQLSTATE and message of an error the server itself answered with (the message alone:
/// sqlx's own text adds the server's source line, which means nothing to a user).
fn server_answer(e: &sqlx::Error) -> Option<(String, String)> {
    match e {
        sqlx::Error::Database(db) => Some((
            db.code().map(|c| c.into_owned()).unwrap_or_default(),
            db.message().to_string(),
        )),
        _ => None,
    }
}

/// `createdb` with the server and role of `options`, for the user to run.
fn createdb_command(options: &PgConnectOptions) -> String {
    format!(
        "createdb -h {} -p {} -U {} {}",
        options.get_host(),
        options.get_port(),
        options.get_username(),
        options.get_database().unwrap_or("regbot")
    )
}

fn missing_database(options: &PgConnectOptions) -> StoreError {
    StoreError::MissingDatabase {
        database: options.get_database().unwrap_or("").to_string(),
        server: format!("{}:{}", options.get_host(), options.get_port()),
        createdb: createdb_command(options),
    }
}

/// Creates the database `config.url` names, connecting to the server's `postgres` database
/// with the same role (`regbot migrate` on a first run).
pub async fn create_database(config: &DatabaseConfig) -> Result<(), StoreError> {
    let options: PgConnectOptions = config.url.expose().parse().map_err(|e: sqlx::Error| {
        StoreError::BadUrl(redact(&e.to_string(), config.url.expose()))
    })?;
    let options = loopback_without_tls(options, config.url.expose());
    let database = options.get_database().unwrap_or("").to_string();
    let server = format!("{}:{}", options.get_host(), options.get_port());
    let admin = options.clone().database("postgres");
    let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect_with(&admin)
        .await
        .map_err(|source| match server_answer(&source) {
            Some((_, reason)) => StoreError::Refused {
                target: format!("{server}/postgres"),
                reason,
            },
            None => StoreError::Unreachable {
                target: format!("{server}/postgres"),
                source,
            },
        })?;
    let create = format!("create database \"{}\"", database.replace('"', "\"\""));
    let result = sqlx::raw_sql(sqlx::AssertSqlSafe(create))
        .execute(&mut conn)
        .await;
    let _ = sqlx::Connection::close(conn).await;
    match result {
        Ok(_) => Ok(()),
        Err(e) => match server_answer(&e) {
            // 42501 insufficient_privilege: the role lacks CREATEDB.
            Some((code, reason)) if code == "42501" => Err(StoreError::CannotCreate {
                createdb: createdb_command(&options),
                database,
                server,
                reason,
            }),
            _ => Err(StoreError::Sql(e)),
        },
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn local(url: &str) -> bool {
        is_local(&url.parse::<PgConnectOptions>().unwrap())
    }

    #[test]
    fn a_server_on_this_machine_is_local() {
        assert!(local("postgres://u@127.0.0.1:5432/db"));
        assert!(local("postgres://u@127.8.0.1/db"));
        assert!(local("postgres://u@localhost/db"));
        assert!(local("postgres://u@[::1]:5432/db"));
        assert!(local("postgres://u@%2Fvar%2Frun%2Fpostgresql/db"));
        assert!(local("postgres:///db?host=/var/run/postgresql"));
        assert!(!local("postgres://u@db.example.org/db"));
        assert!(!local("postgres://u@10.0.0.5/db"));
    }

    #[test]
    fn only_an_sslmode_in_the_url_is_explicit() {
        assert!(url_sets_sslmode("postgres://u@h/db?sslmode=require"));
        assert!(url_sets_sslmode(
            "postgres://u@h/db?application_name=x&ssl-mode=prefer"
        ));
        assert!(!url_sets_sslmode("postgres://u@h/db"));
        assert!(!url_sets_sslmode("postgres://u@h/db?sslrootcert=/ca.pem"));
    }
}
