//! Broadcasts: the record of each one queued, and who receives it.

use super::{StoreError, Tx};
use crate::status::RegistrationStatus;

/// A broadcast queued before, found by its content key.
#[derive(Debug, Clone)]
pub struct PreviousBroadcast {
    pub id: i64,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub recipients: i32,
}

/// The latest broadcast of this event with the same subject and body, if any.
pub async fn find_broadcast(
    tx: &mut Tx<'_>,
    event_id: &str,
    content_key: &str,
) -> Result<Option<PreviousBroadcast>, StoreError> {
    let row = sqlx::query_as!(
        PreviousBroadcast,
        "select id, created_at, recipients from broadcasts where event_id = $1 and content_key = $2 order by id desc limit 1",
        event_id,
        content_key
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row)
}

/// One registrant a broadcast goes to.
#[derive(Debug, Clone)]
pub struct BroadcastRecipient {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub experience: Option<String>,
    pub language: Option<String>,
    pub status: RegistrationStatus,
}

/// Who a broadcast goes to; `None` means any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Audience {
    /// Only this status; without it confirmed registrants (and waitlisted with the flag).
    pub status: Option<RegistrationStatus>,
    pub include_waitlisted: bool,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub language: Option<String>,
    /// Registered after this moment.
    pub registered_after: Option<chrono::DateTime<chrono::Utc>>,
    /// Not among the recipients of this earlier broadcast.
    pub not_received: Option<i64>,
    /// Also to everyone confirmed later (`--catch-up`), with the same country and language.
    pub catch_up: bool,
}

impl Audience {
    /// The audience as broadcasts' content keys name it: every filter, and not `catch_up`
    /// (the same update with `--catch-up` is that update, caught up). Written as the derived
    /// `Debug` of the filters, so keys of broadcasts made before `catch_up` existed still match.
    pub fn key(&self) -> String {
        #[derive(Debug)]
        #[allow(dead_code)] // read through Debug only
        struct Audience<'a> {
            status: &'a Option<RegistrationStatus>,
            include_waitlisted: bool,
            country: &'a Option<String>,
            language: &'a Option<String>,
            registered_after: &'a Option<chrono::DateTime<chrono::Utc>>,
            not_received: Option<i64>,
        }
        format!(
            "{:?}",
            Audience {
                status: &self.status,
                include_waitlisted: self.include_waitlisted,
                country: &self.country,
                language: &self.language,
                registered_after: &self.registered_after,
                not_received: self.not_received,
            }
        )
    }
}

/// The registrants of `audience` whose address has not bounced.
pub async fn broadcast_recipients(
    tx: &mut Tx<'_>,
    event_id: &str,
    audience: &Audience,
) -> Result<Vec<BroadcastRecipient>, StoreError> {
    let rows = sqlx::query_as!(
        BroadcastRecipient,
        r#"select r.id, r.email, r.name, r.organisation, r.country, r.experience, r.language, r.status as "status: RegistrationStatus"
           from registrations r
           where r.event_id = $1
             and case when $3::text is not null then r.status = $3
                      else r.status = 'confirmed' or ($2 and r.status = 'waitlisted') end
             and ($4::text is null or upper(r.country) = upper($4))
             and ($5::text is null or lower(r.language) = lower($5))
             and ($6::timestamptz is null or r.created_at > $6)
             and ($7::bigint is null or not exists (
                    select 1 from outbox o where o.broadcast_id = $7 and lower(o.recipient) = lower(r.email)))
             and not exists (select 1 from suppressed_addresses s where s.email = lower(r.email))
           order by r.id"#,
        event_id,
        audience.include_waitlisted,
        audience.status.map(RegistrationStatus::as_str),
        audience.country.as_deref(),
        audience.language.as_deref(),
        audience.registered_after,
        audience.not_received,
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows)
}

/// Records a broadcast; its outbox rows are queued in the same transaction. None when the same
/// content was queued before and this one is not sent `again` (the unique key `broadcasts_once`
/// makes a concurrent identical broadcast wait for the first and then find it).
#[allow(clippy::too_many_arguments)]
pub async fn insert_broadcast(
    tx: &mut Tx<'_>,
    event_id: &str,
    content_key: &str,
    subject: &str,
    body_source: &str,
    recipients: i32,
    again: bool,
    audience: &Audience,
) -> Result<Option<i64>, StoreError> {
    let id = sqlx::query_scalar!(
        "insert into broadcasts (event_id, content_key, subject, body_source, recipients, again,
                                 catch_up, country, language)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict (event_id, content_key) where not again do nothing
         returning id",
        event_id,
        content_key,
        subject,
        body_source,
        recipients,
        again,
        audience.catch_up,
        audience.country.as_deref(),
        audience.language.as_deref(),
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(id)
}

/// A catch-up broadcast, as needed to write it again for someone who came later.
#[derive(Debug, Clone)]
pub struct CatchUpBroadcast {
    pub id: i64,
    /// The subject source (empty: the template's own).
    pub subject: String,
    /// A `--body-file`'s source, or `template:<name>`.
    pub body_source: String,
}

/// The catch-up broadcasts registration `registration_id` has not had, oldest first: those
/// whose country and language fit, never one already queued to its address, none to a
/// bounced address.
pub async fn missed_catch_ups(
    tx: &mut Tx<'_>,
    event_id: &str,
    registration_id: i64,
) -> Result<Vec<CatchUpBroadcast>, StoreError> {
    let rows = sqlx::query_as!(
        CatchUpBroadcast,
        r#"select b.id, b.subject, b.body_source
           from broadcasts b join registrations r on r.id = $2
           where b.event_id = $1 and b.catch_up
             and (b.country is null or upper(r.country) = upper(b.country))
             and (b.language is null or lower(r.language) = lower(b.language))
             and not exists (select 1 from outbox o
                             where o.broadcast_id = b.id and lower(o.recipient) = lower(r.email))
             and not exists (select 1 from suppressed_addresses s where s.email = lower(r.email))
           order by b.id"#,
        event_id,
        registration_id
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows)
}

/// A catch-up mail was queued: it falls due `after_secs` from now (so several go out in the
/// order they were broadcast, after the acknowledgement) and counts as one more recipient.
pub async fn caught_up(
    tx: &mut Tx<'_>,
    idempotency_key: &str,
    broadcast_id: i64,
    after_secs: u64,
) -> Result<(), StoreError> {
    let secs = f64::from(u32::try_from(after_secs).unwrap_or(u32::MAX));
    sqlx::query!(
        "update outbox set next_attempt_at = now() + make_interval(secs => $2),
                           order_at = now() + make_interval(secs => $2)
         where idempotency_key = $1 and status = 'pending'",
        idempotency_key,
        secs
    )
    .execute(&mut **tx)
    .await?;
    sqlx::query!(
        "update broadcasts set recipients = recipients + 1 where id = $1",
        broadcast_id
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Orders catch-up broadcasts against confirmations: a `--catch-up` broadcast takes it
/// exclusively before it reads its recipients, each confirmation shared before it looks for
/// catch-ups to send. Whichever commits first, the other sees it, so a person confirmed
/// while a catch-up broadcast is queued gets it exactly once (from one side or the other).
pub async fn lock_catch_ups(
    tx: &mut Tx<'_>,
    event_id: &str,
    exclusive: bool,
) -> Result<(), StoreError> {
    if exclusive {
        sqlx::query!(
            "select pg_advisory_xact_lock(hashtextextended($1, 44))",
            event_id
        )
        .fetch_one(&mut **tx)
        .await?;
    } else {
        sqlx::query!(
            "select pg_advisory_xact_lock_shared(hashtextextended($1, 44))",
            event_id
        )
        .fetch_one(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Whether the event has any catch-up broadcast. Read after the shared catch-up lock, it holds
/// until the transaction ends: a new one is made only under the exclusive lock.
pub async fn has_catch_ups(tx: &mut Tx<'_>, event_id: &str) -> Result<bool, StoreError> {
    let any = sqlx::query_scalar!(
        r#"select exists(select 1 from broadcasts where event_id = $1 and catch_up) as "any!""#,
        event_id
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(any)
}

/// Makes broadcast `id` a catch-up broadcast for `audience`'s country and language.
pub async fn make_catch_up(
    tx: &mut Tx<'_>,
    id: i64,
    audience: &Audience,
) -> Result<(), StoreError> {
    sqlx::query!(
        "update broadcasts set catch_up = true, country = $2, language = $3 where id = $1",
        id,
        audience.country.as_deref(),
        audience.language.as_deref(),
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// `added` more people got broadcast `id`.
pub async fn count_recipients(tx: &mut Tx<'_>, id: i64, added: u64) -> Result<(), StoreError> {
    sqlx::query!(
        "update broadcasts set recipients = recipients + $2 where id = $1",
        id,
        i32::try_from(added).unwrap_or(i32::MAX)
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_key_of_an_audience_is_what_it_was_before_catch_up_existed() {
        let a = Audience {
            country: Some("LV".into()),
            catch_up: true,
            ..Audience::default()
        };
        assert_eq!(
            a.key(),
            "Audience { status: None, include_waitlisted: false, country: Some(\"LV\"), \
             language: None, registered_after: None, not_received: None }"
        );
    }
}
