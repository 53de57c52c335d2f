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
