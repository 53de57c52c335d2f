//! "Me too" as a whole mail under the event's subject ("Mich bitte auch!", "Också mig, tak!",
//! "Laittakaa minutkin", "И я с вами!"): the words beyond `stance::ME_OBJECT`,
//! `stance::FIRST_PERSON` and `being_there::TOO` it is said with.

/// "Too" before the sender where the short lists have no place for it: Russian "и я", "и
/// меня" (whole words; "и" is "and" in a longer sentence, which this reading never sees).
pub const TOO_BEFORE_ME: &[&str] = &["и"];

/// Endings that add "too" to a pronoun of the sender: Finnish "minutkin", "minäkin",
/// "mekin", "meidätkin"; Estonian "minagi", "mindki", "meiegi".
pub const TOO_ENDINGS: &[&str] = &["kin", "gi", "ki"];
