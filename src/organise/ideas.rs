//! The ideas people sent for the sessions.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgPool;

use super::OrganiseError;
use crate::store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Idea {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

pub async fn list(pool: &PgPool, event_id: &str) -> Result<Vec<Idea>, OrganiseError> {
    let rows = store::list_ideas(pool, event_id).await?;
    Ok(rows
        .into_iter()
        .map(|r| Idea {
            id: r.id,
            email: r.email,
            name: r.name,
            text: r.text,
            created_at: r.created_at,
        })
        .collect())
}
