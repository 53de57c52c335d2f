//! The word lists of intent detection made ready once: phrase searchers (`AnyOf`) and stem
//! lexicons (`matching::Lexicon`) shared by the sentence reading in `mod.rs` and its helpers.

use super::super::lexicon::attendance::*;
use super::super::lexicon::behalf::{INSTEAD, INSTEAD_OF_ME};
use super::super::lexicon::being_there::{IN_THEIR_PLACE, TAKING_OVER};
use super::super::lexicon::cancellation::*;
use super::super::lexicon::corrections::*;
use super::super::lexicon::holding_back::{IN_PERSON, PRESENT_STEMS};
use super::super::lexicon::ideas::*;
use super::super::lexicon::intents::*;
use super::super::lexicon::questions::{
    ACTIONS, CONFIRMATION, OBLIGATION_QUESTIONS, POLITENESS, QUESTION_OPENERS, READER_INTEREST,
};
use super::super::phrases::AnyOf;
use super::matching::Lexicon;
use std::sync::LazyLock;

pub(super) static POLITENESS_ANY: AnyOf = AnyOf::new(POLITENESS);
pub(super) static OBLIGATION_QUESTIONS_ANY: AnyOf = AnyOf::new(OBLIGATION_QUESTIONS);
pub(super) static QUESTION_OPENERS_ANY: AnyOf = AnyOf::new(QUESTION_OPENERS);
pub(super) static INSTEAD_OF_ME_ANY: AnyOf = AnyOf::new(INSTEAD_OF_ME);
pub(super) static READER_INTEREST_ANY: AnyOf = AnyOf::new(READER_INTEREST);
pub(super) static WOULD_HAVE_ANY: AnyOf = AnyOf::new(WOULD_HAVE);
pub(super) static REGISTERS_THEMSELVES_ANY: AnyOf = AnyOf::new(REGISTERS_THEMSELVES);
pub(super) static AFTER_ALL_ANY: AnyOf = AnyOf::new(AFTER_ALL);
pub(super) static INSTEAD_ANY: AnyOf = AnyOf::new(INSTEAD);
pub(super) static IN_MY_STEAD_ANY: AnyOf = AnyOf::new(IN_MY_STEAD);
pub(super) static IN_THEIR_PLACE_ANY: AnyOf = AnyOf::new(IN_THEIR_PLACE);
pub(super) static TAKING_OVER_ANY: AnyOf = AnyOf::new(TAKING_OVER);

// The words of registering: the main lists and `saying_so`'s.
fn registering_stems() -> Vec<&'static str> {
    [REGISTRATION, SAYING_SO_STEMS].concat()
}
fn registering_phrases() -> Vec<&'static str> {
    [REGISTRATION_PHRASES, SAYING_SO, IDIOMS].concat()
}
/// Registering a person named by a pronoun ("sign her up", "melde ham på", "ilmoittakaa hänet"):
/// each verb with each pronoun of its language and the verb's particle.
fn person_phrases() -> Vec<String> {
    PERSON_VERBS
        .iter()
        .flat_map(|v| {
            v.verbs.iter().flat_map(move |verb| {
                v.pronouns.iter().map(move |who| {
                    [*verb, *who, v.particle]
                        .iter()
                        .filter(|w| !w.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
            })
        })
        .collect()
}
fn registering_separable() -> Vec<(&'static str, &'static str)> {
    [REGISTRATION_SEPARABLE, SAYING_SO_SEPARABLE].concat()
}

// Each word list made ready for matching once (see `matching::Lexicon`).
pub(super) static REGISTERING: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::attendance(&registering_stems(), &registering_phrases())
        .with_separable(&registering_separable())
        .with_personal(IMPERSONAL_PHRASES)
        .with_phrases(&person_phrases())
});
pub(super) static REQUESTING: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::attendance(&registering_stems(), &registering_phrases())
        .with_separable(&registering_separable())
        .with_personal(IMPERSONAL_PHRASES)
        .with_phrases(&person_phrases())
        .without_participants()
});
pub(super) static CANCELLING: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(CANCELLATION, CANCELLATION_PHRASES).with_separable(CANCELLATION_SEPARABLE)
});
// Being there in person ("vor Ort sein", "būt klāt") attends as well: refused, it declines.
pub(super) static ATTENDING: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::attendance(
        &[ATTEND, PRESENT_STEMS].concat(),
        &[ATTEND_PHRASES, IN_PERSON].concat(),
    )
    .with_separable(ATTEND_SEPARABLE)
});
pub(super) static OFFERING_IDEA: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(IDEA, IDEA_WORDS));
pub(super) static IDEA_NOUN: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(IDEA_NOUNS, &[]));
pub(super) static ACTING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(ACTIONS, ACTIONS));
pub(super) static IDEA_TOPIC: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(IDEA_TOPICS, &[]));
pub(super) static IDEA_WISH: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&[], IDEA_WISHES));
pub(super) static INTRODUCING: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&[], INTRODUCTION_PHRASES));
pub(super) static TALK: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&[TALKS, TALKS_MORE].concat(), TALK_PHRASES));
pub(super) static RUNNING_SESSION: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(RUNNING, &[]));
pub(super) static SESSION: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(SESSIONS, &[]));
pub(super) static TELLING_CASE: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(TELLING, &[]));
pub(super) static SENDING_SOMETHING: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(SENDING, &[]));
pub(super) static SENDING_CONFIRMATION: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(CONFIRMATION, &[]));
pub(super) static DELETING_SOMETHING: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(DELETING, &[]));
pub(super) static BEING_PREVENTED: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(PREVENTED, &[]));
