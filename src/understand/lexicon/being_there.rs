//! Saying one will be at the event without a word of registering: "I'll be" with the event,
//! its days or its dates ("budem na forume vdvojom", "Vilniuje 14-15 būsime", "kommer til
//! seminaret"), and a short answer after the event's name ("Tallinn 14.10: yes",
//! "darbnīca – mani arī, lūdzu"). Whole words unless said otherwise (see
//! `understand::intents::saying_yes`).

/// First-person future forms of "to be" that stand alone, the pronoun in the verb: "būšu",
/// "būsiu", "буду", "będę", also typed without diacritics or in Latin letters ("busiu",
/// "budu"). They say the sender will be at the event only with the event, a day, a date or
/// "there" in the clause, or alone ("Jā, būšu."): "būšu pateicīga" (I'll be grateful), "буду
/// благодарен" say nothing of coming.
pub const WILL_BE: &[&str] = &[
    "būšu",
    "būsim",
    "busu",
    // Typed with one diacritic lost: "ja, bušu abas dienas".
    "bušu",
    "busim",
    "būsiu",
    "būsime",
    "busiu",
    "busime",
    "буду",
    "будем",
    "budu",
    "budem",
    "będę",
    "będziemy",
    "bede",
    "bedziemy",
];

/// Words right after [`WILL_BE`] that make it a state, not being at the event (word
/// beginnings): "būšu pateicīga", "буду благодарна", "będę wdzięczna", "būsiu dėkinga", "буду
/// занят".
pub const WILL_BE_SOMETHING_ELSE: &[&str] = &[
    "pateicīg",
    "dėking",
    "wdzięczn",
    "wdzieczn",
    "благодар",
    "признател",
    "blagodar",
    "priecīg",
    "laimīg",
    "рад",
    "rad",
    "zajęt",
    "zajet",
    "занят",
    "zanjat",
    "aizņemt",
    "užimt",
    "slim",
    "serg",
    "chor",
    "болен",
    "больн",
    // After English "I'll be": "grateful", "busy", "away", "travelling".
    "grateful",
    "thankful",
    "glad",
    "happy",
    "pleased",
    "delighted",
    "busy",
    "away",
    "ill",
    "sick",
    "unable",
    "travel",
    "abroad",
    "unavailable",
];

/// Verbs of coming that open a clause without a subject in a telegraphic mail ("kommer til
/// seminaret", "komme zum Forum, beide Tage"): with the event, a day or a date after
/// them.
pub const COMING_FIRST: &[&str] = &["kommer", "komme", "coming", "tulen", "tulemme"];

/// Words that name the event, at a word's beginning ("semināram", "на семинаре",
/// "warsztatach", "työpajaan", "renginyje", "forume"; not "eventuelt", "eventually").
pub const EVENT_NOUNS: &[&str] = &[
    "seminar",
    "seminār",
    "семинар",
    "seminaar",
    "workshop",
    "darbnīc",
    "dirbtuv",
    "töötoa",
    "töötuba",
    "työpaja",
    "warsztat",
    "воркшоп",
    "event",
    "pasākum",
    "renginy",
    "renginį",
    "renginio",
    "üritus",
    "tapahtuma",
    "wydarzen",
    "мероприят",
    "veranstaltung",
    "arrangement",
    "evenemang",
    "forum",
    "foorum",
    "форум",
];

/// Being there, whole words: "būšu klāt", "I'll be there", "будем там".
pub const THERE: &[&str] = &[
    "there", "klāt", "klat", "dabei", "paikalla", "kohal", "tam", "там", "tur",
];

/// "Yes" as an answer (whole words): "Tallinn 14.10: yes."
pub const YES: &[&str] = &[
    "yes", "ja", "jā", "jes", "taip", "jah", "kyllä", "joo", "tak", "да", "da",
];

/// "Too", "also", in a short answer ("me too, please", "mani arī, lūdzu", "mich bitte auch").
pub const TOO: &[&str] = &[
    "too",
    "also",
    "as",
    "well",
    "auch",
    "også",
    "också",
    "myös",
    "ka",
    "arī",
    "ari",
    "ir",
    "też",
    "rownież",
    "również",
    "тоже",
    "также",
    "toze",
];

/// Coming in someone else's place, said by the one who comes ("so I will come in her place",
/// "ich komme an ihrer Stelle", "tulen hänen sijastaan", "приеду вместо него"): substrings of
/// the lowercased sentence. With coming in the sentence, the other is out and the one who
/// comes is in.
pub const IN_THEIR_PLACE: &[&str] = &[
    "in his place",
    "in her place",
    "instead of him",
    "instead of her",
    "an seiner stelle",
    "an ihrer stelle",
    "anstelle von ihm",
    "anstelle von ihr",
    "statt seiner",
    "statt ihrer",
    "i hans sted",
    "i hendes sted",
    "i hennes sted",
    "i stedet for ham",
    "i stedet for hende",
    "i stedet for henne",
    "i stället för honom",
    "i stället för henne",
    "i hans ställe",
    "i hennes ställe",
    "hänen sijastaan",
    "hänen tilalleen",
    "hänen asemestaan",
    "tema asemel",
    "tema asemele",
    "viņa vietā",
    "viņas vietā",
    "vietoj jo",
    "vietoj jos",
    "jo vietoje",
    "jos vietoje",
    "zamiast niego",
    "zamiast niej",
    "w jego miejsce",
    "w jej miejsce",
    "вместо него",
    "вместо неё",
    "вместо нее",
];

/// "From our side", naming who comes ("Fra vår side kommer A og B", "meilt tulevad A ja B",
/// "aus unserem Cluster kommen drei Leute", "от компании поеду я и …"): substrings of the
/// lowercased sentence. With coming or a person's name in the sentence, a registration.
pub const FROM_OUR_SIDE: &[&str] = &[
    "from our side",
    "from our team",
    "from our cluster",
    "von unserer seite",
    "aus unserem",
    "aus unserer",
    "fra vår side",
    "fra vores side",
    "från vår sida",
    "från oss",
    "meidän puoleltamme",
    "meiltä tulee",
    "meie poolt",
    "meilt tulevad",
    "meilt tuleb",
    "no mūsu puses",
    "iš mūsų pusės",
    "z naszej strony",
    "с нашей стороны",
    "от компании",
    "от нашей",
    // "z naszego klastra pojadą: A i B", "от нашего кластера поедем втроём: я, A и B".
    "z naszego",
    "z naszej",
    "от нашего",
    "fra vores klynge",
    "fra vår klynge",
    "från vårt kluster",
    "iš mūsų klasterio",
    "no mūsu klastera",
    "meie klastrist",
];

/// Words that close a hesitation ("so", "finally", "after all", "I decided"): a bare verb of
/// going or coming ([`GOING`]) in the clause with them, or right after them, says yes ("więc
/// ostatecznie jadę", "nusprendžiau: važiuoju", "Так что буду", "päätin kuitenkin tulla",
/// "also: ich komme"). Whole words.
pub const RESOLVED: &[&str] = &[
    "so",
    "also",
    "så",
    "derfor",
    "därför",
    "joten",
    "siis",
    "seega",
    "nii",
    "tāpēc",
    "tātad",
    "taigi",
    "todėl",
    "więc",
    "zatem",
    "так",
    "что",
    "итак",
    "поэтому",
    "finally",
    "endlich",
    "endelig",
    "äntligen",
    "vihdoin",
    "lõpuks",
    "beidzot",
    "pagaliau",
    "wreszcie",
    "ostatecznie",
    "наконец",
    "kuitenkin",
    "sittenkin",
    "ikkagi",
    "siiski",
    "tomēr",
    "jednak",
    "всё-таки",
    "все-таки",
    "doch",
    "ändå",
    "alligevel",
    "likevel",
    "anyway",
    "decided",
    "entschieden",
    "beslutat",
    "bestämt",
    "besluttet",
    "besluttede",
    "päätin",
    "päätimme",
    "otsustasin",
    "otsustasime",
    "nolēmu",
    "nolēmām",
    "nusprendžiau",
    "nusprendėme",
    "zdecydowałem",
    "zdecydowałam",
    "postanowiłem",
    "postanowiłam",
    "решил",
    "решила",
    "решили",
];

/// Bare verbs of going or coming, the sender their subject (in the verb or as a pronoun
/// before it): "jadę", "važiuoju", "еду", "braucu", "tulen", "ich komme". Whole words. The
/// future of being ("буду", "będę", "būšu") is [`WILL_BE`], read beside this list.
pub const GOING: &[&str] = &[
    "važiuoju",
    "važiuosiu",
    "važiuojame",
    "vaziuoju",
    "jadę",
    "jade",
    "jedziemy",
    "pojadę",
    "przyjadę",
    "еду",
    "едем",
    "поеду",
    "приеду",
    "braucu",
    "braucam",
    "braukšu",
    "atbraukšu",
    "tulen",
    "tulemme",
    "tulla",
    "tulemaan",
    "sõidan",
    "komme",
    "kommer",
    "come",
    "coming",
    "going",
];

/// A wish in the conditional mood ("I would love to come", "ich würde gern kommen", "tulisin
/// mielelläni", "ļoti gribētu braukt", "очень хотелось бы приехать", "bardzo chciałabym
/// przyjechać", "norėčiau atvykti"): whole words. Followed by a "but" that neither keeps a day
/// nor says yes, the wish is taken back.
pub const WOULD: &[&str] = &[
    "would",
    "i'd",
    "we'd",
    "würde",
    "würden",
    // "ich wäre gern dabei, aber …", "chciałaby przyjechać koleżanka, ale …".
    "wäre",
    "wären",
    "skulle",
    "ville",
    "бы",
    "gribētu",
    "gribētos",
    "chciałabym",
    "chciałbym",
    "chciałaby",
    "chciałby",
    "chcielibyśmy",
    "tulisin",
    "tulisimme",
    "haluaisin",
    "osallistuisin",
    "tahaksin",
    "tuleksin",
    "sooviksin",
    "norėčiau",
    "norėtume",
    "atvykčiau",
];

/// The sender's side sending people ("we would be glad to send two people", "vi sender to fra
/// sekretariatet", "wir schicken zwei Kolleginnen", "wyślemy dwie osoby", "направим двоих"):
/// lowercase substrings. With people named, their addresses or a list after a colon, it
/// registers them.
pub const SENDING_PEOPLE: &[&str] = &[
    "we send",
    "we'll send",
    "we will send",
    "be glad to send",
    "be happy to send",
    // As a wish: "we would like to send two colleagues: …", "gribētu sūtīt divus cilvēkus:
    // sevi un …", "chcielibyśmy wysłać dwie osoby".
    "like to send",
    "want to send",
    "wish to send",
    "gerne sende",
    "gjerne sende",
    "gärna skicka",
    "vilja skicka",
    "haluaisimme lähettää",
    "haluamme lähettää",
    "tahaksime saata",
    "soovime saata",
    "gribētu sūtīt",
    "vēlētos sūtīt",
    "vēlamies sūtīt",
    "norėtume siųsti",
    "norėčiau siųsti",
    "norime siųsti",
    "chcielibyśmy wysłać",
    "chciałbym wysłać",
    "chciałabym wysłać",
    "хотели бы направить",
    "хотим направить",
    "хотел бы направить",
    "хотела бы направить",
    "vi sender",
    "vi skickar",
    "wir schicken",
    "wir entsenden",
    "schicken wir",
    "entsenden wir",
    "lähetämme",
    "saadame",
    "sūtīsim",
    "siųsime",
    "wyślemy",
    "delegujemy",
    "направим",
    "отправим",
];

/// The reader as the one something is sent to ("schicken wir Ihnen", "we send you", "sūtīsim
/// jums"): whole words after [`SENDING_PEOPLE`]; what is sent is no person.
pub const TO_THE_READER: &[&str] = &[
    "you", "ihnen", "dir", "euch", "dig", "jer", "deg", "dere", "er", "teille", "sinulle", "teile",
    "sulle", "jums", "tev", "tau", "wam", "państwu", "ci", "вам", "тебе",
];

/// How many people are sent, or that people are ("two people", "to fra sekretariatet", "dwie
/// osoby"): whole words. A list after a colon of [`SENDING_PEOPLE`] registers only with one.
pub const PEOPLE_SENT: &[&str] = &[
    "two",
    "three",
    "people",
    "persons",
    "colleagues",
    "to",
    "tre",
    "personer",
    "kolleger",
    "zwei",
    "drei",
    "personen",
    "två",
    "kaksi",
    "kolme",
    "kaks",
    "kolm",
    "divus",
    "trīs",
    "du",
    "tris",
    "dwie",
    "dwóch",
    "trzy",
    "osoby",
    "двух",
    "двоих",
    "троих",
    "человек",
];

/// The sender taking over someone's place ("Jeg overtager hans plads", "jeg overtar plassen
/// hans", "I'll take over her place", "ich übernehme seinen Platz", "zajmę jego miejsce"):
/// lowercase substrings. The other is out, the sender in, as with [`IN_THEIR_PLACE`].
pub const TAKING_OVER: &[&str] = &[
    "take over his place",
    "take over her place",
    "take over his seat",
    "take over her seat",
    "overtager hans plads",
    "overtager hendes plads",
    "overtar plassen hans",
    "overtar plassen hennes",
    "overtar hans plass",
    "overtar hennes plass",
    "tar över hans plats",
    "tar över hennes plats",
    "tar hans plats",
    "tar hennes plats",
    "übernehme seinen platz",
    "übernehme ihren platz",
    "otan hänen paikkansa",
    "pārņemšu viņa vietu",
    "pārņemšu viņas vietu",
    "perimsiu jo vietą",
    "perimsiu jos vietą",
    "zajmę jego miejsce",
    "zajmę jej miejsce",
    "займу его место",
    "займу её место",
    "займу ее место",
];

/// The sender alone as the object ("registreerige mind", "register me"), not "us": whole words.
pub const ME_ALONE: &[&str] = &[
    "me", "mich", "mig", "meg", "mind", "minut", "mut", "mani", "mane", "mnie", "меня", "menja",
];

/// A colleague travelling or standing in for the sender's side, said in the third person
/// ("meine Kollegin fährt für uns nach Riga", "kollegaen min reiser", "vores konsulent tager
/// afsted", "kollegani lähtee edustamaan meitä"): whole words. Only after the sender says
/// they stay home, or with [`FOR_US`]: a colleague's trip elsewhere registers nobody.
pub const COLLEAGUE_GOES: &[&str] = &[
    "fährt",
    "reist",
    "fliegt",
    "vertritt",
    "reiser",
    "drar",
    "rejser",
    "afsted",
    "åker",
    "reser",
    "lähtee",
    "matkustaa",
    "edustaa",
    "edustamaan",
    "representerer",
    "repræsenterer",
    "representerar",
    "represents",
    "travels",
    "goes",
];

/// Coming "for us", on the team's behalf ("kommt für uns", "kommer for oss", "tulee meiltä"):
/// whole-word pairs, read with [`COLLEAGUE_GOES`] and the plain verbs of coming.
pub const FOR_US: &[(&str, &str)] = &[
    ("für", "uns"),
    ("for", "oss"),
    ("for", "os"),
    ("för", "oss"),
    ("for", "us"),
];

/// Plain verbs of coming in the third person ("kommt", "kommer", "tulee", "comes"): whole
/// words, a colleague's coming only with [`FOR_US`] or after the sender stays home.
pub const COMES: &[&str] = &["kommt", "kommer", "tulee", "comes", "deltar", "deltager"];

/// A reason, whole words: a colleague's trip given as why the sender cannot come ("because my
/// colleague travels to Brussels that week") sends nobody to the event.
pub const BECAUSE: &[&str] = &["because", "weil", "fordi", "eftersom", "koska", "sillä"];

/// Staying at home, said by the sender ("Jeg blir dessverre hjemme", "ich bleibe zu Hause"):
/// whole words.
pub const AT_HOME: &[&str] = &["hjemme", "hemma", "hause", "daheim", "kotona", "home"];
