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
    // The region's mail clients ("Pārsūt.:", "Atb.:", Lithuanian "PRSN:"/"ATS:", Estonian
    // "EDASI:", Finnish "VL:", Russian "Пересл.:"), and the bracketed "[Fwd: …]".
    "pārs:",
    "pārs.:",
    "pārsūt",
    "atb:",
    "atb.:",
    "prsn:",
    "ats:",
    "edasi:",
    "vl:",
    "пересл",
    "отв:",
    "[fwd:",
];

/// The prefixes among [`REPLY_PREFIXES`] that mark a forward, not a reply (lowercase).
pub const FORWARD_PREFIXES: &[&str] = &[
    "fw:",
    "fwd:",
    "wg:",
    "vb:",
    "pd:",
    "tr:",
    "[fwd:",
    "fw ",
    "fwd ",
    "пересл:",
];

/// A challenge-response antispam system's request that the sender prove to be a person
/// before the message is delivered (TMDA, Spam Arrest, Boxbe, Mailblocks): no bounce, the
/// mailbox works. Wording of its body (lowercase substrings); two are needed, or one with a
/// subject from [`CHALLENGE_SUBJECTS`], because a person may mention one ("add us to your
/// whitelist").
pub const CHALLENGE_PHRASES: &[&str] = &[
    "is being held because",
    // A filter's "your message to … is being held … confirm that you are a real sender".
    "message is being held",
    "you are a real sender",
    "has not been verified",
    "to release your message",
    "approved senders",
    "senders i have approved",
    "once i approve you",
    "i will receive your original message",
    "confirm that you are a real person",
    "verify that you are a real person",
    "prove that you are human",
    "prove you are human",
    "not a spam robot",
    "challenge-response",
    "challenge/response",
    "spam arrest",
    "spamarrest.com",
    "boxbe",
    "mailblocks",
    "my guest list",
    "sender verification",
    "awaiting your verification",
    "your message will be delivered once",
    "your message will be delivered as soon as you",
    "ihre nachricht wurde zurückgehalten",
    "bestätigen sie bitte, dass sie",
    // The same request in the region's other languages: the message is held until the sender
    // confirms being a person ("kein Spam-Roboter", "inte en robot", "nie jesteś robotem").
    "wurde zurückgehalten",
    "kein spam-roboter",
    "bestätigen sie ihre absenderadresse",
    "inte är en robot",
    "bekräfta din avsändaradress",
    "ikke er en robot",
    "bekræft din afsenderadresse",
    "bekreft avsenderadressen",
    "et ole robotti",
    "vahvista lähettäjän osoite",
    "nie jesteś robotem",
    "potwierdź swój adres",
    "что вы не робот",
    "подтвердите свой адрес",
    "neesat robots",
    "apstipriniet savu adresi",
    "nesate robotas",
    "patvirtinkite savo adresą",
    "te ei ole robot",
    "kinnitage oma aadress",
    // Spam Arrest's and similar systems' own sentences, and "prove you are a person" and
    // "your message is held by a spam filter" as such systems write them in the region's
    // languages.
    "protected by spam arrest",
    "complete the verification process",
    "protecting myself from receiving junk mail",
    "you are a human",
    "you are a person",
    "you are human",
    "not a robot",
    "dass sie ein mensch sind",
    "kein roboter sind",
    "durch einen spamfilter geschützt",
    "att du är en människa",
    "hållits kvar av ett skräppostfilter",
    "at du er et menneske",
    "at du ikke er en robot",
    "että olet ihminen",
    "pidätetty roskapostisuodattimessa",
    "że jesteś człowiekiem",
    "wstrzymana przez filtr antyspamowy",
    "что вы человек",
    "задержано антиспам",
    "задержано спам-фильтром",
    "ka esat cilvēks",
    "aizturēta pretsurogātpasta",
    "kad esate žmogus",
    "sulaikytas šlamšto filtro",
    "et olete inimene",
    "rämpsposti filter kinni",
];

/// Subjects of such a request (lowercase substrings, in a subject that is no reply).
pub const CHALLENGE_SUBJECTS: &[&str] = &[
    "please confirm your message",
    "please verify your email",
    "please verify your message",
    "confirm your email to",
    "sender verification",
    "verification required",
    "[tmda]",
    "request to join my guest list",
    "awaiting your verification",
    "[verification]",
    // The same request's subject in the region's languages ("Bestätigung erforderlich",
    // "Bekräfta ditt meddelande", "Vahvista viestisi", "Potwierdź swoją wiadomość",
    // "Подтвердите отправку письма", "Lūdzu, apstipriniet savu vēstuli").
    "bestätigung erforderlich",
    "bestätigen sie ihre nachricht",
    "bekräfta ditt meddelande",
    "bekræft din besked",
    "bekreft meldingen din",
    "vahvista viestisi",
    "potwierdź swoją wiadomość",
    "подтвердите отправку",
    "подтвердите ваше письмо",
    "apstipriniet savu vēstuli",
    "patvirtinkite savo laišką",
    "kinnitage oma kiri",
];

/// Headers by which a help desk or ticket system marks its own mail (Request Tracker, OTRS and
/// Znuny, Zammad, Zendesk, Freshdesk, Jira Service Management, Help Scout, osTicket, GLPI):
/// lowercase prefixes of a header's name. Such a system's acknowledgement of a ticket that a
/// bounce opened quotes the bounce, but is no bounce itself.
pub const HELPDESK_HEADER_PREFIXES: &[&str] = &[
    "rt-ticket",
    "rt-originator",
    "x-rt-loop-prevention",
    "x-rt-ticket",
    "x-otrs-",
    "x-znuny-",
    "x-zammad-",
    "x-zendesk-",
    "x-freshdesk-",
    "x-jira-fingerprint",
    "x-helpscout-",
    "x-osticket-",
    "x-glpi-",
    "x-ticket-id",
    "x-ticket-number",
];

/// Names of help desks in an `X-Mailer` or `X-Powered-By` header (lowercase substrings).
pub const HELPDESK_MAILERS: &[&str] = &[
    "request tracker",
    "otrs",
    "znuny",
    "zammad",
    "zendesk",
    "freshdesk",
    "osticket",
    "glpi",
    "kayako",
    "help scout",
    "spiceworks",
];

/// `multipart/report` types of a report on a domain's mail as a whole rather than on one
/// message (RFC 8460's SMTP TLS report): lowercase.
pub const DOMAIN_REPORT_TYPES: &[&str] = &["tlsrpt"];

/// Headers only such a report carries (RFC 8460): lowercase names.
pub const DOMAIN_REPORT_HEADERS: &[&str] = &["tls-report-domain", "tls-report-submitter"];

/// Media types of such a report's attachment (lowercase).
pub const DOMAIN_REPORT_MEDIA: &[&str] = &["application/tlsrpt+gzip", "application/tlsrpt+json"];

/// The two marks of a DMARC aggregate or SMTP TLS report's subject, which RFC 7489 and RFC 8460
/// fix as "Report Domain: <domain> Submitter: <reporter> Report-ID: <id>" (lowercase; the
/// first begins the subject, after any tag a gateway puts in brackets).
pub const DOMAIN_REPORT_SUBJECT: (&str, &str) = ("report domain:", "submitter:");

/// Extensions of such a report's attached file, named "<reporter>!<domain>!<begin>!<end>…"
/// (lowercase).
pub const DOMAIN_REPORT_FILES: &[&str] = &[".zip", ".gz", ".xml", ".json"];

/// The feedback type of an ARF report on a message that failed authentication (a DMARC
/// failure report): its recipient complained of nothing (lowercase, spaces removed).
pub const AUTH_FAILURE_FEEDBACK: &str = "feedback-type:auth-failure";
