//! Rate limits on what regbot writes because of someone's mail (issue 8, defect 8): replies to
//! an address, forwards of a sender's mail to the organisers, and the one digest that collects
//! the forwards held back.
//!
//! A limit counts the mail actually queued in the last hour. An address that went over a limit
//! cools down: nothing more is written for it until `cool_down_hours` after the last time it
//! went over. An auto-responder answers every reply, so without the cool-down a loop with one
//! would go on at the hourly limit for ever; with it, the loop ends at the limit.

use std::time::Duration;

use super::{NewOutbound, StoreError, Tx};

/// How the `last_error` of a row held back because its address went over a limit begins; the
/// cool-down counts from these rows (not from the ones held back while cooling down, so that a
/// loop cannot keep an address silent for ever).
pub const OVER_LIMIT: &str = "rate limit: more than";

/// How the `last_error` of a row held back during a cool-down begins.
pub const COOLING_DOWN: &str = "rate limit: cooling down";

/// The template name that marks the organisers' digest in the outbox.
pub const DIGEST_TEMPLATE: &str = "forward_digest";

/// Forwards of this sender's mail to the organisers queued in the last hour (held-back ones
/// are not counted). A forward names the message it forwards (`inbound_id`), whose sender
/// counts; its Reply-To is regbot's own address, so that organisers' replies come back.
pub async fn recent_forwards_from(tx: &mut Tx<'_>, sender: &str) -> Result<i64, StoreError> {
    let n = sqlx::query_scalar!(
        r#"select count(*) as "n!" from outbox o
           where o.kind = 'forward' and o.status <> 'suppressed'
             and o.created_at > now() - interval '1 hour'
             and exists (select 1 from inbound_messages m
                         where m.id = o.inbound_id and lower(m.from_email) = lower($1))"#,
        sender
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(n)
}

/// What decides whether a reply to `address` may go out, read in one statement (one round trip
/// instead of three per message; the same snapshot, taken after the caller's address lock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplyStanding {
    /// The address bounced (`suppressed_addresses`).
    pub suppressed: bool,
    /// Replies to it went over the limit less than `cool_down_hours` ago (see [`cooling_down`]).
    pub cooling_down: bool,
    /// Replies queued to it in the last hour, held-back ones not counted.
    pub recent: i64,
}

pub async fn reply_standing(
    tx: &mut Tx<'_>,
    address: &str,
    cool_down_hours: i64,
) -> Result<ReplyStanding, StoreError> {
    let standing = standing_of(tx, &[address.to_string()], cool_down_hours).await?;
    Ok(standing
        .into_iter()
        .next()
        .map(|(_, s)| s)
        .unwrap_or(ReplyStanding {
            suppressed: false,
            cooling_down: false,
            recent: 0,
        }))
}

/// [`reply_standing`] of several addresses in one statement (a processing batch reads its
/// senders' at its start, after their address locks), each with the address as given.
pub async fn standing_of(
    tx: &mut Tx<'_>,
    addresses: &[String],
    cool_down_hours: i64,
) -> Result<Vec<(String, ReplyStanding)>, StoreError> {
    let rows = sqlx::query!(
        r#"select a as "address!",
             exists(select 1 from suppressed_addresses where email = lower(a)) as "suppressed!",
             exists(select 1 from outbox
                    where status = 'suppressed' and starts_with(last_error, $2)
                      and created_at > now() - make_interval(hours => $3::int)
                      and kind = 'reply' and lower(recipient) = lower(a)) as "cooling_down!",
             (select count(*) from outbox
              where lower(recipient) = lower(a) and kind = 'reply' and status <> 'suppressed'
                and created_at > now() - interval '1 hour') as "recent!"
           from unnest($1::text[]) a"#,
        addresses,
        OVER_LIMIT,
        i32::try_from(cool_down_hours).unwrap_or(i32::MAX)
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let standing = ReplyStanding {
                suppressed: r.suppressed,
                cooling_down: r.cooling_down,
                recent: r.recent,
            };
            (r.address, standing)
        })
        .collect())
}

/// Whether mail for `address` went over a limit less than `hours` ago: replies to it
/// (`forwards` false) or forwards of its mail (`forwards` true).
pub async fn cooling_down(
    tx: &mut Tx<'_>,
    address: &str,
    forwards: bool,
    hours: i64,
) -> Result<bool, StoreError> {
    let over = sqlx::query_scalar!(
        r#"select exists (
               select 1 from outbox o
               where o.status = 'suppressed' and starts_with(o.last_error, $2)
                 and o.created_at > now() - make_interval(hours => $4::int)
                 and case when $3 then o.kind = 'forward' and exists (
                                           select 1 from inbound_messages m
                                           where m.id = o.inbound_id
                                             and lower(m.from_email) = lower($1))
                          else o.kind = 'reply' and lower(o.recipient) = lower($1) end
           ) as "over!""#,
        address,
        OVER_LIMIT,
        forwards,
        i32::try_from(hours).unwrap_or(i32::MAX)
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(over)
}

/// Adds `entry` to the organisers' open digest: the one not yet taken by a sender. When there
/// is none, `opening` becomes the digest (its body the introduction), due `after` from now, so
/// that what is held back in that time goes out as one mail. Returns the digest's outbox id.
pub async fn add_to_digest(
    tx: &mut Tx<'_>,
    opening: &NewOutbound,
    entry: &str,
    after: Duration,
) -> Result<i64, StoreError> {
    // One open digest per recipient, also with several workers and daemons.
    sqlx::query!(
        "select pg_advisory_xact_lock(hashtextextended('digest:' || lower($1), 7))",
        opening.recipient
    )
    .fetch_one(&mut **tx)
    .await?;
    // A digest the sender has leased is being sent: it is left alone (FOR UPDATE waits for
    // a lease in progress and then sees `leases` raised).
    let entry = super::without_nul(entry);
    let open = sqlx::query_scalar!(
        r#"update outbox set body_text = body_text || $3
           where id = (select id from outbox
                       where template = $1 and lower(recipient) = lower($2)
                         and status = 'pending' and leases = 0
                       order by id limit 1 for update)
           returning id"#,
        DIGEST_TEMPLATE,
        opening.recipient,
        entry.as_ref()
    )
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(id) = open {
        return Ok(id);
    }
    let body = format!("{}{}", super::without_nul(&opening.body_text), entry);
    let id = sqlx::query_scalar!(
        r#"insert into outbox (idempotency_key, kind, template, recipient, recipient_name,
                              subject, body_text, message_id, next_attempt_at)
           values ($1, 'forward', $2, $3, $4, $5, $6, $7,
                   now() + make_interval(secs => $8::float8))
           returning id"#,
        opening.idempotency_key,
        DIGEST_TEMPLATE,
        opening.recipient,
        opening.recipient_name,
        opening.subject,
        body,
        opening.message_id,
        after.as_secs_f64()
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}
