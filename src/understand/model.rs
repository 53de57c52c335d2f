//! The result of understanding one message: the `regbot parse` contract (DESIGN.md) as Rust
//! types. Other tools read this shape, so fields are only ever added, never renamed.
//!
//! Every participant value says where it came from ([`Source`]), because a value regbot read
//! from a form line deserves more trust than one it guessed from a phone prefix, and organisers
//! must be able to see the difference. A value that is only a hint is never a value: it stays in
//! [`Hints`] so the acknowledgement can ask for it.

use serde::Serialize;

/// Why a message must never be answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Automated {
    AutoReply,
    Bounce,
    Bulk,
}

/// What the sender asks for. A message may carry several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    Registration,
    Idea,
    Cancellation,
    Update,
    Question,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Experience {
    Starting,
    Experienced,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mailbox {
    pub name: Option<String>,
    /// Lowercased domain, local part as written.
    pub email: String,
}

/// Where a participant's value was read, most trustworthy first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// A `Field: value` line the sender filled in ("Organisation: Baltic Wood Cluster").
    FormLine,
    /// The sender's signature block.
    Signature,
    /// A sentence of the sender's own words ("I represent …", "we are a cluster from Latvia",
    /// "please register my colleague Jane Doe, jane@…").
    RunningText,
    /// The message's From header (display name and address), or the From line of a forwarded
    /// message for a forwarded registration.
    FromHeader,
}

/// Where each value of a [`Participant`] came from; `None` where the value is unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Sources {
    pub email: Option<Source>,
    pub name: Option<Source>,
    pub organisation: Option<Source>,
    pub country: Option<Source>,
    pub experience: Option<Source>,
}

/// Weak evidence that is not a value: the acknowledgement asks the person instead.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Hints {
    /// A country suggested only by a phone prefix or the address's country domain (ISO 3166-1
    /// alpha-2), when the message states no country.
    pub country: Option<String>,
}

/// One person a message is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Participant {
    pub email: Option<String>,
    pub name: Option<String>,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2, only when the message states it.
    pub country: Option<String>,
    pub experience: Option<Experience>,
    /// Where each value above was read.
    pub sources: Sources,
    /// What is only suggested, never stated.
    pub hints: Hints,
}

/// Why a person must look at a message before anything is done with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewReason {
    /// A person wrote and nothing actionable was found. Not used for a bare "thank you",
    /// which needs nothing at all.
    NoIntent,
    /// The sender asks to register someone else but gives no address for them, so regbot
    /// cannot write to that person.
    OnBehalfWithoutAddress,
    /// The sender corrects something, but no new value could be read from the message.
    UnparsedCorrection,
    /// The message says contradicting things (e.g. registers and cancels at once), so acting
    /// on either reading could be wrong.
    LowConfidence,
    /// The rules found nothing a person asked for, and the trained model
    /// (`understand::learned`) reads the mail as a registration: it is proposed, for a person
    /// to confirm or reject. Nobody is registered or acknowledged before then.
    ProposedRegistration,
}

/// A failed recipient of a bounce, with the status the bounce states for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BouncedRecipient {
    /// Lowercase address.
    pub email: String,
    /// The enhanced status code ("5.1.1") when the bounce states one for this recipient.
    pub status: Option<String>,
}

/// Everything regbot understood of one message. Serialises to the `regbot parse` contract
/// (DESIGN.md) minus `file` and `error`, which the CLI adds.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Understanding {
    pub message_id: Option<String>,
    pub from: Option<Mailbox>,
    pub subject: Option<String>,
    pub language: Option<String>,
    pub automated: Option<Automated>,
    pub intents: Vec<Intent>,
    /// The sender's own record (for an update: the corrected values).
    pub participant: Participant,
    /// The people the message registers, cancels or updates: the sender alone usually; for a
    /// registration on someone's behalf the named colleagues, and the sender only when they
    /// take part themselves. Empty for automated mail and when nothing is actionable.
    pub participants: Vec<Participant>,
    /// Free text for the organisers that fits no field (dietary needs, accessibility, "I may
    /// be late").
    pub note: Option<String>,
    /// Set when a person must look at the message before anything is done with it.
    pub review: Option<ReviewReason>,
    pub idea: Option<String>,
    pub text: String,
    pub bounced_recipients: Vec<String>,
    /// For feedback reports (ARF, abuse reports, automatic unsubscribe requests): the
    /// addresses whose owner complained about regbot's mail. They are not failed (their
    /// mailbox works); regbot records the complaint and sends them no further broadcasts.
    pub complained_recipients: Vec<String>,
    /// Message-IDs of the thread this message replies to, oldest first (References, then an
    /// In-Reply-To that References lacks), for threading replies.
    #[serde(skip)]
    pub references: Vec<String>,
    /// The question's text, when the message asks one (forwarded to the organiser).
    #[serde(skip)]
    pub question: Option<String>,
    /// For bounces: the failed recipients with their stated status (the same addresses as
    /// `bounced_recipients`, in the same order).
    #[serde(skip)]
    pub bounces: Vec<BouncedRecipient>,
    /// For bounces and auto-replies: the Message-IDs of the original mail they return (from an
    /// attached message/rfc822 or text/rfc822-headers part, or quoted header lines), without
    /// angle brackets. Lets the daemon check that it really sent what bounced.
    #[serde(skip)]
    pub returned_message_ids: Vec<String>,
    /// The envelope recipients this copy was delivered to (Delivered-To, X-Original-To,
    /// Envelope-To), lowercase, for matching VERP return paths.
    #[serde(skip)]
    pub delivered_to: Vec<String>,
}
