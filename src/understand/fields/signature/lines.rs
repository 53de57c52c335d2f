//! What kind of line a signature line is: a contact line, a job title, an organisation, an
//! address, a town and region, or a person's name. The signature reader asks these questions
//! line by line; they live apart so the reader reads as the order of a signature block.

use std::sync::LazyLock;

use super::super::super::countries::{
    country_named, country_of_city, country_of_postcode, is_place_line,
};
use super::super::super::lexicon::fields::{
    DEPARTMENT_WORDS, LEGAL_FORMS, ORG_WORDS, TITLE_TAILS, TITLE_WORDS,
};

pub(super) fn is_contact_line(line: &str) -> bool {
    let l = line.to_lowercase();
    // "Tel.:", "Telefon", "Mob." head a number; "Telšių metalo apdirbimo klasteris",
    // "Mobilitätscluster NRW" and "Telemark" an organisation or a place.
    let head: String = l.chars().take_while(|c| c.is_alphabetic()).collect();
    let phone_word = CONTACT_WORDS.contains(&head.as_str());
    l.contains('@')
        || l.contains("http")
        || l.contains("www.")
        || (l.starts_with("tel") && phone_word)
        || l.starts_with("phone")
        || (l.starts_with("mob") && phone_word)
        || l.starts_with("p. ")
        || l.starts_with("m. ")
        || l.starts_with("t. ")
        || l.starts_with('+')
        || l.chars().filter(char::is_ascii_digit).count() >= 7
        // "LinkedIn: Vidzemes stikla šķiedras klasteris": a profile, whatever it is called.
        || SOCIAL_NETWORKS.iter().any(|s| l.starts_with(s))
}

/// Social networks that head a profile's name in a signature ("LinkedIn: …", "Facebook:
/// …"): lowercase, with the colon.
const SOCIAL_NETWORKS: &[&str] = &[
    "linkedin:",
    "facebook:",
    "twitter:",
    "instagram:",
    "x:",
    "bluesky:",
];

/// A department or an office before the organisation on one line ("Klyngesekretariatet,
/// Robotklynge Fyn", "Department of Trade, Baltic Wood Cluster"): one of the department
/// words, or one word that ends in a secretariat or office.
pub(super) fn is_department_part(part: &str) -> bool {
    let l = part.trim().to_lowercase();
    let words: Vec<&str> = l.split_whitespace().collect();
    words.first().is_some_and(|w| DEPARTMENT_WORDS.contains(w))
        || (words.len() == 1 && OFFICES.iter().any(|o| l.contains(o)))
}

/// A secretariat or an office, inside one word ("Klyngesekretariatet", "Geschäftsstelle",
/// "kansliet").
const OFFICES: &[&str] = &[
    "secretariat",
    "sekretariat",
    "sekretariaat",
    "sekretariāt",
    "sihteeristö",
    "kansli",
    "geschäftsstelle",
    "секретариат",
];

/// The words for a telephone number that start with "tel" or "mob" (lowercase).
const CONTACT_WORDS: &[&str] = &[
    "tel",
    "tlf",
    "telefon",
    "telefonas",
    "telefons",
    "telefoni",
    "telefono",
    "telefonnummer",
    "telephone",
    "mob",
    "mobil",
    "mobile",
    "mobiil",
    "mobiili",
    "mobilus",
    "mobilais",
    "mobiltelefon",
    "mobilnummer",
];

/// Words of a line, lowercase, for matching word starts.
fn lower_words(line: &str) -> Vec<String> {
    line.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '|' | '/'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// An organisation word starts a word, or ends a compound ("Matkailuklusteri",
/// "Vindklyngen", "Aquakultur-Netzwerk"). Public for any reader that asks whether words name
/// an organisation (one word or a line), so the test over `ORG_WORDS` has one home.
pub fn has_org_word(line: &str) -> bool {
    lower_words(line).iter().any(|w| is_org_word(w))
}

/// [`has_org_word`] for one lowercase word. The organisation words come with their length in
/// letters, counted once; what is asked of the word itself (a hyphen, its end without a case
/// ending) is asked once, not once per organisation word.
fn is_org_word(w: &str) -> bool {
    static SIZED: LazyLock<Vec<(&str, usize)>> =
        LazyLock::new(|| ORG_WORDS.iter().map(|o| (*o, o.chars().count())).collect());
    let hyphenated = w.contains('-');
    let stem = w.trim_end_matches(['n', 't', 'a', 'e', 's']);
    SIZED.iter().any(|&(o, letters)| {
        w == o
            || (letters > 3 && w.starts_with(o))
            || (letters >= 6
                && (w.ends_with(o)
                    || (hyphenated && crate::understand::phrases::hyphen_after(w, o))))
            || (letters >= 5 && stem.ends_with(o))
    })
}

/// A word of a job title ("menedżer", "Projektleiterin", "менеджером", "konsultandina"): it
/// starts with a one-word title of the lexicon and is no organisation's word.
pub fn is_title_word(word: &str) -> bool {
    let w = word.to_lowercase();
    w.chars().count() >= 4
        && TITLE_WORDS
            .iter()
            .any(|t| !t.contains(' ') && t.chars().count() >= 4 && w.starts_with(t))
        && !has_org_word(&w)
}

/// A job title written as one word with the organisation's kind before its head
/// ("Klyngechef", "klusterledare", "Clustermanagerin"), which [`is_title_word`] does not know
/// because the word starts with an organisation's word.
pub fn is_compound_title(word: &str) -> bool {
    let w = word.to_lowercase();
    let len = w.chars().count();
    TITLE_TAILS
        .iter()
        .any(|t| w.ends_with(t) && len >= t.chars().count() + 4)
}

/// A job title: title words and no organisation words, or a title word heading or ending the
/// line ("Cluster Manager", "Head of Cluster Development", "Klusterchef").
pub(in super::super) fn is_title_line(line: &str) -> bool {
    let l = line.to_lowercase();
    let words: Vec<&str> = l
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 8 || !TITLE_WORDS.iter().any(|t| l.contains(t)) {
        return false;
    }
    // A legal form at either end makes it a company: "SIA "Baltijas Loģistikas Partneri"".
    if [words.first(), words.last()]
        .into_iter()
        .flatten()
        .any(|w| LEGAL_FORMS.contains(w))
    {
        return false;
    }
    // The head of a compound title ends the word: "Klusterchef", "Projektleiterin".
    let edge = |w: Option<&&str>| {
        w.is_some_and(|w| {
            TITLE_WORDS.iter().any(|t| {
                w.ends_with(t)
                    || w.trim_end_matches("in") == *t
                    // "Netzwerkmanagerin", "Projektkoordinatorin".
                    || (t.chars().count() >= 6 && w.trim_end_matches("in").ends_with(t))
                    // "Partnership" starts with "partner" but is an organisation's word.
                    || (t.chars().count() >= 5
                        && w.starts_with(t)
                        && *w != format!("{t}s")
                        && !has_org_word(w))
            })
        })
    };
    !has_org_word(line)
        || edge(words.last())
        || TITLE_WORDS
            .iter()
            .any(|t| t.contains(' ') && l.starts_with(t))
        || edge(words.first())
}

/// A street address: a number and a street word, or a postal code with a place
/// ("17489 Greifswald", "LV-1010 Rīga", "D-24118 Kiel").
pub(super) fn is_address_line(line: &str) -> bool {
    let l = line.to_lowercase();
    let first = l.split_whitespace().next().unwrap_or("");
    let code = first.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '-');
    if code.len() >= 4
        && code.chars().all(|c| c.is_ascii_digit() || c == '-')
        && l.split_whitespace().count() <= 4
    {
        return true;
    }
    let digits = l.chars().any(|c| c.is_ascii_digit());
    let street = [
        "iela",
        "gatve",
        "g.",
        "tänav",
        "mnt",
        "katu",
        "tie ",
        "gatan",
        "vägen",
        "gade",
        "vej",
        "gate",
        "veien",
        "straße",
        "strasse",
        "str.",
        "weg",
        "platz",
        "ul.",
        "aleja",
        "al.",
        "ул.",
        "улица",
        "пр.",
        "street",
        "road",
        "avenue",
        "tee",
        "allee",
    ];
    digits && (street.iter().any(|s| l.contains(s)) || line.split(',').any(is_place_line))
}

/// A town and the county or region it lies in, as British, German and Nordic signatures add
/// it ("Canterbury, Kent", "Lingen, Emsland", "Umeå, Västerbotten"): a known town, then one or
/// two capitalised words that name no organisation or job.
pub(super) fn is_town_and_region(line: &str) -> bool {
    let Some((town, region)) = line.split_once(',') else {
        return false;
    };
    let (town, region) = (town.trim(), region.trim());
    let words: Vec<&str> = region.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        && !has_org_word(region)
        && !is_title_line(region)
        && is_place_line(town)
        && country_of_city(town).is_some()
}

/// Looks like a person's name: 2–4 words, each starting with an upper-case letter, no digits.
pub fn looks_like_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let department = words
        .first()
        .is_some_and(|w| DEPARTMENT_WORDS.contains(&w.to_lowercase().as_str()));
    !department
        && (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
        })
        && !has_org_word(line)
        && !is_place_line(line)
        && !is_title_line(line)
}

pub(in super::super) fn place_country(line: &str) -> Option<String> {
    country_named(line)
        .or_else(|| country_of_city(line))
        .or_else(|| {
            line.split_whitespace()
                .find_map(|w| country_of_postcode(w.trim_matches(',')))
                .map(str::to_string)
        })
}
