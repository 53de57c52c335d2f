//! Values a sender states in their own sentences: "my name is Anna Bērziņa", "actually I work
//! for Baltic Wood Cluster", "I'm with Green Marine, Denmark", "the country is Estonia" — in
//! the region's eleven languages (cues in `lexicon::stated`).
//!
//! A registration takes them where nothing better exists; a correction takes them over the
//! signature, which often still shows what the sender is correcting.

use super::super::countries::{
    country_named, country_of_city, country_of_town_left, is_place_line,
};
use super::super::lexicon::fields::{LEGAL_FORMS, NAME_TITLES};
use super::super::lexicon::stated::{
    AS_REPRESENTATIVE_CUES, AS_TITLE, BUT, CHANGED_TO, COUNTRY_CUES, ELATIVE_ET, ELATIVE_FI,
    HEADCOUNT, I_AM, ILLATIVE_ET, ILLATIVE_FI, INTRODUCTION, NAME_CUES, NOT, ORGANISATION_CUES,
    ORGANISATION_FIELD, REPRESENTATIVE, TRAILING, WORKS_AS,
};
use super::super::phrases::AnyOf;
use super::names;
use super::organisation::organisation_end;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// What the sender states in running text; `None` where a field is not stated.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stated {
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
}

impl Stated {
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.organisation.is_none() && self.country.is_none()
    }
}

/// `text` lowercased char by char where that keeps each char's byte length, so that byte
/// offsets found in the copy are offsets in `text` too.
fn aligned_lower(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(one), None) if one.len_utf8() == c.len_utf8() => one,
                _ => c,
            }
        })
        .collect()
}

/// The cue lists of stated values (`lexicon::stated`). A text is scanned once for the cues of
/// every list (see [`Scan`]) instead of once per list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Name,
    Organisation,
    Country,
    AsRepresentative,
    AsTitle,
    Introduction,
    Headcount,
}

impl Cue {
    const ALL: [Cue; 7] = [
        Cue::Name,
        Cue::Organisation,
        Cue::Country,
        Cue::AsRepresentative,
        Cue::AsTitle,
        Cue::Introduction,
        Cue::Headcount,
    ];

    fn list(self) -> &'static [&'static str] {
        match self {
            Cue::Name => NAME_CUES,
            Cue::Organisation => ORGANISATION_CUES,
            Cue::Country => COUNTRY_CUES,
            Cue::AsRepresentative => AS_REPRESENTATIVE_CUES,
            Cue::AsTitle => AS_TITLE,
            Cue::Introduction => INTRODUCTION,
            Cue::Headcount => HEADCOUNT,
        }
    }
}

/// Every cue of every list in one automaton, with the list each of its patterns is from,
/// built once. Cues of one letter are no cues.
static CUES: LazyLock<Option<(AhoCorasick, Vec<Cue>)>> = LazyLock::new(|| {
    let (lists, cues): (Vec<Cue>, Vec<&str>) = Cue::ALL
        .iter()
        .flat_map(|&list| {
            list.list()
                .iter()
                .filter(|c| c.chars().nth(1).is_some())
                .map(move |&c| (list, c))
        })
        .unzip();
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&cues)
        .ok()?;
    Some((automaton, lists))
});

/// A lowercase text (see [`aligned_lower`]) with every cue found in it where a word starts:
/// (list, start of the cue, start of the value after it), earliest first, and for one start
/// the longest cue first.
pub(super) struct Scan<'a> {
    lower: &'a str,
    hits: Vec<(Cue, usize, usize)>,
}

impl<'a> Scan<'a> {
    fn new(lower: &'a str) -> Self {
        let Some((automaton, lists)) = CUES.as_ref() else {
            return Scan {
                lower,
                hits: Vec::new(),
            };
        };
        let word_start = |at: usize| {
            lower
                .get(..at)
                .and_then(|before| before.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric())
        };
        let mut hits: Vec<(Cue, usize, usize)> = automaton
            .find_overlapping_iter(lower)
            .filter(|m| word_start(m.start()))
            .map(|m| (lists[m.pattern().as_usize()], m.start(), m.end()))
            .collect();
        hits.sort_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)));
        Scan { lower, hits }
    }

    /// Where the cues of `list` occur: (start of the cue, start of the value after it), in
    /// the order of [`Scan`].
    fn of(&self, list: Cue) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.hits
            .iter()
            .filter(move |h| h.0 == list)
            .map(|h| (h.1, h.2))
    }
}

/// The text after a cue without separators (":", dashes, opening quotes, spaces).
fn value_start(rest: &str) -> &str {
    rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '"' | '„' | '«' | '“')
    })
}

/// A full name right at the start of `rest`: two to four capitalised words.
fn name_at(rest: &str) -> Option<String> {
    let mut words = Vec::new();
    for w in value_start(rest).split_whitespace() {
        let bare = w.trim_end_matches([',', '.', ';', '!', '?', '"', '“', '”', ')']);
        let word = bare.chars().next().is_some_and(char::is_uppercase)
            && bare
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
        if !word || words.len() == 4 {
            break;
        }
        words.push(bare);
        let title = NAME_TITLES.contains(&w.to_lowercase().as_str());
        if bare.len() != w.len() && !title {
            break;
        }
    }
    let name = names::strip_titles(&words.join(" "));
    (name.split_whitespace().count() >= 2).then_some(name)
}

/// An organisation's name right at the start of `rest`, up to where its clause ends; what
/// follows a comma may be the country ("I'm with Green Marine, Denmark").
fn organisation_at(rest: &str) -> Option<(String, Option<String>)> {
    let mut quoted = opens_quote(rest);
    let rest = value_start(rest);
    // "na pełną: Fundacja …", "to the full one: …": a few lowercase words before a colon.
    let rest = match rest.split_once(':') {
        Some((head, tail))
            if head.split_whitespace().count() <= 3
                && head
                    .split_whitespace()
                    .all(|w| w.chars().all(|c| c.is_lowercase())) =>
        {
            quoted = opens_quote(tail);
            value_start(tail)
        }
        _ => rest,
    };
    // A name in quotes is the whole name: "«Ассоциация малого и среднего бизнеса»".
    if let Some(quoted) = quoted.then(|| quoted_at(rest)).flatten() {
        let capitalised = quoted.chars().next().is_some_and(char::is_uppercase);
        // "biedrībā "Zemgales Uzņēmēju centrs", Jelgava": the town after the closing quote.
        let country = rest
            .get(quoted.len()..)
            .map(|a| a.trim_start_matches(['”', '“', '»', '"']))
            .and_then(|a| a.strip_prefix(','))
            .and_then(|a| a.split(['\n', '.', ',', ';', '!', ')']).next())
            .map(str::trim)
            .filter(|piece| piece.split_whitespace().count() <= 2)
            .and_then(|piece| country_named(piece).or_else(|| country_of_city(piece)));
        return (capitalised && quoted.split_whitespace().count() <= 10)
            .then(|| (quoted.to_string(), country));
    }
    let end = organisation_end(rest);
    let mut words: Vec<&str> = rest.get(..end)?.split_whitespace().collect();
    if words
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "die" | "der" | "das"))
    {
        words.remove(0);
    }
    while words
        .last()
        .is_some_and(|w| TRAILING.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    // "Klaster Włókien Technicznych z Łodzi": the town after the name is no part of it, and
    // gives the country.
    let mut town_country = None;
    // "… Industries Cluster in the UK", "… Network in the Netherlands": a country after an
    // article.
    if words.len() >= 4
        && let [.., prep, the, place] = words.as_slice()
        && matches!(prep.to_lowercase().as_str(), "in" | "from")
        && the.eq_ignore_ascii_case("the")
        && let Some(code) = country_named(place.trim_matches(|c: char| !c.is_alphanumeric()))
    {
        town_country = Some(code);
        words.truncate(words.len() - 3);
    }
    if words.len() >= 3
        && let [.., from, town] = words.as_slice()
        && [
            "z", "ze", "from", "aus", "från", "fra", "iš", "no", "из", "in", "i",
        ]
        .contains(&from.to_lowercase().as_str())
    {
        let town = town.trim_matches(|c: char| !c.is_alphanumeric());
        if is_place_line(town) {
            town_country = country_named(town).or_else(|| country_of_city(town));
            words.truncate(words.len() - 2);
        }
    }
    // "SIA "Baltic Logistics Group" менеджером по развитию": a job after the name is no part
    // of it (a title inside a name is capitalised: "Projektleiter Netzwerk" is rare).
    // "… biedrības valdes locekle", "… rūmų atstovė": the word for a representative too.
    if let Some(at) = words.iter().skip(1).position(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            && (super::signature::is_title_word(w)
                || REPRESENTATIVE.iter().any(|r| w.starts_with(r)))
    }) {
        words.truncate(at + 1);
    }
    // Finnish inflects an abbreviation after a colon ("ry:ssä", "Oy:n"): the badge wants "ry".
    if let Some(last) = words.last_mut()
        && let Some((stem, ending)) = last.split_once(':')
        && !stem.is_empty()
        && ending.chars().all(char::is_lowercase)
    {
        *last = stem;
    }
    let org = words.join(" ");
    let capitalised = org
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '"');
    // "I'm from Riga" names a place, not an organisation.
    if !capitalised || words.len() > 8 || is_place_line(&org) {
        return None;
    }
    let after = rest.get(end..).unwrap_or("");
    // ", Denmark", or a town and country in brackets ("X Oy (Kotka, Finland)").
    let place = |piece: &str| {
        (piece.split_whitespace().count() <= 2)
            .then(|| country_named(piece).or_else(|| country_of_city(piece)))
            .flatten()
    };
    let country = match after.trim_start().strip_prefix('(') {
        Some(bracket) => bracket
            .split([')', '\n'])
            .next()
            .unwrap_or("")
            .split(',')
            .rev()
            .find_map(place),
        None => after
            .strip_prefix(',')
            .and_then(|a| a.split(['\n', '.', ',', ';', '!', ')']).next())
            .and_then(place),
    }
    .or(town_country)
    .or_else(|| town_after_in(after));
    Some((org, country))
}

/// "… Klyngen for Sjømat i Ålesund", "… beim Netzwerk X in Rostock", "… w Klastrze X w
/// Gdyni": the town where the organisation is, after a preposition of place that follows its
/// name. Only a town or country of the tables, in a piece of at most two words.
fn town_after_in(after: &str) -> Option<String> {
    let rest = after.trim_start();
    let (prep, rest) = rest.split_once(' ')?;
    if !["in", "i", "w", "we", "в", "во"].contains(&prep) {
        return None;
    }
    let piece = rest
        .split(['\n', '.', ',', ';', '!', '?', ')', ':'])
        .next()?
        .trim();
    (!piece.is_empty() && piece.split_whitespace().count() <= 2 && is_place_line(piece))
        .then(|| country_named(piece).or_else(|| country_of_city(piece)))
        .flatten()
}

/// "Pirkanmaan Teknologiaklusteria Tampereelta", "Saaristomeren klusteria Naantalista": a
/// town in a case meaning "from" after the name is where the sender comes from, no part of the
/// name. Returns the name without it and the town's country.
fn without_town_left(org: &str) -> Option<(String, String)> {
    let (name, last) = org.rsplit_once(' ')?;
    let town = last.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = town.to_lowercase();
    let from_case = ["sta", "stä", "lta", "ltä", "st"]
        .iter()
        .any(|e| lower.ends_with(e));
    if !from_case || !town.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let code = country_of_town_left(town)
        .map(str::to_string)
        .or_else(|| country_of_city(town))?;
    Some((name.to_string(), code))
}

/// Past "not X but" right after a cue ("pārstāvu nevis novada domi, bet Smiltenes …", "I
/// represent not the town but …", "ich vertrete nicht die Stadt, sondern …"): where the
/// value the sender means starts; else `at` itself. The contrast must close the clause.
fn past_not_but(text: &str, at: usize) -> usize {
    let Some(rest) = text.get(at..) else {
        return at;
    };
    let lower = aligned_lower(rest);
    let first = lower.split_whitespace().next().unwrap_or("");
    if !NOT.contains(&first) {
        return at;
    }
    let clause_end = lower
        .find(['.', '!', '?', '\n', ';'])
        .unwrap_or(lower.len());
    let clause = lower.get(..clause_end).unwrap_or("");
    BUT.iter()
        .filter_map(|b| clause.find(b).map(|i| i + b.len()))
        .min()
        .map_or(at, |after| at + after)
}

/// Whether a value opens with a quote after the separators [`value_start`] skips.
fn opens_quote(rest: &str) -> bool {
    rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—'))
        .starts_with(['"', '„', '«', '“'])
}

/// The text between an opening quote right before `rest` (already skipped by [`value_start`])
/// and its closing quote: `rest` must start the name, and a closing quote end it on the
/// same line.
fn quoted_at(rest: &str) -> Option<&str> {
    let line = rest.lines().next()?;
    let close = line.find(['”', '“', '»', '"'])?;
    let inner = line.get(..close)?.trim();
    (!inner.is_empty() && close < 160).then_some(inner)
}

/// The first organisation after a cue, in the nominative whatever case the cue wants.
fn first_organisation(text: &str, scan: &Scan<'_>) -> Option<(String, Option<String>)> {
    first_organisation_after(text, scan, Cue::Organisation)
}

/// The first organisation after one of `cues`, in the nominative.
fn first_organisation_after(
    text: &str,
    scan: &Scan<'_>,
    cues: Cue,
) -> Option<(String, Option<String>)> {
    scan.of(cues).find_map(|(start, at)| {
        let cue = scan.lower.get(start..at).unwrap_or("");
        // "dirbu ne X, o Y", "работаю не в X, а в Y": the value after the contrast.
        let at = past_not_but(text, at);
        let i_am = I_AM.iter().find(|(c, _, _)| *c == cue.trim());
        let (at, case_cue) = if let Some((_, genitive, locative)) = i_am {
            let rest = text.get(at..).unwrap_or("");
            if rest.chars().next().is_some_and(char::is_uppercase) {
                // "Esu X atstovas": only with the word for a representative in the clause.
                let clause = rest.split([',', '.', ';', '\n']).next().unwrap_or("");
                // "Esmu Zemgales klastera vadītājs": a job title there says the same.
                let represents = clause.split_whitespace().any(|w| {
                    REPRESENTATIVE.iter().any(|r| w.starts_with(r))
                        || (w.chars().next().is_some_and(char::is_lowercase)
                            && super::signature::is_title_word(w))
                });
                if represents {
                    (at, *genitive)
                } else {
                    // Estonian "Olen Tartu Teaduspargist": the place of work in the
                    // elative says where the sender is from.
                    // Finnish "Olen Porvoon Kemianteollisuusklusterista" likewise.
                    let name = clause.trim();
                    let elative = [ELATIVE_ET, ELATIVE_FI]
                        .iter()
                        .filter_map(|cues| cues.first().copied())
                        .find(|e| super::nominative::nominative(name, e) != name)?;
                    (at, elative)
                }
            } else {
                // "olen kiinnostunut …": no place of work follows this "I am".
                if locative.is_empty() {
                    return None;
                }
                // "esmu pārgājusi uz X": a preposition skipped decides the case.
                let (name_at, skipped) = skip_job(text, at)?;
                let preposition = !skipped.is_empty() && skipped.chars().count() <= 2;
                (name_at, if preposition { skipped } else { *locative })
            }
        } else if WORKS_AS.contains(&cue.trim()) {
            let (name_at, skipped) = skip_job(text, at)?;
            // A preposition skipped ("w", "в") decides the case; a title or an adverb
            // ("projektų vadove", "nüüd") leaves it to the cue.
            let preposition = !skipped.is_empty() && skipped.chars().count() <= 2;
            (name_at, if preposition { skipped } else { cue })
        } else {
            (skip_kind(text, at), cue)
        };
        let (written, country) = text.get(at..).and_then(organisation_at)?;
        let (written, country) = match without_town_left(&written) {
            Some((org, town_country)) => (org, country.or(Some(town_country))),
            None => (written, country),
        };
        let org = super::nominative::nominative(&written, &case_cue.to_lowercase());
        // "Oleme …": only a name in the elative says where the sender is from ("Oleme
        // juba Tartu Klastri liikmed" says something else); "Siirryin Tampereelle": after a
        // verb of moving only a name in the illative says where the sender went (or an
        // abbreviation inflected after a colon, "Oy:hyn").
        let needs_case = [ELATIVE_ET, ELATIVE_FI, ILLATIVE_FI, ILLATIVE_ET]
            .iter()
            .any(|cues| cues.contains(&case_cue.trim()));
        let legal_form = written
            .split_whitespace()
            .last()
            .is_some_and(|w| LEGAL_FORMS.contains(&w.to_lowercase().as_str()));
        if needs_case && org == written && !legal_form {
            return None;
        }
        // "esu iš Vilniaus", "jestem z Krakowa", "я из Риги": a town in any case is no
        // organisation.
        if is_place_line(&org) || is_place_line(&written) {
            return None;
        }
        // "… inkubatorā Jelgavā": the town after a name cut at its case.
        let country = country.or_else(|| {
            written
                .split_whitespace()
                .nth(org.split_whitespace().count())
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| is_place_line(w))
                .and_then(|w| country_named(w).or_else(|| country_of_city(w)))
        });
        Some((org, country))
    })
}

/// The first value after any of `cues` that `read` accepts.
fn first<T>(text: &str, scan: &Scan<'_>, cues: Cue, read: impl Fn(&str) -> Option<T>) -> Option<T> {
    scan.of(cues)
        .find_map(|(_, at)| text.get(at..).and_then(&read))
}

/// An organisation stated in running text ("I represent …", "pārstāvu …", "edustan …"), and
/// the country named right after it ("im from Startup Hub Poland (krakow)").
pub fn organisation(text: &str) -> Option<(String, Option<String>)> {
    let text = super::super::decode::cut_str(text, super::super::decode::FIELDS_READ_BYTES);
    let lower = aligned_lower(text);
    let scan = Scan::new(&lower);
    first_organisation(text, &scan)
        .or_else(|| organisation_after_title(text, &scan))
        .or_else(|| organisation_after_introduction(text, &scan))
        .or_else(|| organisation_after_count(text, &scan))
        .or_else(|| first_organisation_after(text, &scan, Cue::AsRepresentative))
}

/// [`ORGANISATION_FIELD`] looked for in every sentence with one automaton.
static ORGANISATION_FIELD_ANY: AnyOf = AnyOf::new(ORGANISATION_FIELD);

/// An organisation named as the new value of the field in a sentence that changes it
/// ("prašyčiau registracijoje organizaciją pakeisti į: Nemuno inovacijų centras", "our
/// cluster is Nordic Marine Composites Cluster", "izlabojiet organizāciju: pareizi ir “…”").
fn organisation_changed(text: &str, lower: &str) -> Option<(String, Option<String>)> {
    let mut start = 0;
    for piece in lower.split_inclusive(['.', '!', '?', '\n']) {
        let at = start;
        start += piece.len();
        let Some(field) = ORGANISATION_FIELD_ANY.first_at(piece) else {
            continue;
        };
        let after_field = field + piece.get(field..)?.find([' ', ':']).unwrap_or(0);
        let mut cues: Vec<usize> = CHANGED_TO
            .iter()
            .filter_map(|c| {
                piece
                    .get(after_field..)?
                    .find(c)
                    .map(|i| after_field + i + c.len())
            })
            // The value follows soon after the field ("organizaciją pakeisti į: …").
            .filter(|value_at| value_at - after_field <= 40)
            .collect();
        cues.sort_unstable();
        if let Some(found) = cues
            .iter()
            .find_map(|v| text.get(at + v..).and_then(organisation_at))
        {
            return Some(found);
        }
    }
    None
}

/// The name, organisation and country the sender states in running text.
pub fn stated(text: &str) -> Stated {
    let text = super::super::decode::cut_str(text, super::super::decode::READ_BYTES);
    let lower = aligned_lower(text);
    let scan = Scan::new(&lower);
    let org = first_organisation(text, &scan)
        .or_else(|| organisation_changed(text, &lower))
        .or_else(|| organisation_after_title(text, &scan))
        .or_else(|| organisation_after_introduction(text, &scan))
        .or_else(|| organisation_after_count(text, &scan))
        .or_else(|| first_organisation_after(text, &scan, Cue::AsRepresentative));
    let country = first(text, &scan, Cue::Country, |rest| {
        let value = value_start(rest);
        let first_words: Vec<&str> = value.split_whitespace().take(2).collect();
        country_named(&first_words.join(" "))
    });
    Stated {
        name: first(text, &scan, Cue::Name, name_at),
        country: country.or_else(|| org.as_ref().and_then(|(_, c)| c.clone())),
        organisation: org.map(|(o, _)| o),
    }
}

/// A given name alone after a name cue, as a correction of the first name only writes it
/// ("Pareizais vārds ir Ieva, nevis Ilva", "My name is Ann, not Anne"): one capitalised word
/// that ends there (a comma, a full stop, a dash or a lowercase word after it).
pub fn stated_given_name(text: &str) -> Option<String> {
    let text = super::super::decode::cut_str(text, super::super::decode::READ_BYTES);
    let lower = aligned_lower(text);
    first(text, &Scan::new(&lower), Cue::Name, |rest| {
        let mut words = value_start(rest).split_whitespace();
        let word = words.next()?;
        let bare = word.trim_end_matches([',', '.', ';', '!', '?', ')']);
        let ends = bare.len() < word.len()
            || words
                .next()
                .is_none_or(|n| n.starts_with(|c: char| c.is_lowercase() || c == '-' || c == '–'));
        let given = bare.chars().count() >= 2
            && bare.chars().next().is_some_and(char::is_uppercase)
            && bare.chars().all(|c| c.is_alphabetic() || c == '-');
        (ends && given).then(|| bare.to_string())
    })
}

mod intro;
mod skip;
use intro::{organisation_after_count, organisation_after_introduction, organisation_after_title};
use skip::{skip_job, skip_kind};

#[cfg(test)]
mod count_tests;
#[cfg(test)]
mod plural_tests;
#[cfg(test)]
mod tests;
