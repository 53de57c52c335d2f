//! Questions to the organisers, told from requests ("Could you register me?" asks to be
//! registered) and from what only explains them ("Pytam, bo …").

use super::matching::Lexicon;
use super::sentences::{self, Read, clauses};
use super::{
    ACTING, ASKING_BECAUSE, BECAUSE, CANCELLING, CONDITIONS, ME_OBJECT, OBLIGATION_QUESTIONS_ANY,
    OTHER_PERSON, POLITENESS_ANY, QUESTION_OPENERS, QUESTION_OPENERS_ANY, REQUEST_OPENERS,
    REQUESTING, SENDING_CONFIRMATION,
};

pub(super) fn is_question(sentence: &str, read: &Read) -> bool {
    let lower = sentence.to_lowercase();
    if POLITENESS_ANY.in_text(&lower) {
        return false;
    }
    if lower.trim_end().ends_with('?') && OBLIGATION_QUESTIONS_ANY.in_text(&lower) {
        return true;
    }
    let asks = lower.trim_end().ends_with('?') && read.words().nth(2).is_some();
    // "zanim się zarejestruję, chciałbym zapytać, czy …", "Vor der Anmeldung wollte ich
    // fragen, ob …": the opener may stand anywhere.
    let opener = QUESTION_OPENERS_ANY.in_text(&lower);
    if !(asks || opener) {
        return false;
    }
    // "Can you send the confirmation to her?": about a colleague's registration, a request.
    if read.mentions(&SENDING_CONFIRMATION) && read.words().any(|w| OTHER_PERSON.contains(&w)) {
        return false;
    }
    // "Could you register me?", "Vil I skrive mig op?", "laittaisitko minut listalle?" are
    // requests, not questions: they ask for the sender to be registered or struck off.
    // The request may follow a clause of its own ("my boss would like to attend, could you
    // register her?").
    let opener = clauses(&lower).iter().any(|c| {
        REQUEST_OPENERS
            .iter()
            .any(|p| c.starts_with(p) || c.contains(&format!("please {p}")))
    });
    let asks = |lexicon: &Lexicon, skip_possessive: bool| {
        if opener {
            read.positive(lexicon, skip_possessive)
        } else {
            // The sender must be who the clause registers: in "bevor ich mich anmelde: …
            // oder können auch Mitarbeitende teilnehmen?" the "mich" asks for nothing.
            read.positive_with(lexicon, skip_possessive, ME_OBJECT)
        }
    };
    let acts = || {
        opener
            && clauses(&lower).iter().any(|c| {
                REQUEST_OPENERS.iter().any(|p| c.starts_with(p)) && Read::new(c).mentions(&ACTING)
            })
    };
    !(asks(&REQUESTING, true) || asks(&CANCELLING, false) || acts() || super::reserves(read))
}

/// The lowercased words of `sentence` before an opener of an indirect question ("I wonder",
/// "ich möchte fragen"), if it has one after some words.
pub(super) fn before_question_opener(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    let at = QUESTION_OPENERS
        .iter()
        .filter_map(|p| lower.find(p))
        .min()?;
    let head = lower.get(..at)?.trim();
    (!head.is_empty()).then(|| head.to_string())
}

/// The statement before a dash in a sentence that ends as a question ("I'd like to come – I
/// assume this mail counts as registration?"), when there is one.
pub(super) fn statement_before_dash(sentence: &str) -> Option<&str> {
    [" – ", " — ", " - "]
        .iter()
        .filter_map(|d| sentence.split_once(d).map(|(head, _)| head.trim()))
        .find(|head| {
            !head.is_empty()
                && !head.ends_with('?')
                && !sentences::words(head)
                    .iter()
                    .any(|w| CONDITIONS.contains(&w.as_str()))
        })
}

/// The clause that gives a reason at the head of a question ("As I would like to take part on
/// both days, is there parking?", "Kadangi norėčiau dalyvauti abi dienas, ar …"), without its
/// opening word(s).
pub(super) fn reason_before_question(sentence: &str) -> Option<String> {
    let cs = clauses(sentence);
    if cs.len() < 2 {
        return None;
    }
    let first = sentences::words(cs.first()?);
    let skip = match first.as_slice() {
        [a, b, ..] if matches!((a.as_str(), b.as_str()), ("tā", "kā") | ("так", "как")) => {
            2
        }
        [a, ..] if BECAUSE.contains(&a.as_str()) && !matches!(a.as_str(), "tā" | "так") => 1,
        _ => return None,
    };
    Some(first.get(skip..)?.join(" "))
}

/// Whether the sentence gives the reason for a question asked ("Pytam, bo bez dofinansowania
/// nie damy rady przyjechać"): it cancels nothing.
pub(super) fn explains_asking(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase();
    ASKING_BECAUSE.iter().any(|p| lower.starts_with(p))
}
