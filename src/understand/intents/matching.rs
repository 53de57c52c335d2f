//! Word lists made ready for matching: where a stem or a phrase hits a clause's words.

use aho_corasick::AhoCorasick;
// Looked up for every word of every clause: a fast hasher (the maps are built from the
// word lists, not from mail, so there is nothing to flood).
use foldhash::{HashMap, HashMapExt, HashSet};

use super::super::lexicon::intents::{
    FALSE_FRIEND_STEMS, FALSE_FRIENDS, LISTS, PARTICIPANT_NOUNS, PHRASE_FILLERS, SELF_WORDS,
    SUBJECT_PRONOUNS, THING_NOUNS,
};
use super::super::phrases::plain;

/// A word list made ready for matching, built once per list (a `LazyLock` where it is used):
/// stems of five letters or more are found inside a word, shorter ones only as a whole word,
/// and phrases are looked up by their first word. Matching every word against every entry
/// of every list, clause after clause, was most of what `regbot parse` spent its time on.
pub struct Lexicon {
    whole: HashSet<String>,
    inside: Vec<String>,
    /// `inside` as one automaton: a word is scanned once, not once per stem (`None` only if
    /// the automaton could not be built; then the stems are tried one by one).
    inside_any: Option<AhoCorasick>,
    phrases: HashMap<String, Vec<Vec<String>>>,
    /// German separable verbs: the verb, and the particle that ends its clause ("ich melde
    /// zwei Kollegen an", "ich sage hiermit ab"). The hit is the verb.
    separable: Vec<(&'static str, &'static str)>,
    /// Words of coming and registering: a hit followed by "aus", "from", "back" … is something
    /// else ("ich komme aus Hamburg"). Other lists take no notice: "zrezygnować z udziału"
    /// cancels.
    pub(super) attendance: bool,
    /// Nouns for the participants ask for nothing (see `PARTICIPANT_NOUNS`).
    persons_ask_nothing: bool,
    /// Phrases that name no one ("være med", "dabei sein"): they count only in a sentence
    /// where the sender speaks of themselves ("jeg vil gjerne være med"), not in one about
    /// others ("nettverk det lønner seg å være med i").
    personal: Vec<Vec<String>>,
}

impl Lexicon {
    pub fn new(stems: &[&'static str], phrases: &[&'static str]) -> Lexicon {
        let (mut inside, mut whole): (Vec<String>, Vec<String>) = stems
            .iter()
            .map(|s| s.to_string())
            .partition(|s| s.chars().nth(4).is_some());
        // Typed without diacritics ("vaere med pa workshopen", "pieteikties" as "pieteikties"):
        // long stems and phrases also in plain letters; short words not ("idé" would be "ide").
        inside.extend(
            inside
                .iter()
                .filter_map(|s| plain(s))
                .filter(|p| !PLAIN_CLASHES.contains(&p.as_str()))
                .filter(|s| s.chars().nth(4).is_some())
                .collect::<Vec<_>>(),
        );
        whole.extend(
            whole
                .iter()
                .filter_map(|s| plain(s))
                .filter(|p| !PLAIN_CLASHES.contains(&p.as_str()))
                .filter(|s| s.chars().nth(4).is_some())
                .collect::<Vec<_>>(),
        );
        let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        let all = phrases.iter().map(|p| p.to_string()).chain(
            phrases
                .iter()
                .filter(|p| p.contains(' '))
                .flat_map(|p| [plain(p), nordic_plain(p)].into_iter().flatten()),
        );
        for phrase in all {
            let p: Vec<String> = phrase.split(' ').map(str::to_string).collect();
            if let Some(first) = p.first() {
                by_first.entry(first.clone()).or_default().push(p);
            }
        }
        Lexicon {
            whole: whole.into_iter().collect(),
            inside_any: AhoCorasick::new(&inside).ok(),
            inside,
            phrases: by_first,
            separable: Vec::new(),
            attendance: false,
            persons_ask_nothing: false,
            personal: Vec::new(),
        }
    }

    /// The same list where `phrases` need the sender in the sentence (see `personal`).
    pub fn with_personal(self, phrases: &[&str]) -> Lexicon {
        Lexicon {
            personal: phrases
                .iter()
                .map(|p| p.split(' ').map(str::to_string).collect())
                .collect(),
            ..self
        }
    }

    /// The same list with `phrases` made at run time (see `lexicons::person_phrases`), matched
    /// as the others, without their plain forms.
    pub fn with_phrases(mut self, phrases: &[String]) -> Lexicon {
        for phrase in phrases {
            let p: Vec<String> = phrase.split(' ').map(str::to_string).collect();
            if let Some(first) = p.first() {
                self.phrases.entry(first.clone()).or_default().push(p);
            }
        }
        self
    }

    /// The same list where nouns for the participants ask for nothing: in a request asked as
    /// a question ("Voisitteko kertoa, jaetaanko materiaalit osallistujille?") they are the
    /// people the question is about. Not before a list ("legge meg til på deltakerlisten").
    pub fn without_participants(self) -> Lexicon {
        Lexicon {
            persons_ask_nothing: true,
            ..self
        }
    }

    /// The same list with German separable verbs (see `separable`).
    pub fn with_separable(self, separable: &[(&'static str, &'static str)]) -> Lexicon {
        Lexicon {
            separable: separable.to_vec(),
            ..self
        }
    }

    /// A list of coming and registering words (see `attendance`).
    pub fn attendance(stems: &[&'static str], phrases: &[&'static str]) -> Lexicon {
        Lexicon {
            attendance: true,
            ..Lexicon::new(stems, phrases)
        }
    }

    /// Whether one of the list's long stems occurs inside `word`.
    fn has_stem_inside(&self, word: &str) -> bool {
        // Stems found inside a word have five letters or more: a shorter word holds none.
        if word.len() < 5 {
            return false;
        }
        match &self.inside_any {
            Some(automaton) => automaton.is_match(word),
            None => self.inside.iter().any(|s| inside(word, s)),
        }
    }

    /// Where the list hits `words`: (first word, one past the last word) of each hit.
    pub fn hits(&self, words: &[String]) -> Vec<(usize, usize)> {
        self.hits_in(words, words)
    }

    /// [`Lexicon::hits`] in a clause of `sentence`, whose words tell whether the sender
    /// speaks of themselves (see `personal`).
    pub fn hits_in(&self, words: &[String], sentence: &[String]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let speaks_of_self = || sentence.iter().any(|w| SELF_WORDS.contains(&w.as_str()));
        let last = words.last().map(String::as_str);
        for (i, w) in words.iter().enumerate() {
            // "the participants" names people; it asks for nothing ("jaetaanko materiaalit
            // osallistujille?", "Teilnehmerliste").
            // "jeg deltager", "deltager vi" are the verb (take part), not the noun.
            let subject_next = |at: Option<usize>| {
                at.and_then(|b| words.get(b))
                    .is_some_and(|b| SUBJECT_PRONOUNS.contains(&b.as_str()))
            };
            // "Jeg rejser til Tallinn og deltager i forummet": after "og" the verb keeps the
            // clause's subject.
            let subject_carried = i > 0
                && words
                    .get(i - 1)
                    .is_some_and(|a| matches!(a.as_str(), "og" | "och"))
                && words
                    .get(..i - 1)
                    .is_some_and(|b| b.iter().any(|x| SUBJECT_PRONOUNS.contains(&x.as_str())));
            let person = self.persons_ask_nothing
                && PARTICIPANT_NOUNS.iter().any(|p| w.starts_with(p))
                && !subject_next(i.checked_sub(1))
                && !subject_next(Some(i + 1))
                && !subject_carried
                && !words
                    .get(i..(i + 2).min(words.len()))
                    .unwrap_or(&[])
                    .iter()
                    .any(|x| x == "list" || LISTS.iter().any(|l| x.contains(l)));
            // The automaton first: few words hold a stem, and the two exception lists are
            // long (each word compared with every entry was a tenth of `regbot parse`).
            let inside_hit = || {
                self.has_stem_inside(w)
                    && !FALSE_FRIENDS.contains(&w.as_str())
                    && !FALSE_FRIEND_STEMS.iter().any(|f| w.starts_with(f))
                    && !THING_NOUNS.iter().any(|t| w.starts_with(t))
            };
            if !person && (self.whole.contains(w.as_str()) || inside_hit()) {
                out.push((i, i + 1));
            }
            let separated = |(verb, particle): &(&str, &str)| {
                w == verb && i + 1 < words.len() && last == Some(*particle)
            };
            if self.separable.iter().any(separated) {
                out.push((i, i + 1));
            }
            for p in self.phrases.get(w.as_str()).into_iter().flatten() {
                // "… lønner seg å være med i": an infinitive about others. A bare phrase
                // stays ("blir gjerne med til riga", typed without the pronoun).
                let infinitive = i
                    .checked_sub(1)
                    .and_then(|b| words.get(b))
                    .is_some_and(|b| ["å", "att", "at", "zu", "to"].contains(&b.as_str()));
                if infinitive && self.personal.contains(p) && !speaks_of_self() {
                    continue;
                }
                if let Some(end) = phrase_end(words, i, p) {
                    out.push((i, end));
                }
            }
        }
        out
    }
}

/// One past the last word of phrase `p` when it starts at `words[at]`. Adverbs that soften a
/// phrase may stand inside it ("blir gjerne med", "I'll definitely be there"): they are
/// skipped between the phrase's words, never before its first.
fn phrase_end(words: &[String], at: usize, p: &[String]) -> Option<usize> {
    let mut i = at;
    for (k, want) in p.iter().enumerate() {
        if k > 0 {
            while words
                .get(i)
                .is_some_and(|w| w != want && PHRASE_FILLERS.contains(&w.as_str()))
            {
                i += 1;
            }
        }
        if words.get(i).is_none_or(|w| w != want) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// Plain-letter forms of stems that are other words of their own: "änder" typed plain is
/// "ander" (German "other", "anders"), "ändra" is "andra" (Swedish "second", "other").
const PLAIN_CLASHES: &[&str] = &["ander", "andra", "andern"];

/// `text` as Danes and Norwegians type it without their letters ("skriv mig paa", "frisk
/// paa", "hoere"): å as "aa", ø as "oe", æ as "ae"; when `text` has one of them (the other
/// letters as [`plain`] writes them).
fn nordic_plain(text: &str) -> Option<String> {
    if !text.contains(['å', 'ø', 'æ']) {
        return None;
    }
    let doubled = text.replace('å', "aa").replace('ø', "oe");
    Some(plain(&doubled).unwrap_or(doubled))
}

/// Whether `stem` occurs in `word`. Bytes compared directly: UTF-8 never matches a character's
/// bytes out of step, and building a string searcher for two short words costs more.
fn inside(word: &str, stem: &str) -> bool {
    let (w, s) = (word.as_bytes(), stem.as_bytes());
    w.len() >= s.len() && w.windows(s.len()).any(|x| x.first() == s.first() && x == s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_automaton_finds_a_stem_inside_a_word_exactly_where_the_stems_one_by_one_do() {
        let list = Lexicon::new(&["registr", "anmeld", "pieteik", "dalyvau", "ir"], &[]);
        assert!(list.inside_any.is_some());
        let one_by_one = |w: &str| list.inside.iter().any(|s| inside(w, s));
        for word in [
            "registration",
            "preregistered",
            "anmelden",
            "pieteikties",
            "pieteikšanās",
            "dalyvauti",
            "dalyvausiu",
            "register",
            "ir",
            "hello",
            "",
            "anmel",
            "registr",
        ] {
            assert_eq!(list.has_stem_inside(word), one_by_one(word), "{word}");
        }
        // Short stems are whole words only, never inside one.
        assert!(!list.has_stem_inside("first"));
        // Plain-letter forms of long stems are found too ("pieteikt" typed without diacritics).
        let plain = Lexicon::new(&["pieteikšan"], &[]);
        assert!(plain.has_stem_inside("pieteiksanas"));
    }
}
