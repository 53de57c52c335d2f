//! A fixed list of phrases looked for in a text with one automaton: one pass over the text
//! instead of one substring search per phrase (each search builds a searcher of its own, which
//! for short sentences costs more than the search).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// `list.iter().any(|p| text.contains(p))`, answered by an automaton built on first use.
pub struct AnyOf {
    list: &'static [&'static str],
    automaton: OnceLock<Option<AhoCorasick>>,
}

impl AnyOf {
    pub const fn new(list: &'static [&'static str]) -> Self {
        Self {
            list,
            automaton: OnceLock::new(),
        }
    }

    /// True when any phrase of the list occurs in `text` (as a substring, as `str::contains`).
    pub fn in_text(&self, text: &str) -> bool {
        // The automaton cannot fail to build for lists of this size; if it did, each phrase
        // is looked for in turn: slower, same answer.
        match self.automaton() {
            Some(automaton) => automaton.is_match(text),
            None => self.list.iter().any(|p| text.contains(p)),
        }
    }

    /// Where the first phrase of the list begins in `text` (the leftmost start of any of
    /// them), as `list.iter().filter_map(|p| text.find(p)).min()` answers.
    pub fn first_at(&self, text: &str) -> Option<usize> {
        match self.automaton() {
            Some(automaton) => automaton.find(text).map(|m| m.start()),
            None => self.list.iter().filter_map(|p| text.find(p)).min(),
        }
    }

    fn automaton(&self) -> Option<&AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                // A contiguous NFA: a DFA searches a little faster but takes milliseconds to
                // build, and each list is built once per process for short texts.
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostFirst)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(self.list)
                    .ok()
            })
            .as_ref()
    }
}

/// [`AnyOf`] for a list made at run time (a word list with its plain forms, see
/// `behalf::folded`): `list.iter().any(|p| text.contains(p))` by one automaton.
pub struct AnyOfOwned {
    list: Vec<String>,
    automaton: Option<AhoCorasick>,
}

impl AnyOfOwned {
    pub fn new(list: Vec<String>) -> Self {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&list)
            .ok();
        Self { list, automaton }
    }

    /// True when any phrase of the list occurs in `text` (as a substring).
    pub fn in_text(&self, text: &str) -> bool {
        match &self.automaton {
            Some(automaton) => automaton.is_match(text),
            None => self.list.iter().any(|p| text.contains(p.as_str())),
        }
    }
}

/// `text` in plain letters, as a phone types it (æ as "ae", å and ä as "a", ø, ö and õ as
/// "o", ł as "l", č as "c" …), when that differs from it. The intent word lists (see
/// `intents::matching`) and the lists that find who is registered (`behalf::folded`) are
/// matched in both forms.
pub fn plain(text: &str) -> Option<String> {
    if text.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            'å' | 'ä' | 'ā' | 'ą' => out.push('a'),
            'ø' | 'ö' | 'õ' | 'ó' => out.push('o'),
            'ü' | 'ū' | 'ų' => out.push('u'),
            'ē' | 'ę' | 'ė' | 'é' => out.push('e'),
            'ī' | 'į' => out.push('i'),
            'č' | 'ć' => out.push('c'),
            'š' | 'ś' => out.push('s'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ģ' => out.push('g'),
            'ķ' => out.push('k'),
            'ļ' | 'ł' => out.push('l'),
            'ņ' | 'ń' => out.push('n'),
            _ => out.push(c),
        }
    }
    (out != text).then_some(out)
}

/// `text` as German is typed without its umlauts ("fährt" as "faehrt", "für" as "fuer", "groß"
/// as "gross"), when that differs from it: the other plain form beside [`plain`]'s ("fahrt",
/// "fur"). The intent word lists and the lists that find who is registered are matched in
/// both forms.
pub fn german_plain(text: &str) -> Option<String> {
    if !text.contains(['ä', 'ö', 'ü', 'ß']) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            _ => out.push(c),
        }
    }
    Some(out)
}

/// `text`'s plain forms (see [`plain`], [`german_plain`]), each once and none equal to it.
pub fn plain_forms(text: &str) -> impl Iterator<Item = String> + use<> {
    let one = plain(text);
    let german = german_plain(text).filter(|g| Some(g) != one.as_ref());
    one.into_iter().chain(german)
}

/// Whether `part` stands in `word` with a hyphen after it ("klasteris-" in
/// "klasteris-asociacija"), without building the pattern string.
pub fn hyphen_after(word: &str, part: &str) -> bool {
    word.match_indices(part).any(|(i, _)| {
        word.get(i + part.len()..)
            .is_some_and(|r| r.starts_with('-'))
    })
}

#[cfg(test)]
mod tests {
    use super::{AnyOf, plain_forms};

    #[test]
    fn german_is_folded_both_as_a_phone_types_it_and_with_e() {
        let forms = |w: &str| plain_forms(w).collect::<Vec<_>>();
        assert_eq!(forms("fährt"), ["fahrt", "faehrt"]);
        assert_eq!(forms("für uns"), ["fur uns", "fuer uns"]);
        assert_eq!(forms("größe"), ["grosse", "groesse"]);
        // Nordic and Baltic letters keep their one plain form.
        assert_eq!(forms("åker"), ["aker"]);
        assert_eq!(forms("kolēģe"), ["kolege"]);
        assert!(forms("kommt").is_empty());
    }

    static LIST: AnyOf = AnyOf::new(&["for years", "seit ", "jau ", "ž"]);

    #[test]
    fn answers_as_contains_does() {
        for text in [
            "we have worked abroad for years now",
            "seit 2014 im ausland",
            "mēs jau strādājam",
            "už",
            "seit",
            "",
            "for year",
        ] {
            let expected = ["for years", "seit ", "jau ", "ž"]
                .iter()
                .any(|p| text.contains(p));
            assert_eq!(LIST.in_text(text), expected, "{text:?}");
        }
    }

    #[test]
    fn first_at_is_the_leftmost_start_of_any_phrase() {
        for text in [
            "jau seit 2014",
            "seit jau",
            "for years seit",
            "nothing",
            "už seit",
        ] {
            let expected = ["for years", "seit ", "jau ", "ž"]
                .iter()
                .filter_map(|p| text.find(p))
                .min();
            assert_eq!(LIST.first_at(text), expected, "{text:?}");
        }
    }

    #[test]
    fn an_empty_phrase_matches_everything_as_contains_does() {
        static EMPTY: AnyOf = AnyOf::new(&["", "x"]);
        assert!(EMPTY.in_text("abc"));
        assert!(EMPTY.in_text(""));
    }
}
