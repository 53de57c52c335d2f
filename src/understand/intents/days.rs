//! The event's days in a sentence: one named ("on the second day", "teisel päeval"), one struck
//! off without a verb of coming, and a colleague taking the sender's place on one day only.

use super::super::lexicon::attendance::{DAYS, WHICH_DAY};
use super::super::lexicon::stance::{NOT_UNTIL, ONLY, negates};
use super::lexicons::{ATTENDING, CANCELLING, INSTEAD_OF_ME_ANY};
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

/// Whether a sentence of a registered sender keeps one day ("I can only come on the first day")
/// or strikes one off ("please don't count me on the second day"): that updates the
/// registration. `cancels`: the sentence asks to cancel.
pub(super) fn keeps_or_strikes_days(read: &Read, cancels: bool) -> bool {
    let which = read.words().any(|w| WHICH_DAY.contains(&w));
    let only = read.words().any(|w| ONLY.contains(&w))
        || (which && read.words().any(|w| NOT_UNTIL.contains(&w)));
    // The day named in the clause that cancels: "melde fra – min datter skal opereres den 2.
    // juni" gives the reason for cancelling it all.
    let struck = cancels && read.positive_with(&CANCELLING, false, DAYS);
    // "ich muss meine Teilnahme am 2. und 3. Juni absagen" strikes off both days.
    let mut named = read.words().filter(|w| WHICH_DAY.contains(w));
    let one_day = named.next().is_some_and(|first| named.all(|w| w == first));
    only || (which
        && ((struck && one_day) || read.refused_with(&ATTENDING, DAYS) || refuses_a_day(read)))
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
    let own = super::super::decode::cut_str(own, super::super::decode::READ_BYTES);
    sentences(own)
        .iter()
        .any(|(_, s)| INSTEAD_OF_ME_ANY.in_text(&s.to_lowercase()) && names_a_day(&Read::new(s)))
}
