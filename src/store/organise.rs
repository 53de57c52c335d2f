//! What organisers read and change by hand (`regbot participants|ideas|questions`, and the web
//! desk through the same `organise` functions): participants with their note and source,
//! ideas, questions with their thread.

use chrono::{DateTime, Utc};
use sqlx::PgPool;

use super::{StoreError, Tx};
use crate::domain::opt_without_nul;
use crate::status::RegistrationStatus;

/// One participant as organisers see them (the DESIGN.md `participants list` fields, which
/// are what it serialises to; the row id is for the store's own use).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ParticipantRecord {
    #[serde(skip)]
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub experience: Option<String>,
    pub language: Option<String>,
    pub status: String,
    pub note: Option<String>,
    pub source: String,
    pub registered_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub ideas: i64,
}

/// Which participants, in which order; empty strings mean "any". The one query behind the
/// CLI's `participants list|export` and the desk's table and exports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantQuery {
    pub status: String,
    pub country: String,
    pub language: String,
    /// Matched case-insensitively against address, name and organisation.
    pub search: String,
    /// One of `registered`, `name`, `email`, `organisation`, `country`, `language`, `status`.
    pub sort: String,
    pub descending: bool,
    pub limit: i64,
    pub offset: i64,
}

impl Default for ParticipantQuery {
    /// Everyone, in registration order.
    fn default() -> Self {
        ParticipantQuery {
            status: String::new(),
            country: String::new(),
            language: String::new(),
            search: String::new(),
            sort: "registered".into(),
            descending: false,
            limit: i64::MAX,
            offset: 0,
        }
    }
}

/// The participants `q` asks for and how many match it in all.
pub async fn list_participants(
    pool: &PgPool,
    event_id: &str,
    q: &ParticipantQuery,
) -> Result<(Vec<ParticipantRecord>, i64), StoreError> {
    let pattern = like_pattern(&q.search);
    // The filter and the order read only the narrow columns; the page is cut first and only its
    // rows are joined back and get their ideas counted (an index lookup each), so a deep page
    // or a large event costs one sort of ids, not a join and a window over every wide row.
    let rows = sqlx::query!(
        r#"with hits as (
               select r.id, r.created_at,
                      case $6 when 'name' then lower(r.name) when 'email' then lower(r.email)
                           when 'organisation' then lower(r.organisation)
                           when 'country' then r.country when 'language' then r.language
                           when 'status' then r.status end as key
               from registrations r
               where r.event_id = $1
                 and ($2 = '' or r.status = $2)
                 and ($3 = '' or r.country = upper($3))
                 and ($4 = '' or r.language = lower($4))
                 and ($5 = '' or r.email ilike $5 or r.name ilike $5 or r.organisation ilike $5)
           ), page as (
               select id, row_number() over (order by
                          case when not $7 then key end asc nulls last,
                          case when $7 then key end desc nulls last,
                          case when not $7 then created_at end asc,
                          case when $7 then created_at end desc,
                          id) as pos
               from hits order by pos limit $8 offset $9
           )
           select r.id, r.email, r.name, r.organisation, r.country, r.experience, r.language,
                  r.status, r.note, r.source, r.registered_by, r.created_at, r.updated_at,
                  (select count(*) from ideas i
                   where i.event_id = r.event_id and lower(i.email) = lower(r.email)) as "ideas!",
                  (select count(*) from hits) as "total!"
           from page p join registrations r on r.id = p.id
           order by p.pos"#,
        event_id,
        q.status,
        q.country,
        q.language,
        pattern,
        q.sort,
        q.descending,
        q.limit,
        q.offset,
    )
    .fetch_all(pool)
    .await?;
    let total = rows.first().map(|r| r.total).unwrap_or(0);
    let rows = rows
        .into_iter()
        .map(|r| ParticipantRecord {
            id: r.id,
            email: r.email,
            name: r.name,
            organisation: r.organisation,
            country: r.country,
            experience: r.experience,
            language: r.language,
            status: r.status,
            note: r.note,
            source: r.source,
            registered_by: r.registered_by,
            created_at: r.created_at,
            updated_at: r.updated_at,
            ideas: r.ideas,
        })
        .collect();
    Ok((rows, total))
}

/// `%text%` with the user's own `%`, `_` and `\` taken literally; empty stays empty.
pub(super) fn like_pattern(search: &str) -> String {
    let s = search.trim();
    if s.is_empty() {
        return String::new();
    }
    let escaped = s
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// The participant's record, locked until the transaction ends.
pub async fn lock_participant_record(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
) -> Result<Option<ParticipantRecord>, StoreError> {
    let row = sqlx::query_as!(
        ParticipantRecord,
        r#"select r.id, r.email, r.name, r.organisation, r.country, r.experience, r.language,
                  r.status, r.note, r.source, r.registered_by, r.created_at, r.updated_at,
                  (select count(*) from ideas i
                   where i.event_id = r.event_id and lower(i.email) = lower(r.email)) as "ideas!"
           from registrations r
           where r.event_id = $1 and lower(r.email) = lower($2)
           for update of r"#,
        event_id,
        email,
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

/// Values an organiser sets by hand; `None` leaves a value as it is.
#[derive(Debug, Clone, Default)]
pub struct ManualFields<'a> {
    pub name: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub country: Option<&'a str>,
    pub language: Option<&'a str>,
    pub note: Option<&'a str>,
}

/// A registration an organiser adds (`source = 'organiser'`).
pub async fn insert_manual_registration(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
    f: &ManualFields<'_>,
    status: RegistrationStatus,
) -> Result<i64, StoreError> {
    let (name, organisation, note) = (
        opt_without_nul(f.name),
        opt_without_nul(f.organisation),
        opt_without_nul(f.note),
    );
    let id = sqlx::query_scalar!(
        r#"insert into registrations (event_id, email, name, organisation, country, language,
                                      note, status, source)
           values ($1, $2, $3, $4, upper($5), lower($6), $7, $8, 'organiser')
           returning id"#,
        event_id,
        email,
        name.as_deref(),
        organisation.as_deref(),
        f.country,
        f.language,
        note.as_deref(),
        status.as_str(),
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn edit_registration(
    tx: &mut Tx<'_>,
    id: i64,
    f: &ManualFields<'_>,
) -> Result<(), StoreError> {
    let (name, organisation, note) = (
        opt_without_nul(f.name),
        opt_without_nul(f.organisation),
        opt_without_nul(f.note),
    );
    sqlx::query!(
        r#"update registrations
           set name = coalesce($2, name), organisation = coalesce($3, organisation),
               country = coalesce(upper($4), country), language = coalesce(lower($5), language),
               note = coalesce($6, note), updated_at = now()
           where id = $1"#,
        id,
        name.as_deref(),
        organisation.as_deref(),
        f.country,
        f.language,
        note.as_deref(),
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn set_registration_status(
    tx: &mut Tx<'_>,
    id: i64,
    status: RegistrationStatus,
) -> Result<(), StoreError> {
    sqlx::query!(
        r#"update registrations
           set status = $2, updated_at = now(),
               cancelled_at = case when $2 = 'cancelled' then now() else null end
           where id = $1"#,
        id,
        status.as_str(),
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaRecord {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

pub async fn list_ideas(pool: &PgPool, event_id: &str) -> Result<Vec<IdeaRecord>, StoreError> {
    let rows = sqlx::query_as!(
        IdeaRecord,
        "select id, email, name, text, created_at from ideas where event_id = $1 order by id",
        event_id
    )
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

/// A question with what answering it in the asker's own thread needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionRecord {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub text: String,
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub inbound_id: Option<i64>,
    /// Message-ID of the mail that asked (for In-Reply-To), as stored.
    pub message_id: Option<String>,
    pub subject: Option<String>,
}

pub async fn lock_question(
    tx: &mut Tx<'_>,
    event_id: &str,
    id: i64,
) -> Result<Option<QuestionRecord>, StoreError> {
    let row = sqlx::query_as!(
        QuestionRecord,
        r#"select q.id, q.email, q.name, q.text, q.status, q.created_at, q.inbound_id,
                  m.message_id as "message_id?", m.subject as "subject?"
           from questions q left join inbound_messages m on m.id = q.inbound_id
           where q.event_id = $1 and q.id = $2
           for update of q"#,
        event_id,
        id
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

pub async fn mark_question_answered(tx: &mut Tx<'_>, id: i64) -> Result<(), StoreError> {
    sqlx::query!(
        "update questions set status = 'answered', answered_at = now() where id = $1",
        id
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn search_text_is_taken_literally() {
        assert_eq!(like_pattern(""), "");
        assert_eq!(like_pattern("  "), "");
        assert_eq!(like_pattern("Ann"), "%Ann%");
        assert_eq!(like_pattern("50%_a\\"), "%50\\%\\_a\\\\%");
    }
}
