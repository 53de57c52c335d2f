//! The words that name someone other than the sender — a colleague, the sender's head, a
//! member of staff — with each entry also as typed without its diacritics ("kolege",
//! "pa vegne af", "geschaftsfuhrer", "vadovas"): a phone mail that finds the intent must find
//! the person it registers too. The intent word lists are folded the same way (see
//! `phrases::plain`).

use std::sync::LazyLock;

use super::super::lexicon::COLLEAGUE as COLLEAGUE_WORDS;
use super::super::lexicon::behalf::{OUR_HEAD as OUR_HEAD_WORDS, STAFF as STAFF_WORDS};
use super::super::phrases::{AnyOfOwned, plain_forms};

/// [`super::super::lexicon::COLLEAGUE`] with its plain forms.
pub(super) static COLLEAGUE: LazyLock<Vec<String>> = LazyLock::new(|| folded(COLLEAGUE_WORDS));
/// [`super::super::lexicon::behalf::OUR_HEAD`] with its plain forms.
pub(super) static OUR_HEAD: LazyLock<Vec<String>> = LazyLock::new(|| folded(OUR_HEAD_WORDS));
/// [`super::super::lexicon::behalf::STAFF`] with its plain forms.
pub(super) static STAFF: LazyLock<Vec<String>> = LazyLock::new(|| folded(STAFF_WORDS));

/// [`COLLEAGUE`] and [`OUR_HEAD`] in one automaton: a text names a colleague or someone above
/// the sender.
pub(in crate::understand) static COLLEAGUE_OR_HEAD_ANY: LazyLock<AnyOfOwned> =
    LazyLock::new(|| AnyOfOwned::new(COLLEAGUE.iter().chain(OUR_HEAD.iter()).cloned().collect()));
/// [`COLLEAGUE`] and [`STAFF`] in one automaton: a text names a colleague or a member of staff
/// ("meine Kollegin faehrt fuer uns", typed without diacritics, as "meine Kollegin fährt").
pub(in crate::understand) static COLLEAGUE_OR_STAFF_ANY: LazyLock<AnyOfOwned> =
    LazyLock::new(|| AnyOfOwned::new(COLLEAGUE.iter().chain(STAFF.iter()).cloned().collect()));
/// [`STAFF`] in one automaton.
pub(super) static STAFF_ANY: LazyLock<AnyOfOwned> =
    LazyLock::new(|| AnyOfOwned::new(STAFF.to_vec()));

/// Each entry of `list`, then its plain forms where they differ ("fährt": "fahrt", "faehrt").
pub(in crate::understand) fn folded(list: &[&str]) -> Vec<String> {
    list.iter()
        .flat_map(|e| std::iter::once(e.to_string()).chain(plain_forms(e)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_entry_is_kept_and_found_without_its_diacritics() {
        let has = |list: &[String], w: &str| list.iter().any(|e| e == w);
        assert!(has(&COLLEAGUE, "kolēģ") && has(&COLLEAGUE, "kolleg"));
        assert!(has(&COLLEAGUE, "på vegne af") && has(&COLLEAGUE, "pa vegne af"));
        assert!(has(&COLLEAGUE, "nimissa") && has(&COLLEAGUE, "varda"));
        assert!(has(&STAFF, "stazyst") && has(&STAFF, "tootaja"));
        assert!(has(&OUR_HEAD, "unser geschaftsfuhrer"));
        assert!(has(&OUR_HEAD, "unser geschaeftsfuehrer"));
    }
}
