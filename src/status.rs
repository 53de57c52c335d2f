//! The closed sets of words regbot stores in text columns — registration and message statuses,
//! outbox kinds and statuses, reply templates — as enums.
//!
//! Each maps to its SQL text (the `check` constraints in `migrations/` list the same words) through
//! `sqlx::Type`, so a typo is a compile error instead of a row that matches nothing, and a word
//! in the database that the code does not know is a decode error naming it.

use std::fmt;
use std::str::FromStr;

use sqlx::Postgres;
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArgumentBuffer, PgTypeInfo, PgValueRef};

/// A stored word that is not one of the enum's.
#[derive(Debug, thiserror::Error)]
#[error("unknown {what} {word:?} in the database (a newer regbot wrote it? upgrade this one)")]
pub struct UnknownWord {
    what: &'static str,
    word: String,
}

macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownWord;
            fn from_str(s: &str) -> Result<Self, UnknownWord> {
                match s {
                    $($text => Ok($name::$variant),)+
                    other => Err(UnknownWord { what: $what, word: other.to_string() }),
                }
            }
        }

        impl sqlx::Type<Postgres> for $name {
            fn type_info() -> PgTypeInfo {
                <&str as sqlx::Type<Postgres>>::type_info()
            }
            fn compatible(ty: &PgTypeInfo) -> bool {
                <&str as sqlx::Type<Postgres>>::compatible(ty)
            }
        }

        impl sqlx::Encode<'_, Postgres> for $name {
            fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
                <&str as sqlx::Encode<Postgres>>::encode(self.as_str(), buf)
            }
        }

        impl<'r> sqlx::Decode<'r, Postgres> for $name {
            fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
                let text = <&str as sqlx::Decode<Postgres>>::decode(value)?;
                Ok(text.parse()?)
            }
        }
    };
}

text_enum!(
    /// Where a participant's registration stands (`registrations.status`).
    RegistrationStatus, "registration status" {
        Confirmed = "confirmed",
        Waitlisted = "waitlisted",
        Cancelled = "cancelled",
        /// Registered by someone else: held until the person confirms (or an organiser does),
        /// released at `confirm_by`. Not counted against the capacity.
        PendingConfirmation = "pending_confirmation",
    }
);

text_enum!(
    /// Where a stored message stands (`inbound_messages.status`).
    InboundStatus, "inbound status" {
        /// Stored, not yet processed.
        Pending = "pending",
        Processed = "processed",
        /// A bounce, auto-reply or bulk mail: recorded, never answered.
        Automated = "automated",
        /// Processing failed for good (kept for a person, and for `reprocess`).
        Failed = "failed",
        /// Over the size limit: only its header was stored.
        Rejected = "rejected",
    }
);

text_enum!(
    /// Why a mail is in the outbox (`outbox.kind`).
    OutboxKind, "outbox kind" {
        Reply = "reply",
        Forward = "forward",
        Broadcast = "broadcast",
        /// A mail about their place that a participant did not ask for: they moved up from the
        /// waiting list, or someone else registered them and they are asked to confirm.
        Promotion = "promotion",
        /// A one-time sign-in link for the web desk.
        Login = "login",
    }
);

text_enum!(
    /// Where an outgoing mail stands (`outbox.status`).
    OutboxStatus, "outbox status" {
        Pending = "pending",
        Sent = "sent",
        Failed = "failed",
        /// Recorded but not to be sent (rate limit, bounced address).
        Suppressed = "suppressed",
    }
);

text_enum!(
    /// Every situation regbot answers; each language folder has a template of this name
    /// (`outbox.template` for replies).
    ReplyTemplate, "reply template" {
        Registered = "registered",
        Waitlisted = "waitlisted",
        AlreadyRegistered = "already_registered",
        RegistrationIdea = "registration_idea",
        IdeaReceived = "idea_received",
        Cancelled = "cancelled",
        NotRegistered = "not_registered",
        QuestionReceived = "question_received",
        UpdateRecorded = "update_recorded",
        Promoted = "promoted",
        /// The message went to the organisers' review: a person will answer.
        ReviewPending = "review_pending",
        /// To a person registered by someone else: reply to confirm, or cancel.
        ConfirmRequest = "confirm_request",
        /// To the sender of a registration on others' behalf: whom regbot registered.
        OnBehalfSummary = "on_behalf_summary",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_reads_back_as_itself() {
        for t in ReplyTemplate::ALL {
            assert_eq!(t.as_str().parse::<ReplyTemplate>().unwrap(), *t);
        }
        for s in RegistrationStatus::ALL {
            assert_eq!(s.as_str().parse::<RegistrationStatus>().unwrap(), *s);
        }
        let err = "maybe".parse::<InboundStatus>().unwrap_err();
        assert!(err.to_string().contains("\"maybe\""), "{err}");
    }

    #[test]
    fn serde_uses_the_sql_words() {
        assert_eq!(
            serde_json::to_string(&ReplyTemplate::AlreadyRegistered).unwrap(),
            "\"already_registered\""
        );
    }
}
