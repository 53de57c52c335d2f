//! Country names of the region in its eleven languages, with their inflected forms, and the
//! region's larger cities, mapped to ISO 3166-1 alpha-2.
//!
//! Matching is by word stem at the start of a word ("Latvij" covers Latvija, Latvijā, Latvijas,
//! Latvijos; "Suom" covers Suomi, Suomesta, Suomessa), so inflections need no table of their own.

mod cities;
mod towns;

use cities::CITIES;

pub use towns::{country_of_postcode, country_of_town_left};

/// (code, stems that start a word naming the country).
const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "LV",
        &[
            "latvia",
            "latvij",
            "latvių",
            "läti",
            "łotw",
            "латви",
            "lettland",
            "letland",
            "latvian",
        ],
    ),
    (
        "LT",
        &[
            "lithuania",
            "lietuv",
            "leedu",
            "liettua",
            "litauen",
            "litw",
            "литв",
        ],
    ),
    (
        "EE",
        &[
            "estonia",
            "igaunij",
            "estij",
            "eesti",
            "viro",
            "virossa",
            "estland",
            "eston",
            "эстони",
        ],
    ),
    (
        "FI",
        &[
            "finland",
            "somij",
            "suomij",
            "soome",
            "suomi",
            "suome",
            "finnland",
            "finlandi",
            "финлянд",
        ],
    ),
    (
        "SE",
        &[
            "sweden",
            "zviedrij",
            "švedij",
            "rootsi",
            "ruotsi",
            "sverige",
            "schweden",
            "szwecj",
            "швеци",
        ],
    ),
    (
        "DK",
        &[
            "denmark",
            "dānij",
            "danij",
            "taani",
            "tanska",
            "danmark",
            "dänemark",
            "dania",
            "danii",
            "дани",
        ],
    ),
    (
        "NO",
        &[
            "norway",
            "norvēģij",
            "norvegij",
            "norra",
            "norja",
            "norge",
            "noreg",
            "norwegen",
            "norweg",
            "норвеги",
        ],
    ),
    (
        "DE",
        &[
            "germany",
            "vācij",
            "vokietij",
            "saksa",
            "tyskland",
            "deutschland",
            "niemc",
            "германи",
        ],
    ),
    (
        "PL",
        &[
            "poland",
            "polij",
            "lenkij",
            "poola",
            "puola",
            "polen",
            "polsk",
            "polsc",
            "польш",
        ],
    ),
    (
        "RU",
        &[
            "russia",
            "krievij",
            "rusij",
            "venemaa",
            "venäj",
            "ryssland",
            "rusland",
            "russland",
            "rosj",
            "росси",
        ],
    ),
    ("IS", &["iceland", "ísland", "islandi"]),
    // "Northern Ireland" is British: see `country_named`.
    (
        "IE",
        &[
            "ireland",
            "éire",
            "irland",
            "irlant",
            "īrij",
            "airij",
            "iirimaa",
            "ирланди",
        ],
    ),
    // From outside the region, as people sign: "Kirkwall, Orkney, Scotland", "Leiden,
    // Nederland". Words that also name a language ("englanti", "ranska", "английский") are
    // left out: "I speak English" is no place.
    (
        "GB",
        &[
            "united kingdom",
            "great britain",
            "britain",
            "england",
            "scotland",
            "wales",
            "storbritann",
            "großbritann",
            "grossbritann",
            "lielbritānij",
            "didžioji britanija",
            "suurbritann",
            "iso-britann",
            "ison-britann",
            "wielka brytania",
            "wielkiej brytanii",
            "великобритани",
            "skotland",
            "skottland",
            "schottland",
            "skotlanti",
            "šotland",
            "szkocj",
            "шотланди",
        ],
    ),
    (
        "NL",
        &[
            "netherlands",
            "nederland",
            "niederlande",
            "holland",
            "nīderland",
            "nyderland",
            "madalmaa",
            "alankomaa",
            "holandi",
            "нидерланд",
        ],
    ),
    (
        "FR",
        &[
            "france",
            "frankreich",
            "frankrike",
            "frankrig",
            "francij",
            "prancūzij",
            "prantsusmaa",
            "francj",
            "франци",
        ],
    ),
    (
        "BY",
        &["belarus", "baltkrievij", "baltarusij", "białoru", "беларус"],
    ),
    (
        "FO",
        &[
            "faroe islands",
            "faroes",
            "føroyar",
            "færøerne",
            "færøyene",
            "færøyane",
            "färöarna",
            "färöer",
            "färsaar",
            "fääri saar",
            "farerų sal",
            "fēru sal",
            "wyspy owcze",
            "wysp owczych",
            "фарерск",
        ],
    ),
    // Outside the region, named in signatures ("Swansea, Wales, UK").
    (
        "GB",
        &[
            "united kingdom",
            "great britain",
            "england",
            "wales",
            "scotland",
            "großbritannien",
            "storbritannien",
            "britain",
        ],
    ),
];

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'))
        .filter(|w| !w.is_empty())
}

fn find(table: &[(&str, &[&str])], text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    for w in words(&lower) {
        let w = w.trim_matches('.');
        if STREET_ENDINGS
            .iter()
            .any(|e| w.ends_with(e) && w.len() >= e.len() + 4)
        {
            continue;
        }
        for (code, stems) in table {
            if stems.iter().any(|s| !s.contains(' ') && w.starts_with(s)) {
                return Some((*code).to_string());
            }
        }
    }
    table
        .iter()
        .find(|(_, stems)| stems.iter().any(|s| s.contains(' ') && lower.contains(s)))
        .map(|(code, _)| (*code).to_string())
}

/// Whether a line of a postal address has the postcode shape of `code`'s country before the
/// town ("26789 Leer" for DE, "8200 Aarhus N" for DK, "211 19 Malmö" for SE): alone the shape
/// names no country (five digits are German, Finnish or Estonian), but it confirms a hint.
pub fn postcode_fits(line: &str, code: &str) -> bool {
    let mut parts = line.split(',').map(str::trim);
    parts.any(|p| {
        let w: Vec<&str> = p.split_whitespace().collect();
        let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
        let town = |i: usize| {
            w.get(i)
                .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase))
        };
        match code {
            "DE" | "FI" | "EE" => w.first().is_some_and(|f| digits(f, 5)) && town(1),
            "DK" | "NO" => w.first().is_some_and(|f| digits(f, 4)) && town(1),
            "SE" => {
                (w.first().is_some_and(|f| digits(f, 3))
                    && w.get(1).is_some_and(|s| digits(s, 2))
                    && town(2))
                    || (w.first().is_some_and(|f| digits(f, 5)) && town(1))
            }
            _ => false,
        }
    })
}

/// The country a piece of text names (a country name in any of the languages, inflected).
pub fn country_named(text: &str) -> Option<String> {
    let named = find(COUNTRIES, text);
    if named.as_deref() == Some("IE") && text.to_lowercase().contains("northern ireland") {
        return Some("GB".to_string());
    }
    named.or_else(|| {
        words(text)
            .any(|w| is_short_name_of_uk(&w.to_lowercase()))
            .then(|| "GB".to_string())
    })
}

/// The country of a city or town of the region named in `text`.
pub fn country_of_city(text: &str) -> Option<String> {
    // A town's own name before a larger city's stem it starts with ("Helsingborg", "Helsingør"
    // are no case of "Helsinki").
    towns::country_of_whole_town_in(text)
        .map(str::to_string)
        .or_else(|| find(CITIES, text))
        .or_else(|| towns::country_of_town_in(text).map(str::to_string))
}

/// Endings of street names, lowercase: a street named after a country ("Schwedenkai",
/// "Finlandsgatan", "Norgesvej") names no country.
const STREET_ENDINGS: &[&str] = &[
    "straße", "strasse", "str.", "weg", "kai", "allee", "platz", "damm", "ring", "gatan", "gata",
    "vägen", "gade", "vej", "gate", "veien", "katu", "tie", "iela", "gatvė", "tänav", "ulica",
];

/// Calling codes of the region (longest first where one is a prefix of another).
const PHONE_PREFIXES: &[(&str, &str)] = &[
    ("+371", "LV"),
    ("+370", "LT"),
    ("+372", "EE"),
    ("+358", "FI"),
    ("+375", "BY"),
    ("+354", "IS"),
    ("+46", "SE"),
    ("+45", "DK"),
    ("+47", "NO"),
    ("+49", "DE"),
    ("+48", "PL"),
    ("+7", "RU"),
];

/// The country of the first international phone number in `text` ("+371 2…", "00371 …").
/// Only a hint: people keep their mobile number when they move, and offices abroad exist.
pub fn country_of_phone(text: &str) -> Option<String> {
    for line in text.lines().take(400) {
        let t = line.replace(['(', ')'], "");
        for (i, _) in t.match_indices(['+', '0']) {
            let rest = t.get(i..).unwrap_or("");
            let digits: String = rest
                .trim_start_matches('+')
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ' ' || *c == '-')
                .filter(char::is_ascii_digit)
                .collect();
            let international = if rest.starts_with('+') {
                Some(format!("+{digits}"))
            } else {
                digits.strip_prefix("00").map(|d| format!("+{d}"))
            };
            // A phone number has at least 8 digits after its country code.
            let Some(number) = international.filter(|n| n.len() >= 10) else {
                continue;
            };
            let before = i.checked_sub(1).and_then(|b| t.get(b..i));
            if before.is_some_and(|b| b.chars().all(|c| c.is_ascii_alphanumeric())) {
                continue;
            }
            if let Some((_, code)) = PHONE_PREFIXES.iter().find(|(p, _)| number.starts_with(p)) {
                return Some((*code).to_string());
            }
        }
    }
    None
}

/// The country of an address's country-code domain (`…@firma.lv`). Only a hint.
pub fn country_of_domain(email: &str) -> Option<String> {
    let tld = email.rsplit_once('.')?.1.to_ascii_lowercase();
    let code = match tld.as_str() {
        "lv" => "LV",
        "lt" => "LT",
        "ee" => "EE",
        "fi" => "FI",
        "se" => "SE",
        "dk" => "DK",
        "no" => "NO",
        "de" => "DE",
        "pl" => "PL",
        "ru" => "RU",
        "by" => "BY",
        "is" => "IS",
        _ => return None,
    };
    Some(code.to_string())
}

/// Whether `line` is only a place: "Stockholm, Sweden", "Odense", "Poland", "LV-1010 Rīga".
pub fn is_place_line(line: &str) -> bool {
    let parts: Vec<&str> = line
        .split([',', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // "Aberdeen, United Kingdom", "Tórshavn, Faroe Islands": a town too small for the tables,
    // then the country, is still a place (an organisation of one word before a country is
    // rare; "Aviation Valley, Poland" has two).
    let town_then_country = || match parts.as_slice() {
        [.., town, country] => {
            whole_country(country)
                && parts.len() <= 3
                && parts.iter().rev().skip(1).all(|t| {
                    let words: Vec<&str> = t
                        .split_whitespace()
                        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
                        .collect();
                    words.len() == 1
                        && words
                            .iter()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                })
                && !town.is_empty()
        }
        _ => false,
    };
    !parts.is_empty()
        && parts.len() <= 3
        && (parts.iter().all(|p| {
            whole_country(p) || {
                let words: Vec<&str> = p
                    .split_whitespace()
                    // Postal codes, a district's letter ("5230 Odense M") and a river or
                    // region in brackets that tells two towns apart ("Lingen (Ems)").
                    .filter(|w| !w.chars().any(|c| c.is_ascii_digit()) && w.chars().count() > 1)
                    .filter(|w| !(w.starts_with('(') && w.ends_with(')')))
                    .collect();
                let phrase = words.join(" ");
                // Every word must name a place ("Smart City Sweden" and "Odense Robotics" do not).
                !words.is_empty()
                    && words.len() <= 3
                    && (words
                        .iter()
                        .all(|w| country_named(w).is_some() || country_of_city(w).is_some())
                        || (words.len() >= 2
                            && CITIES.iter().any(|(_, stems)| {
                                stems
                                    .iter()
                                    .any(|s| s.contains(' ') && phrase.to_lowercase() == *s)
                            })))
            }
        }) || town_then_country())
}

/// Whether `part` is only a country's name, of one or more words ("United Kingdom", "UK",
/// "Faroe Islands", "Polska").
fn whole_country(part: &str) -> bool {
    let lower = part.trim().trim_end_matches('.').to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && (is_short_name_of_uk(&lower)
            || COUNTRIES.iter().any(|(_, stems)| {
                stems.iter().any(|s| {
                    if s.contains(' ') {
                        lower.starts_with(s) && s.split(' ').count() == words.len()
                    } else {
                        words.len() == 1 && lower.starts_with(s)
                    }
                })
            }))
}

/// "UK", "U.K.": too short to match as a stem ("Ukraine", "uke"), so only the whole word.
fn is_short_name_of_uk(word: &str) -> bool {
    matches!(word, "uk" | "u.k" | "u.k.")
}

#[cfg(test)]
mod tests;
