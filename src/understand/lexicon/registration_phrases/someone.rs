//! Registering a person named by a pronoun between the verb and its particle ("Could you sign
//! her up?", "Kan dere melde ham på?", "skriv henne opp", "Ilmoittaisitteko hänet …?"): the
//! verbs, their particles and the pronouns, put together into phrases once (see
//! `intents::lexicons`), so a new pronoun or verb is one word, not a phrase per person.

/// A verb of registering someone, the particle it takes after its object (empty: none), and
/// the object pronouns of its language.
pub struct PersonVerb {
    pub verbs: &'static [&'static str],
    pub particle: &'static str,
    pub pronouns: &'static [&'static str],
}

const EN: &[&str] = &["me", "us", "her", "him", "them"];
const NB: &[&str] = &["meg", "oss", "henne", "ham", "han", "dem"];
const DA: &[&str] = &["mig", "os", "hende", "ham", "dem"];
const SV: &[&str] = &["mig", "oss", "henne", "honom", "dem"];
const FI: &[&str] = &["minut", "meidät", "hänet", "heidät", "mut"];

pub const PERSON_VERBS: &[PersonVerb] = &[
    // Not "put me up" (for the night).
    PersonVerb {
        verbs: &["sign"],
        particle: "up",
        pronouns: EN,
    },
    PersonVerb {
        verbs: &["pencil"],
        particle: "in",
        pronouns: EN,
    },
    PersonVerb {
        verbs: &["put", "write", "pencil", "note"],
        particle: "down",
        pronouns: EN,
    },
    PersonVerb {
        verbs: &["melde", "meld", "melder"],
        particle: "på",
        pronouns: NB,
    },
    PersonVerb {
        verbs: &["skrive", "skriv", "sette", "sett", "føre", "før"],
        particle: "opp",
        pronouns: NB,
    },
    PersonVerb {
        verbs: &["melde", "meld", "melder"],
        particle: "til",
        pronouns: DA,
    },
    PersonVerb {
        verbs: &["skrive", "skriv", "sætte", "sæt"],
        particle: "op",
        pronouns: DA,
    },
    PersonVerb {
        verbs: &["skriva", "skriv", "sätta", "sätt", "föra", "för"],
        particle: "upp",
        pronouns: SV,
    },
    // Finnish takes no particle: "ilmoittaisitteko hänet", "ilmoittakaa heidät".
    PersonVerb {
        verbs: &[
            "ilmoittaa",
            "ilmoittakaa",
            "ilmoittaisitteko",
            "ilmoittaisitko",
            "ilmoitatteko",
            "ilmoitatko",
            "ilmoittaisin",
            "ilmoitan",
            "ilmoitamme",
        ],
        particle: "",
        pronouns: FI,
    },
];
