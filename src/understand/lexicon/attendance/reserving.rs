//! Reserving or keeping a place for the sender ("please hold a seat for me", "Palun jätke
//! mulle üks koht", "Оставьте за мной место"): the verbs and the places they must name to
//! register (see `intents::saying_yes::reserves`).

/// Reserving a place ("please hold a seat for me", "rezervējiet man vietu", "забронируйте мне
/// место", "Kan dere sette av to plasser?"): with one of [`PLACES`] close by, a request to
/// be registered. Stems of five letters or more match inside a word.
pub const RESERVING: &[&str] = &[
    "reserv",
    "rezerv",
    "rezerw",
    "резерв",
    "бронир",
    "bronee",
    "book",
    "booke",
    "buchen",
    "boka",
    "bestill",
    "hold",
    "save",
    "varais",
    "varat",
    // "Varaan yhden paikan itselleni" (I book one place for myself).
    "varaan",
    "varaamme",
    "freihalt",
    // Keeping or leaving a place for the sender: "håll en plats åt mig", "spara en plats",
    // "hold en plads til mig", "pitäkää minulle paikka", "zatrzymajcie dla mnie miejsce".
    "håll",
    "hålla",
    "spara",
    "paxa",
    "holde",
    "pitäkää",
    "zatrzym",
];

/// [`RESERVING`]'s phrases.
pub const RESERVING_PHRASES: &[&str] = &[
    "sette av",
    "sett av",
    "sæt af",
    "sætte af",
    "hold of",
    // "Jeg vil gerne have en plads".
    "have en",
    "få en",
    // Keeping a place ("keep me a seat", "Lūgtu paredzēt vienu vietu arī man", "Palun
    // jätke mulle üks koht", "Прошу оставить за мной одно место", "palikite man vietą",
    // "halten Sie mir einen Platz frei"): the person is said where the verb alone also
    // leaves room for something else ("оставить место для дискуссии").
    "keep me a",
    "keep us a",
    "paredzēt",
    "paredziet",
    "paredzet",
    "jätke",
    "jätta mulle",
    "hoidke",
    "оставьте за мной",
    "оставить за мной",
    "оставьте мне",
    "оставить мне",
    "оставьте для меня",
    "оставить для меня",
    "palikite man",
    "palikit man",
    "palikti man",
    "zostawcie mi",
    "zostawić dla mnie",
    "halten sie mir",
    "haltet mir",
];

/// Places and seats at the event, whole words: what [`RESERVING`] must name to register.
pub const PLACES: &[&str] = &[
    "place",
    "places",
    "seat",
    "seats",
    "spot",
    "platz",
    "plätze",
    "plads",
    "pladser",
    "pladserne",
    "plass",
    "plasser",
    "plassene",
    "plats",
    "platser",
    "platserna",
    "paikka",
    "paikan",
    "paikkaa",
    "paikat",
    "paikkoja",
    "koht",
    "koha",
    "kohta",
    "kohad",
    "vietu",
    "vieta",
    "vietas",
    "vietām",
    "vietą",
    "vietos",
    "vietas",
    "miejsce",
    "miejsca",
    "место",
    "места",
];
