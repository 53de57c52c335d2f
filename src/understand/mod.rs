//! Understanding one raw message: who sent it, what they ask for, and whether it is automated.
//!
//! This module is pure: bytes and configuration in, an [`Understanding`] out. It never fails and
//! never panics on hostile input; a best effort is made and the result says what it could find.
//! `regbot parse` prints exactly this structure, and the daemon acts on it, so the two can never
//! disagree.

use serde::Serialize;

/// Configuration the understanding step needs: how to recognise mail that regbot sent itself.
#[derive(Debug, Clone, Default)]
pub struct UnderstandConfig {
    /// Addresses regbot sends from or receives on (lowercase); mail from them is never answered.
    pub own_addresses: Vec<String>,
    /// The domain regbot puts in its Message-IDs (`<…@domain>`), to spot its own mail coming back.
    pub own_message_id_domain: Option<String>,
}

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

/// The person the message is about (usually the sender; not when registering someone else).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Participant {
    pub email: Option<String>,
    pub name: Option<String>,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2, only when the message states it.
    pub country: Option<String>,
    pub experience: Option<Experience>,
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
    pub participant: Participant,
    pub idea: Option<String>,
    pub text: String,
    pub bounced_recipients: Vec<String>,
    /// Message-IDs this message replies to (In-Reply-To then References), for threading replies.
    #[serde(skip)]
    pub references: Vec<String>,
    /// The question's text, when the message asks one (forwarded to the organiser).
    #[serde(skip)]
    pub question: Option<String>,
}

pub mod automated;
pub mod decode;
pub mod reply;

/// Understands one raw RFC 5322 message. Never panics, never fails.
///
/// Interim version: header checks, a few keywords per language and `Field: value` lines;
/// replaced by the full understanding.
pub fn understand(raw: &[u8], config: &UnderstandConfig) -> Understanding {
    use mailparse::MailHeaderMap;
    let mut u = Understanding::default();
    let Ok(mail) = mailparse::parse_mail(raw) else {
        return u;
    };
    let h = &mail.headers;
    u.message_id = h
        .get_first_value("Message-ID")
        .map(|m| m.trim().trim_matches(['<', '>']).to_string());
    u.subject = h.get_first_value("Subject");
    if let Some(from) = h
        .get_first_header("From")
        .and_then(|f| mailparse::addrparse_header(f).ok())
        && let Some(mailparse::MailAddr::Single(s)) = from.iter().next()
    {
        u.from = Some(Mailbox {
            name: s.display_name.clone(),
            email: s.addr.clone(),
        });
    }
    u.references = h
        .get_first_value("In-Reply-To")
        .into_iter()
        .chain(h.get_first_value("References"))
        .flat_map(|r| {
            r.split_whitespace()
                .map(|id| id.trim_matches(['<', '>']).to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let verdict = automated::classify(&mail, config);
    if verdict.kind.is_some() {
        u.automated = verdict.kind;
        u.bounced_recipients = verdict.bounced_recipients;
        return u;
    }
    let body = decode::best_text(&mail);
    let split = reply::split(&body);
    let own = split.own;
    let text = format!("{}\n{}", u.subject.clone().unwrap_or_default(), own).to_lowercase();
    const WORDS: &[(&[&str], Intent)] = &[
        (
            &[
                "regist",
                "reģistr",
                "registr",
                "rejestr",
                "регистр",
                "anmeld",
                "ilmoittau",
            ],
            Intent::Registration,
        ),
        (
            &["idea", "ideja", "idėj", "idee", "pomysł", "идея"],
            Intent::Idea,
        ),
        (
            &[
                "cancel",
                "atcel",
                "atšauk",
                "tühista",
                "peru",
                "avbok",
                "anulow",
                "отмен",
            ],
            Intent::Cancellation,
        ),
        (&["?"], Intent::Question),
    ];
    for (words, intent) in WORDS {
        if words.iter().any(|w| text.contains(w)) {
            u.intents.push(*intent);
        }
    }
    if u.intents.contains(&Intent::Cancellation) {
        u.intents.retain(|i| *i != Intent::Registration);
    }
    for line in own.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let (key, value) = (key.trim().to_lowercase(), value.trim());
        if value.is_empty() {
            continue;
        }
        if key.starts_with("organi") || key == "company" || key == "cluster" {
            u.participant.organisation = Some(value.to_string());
        } else if matches!(
            key.as_str(),
            "country" | "valsts" | "šalis" | "riik" | "maa" | "land" | "kraj" | "страна"
        ) {
            u.participant.country = interim_country(value);
        } else if matches!(
            key.as_str(),
            "name" | "vārds" | "vardas" | "nimi" | "imię i nazwisko"
        ) {
            u.participant.name = Some(value.to_string());
        }
    }
    u.participant.email = u.from.as_ref().map(|f| f.email.clone());
    if u.participant.name.is_none() {
        u.participant.name = u.from.as_ref().and_then(|f| f.name.clone());
    }
    if u.intents.contains(&Intent::Idea) {
        u.idea = Some(own.clone());
    }
    if u.intents.contains(&Intent::Question) {
        u.question = Some(own.clone());
    }
    u.text = own;
    u
}

/// A few country names of the region, until the full country recogniser lands.
fn interim_country(value: &str) -> Option<String> {
    let v = value.to_lowercase();
    const NAMES: &[(&str, &[&str])] = &[
        ("LV", &["latvi", "läti", "łotw", "латви"]),
        ("LT", &["lithuan", "lietuv", "leedu", "litw", "литв"]),
        (
            "EE",
            &["estonia", "igaun", "eesti", "esti", "eston", "эстон"],
        ),
        ("FI", &["finland", "soom", "suomi", "finl", "финлян"]),
        (
            "SE",
            &["sweden", "zviedr", "rootsi", "sverige", "szwec", "швец"],
        ),
        ("DK", &["denmark", "dānij", "danmark", "dani", "дани"]),
        ("NO", &["norway", "norvēģ", "norge", "norw", "норвег"]),
        (
            "DE",
            &["germany", "vācij", "deutschland", "niemc", "герман"],
        ),
        ("PL", &["poland", "polij", "polska", "польш"]),
    ];
    NAMES
        .iter()
        .find(|(_, names)| names.iter().any(|n| v.starts_with(n)))
        .map(|(code, _)| (*code).to_string())
}
