//! Words that decide how an intent word stands in its clause: negated, hypothetical, not yet,
//! possessive ("my registration"), a request or a real question, the writer as subject or
//! object. Matching is by whole word or phrase (see `understand::intents::sentences`).

/// Words after which a first-person attendance verb is still undecided, not a refusal ("I
/// cannot register yet", "ich kann noch nicht"): whole words.
pub const YET: &[&str] = &[
    "yet",
    "noch",
    "vēl",
    "dar",
    "veel",
    "vielä",
    "ännu",
    "endnu",
    "ennå",
    "enda",
    "jeszcze",
    "ещё",
    "еще",
    "decide",
    "decides",
    "entscheidet",
    "šobrīd",
    "moment",
    "currently",
    "now",
    "jetzt",
    "hetkellä",
    "praegu",
    "obecnie",
    "сейчас",
    "nuläget",
    "šiuo",
    "online",
    "website",
    "form",
    "link",
];

/// Words that make a clause a request, so "my registration" after them asks for one
/// ("proszę o moją rejestrację", "please confirm my registration"): whole words.
pub const REQUEST_WORDS: &[&str] = &[
    "please",
    "pls",
    "bitte",
    "lūdzu",
    "prašau",
    "palun",
    "pyydän",
    "snälla",
    "venligst",
    "vennligst",
    "proszę",
    "прошу",
    "пожалуйста",
];

/// The sender as the object of a request ("could you register me?"): whole words.
pub const ME_OBJECT: &[&str] = &[
    "me", "us", "mich", "uns", "mani", "mūs", "mane", "mus", "mind", "meid", "minut", "meidät",
    "mig", "os", "meg", "oss", "mnie", "nas", "меня", "нас",
];

pub const NEGATORS: &[&str] = &[
    "not",
    "no",
    "never",
    "cannot",
    "can't",
    "cant",
    "won't",
    "don't",
    "dont",
    "unable",
    "neither",
    "ne",
    "nevaru",
    "nevarēšu",
    "nevarēsim",
    "nevar",
    "nav",
    "nespēju",
    "negribu",
    "negaliu",
    "negalėsiu",
    "negalime",
    "nenoriu",
    "ei",
    "ega",
    "mitte",
    "pole",
    "emme",
    "ette",
    "eivät",
    "inte",
    "ej",
    "icke",
    "aldrig",
    "ikke",
    "ikkje",
    "aldri",
    "nicht",
    "kein",
    "keine",
    "nie",
    "niemals",
    "не",
    "нет",
    "ни",
    "никак",
    "nemohu",
];

pub const HYPOTHETICAL: &[&str] = &[
    "if", "whether", "unless", "jei", "jeigu", "jos", "om", "hvis", "wenn", "falls", "ob", "jeśli",
    "jeżeli", "gdyby", "если", "kui",
];

pub const POSSESSIVE: &[&str] = &[
    "my", "our", "your", "mein", "meine", "meiner", "meinen", "unsere", "ihre", "mano", "minu",
    "mu", "mitt", "min", "mine", "moja", "moją", "mojej", "moje", "мою", "моей", "моя", "mans",
    "manu", "savu", "minun", "jūsų", "teie", "din", "twoja", "вашу",
];

pub const REQUEST_OPENERS: &[&str] = &[
    "could you",
    "can you",
    "would you",
    "will you",
    "könnten sie",
    "können sie",
    "kan du",
    "kan ni",
    "voisitteko",
    "voisitko",
    "czy mogą",
    "czy może",
    "не могли бы",
    "vai jūs",
    "ar galėtumėte",
    "kas te saaksite",
];

pub const POLITENESS: &[&str] = &[
    "how are you",
    "hope you are well",
    "how is it going",
    "wie geht",
    "kā jums",
    "kā tev",
    "kaip sekasi",
    "kuidas läheb",
    "mitä kuuluu",
    "hur mår",
    "hvordan har",
    "jak się masz",
    "как дела",
    "isn't it",
    "right?",
];

pub const QUESTION_OPENERS: &[&str] = &[
    "i wonder",
    "i would like to know",
    "i'd like to know",
    "please let me know if",
    "please let me know whether",
    "ich möchte wissen",
    "vēlos uzzināt",
    "norėčiau sužinoti",
    "haluaisin tietää",
    "jag undrar",
    "jeg lurer på",
    "jeg vil gerne vide",
    "chciałbym wiedzieć",
    "chciałabym wiedzieć",
    "хотел бы узнать",
    "хотела бы узнать",
];

/// Words right after an attendance phrase that make it something else: "ich komme aus
/// Hamburg", "I'll come back to you". Whole words.
pub const NOT_AFTER: &[&str] = &[
    "aus",
    "från",
    "fra",
    "from",
    "iš",
    "z",
    "из",
    "back",
    "zurück",
    "tilbage",
    "tillbaka",
    "tilbake",
    "takaisin",
    "tagasi",
    "atpakaļ",
    "atgal",
    "обратно",
    "med",
    "mit",
    "with",
];

/// The writer speaking of themselves, as subject or object: whole words.
pub const FIRST_PERSON: &[&str] = &[
    "i", "i'd", "i'm", "i'll", "me", "we", "we'd", "us", "ich", "mich", "wir", "uns", "es", "mani",
    "mēs", "aš", "mane", "mes", "mus", "ma", "mina", "mind", "meie", "minä", "minut", "me", "jag",
    "mig", "vi", "oss", "jeg", "meg", "os", "ja", "mnie", "my", "nas", "я", "меня", "мы", "нас",
];
