//! Words that shape how a clause's intent words count: the sender speaking of themselves,
//! nouns for the participants, lists, German separable verbs of registering and cancelling, and
//! the fillers a phrase may hold (see `understand::intents::matching`).

/// The sender speaking of themselves where [`IMPERSONAL_PHRASES`] are said: whole words ("i"
/// is "in" there).
pub const SELF_WORDS: &[&str] = &[
    "jeg", "jag", "vi", "meg", "mig", "oss", "os", "ich", "wir", "mich", "uns", "mir",
];

/// Subject pronouns that make a participant noun the verb ("jeg deltager", "deltager vi"):
/// whole words.
pub const SUBJECT_PRONOUNS: &[&str] = &["jeg", "jag", "vi", "eg"];

/// Nouns for the participants, which hold registering stems ("participants", "Teilnehmer",
/// "osallistujille", "участники") but name people and ask for nothing: word beginnings.
/// Not the verbs ("participate", "uczestniczyć", "dalyvauti").
pub const PARTICIPANT_NOUNS: &[&str] = &[
    "participant",
    "teilnehmer",
    "teilnehmende",
    "deltagar",
    "deltager",
    "deltaker",
    "osallistuj",
    "osaleja",
    "dalībniek",
    "dalyvi",
    "uczestnik",
    "uczestnicy",
    "uczestniczk",
    "участник",
];

/// A list, in a word or the next: "deltakerlisten", "participant list", "dalībnieku sarakstā".
/// Inside a word; "list" alone only as a whole word ("osallistujille" holds it).
pub const LISTS: &[&str] = &[
    "liste", "lista", "listę", "sarak", "sąraš", "nimekir", "спис",
];

/// German separable verbs of registering: the verb, and the particle that ends the clause
/// ("ich melde zwei Kollegen an", "tragen Sie mich bitte ein").
pub const REGISTRATION_SEPARABLE: &[(&str, &str)] = &[
    ("melde", "an"),
    ("melden", "an"),
    ("meldet", "an"),
    ("trage", "ein"),
    ("tragen", "ein"),
    ("tragt", "ein"),
    ("merken", "vor"),
    ("nehme", "teil"),
    ("nehmen", "teil"),
    ("merkt", "vor"),
];

/// The same for cancelling ("ich melde mich hiermit ab", "ich sage leider ab").
pub const CANCELLATION_SEPARABLE: &[(&str, &str)] = &[
    ("ziehe", "zurück"),
    ("ziehen", "zurück"),
    ("melde", "ab"),
    ("melden", "ab"),
    ("meldet", "ab"),
    ("sage", "ab"),
    ("sagen", "ab"),
    ("trage", "aus"),
    ("tragen", "aus"),
];

/// Adverbs that may stand inside a phrase without changing it ("blir gjerne med", "I'll
/// definitely be there", "komme sehr gerne"); whole words.
pub const PHRASE_FILLERS: &[&str] = &[
    // The subject after the verb (V2: "I så fall kommer jag gärna", "Dann komme ich gerne",
    // "blir jeg gjerne med").
    "jag",
    "jeg",
    "ich",
    "vi",
    "wir",
    "gjerne",
    "gerne",
    "gärna",
    "gern",
    "sehr",
    "auch",
    "också",
    "også",
    "also",
    "definitely",
    "certainly",
    "surely",
    "gladly",
    "really",
    "happily",
    "mielellään",
    "mielelläni",
    "ka",
    "labprāt",
    "noteikti",
    "tikrai",
    "kindlasti",
    "varmasti",
    "chętnie",
    "z",
    "przyjemnością",
    "ganz",
    "bestimmt",
    "sicher",
    "säkert",
    "sikkert",
    "helt",
    "absolut",
    "rigtig",
    "meget",
    "veldig",
    "väldigt",
    "verkligen",
    "virkelig",
    "wirklich",
    // Typed without diacritics.
    "garna",
    "mielellaan",
    "mielellani",
    "labprat",
    "chetnie",
    "przyjemnoscia",
];

/// Compound nouns that begin with a registering stem but name a thing ("Teilnahmegebühr",
/// "Anmeldefrist", "osallistumismaksu", "opłata rejestracyjna"): asking about them asks for no
/// registration. Word beginnings. Not the forms ("Anmeldeformular" as a subject registers).
pub const THING_NOUNS: &[&str] = &[
    "teilnahmegeb",
    "teilnahmebest",
    "teilnahmebesch",
    "teilnahmebeding",
    "teilnahmezert",
    "anmeldeschluss",
    "anmeldefrist",
    "anmeldegeb",
    "anmeldebest",
    "tilmeldingsfrist",
    "påmeldingsfrist",
    "anmälningsavgift",
    "osallistumismaks",
    "ilmoittautumisaik",
    "rejestracyjn",
    "регистрационн",
];

/// Words that open an indirect question after a clause of wanting to know, besides
/// [`super::questions::ASKING_WHETHER`]: "if", "om" ("jag skulle vilja veta om …") and the
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
    "būtu",
    "gribēt",
    "vēlēt",
    "pateicīg",
    "interesē",
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

/// The reader addressed on their own in a forwarded invitation ("you can register yourself",
/// "piesakies pati", "anmäl dig själv", "registreeri ennast ise", "зарегистрируйся сама"):
/// whole words. In a forward the sentence registers nobody: the reader is to register.
pub const YOURSELF: &[&str] = &[
    "yourself", "selbst", "själv", "selv", "itse", "ise", "pats", "pati", "sam", "sama", "сам",
    "сама", "сами",
];

/// How many of "us" come ("we'll be two from our side: me and …", "von unserer Seite wären es
/// drei Personen: ich selbst, …", "będziemy we dwoje: ja oraz …", "нас будет двое: я и …"):
/// numbers of people, whole words, before the list that opens with the sender.
pub const HOW_MANY_OF_US: &[&str] = &[
    "two", "three", "four", "zwei", "drei", "vier", "zweit", "dritt", "två", "tre", "fyra", "to",
    "fire", "kaksi", "kolme", "neljä", "kaks", "kolm", "neli", "divi", "trīs", "četri", "du",
    "dviese", "trys", "trise", "keturi", "dwoje", "troje", "dwóch", "trzech", "dwie", "trzy",
    "двое", "трое", "два", "три",
];

/// "We" and "our" before [`HOW_MANY_OF_US`]: whole words.
pub const WE_OURS: &[&str] = &[
    "we",
    "we'll",
    "we're",
    "our",
    "wir",
    "unserer",
    "unsere",
    "uns",
    "vi",
    "oss",
    "os",
    "vår",
    "vores",
    "meitä",
    "meiltä",
    "me",
    "meidän",
    "meie",
    "meid",
    "meilt",
    "mēs",
    "mūsu",
    "būsim",
    "mes",
    "mūsų",
    "būsime",
    "my",
    "nas",
    "naszej",
    "będziemy",
    "мы",
    "нас",
    "нашей",
    "будем",
];

/// The sender opening the list of who comes: whole words.
pub const ME_FIRST: &[&str] = &[
    "me", "myself", "i", "ich", "mich", "jag", "mig", "jeg", "meg", "minä", "mina", "es", "aš",
    "ja", "я",
];

/// Words that hold a stem of the word lists but mean something else ("Länder" holds "änder",
/// "berätta" holds "rätta", "bekommen" and "willkommen" hold "kommen", "newsletter" holds
/// "slett", "Valmieras" holds "ieras"): never an inside hit.
pub const FALSE_FRIENDS: &[&str] = &[
    // Taking a name off a list, not registering: "Avregistrering", "unregister me".
    "avregistrering",
    "avregistrera",
    "avregistrer",
    "afregistrering",
    "deregistration",
    "deregister",
    "unregister",
    "länder",
    "ländern",
    "vänder",
    "berätta",
    "berättar",
    "berättade",
    "bekommen",
    "bekomme",
    "bekommt",
    "willkommen",
    "zukommen",
    "dazwischengekommen",
    "återkommer",
    "återkomma",
    "newsletter",
    "newslettern",
    "nyhetsbrev",
    "absender",
    "confirmation",
    "valmieras",
    "valmierā",
];
