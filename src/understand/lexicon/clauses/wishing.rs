//! The parts of a yes said in the sender's own sentence rather than in a fixed phrase (see
//! `intents::saying_yes::composed`): a word of wishing or gladness with a verb of going, taking
//! part or being there ("I would very much like to be part of this", "jag åker gärna",
//! "haluaisin mielelläni olla mukana"), or a verb of putting on a list or counting in with the
//! sender as its object, in either order ("Меня тоже впишите", "mane irgi įtraukite").

/// Words of wishing or gladness beyond [`super::super::stance::WISHING`] that do not name the
/// sender by themselves, whole words: English adjectives of gladness ("I'd be delighted to
/// come along"), "gribētu", "хотелось". Those that do are [`WISH_FIRST_PERSON`].
pub const WISH_WORDS: &[&str] = &[
    "delighted",
    "pleased",
    "keen",
    "eager",
    "thrilled",
    "gribētu",
    "gribetu",
    "vēlētos",
    "veletos",
    "хотелось",
    "рад",
    "рада",
    // Gladness as a noun in the conditional ("es wäre mir eine Freude, dabei zu sein", "mul
    // oleks hea meel osa võtta", "būtu patiess prieks pievienoties") and the Finnish adjective
    // ("olisin iloinen, jos saisin osallistua").
    "freude",
    "meel",
    "prieks",
    "iloinen",
    "iloisia",
    // Gladness said with an adjective: "oleksin õnnelik, kui saaksin kohal olla", "skulle vara
    // så kul att få hänga med".
    "õnnelik",
    "onnelik",
    "kul",
];

/// Words that name the sender by their ending or as the one the gladness is for, in a clause
/// of gladness that leaves the pronoun out: the conditional of being ("olisin iloinen",
/// "oleksin", "wär gern dabei", "būtu prieks") and the sender as the one who has or is given
/// it ("mul oleks hea meel", "es wäre mir eine Freude"). Whole words; they name the sender
/// only beside a word of wishing and a verb of going (see `saying_yes::composed`).
pub const SENDER_UNSAID: &[&str] = &[
    "olisin", "olisimme", "oleksin", "oleksime", "mul", "meil", "wär", "wäre", "waer", "waere",
    "mir", "būtu", "butu",
];

/// Words that may open a clause of gladness typed without its pronoun, before the word of
/// wishing: modal verbs and words of degree ("would love to be there", "more than happy to be
/// part of it", "vill så gärna hänga med", "skulle va så kul att få komma", "wirklich gern
/// dabei"). Whole words; the word of wishing within the clause's first four words.
pub const BEFORE_GLADNESS: &[&str] = &[
    "would",
    "more",
    "than",
    "so",
    "very",
    "really",
    "super",
    "truly",
    "just",
    "sehr",
    "riesig",
    "wirklich",
    "total",
    "würde",
    "wuerde",
    "wäre",
    "waere",
    "vill",
    "vil",
    "skulle",
    "ville",
    "va",
    "vara",
    "vore",
    "så",
    "sa",
    "jätte",
    "jatte",
    "veldig",
    "meget",
    "rigtig",
    "todella",
    "tosi",
    "ļoti",
    "loti",
    "labai",
    "bardzo",
    "очень",
    "väga",
    "vaga",
];

/// Gladness as a verb, which wishes only in the conditional ("würde mich riesig freuen, dabei
/// zu sein"), not when it looks forward ("wir freuen uns darauf, Ihnen zur Seite zu stehen"):
/// whole words, read with a word of [`WOULD`] in the clause.
pub const GLAD_IF_WOULD: &[&str] = &["freuen", "freue"];

/// The conditional's auxiliary for [`GLAD_IF_WOULD`]: whole words, also typed plain.
pub const WOULD: &[&str] = &[
    "würde", "würden", "wuerde", "wuerden", "wurde", "wäre", "waere",
];

/// A condition that only asks leave or says "if possible" ("both days if poss", "jeśli to
/// możliwe, proszę mnie zapisać", "olisin iloinen, jos saisin olla mukana"): within two words
/// after "if", it does not make the yes wait. Whole words.
pub const POLITE_IF: &[&str] = &[
    "possible",
    "poss",
    "möglich",
    "moeglich",
    "mulig",
    "muligt",
    "möjligt",
    "mojligt",
    "можно",
    "возможно",
    "galima",
    "įmanoma",
    "imanoma",
    "iespējams",
    "iespejams",
    "możliwe",
    "mozliwe",
    "można",
    "mozna",
    "võimalik",
    "voimalik",
    "mahdollista",
    "saisin",
];

/// "My name" as the object of putting on a list ("Pyytäisin, että lisäätte nimeni
/// osallistujien joukkoon"): the sender, like "me". Whole words.
pub const MY_NAME: &[&str] = &["nimeni", "nimemme"];

/// Wanting a place without a word of gladness, Scandinavian "want" ("Jag vill också ha en
/// plats", "Jeg vil ha en plass"): whole words, read with a verb of having within the next two
/// words ([`HAVING`]) and the sender named in the clause.
pub const WANTING: &[&str] = &["vill", "vil"];

/// Having or getting after [`WANTING`] ("vill ha", "vil have", "vill få"): whole words.
pub const HAVING: &[&str] = &["ha", "have", "få"];

/// "To be" after an infinitive marker before [`LISTED_AS_PARTICIPANT`] ("å bli satt opp",
/// "at blive noteret", "to be added"): whole words.
pub const TO_BE: &[&str] = &["bli", "blive", "bliva", "be"];

/// Being put on the list as a participant, said in the passive ("Jeg ber om å bli satt opp som
/// deltaker", "I'd like to be added as a participant"): phrases, read with the sender named
/// in the clause.
pub const LISTED_AS_PARTICIPANT: &[&str] = &[
    "satt opp som deltaker",
    "satt opp som deltakar",
    "ført opp som deltaker",
    "skrevet opp som deltaker",
    "skrevet på som deltaker",
    "sat på som deltager",
    "skrevet på som deltager",
    "noteret som deltager",
    "uppsatt som deltagare",
    "uppskriven som deltagare",
    "added as a participant",
    "listed as a participant",
    "put down as a participant",
];

/// Words of wishing that name the sender by themselves, whole words: verbs of wanting by their
/// ending ("haluaisin" is "I would like"; "tahaksin", "norėčiau", "chciałabym", "хочу") and
/// "gladly" in a language that leaves the pronoun out ("chętnie", "mielelläni"): the clause
/// needs no pronoun. Words of wishing as [`WISH_WORDS`] are.
pub const WISH_FIRST_PERSON: &[&str] = &[
    "haluaisin",
    "haluaisimme",
    "haluan",
    "haluamme",
    "tahaksin",
    "tahaksime",
    "tahaks",
    "sooviksin",
    "soovin",
    "norėčiau",
    "noreciau",
    "norėtume",
    "noretume",
    "chciałbym",
    "chciałabym",
    "chcialbym",
    "chcialabym",
    "chcielibyśmy",
    "хочу",
    "хотим",
    "chętnie",
    "chetnie",
    "mielelläni",
    "mielellani",
    // "ilolla mukaan!" (with joy along), typed on a phone without the verb.
    "ilolla",
];

/// Going, taking part or being there, beyond the words of attending (`ATTEND`), as stems
/// (five letters or more match inside a word, shorter ones whole): "tulla", "mukana",
/// "przyjechać", "приехать", "atvykti", "atbraukt".
pub const GOING_STEMS: &[&str] = &[
    "tulla",
    "tulemaan",
    "tulen",
    "tulemme",
    "lähteä",
    "lähden",
    "mukana",
    "mukaan",
    "tulla",
    "tulema",
    "przyjecha",
    "przyjadę",
    "przyjade",
    "pojecha",
    "pojadę",
    "pojade",
    "приехать",
    "поехать",
    "приеду",
    "поеду",
    "участвовать",
    "atvykti",
    "atvyksiu",
    "nuvykti",
    "važiuoti",
    "vaziuoti",
    "atbraukt",
    "braukt",
    // Joining ("būtu prieks pievienoties"); not "pievienoju" (I attach).
    "pievienoties",
    "pievienošos",
    "pievienosimies",
    // Whole words (four letters): "jag aker garna", typed without "å".
    "aker",
    // Coming along: "würde mich freuen mitzukommen".
    "mitkomm",
    "mitzukomm",
];

/// The same as phrases, in the order they are said ("be part of", "come along", "tager til",
/// "være med").
pub const GOING_PHRASES: &[&str] = &[
    "be part",
    "be a part",
    "be among",
    "be there",
    // Not "tar med" ("jeg tar gjerne med en notis": takes a notice along).
    "come along",
    "tager til",
    "tar til",
    "åka till",
    "aka till",
    // Tagging along: "vill så gärna hänga med", "vil gjerne henge med".
    "hänga med",
    "hanga med",
    "henge med",
    "vaere med",
    "vara med",
    "være med",
    "olla mukana",
    "būt klāt",
    "but klat",
    // "dabei zu sein", "wär gern dabei"; not "dabei" alone ("ich helfe gern dabei").
    "dabei sein",
    "dabei zu sein",
    "gern dabei",
    "gerne dabei",
    "osa võtta",
    "osa votta",
    "osa võtma",
];

/// Putting the sender on the list in the indicative after "that" or "as agreed" ("vil jeg
/// gjerne at dere skriver meg inn", "som avtalt fører dere meg opp"): phrases, read with "me"
/// in the clause as [`LISTING_STEMS`] are.
pub const LISTING_PHRASES: &[&str] = &[
    "skriver meg inn",
    "skrive meg inn",
    "skriver meg opp",
    "skrive meg opp",
    "fører meg opp",
    "føre meg opp",
    "skriver mig op",
    "skrive mig op",
    "skriver mig på",
    "skrive mig på",
    "skriver upp mig",
    "skriva upp mig",
    "för upp mig",
    "föra upp mig",
];

/// Putting on a list or counting in, with the sender as the object ("Меня тоже впишите",
/// "mane irgi įtraukite", "учтите меня", "uwzględnijcie mnie", "ņemiet mani vērā"): stems of
/// five letters or more match inside a word.
pub const LISTING_STEMS: &[&str] = &[
    "впиши",
    "запиши",
    "внесите",
    "учтите",
    "įtrauk",
    "itrauk",
    "užrašyk",
    "uzrasyk",
    "įrašyk",
    "irasyk",
    "pasižymėk",
    "pasizymek",
    "įskaičiuok",
    "iskaiciuok",
    // Counting the sender in: "skaičiuokite ir mane", "считайте и меня", "liczcie mnie".
    "skaičiuok",
    "skaiciuok",
    // "Rēķiniet mani klāt", "ieskaitiet mani dalībnieku skaitā", "arvake mind osalejate
    // hulka", "laskekaa minut mukaan".
    "rēķiniet",
    "rekiniet",
    "ieskaitiet",
    "pieskaitiet",
    "arvake",
    "laskekaa",
    "считайте",
    "посчитайте",
    "liczcie",
    "wpisz",
    "zapisz",
    "dopisz",
    "uwzględni",
    "uwzgledni",
    "ierakstiet",
    "pierakstiet",
    "lieciet",
    "merkitkää",
    "merkitkaa",
    "kirjatkaa",
    "lisätkää",
    "lisatkaa",
    "berücksichtig",
    // "proszę doliczyć i mnie", "И меня добавьте", "(että) lisäätte nimeni", "mich …
    // vorzumerken" (the zu-infinitive of "vormerken").
    "dolicz",
    "добавь",
    "добавит",
    "lisäät",
    "lisaat",
    "lisäisitte",
    "vorzumerk",
    "beruecksichtig",
    "berucksichtig",
];

/// Putting oneself on the list, the sender named by the reflexive and the verb's ending ("i ja
/// się piszę", "paneksin ka end kirja"): phrases.
pub const LISTING_SELF: &[&str] = &[
    "się piszę",
    "piszę się",
    "sie pisze",
    "pisze sie",
    "end kirja",
    "ennast kirja",
];

/// Past forms of being and wanting ("Last year I was delighted to be part of it", "Ich war
/// gerne dabei", "halusin tulla"): a yes told of the past, not given now. Whole words.
pub const PAST_WISHING: &[&str] = &[
    "was",
    "were",
    "wanted",
    "war",
    "waren",
    "wollte",
    "wollten",
    "var",
    "oli",
    "olin",
    "olimme",
    "halusin",
    "halusimme",
    "oli",
    "bija",
    "biju",
    "bijām",
    "gribēju",
    "buvau",
    "buvo",
    "norėjau",
    "olin",
    "tahtsin",
    "byłem",
    "byłam",
    "był",
    "była",
    "chciałem",
    "chciałam",
    "был",
    "была",
    "были",
    // What would have been: "would have been", "wäre dabei gewesen", "hätte", "ville ha været".
    "been",
    "gewesen",
    "hätte",
    "hätten",
    "haette",
    "varit",
    "været",
    "vært",
    "ollut",
    "olnud",
];
