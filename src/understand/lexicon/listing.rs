//! Putting the sender on the event's list ("put me on the list", "märkige mind osalejaks",
//! "vnesite menja v spisok uchastnikov"): who is put, onto what, and what is another list
//! (see `understand::intents::listing`). The lists and participant nouns themselves live in
//! `clauses`.

/// The sender as the object of putting on the list ("put me on the list", "märkige mind
/// osalejaks"): [`super::stance::ME_OBJECT`] and Russian typed in Latin letters. Whole words.
pub const LISTED_ME: &[&str] = &[
    "me", "us", "mich", "uns", "mani", "mūs", "mane", "mus", "mind", "meid", "minut", "meidät",
    "mut", "mig", "os", "meg", "oss", "mnie", "nas", "меня", "нас", "menja", "menya",
];

/// Words before a list that say "onto" or "into" it ("on the list", "auf die Liste", "på
/// listan", "в список", "na listę", "į sąrašą"): whole words, up to three words before.
pub const ONTO: &[&str] = &[
    "on", "onto", "to", "into", "auf", "in", "på", "i", "в", "v", "na", "do", "į",
];

/// Words before a participant noun that say "as" or "among" ("as a participant", "als
/// Teilnehmer", "kā dalībnieci", "jako uczestnika", "как участника", "в число участников"):
/// whole words, up to two words before.
pub const AS_PARTICIPANT: &[&str] = &[
    "as", "among", "als", "unter", "som", "blandt", "bland", "blant", "kā", "jako", "как", "kaip",
    "в", "v", "к", "do",
];

/// Words after a participant noun in the genitive that say "among" ("osalejate hulka",
/// "osallistujien joukkoon", "dalībnieku skaitā", "dalyvių tarpe"), and words before it that say
/// so where [`AS_PARTICIPANT`] does not ("w gronie uczestników", "среди участников", "tarp
/// dalyvių"): whole words, the first right after the noun, the second up to two words before.
pub const AMONG_AFTER: &[&str] = &[
    "hulka", "hulgas", "hulgast", "sekka", "seas", "joukkoon", "joukossa", "skaitā", "vidū",
    "pulkā", "tarpe", "tarpą",
];
pub const AMONG_BEFORE: &[&str] = &["gronie", "grona", "среди", "tarp"];

/// A question that asks whether something is possible, said before the request it frames
/// ("Would it be possible to include me …?", "Vai būtu iespējams mani iekļaut …?", "Можно ли
/// включить меня …?"): its words ("iespējams" is also "maybe", "ли" also "whether") leave a
/// clause open, so the request is read without them. The words of a sentence joined by
/// spaces, the longer of two with the same start first.
pub const POSSIBLE_FRAMES: &[&str] = &[
    "would it be possible to",
    "would it be possible",
    "is it possible to",
    "is there a chance you could",
    "wäre es möglich",
    "ist es möglich",
    "vil det være muligt at",
    "vil det være mulig å",
    "er det muligt at",
    "er det mulig å",
    "skulle det vara möjligt att",
    "är det möjligt att",
    "olisiko mahdollista",
    "onko mahdollista",
    "kas oleks võimalik",
    "kas on võimalik",
    "vai būtu iespējams",
    "vai ir iespējams",
    "vai iespējams",
    "ar būtų galima",
    "ar galima",
    "czy byłoby możliwe",
    "czy jest możliwe",
    "czy można",
    "можно ли",
    "возможно ли",
    "нельзя ли",
];

/// "I'm in" in Scandinavian ("jag är på", "jeg er på"): the subject, "to be" and "på" closing
/// the clause, only words of degree between. Whole words.
pub const IM_IN_SUBJECT: &[&str] = &["jag", "jeg", "eg"];
pub const IM_IN_BE: &[&str] = &["är", "er"];

/// The sender named as "my person" in formal Polish ("proszę o uwzględnienie mojej osoby"):
/// as a phrase it stands for "me".
pub const MY_PERSON: &[&str] = &["mojej osoby", "moją osobę", "moja osoba"];

/// Endings that put a list or a participant noun in the case of "onto" or "as" by themselves:
/// Finnish allative, illative and translative ("listalle", "listaan", "osallistujaksi"),
/// Estonian illative and translative ("nimekirja", "nimekirjasse", "osalejaks"), Latvian
/// locative and dative ("sarakstā", "sarakstam"); the Estonian and Finnish essive ("osalejana").
pub const ONTO_ENDINGS: &[&str] = &[
    "listalle",
    "listaan",
    "ksi",
    "nimekirja",
    "nimekirjasse",
    "ks",
    "sarakstā",
    "sarakstam",
    // Essive "as a participant": Estonian "osalejana", Finnish "osallistujana" ("võtke mind
    // osalejana arvesse").
    "jana",
];

/// Lists that are not the event's (a mailing list, a newsletter's): word beginnings or parts.
pub const OTHER_LISTS: &[&str] = &[
    "mail",
    "news",
    "verteil",
    "nyhet",
    "uudis",
    "uutis",
    "jakelu",
    "rassyl",
    "рассыл",
    "wait",
    "warte",
];

/// Articles: after "me" they begin a thing given ("send me the link to the list"), not a
/// request to put the sender on it. Whole words.
pub const ARTICLES: &[&str] = &[
    "the", "a", "an", "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem",
];

/// Keeping the sender on a list, or a list for later events ("keep us on your list for future
/// events", "halten Sie mich für künftige Veranstaltungen auf der Liste"): the contact list,
/// not this event's. Word beginnings.
pub const KEPT_FOR_LATER: &[&str] = &[
    "keep",
    "kept",
    "halten",
    "behalt",
    "behold",
    "behåll",
    "hold",
    "pidä",
    "pitäk",
    "hoidk",
    "jätk",
    "paturē",
    "saglabā",
    "palik",
    "zostaw",
    "pozostaw",
    "оставь",
    "оставьте",
    "сохран",
    "future",
    "next",
    "künftig",
    "zukünft",
    "nächst",
    "fremtid",
    "framtid",
    "kommende",
    "kommande",
    "tulevi",
    "seuraav",
    "tulevik",
    "järgmis",
    "nākotn",
    "nākam",
    "ateit",
    "kit",
    "przyszł",
    "kolejn",
    "будущ",
    "следующ",
];
