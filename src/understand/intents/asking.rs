//! What a question to the organisers says besides asking: a wish to come stated before it
//! ("I would like to come, do I need to pay?") registers; a question about taking part from
//! afar ("can I join online?") explains why the sender does not travel.

use super::super::lexicon::COLLEAGUE;
use super::super::lexicon::attendance::{CONSIDERING, REMOTE};
use super::super::lexicon::questions::{BEST_WAY, HOW};
use super::super::phrases::AnyOf;
use super::contrasts::wish_before_question;
use super::questions::{before_question_opener, reason_before_question, statement_before_dash};
use super::saying_yes::coming_as_reason;
use super::sentences::Read;
use super::{ATTENDING, REGISTERING, REQUESTING, replies};

/// Whether the statement before a question registers the sender. A registered participant's
/// "since I'll be there" registers nobody anew (`registered`).
pub(super) fn registers_before_question(s: &str, registered: bool) -> bool {
    // "Jeg overvejer at deltage, men vil gerne vide, om …": weighing it asks before deciding.
    if Read::new(s)
        .words()
        .any(|w| CONSIDERING.iter().any(|c| w.starts_with(c)))
    {
        return false;
    }
    // "Og så vil jeg gerne være med i Riga – jeg går ud fra, at denne mail kan gælde som
    // tilmelding?": the statement before the dash registers.
    let reason = || {
        reason_before_question(s).is_some_and(|reason| {
            Read::new(&reason).positive(&REQUESTING, true)
                || (!registered && coming_as_reason(&reason))
        })
    };
    // "I would like to come, do I need to pay?": the same before a comma.
    let wish = || {
        statement_before_dash(s)
            .or_else(|| wish_before_question(s))
            .is_some_and(|head| Read::new(head).positive(&REQUESTING, true))
    };
    // "As I would like to take part on both days, I wonder whether …": what is stated before
    // the words that open the question registers.
    let opener = || {
        before_question_opener(s).is_some_and(|head| {
            Read::new(&head).positive(&REGISTERING, true)
                || (!registered && coming_as_reason(&head))
        })
    };
    reason() || wish() || opener()
}

/// Whether the question is about taking part from afar ("can I join online?", "kas saab
/// veebis osaleda?").
pub(super) fn asks_to_take_part_from_afar(read: &Read) -> bool {
    (read.mentions(&ATTENDING) || read.mentions(&REGISTERING))
        && read.words().any(|w| REMOTE.contains(&w))
}

static BEST_WAY_ANY: AnyOf = AnyOf::new(BEST_WAY);

/// Whether a question about registering asks how it is done ("How do I register a
/// colleague?", "Hvordan melder jeg på en kollega?") or whether someone registers themselves
/// ("Should she register herself, or can I do it for her?"): it registers nobody yet.
/// "How" with a colleague reads so too: "Hvordan melder jeg på en kollega?" splits its verb.
pub(super) fn how_to_register(read: &Read) -> bool {
    let about = || {
        read.mentions(&REGISTERING)
            || read
                .words()
                .any(|w| COLLEAGUE.iter().any(|c| w.contains(c)))
    };
    let how = read.words().next().is_some_and(|w| HOW.contains(&w))
        || BEST_WAY_ANY.in_text(read.joined());
    (how && about())
        || (read.mentions(&REGISTERING) && replies::registers_themselves(read, &REQUESTING))
}
