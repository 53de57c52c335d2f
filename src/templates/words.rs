//! The words templates take from regbot rather than from their own text: country names, the
//! few words of the shared HTML layout, the labels of the "what we have recorded" table
//! (`details.txt` / `details.html`), which every language's replies share, and each language's
//! greeting and quotation marks.
//!
//! The words live in `details.toml` next to the templates, one table per language, so an
//! organiser adds or corrects a language there and the templates themselves are written once.

use std::collections::BTreeMap;
use std::path::Path;

use figment::Figment;
use figment::providers::{Format, Toml};
use serde::Deserialize;

use super::TemplateError;

/// Words of the shared layout, by language; English for anything unknown.
pub(super) fn phrase(key: &str, lang: &str) -> &'static str {
    const SIGNOFF: &[(&str, &str)] = &[
        ("lv", "Ar cieņu"),
        ("lt", "Pagarbiai"),
        ("et", "Lugupidamisega"),
        ("fi", "Ystävällisin terveisin"),
        ("sv", "Med vänliga hälsningar"),
        ("da", "Med venlig hilsen"),
        ("nb", "Med vennlig hilsen"),
        ("de", "Mit freundlichen Grüßen"),
        ("pl", "Z poważaniem"),
        ("ru", "С уважением,"),
    ];
    const ORGANISERS: &[(&str, &str)] = &[
        ("lv", "Organizatori"),
        ("lt", "Organizatoriai"),
        ("et", "Korraldajad"),
        ("fi", "Järjestäjät"),
        ("sv", "Arrangörerna"),
        ("da", "Arrangørerne"),
        ("nb", "Arrangørene"),
        ("de", "Das Organisationsteam"),
        ("pl", "Organizatorzy"),
        ("ru", "Организаторы"),
    ];
    let (table, english) = match key {
        "signoff" => (SIGNOFF, "Kind regards,"),
        "organisers" => (ORGANISERS, "The organisers"),
        _ => return "",
    };
    table
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(english, |(_, p)| *p)
}

/// The name of a Baltic Sea Region country in a reply language (nominative), where we have it.
pub(super) fn localized_country_name(code: &str, lang: &str) -> Option<&'static str> {
    // Columns: DE DK EE FI IS LT LV NO PL RU SE.
    const CODES: [&str; 11] = [
        "DE", "DK", "EE", "FI", "IS", "LT", "LV", "NO", "PL", "RU", "SE",
    ];
    const NAMES: &[(&str, [&str; 11])] = &[
        (
            "lv",
            [
                "Vācija",
                "Dānija",
                "Igaunija",
                "Somija",
                "Islande",
                "Lietuva",
                "Latvija",
                "Norvēģija",
                "Polija",
                "Krievija",
                "Zviedrija",
            ],
        ),
        (
            "lt",
            [
                "Vokietija",
                "Danija",
                "Estija",
                "Suomija",
                "Islandija",
                "Lietuva",
                "Latvija",
                "Norvegija",
                "Lenkija",
                "Rusija",
                "Švedija",
            ],
        ),
        (
            "et",
            [
                "Saksamaa", "Taani", "Eesti", "Soome", "Island", "Leedu", "Läti", "Norra", "Poola",
                "Venemaa", "Rootsi",
            ],
        ),
        (
            "fi",
            [
                "Saksa", "Tanska", "Viro", "Suomi", "Islanti", "Liettua", "Latvia", "Norja",
                "Puola", "Venäjä", "Ruotsi",
            ],
        ),
        (
            "sv",
            [
                "Tyskland", "Danmark", "Estland", "Finland", "Island", "Litauen", "Lettland",
                "Norge", "Polen", "Ryssland", "Sverige",
            ],
        ),
        (
            "da",
            [
                "Tyskland", "Danmark", "Estland", "Finland", "Island", "Litauen", "Letland",
                "Norge", "Polen", "Rusland", "Sverige",
            ],
        ),
        (
            "nb",
            [
                "Tyskland", "Danmark", "Estland", "Finland", "Island", "Litauen", "Latvia",
                "Norge", "Polen", "Russland", "Sverige",
            ],
        ),
        (
            "de",
            [
                "Deutschland",
                "Dänemark",
                "Estland",
                "Finnland",
                "Island",
                "Litauen",
                "Lettland",
                "Norwegen",
                "Polen",
                "Russland",
                "Schweden",
            ],
        ),
        (
            "pl",
            [
                "Niemcy",
                "Dania",
                "Estonia",
                "Finlandia",
                "Islandia",
                "Litwa",
                "Łotwa",
                "Norwegia",
                "Polska",
                "Rosja",
                "Szwecja",
            ],
        ),
        (
            "ru",
            [
                "Германия",
                "Дания",
                "Эстония",
                "Финляндия",
                "Исландия",
                "Литва",
                "Латвия",
                "Норвегия",
                "Польша",
                "Россия",
                "Швеция",
            ],
        ),
    ];
    let code = code.to_ascii_uppercase();
    let column = CODES.iter().position(|c| *c == code)?;
    NAMES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, names)| names[column])
}

/// English name of an ISO 3166-1 alpha-2 code, for templates (`{{ participant.country | country_name }}`).
pub fn country_name(code: &str) -> Option<&'static str> {
    const NAMES: &[(&str, &str)] = &[
        ("AT", "Austria"),
        ("BE", "Belgium"),
        ("BG", "Bulgaria"),
        ("BY", "Belarus"),
        ("CA", "Canada"),
        ("CH", "Switzerland"),
        ("CN", "China"),
        ("CY", "Cyprus"),
        ("CZ", "Czechia"),
        ("DE", "Germany"),
        ("DK", "Denmark"),
        ("EE", "Estonia"),
        ("ES", "Spain"),
        ("FI", "Finland"),
        ("FO", "Faroe Islands"),
        ("FR", "France"),
        ("GB", "United Kingdom"),
        ("GE", "Georgia"),
        ("GL", "Greenland"),
        ("GR", "Greece"),
        ("HR", "Croatia"),
        ("HU", "Hungary"),
        ("IE", "Ireland"),
        ("IL", "Israel"),
        ("IN", "India"),
        ("IS", "Iceland"),
        ("IT", "Italy"),
        ("JP", "Japan"),
        ("KR", "South Korea"),
        ("KZ", "Kazakhstan"),
        ("LT", "Lithuania"),
        ("LU", "Luxembourg"),
        ("LV", "Latvia"),
        ("MD", "Moldova"),
        ("MT", "Malta"),
        ("NL", "Netherlands"),
        ("NO", "Norway"),
        ("PL", "Poland"),
        ("PT", "Portugal"),
        ("RO", "Romania"),
        ("RS", "Serbia"),
        ("RU", "Russia"),
        ("SE", "Sweden"),
        ("SI", "Slovenia"),
        ("SK", "Slovakia"),
        ("TR", "Türkiye"),
        ("UA", "Ukraine"),
        ("US", "United States"),
    ];
    let code = code.to_ascii_uppercase();
    NAMES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// The words of the details table in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetailWords {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub experience: String,
    /// What stands in for a value the person did not give.
    pub not_given: String,
    /// The two experience values, as the table shows them.
    pub starting: String,
    pub experienced: String,
    /// How a reply greets a person whose name we know: `{name}` is the name as recorded,
    /// `{first}` its first word (the given name). See README, "Templates", for each language's
    /// choice.
    #[serde(default)]
    pub greeting: Option<String>,
    /// The greeting when the name is unknown, or when the name's first word is not a given name
    /// ("Dr.") and `greeting` uses `{first}`.
    #[serde(default)]
    pub greeting_no_name: Option<String>,
    /// The language's opening and closing quotation marks around the event's title, e.g. "„“".
    #[serde(default)]
    pub quotes: Option<String>,
}

impl DetailWords {
    /// The word for `key`: a label, `not_given`, or an experience value.
    pub fn get(&self, key: &str) -> Option<&str> {
        Some(match key {
            "name" => &self.name,
            "email" => &self.email,
            "organisation" => &self.organisation,
            "country" => &self.country,
            "experience" => &self.experience,
            "not_given" => &self.not_given,
            "starting" => &self.starting,
            "experienced" => &self.experienced,
            _ => return None,
        })
    }

    /// `label` followed by a colon and padded so the values of the text table line up.
    pub fn padded_label(&self, key: &str) -> Option<String> {
        let label = self.get(key)?;
        let width = [
            &self.name,
            &self.email,
            &self.organisation,
            &self.country,
            &self.experience,
        ]
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
            + 3;
        Some(format!(
            "{label}:{}",
            " ".repeat(width - label.chars().count() - 1)
        ))
    }
}

/// Every language's details words, from `details.toml` in the templates folder (empty when the
/// folder has none: then no template may include the details table).
pub fn load_detail_words(dir: &Path) -> Result<BTreeMap<String, DetailWords>, TemplateError> {
    let path = dir.join("details.toml");
    if !path.exists() {
        return Ok(BTreeMap::new());
    }
    Figment::from(Toml::file_exact(&path))
        .extract()
        .map_err(|e| TemplateError::Words {
            path,
            message: e.to_string(),
        })
}
