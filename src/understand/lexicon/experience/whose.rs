//! Whose experience a sentence speaks of, and when: the subject new to the sender, what they
//! reported saying before, and relative clauses about someone else (see
//! `understand::fields::experience`).

/// The subject itself, as a sender calls internationalisation when they say it is new to them
/// ("the topic is completely new for us", "Själva ämnet är helt nytt för oss"): substrings.
pub const THE_TOPIC: &[&str] = &[
    "topic", "subject", "thema", "ämne", "emne", "aihe", "teema", "tēm", "tema", "temat", "тема",
];

/// Words that report what the sender said before ("I wrote that we were beginners"): what
/// follows them up to a "but" is no longer true (substrings of a lowercase sentence).
pub const REPORTED: &[&str] = &[
    "i wrote that",
    "i said that",
    "we wrote that",
    "ich schrieb",
    "ich habe geschrieben",
    "jag skrev att",
    "jeg skrev at",
    "jeg skrev, at",
    // Inverted after a clause or an adverb ("Da jeg meldte meg på, skrev jeg visst at …",
    // "Damals schrieb ich, dass …", "som jag skrev i anmälan").
    "skrev jeg",
    "skrev jag",
    "skrev vi",
    "skrev eg",
    "schrieb ich",
    "schrieben wir",
    "hatte ich geschrieben",
    "i mentioned that",
    "i had written",
    "as i wrote",
    "kirjoitin",
    "kirjutasin",
    "rakstīju, ka",
    "rakstījām, ka",
    "rašiau, kad",
    "rašėme, kad",
    "napisałem, że",
    "napisałam, że",
    "pisałem, że",
    "pisałam, że",
    "я написал",
    "я написала",
    "я писал",
    "я писала",
    "мы написали",
];

/// "But" closing a reported statement ([`REPORTED`]), with spaces or a comma before.
pub const BUT: &[&str] = &[
    " but", " aber", " men", " mutta", " aga", " bet", " tačiau", " bet,", " ale", " но", " a ",
];

/// Relative pronouns after a comma ("…, who has just started …"): with another person named
/// before them in the sentence, what follows is about that person.
pub const RELATIVE: &[&str] = &[
    "who",
    "whom",
    "der",
    "die",
    "som",
    "joka",
    "kes",
    "kas",
    "kuris",
    "kuri",
    "który",
    "która",
    "который",
    "которая",
];

/// Words that make a sentence say less or more without changing what it says ("completely new
/// to us", "helt nytt", "meie jaoks täiesti uus"): left out before the phrases are looked for,
/// with the space after them.
pub const INTENSIFIERS: &[&str] = &[
    "completely ",
    "totally ",
    "entirely ",
    "ganz ",
    "völlig ",
    "helt ",
    "aivan ",
    "täysin ",
    "täiesti ",
    "pilnīgi ",
    "visiškai ",
    "całkowicie ",
    "zupełnie ",
    "совсем ",
    "совершенно ",
];

/// First steps across borders ("our first steps abroad", "первые шаги", "pierwszy krok"):
/// with work abroad named, the sender is starting (substrings).
pub const FIRST_STEPS: &[&str] = &[
    "first step",
    "first international",
    "erste schritte",
    "ersten schritte",
    "första steg",
    "første skridt",
    "første steg",
    "ensimmäiset askeleet",
    "ensimmäisiä askelia",
    "esimesed sammud",
    "esimesi samme",
    "pirmie soļi",
    "pirmos soļus",
    "pirmieji žingsniai",
    "pirmuosius žingsnius",
    "pierwsze kroki",
    "pierwszy krok",
    "первые шаги",
    "первый шаг",
    // "Vi har kun lige taget hul på det internationale arbejde": made a start on it.
    "taget hul på",
    "tatt hull på",
    "tagit hål på",
];

/// Words that open a new clause after a comma: coordinators ("…, a obecnie …", "…, and now
/// …") and indirect questions ("…, kaip klasteriai …", "…, how clusters …"). A duration
/// before one of them and work abroad after it belong to different statements (whole words).
pub const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "how", "whether", "und", "aber", "sondern", "wie", "ob", "och", "men", "hur",
    "og", "hvordan", "ja", "mutta", "miten", "kuinka", "ning", "aga", "kuidas", "un", "bet", "kā",
    "ir", "tačiau", "kaip", "a", "ale", "jak", "czy", "и", "а", "но", "как",
];

/// "Long-standing" and "many years'" before a word for experience, with other words between
/// ("ilgametę tarptautinio bendradarbiavimo patirtį"): stems.
pub const LONG_STANDING: &[&str] = &[
    "long-standing",
    "longstanding",
    "ilgamet",
    "ilggadēj",
    "wieloletni",
    "długoletni",
    "многолетн",
    "pitkäaikai",
    "pikaajali",
    "mångårig",
    "mangeårig",
    "mangårig",
];

/// Words for experience, to go with [`LONG_STANDING`] (stems).
pub const EXPERIENCE_NOUNS: &[&str] = &[
    "experience",
    "erfahrung",
    "erfarenhet",
    "erfaring",
    "kokemu",
    "kogemus",
    "pieredz",
    "patirt",
    "doświadcz",
    "опыт",
];

/// Little or no experience: a negation or "little" right before a word for experience
/// ("kaum Erfahrung", "lite erfaring", "ei ole vielä kokemusta", "trūksta patirties", "nie
/// mamy jeszcze doświadczenia"), whole words.
pub const LITTLE: &[&str] = &[
    "no",
    "not",
    "little",
    "limited",
    "kaum",
    "wenig",
    "keine",
    "keinerlei",
    "lite",
    "ingen",
    "ikke",
    "inte",
    "ei",
    "pole",
    "veel",
    "vielä",
    "nav",
    "maz",
    "trūkst",
    "trūksta",
    "neturime",
    "nie",
    "brak",
    "нет",
    "мало",
    "vähän",
    "vähäinen",
];

/// Only local or regional work so far ("bislang nur regional", "til nu kun arbejdet lokalt"):
/// one of these words, then within three words one of [`LOCAL`], makes the sender starting
/// (whole words).
pub const ONLY: &[&str] = &[
    "only",
    "nur",
    "bara",
    "kun",
    "bare",
    "vain",
    "ainult",
    "tikai",
    "tik",
    "tylko",
    "только",
];

/// Local or regional (stems at the start of a word), for [`ONLY`].
pub const LOCAL: &[&str] = &[
    "local",
    "regional",
    "lokal",
    "paikallis",
    "alueellis",
    "kohalik",
    "vietēj",
    "vietin",
    "lokaln",
    "regionaln",
    "местн",
    "регион",
];

/// Experience words about other people ("learn from more experienced clusters", "useful for
/// beginners"): they say nothing about the sender.
pub const OTHERS_EXPERIENCE: &[&str] = &[
    // "so that I am not put in the beginners' group": a group, not the sender.
    // Running text reaches this list without punctuation.
    "beginners group",
    "beginners' group",
    "beginner group",
    "anfängergruppe",
    "nybörjargrupp",
    "begyndergruppe",
    "nybegynnergruppe",
    "aloittelijaryhm",
    "algajate grupp",
    "iesācēju grup",
    "pradedančiųjų grup",
    "grupy początkując",
    "grupie początkując",
    "группу начинающих",
    "группе начинающих",
    "more experienced",
    "from experienced",
    "erfahrenere",
    "erfahrenen",
    "for beginners",
    // Experience as how groups are made ("nach Erfahrungsstand eingeteilt", "deles etter
    // erfaring", "grouped by experience"): the programme's question, not the sender's level.
    "by experience",
    "by level of experience",
    "by their experience",
    "according to experience",
    "experience level",
    "nach erfahrung",
    "nach dem erfahrung",
    "nach ihrer erfahrung",
    "etter erfaring",
    "efter erfaring",
    "efter erfarenhet",
    "erfaringsnivå",
    "erfarenhetsnivå",
    "kokemuksen mukaan",
    "kokemustason",
    "kogemuse järgi",
    "kogemuste järgi",
    "pēc pieredzes",
    "pagal patirt",
    "według doświadczenia",
    "wg doświadczenia",
    "по опыту",
    "по уровню опыта",
    // The verb "to find out" ("zu erfahren, ob …", "mehr erfahren"), not experience.
    "zu erfahren",
    "mehr erfahren",
    "erfahren sie",
    "erfahren wir",
    "für anfänger",
    "pradedantiesiems",
    "iesācējiem",
    "algajatele",
    "aloittelijoille",
    "för nybörjare",
    "for begyndere",
    "for nybegynnere",
    "dla początkujących",
    "для начинающих",
];

/// Being new to it said with a "not" (substrings of the lowercased sentence): "we are not new
/// to this", "für uns nicht mehr neu", "vi er ikke nye i", "emme ole uusia", "mums tas nav
/// jaunums", "для нас это не ново" is experienced, though "new to" alone is starting. Read
/// only in a sentence already taken to speak of experience (see `experience_in_text`).
pub const NOT_NEW: &[&str] = &[
    "not new to",
    "no longer new",
    "nicht neu",
    "nicht mehr neu",
    "inte nya",
    "inte nytt",
    "inte ny ",
    "ikke nye",
    "ikke nytt",
    "ikke nyt ",
    "ikke ny ",
    "emme ole uusia",
    "ei ole uusi",
    "ei ole meille uusi",
    "pole uus",
    "nav jaun",
    "nėra nauj",
    "nie jest nowy",
    "nie jesteśmy nowi",
    "не новичк",
    "не ново",
];
