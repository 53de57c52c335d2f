//! Indirect questions: words that ask "whether", words of knowing and wanting to know, and
//! the question words that open an indirect question after them ("I'd like to know when …",
//! "būtu pateicīga par informāciju, cikos …"). KNOWING and WANTING_TO_KNOW are two halves of
//! one idea and live side by side (see `understand::intents::questions`).

/// Words that ask whether, opening a clause: a sentence or a list item that opens with one asks
/// even without a question mark ("1) ar dalyvavimas mokamas;", "Czy warsztaty będą nagrywane."),
/// and so does a clause that opens with one after a clause of wanting to know (see
/// [`KNOWING`]). Not "if" nor the Scandinavian "om" ("om programmet": about the programme).
/// Russian "ли" stands second ("будет ли …"); Finnish asks with "-ko" on the verb ("onko …").
/// Lithuanian "ar" is Latvian "with" ("Ar šo piesaku …", "Ar cieņu") and "kas" a Latvian
/// relative ("Kas attiecas uz …"): those two ask only in a list item or after wanting to know
/// (see [`AMBIGUOUS_WHETHER`]).
pub const ASKING_WHETHER: &[&str] = &[
    "whether",
    "ob",
    "czy",
    "ar",
    "vai",
    "kas",
    "onko",
    "onkohan",
    "voiko",
    "saako",
    "tuleeko",
    "pitääkö",
    "tarvitseeko",
    "järjestetäänkö",
    "riittääkö",
    "kannattaako",
    "maksaako",
];

/// Words of [`ASKING_WHETHER`] that are something else in another of the region's languages at
/// the head of a sentence.
pub const AMBIGUOUS_WHETHER: &[&str] = &["ar", "kas"];

/// Wanting to know, to ask or to be told, before an indirect question's "whether" ("wüssten
/// wir gern, ob …", "wäre es hilfreich zu erfahren, ob …", "zastanawiałam się, czy …",
/// "byłabym wdzięczna za informację, czy …", "хотелось бы понять, будет ли …"). Stems of five
/// letters or more match inside a word, shorter ones whole words.
pub const KNOWING: &[&str] = &[
    "know",
    "wonder",
    "learn",
    "hear",
    "ask",
    "asking",
    "clarif",
    "wissen",
    "wüsst",
    "erfahr",
    "fragen",
    "frage",
    "informa",
    "informāc",
    "информац",
    "undrar",
    "undrade",
    "veta",
    "fråga",
    "höra",
    "vide",
    "spørge",
    "høre",
    "vite",
    "spørre",
    "lurer",
    "lurte",
    "interessier",
    "tietää",
    "tietäi",
    "kysyä",
    "kysyn",
    "kysyisi",
    "tiedust",
    "teada",
    "küsida",
    "küsin",
    // "ma küsiksin veel, kas …" (I would ask whether).
    "küsiks",
    "uurida",
    "uzzināt",
    "jautā",
    "noskaidr",
    // "gribētu saprast, kādā valodā …" (I would like to understand).
    "saprast",
    "interesē",
    // "Mane domintų, ar …" (I would be interested whether).
    "domin",
    // "Įdomu, ar …" (I wonder whether); "huvitaks, kas …" (it would interest me whether).
    "įdomu",
    "idomu",
    "huvit",
    "sužino",
    "žinoti",
    "klaus",
    "teirau",
    "wiedzie",
    "dowied",
    "zapyta",
    "pytam",
    "zastanaw",
    "ciekaw",
    "узна",
    "знать",
    "понять",
    "спрос",
    "уточн",
    "интерес",
    "подскаж",
    // "bitte teilen Sie mir mit, ob …" (tell me); the separable verb is in `KNOWING_WORDS`.
    "mitteil",
];

/// Words of [`KNOWING`] that count only whole: "zināt" is inside "sazināties" (to contact);
/// and "teilen Sie mir (mit)", not "wir teilen" (we share).
pub const KNOWING_WORDS: &[&str] = &["zināt", "teilen sie mir", "teilen sie uns"];

/// A knowing clause that wants to know, is grateful to be told or wonders ("I'd like to know",
/// "we'd need to know", "mich würde interessieren", "jeg kunne godt tænke mig at vide",
/// "chciałbym się dowiedzieć", "хотелось бы узнать", "būčiau dėkinga už informaciją"): word
/// beginnings. Not "let me know" nor "as you know".
pub const WANTING_TO_KNOW: &[&str] = &[
    "would",
    "i'd",
    "we'd",
    "like",
    "want",
    "need",
    "wonder",
    "grateful",
    "gern",
    "möchte",
    "würde",
    "wüsst",
    "dankbar",
    "skulle",
    "vill",
    "undra",
    "tacksam",
    "kunne",
    "vil",
    "tænke",
    "taknemmelig",
    "takknemlig",
    "lurte",
    "lurer",
    "haluai",
    "halua",
    "tarvits",
    "kiitollin",
    "sooviks",
    "tahaks",
    "tänulik",
    "huvit",
    "įdom",
    "idom",
    "būtu",
    "gribēt",
    "vēlēt",
    "pateicīg",
    "interesē",
    "domint",
    "norėč",
    "norėj",
    "norėt",
    "būčiau",
    "dėking",
    "chciał",
    "chcieli",
    "chcemy",
    "wdzięczn",
    "ciekaw",
    "хотел",
    "хочу",
    "хотим",
    "нужно",
    "благодар",
    "интерес",
];

/// Words that open an indirect question after a clause of wanting to know, besides
/// [`ASKING_WHETHER`]: "if", "om" ("jag skulle vilja veta om …") and the
/// question words ("when", "hvornår", "cikos", "o której", "во сколько"). Whole words, among
/// the first two of the clause or right after the knowing. They ask only when the knowing
/// clause wants to know (see [`WANTING_TO_KNOW`]): "as you know, when we met …" asks nothing.
pub const INDIRECT_WH: &[&str] = &[
    "if",
    "when",
    "what",
    "which",
    "where",
    "how",
    "who",
    "om",
    "wann",
    "welche",
    "welcher",
    "welches",
    "wie",
    "wo",
    "hvornår",
    // Danish and Norwegian "where", "how long", "who": "jeg vil gerne vide, hvor bussen
    // holder".
    "hvor",
    "hvem",
    "vem",
    "hvad",
    "hvilke",
    "hvilken",
    "hvordan",
    "når",
    "hva",
    "när",
    "vad",
    "vilka",
    "vilken",
    "hur",
    "milloin",
    "mitä",
    "mikä",
    "missä",
    "miten",
    "kuinka",
    "mihin",
    "millal",
    "mis",
    "kus",
    "kuidas",
    "mitu",
    "kad",
    "cikos",
    "kur",
    "kādi",
    "kāda",
    // "kādā valodā" (in which language), "kellega" (with whom), "kellele" (to whom).
    "kādā",
    "kellega",
    "kellele",
    "kes",
    "kada",
    "kaip",
    "kokie",
    "kokia",
    "kiek",
    "kiedy",
    "której",
    "którym",
    "gdzie",
    "jak",
    "jakie",
    "ile",
    "когда",
    "сколько",
    "где",
    "как",
    "какие",
    "какой",
    "какая",
];

/// Information itself as what is wanted ("We'd appreciate information about hotels nearby",
/// "ich wäre dankbar für Informationen zur Anreise", "būtu pateicīga par informāciju par …",
/// "хотелось бы получить информацию о …"): word beginnings. With a word of being grateful for
/// it or receiving it (`clauses::GRATEFUL`, [`RECEIVING`]) in the clause it asks, even without a question word
/// after it; "we'd like to share information about our project" asks nothing.
pub const INFORMATION: &[&str] = &[
    "information",
    "informationen",
    "details",
    "oplysning",
    "opplysning",
    "upplysning",
    "tietoa",
    "tiedot",
    "teavet",
    "teave",
    "informāc",
    "informacij",
    "informacj",
    "информаци",
    "сведени",
    // What is asked to be sent: "the exact address and the agenda".
    "agenda",
    "darbotvark",
    "päevakava",
    "tagesordnung",
    "dagsorden",
];

/// Receiving something (word beginnings), which with [`INFORMATION`] asks for it, as being
/// grateful for it does (`clauses::GRATEFUL`): "receive", "erhalten", "saada", "saņemt",
/// "gauti", "otrzymać", "получить".
pub const RECEIVING: &[&str] = &[
    "receive",
    "erhalten",
    "bekommen",
    "saada",
    "saaisin",
    "saņemt",
    "gauti",
    "otrzyma",
    "получить",
];

/// Promising to tell, not asking to be told ("I'll let you know whether I can come", "annan
/// teada, kas saan tulla", "pranešiu", "ich gebe Bescheid, ob …"): substrings of a clause. A
/// clause of knowing that promises asks nothing.
pub const PROMISING_TO_TELL: &[&str] = &[
    "let you know",
    "i'll let",
    "we'll let",
    "gebe bescheid",
    "geben bescheid",
    "melde mich",
    "giver besked",
    "gir beskjed",
    "ger besked",
    "ilmoitan",
    "ilmoitamme",
    "annan teada",
    "anname teada",
    "paziņošu",
    "paziņosim",
    "pranešiu",
    "pranešime",
    "dam znać",
    "damy znać",
    "сообщу",
    "сообщим",
    "дам знать",
];

/// A registration having arrived or been received, asked about by someone who registered
/// elsewhere ("Could you check that my registration reached you?", "Kan dere sjekke at
/// påmeldingen har kommet frem?", "onko ilmoittautumiseni tullut perille?", "Czy moje
/// zgłoszenie dotarło?"): word beginnings.
pub const ARRIVED: &[&str] = &[
    "arriv",
    "reached",
    "receiv",
    "angekommen",
    "eingegangen",
    "erhalten",
    "modtag",
    "mottatt",
    "mottok",
    "mottag",
    "mottog",
    "perille",
    "saapu",
    "vastaanot",
    "jõudis",
    "jõudnud",
    "saņemt",
    "saņēm",
    "pienāc",
    "nonāc",
    "gavot",
    "gauta",
    "pasiek",
    "užfiksuot",
    "dotarł",
    "otrzyma",
    "wpłynęł",
    "дошл",
    "дошёл",
    "получил",
    "поступил",
];

/// Words of arriving that count only whole, as they also begin other words: "kommet frem",
/// "kommit fram", "on tullut teille".
pub const ARRIVED_WORDS: &[&str] = &["frem", "fram", "tullut"];
