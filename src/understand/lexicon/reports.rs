//! Wording of automated reports that are not bounces: delivery and read receipts, feedback
//! (spam complaint) reports, and the subject prefixes of replies and forwards that no report
//! carries. Lowercase; how each list is matched is said at the list.

/// Subjects of a successful delivery notification, which marks nobody failed: Exchange's
/// "Delivered:" / "Relayed:" in the region's languages and the DSN subjects of a success
/// (lowercase prefixes).
pub const RECEIPT_SUBJECTS: &[&str] = &[
    "delivered:",
    "relayed:",
    "delivery status notification (success)",
    "delivery status notification (relay)",
    "successful mail delivery report",
    "zugestellt:",
    "levererat:",
    "leveret:",
    "levert:",
    "toimitettu:",
    "dostarczono:",
    "dostarczone:",
    "доставлено:",
    "piegādāts:",
    "pristatyta:",
    "kohale toimetatud:",
];

/// Wording of a successful delivery notification in its body (lowercase substrings).
pub const RECEIPT_PHRASES: &[&str] = &[
    "has been delivered to the following recipient",
    "was delivered to the following recipient",
    "your message was successfully delivered",
    "your message has been successfully delivered",
    "delivery to the following recipients succeeded",
    "delivery to the following recipient succeeded",
    "delivery to these recipients or groups is complete",
];

/// Words that say something failed, which no receipt says (lowercase substrings).
pub const FAILURE_WORDS: &[&str] = &[
    "fail",
    "could not",
    "couldn't",
    "unable",
    "undeliver",
    "not delivered",
    "wasn't delivered",
    "rejected",
    "permanent",
    "unknown",
];

/// Subjects of feedback reports that are not `multipart/report` (Hotmail's JMRP, abuse desks):
/// lowercase prefixes.
pub const FEEDBACK_SUBJECTS: &[&str] = &[
    "complaint about message from",
    "abuse report",
    "[abuse report]",
    "email feedback report",
    // AOL's complaint report before it used ARF.
    "client tos notification",
];

/// Wording of a feedback report or of a mail client's automatic unsubscribe request in the
/// body (lowercase substrings).
pub const FEEDBACK_PHRASES: &[&str] = &[
    "feedback-type: abuse",
    "this is an email abuse report",
    "sent this email to unsubscribe from the message",
];

/// Subject prefixes of a person's reply or forward ("Re: Undeliverable: …" is a person writing
/// about a bounce, not a bounce).
pub const REPLY_PREFIXES: &[&str] = &[
    "re:",
    "re ",
    "fw:",
    "fwd:",
    "aw:",
    "wg:",
    "sv:",
    "vs:",
    "vb:",
    "odp:",
    "pd:",
    "ответ:",
    "rif:",
    "tr:",
];
