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

/// Understands one raw RFC 5322 message. Never panics, never fails.
///
/// Interim version: headers and English keywords only; replaced by the full understanding.
pub fn understand(raw: &[u8], config: &UnderstandConfig) -> Understanding {
    use mailparse::MailHeaderMap;
    let _ = config;
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
        .get_first_value("References")
        .map(|r| r.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let auto = h
        .get_first_value("Auto-Submitted")
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("no"));
    if auto || mail.ctype.mimetype == "multipart/report" {
        u.automated = Some(if mail.ctype.mimetype == "multipart/report" {
            Automated::Bounce
        } else {
            Automated::AutoReply
        });
        return u;
    }
    let body = mail
        .subparts
        .first()
        .unwrap_or(&mail)
        .get_body()
        .unwrap_or_default();
    let text = format!("{} {}", u.subject.clone().unwrap_or_default(), body).to_lowercase();
    for (word, intent) in [
        ("regist", Intent::Registration),
        ("idea", Intent::Idea),
        ("cancel", Intent::Cancellation),
        ("?", Intent::Question),
    ] {
        if text.contains(word) {
            u.intents.push(intent);
        }
    }
    u.participant.email = u.from.as_ref().map(|f| f.email.clone());
    u.participant.name = u.from.as_ref().and_then(|f| f.name.clone());
    u.text = body;
    u
}
