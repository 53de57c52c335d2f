//! "Instead": whether a sentence puts the people it names in the sender's place ("register
//! A instead of me", "A (a@…) comes instead").

use super::super::lexicon::behalf::{INSTEAD, INSTEAD_OF_ME};
use super::text::at_every_full_stop;

/// Whether a sentence puts the people it names in the sender's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Instead {
    No,
    /// "instead", which needs a request to register in the same sentence.
    Alone,
    /// "instead of me", "in my place".
    OfMe,
}

/// A lowercase sentence without its "instead (of me)" words, and which it had.
pub(super) fn without_instead(lower: &str) -> (String, Instead) {
    let mut text = lower.to_string();
    let mut found = Instead::No;
    for (list, kind) in [(INSTEAD_OF_ME, Instead::OfMe), (INSTEAD, Instead::Alone)] {
        for phrase in list {
            if text.contains(phrase) {
                if found == Instead::No {
                    found = kind;
                }
                text = text.replace(phrase, " ");
            }
        }
    }
    (text, found)
}

/// [`says_instead`] over a whole text.
pub fn says_instead_in(own: &str) -> bool {
    let own = super::super::decode::cut_str(own, super::super::decode::READ_BYTES);
    says_instead(&own.lines().collect::<Vec<_>>())
}

/// Whether a sentence that names someone with an address says they come instead of the
/// sender. Cut at every full stop, dates too (not a title's: "Dr. A"): "Instead, could you
/// register my colleague for 2–3. June, A (a@…)" in a first mail names no place of the
/// sender's to give up, and which first mail does (one from someone registered) the intents
/// cannot tell yet; the piece with the address must say "instead" itself.
pub(super) fn says_instead(lines: &[&str]) -> bool {
    lines.iter().take(200).any(|line| {
        line.split_inclusive(['!', '?'])
            .flat_map(at_every_full_stop)
            .take(20)
            .any(|sentence| {
                sentence.contains('@') && without_instead(&sentence.to_lowercase()).1 != Instead::No
            })
    })
}
