//! Requests to register someone in words the intent lexicon misses: a separable verb around
//! the people it names, or a verb that needs a word about the event with it.

/// A request to register someone that the intent words miss: a separable verb around the
/// people it names ("melden Sie bitte A und B an"), or a verb that also means something else
/// ("ilmoittaa" is also "to notify") and so needs a word about the event with it.
/// Words ending in `-` match the start of a word; the others match whole words.
pub struct Ask {
    /// The verb (any one of these).
    pub verb: &'static [&'static str],
    /// A word that must come with it in the sentence (any one); empty: the verb alone.
    pub with: &'static [&'static str],
    /// `with` is the verb's particle: it comes after the verb and ends a clause.
    pub particle: bool,
}

pub const ASKS: &[Ask] = &[
    // "Melden Sie bitte A (a@…) und B (b@…) zum Workshop an", "tragen Sie A bitte ein".
    Ask {
        verb: &["melde-"],
        with: &["an"],
        particle: true,
    },
    Ask {
        verb: &["trage-", "tragt"],
        with: &["ein"],
        particle: true,
    },
    // "Ilmoittakaa A ja B työpajaan", "ilmoittaisin kollegani A:n mukaan".
    Ask {
        verb: &["ilmoit-"],
        with: &[
            "työpaj-",
            "seminaari-",
            "tilaisuu-",
            "tapahtum-",
            "koulutu-",
            "kurssi-",
            "workshop-",
            "mukaan",
            "osallistuj-",
            "kolleg-",
            "henkilö-",
            "seuraava-",
        ],
        particle: false,
    },
    // "lūdzu, piesakiet manu kolēģi A", "pierakstiet A".
    Ask {
        verb: &[
            "piesakiet",
            "pieteiciet",
            "pieteikt",
            "piesaku",
            "piesakām",
            "pierakstiet",
            "pierakstīt",
        ],
        with: &[],
        particle: false,
    },
    // "palun pange minu kolleeg A kirja".
    Ask {
        verb: &["pange", "panna", "panete", "panen"],
        with: &["kirja"],
        particle: false,
    },
    // "palun lisage osalejate nimekirja meie juhataja A (a@…)".
    Ask {
        verb: &["lisage", "lisada", "lisaksite", "lisake"],
        with: &["nimekirja", "osalej-", "registreeri-"],
        particle: false,
    },
    // "kan dere melde på min kollega A", "skriv opp A".
    Ask {
        verb: &["melde", "meld"],
        with: &["på"],
        particle: false,
    },
    Ask {
        verb: &["skriv-"],
        with: &["opp", "op", "upp"],
        particle: false,
    },
    // "could you add my colleague A to the list", "book a place for A", "enrol A".
    Ask {
        verb: &["add", "put"],
        with: &["list", "participants", "attendees", "registration"],
        particle: false,
    },
    Ask {
        verb: &["book", "reserve"],
        with: &["place", "seat", "spot", "ticket-"],
        particle: false,
    },
    Ask {
        verb: &["enrol-", "enroll-"],
        with: &[],
        particle: false,
    },
    // "prašome įtraukti A į sąrašą", "proszę wpisać A na listę", "внесите A в список".
    Ask {
        verb: &["įtrauk-", "užrašyk-", "užrašyti"],
        with: &[],
        particle: false,
    },
    Ask {
        verb: &[
            "wpisać",
            "wpiszcie",
            "wpisz",
            "dopisać",
            "dopiszcie",
            "dodać",
            "dodajcie",
        ],
        with: &["list-", "uczestnik-", "warsztat-"],
        particle: false,
    },
    // "chciałbym zgłosić dwóch naszych pracowników:", "zgłaszamy nasze koleżanki".
    Ask {
        verb: &[
            "zgłosić",
            "zgłaszam",
            "zgłaszamy",
            "zgłoście",
            "zgłosimy",
            "zgłaszać",
        ],
        with: &[
            "pracowni-",
            "osob-",
            "osób",
            "koleg-",
            "koleżank-",
            "uczestnik-",
            "przedstawiciel-",
            "dyrektor-",
            "prezes-",
            "kierownik-",
        ],
        particle: false,
    },
    Ask {
        verb: &[
            "внесите",
            "внести",
            "добавьте",
            "добавить",
            "включите",
            "включить",
        ],
        with: &["спис-", "участник-"],
        particle: false,
    },
];
