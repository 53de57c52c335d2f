//! Issue 12 (throughput): the behaviour the speed-ups rely on, checked against the real servers.

use regbot::config::{DatabaseConfig, Secret};

use crate::support::TestDb;

fn config(url: String) -> DatabaseConfig {
    DatabaseConfig {
        url: Secret::new(url),
        max_connections: 2,
    }
}

/// The test cluster offers TLS (a loopback URL without `sslmode` used to negotiate it, sqlx's
/// `prefer`): a server on this machine is now reached in plain text, unless the URL asks.
#[tokio::test]
async fn a_loopback_database_is_reached_without_tls_unless_the_url_asks() {
    let db = TestDb::new().await;
    assert!(
        db.url.contains("127.0.0.1") || db.url.contains("localhost"),
        "the test cluster is on loopback: {}",
        db.url
    );
    let plain = regbot::store::connect(&config(db.url.clone()))
        .await
        .expect("connect");
    assert!(
        !regbot::store::connection_uses_tls(&plain).await.unwrap(),
        "a loopback connection without sslmode must not use TLS"
    );
    plain.close().await;

    let asked = regbot::store::connect(&config(format!("{}?sslmode=require", db.url)))
        .await
        .expect("connect with sslmode=require");
    assert!(
        regbot::store::connection_uses_tls(&asked).await.unwrap(),
        "sslmode=require in the URL is honoured on loopback too"
    );
    asked.close().await;
}
