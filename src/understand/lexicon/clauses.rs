//! Words that shape how a clause's intent words count: the sender speaking of themselves,
//! nouns for the participants, lists, German separable verbs of registering and cancelling, and
//! the fillers a phrase may hold (see `understand::intents::matching`).

/// The sender speaking of themselves where [`IMPERSONAL_PHRASES`] are said: whole words ("i"
/// is "in" there).
pub const SELF_WORDS: &[&str] = &[
    "jeg", "jag", "vi", "meg", "mig", "oss", "os", "ich", "wir", "mich", "uns", "mir",
];

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
