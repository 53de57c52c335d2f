//! A reply to the organisers' "only a few places left" broadcast that asks for one of them in
//! a few words ("Yes please, one of them for me", "einen Platz für mich bitte", "Mulle yks
//! paikka kiitos", "Jā, mums vajag vienu vietu – man", "skorzystam z jednego z ostatnich
//! miejsc"): the words that say the places are few or last, one of them, and the sender as
//! the one it is for (see `understand::intents::free_places`).

/// Places being few or the last ones, word beginnings, read only in a subject that names
/// places ("Only a few places left", "Nur noch wenige Plätze", "Palikušas pēdējās vietas",
/// "Liko vos kelios vietos", "Zostało tylko kilka miejsc", "Последние места"); what
/// `free_places::FREE` says of free places, said of their number.
pub const FEW_LEFT: &[&str] = &[
    "few",
    "last",
    "wenige",
    "letzte",
    "få",
    "sidste",
    "siste",
    "sista",
    "muutam",
    "viimei",
    "viimas",
    "dažas",
    "pēdēj",
    "palik",
    "kelios",
    "liko",
    "paskutin",
    "jäänud",
    "vähe",
    "kilka",
    "ostatn",
    "zosta",
    "несколько",
    "последн",
];

/// One of the places, whole words: a numeral, not an article ("one of them for me", "einen
/// Platz für mich", "yks paikka", "vienu vietu", "vieną vietą", "üks neist kohtadest", "jedno
/// miejsce", "одно место"). The Scandinavian "en"/"et" are articles as well and stay out:
/// there the place noun says it.
pub const ONE_OF: &[&str] = &[
    "one",
    "einen",
    "eins",
    "yks",
    "yksi",
    "yhden",
    "vienu",
    "viena",
    "vieną",
    "vienas",
    "üks",
    "ühe",
    "jedno",
    "jednego",
    "jedną",
    "одно",
    "одного",
    "одну",
];

/// "One" stressed where the article is the same word ("én plass til meg", "ét sæde"): whole
/// words, the accent being what tells them from [`ONE_OF`]'s left-out articles.
pub const ONE_STRESSED: &[&str] = &["én", "ét"];

/// The sender as the one the place is for, whole words: "for me", "für mich", "mir", "mig",
/// "meg", "mulle", "minulle", "man" (Latvian and Lithuanian dative), "mums", "mnie", "мне",
/// "за мной"; "us" for a team's place. Not the subject "I", which also asks questions ("I
/// have one question about the places").
/// The reflexive "for oneself" says it too ("imu vieną vietą sau", "одно место беру себе").
pub const FOR_ME: &[&str] = &[
    "me", "us", "mich", "mir", "uns", "mig", "meg", "os", "oss", "mulle", "minulle", "meille",
    "minule", "man", "mums", "mani", "mane", "mnie", "nam", "nas", "мне", "мной", "меня", "нам",
    "нас", "sau", "sev", "sobie", "себе",
];

/// Wanting one of the places, whole words, with the sender in the clause and "one" or a place
/// noun ("dann hätte ich gern noch einen davon", "I'd like one of them", "chciałabym jedno
/// miejsce"): "ich hätte eine Frage" names neither.
pub const WANTING_ONE: &[&str] = &[
    "hätte",
    "hätten",
    "möchte",
    "möchten",
    "like",
    "want",
    "gribētu",
    "norėčiau",
    "sooviksin",
    "haluaisin",
    "chciałbym",
    "chciałabym",
    "хотел",
    "хотела",
];

/// Making use of one of the places, whole words, in the first person ("chętnie skorzystam z
/// jednego z ostatnich miejsc", "воспользуюсь одним из мест", "izmantošu vienu no vietām"):
/// with a place or "one" in its clause, since "I'll use the chance to ask …" takes none.
pub const USING_ONE: &[&str] = &[
    "skorzystam",
    "skorzystamy",
    "воспользуюсь",
    "воспользуемся",
    "pasinaudosiu",
    "pasinaudosime",
    "izmantošu",
    "izmantosim",
    "kasutan",
    "käytän",
    "nutze",
    "benytter",
    "använder",
];

/// No place, whole words: "Leider keinen Platz für mich", "ingen plads til mig", "ни одного
/// места для меня": the place is declined, as a negation says it.
pub const NONE_OF: &[&str] = &[
    "kein", "keine", "keinen", "ingen", "inget", "intet", "none", "no", "yhtään", "nevienu",
    "nevieną", "jokios", "ühtegi", "żadnego", "żadnej", "ни", "нет",
];

/// Room or time left, as a condition says it without a noun of places ("jos mahtuu", "jos
/// ehtii", "if there's room", "jei dar spėju", "если успею"): whole words. A registration on
/// that condition is what the organisers answer by registering (see
/// `intents::free_places::registers_if_room`).
pub const ROOM_LEFT: &[&str] = &[
    "room",
    "space",
    "mahtuu",
    "mahdun",
    "ehtii",
    "ehdin",
    "paspēju",
    "paspēšu",
    "spėju",
    "spėsiu",
    "zdążę",
    "успею",
    "успеть",
    "jõuan",
    "hinner",
    "rekker",
    "når",
];
