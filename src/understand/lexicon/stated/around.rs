//! Words around a value stated in running text: cues read only when no other names an
//! organisation, what ends a name ("and not …") and what may trail it ("now").

/// As a representative or head of an organisation in the genitive ("jako przedstawicielka
/// Słupskiego Klastra", "z ramienia … Agencji", "kaip … klasterio vadovas"): read only when
/// no other cue names one, as a registration often recalls the old one this way
/// ("registravausi kaip X atstovė. Nuo gegužės dirbu …").
pub const AS_REPRESENTATIVE_CUES: &[&str] = &[
    "kaip ",
    "kā ",
    "jako przedstawiciel ",
    "jako przedstawicielka ",
    "z ramienia ",
    "как представитель ",
    "как представительница ",
    "от имени ",
];

/// "and not", "rather than" in the region's languages, with spaces: a name in running text
/// ends before them ("organisaatioksi X enkä Y").
pub const NOT_THIS: &[&str] = &[
    " enkä ",
    " eikä ",
    " rather than ",
    " instead of ",
    " and not ",
    " statt ",
    " anstatt ",
    " und nicht ",
    " istället för ",
    " i stället för ",
    " och inte ",
    " i stedet for ",
    " og ikke ",
    " nevis ",
    " o ne ",
    " а не ",
    " zamiast ",
    " a nie ",
    " mitte ",
];

/// Words that may follow a stated value without belonging to it ("I work for X now").
pub const TRAILING: &[&str] = &[
    "now",
    "instead",
    "too",
    "nun",
    "jetzt",
    "stattdessen",
    "tagad",
    "dabar",
    "nüüd",
    "nyt",
    "nu",
    "nå",
    "istället",
    "i stedet",
    "teraz",
    "теперь",
    "сейчас",
];
