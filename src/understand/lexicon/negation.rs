//! Words that negate: negators, negated Baltic modals, the negators that may stand further
//! after their verb, and "nobody" as the subject (see `understand::intents::sentences`).

pub const NEGATORS: &[&str] = &[
    "not",
    "no",
    "never",
    "cannot",
    "can't",
    "cant",
    "won't",
    "don't",
    "dont",
    "unable",
    "neither",
    "ne",
    "nevaru",
    "nevarēšu",
    "nevarēsim",
    "nevar",
    // "we can't", "I/we couldn't": "bez tā mēs nevaram braukt", "negalėtume atvykti".
    "nevaram",
    "nevarētu",
    "nevarētum",
    "nespējam",
    "negalėčiau",
    "negalėtume",
    "negalim",
    "nav",
    "nespēju",
    "negribu",
    "negaliu",
    "negalėsiu",
    "negalime",
    "nenoriu",
    "ei",
    "ega",
    "mitte",
    "pole",
    "emme",
    "ette",
    "eivät",
    // "and not": "enkä pääse irti", "emmekä ehdi", "eikä hän voi".
    "enkä",
    "emmekä",
    "eikä",
    // The negated imperative: "ärge pange mind veel kirja", "älkää merkitkö minua".
    "ärge",
    "älkää",
    "älä",
    "inte",
    "ej",
    "icke",
    "aldrig",
    "ikke",
    "ikkje",
    "aldri",
    "nicht",
    "kein",
    "keine",
    "nie",
    "niemals",
    "не",
    "нет",
    "ни",
    "никак",
    "nemohu",
    // "I will not manage to": "nespėsiu atvykti", "nespēšu ierasties".
    "nespėsiu",
    "nespėsime",
    "nespēšu",
    "nespēsim",
    // The same typed without diacritics on a phone ("diemzel nevaresu ierasties").
    "nevaresu",
    "nevaresim",
    "nespeju",
    "negalesiu",
    "nespesiu",
    "nespesime",
    "nespesu",
    "nespesim",
];

/// Beginnings of the Baltic modals negated by their prefix, in every person, tense and mood
/// ("negalėsime", "negalėtų", "negalėjau", "nevarēsim", "nevarētu", "nespēšu", typed plain
/// too): a negator wherever it stands, like [`NEGATORS`], without listing each form.
pub const NEGATED_MODALS: &[&str] = &[
    "negal", "nevar", "nespė", "nespē", "nespe", "nepavyk",
    // Latvian "nesanāks" (won't work out): "atbraukt nesanāks".
    "nesanāk",
];

/// Whether `word` negates: one of [`NEGATORS`], an English "n't" or a negated Baltic modal
/// ([`NEGATED_MODALS`]).
pub fn negates(word: &str) -> bool {
    NEGATORS.contains(&word)
        || word.ends_with("n't")
        || NEGATED_MODALS.iter().any(|m| word.starts_with(m))
}

/// Negators that may stand further after the verb they negate, as free word order puts them
/// ("Приехать в Ригу я не смогу", "atvykti į Rygą negalėsiu", "uz Rīgu braukt nevarēšu"); a
/// bare "not"/"nicht"/"ikke" stands right after its verb. Whole words.
pub const LATE_NEGATORS: &[&str] = &[
    // Topicalised in German and Scandinavian: "dabei sein kann ich leider nicht", "delta kan
    // jeg dessverre ikke".
    "nicht",
    "ikke",
    "inte",
    "не",
    // Polish as the Russian: "Przyjechać do Rygi w czerwcu raczej mi się nie uda".
    "nie",
    "negaliu",
    "negalėsiu",
    "negalime",
    "negalėsime",
    "nevaru",
    "nevarēšu",
    "nevarēsim",
    "nespėsiu",
    "nespėsime",
    "nespēšu",
    "nespēsim",
    "nespēju",
    "нет",
];

/// Nobody as the subject ("Regrettably nobody from our office will be able to attend",
/// "leider kann niemand von uns kommen"): at the head of the clause or shortly before the verb,
/// it refuses.
pub const NOBODY: &[&str] = &[
    "nobody",
    "niemand",
    "ingen",
    "neviens",
    "niekas",
    "nikt",
    "никто",
];

/// "Until" or "before" a few words after a negator: "I won't arrive until noon", "jag kommer
/// inte förrän på eftermiddagen", "ich kann nicht vor 11 Uhr da sein", "не раньше обеда"
/// say when the sender comes, not that they don't. Whole words ("vor Ort" is no time; not
/// "till" or "до", which are also "to": "inte åka till Riga", "не доберусь до Риги").
pub const UNTIL_AFTER_NOT: &[&str] = &[
    "until",
    "before",
    "förrän",
    "før",
    "innan",
    "vor",
    "bis",
    "раньше",
    "ранее",
    "wcześniej",
    "przed",
    "ennen",
    "enne",
    "agrāk",
    "anksčiau",
];
