//! Talks offered by the sender, and the words around them: who offers (the sender), what is
//! only asked to be sent, and the reasons given before a question (see `ideas`).

/// A talk or a presentation (stems of five letters or more inside a word, shorter ones whole):
/// offered by the sender ([`OFFERING`]) it is an idea for the programme ("I could give a short
/// talk on …", "voisin pitää lyhyen esityksen", "могу выступить с докладом").
pub const TALKS: &[&str] = &[
    "talk",
    "keynote",
    "presentation",
    "vortrag",
    "präsentation",
    "impuls",
    "innlegg",
    "foredrag",
    "presentasjon",
    "oplæg",
    "indlæg",
    "præsentation",
    "föredrag",
    "dragning",
    "esitys",
    "esityks",
    "puheenvuor",
    "alustu",
    "prezentāc",
    "priekšlasījum",
    "uzstāties",
    "pristatym",
    "pristatyt",
    "pranešim",
    "ettekan",
    "esitlus",
    "prezentac",
    "wystąpi",
    "referat",
    "доклад",
    "выступ",
    "презентац",
    // Telling about one's own case: "labprāt pastāstītu par mūsu pieredzi", "mielai
    // papasakočiau", "chętnie opowiem".
    "pastāst",
    "papasak",
    "opowi",
];

/// Offering, whole words: a modal or a word of willingness ("I could", "ich könnte", "jeg
/// kan gjerne", "voisin", "varētu", "galėčiau", "võiksin", "mogłabym", "могу").
pub const OFFERING: &[&str] = &[
    "could",
    "can",
    "would",
    "happy",
    "glad",
    "willing",
    "offer",
    "könnte",
    "könnten",
    "kann",
    "würde",
    "gerne",
    "gern",
    "kan",
    "kunne",
    "gjerne",
    "gärna",
    "voisin",
    "voin",
    "voisimme",
    "mielelläni",
    "varētu",
    "varu",
    "varam",
    "labprāt",
    "galėčiau",
    "galiu",
    "galėtume",
    "galime",
    "mielai",
    "võiksin",
    "võiksime",
    "võime",
    "saan",
    "meelsasti",
    "mogę",
    "mogłabym",
    "mógłbym",
    "moglibyśmy",
    "możemy",
    "chętnie",
    "могу",
    "могла",
    "мог",
    "могли",
    "можем",
    "готов",
    "готова",
    "готовы",
    "valmis",
];

/// The sender or their organisation in an offer, whole words (first-person verbs of the
/// languages that drop the pronoun are in [`OFFERING`]).
pub const OFFERING_SELF: &[&str] = &[
    "i",
    "i'd",
    "i'm",
    "we",
    "we'd",
    "our",
    "my",
    "ich",
    "wir",
    "unser",
    "unsere",
    "jag",
    "jeg",
    "vi",
    "vår",
    "vårt",
    "vores",
    "mitt",
    "min",
    "voisin",
    "voin",
    "voisimme",
    "galėčiau",
    "galiu",
    "galėtume",
    "galime",
    "võiksin",
    "võiksime",
    "võime",
    "saan",
    "mogę",
    "mogłabym",
    "mógłbym",
    "moglibyśmy",
    "możemy",
    "могу",
    "могла",
    "мог",
    "могли",
    "можем",
    "готов",
    "готова",
    "es",
    "mēs",
    "varu",
    "varam",
    "mūsu",
    "mūsų",
    "meie",
    "nasz",
    "naszym",
    "я",
    "мы",
    "oleksin",
    "oleksime",
    "papasakočiau",
    "papasakosiu",
];

/// Sending or sharing, stems: talks sent afterwards are the event's, not an offer ("I would
/// be glad if you sent the presentations").
pub const SENDING: &[&str] = &[
    "send",
    "sent",
    "share",
    "schick",
    "sende",
    "skick",
    "lähet",
    "jaetaan",
    "atsūt",
    "sūtīt",
    "atsūtī",
    "atsiųs",
    "siųst",
    "saada",
    "saatke",
    "przesł",
    "wysła",
    "присл",
    "разошл",
    "отправ",
    "upload",
    "download",
];

/// Words that open a clause giving a reason ("As I would like to take part on both days, is
/// there parking?"): whole words, or the first of two.
pub const BECAUSE: &[&str] = &[
    "as",
    "since",
    "because",
    "da",
    "weil",
    "eftersom",
    "siden",
    "ettersom",
    "fordi",
    "koska",
    "kun",
    "kadangi",
    "nes",
    "kuna",
    "kuivõrd",
    "ponieważ",
    "bo",
    "skoro",
    "поскольку",
    "так",
    "раз",
    "tā",
];

/// Hearing or listening (word beginnings): talks someone wants to hear are taken in, not
/// offered ("a colleague would gladly hear the talks", "vil gerne høre oplæggene", "möchte die
/// Vorträge hören", "haluaisi kuulla esitykset").
pub const LISTENING: &[&str] = &[
    "hear",
    "listen",
    "høre",
    "hører",
    "höra",
    "hör",
    "hören",
    "kuull",
    "kuunn",
    "kuulata",
    "kuulda",
    "kuulama",
    "dzirdē",
    "klausī",
    "išgirst",
    "klausy",
    "usłysz",
    "słucha",
    "послуша",
    "услыша",
    "слуша",
];

/// A talk named by what it is, not "talk": "a case study", "ein Erfahrungsbericht", "мастер-
/// класс" (stems; five letters or more match inside a word).
pub const TALKS_MORE: &[&str] = &["erfahrungsbericht", "fallstudie", "мастер", "masterclass"];

/// Phrases of talks: "a case study", "a master class", "gadījuma izpēte".
pub const TALK_PHRASES: &[&str] = &[
    // "a short pitch"; not "pitched at our level" (inside a word).
    "pitch",
    "pitches",
    "case study",
    "master class",
    "gadījuma izpēti",
    "gadījuma izpēte",
];

/// Telling about one's own case, which offers a talk in a statement with an offer, the sender
/// and a slot of the programme (a number of minutes or the programme named: "Jeg fortæller
/// gerne om det i ti minutter", "ja programmā atrodas vieta, es varu to izstāstīt"); without
/// one it only offers to take part in the talk ("voin kertoa kokemuksistamme ryhmätyössä").
/// Stems (five letters or more match inside a word). Not English "tell", which asks to be told
/// as often ("could you tell me …").
pub const TELLING: &[&str] = &[
    "present",
    "prezentē",
    "fortæl",
    "fortell",
    "erzähl",
    "kertoisin",
    "kertoa",
    "esittel",
    "rääki",
    "tutvusta",
    "izstāst",
    "stāstīt",
    "papasakot",
    "pristatyti",
    "przedstaw",
    "opowiedzieć",
    "рассказ",
    // Showing one's case: "varam parādīt, kā …", "mogę pokazać", "võime näidata", "we could
    // present …", "galime parodyti", "können wir zeigen", "vi kan vise", "ich könnte …
    // berichten", "unser Projekt vorstellen", "voisimme esitellä".
    "parādī",
    "pokaza",
    "näida",
    "parody",
    "zeigen",
    "vise",
    "visa",
    "bericht",
    "vorstell",
    "vorzustell",
    "esitel",
    "показать",
    "покажем",
    "покажу",
];

/// One's own case or example offered for the programme ("a case for day two", "praktisks
/// piemērs", "atvejo", "näidet", "пример", "przypadek", "tapauksen"): with telling, an offer and
/// the sender, a slot as [`PROGRAMME_SLOT`] is (word beginnings). Not "example", "Beispiel",
/// "exempel", said as often in "for example".
pub const CASE_NOUNS: &[&str] = &[
    "case",
    "casen",
    "caset",
    "piemēr",
    "atvej",
    "näide",
    "пример",
    "przypad",
    "tapau",
    "esimerk",
];

/// A slot of the programme: minutes ("10-15 minutter", "15 minūtēs", "минут на 30") or the
/// programme itself (word beginnings).
pub const PROGRAMME_SLOT: &[&str] = &[
    "minut",
    "minuu",
    "minūt",
    "minūš",
    "minuč",
    "минут",
    "program",
    "ohjelma",
    "программ",
    "agenda",
    "slot",
];

/// Running a part of the programme, stems (five letters or more match inside a word): "I could
/// run a short session", "eine Session moderieren", "varu novadīt sesiju", "galėčiau pravesti
/// sesiją", "могу провести сессию", "mogę poprowadzić warsztat". With a word of [`SESSIONS`],
/// an offer and the sender, it offers a session as [`TALKS`] offer a talk.
pub const RUNNING: &[&str] = &[
    "run",
    "lead",
    "host",
    "facilitat",
    "moderat",
    "moderier",
    "novadī",
    "vadītu",
    "praves",
    "провест",
    "провед",
    "poprowadz",
    "vetää",
    "vetäis",
    "leda",
    "holde",
    "hålla",
    "håller",
];

/// Sessions of the programme (stems, five letters or more match inside a word): "a session", "a
/// breakout", "eine Arbeitsgruppe", "sesiju", "dirbtuvių sesiją", "сессию", "työpaja".
pub const SESSIONS: &[&str] = &[
    "sessio",
    "sesij",
    "sesja",
    "sesję",
    "sesji",
    "сесси",
    "breakout",
    "arbeitsgruppe",
    "dirbtuv",
    "darbnīc",
    "työpaja",
    "töötuba",
    "töötoa",
    "warsztat",
    "workshop",
    "programpunkt",
];

/// Words among the three before "talk" that make it a conversation with the reader ("we could
/// also talk about it there", "let's talk in Riga"): no talk offered ("I could talk about our
/// case" offers one).
pub const TALK_VERB_BEFORE: &[&str] = &["we", "let's", "lets", "us"];

/// Weeks, beginnings of lowercase words: "ehdotan viikkoa 26", "in week 26", "KW 26".
pub const WEEKS: &[&str] = &[
    "week",
    "woche",
    "kw",
    "vecka",
    "vecko",
    "uge",
    "uke",
    "viikko",
    "viikolla",
    "nädal",
    "nedēļ",
    "savait",
    "tydz",
    "недел",
];

/// Working together, inside a lowercase word ("yhteistyöehdotus", "Kooperationsvorschlag",
/// "samarbetsförslag", "propozycja współpracy", "предложение о сотрудничестве"): a proposal of
/// cooperation is not one for the programme.
pub const COOPERATION: &[&str] = &[
    "cooperation",
    "co-operation",
    "collaboration",
    "kooperation",
    "zusammenarbeit",
    "samarbet",
    "samarbejd",
    "samarbeid",
    "yhteistyö",
    "koostöö",
    "sadarbīb",
    "bendradarbiav",
    "współprac",
    "сотрудничеств",
];
