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

/// Money and a project's parts: a suggestion about them ("ehdottaisin, että siirretään 40 000
/// euroa työpakettiin 2", "I'd suggest moving the travel budget to WP3") is about the sender's
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
];

/// Amounts of money, whole words ("40 000 euroa").
pub const CURRENCY: &[&str] = &[
    "eur", "euro", "euros", "euroa", "eurot", "eurų", "eiro", "евро", "zł", "złotych", "kr", "sek",
    "dkk", "nok",
];
