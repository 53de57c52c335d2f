//! Why a person must look at a message before regbot acts on it, from what the rules read.

use super::model::{Intent, Participant, ReviewReason, Source, Understanding};
use super::{intents, notes};

/// Why a person must look at this message first, if they must.
pub(super) fn review(
    u: &Understanding,
    found: &intents::Found,
    participant: &Participant,
    own: &str,
    sender_name: Option<&str>,
    missing_address: bool,
) -> Option<ReviewReason> {
    if missing_address {
        return Some(ReviewReason::OnBehalfWithoutAddress);
    }
    if found.intents.contains(&Intent::Update) {
        let s = &participant.sources;
        let read_something = [s.name, s.organisation, s.country, s.experience, s.email]
            .iter()
            .any(|x| {
                matches!(
                    x,
                    Some(Source::FormLine | Source::RunningText | Source::Signature)
                )
            });
        // An update that only adds a note keeps the reason a note-only message has always
        // had: the daemon files the note on a registered sender's record (`process::review`)
        // and shows anyone else's to a person.
        if !read_something && u.note.is_some() && found.intents == [Intent::Update] {
            return Some(ReviewReason::NoIntent);
        }
        if !read_something {
            return Some(ReviewReason::UnparsedCorrection);
        }
    }
    if found.intents.is_empty() {
        let text = if own.trim().is_empty() {
            u.subject.as_deref().unwrap_or("")
        } else {
            own
        };
        if text.trim().is_empty() || notes::is_bare_thanks(text, sender_name) {
            return None;
        }
        return Some(ReviewReason::NoIntent);
    }
    None
}
