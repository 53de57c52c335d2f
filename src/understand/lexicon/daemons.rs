//! Who writes a delivery report: the display names and mailboxes of mail systems
//! ("Mail Delivery Subsystem", `MAILER-DAEMON@…`) and the words by which a local part reads
//! like a machine's rather than a person's. Lowercase; how each list is matched is said at the
//! list.

/// Names and mailboxes of a mail system's sender ("Mail Delivery Subsystem",
/// `MAILER-DAEMON@…`): substrings of the lowercased display name and address together.
pub const DAEMON_NAMES: &[&str] = &[
    "mailer-daemon",
    "mailer daemon",
    "mail delivery",
    "postmaster",
    "mail administrator",
    "mail system",
    "mailsystem",
    "delivery subsystem",
    "mail transport",
    "mail-daemon",
    "mdaemon",
    "mailerdaemon",
    "email delivery",
    "mail router",
    "post office",
    "postoffice",
    "mail gateway",
    "mail server",
    "mailserver",
    "smtp server",
    "delivery agent",
    "mailscanner",
    "interscan",
    "internet mail service",
    // Exchange 5.5 and 2000 sign their reports so.
    "system administrator",
    // The same in the region's languages ("Почтовая служба", "Pasta serveris").
    "почтовая служба",
    "почтовый сервер",
    "почтовая система",
    "почтовый робот",
    "mail robot",
    "pasta serveris",
    "pasta sistēma",
    "pašto serveris",
    "pašto sistema",
    "postiserver",
    "serwer poczty",
    "serwer pocztowy",
    "system pocztowy",
    "e-postsystem",
    "sähköpostijärjestelmä",
];

/// Substrings of a local part that speak for a machine (`mailer`, `smtp`, `postmast`,
/// `bounce`): with a mail system's display name, enough to call the sender one. Lowercase.
pub const SYSTEM_MAILBOX_WORDS: &[&str] = &[
    "daemon",
    "postmast",
    "mailer",
    "mailadm",
    "mail.delivery",
    "maildelivery",
    "mail-delivery",
    "mail_delivery",
    "mailsystem",
    "mail.system",
    "smtp",
    "bounce",
    "admin",
    "system",
    "gateway",
    "server",
    "robot",
    "notif",
    "virus",
    "spam",
    "scan",
    "filter",
    "router",
    "relay",
    "delivery",
    "nobody",
    "root",
];

/// Whole parts of a local part (split at `.`, `-`, `_`, `+`) that speak for a machine: too
/// short to look for inside a name (`po` is in "polina").
pub const SYSTEM_MAILBOX_SHORT: &[&str] = &[
    "po", "gw", "mx", "mta", "ndr", "dsn", "sys", "gwia", "exchange", "notes",
];
