//! Free places at the event: the nouns for a place or seat, the words that say one is free or
//! left, "still" asked of them, and the sender taking one ("ledige pladser", "freie Plätze",
//! "brīvas vietas", "eshche est mesta?", "I'll take one"; see `understand::intents::free_places`
//! and, for the organisers' "only a few places left", `offered_places`).

/// Places at the event, word beginnings: "ledige pladser", "platser kvar", "paikkoja on
/// vielä", "places left", "freie Plätze", "brīvas vietas", "laisvų vietų", "vabu kohti",
/// "wolne miejsca", "свободные места".
pub const PLACE_NOUNS: &[&str] = &[
    "plads", "plass", "plats", "paikk", "paikko", "place", "seat", "spot", "platz", "plätz",
    "viet", "koht", "miejsc", "мест",
    // The plural's stem, without the consonant gradation above: "Viimeiset paikat",
    // "Viimased vabad kohad", "kui kohti on".
    "paikat", "kohad", "kohti", // Room, not a seat: "onko vielä tilaa?".
    "tilaa",
];

/// Handing places on, whole words ("Geben Sie die Plätze gern an andere", "leave the places to
/// others", "atdodiet vietas citiem", "oddajcie miejsca innym", "anna paikat eteenpäin"): with
/// a place in the clause, they give it away.
pub const TO_OTHERS: &[&str] = &[
    "others",
    "else",
    "andere",
    "anderen",
    "andern",
    "weiter",
    "andre",
    "andra",
    "videre",
    "vidare",
    "muille",
    "eteenpäin",
    "teistele",
    "edasi",
    "citiem",
    "tālāk",
    "kitiems",
    "toliau",
    "innym",
    "dalej",
    "другим",
    "дальше",
];

/// Places being free or left, word beginnings ("ledig", "kvar", "jäljellä", "left", "frei").
pub const FREE: &[&str] = &[
    "ledig",
    "kvar",
    "igjen",
    "tilbage",
    "jäljel",
    "vapa",
    "left",
    "free",
    "availab",
    "remain",
    "frei",
    "übrig",
    "brīv",
    "briv",
    "atlik",
    "laisv",
    "likę",
    "vaba",
    "vabu",
    // "Kohti on vähe järel" (few places left).
    "järel",
    "woln",
    "свобод",
    "остал",
    "svobodn",
    "ostalis",
];

/// Taking one of the free places, whole words, in a clause of the sender's (with a word of the
/// first person, or one of [`TAKING_MYSELF`], which say it themselves): "then I'll take one", "så vil jeg gerne have en af dem", "da tar jeg gjerne en", "då hakar jag gärna på",
/// "laittakaa minut siis listalle", "dann nehme ich einen".
pub const TAKING_ONE: &[&str] = &[
    "take",
    "have",
    // "Jeg vil gjerne ha en", "då vill jag gärna ha en".
    "ha",
    // "grab one for me", "save one for me".
    "grab",
    "save",
    // Securing it: "I så fall vil jeg gjerne sikre meg den", "then I'd like to secure one".
    "secure",
    "sikre",
    "säkra",
    "sakra",
    "sichern",
    "tar",
    "tager",
    "hakar",
    "kirja",
    // "Falls noch Plätze frei sind, wäre ich gern dabei".
    "dabei",
    "nehme",
    "listalle",
    "list",
    "liste",
    "listan",
    "listen",
    "запишите",
    "sarakstā",
    "sąrašą",
    "nimekirja",
    "listę",
];

/// Words that make a condition "if so" after a question about places ("if so", "wenn ja",
/// "jos on niin", "jei taip", "если да", "i saa fall" typed plain): whole words, one or two
/// right after the condition.
pub const IF_SO: &[&str] = &[
    "so", "yes", "ja", "jā", "taip", "tak", "да", "jah", "kyllä", "kylla", "on", "niin", "ok",
    "yra", "są", "sa", "есть", "så", "saa",
];

/// Words of taking one that say their subject, the sender ("ņemšu vienu", "wezmę jedno").
pub const TAKING_MYSELF: &[&str] = &[
    "ņemšu",
    "ņemu",
    "nemu",
    "imsiu",
    "imu",
    "võtan",
    "wezmę",
    "biorę",
    "возьму",
    "беру",
    "otan",
    "ottaisin",
    // The perfective, prefixed forms: "paņemšu vienu no atlikušajām vietām", "paimsiu vieną".
    "paņemšu",
    "paņemu",
    "panemsu",
    "paimsiu",
    "paimu",
    "paimčiau",
    "võtaksin",
    "wziąłbym",
    "wzięłabym",
];

/// "One" before a Latvian "no" that means "of" ("vienu no atlikušajām vietām"): whole words.
pub const LATVIAN_ONE_OF: &[&str] = &["vienu", "viena", "vienas", "kādu", "divas"];

/// "Still" in a clause that names places, which asks whether one is free ("if there is still a
/// seat", "falls noch Plätze frei sind", "kui veel kohti on", "ja vēl ir vieta", "jos vielä on
/// paikkoja"): whole words, read as [`FREE`] is.
pub const STILL: &[&str] = &[
    "still",
    "noch",
    "stadig",
    "fortsatt",
    "fremdeles",
    "fortfarande",
    "fortsat",
    "vielä",
    "viela",
    "veel",
    "vēl",
    "vel",
    "dar",
    "jeszcze",
    "ещё",
    "еще",
    // Russian typed in Latin letters on a phone: "eshche est mesta?".
    "eshche",
    "eshhe",
    "esche",
];
