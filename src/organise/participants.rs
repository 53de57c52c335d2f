//! Participants as organisers handle them: the venue and badge list, exports, and changes by
//! hand (add someone who phoned, correct a name, cancel, confirm a held place).

use sqlx::PgPool;

use super::{Actor, OrganiseError, audit, check_country, parse_address, queue_to_participant};
use crate::process::Processor;
use crate::status::{RegistrationStatus, ReplyTemplate};
use crate::store::{self, ManualFields, Tx};

/// One participant, with exactly the fields of DESIGN.md's `participants list` contract: the
/// store's record (its row id is not shown), so the CLI, the desk and the exports read one type.
pub use crate::store::ParticipantRecord as Participant;

impl Participant {
    /// A confirmed participant from Latvia who wrote by mail, for unit tests.
    #[cfg(test)]
    pub(crate) fn example(name: &str, organisation: Option<&str>) -> Participant {
        let t = chrono::DateTime::parse_from_rfc3339("2027-03-01T10:00:00Z")
            .expect("a valid time")
            .to_utc();
        Participant {
            id: 0,
            email: "a@example.org".into(),
            name: Some(name.into()),
            organisation: organisation.map(str::to_string),
            country: Some("LV".into()),
            experience: None,
            language: Some("lv".into()),
            status: "confirmed".into(),
            note: None,
            source: "mail".into(),
            registered_by: None,
            created_at: t,
            updated_at: t,
            ideas: 0,
        }
    }

    /// The column names of exports, in order.
    pub const COLUMNS: [&'static str; 13] = [
        "email",
        "name",
        "organisation",
        "country",
        "experience",
        "language",
        "status",
        "note",
        "source",
        "registered_by",
        "created_at",
        "updated_at",
        "ideas",
    ];

    /// The values of one export row, in `COLUMNS` order; a missing value is empty, never
    /// "None".
    pub fn cells(&self) -> [String; 13] {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        [
            self.email.clone(),
            o(&self.name),
            o(&self.organisation),
            o(&self.country),
            o(&self.experience),
            o(&self.language),
            self.status.clone(),
            o(&self.note),
            self.source.clone(),
            o(&self.registered_by),
            self.created_at.to_rfc3339(),
            self.updated_at.to_rfc3339(),
            self.ideas.to_string(),
        ]
    }
}

/// Which participants; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub status: Option<String>,
    pub country: Option<String>,
    pub language: Option<String>,
    /// Part of the address, name or organisation, case-insensitive.
    pub search: Option<String>,
}

impl Filter {
    /// The store's query for these participants in `sort` order (an empty text matches any).
    pub(crate) fn query(&self, sort: Sort, descending: bool) -> store::ParticipantQuery {
        let any = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or_default().to_string();
        store::ParticipantQuery {
            status: any(&self.status),
            country: any(&self.country),
            language: any(&self.language),
            search: any(&self.search),
            sort: sort.as_str().to_string(),
            descending,
            ..Default::default()
        }
    }
}

/// The column a list is ordered by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// When they registered (then by id): the order of `participants list`.
    #[default]
    Registered,
    Name,
    Email,
    Organisation,
    Country,
    Language,
    Status,
}

impl Sort {
    pub const ALL: [Sort; 7] = [
        Sort::Registered,
        Sort::Name,
        Sort::Email,
        Sort::Organisation,
        Sort::Country,
        Sort::Language,
        Sort::Status,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Registered => "registered",
            Sort::Name => "name",
            Sort::Email => "email",
            Sort::Organisation => "organisation",
            Sort::Country => "country",
            Sort::Language => "language",
            Sort::Status => "status",
        }
    }

    pub fn parse(word: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.as_str() == word)
    }
}

/// One page of a list, and how many match the filter in all.
#[derive(Debug, Clone)]
pub struct Page {
    pub rows: Vec<Participant>,
    pub total: i64,
}

/// Everyone matching `filter`, in registration order.
pub async fn list(
    pool: &PgPool,
    event_id: &str,
    filter: &Filter,
) -> Result<Vec<Participant>, OrganiseError> {
    let all = page(pool, event_id, filter, Sort::Registered, false, i64::MAX, 0).await?;
    Ok(all.rows)
}

/// Those matching `filter`, ordered by `sort`, `limit` of them from `offset` on.
pub async fn page(
    pool: &PgPool,
    event_id: &str,
    filter: &Filter,
    sort: Sort,
    descending: bool,
    limit: i64,
    offset: i64,
) -> Result<Page, OrganiseError> {
    let query = store::ParticipantQuery {
        limit: limit.max(0),
        offset: offset.max(0),
        ..filter.query(sort, descending)
    };
    let (rows, total) = store::list_participants(pool, event_id, &query).await?;
    Ok(Page { rows, total })
}

/// One participant by address, or `None` when that address has no registration.
pub async fn find(
    pool: &PgPool,
    event_id: &str,
    email: &str,
) -> Result<Option<Participant>, OrganiseError> {
    // The record query is the one changes lock with; in a transaction that ends here the lock
    // lasts for the read only.
    let mut tx = pool.begin().await?;
    let found = store::lock_participant_record(&mut tx, event_id, email.trim()).await?;
    tx.rollback().await?;
    Ok(found)
}

/// What an organiser types; `None` leaves a value alone.
#[derive(Debug, Clone, Default)]
pub struct Fields {
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub language: Option<String>,
    pub note: Option<String>,
}

impl Fields {
    fn manual(&self) -> ManualFields<'_> {
        ManualFields {
            name: self.name.as_deref(),
            organisation: self.organisation.as_deref(),
            country: self.country.as_deref(),
            language: self.language.as_deref(),
            note: self.note.as_deref(),
        }
    }
}

/// Registers someone by hand (`source = organiser`): confirmed while places are left, else
/// waitlisted; acknowledged unless `quiet`.
pub async fn add(
    pool: &PgPool,
    processor: &Processor,
    actor: &Actor,
    email: &str,
    fields: &Fields,
    quiet: bool,
) -> Result<Participant, OrganiseError> {
    let email = parse_address(email)?;
    check_country(fields.country.as_deref())?;
    let event = &processor.config.event;
    let mut tx = pool.begin().await?;
    store::lock_event(&mut tx, &event.id).await?;
    if store::lock_participant_record(&mut tx, &event.id, email.as_str())
        .await?
        .is_some()
    {
        return Err(OrganiseError::AlreadyRegistered(email.to_string()));
    }
    let confirmed = store::count_confirmed(&mut tx, &event.id).await?;
    let status = if event.capacity > 0 && confirmed >= event.capacity {
        RegistrationStatus::Waitlisted
    } else {
        RegistrationStatus::Confirmed
    };
    store::insert_manual_registration(&mut tx, &event.id, email.as_str(), &fields.manual(), status)
        .await?;
    let after = reread(&mut tx, &event.id, email.as_str()).await?;
    audit(
        &mut tx,
        &event.id,
        actor,
        "participant.add",
        email.as_str(),
        None,
        Some(json(&after)),
    )
    .await?;
    if !quiet {
        let template = if status == RegistrationStatus::Waitlisted {
            ReplyTemplate::Waitlisted
        } else {
            ReplyTemplate::Registered
        };
        acknowledge(&mut tx, processor, email.as_str(), template, "add").await?;
    }
    tx.commit().await?;
    Ok(after)
}

/// Corrects values of a registration (and its note).
pub async fn edit(
    pool: &PgPool,
    event_id: &str,
    actor: &Actor,
    email: &str,
    fields: &Fields,
) -> Result<Participant, OrganiseError> {
    let email = parse_address(email)?;
    check_country(fields.country.as_deref())?;
    let mut tx = pool.begin().await?;
    let before = locked(&mut tx, event_id, email.as_str()).await?;
    let id = before_id(&mut tx, event_id, &email).await?;
    store::edit_registration(&mut tx, id, &fields.manual()).await?;
    let after = reread(&mut tx, event_id, email.as_str()).await?;
    audit(
        &mut tx,
        event_id,
        actor,
        "participant.edit",
        email.as_str(),
        Some(json(&before)),
        Some(json(&after)),
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}

/// Cancels a registration. The participant is not written to: the organiser has told them.
/// A confirmed place freed in an event with a capacity goes to the longest-waiting person,
/// who is told so.
pub async fn cancel(
    pool: &PgPool,
    processor: &Processor,
    actor: &Actor,
    email: &str,
) -> Result<Participant, OrganiseError> {
    let event = &processor.config.event;
    let (after, before, mut tx) = set_status(
        pool,
        &event.id,
        actor,
        email,
        RegistrationStatus::Cancelled,
        "participant.cancel",
    )
    .await?;
    if before.status == RegistrationStatus::Confirmed.as_str() && event.capacity > 0 {
        let cause = format!("organiser-cancel:{}", uuid::Uuid::new_v4());
        processor.promote_waitlisted(&mut tx, &cause).await?;
    }
    tx.commit().await?;
    Ok(after)
}

/// Confirms a held or waitlisted place; acknowledged unless `quiet`.
pub async fn confirm(
    pool: &PgPool,
    processor: &Processor,
    actor: &Actor,
    email: &str,
    quiet: bool,
) -> Result<Participant, OrganiseError> {
    let event_id = &processor.config.event.id;
    let (after, _, mut tx) = set_status(
        pool,
        event_id,
        actor,
        email,
        RegistrationStatus::Confirmed,
        "participant.confirm",
    )
    .await?;
    if !quiet {
        acknowledge(
            &mut tx,
            processor,
            &after.email,
            ReplyTemplate::Registered,
            "confirm",
        )
        .await?;
    }
    tx.commit().await?;
    Ok(after)
}

/// Sets a registration's status under the event lock (capacity and the waiting list stay
/// consistent) and audits it; the transaction is left open for what follows from the change.
async fn set_status<'p>(
    pool: &'p PgPool,
    event_id: &str,
    actor: &Actor,
    email: &str,
    status: RegistrationStatus,
    action: &str,
) -> Result<(Participant, Participant, Tx<'p>), OrganiseError> {
    let email = parse_address(email)?;
    let mut tx = pool.begin().await?;
    store::lock_event(&mut tx, event_id).await?;
    let before = locked(&mut tx, event_id, email.as_str()).await?;
    let id = before_id(&mut tx, event_id, &email).await?;
    store::set_registration_status(&mut tx, id, status).await?;
    let after = reread(&mut tx, event_id, email.as_str()).await?;
    audit(
        &mut tx,
        event_id,
        actor,
        action,
        email.as_str(),
        Some(json(&before)),
        Some(json(&after)),
    )
    .await?;
    Ok((after, before, tx))
}

/// The acknowledgement a participant gets from regbot, in their language.
async fn acknowledge(
    tx: &mut Tx<'_>,
    processor: &Processor,
    email: &str,
    template: ReplyTemplate,
    why: &str,
) -> Result<(), OrganiseError> {
    let event = &processor.config.event;
    let Some(reg) = store::find_registration(tx, &event.id, email).await? else {
        return Ok(());
    };
    let mail = processor
        .render_for_registration(tx, template, &reg, None)
        .await?;
    let key = format!("organiser-{why}:{}:{}", reg.id, uuid::Uuid::new_v4());
    queue_to_participant(
        tx,
        processor,
        key,
        &reg.email,
        reg.name.as_deref(),
        mail,
        None,
    )
    .await
}

async fn locked(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
) -> Result<Participant, OrganiseError> {
    store::lock_participant_record(tx, event_id, email)
        .await?
        .ok_or_else(|| OrganiseError::NotRegistered(email.to_string()))
}

async fn before_id(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &crate::domain::EmailAddress,
) -> Result<i64, OrganiseError> {
    store::lock_participant_record(tx, event_id, email.as_str())
        .await?
        .map(|r| r.id)
        .ok_or_else(|| OrganiseError::NotRegistered(email.to_string()))
}

async fn reread(
    tx: &mut Tx<'_>,
    event_id: &str,
    email: &str,
) -> Result<Participant, OrganiseError> {
    locked(tx, event_id, email).await
}

fn json(p: &Participant) -> serde_json::Value {
    serde_json::to_value(p).unwrap_or(serde_json::Value::Null)
}
