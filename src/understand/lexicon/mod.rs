//! Word lists of the region's eleven languages that more than one part of understanding needs,
//! or that change often enough to deserve one home. Each list names one idea; a new phrasing
//! is added here, not in the code that uses it.
//!
//! All entries are lowercase. Matching rules are the user's (whole word, prefix or substring),
//! documented where the list is used.

pub mod attendance;
pub mod behalf;
pub mod being_there;
pub mod bounces;
pub mod cancellation;
pub mod clauses;
pub mod corrections;
mod daemons;
mod delays;
pub mod documents;
pub mod experience;
pub mod field_changes;
pub mod fields;
pub mod free_places;
pub mod holding_back;
mod idea_limits;
pub mod ideas;
pub mod intents;
pub mod knowing;
pub mod language;
pub mod listing;
pub mod logistics;
pub mod mail;
pub mod months;
mod name_titles;
pub mod negation;
pub mod offered_places;
pub mod questions;
pub mod registration_phrases;
pub mod replies;
pub mod reply_requests;
pub mod reports;
pub mod requests;
pub mod responders;
pub mod sales;
pub mod scandinavian;
mod signature_words;
pub mod stance;
pub mod stated;
pub mod talks;
pub mod trips;
pub mod which_record;

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
    // Polish feminine: "koleżanka", "moją koleżankę"; typed on a phone without the "ż".
    "koleżank",
    "kolezank",
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
    // Vegan where "vegan" is not a substring: "vegaani", "vegāns", "weganka", "веганка".
    "vegaan",
    "vegān",
    "wegan",
    "веган",
    "bezglutenow",
    // Estonian "taimetoitlane" (vegetarian), "dieet"; Latvian "diēta"; Russian "диета".
    "taimetoit",
    "dieet",
    "diēt",
    "диет",
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
    // Nursing a baby during the event.
    "breastfeed",
    "nursing room",
    "stillen",
    "imettä",
    "imetada",
    "zīdīt",
    "maitinti krūtimi",
    "karmić piersią",
    "кормить грудью",
    "kan amme",
    "ammerum",
    "amning",
    // Food left out, in other words ("spiser ikke fisk", "äter inte kött", "isst kein Fleisch").
    "spiser ikke",
    "äter inte",
    "äter ej",
    "isst kein",
    "esse kein",
    "ei syö",
    "en syö",
    "ei söö",
    "ma ei söö",
    "neēdu",
    "nevalgau",
    "nie jem",
    "не ем",
    "не употребляю",
    // A registration held until something is decided ("preliminari registracija").
    "preliminariai",
    "preliminari registracija",
    "preliminary registration",
    "tentative registration",
    "provisional registration",
    "register me tentatively",
    "vorläufige anmeldung",
    "vorläufig anmelden",
    "foreløbig tilmelding",
    "foreløpig påmelding",
    "preliminär anmälan",
    "alustava ilmoittautuminen",
    "wstępną rejestrację",
    "wstępnie zapisać",
    "предварительная регистрация",
    "предварительно зарегистр",
];

/// Coming for part of the event only, late or leaving early ("only the second day", "kun
/// deltage den første dag", "tulen ainult 3. juunil"): a note, but not in a question asking
/// whether it is possible ("kas oleks võimalik osaleda ainult teisel päeval?").
pub const NOTE_TIMING: &[&str] = &[
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
    // One day only, coming late or leaving early, in each language of the region.
    "only be able to join",
    "only attend",
    "only on day",
    "after lunch",
    "a bit late",
    "bara vara med",
    "bara första dagen",
    "bara andra dagen",
    "endast första dagen",
    "endast andra dagen",
    "hinner jag inte",
    "efter lunch",
    "gå tidigare",
    "åka tidigare",
    "försenad",
    "dra tidlig",
    "gå tidlig",
    "reise tidlig",
    "bare første dag",
    "bare andre dag",
    "bare dag ",
    "etter lunsj",
    "komme senere",
    "forsinket",
    "gå tidligt",
    "kun første dag",
    "kun anden dag",
    "kun dag ",
    "efter frokost",
    "myöhästy",
    "myöhässä",
    "lähteä aikaisin",
    "lähden aikaisin",
    "vain ensimmäise",
    "vain toise",
    "lounaan jälkeen",
    "tulen myöhemmin",
    "hiljaks",
    "alles lõunaks",
    "ainult esimesel",
    "ainult teisel",
    "varem lahkuma",
    "lahkun varem",
    "pärast lõunat",
    "tulen hiljem",
    "nokavē",
    "tikai pirmajā",
    "tikai otrajā",
    "agrāk aizbrauk",
    "pēc pusdienām",
    "atbraukšu vēlāk",
    "vėluoti",
    "tik pirmą",
    "tik antrą",
    "anksčiau išvyk",
    "po pietų",
    "atvyksiu vėliau",
    "spóźni",
    "tylko pierwszego dnia",
    "tylko drugiego dnia",
    "tylko w pierwszy",
    "tylko w drugi",
    "wcześniej wyjecha",
    "po obiedzie",
    "przyjadę później",
    "только в первый день",
    "только во второй день",
    "только первый день",
    "только второй день",
    "уехать раньше",
    "уеду раньше",
    "после обеда",
    "приеду позже",
    "früher abreisen",
    "nur am ersten",
    "nur am zweiten",
    "nur den ersten",
    "nur den zweiten",
    "verspätet",
    "nach dem mittag",
    "etwas später",
    "zum zweiten tag",
    "only until",
    "nur bis",
    "tikai līdz",
    "būšu tikai",
    "only make",
    "miss the first",
    "miss the beginning",
    "miss the start",
    "kun deltage den",
    "kun deltage på",
    "kun være med",
    "deltager kun",
    "deltar bara",
    "deltar bare",
    "kann nur am",
    "kann nur den",
    "tulen ainult",
    "osalen ainult",
    "saan osaleda ainult",
    "tulen vain",
    "osallistun vain",
    "pääsen vain",
    "przyjadę tylko",
    "będę tylko",
    "приеду только",
    "смогу только",
    "varēšu tikai",
    "galėsiu tik",
    "atvyksiu tik",
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
