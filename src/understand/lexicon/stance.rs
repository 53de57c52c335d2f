//! Words that decide how an intent word stands in its clause: negated, hypothetical, not yet,
//! possessive ("my registration"), a request, the writer as subject or object (what tells a
//! request from a question is in `questions`). Matching is by whole word or phrase (see `understand::intents::sentences`).

mod past;
pub use past::{INFINITIVE_MARKERS, PAST_ENDINGS, PAST_TIME, PERFECT_AUX};

pub use super::negation::{
    LATE_NEGATORS, NEGATED_MODALS, NEGATORS, NOBODY, UNTIL_AFTER_NOT, negates,
};

/// Words after which a first-person attendance verb is still undecided, not a refusal ("I
/// cannot register yet", "ich kann noch nicht"): whole words.
pub const YET: &[&str] = &[
    "yet",
    "noch",
    "vēl",
    "dar",
    "veel",
    "vielä",
    "ännu",
    "endnu",
    "ennå",
    "enda",
    "jeszcze",
    "ещё",
    "еще",
    // "for now": "пока не могу подтвердить", "pagaidām nevaru", "na razie nie",
    // "toistaiseksi en".
    "пока",
    "pagaidām",
    "razie",
    "toistaiseksi",
    "decide",
    "decides",
    "entscheidet",
    "šobrīd",
    "moment",
    "currently",
    "now",
    "jetzt",
    "hetkellä",
    "praegu",
    "obecnie",
    "сейчас",
    "nuläget",
    "šiuo",
    "online",
    "website",
    "form",
    "link",
];

/// Words that make a clause a request, so "my registration" after them asks for one
/// ("proszę o moją rejestrację", "please confirm my registration"): whole words.
pub const REQUEST_WORDS: &[&str] = &[
    // Confirming one's own participation registers: "I hereby confirm my participation",
    // "hiermit bestätige ich meine Teilnahme".
    "confirm",
    "hereby",
    "hiermit",
    "bestätige",
    "bekræfter",
    "bekrefter",
    "bekräftar",
    "vahvistan",
    "kinnitan",
    "apstiprinu",
    "patvirtinu",
    "potwierdzam",
    "подтверждаю",
    "hermed",
    "herved",
    "härmed",
    "niniejszym",
    "please",
    "pls",
    "bitte",
    "lūdzu",
    "prašau",
    "palun",
    "pyydän",
    "snälla",
    "venligst",
    "vennligst",
    "proszę",
    "прошу",
    "пожалуйста",
    // Typed without diacritics.
    "ludzu",
    "prasau",
    "prosze",
    "snalla",
    "pyydan",
];

/// The sender as the object of a request ("could you register me?"): whole words.
pub const ME_OBJECT: &[&str] = &[
    "mut", "mua", "me", "us", "mich", "uns", "mani", "mūs", "mane", "mus", "mind", "meid", "minut",
    "meidät", "mig", "os", "meg", "oss", "mnie", "nas", "меня", "нас",
];

/// Words that make a registration word a statement of fact, not a request ("I'm registered
/// already", "Jeg er allerede påmeldt", "angemeldet bin ich schon"): among the three words
/// before the hit or the two after it.
pub const ALREADY: &[&str] = &[
    "already", "schon", "bereits", "redan", "allerede", "juba", "jau", "już", "уже",
];

/// Conditions and "whether": a registration after them waits for the condition ("if I
/// register…", "wenn ich mich anmelde", "буду ли я регистрироваться"): whole words.
pub const CONDITIONS: &[&str] = &[
    "if",
    "whether",
    "unless",
    "jei",
    "jeigu",
    "jos",
    "om",
    "hvis",
    "wenn",
    "falls",
    "ob",
    "jeśli",
    "jeżeli",
    "gdyby",
    "если",
    "kui",
    "ли",
    "jesli",
    "jezeli",
    "ifall",
    // The Polish conditional with the person in it: "Gdybym jednak musiała zrezygnować, dam
    // znać".
    "gdybym",
    "gdybyśmy",
    "jeślibym",
    // Russian typed in Latin letters: "esli da, zapishite menja".
    "esli",
];

/// A verb that opens a condition without "if" ("Should anything come up, I'll cancel in
/// time", "Sollte mir etwas dazwischenkommen, sage ich ab", "Skulle det skje noe, gir jeg
/// beskjed", "Mikäli tulee este, …"): the first word of a sentence that asks nothing. Whole
/// words.
pub const VERB_FIRST_CONDITIONS: &[&str] = &["should", "sollte", "sollten", "skulle", "mikäli"];

/// The second word of a two-word condition that only answers a question or asks leave ("if
/// so", "if not", "falls ja", "если можно", "jei galima", "jos on"): such a condition does not
/// make what follows wait (a longer one, or "falls kostenlos", does). Whole words.
pub const IF_SO: &[&str] = &[
    "so",
    "yes",
    "not",
    "ja",
    "jah",
    "jā",
    "taip",
    "tak",
    "да",
    "kyllä",
    "joo",
    "possible",
    "möglich",
    "mulig",
    "muligt",
    "möjligt",
    "можно",
    "galima",
    "iespējams",
    "możliwe",
    "można",
    "võimalik",
    "mahdollista",
    "nicht",
    "nein",
    "nie",
    "ne",
    "нет",
    "no",
    "ei",
    "inte",
    "ikke",
    "nē",
    "ok",
    "okay",
    "okei",
    "on",
    "ist",
    "is",
    "sobib",
    "sopii",
    "passt",
    "passer",
    "passar",
];

/// A condition about arriving in time ("if my flight lands in time", "kui praam jõuab ajaks",
/// "если рейс приземлится вовремя"): travel, not a decision, so the request after it ("…, then
/// count me in for day 2") stands. Whole words, or two in a row (`IN_TIME_PAIRS`); not "time"
/// or "czas" alone ("if I have time" is a condition).
pub const IN_TIME: &[&str] = &[
    "ajaks",
    "вовремя",
    "ajoissa",
    "rechtzeitig",
    "laikā",
    "laikus",
    "laiku",
    "laicīgi",
];

/// [`IN_TIME`] said in two words ("in time", "on time", "na czas", "i tide", "i tid").
pub const IN_TIME_PAIRS: &[(&str, &str)] = &[
    ("in", "time"),
    ("on", "time"),
    ("na", "czas"),
    ("i", "tide"),
    ("i", "tid"),
];

/// The sender as the subject of a clause ("I", "ich", "jag", "я"): whole words. Not the
/// objects of [`FIRST_PERSON`] ("register me" asks). Unlike `replies::SENDER_AS_SUBJECT`
/// (which only decides who a clause with "self" registers) it leaves out the words that are
/// also something else in another of the region's languages: Finnish "me" (English "me"),
/// Polish "ja" ("yes", Estonian "and") and "my" (English "my"): it reads conditions in any
/// mail ("if it is free, I'll register").
pub const I_SUBJECT: &[&str] = &[
    "i", "i'll", "i'm", "we", "we'll", "ich", "wir", "jag", "jeg", "vi", "eg", "minä", "mä", "ma",
    "mina", "es", "mēs", "aš", "mes", "я", "мы",
];

/// "Before": the registration waits for an answer ("before registering, could you tell me …",
/// "bevor ich mich anmelde", "Inden jeg tilmelder mig", "Прежде чем регистрироваться"): whole
/// words.
pub const BEFORE: &[&str] = &[
    "before",
    "bevor",
    "inden",
    "innan",
    "før",
    "ennen",
    "enne",
    "pirms",
    "prieš",
    "zanim",
    "przed",
    "vor",
    "прежде",
    "перед",
];

/// "Since": the registration is past and asks for nothing ("since I registered", "seit meiner
/// Anmeldung"): whole words.
pub const SINCE: &[&str] = &["since", "seit", "sedan", "siden", "kopš", "nuo"];

/// Whether `word` leaves a registration after it open: a condition, "before" or "since".
pub fn opens_hypothesis(word: &str) -> bool {
    CONDITIONS.contains(&word) || BEFORE.contains(&word) || SINCE.contains(&word)
}

/// "Only": a registration restricted to part of the event ("I will only be able to join on the
/// first day"). In a reply to the acknowledgement it changes the registration. Whole words.
pub const ONLY: &[&str] = &[
    "only",
    "nur",
    "lediglich",
    "bara",
    "kun",
    "bare",
    "vain",
    "ainoastaan",
    "pelkästään",
    // "ich komme erst zum zweiten Tag" (not until).
    "erst",
    "ainult",
    "tikai",
    "tik",
    "tylko",
    "только",
];

/// "Not until" besides `ONLY`'s "erst": with one of the event's days named ("jeg kan først komme
/// den 3. juni", "jõuan Riiga alles 2. juunil", "pääsen vasta toisena päivänä") the sender
/// restricts their registration; alone "først" is also "first of all". Whole words.
pub const NOT_UNTIL: &[&str] = &["først", "vasta", "alles", "dopiero"];

/// Words that join two clauses without a comma ("attend, but", "aber", "men", "ale", "но"):
/// a negation after one of them is the next clause's. Whole words.
pub const CONJUNCTIONS: &[&str] = &[
    "but", "and", "aber", "und", "men", "och", "og", "mutta", "ja", "kuid", "bet", "un", "tačiau",
    "ir", "ale", "i", "но", "и", "а",
];

pub const POSSESSIVE: &[&str] = &[
    "my", "our", "your", "mein", "meine", "meiner", "meinen", "unsere", "ihre", "mano", "minu",
    "mu", "mitt", "min", "mine", "moja", "moją", "mojej", "moje", "мою", "моей", "моя", "mans",
    "manu", "savu", "minun", "jūsų", "teie", "din", "twoja", "вашу",
];

/// "Then", opening the second half of a condition ("if …, then I would register"): whole
/// words.
pub const THEN: &[&str] = &[
    "then",
    "dann",
    "så",
    "da",
    "niin",
    "siis",
    "tad",
    "tada",
    "wtedy",
    "to",
    "тогда",
    "то",
];

/// The conditional of the verb itself, early in the clause after a condition ("if only day 2
/// is possible, I would register", "wenn …, würde ich mich anmelden"): the registration
/// waits, unless it is wished for ([`WISHING`]). Whole words.
pub const CONDITIONAL_AUX: &[&str] = &[
    "would", "i'd", "we'd", "würde", "würden", "skulle", "ville", "бы",
];

/// Wishing, which turns a conditional into a request ("if there is room, I would like to
/// register", "würde ich mich gerne anmelden"). Whole words.
pub const WISHING: &[&str] = &[
    "like",
    "love",
    "glad",
    "happy",
    "gladly",
    "gerne",
    "gern",
    "gärna",
    "gjerne",
    "mielelläni",
    "mielellään",
    "labprāt",
    "chętnie",
    "möchte",
    "möchten",
    // "с удовольствием бы приехал", "mielai", "hea meelega", "z przyjemnością".
    "удовольствием",
    "радостью",
    "хотел",
    "хотела",
    "хотели",
    "mielai",
    "meelsasti",
    "meelega",
    "przyjemnością",
    // Typed without diacritics.
    "garna",
    "mielellani",
    "mielellaan",
    "labprat",
    "chetnie",
    "mochte",
    "mochten",
    "przyjemnoscia",
];

/// "Whether" opening the clause after "it depends": "Sellest sõltub, kas ma registreerun",
/// "od tego zależy, czy się zapiszę", "tas atkarīgs, vai pieteikšos", "nuo to priklauso, ar
/// registruosiuosi". Whole words.
pub const WHETHER: &[&str] = &["kas", "czy", "vai", "ar", "om", "ob", "whether", "if", "ли"];

/// Words that open a clause set against the one before ("we would love to come, but it all
/// depends on …"): whole words.
pub const BUT: &[&str] = &[
    "but",
    "aber",
    "doch",
    "men",
    "mutta",
    "aga",
    "kuid",
    "bet",
    "tačiau",
    "ale",
    "но",
    "однако",
];

/// Words of [`BUT`] that also stand second in their clause, after the verb ("ich würde mich
/// gern anmelden, muss aber erst …", "tahaksin tulla, pean aga enne …", "хотел бы приехать,
/// должен однако сначала …"): whole words.
pub const BUT_AFTER_VERB: &[&str] = &["aber", "aga", "однако"];

/// Words that may stand between commas with a hedge from [`PROBABLY`] and say nothing more
/// ("то, скорее всего, приеду"): whole words.
pub const HEDGE_FILLERS: &[&str] = &["всего"];

/// Hedges of probability ("kohale ma tõenäoliselt ei jõua", "I might register"): whole words.
pub const PROBABLY: &[&str] = &[
    // Probably: "kohale ma tõenäoliselt ei jõua", "droši vien nebrauks", "greičiausiai
    // nepavyks", "I will probably come".
    "probably",
    "wahrscheinlich",
    "vermutlich",
    "sandsynligvis",
    "sannsynligvis",
    "troligen",
    "förmodligen",
    "todennäköisesti",
    "luultavasti",
    "tõenäoliselt",
    "ilmselt",
    "droši",
    "visticamāk",
    "greičiausiai",
    "tikriausiai",
    "prawdopodobnie",
    "вероятно",
    "наверное",
    // "скорее всего приеду" (most likely).
    "скорее",
    // "I might register" leaves it open; so does "possibly" ("iespējams, brauksim divatā").
    "might",
    "possibly",
    "möglicherweise",
    "iespējams",
];

/// Deciding and depending, whole words ("we decide on taking part only after that", "От этого
/// зависит, буду ли я регистрироваться").
pub const DECIDING: &[&str] = &[
    "decide",
    "decides",
    "depends",
    "entscheide",
    "entscheiden",
    "hängt",
    "bestämmer",
    "beslutar",
    "beror",
    "beslutter",
    "afhænger",
    "bestemmer",
    "avhenger",
    "päätämme",
    "päätän",
    "riippuu",
    "otsustan",
    "otsustame",
    "sõltub",
    "izlemšu",
    "izlemsim",
    "atkarīgs",
    "atkarīga",
    "nuspręsiu",
    "nuspręsime",
    "priklauso",
    "zdecyduję",
    "zdecydujemy",
    "zależy",
    "решу",
    "решим",
    "зависит",
];

/// Whether a word leaves taking part undecided, whatever the rest of the clause says: a hedge
/// of probability or a word of deciding.
pub fn undecided(word: &str) -> bool {
    PROBABLY.contains(&word) || DECIDING.contains(&word)
}

/// Words right after an attendance phrase that make it something else: "ich komme aus
/// Hamburg", "I'll come back to you". Whole words.
pub const NOT_AFTER: &[&str] = &[
    // "Put me in touch with …", "put me in copy": no place asked.
    "touch",
    "contact",
    "copy",
    "cc",
    "charge",
    // "Ich melde mich bei Ihnen / wieder": getting in touch.
    "bei",
    "wieder",
    "nächste",
    "nächsten",
    "später",
    "aus",
    "från",
    "fra",
    "from",
    "iš",
    "z",
    "из",
    "back",
    "zurück",
    "tilbage",
    "tillbaka",
    "tilbake",
    "takaisin",
    "tagasi",
    "atpakaļ",
    "atgal",
    "обратно",
    // Latvian "no" (from): "atbraukšu no Liepājas".
    "no",
    "med",
    "mit",
    "with",
    // Away, not there: "būsiu išvykęs", "būšu komandējumā", "olen lomalla".
    "išvykęs",
    "išvykusi",
    "išvykę",
    "komandiruotėje",
    "atostogose",
    "prom",
    "komandējumā",
    "atvaļinājumā",
    "ārzemēs",
    "ārzemju",
    "away",
    "abroad",
    "unterwegs",
    "lomalla",
    "matkoilla",
    "puhkusel",
    "lähetuses",
    // At another event: "būsiu konferencijoje", "būšu izstādē", "będę na konferencji".
    "konferencijoje",
    "parodoje",
    "konferencē",
    "izstādē",
    "konverentsil",
    "messil",
    "konferencji",
    "targach",
    "конференции",
    "выставке",
];

/// The writer speaking of themselves, as subject or object: whole words.
pub const FIRST_PERSON: &[&str] = &[
    "i", "i'd", "i'm", "i'll", "me", "we", "we'd", "us", "ich", "mich", "wir", "uns", "es", "mani",
    "mēs", "aš", "mane", "mes", "mus", "ma", "mina", "mind", "meie", "minä", "minut", "me", "jag",
    "mig", "vi", "oss", "jeg", "meg", "os", "ja", "mnie", "my", "nas", "я", "меня", "мы", "нас",
    "mä", "mie", "mut",
];

/// Someone else as the object of a request ("register her", "könnten Sie ihn eintragen"):
/// whole words. A request about them is not the sender's own registration. Words that are
/// something else in another language stay out ("jos" is Finnish "if", "dem" a German
/// article, "sie" and "ihr" address the reader).
pub const OTHER_PERSON: &[&str] = &[
    "hänelle", "temale", "viņai", "viņam", "jai", "jam", "jemu", "ей", "ему", "her", "him", "them",
    "ihn", "henne", "honom", "hende", "ham", "hänet", "heidät", "teda", "neid", "viņu", "jį", "ją",
    "jej", "jego", "её", "его", "их",
];

/// The same said as "in her name" (substrings of the lowercased sentence).
pub const OTHER_NAME: &[&str] = &[
    "her name",
    "his name",
    "ihren namen",
    "seinen namen",
    "hennes namn",
    "hans namn",
    "hendes navn",
    "hans navn",
    "hennes navn",
    "hänen nimiinsä",
    "hänen nimellään",
    "tema nimele",
    "viņas vārdā",
    "viņa vārdā",
    "jos vardu",
    "jo vardu",
    "jej nazwisko",
    "jego nazwisko",
    "на её имя",
    "на ее имя",
    "на его имя",
];
