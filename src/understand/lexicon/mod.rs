//! Word lists of the region's eleven languages that more than one part of understanding needs,
//! or that change often enough to deserve one home. Each list names one idea; a new phrasing
//! is added here, not in the code that uses it.
//!
//! All entries are lowercase. Matching rules are the user's (whole word, prefix or substring),
//! documented where the list is used.

pub mod attendance;
pub mod behalf;
pub mod bounces;
pub mod cancellation;
pub mod clauses;
pub mod corrections;
pub mod experience;
pub mod field_changes;
pub mod fields;
pub mod ideas;
pub mod intents;
pub mod language;
pub mod mail;
pub mod questions;
pub mod reports;
pub mod stance;
pub mod stated;
pub mod talks;

/// Words by which the sender means themselves as the one registered ("register me and my
/// colleague", "sign us up"); whole words. Not "I" or "we": "we would like to register our
/// colleague" says nothing of the sender coming.
pub const ME: &[&str] = &[
    "me",
    "myself",
    "us",
    "ourselves",
    "mich",
    "uns",
    "mani",
    "mūs",
    "mane",
    "mus",
    "mind",
    "meid",
    "minut",
    "meidät",
    "mig",
    "os",
    "meg",
    "oss",
    "mnie",
    "nas",
    "меня",
    "нас",
];

/// Someone other than the sender, in a registration ("my colleague", "on behalf of"); substrings.
pub const COLLEAGUE: &[&str] = &[
    "colleague",
    "on behalf of",
    "our manager",
    "our director",
    "my manager",
    "my boss",
    "kolleg",
    "kolēģ",
    "kolleeg",
    "kollega",
    "koleg",
    // Polish feminine: "koleżanka", "moją koleżankę".
    "koleżank",
    "коллег",
    "im namen",
    "i namnet",
    "på vegne af",
    "på vegne av",
    "w imieniu",
    "от имени",
    "vārdā",
    "vardu",
    "nimissä",
    "nimel",
];

/// What regbot's own replies print where a value is unknown ("(not given)"), in every
/// template language. A person quoting or editing the "We have recorded" block sends these
/// back; they are never values. Compared without brackets and case.
pub const PLACEHOLDERS: &[&str] = &[
    "not given",
    "ikke oplyst",
    "nicht angegeben",
    "pole märgitud",
    "ei ilmoitettu",
    "nenurodyta",
    "nav norādīts",
    "ikke oppgitt",
    "nie podano",
    "не указано",
    "ej angivet",
    "n/a",
    "-",
    "—",
    "?",
];

/// Whether a field value is only a placeholder ("(not given)", "-", "n/a"), never data.
pub fn is_placeholder(value: &str) -> bool {
    let v = value
        .trim()
        .trim_matches(['(', ')', '[', ']', '"', ' ', '.'])
        .to_lowercase();
    v.is_empty() || PLACEHOLDERS.contains(&v.as_str())
}

/// Topics of a note for the organisers that fits no field; substrings of a lowercase sentence.
pub const NOTE_TOPICS: &[&str] = &[
    // Food.
    "vegetarian",
    "vegan",
    "gluten",
    "lactose",
    "allerg",
    "halal",
    "kosher",
    "dietary",
    "diet ",
    "veģetār",
    "vegetar",
    "gluteen",
    "laktoos",
    "laktoz",
    "laktos",
    "gluten",
    "allergi",
    "alerģ",
    "alerg",
    "allergia",
    "вегетариан",
    "аллерги",
    "глютен",
    "kasvis",
    "keliakia",
    "laktoositon",
    "gluteeniton",
    "wegetarian",
    "wegańsk",
    "bezglutenow",
    // Access.
    "wheelchair",
    "accessib",
    "rollstuhl",
    "barrierefrei",
    "rullstol",
    "kørestol",
    "rullestol",
    "ratiņkrēsl",
    "vežimėl",
    "ratastool",
    "pyörätuoli",
    "wózk",
    "инвалидн",
    "hearing",
    "sign language",
    // Time.
    "be late",
    "arrive late",
    "late arrival",
    "leave early",
    "only the first day",
    "only on the first day",
    "only the second day",
    "only on the second day",
    "only day 1",
    "only day 2",
    "first day only",
    "second day only",
    "später kommen",
    "früher gehen",
    "nur am ersten tag",
    "nur am zweiten tag",
    "kavēšos",
    "vėluosiu",
    "hilinen",
    "myöhästyn",
    "kommer senare",
    "kommer sent",
    "kommer for sent",
    "spóźnię",
    "опозда",
];

/// A bare thank-you or acknowledgement that needs nothing at all; whole words of a short text.
pub const THANKS: &[&str] = &[
    "thanks",
    "thank",
    "you",
    "very",
    "much",
    "many",
    "great",
    "ok",
    "okay",
    "perfect",
    "noted",
    "received",
    "got",
    "it",
    "wonderful",
    "excellent",
    "see",
    "then",
    "soon",
    "cheers",
    "lovely",
    "super",
    "fine",
    "good",
    "a",
    "lot",
    "for",
    "the",
    "confirmation",
    "and",
    "best",
    "regards",
    "kind",
    "paldies",
    "liels",
    "ļoti",
    "labi",
    "ačiū",
    "labai",
    "dėkoju",
    "gerai",
    "aitäh",
    "tänan",
    "väga",
    "suur",
    "hästi",
    "kiitos",
    "paljon",
    "hyvä",
    "selvä",
    "tack",
    "så",
    "mycket",
    "bra",
    "tak",
    "mange",
    "takk",
    "skal",
    "ha",
    "danke",
    "vielen",
    "dank",
    "schön",
    "sehr",
    "gut",
    "super",
    "dziękuję",
    "dzięki",
    "bardzo",
    "świetnie",
    "спасибо",
    "большое",
    "отлично",
    "хорошо",
    "hi",
    "hello",
    "dear",
    "hej",
    "hei",
    "moi",
    "tere",
    "labdien",
    "sveiki",
    "hallo",
    "cześć",
    "здравствуйте",
];
