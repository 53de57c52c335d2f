//! Broadcasts as organisers choose them: who gets one (a segment: the filters of
//! `regbot broadcast` and of the desk's compose form) and how the earlier ones went.
//!
//! Rendering and queueing are [`crate::broadcast::broadcast`]. The CLI and the desk both turn
//! what the organiser typed into its [`Audience`] here, so a filter means the same in both and
//! a mistyped one is refused with the same words.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use sqlx::PgPool;

use crate::broadcast::Audience;
use crate::status::RegistrationStatus;
use crate::store::{self, BroadcastRow, StoreError};

/// A segment as typed; `None` (or blank) means any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segment {
    /// Only this status instead of the confirmed participants.
    pub status: Option<String>,
    /// The waiting list too (when no status is given).
    pub include_waitlisted: bool,
    /// Two letters, like LV.
    pub country: Option<String>,
    /// Two letters, like lv.
    pub language: Option<String>,
    /// A date (2027-04-01, midnight UTC) or an RFC 3339 moment.
    pub registered_after: Option<String>,
    /// The number of an earlier broadcast whose recipients are left out.
    pub not_received: Option<String>,
    /// Also to everyone confirmed later, once and in order (`--catch-up`).
    pub catch_up: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SegmentError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("status {0:?}: give confirmed, waitlisted, cancelled or pending_confirmation")]
    Status(String),
    #[error("country {0:?}: give the two letters, like LV or DE")]
    Country(String),
    #[error("language {0:?}: give the two letters, like lv or de")]
    Language(String),
    #[error("registered after {0:?} is not a date: give it like 2027-04-01")]
    Date(String),
    #[error("not received {0:?}: give the number of an earlier broadcast, like 3")]
    BroadcastNumber(String),
    #[error(
        "there is no broadcast {0} for this event (the list of broadcasts shows their numbers)"
    )]
    NoBroadcast(i64),
}

impl SegmentError {
    /// A filter to correct, as opposed to a database problem.
    pub fn is_input(&self) -> bool {
        !matches!(self, SegmentError::Store(_))
    }
}

impl Segment {
    /// The audience these filters describe, each value checked; `not_received` is checked to
    /// be a number here and to name a broadcast of the event by [`audience`].
    pub fn parse(&self) -> Result<Audience, SegmentError> {
        let given = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let two_letters = |v: &str| v.len() == 2 && v.chars().all(|c| c.is_ascii_alphabetic());
        let status = match given(&self.status) {
            None => None,
            Some(s) => Some(
                s.to_lowercase()
                    .parse::<RegistrationStatus>()
                    .map_err(|_| SegmentError::Status(s))?,
            ),
        };
        let country = match given(&self.country) {
            Some(c) if !two_letters(&c) => return Err(SegmentError::Country(c)),
            c => c.map(|c| c.to_uppercase()),
        };
        let language = match given(&self.language) {
            Some(l) if !two_letters(&l) => return Err(SegmentError::Language(l)),
            l => l.map(|l| l.to_lowercase()),
        };
        let registered_after = match given(&self.registered_after) {
            None => None,
            Some(t) => Some(parse_moment(&t).ok_or(SegmentError::Date(t))?),
        };
        let not_received = match given(&self.not_received) {
            None => None,
            Some(n) => Some(
                n.trim_start_matches('#')
                    .parse::<i64>()
                    .map_err(|_| SegmentError::BroadcastNumber(n))?,
            ),
        };
        Ok(Audience {
            status,
            include_waitlisted: self.include_waitlisted,
            country,
            language,
            registered_after,
            not_received,
            catch_up: self.catch_up,
        })
    }
}

/// The segment's audience, once its filters are checked against the event's data: an
/// earlier broadcast it names must exist (a mistyped number would otherwise leave nobody out).
pub async fn audience(
    pool: &PgPool,
    event_id: &str,
    segment: &Segment,
) -> Result<Audience, SegmentError> {
    let audience = segment.parse()?;
    if let Some(id) = audience.not_received
        && progress(pool, event_id, id).await?.is_none()
    {
        return Err(SegmentError::NoBroadcast(id));
    }
    Ok(audience)
}

/// A date (midnight UTC) or an RFC 3339 moment.
pub fn parse_moment(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.to_utc());
    }
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    Some(day.and_time(NaiveTime::MIN).and_utc())
}

/// Every broadcast of the event, newest first, with where its mails stand.
pub async fn history(pool: &PgPool, event_id: &str) -> Result<Vec<BroadcastRow>, StoreError> {
    store::broadcasts_with_counts(pool, event_id, None).await
}

/// One broadcast with where its mails stand (sent, pending, failed, held back).
pub async fn progress(
    pool: &PgPool,
    event_id: &str,
    id: i64,
) -> Result<Option<BroadcastRow>, StoreError> {
    let mut rows = store::broadcasts_with_counts(pool, event_id, Some(id)).await?;
    Ok(rows.pop())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(f: impl FnOnce(&mut Segment)) -> Segment {
        let mut s = Segment::default();
        f(&mut s);
        s
    }

    #[test]
    fn no_filter_is_the_confirmed_participants() {
        assert_eq!(Segment::default().parse().unwrap(), Audience::default());
        let blank = typed(|s| {
            s.country = Some("  ".into());
            s.status = Some(String::new());
        });
        assert_eq!(blank.parse().unwrap(), Audience::default());
    }

    #[test]
    fn typed_filters_become_the_audience() {
        let a = typed(|s| {
            s.status = Some("Waitlisted".into());
            s.country = Some("lv".into());
            s.language = Some("LT".into());
            s.registered_after = Some("2027-04-01".into());
            s.not_received = Some("#3".into());
        })
        .parse()
        .unwrap();
        assert_eq!(a.status, Some(RegistrationStatus::Waitlisted));
        assert_eq!(a.country.as_deref(), Some("LV"));
        assert_eq!(a.language.as_deref(), Some("lt"));
        assert_eq!(
            a.registered_after.unwrap().to_rfc3339(),
            "2027-04-01T00:00:00+00:00"
        );
        assert_eq!(a.not_received, Some(3));
    }

    #[test]
    fn a_mistyped_filter_is_refused_by_name() {
        let err = |f: fn(&mut Segment)| typed(f).parse().unwrap_err().to_string();
        assert!(err(|s| s.status = Some("maybe".into())).contains("confirmed, waitlisted"));
        assert!(err(|s| s.country = Some("Latvia".into())).contains("two letters"));
        assert!(err(|s| s.language = Some("latviešu".into())).contains("two letters"));
        assert!(err(|s| s.registered_after = Some("1 April".into())).contains("not a date"));
        assert!(err(|s| s.not_received = Some("last".into())).contains("earlier broadcast"));
    }

    #[test]
    fn a_moment_is_a_date_or_rfc3339() {
        assert!(parse_moment("2027-04-01T12:00:00Z").is_some());
        assert!(parse_moment("2027-04-01").is_some());
        assert!(parse_moment("01.04.2027").is_none());
    }
}
