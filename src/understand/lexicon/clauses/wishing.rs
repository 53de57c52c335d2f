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
    // Whole words (four letters): "jag aker garna", typed without "å".
    "aker",
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
    "vaere med",
    "vara med",
    "være med",
    "olla mukana",
    "būt klāt",
    "but klat",
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
