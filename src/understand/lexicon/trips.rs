//! The sender's trip to the event falling through ("die Reise nach Riga wird leider nicht
//! stattfinden", "wyjazd do Rygi nie dojdzie do skutku", "brauciens uz Rīgu atkrīt"): the
//! sender cannot come, said of the trip instead of with a verb of coming (see
//! `understand::intents::trips`).

/// The trip: word beginnings, lowercase. Not the event itself ("the workshop will not take
/// place" is the organisers' news, not the sender's). The event's city standing for the trip
/// ("Riga is off for me") is not here: the place is configuration (`UnderstandConfig::places`).
pub const TRIPS: &[&str] = &[
    "trip",
    "journey",
    "travel",
    "rejse",
    "resa",
    "fahrt",
    "matka",
    "brauciens",
    "brauciena",
    "ceļojum",
    "komandējum",
    "kelionė",
    "kelionę",
    "sõit",
    "reis",
    "wyjazd",
    "podróż",
    "delegacj",
    "поездк",
    "командировк",
];

/// Falling through, said of the trip, as substrings of the lowercase sentence ("won't happen",
/// "nicht stattfinden", "blir ikke noe av", "ei toteudu", "atkrīt", "neįvyks", "nie dojdzie do
/// skutku", "odpada", "не состоится").
pub const FALLS_THROUGH: &[&str] = &[
    "won't happen",
    "will not happen",
    "isn't happening",
    "is not happening",
    "not going to happen",
    "fell through",
    "falls through",
    "fallen through",
    "is off for",
    "won't take place",
    "will not take place",
    "nicht stattfinden",
    "findet nicht statt",
    "findet leider nicht statt",
    "fällt aus",
    "fällt leider aus",
    "fällt ins wasser",
    "wird nichts",
    "wird leider nichts",
    "nicht zustande",
    "blir ikke noe av",
    "blir dessverre ikke noe av",
    "blir ikke til noe",
    "ble ikke noe",
    "ble dessverre ikke noe",
    "blir dessverre ikke noe",
    "blev desværre ikke til noget",
    "blir tyvärr inget av",
    "bliver ikke til noget",
    "bliver ikke noget",
    "blev ikke til noget",
    "blir inte av",
    "blir tyvärr inte av",
    "blir inget av",
    "blev inte av",
    "ei toteudu",
    "ei valitettavasti toteudu",
    "peruuntui",
    "peruuntuu",
    "ei toimu",
    "atkrīt",
    "nenotiks",
    "nesanāks",
    "neįvyks",
    // Not working out, said of the trip: "kelionė į Rygą šį kartą nepavyks", "поездка не получится".
    "nepavyks",
    "не получится",
    "nie uda",
    "ei onnistu",
    "ei õnnestu",
    "atkrenta",
    "nie dojdzie do skutku",
    "nie odbędzie się",
    "odpada",
    "не состоится",
    "не состоялась",
    "отменяется",
    "отпадает",
    "сорвалась",
    // The event doing without the sender: "Riga får tyvärr klara sig utan mig i år".
    "klara sig utan mig",
    "klare seg uten meg",
    "klare sig uden mig",
    "manage without me",
    "do without me",
    "ohne mich auskommen",
    "обойтись без меня",
];

/// Verbs of falling through whose particle comes later ("jääb minu sõit Riiga ära"): the verb,
/// then the particle anywhere after it in the sentence; whole words.
pub const FALLS_THROUGH_SEPARABLE: &[(&str, &str)] = &[("jääb", "ära"), ("jäi", "ära")];

/// Gatherings other than the event nouns of `being_there::EVENT_NOUNS`, word beginnings,
/// lowercase: what another event is called when the sender asks to register for it ("the
/// Blue Economy conference in Gdańsk", "Klusteripäivät Tampereella", "выставка в Хельсинки").
pub const GATHERINGS: &[&str] = &[
    "conferen",
    "konferen",
    "конференц",
    "congress",
    "kongres",
    "конгресс",
    "summit",
    "gipfel",
    "samit",
    "саммит",
    "messe",
    "messi",
    "messil",
    "messu",
    "mässa",
    "fair",
    "targi",
    "targach",
    "targów",
    "выставк",
    "näyttely",
    "päivät",
    "päiville",
];

/// Words before a place that say where someone comes from, not where a gathering is held
/// ("I'm coming from Tallinn", "aus Greifswald", "iš Kauno", "из Таллина"), whole words.
pub const FROM_PLACE: &[&str] = &[
    "from", "aus", "von", "fra", "från", "frå", "no", "iš", "z", "ze", "из", "от", "od",
];
