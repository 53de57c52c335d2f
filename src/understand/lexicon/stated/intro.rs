//! Cues of the ways a sender names their organisation around other words: "not X but Y", a
//! job title before it, their own name before it (see `understand::fields::stated`).

/// "Not" opening the value after an organisation cue ("pārstāvu nevis …, bet …"), whole
/// words.
pub const NOT: &[&str] = &[
    "not", "nevis", "ne", "mitte", "en", "ei", "inte", "ikke", "nicht", "nie", "не",
];

/// The contrast that gives the right value after [`NOT`] ("…, bet X", "… but X", "…, sondern
/// X"), with the spaces around it.
pub const BUT: &[&str] = &[
    " but ",
    " bet ",
    ", o ",
    " vaid ",
    " vaan ",
    " utan ",
    " men ",
    " sondern ",
    " tylko ",
    " lecz ",
    " ale ",
    ", а ",
];

/// Cues before a job title, then the organisation after a preposition ("as head of
/// international relations at …", "als Projektleiter beim …", "jeg er projektleder hos …",
/// "jestem koordynatorem w …"): the organisation is only taken when a job title follows the
/// cue, so "as soon as" or "I am happy" name nothing.
pub const AS_TITLE: &[&str] = &[
    "og er ", "och är ", "as ", "als ", "i am ", "i'm ", "ich bin ", "jag är ", "jeg er ", "som ",
    "jestem ", "jako ", "я ",
];

/// Prepositions after a job title that introduce the organisation ("at", "bei", "hos", "w"),
/// whole words; "des"/"der" want the German genitive.
pub const TITLE_AT: &[&str] = &[
    "at", "of", "with", "in", "for", "bei", "beim", "im", "des", "der", "von", "vom", "på", "vid",
    "för", "hos", "i", "ved", "for", "w", "we", "в", "во",
];

/// Cues before the sender's own name in an introduction ("this is Emma Smith from …", "mein
/// Name ist Peter Schulz von der …", "esmu Jānis Bērziņš no …"): [`INTRODUCED_FROM`] after the
/// name introduces the organisation.
pub const INTRODUCTION: &[&str] = &[
    "this is ",
    "my name is ",
    "i am ",
    "i'm ",
    "mein name ist ",
    "ich bin ",
    "jag heter ",
    "jeg hedder ",
    "jeg heter ",
    "nazywam się ",
    "меня зовут ",
    "esmu ",
    "esu ",
    "mans vārds ir ",
    "mano vardas ",
];

/// (word after the introduced name, the organisation cue whose case it takes): "from", "von
/// der", "no" (Latvian genitive), "iš" (Lithuanian genitive), "z" (Polish genitive), "из".
pub const INTRODUCED_FROM: &[(&str, &str)] = &[
    ("from ", ""),
    ("at ", ""),
    ("with ", ""),
    ("von der ", ""),
    ("vom ", ""),
    ("von ", ""),
    ("bei der ", ""),
    ("från ", ""),
    ("fra ", ""),
    ("no ", "esmu no"),
    ("iš ", "esu iš"),
    ("z ", "jestem z"),
    ("ze ", "jestem z"),
    ("из ", "я из"),
];

/// A number of people before the organisation they come from ("we'll be three from X", "vi
/// blir to fra X", "zwei von uns aus X"): whole words, lowercase.
pub const HEADCOUNT: &[&str] = &[
    "two ",
    "three ",
    "four ",
    "five ",
    "2 ",
    "3 ",
    "4 ",
    "5 ",
    "to ",
    "tre ",
    "fire ",
    "fem ",
    "två ",
    "fyra ",
    "zwei ",
    "drei ",
    "vier ",
    "fünf ",
    "zu zweit ",
    "zu dritt ",
];

/// Words between [`HEADCOUNT`] and [`COUNT_FROM`] that say who the number counts ("people",
/// "of us", "personer", "von uns").
pub const COUNTED: &[&str] = &[
    "people",
    "persons",
    "participants",
    "colleagues",
    "of",
    "us",
    "personer",
    "deltakere",
    "deltagere",
    "deltagare",
    "kolleger",
    "kollegor",
    "kolleger",
    "af",
    "av",
    "oss",
    "os",
    "personen",
    "teilnehmer",
    "kollegen",
    "von",
    "uns",
];

/// "From" after a head count, before the organisation in the nominative.
pub const COUNT_FROM: &[&str] = &["from", "fra", "från", "aus", "von", "vom"];
