//! Words of coming and taking part: negated by the sender they cancel (see
//! `understand::intents`).

/// Verbs of coming and taking part (a subset of the registration words): negated by the sender
/// ("I won't be able to come", "dalyvauti negalėsiu", "nebraukšu") they cancel. Stems of five
/// letters or more match inside a word; shorter ones whole words.
pub const ATTEND: &[&str] = &[
    "attend",
    "participat",
    "join",
    "come",
    "teilnehm",
    "teilnahme",
    "kommen",
    "komme",
    "dabei",
    "deltag",
    "delta",
    "kommer",
    "piedalī",
    "brauk",
    "ierad",
    "dalyvau",
    "dalyvaut",
    "atvyk",
    "atvažiuo",
    "osale",
    "osalen",
    "tulla",
    "tulen",
    "osallistu",
    "päästä",
    "pääse",
    "udział",
    "uczestnicz",
    "przyjech",
    "przyjad",
    "участ",
    "приех",
    "приед",
    "прийти",
    "приду",
    // "jag kan inte komma", "nevarēšu ierasties".
    "komma",
    "ieras",
    // Travelling there: "į Rygą nevažiuosiu", "nie pojadę", "не поеду", "ei sõida".
    "važiuo",
    "pojad",
    "pojech",
    "поеду",
    "поедем",
    "поехать",
    "поеха",
    "sõida",
    // Getting there: "ei jõua kohale", "netikšu uz semināru", "nie zdążę dojechać".
    "jõua",
    "tikšu",
    "dojecha",
    "dojad",
];

/// Phrases of coming, for the same purpose as [`ATTEND`].
pub const ATTEND_PHRASES: &[&str] = &[
    "be there",
    "make it",
    "take part",
    "vara med",
    "være med",
    "blir med",
    "dabei sein",
    "dabei",
    "być obecn",
    // Travelling there, as whole words ("erfahren" is no "fahre"): "ich fahre nicht nach
    // Riga", "jag åker inte", "jeg drar ikke", "en lähde Riikaan".
    "fahre",
    "fahren",
    "åker",
    "drar",
    "reiser",
    "lähde",
    "åka",
    "schaffe es",
    "schaffen es",
];

/// German separable verbs of taking part ("ich nehme gerne teil", "ich nehme leider nicht
/// teil"): the verb, and the particle that ends its clause.
pub const ATTEND_SEPARABLE: &[(&str, &str)] = &[("nehme", "teil"), ("nehmen", "teil")];

/// Taking part from afar: a question about it ("can I join online?") is asked because the
/// sender cannot travel, not to cancel. Whole words.
pub const REMOTE: &[&str] = &[
    "online",
    "remote",
    "remotely",
    "virtually",
    "virtual",
    "zoom",
    "teams",
    "stream",
    "livestream",
    "distans",
    "distance",
    "etänä",
    "etäyhteydellä",
    "etäyhteyden",
    "veebis",
    "veebi",
    "virtuaalselt",
    "attālināti",
    "tiešsaistē",
    "nuotoliniu",
    "nuotoliu",
    "zdalnie",
    "онлайн",
    "дистанционно",
    "удалённо",
    "удаленно",
];
