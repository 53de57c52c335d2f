//! First use (issue 8): after the demo, `regbot migrate`, `stats` and `check` failed on the
//! default config because the database did not exist, with the cause three times, "at line
//! 948", and a wrong hint ("is PostgreSQL running"). Now `migrate` creates the database when
//! the role may, and otherwise says the exact `createdb` command.

use super::cli::env;
use crate::support::*;

/// `admin_url()` with another database (and optionally another role).
fn url_for(database: &str, role: Option<&str>) -> String {
    let admin = admin_url();
    let (server, _) = admin.rsplit_once('/').expect("a database URL");
    match role {
        Some(role) => {
            let (_, host) = server.split_once('@').expect("user@host");
            format!("postgres://{role}@{host}/{database}")
        }
        None => format!("{server}/{database}"),
    }
}

async fn admin(sql: String) {
    let pool = sqlx::PgPool::connect(&admin_url()).await.expect("admin");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .execute(&pool)
        .await
        .expect("admin statement");
    pool.close().await;
}

#[tokio::test]
async fn first_use_a_missing_database_is_named_once_with_the_command_that_makes_it() {
    let name = format!("regbot_missing_{}", uuid::Uuid::new_v4().simple());
    let out = regbot(&env(&url_for(&name, None)), &["stats"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.matches("does not exist").count(), 1, "{stderr}");
    assert!(stderr.contains("regbot migrate"), "{stderr}");
    assert!(stderr.contains("createdb -h "), "{stderr}");
    assert!(stderr.contains(&name), "{stderr}");
    assert!(!stderr.contains("at line"), "{stderr}");
    assert!(!stderr.contains("is PostgreSQL running"), "{stderr}");
}

#[tokio::test]
async fn first_use_migrate_creates_the_missing_database() {
    let name = format!("regbot_first_{}", uuid::Uuid::new_v4().simple());
    let env = env(&url_for(&name, None));
    let out = regbot(&env, &["migrate"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&format!("created database {name}")),
        "{stderr}"
    );
    let stats = regbot(&env, &["stats", "--format", "json"]);
    let ok = stats.status.success();
    admin(format!("drop database {name} with (force)")).await;
    assert!(ok, "{}", String::from_utf8_lossy(&stats.stderr));
}

#[tokio::test]
async fn first_use_a_role_that_may_not_create_it_gets_the_createdb_command() {
    let id = uuid::Uuid::new_v4().simple().to_string();
    let role = format!("regbot_nocreate_{id}");
    let name = format!("regbot_first_{id}");
    admin(format!("create role {role} login nocreatedb")).await;
    let out = regbot(&env(&url_for(&name, Some(&role))), &["migrate"]);
    admin(format!("drop role {role}")).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("may not create it"), "{stderr}");
    assert!(stderr.contains(&format!("-U {role} {name}`")), "{stderr}");
    assert!(!stderr.contains("at line"), "{stderr}");
}
