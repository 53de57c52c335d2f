//! Registrations, ideas and questions: what people asked for, and the locks that keep two
//! workers from deciding about the same place at once.

use super::{StoreError, Tx};
use crate::domain::{opt_without_nul, without_nul};
use crate::status::RegistrationStatus;

#[derive(Debug, Clone)]
pub struct Registration {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub experience: Option<String>,
    pub language: Option<String>,
    pub status: RegistrationStatus,
}

pub async fn find_registration(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
) -> Result<Option<Registration>, StoreError> {
    let row = sqlx::query_as!(
        Registration,
        r#"
        select id, email, name, organisation, country, experience, language, status as "status: RegistrationStatus"
        from registrations where event_id = $1 and lower(email) = lower($2)
        for update
        "#,
        event_id,
        email
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

/// Serialises registrations of one event so capacity checks cannot race (two daemons, two
/// workers): held until the transaction ends.
pub async fn lock_event(tx: &mut Tx<'_>, event_id: &str) -> Result<(), StoreError> {
    sqlx::query!(
        "select pg_advisory_xact_lock(hashtextextended($1, 42))",
        event_id
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(())
}

/// Serialises changes to one participant's registration (two messages from one person in two
/// workers), for events without a capacity, where the whole event need not be locked.
pub async fn lock_participant(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
) -> Result<(), StoreError> {
    sqlx::query!(
        "select pg_advisory_xact_lock(hashtextextended($1 || ' ' || lower($2), 43))",
        event_id,
        email
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(())
}

/// Takes, for each address of a processing batch, the participant lock (`lock_participant`)
/// and the address lock (`outbox::lock_address`) in one statement, in a fixed order (by lock
/// key), so two batches that share addresses wait for each other instead of deadlocking.
/// `addresses` may repeat one; the locks are the very ones the one-row functions take.
pub async fn lock_batch(
    tx: &mut Tx<'_>,
    event_id: &str,
    addresses: &[String],
) -> Result<(), StoreError> {
    sqlx::query_scalar!(
        r#"select count(pg_advisory_xact_lock(k)) as "n!" from (
             select distinct k from (
               select hashtextextended($1 || ' ' || lower(a), 43) as k from unnest($2::text[]) a
               union all
               select hashtextextended(lower(a), 7) from unnest($2::text[]) a
             ) keys
             order by k
           ) ordered"#,
        event_id,
        addresses
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(())
}

/// The registrations of `addresses` (each already lower-cased), locked as `find_registration`
/// locks one, keyed by the lower-cased address they answer.
pub async fn registrations_of(
    tx: &mut Tx<'_>,
    event_id: &str,
    addresses: &[String],
) -> Result<Vec<(String, Registration)>, StoreError> {
    let rows = sqlx::query!(
        r#"
        select lower(email) as "key!", id, email, name, organisation, country, experience, language,
               status as "status: RegistrationStatus"
        from registrations where event_id = $1 and lower(email) = any($2::text[])
        for update
        "#,
        event_id,
        addresses
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let reg = Registration {
                id: r.id,
                email: r.email,
                name: r.name,
                organisation: r.organisation,
                country: r.country,
                experience: r.experience,
                language: r.language,
                status: r.status,
            };
            (r.key, reg)
        })
        .collect())
}

pub async fn count_confirmed(tx: &mut Tx<'_>, event_id: &str) -> Result<i64, StoreError> {
    let n = sqlx::query_scalar!(
        r#"select count(*) as "n!" from registrations where event_id = $1 and status = 'confirmed'"#,
        event_id
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(n)
}

pub struct RegistrationFields<'a> {
    pub name: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub country: Option<&'a str>,
    pub experience: Option<&'a str>,
    pub language: Option<&'a str>,
}

pub async fn insert_registration(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
    fields: &RegistrationFields<'_>,
    status: RegistrationStatus,
    inbound_id: Option<i64>,
) -> Result<Registration, StoreError> {
    let email = without_nul(email);
    let name = opt_without_nul(fields.name);
    let organisation = opt_without_nul(fields.organisation);
    let country = opt_without_nul(fields.country);
    let experience = opt_without_nul(fields.experience);
    let language = opt_without_nul(fields.language);
    let row = sqlx::query_as!(
        Registration,
        r#"
        insert into registrations (event_id, email, name, organisation, country, experience, language, status, inbound_id)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        returning id, email, name, organisation, country, experience, language, status as "status: RegistrationStatus"
        "#,
        event_id,
        &*email,
        name.as_deref(),
        organisation.as_deref(),
        country.as_deref(),
        experience.as_deref(),
        language.as_deref(),
        status.as_str(),
        inbound_id,
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(row)
}

/// A registration a processing batch writes at its end (`insert_registrations`), under an id
/// taken from the table's own sequence beforehand (`reserve_registration_ids`), so the batch
/// can answer and remember it before the row exists.
#[derive(Debug, Clone)]
pub struct NewRegistration {
    pub id: i64,
    pub event_id: String,
    pub email: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub experience: Option<String>,
    pub language: Option<String>,
    pub status: RegistrationStatus,
    pub inbound_id: Option<i64>,
}

impl NewRegistration {
    /// The row `insert_registration` would write with these values (NUL characters dropped).
    pub fn new(
        id: i64,
        event_id: &str,
        email: &str,
        fields: &RegistrationFields<'_>,
        status: RegistrationStatus,
        inbound_id: Option<i64>,
    ) -> NewRegistration {
        let owned = |o: Option<&str>| opt_without_nul(o).map(|t| t.into_owned());
        NewRegistration {
            id,
            event_id: event_id.to_string(),
            email: without_nul(email).into_owned(),
            name: owned(fields.name),
            organisation: owned(fields.organisation),
            country: owned(fields.country),
            experience: owned(fields.experience),
            language: owned(fields.language),
            status,
            inbound_id,
        }
    }

    /// The row as `insert_registration` returns it.
    pub fn registration(&self) -> Registration {
        Registration {
            id: self.id,
            email: self.email.clone(),
            name: self.name.clone(),
            organisation: self.organisation.clone(),
            country: self.country.clone(),
            experience: self.experience.clone(),
            language: self.language.clone(),
            status: self.status,
        }
    }
}

/// `n` ids for registrations not yet written, from the sequence that numbers the table's rows.
/// Ids a rolled-back batch took are not given out again (a gap, as after any rollback).
pub async fn reserve_registration_ids(tx: &mut Tx<'_>, n: i64) -> Result<Vec<i64>, StoreError> {
    let ids = sqlx::query_scalar!(
        r#"select nextval(pg_get_serial_sequence('registrations', 'id')) as "id!"
           from generate_series(1, $1::int8)"#,
        n
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(ids)
}

/// Writes a batch's registrations in one statement. Like `insert_registration`, a second row
/// for an address that has one fails the statement (and so the batch).
pub async fn insert_registrations(
    tx: &mut Tx<'_>,
    rows: &[NewRegistration],
) -> Result<u64, StoreError> {
    if rows.is_empty() {
        return Ok(0);
    }
    macro_rules! col {
        ($f:expr) => {
            rows.iter().map($f).collect::<Vec<_>>()
        };
    }
    let ids = col!(|r| r.id);
    let events = col!(|r| r.event_id.clone());
    let emails = col!(|r| r.email.clone());
    let names = col!(|r| r.name.clone());
    let organisations = col!(|r| r.organisation.clone());
    let countries = col!(|r| r.country.clone());
    let experiences = col!(|r| r.experience.clone());
    let languages = col!(|r| r.language.clone());
    let statuses = col!(|r| r.status.as_str().to_string());
    let inbound_ids = col!(|r| r.inbound_id);
    let result = sqlx::query!(
        r#"
        insert into registrations (id, event_id, email, name, organisation, country, experience,
            language, status, inbound_id)
        select id, ev, e, n, o, c, x, l, st, i
        from unnest($1::int8[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                    $7::text[], $8::text[], $9::text[], $10::int8[])
             as t(id, ev, e, n, o, c, x, l, st, i)
        "#,
        &ids,
        &events,
        &emails,
        &names as &[Option<String>],
        &organisations as &[Option<String>],
        &countries as &[Option<String>],
        &experiences as &[Option<String>],
        &languages as &[Option<String>],
        &statuses,
        &inbound_ids as &[Option<i64>],
    )
    .execute(&mut **tx)
    .await?;
    Ok(result.rows_affected())
}

/// Applies the values the message states; values it does not state are kept.
pub async fn update_registration(
    tx: &mut Tx<'_>,
    id: i64,
    fields: &RegistrationFields<'_>,
    status: Option<RegistrationStatus>,
) -> Result<Registration, StoreError> {
    let name = opt_without_nul(fields.name);
    let organisation = opt_without_nul(fields.organisation);
    let country = opt_without_nul(fields.country);
    let experience = opt_without_nul(fields.experience);
    let language = opt_without_nul(fields.language);
    let row = sqlx::query_as!(
        Registration,
        r#"
        update registrations
        set name = coalesce($2, name), organisation = coalesce($3, organisation),
            country = coalesce($4, country), experience = coalesce($5, experience),
            language = coalesce($6, language), status = coalesce($7, status),
            cancelled_at = case when $7 = 'cancelled' then now() when $7 is not null then null else cancelled_at end,
            updated_at = now()
        where id = $1
        returning id, email, name, organisation, country, experience, language, status as "status: RegistrationStatus"
        "#,
        id,
        name.as_deref(),
        organisation.as_deref(),
        country.as_deref(),
        experience.as_deref(),
        language.as_deref(),
        status.map(RegistrationStatus::as_str),
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(row)
}

/// The longest-waiting waitlisted registration, promoted when a place frees up.
pub async fn first_waitlisted(
    tx: &mut Tx<'_>,
    event_id: &str,
) -> Result<Option<Registration>, StoreError> {
    let row = sqlx::query_as!(
        Registration,
        r#"
        select id, email, name, organisation, country, experience, language, status as "status: RegistrationStatus"
        from registrations where event_id = $1 and status = 'waitlisted'
        order by created_at, id limit 1 for update
        "#,
        event_id
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

pub async fn insert_idea(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
    name: Option<&str>,
    text: &str,
    inbound_id: i64,
) -> Result<(), StoreError> {
    let (email, name, text) = (without_nul(email), opt_without_nul(name), without_nul(text));
    sqlx::query!(
        r#"insert into ideas (event_id, email, name, text, inbound_id) values ($1, $2, $3, $4, $5)
           on conflict (inbound_id) do nothing"#,
        event_id,
        &*email,
        name.as_deref(),
        &*text,
        inbound_id
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records a question; `token` is the tag its forward will carry. Returns the question's id
/// and tag as stored: a re-run keeps the first tag (the forward already sent names it), and a
/// question stored before tags existed gets `token` now.
pub async fn insert_question(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
    name: Option<&str>,
    text: &str,
    inbound_id: i64,
    token: &str,
) -> Result<(i64, String), StoreError> {
    let (email, name, text) = (without_nul(email), opt_without_nul(name), without_nul(text));
    let stored = sqlx::query!(
        r#"insert into questions (event_id, email, name, text, inbound_id, token)
           values ($1, $2, $3, $4, $5, $6)
           on conflict (inbound_id) do update set token = coalesce(questions.token, excluded.token)
           returning id, token as "token!""#,
        event_id,
        &*email,
        name.as_deref(),
        &*text,
        inbound_id,
        token
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok((stored.id, stored.token))
}

/// The status of an address's registration, read without locking (for routing a message).
pub async fn registration_status(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
) -> Result<Option<RegistrationStatus>, StoreError> {
    let status = sqlx::query_scalar!(
        r#"select status as "status: RegistrationStatus" from registrations
           where event_id = $1 and lower(email) = lower($2)"#,
        event_id,
        email
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(status)
}

/// Holds a registration made by `registered_by` until the person confirms, for `days` days.
pub async fn hold_for_consent(
    tx: &mut Tx<'_>,
    id: i64,
    registered_by: &str,
    days: i32,
) -> Result<Registration, StoreError> {
    let row = sqlx::query_as!(
        Registration,
        r#"
        update registrations
        set status = 'pending_confirmation', source = 'on_behalf', registered_by = $2,
            confirm_by = now() + make_interval(days => $3), cancelled_at = null, updated_at = now()
        where id = $1
        returning id, email, name, organisation, country, experience, language, status as "status: RegistrationStatus"
        "#,
        id,
        &*without_nul(registered_by),
        days,
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(row)
}

/// How many people `sender` has registered on others' behalf and not cancelled.
pub async fn count_on_behalf_by(
    tx: &mut Tx<'_>,
    event_id: &str,
    sender: &str,
) -> Result<i64, StoreError> {
    let n = sqlx::query_scalar!(
        r#"select count(*) as "n!" from registrations
           where event_id = $1 and lower(registered_by) = lower($2) and source = 'on_behalf'
             and status <> 'cancelled'"#,
        event_id,
        sender
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(n)
}

/// Releases the held places whose confirmation time is over (cancelled, `cancelled_at` now);
/// the addresses released.
pub async fn release_unconfirmed(
    tx: &mut Tx<'_>,
    event_id: &str,
) -> Result<Vec<String>, StoreError> {
    let emails = sqlx::query_scalar!(
        r#"update registrations set status = 'cancelled', cancelled_at = now(), updated_at = now()
           where event_id = $1 and status = 'pending_confirmation' and confirm_by < now()
           returning email"#,
        event_id
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(emails)
}

/// Adds free text for the organisers to a registration's note (a new line per note).
pub async fn add_note(tx: &mut Tx<'_>, id: i64, note: &str) -> Result<(), StoreError> {
    sqlx::query!(
        r#"update registrations
           set note = case when note is null or note = '' then $2
                           when position($2 in note) > 0 then note
                           else note || E'\n' || $2 end,
               updated_at = now()
           where id = $1"#,
        id,
        &*without_nul(note)
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}
