//! The event's days in a sentence: one named ("on the second day", "teisel päeval"), one struck
//! off without a verb of coming, and a colleague taking the sender's place on one day only.

use super::super::lexicon::attendance::{DAYS, WHICH_DAY};
use super::super::lexicon::stance::negates;
use super::lexicons::INSTEAD_OF_ME_ANY;
use super::sentences::{Read, sentences};

/// Whether a clause strikes off one of the event's days without a verb of coming ("antrą
/// dieną negalėsiu", "am zweiten Tag kann ich nicht", "the second day I can't").
pub(super) fn refuses_a_day(read: &Read) -> bool {
    read.clause_words().any(|c| {
        let has = |list: &[&str]| c.iter().any(|w| list.contains(&w.as_str()));
        has(DAYS)
            && c.iter()
                .any(|w| WHICH_DAY.contains(&w.as_str()) && !w.bytes().all(|b| b.is_ascii_digit()))
            && c.iter().any(|w| negates(w))
    })
}

/// Whether the sentence names one of the event's days ("on the second day", "teisel päeval"),
/// not a date ("2–3 June").
pub(super) fn names_a_day(read: &Read) -> bool {
    read.words().any(|w| DAYS.contains(&w))
        && read
            .words()
            .any(|w| WHICH_DAY.contains(&w) && !w.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether someone takes the sender's place on one day only ("Minu asemel tuleb teisel päeval
/// kolleeg …", "on the second day my colleague comes instead of me"): the sender keeps the
/// other day, which updates their registration besides the substitution.
pub fn substitutes_for_one_day(own: &str) -> bool {
    let own = super::super::decode::cut_str(own, 16 * 1024);
    sentences(own)
        .iter()
        .any(|(_, s)| INSTEAD_OF_ME_ANY.in_text(&s.to_lowercase()) && names_a_day(&Read::new(s)))
}
