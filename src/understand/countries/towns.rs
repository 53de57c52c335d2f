//! Towns of the region beyond its larger cities: the regional centres and ports people sign
//! with ("Umeå", "Lillehammer", "17489 Greifswald", "Cēsis, LV-4101") or travel from ("braukšu
//! no Valmieras", "sõidan Narvast", "еду из Клайпеды").
//!
//! A town matches as the whole word, or — when the name is long enough not to be a common word
//! — as its stem (the name without a final vowel or Baltic "-s") plus a short case ending:
//! "Valmieras", "Narvast", "Rovaniemeltä", "Klaipėdos", "Rzeszowa". Diacritics are folded on
//! both sides, so "Lodz" and "Jyvaskyla" typed without them match too. Names that are everyday
//! words in a language of the region ("Essen", "Halle", "Moss", "Tapa", "Nokia") are left out.

mod beyond;

use std::collections::HashMap;
use std::sync::LazyLock;

/// (code, towns as written in their own language, plus Russian forms of Baltic towns). Each
/// list opens with the larger cities (also in `countries::CITIES`), so that a case meaning
/// "from" ("Pärnust", "Espoosta") says where the sender travels from; capitals are left out
/// (often only the venue or a stopover).
const TOWNS: &[(&str, &[&str])] = &[
    (
        "LV",
        &[
            "Liepāja",
            "Jelgava",
            "Daugavpils",
            "Ventspils",
            "Jūrmala",
            "Valmiera",
            "Cēsis",
            "Rēzekne",
            "Tukums",
            "Sigulda",
            "Salaspils",
            "Kuldīga",
            "Talsi",
            "Jēkabpils",
            "Smiltene",
            "Limbaži",
            "Saldus",
            "Bauska",
            "Dobele",
            "Madona",
            "Gulbene",
            "Alūksne",
            "Ludza",
            "Krāslava",
            "Aizkraukle",
            "Valka",
            "Preiļi",
            "Olaine",
            "Ķekava",
            "Mārupe",
            "Ādaži",
            "Даугавпилс",
            "Лиепая",
            "Юрмала",
            "Елгава",
            "Вентспилс",
            "Резекне",
            "Валмиера",
        ],
    ),
    (
        "LT",
        &[
            "Kaunas",
            "Klaipėda",
            "Šiauliai",
            "Panevėžys",
            "Alytus",
            "Marijampolė",
            "Mažeikiai",
            "Jonava",
            "Utena",
            "Kėdainiai",
            "Telšiai",
            "Tauragė",
            "Ukmergė",
            "Visaginas",
            "Palanga",
            "Druskininkai",
            "Plungė",
            "Kretinga",
            "Šilutė",
            "Radviliškis",
            "Biržai",
            "Rokiškis",
            "Elektrėnai",
            "Neringa",
            "Клайпеда",
            "Каунас",
            "Шяуляй",
            "Паневежис",
            "Паланга",
            "Висагинас",
        ],
    ),
    (
        "EE",
        &[
            "Tartu",
            "Pärnu",
            "Narva",
            "Kohtla-Järve",
            "Viljandi",
            "Rakvere",
            "Maardu",
            "Kuressaare",
            "Sillamäe",
            "Valga",
            "Võru",
            "Jõhvi",
            "Haapsalu",
            "Keila",
            "Paide",
            "Põlva",
            "Rapla",
            "Jõgeva",
            "Нарва",
            "Тарту",
            "Пярну",
            "Силламяэ",
            "Кохтла-Ярве",
            "Йыхви",
        ],
    ),
    (
        "FI",
        &[
            "Tampere",
            "Turku",
            "Espoo",
            "Oulu",
            "Vantaa",
            "Naantali",
            "Raisio",
            "Uusikaupunki",
            "Pietarsaari",
            "Maarianhamina",
            "Mariehamn",
            "Tornio",
            "Imatra",
            "Raahe",
            "Iisalmi",
            "Varkaus",
            "Forssa",
            "Heinola",
            "Jyväskylä",
            "Lahti",
            "Kuopio",
            "Pori",
            "Kouvola",
            "Joensuu",
            "Lappeenranta",
            "Hämeenlinna",
            "Vaasa",
            "Seinäjoki",
            "Rovaniemi",
            "Mikkeli",
            "Kotka",
            "Porvoo",
            "Kokkola",
            "Lohja",
            "Hyvinkää",
            "Järvenpää",
            "Rauma",
            "Kajaani",
            "Kerava",
            "Savonlinna",
            "Kemi",
            "Tornio",
            "Iisalmi",
            "Raahe",
            "Mariehamn",
            "Maarianhamina",
            "Helsingfors",
            "Tammerfors",
            "Uleåborg",
            "Jakobstad",
            "Pietarsaari",
        ],
    ),
    (
        "SE",
        &[
            "Göteborg",
            "Malmö",
            "Uppsala",
            "Linköping",
            "Västerås",
            "Örebro",
            "Helsingborg",
            "Norrköping",
            "Jönköping",
            "Umeå",
            "Lund",
            "Borås",
            "Eskilstuna",
            "Gävle",
            "Södertälje",
            "Karlstad",
            "Växjö",
            "Halmstad",
            "Sundsvall",
            "Luleå",
            "Trollhättan",
            "Östersund",
            "Borlänge",
            "Falun",
            "Kalmar",
            "Skövde",
            "Kristianstad",
            "Karlskrona",
            "Skellefteå",
            "Uddevalla",
            "Varberg",
            "Trelleborg",
            "Landskrona",
            "Nyköping",
            "Visby",
            "Kiruna",
            "Piteå",
            "Örnsköldsvik",
            "Härnösand",
            "Ystad",
            "Karlshamn",
            "Motala",
            "Norrtälje",
            "Oskarshamn",
        ],
    ),
    (
        "DK",
        &[
            "Aarhus",
            "Odense",
            "Aalborg",
            "Esbjerg",
            "Randers",
            "Kolding",
            "Horsens",
            "Vejle",
            "Roskilde",
            "Herning",
            "Helsingør",
            "Silkeborg",
            "Næstved",
            "Fredericia",
            "Viborg",
            "Køge",
            "Holstebro",
            "Slagelse",
            "Hillerød",
            "Sønderborg",
            "Svendborg",
            "Hjørring",
            "Holbæk",
            "Frederikshavn",
            "Haderslev",
            "Skive",
            "Ringkøbing",
            "Thisted",
            "Aabenraa",
            "Billund",
            "Grenaa",
            "Nyborg",
            "Middelfart",
            "Bornholm",
            "Rønne",
        ],
    ),
    (
        "NO",
        &[
            "Bergen",
            "Trondheim",
            "Stavanger",
            "Bærum",
            "Kristiansand",
            "Drammen",
            "Asker",
            "Lillestrøm",
            "Fredrikstad",
            "Sandnes",
            "Tromsø",
            "Sarpsborg",
            "Skien",
            "Ålesund",
            "Sandefjord",
            "Haugesund",
            "Tønsberg",
            "Porsgrunn",
            "Bodø",
            "Arendal",
            "Hamar",
            "Larvik",
            "Halden",
            "Lillehammer",
            "Molde",
            "Harstad",
            "Gjøvik",
            "Kongsberg",
            "Narvik",
            "Steinkjer",
            "Kristiansund",
            "Horten",
            "Førde",
            "Hammerfest",
            "Mo i Rana",
            "Florø",
            "Grimstad",
        ],
    ),
    (
        "DE",
        &[
            "Kiel",
            "Rostock",
            "Hamburg",
            "Bremen",
            "Greifswald",
            "Stralsund",
            "Schwerin",
            "Wismar",
            "Neubrandenburg",
            "Lübeck",
            "Flensburg",
            "Hannover",
            "Düsseldorf",
            "Stuttgart",
            "Dresden",
            "Leipzig",
            "Potsdam",
            "Magdeburg",
            "Erfurt",
            "Dortmund",
            "Nürnberg",
            "Duisburg",
            "Bochum",
            "Wuppertal",
            "Bielefeld",
            "Mannheim",
            "Karlsruhe",
            "Wiesbaden",
            "Münster",
            "Augsburg",
            "Aachen",
            "Braunschweig",
            "Chemnitz",
            "Oldenburg",
            "Osnabrück",
            "Freiburg",
            "Mainz",
            "Cottbus",
            "Bremerhaven",
            "Cuxhaven",
            "Wolfsburg",
            "Göttingen",
            "Regensburg",
            "Würzburg",
            "Neumünster",
            "Wilhelmshaven",
            "Eberswalde",
            "Lingen",
        ],
    ),
    (
        "PL",
        &[
            "Gdańsk",
            "Gdynia",
            "Kraków",
            "Poznań",
            "Wrocław",
            "Szczecin",
            "Łódź",
            "Katowice",
            "Lublin",
            "Białystok",
            // Its cases change the stem: "z Białegostoku", "w Białymstoku".
            "Białegostoku",
            "Białymstoku",
            "Bydgoszcz",
            "Toruń",
            "Olsztyn",
            "Rzeszów",
            "Kielce",
            "Opole",
            "Gliwice",
            "Zabrze",
            "Bytom",
            "Częstochowa",
            "Radom",
            "Sosnowiec",
            "Elbląg",
            "Płock",
            "Koszalin",
            "Słupsk",
            "Legnica",
            "Tarnów",
            "Kalisz",
            "Sopot",
            "Wałbrzych",
            "Włocławek",
            "Grudziądz",
            "Bielsko-Biała",
            "Zielona Góra",
            "Gorzów Wielkopolski",
            "Świnoujście",
            "Kołobrzeg",
        ],
    ),
    (
        "RU",
        &[
            "Псков",
            "Мурманск",
            "Петрозаводск",
            "Выборг",
            "Архангельск",
            "Pskov",
            "Murmansk",
            "Petrozavodsk",
            "Vyborg",
            "Arkhangelsk",
        ],
    ),
];

/// Everyday words, folded, that a town's case form spells too.
const EVERYDAY: &[&str] = &["ludzu"];

/// Case endings are at most this many letters ("-eltä", "-ast", "-os").
const MAX_ENDING: usize = 4;

struct Town {
    /// The folded, lower-case name.
    name: String,
    /// The folded stem that takes case endings; `None` for names matched only whole.
    stem: Option<String>,
    code: &'static str,
}

/// Towns by the first three letters of their folded name, so a word is compared with a handful.
static INDEX: LazyLock<HashMap<String, Vec<Town>>> = LazyLock::new(|| {
    let mut index: HashMap<String, Vec<Town>> = HashMap::new();
    for (code, towns) in TOWNS.iter().chain(beyond::BEYOND) {
        for town in *towns {
            let name = fold(town);
            let stem = stem_of(&name);
            index
                .entry(key(&name))
                .or_default()
                .push(Town { name, stem, code });
        }
    }
    index
});

/// The country of a town named by `word` (one word, or a phrase such as "Mo i Rana").
pub fn country_of_town(word: &str) -> Option<&'static str> {
    country_of_folded(&fold(word.trim_matches(|c: char| !c.is_alphanumeric())))
}

fn country_of_folded(folded: &str) -> Option<&'static str> {
    // A town's case form that folds into an everyday word: "Ludzu" and "lūdzu" (please).
    if EVERYDAY.contains(&folded) {
        return None;
    }
    let candidates = INDEX.get(&key(folded))?;
    candidates
        .iter()
        .find(|t| {
            t.name == folded
                || t.stem.as_deref().is_some_and(|stem| {
                    folded.strip_prefix(stem).is_some_and(|ending| {
                        ending.chars().count() <= MAX_ENDING
                            && ending.chars().all(char::is_alphabetic)
                    })
                })
        })
        .map(|t| t.code)
}

/// The country of a town in `text`, looking at each word and at the pair and triple of words
/// it starts (for "Zielona Góra", "Mo i Rana"). A word whose first letters start no town is
/// passed over without building phrases: most words of a signature line are not towns.
pub fn country_of_town_in(text: &str) -> Option<&'static str> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(i, word)| {
        let folded = fold(word);
        if !INDEX.contains_key(&key(&folded)) {
            return None;
        }
        country_of_folded(&folded).or_else(|| {
            (2..=3).find_map(|n| {
                let phrase = words.get(i..i + n)?.join(" ");
                country_of_town(&phrase)
            })
        })
    })
}

/// A town in an ending that means "from" — Estonian elative "-st" ("Narvast"), Finnish elative
/// and ablative ("Oulusta", "Rovaniemeltä") — says where the writer travels from.
pub fn country_of_town_left(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    let from = ["st", "sta", "stä", "lta", "ltä"]
        .iter()
        .any(|e| lower.ends_with(e));
    if from { country_of_town(word) } else { None }
}

/// The country of a postal code with its country prefix ("LV-4101", "D-17489", "SE-211 19")
/// or in the one national shape no neighbour shares (Poland's "40-014").
pub fn country_of_postcode(word: &str) -> Option<&'static str> {
    let (prefix, digits) = word.split_once('-')?;
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if prefix.len() == 2 && digits.len() == 3 && all_digits(prefix) && all_digits(digits) {
        return Some("PL");
    }
    if !all_digits(digits) || !(3..=5).contains(&digits.len()) {
        return None;
    }
    let code = match prefix.to_ascii_uppercase().as_str() {
        "LV" => "LV",
        "LT" => "LT",
        "EE" => "EE",
        "FI" | "SF" => "FI",
        "SE" | "S" => "SE",
        "DK" => "DK",
        "NO" | "N" => "NO",
        "DE" | "D" => "DE",
        "PL" => "PL",
        _ => return None,
    };
    Some(code)
}

/// The first three letters of the first word: "mo i rana" and the word "mo" share a key.
fn key(folded: &str) -> String {
    folded.chars().take_while(|c| *c != ' ').take(3).collect()
}

/// Names of five letters or more take endings on their stem: without a final vowel, and for
/// Baltic masculine names without "-s" and the vowel before it ("Panevėžys" → "panevez").
fn stem_of(name: &str) -> Option<String> {
    const VOWELS: &[char] = &[
        'a', 'e', 'i', 'o', 'u', 'y', 'а', 'е', 'и', 'о', 'у', 'ы', 'я', 'э',
    ];
    if name.chars().count() < 5 || name.contains(' ') {
        return None;
    }
    let mut stem = name.to_string();
    if stem.ends_with('s') && !name.ends_with("ss") {
        stem.pop();
    }
    if stem.ends_with(VOWELS) {
        stem.pop();
    }
    (stem.chars().count() >= 4).then_some(stem)
}

/// Lower case without the diacritics of the region's Latin alphabets ("Ålesund" → "alesund",
/// "Łódź" → "lodz"); Cyrillic is only lower-cased.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ā' | 'ą' | 'ä' | 'å' | 'á' => out.push('a'),
            'č' | 'ć' => out.push('c'),
            'ē' | 'ė' | 'ę' | 'é' => out.push('e'),
            'ģ' => out.push('g'),
            'ī' | 'į' | 'í' => out.push('i'),
            'ķ' => out.push('k'),
            'ļ' | 'ł' => out.push('l'),
            'ņ' | 'ń' => out.push('n'),
            'õ' | 'ö' | 'ø' | 'ó' => out.push('o'),
            'š' | 'ś' => out.push('s'),
            'ū' | 'ų' | 'ü' | 'ú' => out.push('u'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
