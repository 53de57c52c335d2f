//! Past time and past forms beside a word of registering: the registration told is a fact
//! already made, or one announced for later, and nothing is asked now.

/// Past time next to a registration word: the sender reports an earlier registration ("I
/// registered last week", "jag anmälde mig förra veckan", "zapisałem się wczoraj") or
/// announces a later one ("prześlę zgłoszenie osobno") and asks for nothing now. Whole words, where [`ALREADY`] is looked for.
pub const PAST_TIME: &[&str] = &[
    "ago",
    "yesterday",
    "last",
    "earlier",
    "previously",
    "gestern",
    "letzte",
    "letzten",
    "letzter",
    "vorige",
    "vorigen",
    "kürzlich",
    "förra",
    "igår",
    "tidigare",
    "sidste",
    "forrige",
    "tidligere",
    "viime",
    "eilen",
    "aiemmin",
    "eelmisel",
    "eelmine",
    "möödunud",
    "eile",
    "varem",
    "pagājušajā",
    "pagājušo",
    "vakar",
    "iepriekš",
    "praėjusią",
    "praėjusiais",
    "vakar",
    "anksčiau",
    "zeszłym",
    "zeszłego",
    "wczoraj",
    "wcześniej",
    "прошлой",
    "прошлом",
    "вчера",
    "ранее",
    "недавно",
    // Later, not in this mail: "prześlę zgłoszenie osobno", "I'll register later".
    "later",
    "separately",
    "später",
    "separat",
    "senare",
    "senere",
    "myöhemmin",
    "hiljem",
    "vēlāk",
    "vėliau",
    "później",
    "osobno",
    "позже",
    "отдельно",
];

/// Auxiliaries of the perfect ("I have registered", "ich hatte mich angemeldet", "dere har
/// registrert meg"): within three words before a registering word, with no infinitive marker
/// between ("I have to register" asks), the registration is a fact. Whole words.
pub const PERFECT_AUX: &[&str] = &[
    "have", "has", "had", "i've", "we've", "habe", "hat", "haben", "hatte", "hatten", "har",
    "hade", "havde", "hadde",
];

/// Infinitive markers: "have to register", "habe vor, mich anzumelden", "har lyst til å melde
/// meg på". Whole words.
pub const INFINITIVE_MARKERS: &[&str] = &["to", "zu", "att", "at", "å", "til"];

/// Endings of past forms of registering that need no auxiliary: Polish "zapisałem się",
/// Russian "зарегистрировался", Lithuanian "užsiregistravau", Finnish and Estonian participles
/// after "olen" ("ilmoittautunut", "registreerunud"), Latvian "esmu pieteicies".
pub const PAST_ENDINGS: &[&str] = &[
    "łem", "łam", "liśmy", "łyśmy", "лся", "лась", "лись", "avau", "avome", "nut", "nyt", "neet",
    "nud", "cies", "jies", "avęs", "avusi",
];
