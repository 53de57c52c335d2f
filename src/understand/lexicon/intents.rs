//! Words of registering: the stems here, the phrases in `registration_phrases`, the German
//! separable verbs in `clauses` (both re-exported); the words of cancelling live in
//! `cancellation`, ideas in `ideas`, coming and taking part in `attendance`, corrections in
//! `corrections`, what turns a request off in `stance`, what tells a request from a question in
//! `questions`. Stems of five letters or more match inside a word; shorter ones and phrases
//! match whole words (see `understand::intents`).

/// Stems that ask to take part. Stems of five letters or more match inside a word (prefixes:
/// "užregistruoti", "zarejestrować", "зарегистрироваться"); shorter ones match a whole word.
pub const REGISTRATION: &[&str] = &[
    "regist",
    "reģistr",
    "rejestr",
    "регистр",
    "anmeld",
    "anmäl",
    "tilmeld",
    "påmeld",
    "ilmoittau",
    // Spoken Finnish, typed as said: "ilmottaudun", "ilmottakaa minut".
    "ilmottau",
    "pieteik",
    "piedalī",
    "dalyvau",
    "dalyvaut",
    "braukšu",
    "braucu",
    "ieradīšos",
    "osaleda",
    "osalen",
    // "Osaleme hea meelega" (we will gladly take part).
    "osaleme",
    "osallistu",
    "deltag",
    "delta",
    "teilnehm",
    "teilnahme",
    "participat",
    "attend",
    "zgłosz",
    "zgłasz",
    "zapisać",
    // Russian typed in Latin letters on a phone: "zapishite menya", "zapisat'sya".
    "zapishi",
    "zapisat",
    "zapisz",
    // "dopisać też moją koleżankę", "dopiszcie mnie".
    "dopisa",
    "dopisz",
    // "proszę o zapisanie mnie", "zapisanie".
    "zapisan",
    "udział",
    "присутств",
    "uczestnicz",
    "участ",
    "записат",
    "запиши",
    "join",
    "joining",
    // "könnt ihr mich für den Workshop eintragen?", "bitte einzutragen".
    "eintrag",
    "einzutrag",
    // Joining, as a wish: "mielai prisijungčiau", "osaleksin meelsasti".
    "prisijung",
    "osaleks",
    // Putting the sender on the list: "ierakstīt mani", "įrašyti", "wpisać", "atvažiuočiau".
    "ierakst",
    "įrašy",
    "wpisa",
    "wpisz",
    "atvažiuos",
    "atvažiuoč",
    "atvykč",
    "brauktu",
    "tuleksin",
    "pojadę",
    // Coming, said as a wish or a plan: "хотел бы приехать", "norėčiau atvykti", "gribētu
    // braukt", "chętnie przyjadę"; negated it is a refusal, as for the other words.
    "приех",
    "atvykti",
    "braukt",
    "przyjad",
    "przyjech",
    // Someone else coming: "vietoj manęs atvyks kolegė …", "przyjedzie koleżanka",
    // "приедет коллега", "brauks kolēģe", "meie ettevõttest osaleb …".
    "atvyks",
    "przyjedzie",
    "przyjadą",
    "приедет",
    "приедут",
    "brauks",
    "ieradīsies",
    "osaleb",
    "osalevad",
    // Visiting: "vēlos apmeklēt semināru"; negated "apmeklēt nevarēšu".
    "apmeklē",
    // "piesakos", "piesaku savu dalību", "įtraukti mane".
    "piesak",
    // "zapisuję się na warsztaty", "važiuosime dviese".
    "zapisuj",
    "važiuos",
    // "Labprāt pievienošos" (I will gladly join).
    "pievienoš",
];

/// Phrases that register ("sign me up", "I'll be there", "bin dabei") live in
/// `registration_phrases`; re-exported here so the word lists of registering are one import.
pub use super::registration_phrases::*;

/// A website, where an invitation to another event sends its readers to register
/// ("Registracija – forumo svetainėje", "Rejestracja przez stronę forum", "ilmoittautuminen
/// tapahtuman verkkosivuilla"): word beginnings.
pub const WEBSITES: &[&str] = &[
    "website",
    "webpage",
    "homepage",
    "webseite",
    "internetseite",
    "hjemmeside",
    "nettside",
    "webbplats",
    "hemsida",
    "verkkosivu",
    "sivuilla",
    "kotisivu",
    "veebileh",
    "kodulehe",
    "mājaslap",
    "tīmekļvietn",
    "svetain",
    "stronę",
    "stronie",
    "witryn",
    "сайт",
];

/// "I will (be there)" said as a clause of its own ("Brzmi świetnie, będę!", "Буду!").
pub const YES_ALONE: &[&str] = &["będę", "będziemy", "буду", "будем"];

/// Words that leave what the sentence says open ("my colleague may want to take my place"):
/// whole words.
pub const HEDGES: &[&str] = &[
    "may",
    "might",
    "maybe",
    "perhaps",
    "possibly",
    "vielleicht",
    "eventuell",
    "kanske",
    "kanskje",
    "måske",
    "muligvis",
    "ehkä",
    "mahdollisesti",
    "varbūt",
    "iespējams",
    "galbūt",
    "gal",
    "võib-olla",
    "võibolla",
    "ehk",
    "może",
    "możliwe",
    "возможно",
    "может",
];

pub use super::clauses::*;
