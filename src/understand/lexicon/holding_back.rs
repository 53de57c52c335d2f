//! Words for what holds a registration back or points elsewhere: another kind of list ("add me
//! to your mailing list"), a condition of someone's approval ("if my boss agrees, …"), the
//! reader invited ("would you like to join us for dinner?"), and being there in person, whose
//! refusal ("Ich kann nicht vor Ort sein") declines.

/// Lists that are not the participants' list: mailing lists and newsletters. Substrings of a
/// lowercase word ("Mailingliste", "e-postlista", "uutiskirjeeseen", "рассылку").
pub const MAILING_LISTS: &[&str] = &[
    "mailing",
    "maillist",
    "newsletter",
    "nyhedsbrev",
    "nyhetsbrev",
    "verteiler",
    "postlist",
    "postilist",
    "uutiskir",
    "uudiskir",
    "jaunumu",
    "naujienlaišk",
    "biuletyn",
    "рассылк",
    // Estonian "meililist" (a mailing list).
    "meililist",
];

/// Verbs of approving or allowing, in a condition ("if my boss agrees", "if the budget
/// allows", "wenn mein Chef zustimmt", "jei vadovas pritars", "если руководство одобрит"):
/// what follows waits for someone else's yes. Prefixes of a lowercase word.
pub const APPROVING: &[&str] = &[
    "agree",
    "approv",
    "allow",
    "permit",
    "zustimm",
    "genehmig",
    "erlaub",
    "zulässt",
    "einverstanden",
    "godkän",
    "tillåt",
    "godkend",
    "tillad",
    "godkjen",
    "tillat",
    "hyväksy",
    "salli",
    "nõustu",
    "nõus",
    "lubab",
    "kinnita",
    "piekrīt",
    "piekritīs",
    "atļau",
    "apstiprin",
    "pritar",
    "leis",
    "leidž",
    "sutik",
    "patvirtin",
    "zgodz",
    "zgadz",
    "pozwol",
    "pozwal",
    "zatwierdz",
    "одобр",
    "разреш",
    "соглас",
    "позвол",
    "утверд",
];

/// The reader addressed as the subject of a condition ("if you agree, please register me"
/// asks the organisers; it waits for nobody else). Whole words.
pub const YOU: &[&str] = &[
    "you", "du", "ni", "sie", "te", "teie", "jūs", "jūs", "tu", "państwo", "pan", "pani", "вы",
    "ты", "dere",
];

/// The reader invited in a question ("Would you like to join us for dinner?", "Möchten Sie
/// uns begleiten?", "хотите присоединиться?"): the sender asks someone else to come, nobody
/// registers. Substrings of the lowercased sentence.
pub const INVITING_READER: &[&str] = &[
    "would you like to",
    "do you want to",
    "would you care to",
    "would you be interested in joining",
    "möchten sie",
    "möchtest du",
    "wollen sie",
    "willst du",
    "har du lyst",
    "har i lyst",
    "har ni lust",
    "har du lust",
    "haluatko",
    "haluaisitko",
    "haluaisitteko",
    "haluatteko",
    "kas soovite",
    "kas sa tahad",
    "kas soovid",
    "vai vēlaties",
    "vai gribat",
    "vai gribi",
    "vai vēlies",
    "ar norėtumėte",
    "ar norite",
    "ar nori",
    "czy chciałby pan",
    "czy chciałaby pani",
    "czy chcieliby państwo",
    "czy chcesz",
    "не хотите ли",
    "хотите ли",
    "хотите",
    "хочешь",
];

/// Being there in person, as phrases of whole words ("vor Ort sein", "būt klāt", "være til
/// stede", "być na miejscu"): refused, they decline; "присутств" is a stem.
pub const IN_PERSON: &[&str] = &[
    "vor ort sein",
    "vor ort dabei",
    "būt klāt",
    "klāt būt",
    "būti vietoje",
    "kohal olla",
    "olla kohal",
    "kohal olema",
    "vara på plats",
    "være til stede",
    "være på plads",
    "być na miejscu",
    "być obecny",
    "być obecna",
];

/// Russian "to be present" ("не смогу присутствовать"), as a stem.
pub const PRESENT_STEMS: &[&str] = &["присутств"];

/// Thanks that may follow a bare yes ("Ja tack", "Yes, thanks"). Whole words.
pub const THANKS: &[&str] = &[
    "thanks",
    "thank",
    "tack",
    "danke",
    "takk",
    "kiitos",
    "aitäh",
    "paldies",
    "ačiū",
    "dziękuję",
    "спасибо",
];

/// Being sure, which negated before a "whether" leaves the coming open ("Nie jestem pewna, czy
/// zdołam przyjechać", "I'm not sure whether I can come"). Whole words.
pub const SURE: &[&str] = &[
    "sure",
    "certain",
    "sicher",
    "säker",
    "sikker",
    "kindel",
    "pārliecināts",
    "pārliecināta",
    "tikras",
    "tikra",
    "pewna",
    "pewien",
    "pewny",
    "уверен",
    "уверена",
    "уверены",
];

/// "Or" before a negation ("whether or not I manage to come", "ob oder nicht", "или нет"):
/// the negation refuses nothing. Whole words; not "czy", "ar" or "vai", which open polite
/// questions ("vai nevarētu …?").
pub const OR_BEFORE_NOT: &[&str] = &["or", "oder", "eller", "tai", "või", "albo", "lub", "или"];

/// Nouns of a thought offered for the programme ("yksi ajatus ohjelmaan", "ein Gedanke zum
/// Programm"), whole words; English "a thought for the programme" is read as a phrase
/// (`THOUGHT_PHRASES`), "thought" alone being a verb as often.
pub const THOUGHTS: &[&str] = &[
    "ajatus",
    "gedanke",
    "tanke",
    "mõte",
    "doma",
    "mintis",
    "myśl",
    "мысль",
];

/// [`THOUGHTS`] in English. Substrings of the lowercased sentence.
pub const THOUGHT_PHRASES: &[&str] = &["a thought for", "one thought for", "a thought on"];

/// Money, a project's parts and indicators: a suggestion about them ("ehdottaisin, että
/// siirretään 40 000 euroa työpakettiin 2", "I'd suggest moving the travel budget to WP3") is
/// about the sender's
/// project, not the programme. Prefixes of a lowercase word.
pub const PROJECT_MATTERS: &[&str] = &[
    "budget",
    "budjet",
    "budžet",
    "budżet",
    "biudžet",
    "бюджет",
    "eelarve",
    "työpaket",
    "arbeitspaket",
    "arbetspaket",
    "arbejdspakke",
    "arbeidspakke",
    "pakiet",
    "пакет",
    // A project's indicators: "Wskaźnik … proponuję podnieść z 40 do 55", "I'd suggest
    // raising the indicator to 55".
    "indicator",
    "indikator",
    "indikaator",
    "indikaattor",
    "wskaźnik",
    "rādītāj",
    "rodikl",
    "показател",
];

/// Amounts of money, whole words ("40 000 euroa").
pub const CURRENCY: &[&str] = &[
    "eur", "euro", "euros", "euroa", "eurot", "eurų", "eiro", "евро", "zł", "złotych", "kr", "sek",
    "dkk", "nok",
];

/// Weighing whether to take part, beginnings of lowercase words ("über eine Teilnahme
/// nachzudenken", "mõtlen registreerumisele", "подумаю о регистрации", "jäsenyrityksemme
/// miettivät osallistumista", "Kas tulen, selgub hiljem", "det afgør, om jeg kan tage med"):
/// a sentence that weighs registers nobody yet (see `attendance::CONSIDERING` for the
/// commoner verbs).
pub const WEIGHING: &[&str] = &[
    "nachzudenk",
    "nachdenk",
    "mõtlen",
    "mõtleme",
    "подумаю",
    "подумаем",
    "думаем",
    "miettiv",
    "pohdi",
    "zastanawiam",
    "zastanowi",
    "pomyślę",
    "pomyślimy",
    "pagalvosiu",
    "pagalvosime",
    "apdomā",
    "afgør",
    "afgjør",
    "avgjør",
    "avgör",
    "selgub",
    "paaiškės",
    "noskaidrosies",
    "okaże",
    "выяснится",
    "undecided",
    "unentschlossen",
    // Still deciding who of the team goes: "Dar sprendžiame, kas iš komandos važiuos",
    // "Jeszcze ustalamy, kto pojedzie", "Пока решаем, кого отправить", "Vēl lemjam, kurš
    // brauks" (not "nusprendžiau", I decided).
    "sprendžiam",
    "ustalamy",
    "decydujemy",
    "решаем",
    "lemjam",
];

/// Whether a word is one of deciding or depending ("det afgør", "no tā atkarīgs, kurš no mums
/// brauks", "Od tego zależy, czy pojedziemy", "Kas tulen, otsustan hiljem"): the words of
/// `stance::DECIDING` and two more, without the hedges of probability ("tõenäoliselt ka teisel"
/// keeps a yes), which a whole sentence cannot be judged by.
pub fn depending(word: &str) -> bool {
    super::stance::DECIDING.contains(&word) || ["abhängig", "priklausys"].contains(&word)
}

/// Waiting to hear, whole words ("still waiting to hear whether my colleague can cover the
/// fair", "ootan vastust, kas …"): the sender waits on someone else, not on the organisers.
pub const WAITING: &[&str] = &[
    "waiting", "warte", "warten", "väntar", "venter", "odotan", "odotamme", "ootan", "ootame",
    "gaidu", "gaidām", "laukiu", "laukiame", "czekam", "czekamy", "жду", "ждём", "ждем",
];

/// Words of thinking or knowing that weigh only before a "whether" (within three words) ("Pagaidām vēl domāju, vai braukt",
/// "Jeg tænker over, om vi skal med", "I'm thinking whether to come"): whole words. "Domāju,
/// ka braukšu" (I think I'll come) says yes.
pub const THINKING_WHETHER: &[&str] = &[
    "domāju", "domājam", "tænker", "tenker", "tänker", "galvoju",
    // Not knowing yet whether ("Nie wiem jeszcze, czy przyjadę", "I don't know yet whether
    // I can come").
    "know", "weiß", "vet", "ved", "tiedä", "tea", "tean", "zinu", "žinau", "wiem", "знаю",
];

/// Verbs of someone else saying, whole words ("Min chef sa att hon anmält oss båda", "Kollegani
/// Mikko sanoi ilmoittavansa meidät", "шеф сказал, что зарегистрирует нас"): the registration
/// they speak of is reported, not asked for.
pub const SOMEONE_SAID: &[&str] = &[
    "said",
    "told",
    "sagte",
    "meinte",
    "sa",
    "sade",
    "sagde",
    "sanoi",
    "kertoi",
    "ütles",
    "teica",
    "sakė",
    "powiedział",
    "powiedziała",
    "mówił",
    "mówiła",
    "сказал",
    "сказала",
    "говорил",
    "говорила",
];

/// Someone asking, whole words: with "whether" after it (`stance::WHETHER`) someone else asks whether
/// the sender should register ("my boss asked me whether I should register", "mein Chef hat
/// gefragt, ob ich mich anmelden soll"); "my boss asked me to register" still registers.
pub const SOMEONE_ASKED: &[&str] = &[
    "asked",
    "fragte",
    "gefragt",
    "frågade",
    "spurgte",
    "spurte",
    "kysyi",
    "küsis",
    "jautāja",
    "klausė",
    "paklausė",
    "zapytał",
    "zapytała",
    "pytał",
    "pytała",
    "спросил",
    "спросила",
];

/// "That" opening a clause of what was said ("сказал, что …", "powiedział, że …", "sagte,
/// dass …"): whole words.
pub const THAT: &[&str] = &[
    "that", "dass", "att", "at", "että", "et", "ka", "kad", "że", "что",
];

/// Some of a group as who comes, whole words ("domāju, ka vairāki pieteiksies", "Loodetavasti
/// mõned registreeruvad", "I hope some of them sign up"): others registering on their own.
pub const SOME_OF_THEM: &[&str] = &[
    "some",
    "several",
    "einige",
    "mehrere",
    "några",
    "flera",
    "nogle",
    "noen",
    "jotkut",
    "muutamat",
    "useat",
    "mõned",
    "mitmed",
    "daži",
    "dažas",
    "vairāki",
    "vairākas",
    "keli",
    "kelios",
    "niektórzy",
    "некоторые",
];

/// Means of travel, whole words, the forms that say "by" ("Braukšu ar busiņu", "Važiuosiu
/// automobiliu", "I'll come by car"): said with a practical question, how the sender travels
/// is the question's reason, not a registration. Whole words: "Mašīnbūves klasteris" and
/// "машиностроение" are no cars.
pub const MEANS_OF_TRAVEL: &[&str] = &[
    "car",
    "bus",
    "minibus",
    "train",
    "ferry",
    "auto",
    "zug",
    "fähre",
    "bil",
    "bilen",
    "tåg",
    "tåget",
    "buss",
    "bussen",
    "färjan",
    "toget",
    "færgen",
    "ferja",
    "ferga",
    "autolla",
    "junalla",
    "bussilla",
    "lautalla",
    "autoga",
    "rongiga",
    "bussiga",
    "laevaga",
    "mašīnu",
    "busiņu",
    "autobusu",
    "vilcienu",
    "prāmi",
    "automobiliu",
    "traukiniu",
    "keltu",
    "samochodem",
    "pociągiem",
    "autobusem",
    "promem",
    "машине",
    "машиной",
    "поездом",
    "автобусом",
    "паромом",
];

/// The reader told to register in the familiar "you", whole words: the reflexive "you" ("melde
/// dich an", "tilmeld dig", "anmäl dig", "meld deg på") and the familiar imperatives of
/// registering ("zapisz się", "запишись", "piesakies", "ilmoittaudu", "registreeru",
/// "užsiregistruok"). In a forward the reader is to register, not the sender.
pub const REGISTER_YOURSELF: &[&str] = &[
    "dich",
    "dig",
    "deg",
    "zapisz",
    "zarejestruj",
    "zgłoś",
    "zglos",
    "запишись",
    "зарегистрируйся",
    "регистрируйся",
    "записывайся",
    "piesakies",
    "pieraksties",
    "reģistrējies",
    "ilmoittaudu",
    "rekisteröidy",
    "registreeru",
    "užsiregistruok",
    "registruokis",
    "užsirašyk",
];

/// "Once", "when": a clause after a word of registering that puts it off until something
/// happens ("I'll register once the budget is approved", "Ich melde mich an, sobald …", "Jeg
/// tilmelder mig, når programmet er klar", "Zarejestruję się, gdy …"). Whole words; "as soon
/// as" is read as "as" before "soon". Not Latvian "kad": it is Lithuanian "that".
pub const ONCE: &[&str] = &[
    "once",
    "when",
    "sobald",
    "när",
    "når",
    "kun",
    "kunhan",
    "tiklīdz",
    // Estonian "niipea" ("Registreerun niipea, kui …"); not "kui" alone: it is also "if".
    "niipea",
    "kai",
    "gdy",
    "kiedy",
    "когда",
];

/// "Then, when" in two words where the second alone is also "if" or "that" ("Registreerun
/// siis, kui eelarve on kinnitatud", "Pieteikšos tad, kad būs zināms budžets"), and "as soon
/// as" in two words ("Jeg melder meg på så snart budsjettet er vedtatt", "zapiszę się, jak
/// tylko …", "зарегистрируюсь, как только …"): a "once" of [`ONCE`]. Whole words, in order.
pub const THEN_WHEN: &[(&str, &str)] = &[
    ("siis", "kui"),
    ("tad", "kad"),
    // Estonian "kohe, kui" (as soon as; the comma parts no words).
    ("kohe", "kui"),
    ("så", "snart"),
    ("sa", "snart"),
    ("jak", "tylko"),
    ("как", "только"),
];

/// "Possible" after "as soon as", "så snart som" ("register me as soon as possible"): a hurry,
/// no "once". Whole words.
pub const POSSIBLE: &[&str] = &[
    "possible",
    "mulig",
    "muligt",
    "möjligt",
    "möglich",
    "võimalik",
    "mahdollista",
];

/// Whom one gets back to, after German "bei" ("Ich melde mich dann wieder bei Ihnen"): "sich
/// bei jemandem melden" without "an" is getting in touch, no registering. Whole words.
pub const GETTING_BACK_TO: &[&str] = &["ihnen", "dir", "euch"];

/// Words that open a sentence with what must happen first ("Sobald das durch ist, schicke ich
/// Ihnen die Anmeldung", "Once my dates are fixed, I'll sign up", "Как только бюджет
/// утвердят, зарегистрируюсь"): the registration waits for it. The opening words, lower case,
/// joined by single spaces.
pub const ONCE_OPENING: &[&str] = &[
    "once ",
    "as soon as ",
    "sobald ",
    "så snart ",
    "straks ",
    "heti kun ",
    "kunhan ",
    "niipea ",
    "kohe kui ",
    "tiklīdz ",
    "kai tik ",
    "kai tiktai ",
    "jak tylko ",
    "как только ",
];
