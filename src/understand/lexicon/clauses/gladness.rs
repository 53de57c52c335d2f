//! Gladness and gratitude, which ask before a condition ("I'd be glad if I could take part",
//! "Jag skulle uppskatta om ni kunde …") and after "with" say how gladly ("przyjmuję
//! zaproszenie z radością", "med kyshånd"); see `intents::sentences` and `intents::stance`.

/// Being grateful (word beginnings), which asks as gladness does before a condition ("I'd be
/// grateful if you could book me in", "wäre Ihnen dankbar, wenn Sie mich vormerken könnten",
/// "olisin kiitollinen, jos voisitte varata …") and, with information as its object, asks for
/// it ("We'd appreciate information about hotels", "būtu pateicīga par informāciju").
pub const GRATEFUL: &[&str] = &[
    "grateful",
    "thankful",
    "appreciat",
    // "Jag skulle uppskatta om ni kunde skriva upp mig".
    "uppskatt",
    "dankbar",
    "taknemmelig",
    "takknemlig",
    "tacksam",
    "kiitollin",
    "tänulik",
    "pateicīg",
    "dėking",
    "wdzięczn",
    "благодар",
    "признател",
];

/// Being glad, in the clause before a condition that then wishes, not waits ("I'd be glad if I
/// could take part", "wir würden uns freuen, wenn wir dabei sein dürften", "būtu priecīga, ja
/// varētu piedalīties", "byłbym zadowolony, gdybym mógł przyjechać"): word beginnings.
pub const GLAD: &[&str] = &[
    "glad",
    "happy",
    "pleased",
    "delighted",
    "great",
    "freue",
    "freuen",
    "froh",
    "schön",
    "glæde",
    "glede",
    "glädj",
    "iloinen",
    "ilahtu",
    "hienoa",
    "rõõm",
    "õnnelik",
    "onnelik",
    "tore",
    "priecā",
    "priecīg",
    "lieliski",
    "džiaug",
    "malonu",
    "puiku",
    "cieszy",
    "zadowolon",
    "świetnie",
    "рад",
    "рада",
    "здорово",
    "замечательно",
];

/// What follows Polish "z" when it is "with" gladness, not "from" a place ("przyjmuję
/// zaproszenie z radością", "zapiszę się z wielką przyjemnością"): whole words.
/// The same after the Scandinavian "med" ("tager jeg imod med kyshånd", "med glæde").
pub const GLADLY_AFTER_WITH: &[&str] = &[
    "radością",
    "przyjemnością",
    "chęcią",
    "ochotą",
    "kyshånd",
    "glæde",
    "glede",
    "glädje",
];
