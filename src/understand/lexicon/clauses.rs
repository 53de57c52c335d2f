//! Words that shape how a clause's intent words count: the sender speaking of themselves,
//! nouns for the participants, lists, German separable verbs of registering and cancelling, and
//! the fillers a phrase may hold (see `understand::intents::matching`).

mod false_friends;
mod gladness;
mod me_too;
mod wishing;
pub use false_friends::{FALSE_FRIEND_STEMS, FALSE_FRIENDS};
pub use gladness::{GLAD, GLADLY_AFTER_WITH, GRATEFUL};
pub use me_too::{TOO_BEFORE_ME, TOO_ENDINGS};
pub use wishing::{
    BEFORE_GLADNESS, GLAD_IF_WOULD, GOING_PHRASES, GOING_STEMS, HAVING, LISTED_AS_PARTICIPANT,
    LISTING_PHRASES, LISTING_SELF, LISTING_STEMS, MY_NAME, PAST_WISHING, POLITE_IF, SENDER_UNSAID,
    TO_BE, WANTING, WISH_FIRST_PERSON, WISH_WORDS, WOULD,
};

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
    // The feminine: "atzīmējiet mani kā dalībnieci".
    "dalībniec",
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
    // "så tilmeld mig endelig" (by all means), "lisätä mukaan kollegani" (along).
    "endelig",
    "mukaan",
    // "Pieskaitiet, lūdzu, mani": a please inside the phrase (see `PLEASE_ALONE`).
    "lūdzu",
    "prašau",
    "proszę",
    "palun",
    "пожалуйста",
    "please",
    "bitte",
    // Of course and by the way, said in passing in a longer mail: "Jeg blir selvsagt med",
    // "Og så tager jeg naturligvis med", "Jeg blir forresten med til Riga".
    "selvsagt",
    "selvfølgelig",
    "naturligvis",
    "forresten",
    "förresten",
    "självklart",
    "förstås",
    "natürlich",
    "selbstverständlich",
    "übrigens",
    "tietysti",
    "tietenkin",
    "muuten",
    // Freely, as one invites the reader to count the sender in: "mane galite drąsiai
    // skaičiuoti", "droši lieciet mani sarakstā", "смело вносите в список".
    "drąsiai",
    "droši",
    "смело",
    // Certainty said inside the yes: "olen ehdottomasti mukana", "jag är definitivt med",
    // "będę na pewno", "я обязательно буду", "būsiu būtinai".
    "ehdottomasti",
    "takuulla",
    "definitivt",
    "absolutt",
    "unbedingt",
    "obligāti",
    "būtinai",
    "zdecydowanie",
    "pewno",
    "обязательно",
    "непременно",
    "точно",
    // Typed without diacritics.
    "garna",
    "mielellaan",
    "mielellani",
    "labprat",
    "chetnie",
    "przyjemnoscia",
];

/// "Please" as a clause of its own between commas ("pieskaitiet, lūdzu, mani"), whole and
/// lower case: the clauses around it are one (see `intents::sentences::clauses`).
pub const PLEASE_ALONE: &[&str] = &[
    "lūdzu",
    "prašau",
    "prašom",
    "proszę",
    "palun",
    "пожалуйста",
    "please",
    "bitte",
    "venligst",
    "vennligst",
    "snälla",
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

/// The reader addressed on their own in a forwarded invitation ("you can register yourself",
/// "piesakies pati", "anmäl dig själv", "registreeri ennast ise", "зарегистрируйся сама"):
/// whole words. In a forward the sentence registers nobody: the reader is to register.
pub const YOURSELF: &[&str] = &[
    "yourself",
    "herself",
    "himself",
    "themselves",
    "selbst",
    "själv",
    "selv",
    "itse",
    "ise",
    "pats",
    "pati",
    "sam",
    "sama",
    "сам",
    "сама",
    "сами",
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
    "mums",
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

/// The sender named in a list of who comes by a word of its own ("undertecknad och min kollega
/// …", "sevi un …"): whole words.
pub const UNDERSIGNED: &[&str] = &[
    "myself",
    "undersigned",
    "undertecknad",
    "undertecknade",
    "undertegnede",
    "undertegnet",
    "undertegnende",
    "allekirjoittanut",
    "allakirjutanu",
    "sevi",
];

/// "And" before the sender closing a list of who comes ("A, B and myself", "… und ich",
/// "… og mig selv"): whole words.
pub const AND_LAST: &[&str] = &[
    "and", "und", "og", "och", "ja", "ning", "un", "ir", "i", "oraz", "и",
];

/// "Self" after the sender closing a list ("og mig selv", "och jag själv", "ja minä itse"):
/// whole words.
pub const SELF: &[&str] = &[
    "selv", "själv", "selbst", "itse", "ise", "pats", "pati", "sam", "сам", "сама",
];

/// "From" between a number and "us" ("to fra oss", "två från oss", "zwei von uns"): whole
/// words.
pub const FROM_US: &[&str] = &[
    "from", "fra", "från", "von", "aus", "no", "iš", "z", "из", "от",
];

/// The sender opening the list of who comes: whole words.
pub const ME_FIRST: &[&str] = &[
    "me", "myself", "i", "ich", "mich", "jag", "mig", "jeg", "meg", "minä", "mina", "es", "aš",
    "ja", "я",
];

/// "To be" before a registering word, which then states a fact when it is a participle ("vi er
/// tilmeldt to", "we are registered", "jag är anmäld", "ich bin angemeldet", "jestem zapisana"):
/// whole words, within two words before it.
pub const BE_STATE: &[&str] = &[
    "am",
    "are",
    "is",
    "i'm",
    "we're",
    "er",
    "är",
    "bin",
    "sind",
    "ist",
    "jestem",
    "jesteśmy",
    "jest",
    "esmu",
    "esam",
    "esu",
    "esame",
    "olen",
    "olemme",
    "oleme",
    "was",
    "were",
    "var",
    "war",
    "waren",
    "oli",
    "olid",
    "olimme",
    "bija",
    "bijām",
    "buvo",
    "buvome",
    "był",
    "była",
    "byli",
    "был",
    "была",
    "были",
];

/// Endings of the participles after [`BE_STATE`]: "registered", "tilmeldt", "påmeldt",
/// "anmäld", "anmälda", "angemeldet", "zapisana", "zapisany", "zapisani".
pub const STATE_ENDINGS: &[&str] = &[
    "ed", "dt", "äld", "älda", "ldet", "det", "ana", "any", "ani", "ane", "nut", "nud", "ies",
    "tud", "dud", "ан", "ана", "аны",
];

/// Words after which Scandinavian "om" is "about", not "if": agreeing and talking ("som vi kom
/// överens om bekräftar jag …", "som vi ble enige om", "som vi talte om"). Whole words.
pub const ABOUT_AFTER: &[&str] = &[
    "överens",
    "enige",
    "enig",
    "enes",
    "pratade",
    "talade",
    "talat",
    "pratat",
    "snakket",
    "snakkede",
    "talte",
    "diskuterade",
    "diskuterede",
    "diskuterte",
    "sagt",
];

/// Words after the Latvian "no" (from) that show it is no English "no": "no mūsu puses", "no
/// manis", "no jūsu", "no kolēģiem". Whole words.
pub const LATVIAN_FROM: &[&str] = &[
    "mūsu",
    "musu",
    "manis",
    "mums",
    "jūsu",
    "jusu",
    "viņa",
    "viņas",
    "kolēģiem",
    "kolēģu",
    "savas",
    "sava",
    "rīgas",
];

/// Being or going somewhere, as whole words, that place the sender at the event when it is
/// named in the same clause ("Since I plan to be at the workshop", "da ich am 2./3. Juni in Riga
/// bin", "nu hvor jeg skal til jeres workshop", "tā kā plānoju būt abas semināra dienas").
pub const BEING_AT: &[&str] = &[
    "be", "am", "i'm", "sein", "bin", "være", "skal", "vara", "ska", "olla", "olen", "būt", "esmu",
    "būti", "esu", "być", "jestem", "быть",
];

/// Verbs of planning or wishing in the first person, whole words: the sender is their subject
/// where the language drops the pronoun ("planuję być", "plānoju būt", "sooviksin … olla").
pub const PLANNING_FIRST: &[&str] = &[
    "plānoju",
    "planuoju",
    "planuję",
    "planuje",
    "plaanin",
    "kavatsen",
    "sooviksin",
    "aion",
    "suunnittelen",
    "планирую",
    "собираюсь",
    "plane",
    "planerar",
    "planlegger",
    "planlægger",
];

/// Who the registering verb is left to when an invitation is passed on: "whoever" and "those
/// interested", whole words ("Wer Interesse hat, meldet sich …", "Norintys registruojasi
/// patys", "Osoby zainteresowane zapisują się same", "желающие регистрируются сами").
pub const WHOEVER: &[&str] = &[
    "whoever",
    "wer",
    "norintys",
    "norintieji",
    "zainteresowani",
    "chętni",
    "желающие",
    "halukkaat",
    "soovijad",
    "huvilised",
    "interessierte",
    "interessenter",
    "intresserade",
    "interesserte",
    "interesserede",
];

/// [`WHOEVER`] in two words, and registering done elsewhere ("den som vill åka", "kas vēlas
/// braukt", "tilmelding sker direkte til arrangøren"): pairs of whole words in a row.
pub const WHOEVER_PAIRS: &[(&str, &str)] = &[
    ("anyone", "who"),
    ("anyone", "interested"),
    ("those", "interested"),
    ("those", "who"),
    ("den", "som"),
    ("de", "som"),
    ("alle", "som"),
    ("hver", "som"),
    ("hvem", "der"),
    ("kas", "vēlas"),
    ("kas", "grib"),
    ("kes", "soovib"),
    ("kes", "soovivad"),
    ("kto", "chce"),
    ("osoby", "zainteresowane"),
    ("кто", "хочет"),
    ("tilmelding", "sker"),
    ("anmälan", "sker"),
    ("påmelding", "skjer"),
    ("anmeldung", "erfolgt"),
];

/// A registration sent before, past forms of sending, whole words ("I sent my registration two
/// weeks ago", "wysłałam zgłoszenie", "lähetin ilmoittautumisen"): the registration is told as
/// done, not asked for.
pub const SENT_BEFORE: &[&str] = &[
    "sent",
    "sendte",
    "skickade",
    "schickte",
    "saatsin",
    "saatsime",
    "lähetin",
    "lähetimme",
    "nosūtīju",
    "nosūtījām",
    "sūtīju",
    "išsiunčiau",
    "išsiuntėme",
    "siunčiau",
    "wysłałem",
    "wysłałam",
    "wysłaliśmy",
    "отправил",
    "отправила",
    "отправили",
    "послал",
    "послала",
    // A form filled in ("I filled in the registration form", "täitsin registreerimisvormi").
    "filled",
    "submitted",
    "ausgefüllt",
    "udfyldte",
    "fylte",
    "fyllde",
    "täytin",
    "täitsin",
    "aizpildīju",
    "užpildžiau",
    "wypełniłem",
    "wypełniłam",
    "заполнил",
    "заполнила",
];
