//! Saying yes without a word of registering: counting who of "us" comes, and coming now that
//! a hindrance is gone.

use super::super::lexicon::clauses::{HOW_MANY_OF_US, ME_FIRST, WE_OURS};
use super::sentences::{self, Read};
use super::{AFTER_ALL_ANY, ATTENDING};

/// Whether the sentence counts who of "us" comes, the sender first ("We'll be two from our
/// side: myself and …", "no mūsu puses būsim divi – es un …", "Vi blir tre: jag, …"): the
/// number just before a colon or dash, "we" or "our" before it, "me" right after it.
pub(super) fn counts_us_in(sentence: &str) -> bool {
    if !sentence.contains([':', '–', '—', '-']) {
        return false;
    }
    let lower = sentence.to_lowercase();
    [":", " – ", " — ", " - "].iter().any(|sep| {
        let Some((head, tail)) = lower.split_once(sep) else {
            return false;
        };
        let head = sentences::words(head);
        let last = head.get(head.len().saturating_sub(4)..).unwrap_or(&[]);
        last.iter().any(|w| HOW_MANY_OF_US.contains(&w.as_str()))
            && head.iter().any(|w| WE_OURS.contains(&w.as_str()))
            && sentences::words(tail)
                .first()
                .is_some_and(|w| ME_FIRST.contains(&w.as_str()))
    })
}

/// Whether the sentence says the sender can come now that a hindrance is gone ("so I can
/// finally say yes", "så nu kan jag komma ändå", "joten pääsen sittenkin tulemaan"): yes.
pub(super) fn comes_after_all(sentence: &str, read: &Read) -> bool {
    read.mentions(&ATTENDING)
        && AFTER_ALL_ANY.in_text(&sentence.to_lowercase())
        && read.positive(&ATTENDING, false)
}
