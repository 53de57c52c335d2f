//! A trained second opinion beside the rules.
//!
//! **What it reads.** What the rules read (see [`features`]): the sender's own words (quotes,
//! forwards and the signature block removed), the subject without its "Re:", whether the mail
//! replies to regbot's own and whether a forward is attached, and the intents the rules found.
//! Nothing else: no addresses, no names of the event.
//!
//! **What it decides.** One logistic regression per intent (registration, idea, cancellation,
//! update, question), trained offline by `tests/eval/learned/train.py` on the probe sets, the
//! tuning half and mail that has nothing to do with the event (half of the shared real-world
//! corpus's person mails, test mails, tickets and spam; `noise-a`'s written test mails, sales
//! mail and "ok"s), its weights built into the binary ([`weights`]). Its probabilities act
//! only through the gates of [`second_opinion`], each chosen on out-of-fold figures (the model
//! never judged a writer it was trained on) and kept only where it gained and lost (almost)
//! nothing.
//!
//! **Why it is gated.** The rules are explainable and tuned; a linear model over words is
//! neither, and it errs in its own ways. So it never overrules them outright: it acts where
//! the rules found nothing a person asked for, or where it strongly doubts them, and either
//! way a person is asked to look (`review`). Automated mail never reaches it.

pub mod event_words;
pub mod features;
pub mod weights;

pub use features::{Features, Reading};

use super::model::{Intent, ReviewReason, Understanding};

/// Gate (a): a person's mail in which the rules found no intent, and the model gives
/// registration at least this probability, registers the sender, for a person to confirm.
/// Chosen out of fold (each session's sets judged by a model that never saw that session).
/// Twenty-eighth session, with the language and forward guards, over the event's 7,284 mails:
/// before the model learned from non-event mail, at 0.8 +17 -10 (0.7: +35 -28; 0.9: +4 -2),
/// and 23 of the 687 real-world person mails proposed; after, at 0.8 +14 -4 (0.7: +33 -20;
/// 0.9: +4 -1), and none of the 342 real-world mails it never saw.
pub const ADD_REGISTRATION: Option<f32> = Some(0.8);
/// Gate (b): a registration the rules found, which the model gives at most this probability,
/// would be marked for review. Off: out of fold it caught 1 wrong registration for every 30
/// right ones it doubted (at 0.2: +1, -38 had it dropped them).
pub const DOUBT_REGISTRATION: Option<f32> = None;
/// Gate (a) asks too that the mail name something of the event ([`event_words`]: an event
/// noun, a word of taking part, a month, the place) in its subject or the sender's words.
/// Out of fold (twenty-eighth session, the model trained on non-event mail too) it changed
/// nothing on the event's 7,284 mails at 0.8 (+14 -4 either way) and took the firings of a
/// model that had seen no non-event mail from 5 to 1 of 345 real-world mails and from 1 to 0
/// of `noise-a`'s 66.
pub const EVENT_WORDS_REQUIRED: bool = true;

impl Reading {
    /// The reading of a mail's subject (without its "Re:") and the sender's own words.
    pub fn new(subject: &str, words: &str, reply_to_own: bool, forwarded: bool) -> Self {
        Reading {
            subject: subject.to_string(),
            words: words.to_string(),
            reply_to_own,
            forwarded,
        }
    }
}

/// The model's probabilities for a mail the rules understood as `rules` found; `None` when
/// the built-in weights do not fit this extraction.
pub fn opinion(reading: &Reading, rules: &[Intent]) -> Option<[f32; weights::INTENTS]> {
    let model = weights::built_in()?;
    Some(model.probabilities(&features::extract(reading, rules)))
}

/// Applies the gates to what the rules understood. `reading` is `None` for automated mail,
/// which stays as the rules read it; `places` are the event's place names. Only a mail the
/// gates could act on is scored, so the model costs nothing on the others.
pub fn second_opinion(u: &mut Understanding, reading: Option<&Reading>, places: &[String]) {
    let Some(reading) = reading else { return };
    let may_add = ADD_REGISTRATION.is_some() && u.intents.is_empty();
    let may_doubt = DOUBT_REGISTRATION.is_some() && u.intents.contains(&Intent::Registration);
    if u.automated.is_some() || !(may_add || may_doubt) || !enough_to_go_on(u, reading) {
        return;
    }
    let Some(p) = opinion(reading, &u.intents) else {
        return;
    };
    let registration = p[Intent::Registration as usize];
    // Asked only of a mail the gate would register (the words are read once more).
    let would_add = may_add && ADD_REGISTRATION.is_some_and(|tau| registration >= tau);
    if would_add
        && EVENT_WORDS_REQUIRED
        && !event_words::names_the_event(&reading.subject, &reading.words, places)
    {
        return;
    }
    gate(u, registration);
}

/// Whether the mail gives the model words of its own to judge. It was trained on the
/// region's eleven languages: mail in no language regbot tells (spam in another script, a
/// "Test of text section") is outside what it knows, and it leans on a subject it has seen
/// often. A forward's subject is the invitation's, not the sender's: a note of one or two
/// words above it ("FYI", "for you") says nothing the model can weigh.
pub fn enough_to_go_on(u: &Understanding, reading: &Reading) -> bool {
    u.language.is_some()
        && (!reading.forwarded || reading.words.split_whitespace().nth(2).is_some())
}

/// The gates on the model's probability of a registration. A registration the model adds is
/// proposed, never made: the mail goes to a person with a reason of its own
/// (`ProposedRegistration`: "the rules found nothing; a trained model reads it as a
/// registration"), also a mail the rules would have let pass unseen (a bare thank-you). A
/// more particular reason the rules gave stays. The daemon does with it what it did with
/// `NoIntent` (`process::review`): a pending participant's answer still confirms, a registered
/// sender's note is still filed, and anyone else is told a person will answer.
fn gate(u: &mut Understanding, registration: f32) {
    if u.intents.is_empty() && ADD_REGISTRATION.is_some_and(|tau| registration >= tau) {
        u.intents.push(Intent::Registration);
        u.participants = vec![u.participant.clone()];
        u.review = Some(match u.review {
            None | Some(ReviewReason::NoIntent) => ReviewReason::ProposedRegistration,
            Some(reason) => reason,
        });
    } else if u.intents.contains(&Intent::Registration)
        && u.review.is_none()
        && DOUBT_REGISTRATION.is_some_and(|tau| registration <= tau)
    {
        u.review = Some(ReviewReason::LowConfidence);
    }
}

#[cfg(test)]
mod tests;
