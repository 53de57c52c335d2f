//! Words of a registration made in the sender's place ("please register my colleague instead
//! of me", "it's me who cancels: register A and B instead"), in the region's eleven languages.

/// The people named take the sender's place: the sender is out ("Ida Berg (ida@…) will come
/// instead of me"). Substrings of a lowercase sentence that names someone with an address;
/// removed from it before its intent is read, because "instead of" alone reads as a correction.
pub const INSTEAD_OF_ME: &[&str] = &[
    "instead of me",
    "in my place",
    "in my stead",
    "to replace me",
    "take my place",
    "takes my place",
    "takes over my place",
    "take over my place",
    "übernimmt meinen platz",
    "meinen platz übernehmen",
    "meinen platz übernimmt",
    "tager min plads",
    "overtager min plads",
    "tar min plass",
    "overtar min plass",
    "tar min plats",
    "tar över min plats",
    "ottaa paikkani",
    "pārņems manu vietu",
    "aizstās mani",
    "užims mano vietą",
    "pakeis mane",
    "võtab minu koha",
    "zajmie moje miejsce",
    "займёт моё место",
    "займет мое место",
    "an meiner stelle",
    "anstelle von mir",
    "statt meiner",
    "statt mir",
    "manā vietā",
    "manis vietā",
    "nevis mani",
    "vietoj manęs",
    "mano vietoje",
    "minu asemel",
    "minu asemele",
    "minun sijastani",
    "sijastani",
    "minun tilalleni",
    "tilalleni",
    "istället för mig",
    "i stället för mig",
    "i mitt ställe",
    "i stedet for mig",
    "i stedet for meg",
    "i mit sted",
    "i mitt sted",
    "zamiast mnie",
    "na moje miejsce",
    "w moim zastępstwie",
    "вместо меня",
    "на моё место",
    "на мое место",
];

/// "Instead" alone: the sender is out when the same sentence asks to register the people it
/// names ("please register A and B instead"), not when it only mentions them ("send the
/// programme to A instead"). Removed before the intent is read, like `INSTEAD_OF_ME`.
pub const INSTEAD: &[&str] = &[
    "instead",
    "stattdessen",
    "tā vietā",
    "vietoj to",
    "selle asemel",
    "sen sijaan",
    "istället",
    "i stället",
    "i stedet",
    "w zastępstwie",
    "zamiast tego",
    "вместо этого",
];

/// Words that join two clauses of one sentence ("please cancel my place and register …"),
/// with the spaces around them; each clause's intent is read on its own.
pub const CLAUSE_JOINS: &[&str] = &[
    " and ",
    " but ",
    " und ",
    " aber ",
    " sondern ",
    " un ",
    " bet ",
    " ir ",
    " bet ",
    " ja ",
    " kuid ",
    " mutta ",
    " och ",
    " men ",
    " og ",
    " i ",
    " oraz ",
    " ale ",
    " и ",
    " но ",
    " а ",
];

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

/// "…; I'll send her address later": a colleague the sender wants registered, named without
/// an address. A sentence about a colleague needs a word of each list (an address, later).
pub const ADDRESS_WORDS: &[&str] = &[
    "address",
    "e-mail",
    "email",
    "mail",
    "adresse",
    "adres",
    "e-past",
    "el. pašt",
    "el.pašt",
    "e-post",
    "sähköpost",
    "почт",
    "адрес",
];

pub const LATER: &[&str] = &[
    "later",
    "später",
    "nachreiche",
    "schicke ich nach",
    "reiche ich nach",
    "vēlāk",
    "vėliau",
    "hiljem",
    "myöhemmin",
    "senere",
    "senare",
    "później",
    "позже",
    "позднее",
];

/// "They don't have an address yet", "I'll send it tomorrow": the address comes later in other
/// words than `LATER` (substrings of the lowercase line).
pub const NOT_YET: &[&str] = &[
    " yet",
    "as soon as",
    "tomorrow",
    "noch nicht",
    "noch keine",
    "morgen",
    "vēl nav",
    "vēl nemāk",
    "rīt ",
    "dar neturi",
    "dar nėra",
    "rytoj",
    "veel pole",
    "veel ei",
    "homme",
    "ei vielä",
    "vielä ole",
    "huomenna",
    "ännu",
    "i morgon",
    "imorgon",
    "ennå",
    "endnu",
    "i morgen",
    "ettersender",
    "eftersender",
    "jeszcze nie",
    "jutro",
    // Has no address: "nie ma jeszcze służbowego maila", "у Степана нет", "jis neturi".
    "no address",
    "no e-mail",
    "no email",
    "does not have",
    "doesn't have",
    "hat keine",
    "hat kein",
    "har ingen",
    "har ikke",
    "ei ole",
    "pole ",
    " nav ",
    "neturi",
    "nie ma",
    "нет ",
    "нет,",
    "нет.",
    "ещё нет",
    "еще нет",
    "пока нет",
    "завтра",
];

/// Someone the sender names by their place in the organisation rather than as a colleague
/// ("two people from my team", "our new adviser", "juhatuse liige", "vår nye rådgiver"):
/// substrings of the lowercase line, read only with an address that comes later.
pub const STAFF: &[&str] = &[
    "my team",
    "our team",
    "people from",
    "employee",
    "staff member",
    "our new",
    "z naszego zespołu",
    "osoby z",
    "director",
    "direktor",
    "директор",
    "engineer",
    "ingenieur",
    "inženier",
    "inžinier",
    "инженер",
    "johtaja",
    "juhataja",
    "kierownik",
    "prezes",
    "vadītāj",
    "board member",
    "trainee",
    "intern ",
    "praktikant",
    "praktikan",
    "harjoittelij",
    "stażyst",
    "стажёр",
    "стажер",
    "mitarbeiter",
    "darbiniek",
    "darbuotoj",
    "töötaja",
    "liige",
    "meie ettevõttest",
    "työntekijä",
    "medarbetare",
    "medarbeider",
    "medarbejder",
    "rådgiver",
    "rådgivare",
    "vår nye",
    "vores nye",
    "vår nya",
    "pracownik",
    "pracowniczk",
    "сотрудни",
];

/// A sentence that starts with one of these (lowercase) is about the person named before it,
/// not the sender: "Could you also add my colleague A (a@…)? She would like to come too."
/// One more person, not the sender: "Vai varu pieteikt vēl vienu cilvēku?" (substrings of
/// the lowercase sentence).
pub const ONE_MORE: &[&str] = &[
    "one more person",
    "another person",
    "someone else",
    "noch eine person",
    "eine weitere person",
    "vēl vienu cilvēku",
    "dar vieną žmogų",
    "dar vieną asmenį",
    "veel ühe inimese",
    "vielä yhden henkilön",
    "en person till",
    "en till person",
    "én person mere",
    "en person til",
    "jeszcze jedną osobę",
    "jeszcze jedna osob",
    "ещё одного человека",
    "еще одного человека",
];

pub const HE_OR_SHE: &[&str] = &[
    "she", "he", "er", "viņa", "viņš", "ji", "jis", "hän", "hon", "han", "hun", "ona", "on", "она",
    "он",
];

/// Words that join the names in a list of people ("Kristjan Org and Liis Mets").
pub const NAME_JOINS: &[&str] = &[
    "and", "und", "un", "ir", "ja", "och", "og", "i", "oraz", "и", "&",
];

/// "… and will travel with me": the sender named as company, not as someone to register.
/// Removed from a clause before it is read for the sender's own request.
pub const WITH_ME: &[&str] = &[
    "with me",
    "mit mir",
    "kopā ar mani",
    "kartu su manimi",
    "su manimi",
    "koos minuga",
    "minun kanssani",
    "kanssani",
    "med mig",
    "med meg",
    "ze mną",
    "razem ze mną",
    "со мной",
    "вместе со мной",
];
