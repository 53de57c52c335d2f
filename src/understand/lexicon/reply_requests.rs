//! What a short reply asks of the organisers besides the sender's own coming: adding a
//! colleague to the list ("Please also add my colleague …", "Добавьте, пожалуйста, ещё мою
//! коллегу …"), and yes or "I confirm" to a subject that asks whether the sender comes
//! ("Re: Czy możemy liczyć na Państwa obecność?", "Re: Подтвердите участие"). See
//! `understand::intents::replies`.

/// Verbs of adding someone to the list, whole words: imperatives and infinitives after "please
/// (also)", "could you" ("Please also add my colleague …", "Lisage palun ka minu kolleeg …",
/// "Добавьте, пожалуйста, ещё мою коллегу …", "Prašom pridėti ir mano kolegę …"). With a
/// colleague or "her"/"him" right after, a request to register them.
pub const ADDING_VERBS: &[&str] = &[
    "add",
    "hinzufügen",
    "ergänzen",
    "dazunehmen",
    "tilføj",
    "tilføje",
    "lisage",
    "lisada",
    "lisätkää",
    "lisätä",
    "lisäättekö",
    "lisäisittekö",
    "pievienojiet",
    "pievienot",
    "pievienosiet",
    "pridėkite",
    "pridėti",
    "pridėtumėte",
    "dopisać",
    "dopiszcie",
    "dopiszą",
    "dodać",
    "dodajcie",
    "добавьте",
    "добавить",
    "допишите",
    "дописать",
];

/// Verbs of adding said in two words, the particle right after the verb ("legg til min
/// kollega", "lägg till min kollega", "put down my colleague").
pub const ADDING_PAIRS: &[(&str, &str)] = &[
    ("legg", "til"),
    ("legge", "til"),
    ("lägg", "till"),
    ("lägga", "till"),
    ("put", "down"),
];

/// What the verb adds when it is no person: a clause ("I'd like to add that …", "möchte
/// ergänzen, dass …", "vil tilføje, at …", "добавить, что …"). Whole words right after the
/// verb.
pub const ADDING_THAT: &[&str] = &[
    "that", "dass", "at", "att", "että", "et", "kad", "że", "что",
];

/// The organisers asking in a subject whether the sender comes without a word of coming:
/// counting on them, their presence, a confirmation asked for ("Czy możemy liczyć na Państwa
/// obecność?", "Can we count on you?"). Substrings of the
/// lowercased subject; a reply that opens with yes or "I confirm" registers.
pub const ASKING_PRESENCE: &[&str] = &[
    "count on you",
    "rechnen",
    "regne med",
    "räkna med",
    "luottaa",
    "rēķināties",
    "skaičiuoti",
    "tikėtis",
    "arvestada",
    "liczyć na",
    "рассчитывать",
    "presence",
    "anwesenheit",
    "tilstedevær",
    "närvaro",
    "läsnäolo",
    "klātbūt",
    "kohalolek",
    "obecnoś",
    "obecnos",
];

/// A confirmation asked for in a subject ("Please confirm your participation", "Подтвердите,
/// пожалуйста, участие"): substrings of the lowercased subject, read with a word of coming or
/// registering in it (not "Please confirm the invoice address").
pub const ASKING_CONFIRMATION: &[&str] = &[
    "confirm",
    "bestätig",
    "bekræft",
    "bekreft",
    "bekräfta",
    "vahvist",
    "apstiprin",
    "patvirtin",
    "kinnita",
    "potwierdź",
    "potwierdz",
    "подтверд",
];

/// "I confirm" opening a reply ("Подтверждаю.", "Patvirtinu", "Apstiprinu", "Kinnitan",
/// "Potwierdzam", "Vahvistan", "Bekræfter", "Bestätige", "Confirmed"): whole words, a yes to a
/// subject that asks for a confirmation.
pub const CONFIRMING: &[&str] = &[
    "confirmed",
    "confirm",
    "bestätige",
    "bekræfter",
    "bekrefter",
    "bekräftar",
    "vahvistan",
    "apstiprinu",
    "patvirtinu",
    "kinnitan",
    "potwierdzam",
    "подтверждаю",
    "подтверждаем",
];

/// Taking part as a noun, in a subject that asks for a confirmation ("apstipriniet dalību",
/// "patvirtinkite dalyvavimą", "kinnitage osalemine", "potwierdź udział"): substrings of the
/// lowercased subject.
pub const PARTICIPATION: &[&str] = &[
    "participation",
    "attendance",
    "teilnahme",
    "deltag",
    "deltak",
    "osallistu",
    "dalīb",
    "dalyvav",
    "osalem",
    "osavõt",
    "udział",
    "участи",
];

/// Asking whether one may add someone ("Kas saaks lisada ka kolleegi …?", "Можно добавить ещё
/// мою коллегу …?", "Can I add my colleague …?"): with a verb of adding and a colleague named,
/// a request like "could you add …", not a question. Openings of a lowercased clause.
pub const ADDING_ASKED: &[&str] = &[
    "can i",
    "could i",
    "may i",
    "can we",
    "could we",
    "darf ich",
    "kann ich",
    "kan jeg",
    "kan vi",
    "kan jag",
    "får jag",
    "får jeg",
    "voinko",
    "voisinko",
    "voimmeko",
    "kas saaks",
    "kas ma saaks",
    "kas võiks",
    "vai varu",
    "vai es varu",
    "vai drīkstu",
    "ar galiu",
    "ar galėčiau",
    "ar būtų galima",
    "czy mogę",
    "czy można",
    "czy mógłbym",
    "czy mogłabym",
    "можно",
    "могу ли я",
];
