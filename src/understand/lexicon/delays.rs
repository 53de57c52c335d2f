//! Wording of delay notices (a server still trying, which marks no address as failed) and of
//! the final notices that tell a failure from a delay: when a server says it gave up, and the
//! words of a permanent failure. Lowercase; how each list is matched is said at the list.

/// Wording that makes a report a warning on its own: the server says outright that the
/// message is still queued and need not be sent again (Sendmail's and Postfix's "THIS IS A
/// WARNING MESSAGE ONLY", Exim's "delivery attempts will continue", Exchange's "delivery will
/// continue to be attempted").
pub const DELAY_WARNINGS: &[&str] = &[
    "delivery attempts will continue",
    "will continue trying",
    "will continue to try",
    "delivery will continue to be attempted",
    "this is only a warning",
    "this is a warning only",
    "this is a warning message only",
    "you do not need to resend",
    "you don't need to resend",
    "no need to resend",
    // Gmail's and Exchange Online's delay notices, which name the permanent failure only as
    // what they will report if it comes ("You'll be notified if the delivery fails
    // permanently").
    "will retry for",
    "not delivered yet",
    "you'll be notified if",
    "you will be notified if",
    "will keep trying to deliver",
    "dies ist nur eine warnung",
    "sie müssen die nachricht nicht erneut senden",
    "ceci est un simple avertissement",
    "detta är endast en varning",
    "dette er kun en advarsel",
    "tämä on vain varoitus",
    "to jest tylko ostrzeżenie",
    "это только предупреждение",
    "это лишь предупреждение",
    "tikai brīdinājums",
    "tik įspėjimas",
    "ainult hoiatus",
    "dette er bare en advarsel",
    "to tylko ostrzeżenie",
    // qmail-like "has not been delivered yet" and "I'm not going to give up yet".
    "not been delivered yet",
    "not going to give up yet",
];

/// Wording that a server is still retrying; a delay only when nothing in the report says the
/// failure is permanent ([`PERMANENT`]) or that the server gave up ([`GIVEN_UP`]).
pub const RETRYING: &[&str] = &[
    "still being retried",
    "will be retried",
    "will retry",
    "will keep trying",
    "has been delayed",
    "delivery is delayed",
    "temporarily deferred",
    "has not yet been delivered",
    "hasn't been delivered yet",
    "no action is required on your part",
    "wird weiterhin versucht",
    "zustellung verzögert",
    "доставка задерживается",
    // The region's "not yet delivered" and "will keep trying".
    "noch nicht zugestellt",
    "vēl nav piegādāt",
    "turpinās mēģināt",
    "dar nepristatyt",
    "pole veel kohale toimetatud",
    "ei ole vielä toimitettu",
    "yrittää toimittaa viestiä uudelleen",
    "har ännu inte levererats",
    "er endnu ikke leveret",
    "er ennå ikke levert",
    "nie została jeszcze dostarczona",
    "ещё не доставлено",
    "еще не доставлено",
    "продолжит попытки",
];

/// Wording of a permanent failure, which no warning subject turns into a delay (MDaemon
/// writes "Warning: a@x - User unknown!").
pub const PERMANENT: &[&str] = &["permanent", "user unknown", "no such user", "unknown user"];

/// Wording that the server stopped trying.
pub const GIVEN_UP: &[&str] = &[
    "will not retry",
    "giving up",
    "gave up",
    "retry timeout exceeded",
    "not going to try again",
    "in the queue too long",
    // MDaemon's final notice, which also says "You do not need to resend your message".
    "permanent fatal",
    "removed from the mail queue",
];

/// Words of a delay notice's subject ("Delivery delayed", "Zustellung verzögert", "Leverans
/// försenad", "Доставка задерживается"); substrings of the lowercased subject.
pub const DELAY_SUBJECTS: &[&str] = &[
    "delay",
    "verzögert",
    "försenad",
    "forsinket",
    "viivästynyt",
    "opóźni",
    "задерж",
    "aizkavē",
    "vėluoja",
    "viibib",
];
