//! Replies from registered participants: saying again that one comes registers nobody anew,
//! and news about one's coming (diet, arrival, a part missed) updates the registration.

use super::super::lexicon::replies::{ATTENDANCE_NEWS, BESIDES_ME, UNREGISTERED_SUBJECTS};
use super::super::lexicon::stance::{OTHER_NAME, OTHER_PERSON};
use super::super::lexicon::{COLLEAGUE, NOTE_TOPICS};
use super::super::phrases::AnyOf;
use super::sentences::Read;
use super::strip_subject;

static COLLEAGUE_ANY: AnyOf = AnyOf::new(COLLEAGUE);
static OTHER_NAME_ANY: AnyOf = AnyOf::new(OTHER_NAME);
static NOTE_TOPICS_ANY: AnyOf = AnyOf::new(NOTE_TOPICS);
static ATTENDANCE_NEWS_ANY: AnyOf = AnyOf::new(ATTENDANCE_NEWS);
static BESIDES_ME_ANY: AnyOf = AnyOf::new(BESIDES_ME);

/// Whether the mail answers regbot's mail to a registered participant (the acknowledgement, a
/// broadcast): a reply to regbot's own mail whose subject is not one regbot sends to someone
/// not, or no longer, registered ("No registration found", "Please confirm your
/// registration", "A place is free for you" …).
pub(super) fn from_registered(subject: Option<&str>, reply_to_own: bool) -> bool {
    reply_to_own
        && !subject.is_some_and(|s| {
            let head = strip_subject(s).0.to_lowercase();
            UNREGISTERED_SUBJECTS.iter().any(|u| head.starts_with(u))
        })
}

/// Whether a registering sentence is about someone besides the sender: an address, "her",
/// "besides me", a person's name ("Could you also add …?", "ilmoittakaa hänetkin", "lisaks
/// minule ka …", "our new adviser Tom Hale would like to come").
pub(super) fn about_someone_else(sentence: &str, read: &Read) -> bool {
    let lower = sentence.to_lowercase();
    lower.contains('@')
        || BESIDES_ME_ANY.in_text(&lower)
        || read.words().any(|w| OTHER_PERSON.contains(&w))
        || names_a_person(sentence)
}

/// Whether the sentence names a person: two capitalised words in a row after its first word
/// ("… our adviser Tom Hale …", "… kolleeg Mari Tamm …").
fn names_a_person(sentence: &str) -> bool {
    let capitalised = |t: &str| {
        let t = t.trim_matches(|c: char| !c.is_alphabetic());
        let mut chars = t.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    };
    let tokens: Vec<&str> = sentence.split_whitespace().skip(1).take(200).collect();
    tokens
        .windows(2)
        .any(|pair| pair.iter().all(|t| capitalised(t)))
}

/// Whether the sender's words name a colleague or someone's name anywhere ("my colleague
/// would like to come too. Could you add her?"): a registration in the reply may be theirs.
pub(super) fn names_someone(own: &str) -> bool {
    let lower = own.to_lowercase();
    COLLEAGUE_ANY.in_text(&lower) || OTHER_NAME_ANY.in_text(&lower)
}

/// Whether the sentence tells news about the sender's coming: diet, access, timing or a part
/// of the programme missed ("my ferry is late, so I'll miss the keynote", "tagad man ir
/// bezglutēna diēta", "olen nykyään kasvissyöjä").
pub(super) fn tells_news(sentence: &str) -> bool {
    let lower = format!("{} ", sentence.to_lowercase());
    NOTE_TOPICS_ANY.in_text(&lower) || ATTENDANCE_NEWS_ANY.in_text(&lower)
}
