//! Wording of delivery reports and other automated reports that the bounce rules need: their
//! subjects and senders, wording only mail servers write, the headings before the failed
//! recipients and before the quoted original, when a server says it is still trying (a delay
//! notice, which marks no address as failed) and when it says it gave up, and feedback reports.
//! Lowercase; how each list is matched is said at the list.

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
    "aizkavēt",
    "vėluoja",
    "viibib",
];

/// Subjects (lowercase prefixes, after stripping nothing: "Re: Undeliverable" is a person).
pub const SUBJECTS: &[&str] = &[
    "undeliverable",
    "undelivered mail",
    "undelivered message",
    "undeliverable mail",
    "delivery status notification",
    "delivery notification",
    "delivery failure",
    "delivery failed",
    "delivery has failed",
    "delivery problem",
    "delivery report",
    "delivery status",
    "mail delivery failed",
    "mail failure",
    "mail failed",
    "mail delivery failure",
    "mail delivery problem",
    "mail delivery system",
    "mail could not be delivered",
    "message could not be delivered",
    "message delivery failure",
    "message not delivered",
    "message undeliverable",
    "failure notice",
    "failed mail",
    "failed delivery",
    "returned mail",
    "return mail",
    "returned to sender",
    "mail system error",
    "non-delivery",
    "nondelivery",
    "non delivery",
    "warning: could not send message",
    "warning: message",
    "delayed mail",
    "mail delivery warning",
    "delivery warning",
    "delivery delayed",
    "delivery status notification (delay)",
    "could not send message",
    "notice: mail delivery status",
    "permanent delivery failure",
    "unzustellbar",
    "nicht zustellbar",
    "unzustellbare nachricht",
    "fehler beim zustellen",
    "olevererbart",
    "kan ikke leveres",
    "ikke levert",
    "kunne ikke leveres",
    "toimitus epäonnistui",
    "ei voitu toimittaa",
    "niedostarczalne",
    "niedostarczona",
    "nie można dostarczyć",
    "недоставленное сообщение",
    "не доставлено",
    "невозможно доставить",
    "nepiegādājams",
    "nepristatytas",
    "nepristatomas",
    "kättetoimetamatu",
    "non remis",
    "non distribuibile",
    "onbestelbaar",
    "no se puede entregar",
    "user unknown",
    "unknown user",
    "no such user",
    "mailbox unavailable",
    "could not be delivered",
    // Sina, 163.com and other Chinese servers (GB2312/GBK subjects: "退信", "系统退信").
    "退信",
    "系统退信",
    "邮件投递失败",
    "无法投递",
];

/// Stems of a failure subject matched anywhere in it, not only at its start, because servers
/// put them after a word of their own ("Viestin toimitus epäonnistui", "Wiadomość
/// niedostarczona", "Vēstule nav piegādāta", "Nondeliverable mail"); only in a subject that
/// is not a person's reply or forward. Lowercase substrings.
pub const SUBJECT_STEMS: &[&str] = &[
    "undeliver",
    "nondeliver",
    "non-deliver",
    "delivery status notification",
    "returned mail",
    "delivery failure",
    "zustellbar",
    "olevererbar",
    "inte levereras",
    "ikke leveres",
    "ikke levert",
    "ikke leveret",
    "toimitus epäonnistui",
    "ei voitu toimittaa",
    "niedostarcz",
    "nie można dostarczyć",
    "недоставлен",
    "не доставлен",
    "nepiegādā",
    "nav piegādāt",
    "nepristatyt",
    "nepristatom",
    "kättetoimetamatu",
    "kohale toimetada",
    "non recapitabile",
    "non distribuable",
    "onbestelbaar",
];

/// Wording that only mail servers write (enough together with a bounce subject).
pub const MTA_PHRASES: &[&str] = &[
    "this is the qmail-send program",
    "this message was created automatically by mail delivery software",
    "a message that you sent could not be delivered to one or more of its recipients",
    "i'm sorry to have to inform you that your message could not",
    "the following addresses had permanent fatal errors",
    "transcript of session follows",
    "delivery has failed to these recipients or groups",
    "delivery to the following recipient failed permanently",
    "delivery to the following recipients failed permanently",
    "delivery to the following recipient has been delayed",
    "sorry, we were unable to deliver your message",
    "an error has occurred while attempting to deliver a message",
    "this is the mail system at host",
    "this is the mailer-daemon",
    "the original message was received at",
    "your message did not reach some or all of the intended recipients",
    "the following message to <",
    "was undeliverable",
    "this report relates to a message you sent",
    "diagnostic-code:",
    "final-recipient:",
    "remote host said:",
    "smtp error from remote mail server",
    "the following recipient(s) could not be reached",
    "message could not be delivered to the following recipients",
    "unable to deliver message to the following",
    "could not be delivered to the following recipient",
    "your message to the following recipients",
    "your message couldn't be delivered",
    "your message could not be delivered",
    "your message wasn't delivered",
    "your message was not delivered",
    "delivery to these recipients or groups is complete",
    "message delivery has failed",
    "the message you sent to",
    "could not be delivered to:",
    "there was an error delivering your mail to",
    "did not reach the following recipient",
    // Microsoft's plain DSN text and Lotus Domino's heading ("Your message … was not
    // delivered to:").
    "delivery to the following recipients failed",
    "delivery to the following recipient failed",
    "was not delivered to:",
    "the following addresses had delivery problems",
    "failed addresses follow",
    // Headings of "simple" plain-text reports (Sendmail-like gateways, Exchange's CDO, IIS).
    "------ failed recipients ------",
    "[smtp error code 5",
    "--- non-delivery report ---",
    "we will continue to try to deliver your message",
    "could not be delivered to the following user",
    // mail.ru, Yandex and other Russian servers; Chinese servers.
    "не может быть доставлено",
    "письмо создано автоматически",
    "无法投递",
    "未能成功投递",
    "投递失败",
    "退信原因",
];

/// Broader wording, enough only together with a mail-system sender.
pub const BODY_PHRASES: &[&str] = &[
    "could not be delivered",
    "couldn't be delivered",
    "was not delivered",
    "wasn't delivered",
    "not be delivered",
    "undeliverable",
    "undelivered",
    "delivery failed",
    "delivery failure",
    "failed to deliver",
    "unable to deliver",
    "permanent error",
    "permanent failure",
    "permanently failed",
    "fatal error",
    "user unknown",
    "unknown user",
    "no such user",
    "mailbox unavailable",
    "mailbox full",
    "mailbox is full",
    "quota exceeded",
    "over quota",
    "host unknown",
    "address rejected",
    "recipient rejected",
    "rejected your message",
    "message rejected",
    "returned mail",
    "delivery has been delayed",
    "delivery attempts will continue",
    "has not yet been delivered",
    "delivery status",
    "mail delivery",
    "non-delivery",
    "bounced",
    "rejected",
    "550 ",
    "554 ",
    "553 ",
    "552 ",
    "551 ",
    "5.1.1",
    "unzustellbar",
    "nicht zugestellt",
    "did not reach",
    "incorrectly constructed",
    "malformed address",
    "unknown host",
    "host not found",
    "no valid recipients",
    "not a member",
    "invalid user",
    "invalid address",
    "error delivering",
    "could not deliver",
    "delivery problem",
    "continue to try to deliver",
    "не доставлено",
    "не было доставлено",
    "пользователь не найден",
    "нет такого пользователя",
    "адрес не существует",
    "netika piegādāta",
    "nevarēja nogādāt",
    "neišsiųstas",
    "nepristatytas",
    "nepavyko pristatyti",
    "neizdevās piegādāt",
    "nevarēja piegādāt",
    "ei toimitettu",
    "ei voitu toimittaa",
    "toimitus epäonnistui",
    "nie udało się dostarczyć",
    "nie można dostarczyć",
    "nie została dostarczona",
    "ei saanud kohale toimetada",
    "ei õnnestunud kohale toimetada",
    "kunde inte levereras",
    "kunne ikke leveres",
    "konnte nicht zugestellt",
    "не удалось доставить",
    "не может быть доставлено",
    "impossibile recapitare",
    "n'a pas pu être remis",
    "no se pudo entregar",
    "kon niet worden bezorgd",
    "退信",
    "退回",
    "不存在",
];

/// Lines after which the bounce quotes the original message (lowercase, "contains").
pub const ORIGINAL_MARKERS: &[&str] = &[
    "below this line is a copy of the message",
    "this is a copy of the message",
    "copy of the original message",
    "original message follows",
    "original message -----",
    "----- original message",
    "returned message",
    "message headers follow",
    "header of the original message",
    "headers of the original message",
    "unsent message below",
    "original message headers",
    "your message reads",
    "message text follows",
    "message headers follow",
    "the header of the original message is following",
    "original mail as follows",
    "original message as received",
    "the text you sent follows",
    "content-type: message/rfc822",
    "original message details",
    "original message headers",
    "------ this is a copy",
];

/// Lines that introduce the failed recipients (lowercase, "contains").
pub const RECIPIENT_HEADINGS: &[&str] = &[
    "following address",
    "delivered to the following:",
    "following recipient",
    "addresses follow",
    "could not be delivered to",
    "couldn't be delivered to",
    "did not reach the following",
    "unable to deliver your message to",
    "wasn't able to deliver your message to",
    "error delivering your mail to",
    "list of recipients",
    "undeliverable to",
    "delivery to the following",
    "failed to deliver to",
    "could not deliver",
    // Lotus Domino: "Your message … was not delivered to:".
    "was not delivered to:",
    // Chinese servers: "以下收件人" (the following recipients), "收件人" (recipient).
    "以下收件人",
];

/// Exchange's and other servers' failure wording in the region's languages: both a heading
/// before the failed recipients and, for [`super::bounce`], wording only mail servers write.
pub const LOCALISED_FAILURE_HEADINGS: &[&str] = &[
    "zustellung an folgende empfänger",
    "konnte nicht zugestellt werden",
    "leveransen till de här mottagarna",
    "kunde inte levereras",
    "toimitus näille vastaanottajille",
    "viestiä ei voitu toimittaa",
    "dostarczenie do tych adresatów",
    "nie można dostarczyć",
    "не удалось доставить",
    "levering til disse modtagere",
    "levering til disse mottakerne",
    "kunne ikke leveres",
    "piegāde šiem adresātiem",
    "nevarēja piegādāt",
    "pristatymas šiems gavėjams",
    "nepavyko pristatyti",
    "kohaletoimetamine nendele adressaatidele",
    "ei saanud kohale toimetada",
    "impossibile recapitare il messaggio ai destinatari",
    "la remise aux destinataires ou groupes suivants",
    "nie udało się dostarczyć wiadomości do",
    "viestiäsi ei voitu toimittaa",
    "neizdevās piegādāt šiem adresātiem",
];

/// Labels after which one failed address follows on the same line.
pub const INLINE_HEADINGS: &[&str] = &[
    "recipient address:",
    "rcpt to:",
    "original-rcpt-to:",
    "undeliverable to",
    "generated from",
];

/// Labels of a notice's own lines ("Reason: …", "Host: …"), which are no mailbox name under
/// a heading (lowercase, without the colon).
pub const NOTICE_LABELS: &[&str] = &[
    "reason",
    "error",
    "status",
    "diagnostic",
    "diagnostic-code",
    "host",
    "remote",
    "recipient",
    "recipients",
    "subject",
    "to",
    "from",
    "cc",
    "sent",
    "date",
    "because",
    "user",
    "address",
    "message",
    "action",
    "server",
    "explanation",
];

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
];

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
];

/// Wording of a feedback report or of a mail client's automatic unsubscribe request in the
/// body (lowercase substrings).
pub const FEEDBACK_PHRASES: &[&str] = &[
    "feedback-type: abuse",
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
