//! Cues after which a sender states a value of their record in their own words, in the region's
//! eleven languages: "my name is …", "I work for …", "the country is …". Registrations use
//! them to fill a gap; corrections ("actually I work for Y", "the right name is X") use them to
//! say what changes.
//!
//! Entries are lowercase and end where the value begins (a trailing space). They match at the
//! start of a word; `:`, dashes and quotes between the cue and the value are skipped.

/// Cues after which the sender gives their full name.
pub const NAME_CUES: &[&str] = &[
    "my name is spelled ",
    "my name is spelt ",
    "my name should be ",
    "my full name is ",
    "my correct name is ",
    "my name is ",
    "the right name is ",
    "the correct name is ",
    "mans vārds ir ",
    "mans pilnais vārds ir ",
    "pareizais vārds ir ",
    "mani sauc ",
    "mano vardas yra ",
    "mano vardas ",
    "teisingas vardas yra ",
    "teisingas vardas ",
    "mano vardas ir pavardė ",
    "minu nimi on ",
    "mu nimi on ",
    "õige nimi on ",
    "minun nimeni on ",
    "nimeni on ",
    "oikea nimeni on ",
    "oikea nimi on ",
    "mitt namn är ",
    "mitt namn stavas ",
    "rätt namn är ",
    "jag heter ",
    "mit navn er ",
    "mit navn staves ",
    "det rigtige navn er ",
    "jeg hedder ",
    "navnet mitt er ",
    "mitt navn er ",
    "mitt navn staves ",
    "riktig navn er ",
    "det riktige navnet er ",
    "jeg heter ",
    "mein name ist ",
    "mein name lautet ",
    "mein richtiger name ist ",
    "der richtige name ist ",
    "ich heiße ",
    "ich heisse ",
    "nazywam się ",
    "moje imię i nazwisko to ",
    "prawidłowe imię i nazwisko to ",
    "poprawne imię i nazwisko to ",
    "меня зовут ",
    "моё имя ",
    "мое имя ",
    "правильное имя ",
    "правильно моё имя ",
];

/// Cues after which the sender names their organisation ("I represent …", "pārstāvu …").
/// A value in an inflected case after some of them ("pārstāvu … federāciju") is taken as
/// written; the signature, when there is one, is preferred.
pub const ORGANISATION_CUES: &[&str] = &[
    "my organisation is ",
    "my organization is ",
    "my company is ",
    "our organisation is ",
    "our organization is ",
    "the organisation is ",
    "the organization is ",
    "the right organisation is ",
    "the right organization is ",
    "the correct organisation is ",
    "the correct organization is ",
    "my employer is ",
    "i represent ",
    "i work at ",
    "i work for ",
    "i now work for ",
    "i now work at ",
    "i'm with ",
    "i’m with ",
    "i am with ",
    "i'm from ",
    "i’m from ",
    "im from ",
    "i am from ",
    "mana organizācija ir ",
    "organizācija ir ",
    "pārstāvu ",
    "strādāju uzņēmumā ",
    "strādāju organizācijā ",
    "mano organizacija yra ",
    "organizacija yra ",
    "organizacijos pavadinimas ",
    "dirbu įmonėje ",
    "dirbu organizacijoje ",
    "minu organisatsioon on ",
    "organisatsioon on ",
    "esindan ",
    "töötan ettevõttes ",
    "töötan firmas ",
    "töötan organisatsioonis ",
    "organisaationi on ",
    "organisaatio on ",
    "edustan ",
    "min organisation är ",
    "organisationen är ",
    "jag representerar ",
    "jag är från ",
    "jag kommer från ",
    "jag företräder ",
    "jobbar jag på ",
    "jag jobbar på ",
    "arbetar jag på ",
    "jag arbetar på ",
    "min organisation er ",
    "organisationen er ",
    "jeg repræsenterer ",
    "jeg er fra ",
    "jeg kommer fra ",
    "arbejder jeg for ",
    "arbejder jeg hos ",
    "jeg arbejder for ",
    "jeg arbejder hos ",
    "min organisasjon er ",
    "organisasjonen er ",
    "jeg representerer ",
    "jobber jeg i ",
    "jobber jeg hos ",
    "jobber jeg for ",
    "jeg jobber i ",
    "jeg jobber hos ",
    "jeg jobber for ",
    "meine organisation ist ",
    "die organisation ist ",
    "meine firma ist ",
    "die firma ist ",
    "ich vertrete ",
    "ich bin von ",
    "ich komme von ",
    "ich arbeite bei ",
    "ich arbeite für ",
    "arbeite ich bei ",
    "arbeite ich für ",
    "moja organizacja to ",
    "organizacja to ",
    "nazwa organizacji to ",
    "reprezentuję ",
    "reprezentujemy ",
    "pracuję w firmie ",
    "pracuję dla ",
    "моя организация ",
    "организация — ",
    "организация - ",
    "я представляю ",
    "представляю ",
    "työskentelen ",
    "работаю в компании ",
    "работаю в организации ",
    "the right name of our organisation is ",
    "the right name of our organization is ",
    "the correct name of our organisation is ",
    "the correct name of our organization is ",
    "the name of our organisation is ",
    "the name of our organization is ",
    "is now called ",
    "teisingas organizacijos pavadinimas yra ",
    "organizacijos pavadinimas yra ",
    "правильное название нашей организации ",
    "правильное название организации ",
    "название нашей организации ",
    "poprawna nazwa organizacji to ",
    "zmianę nazwy organizacji na ",
    "zmienić nazwę organizacji na ",
    "change the organisation name to ",
    "change the organization name to ",
    "change my organisation to ",
    "change my organization to ",
    "nazwa naszej organizacji to ",
    "organisatsiooni õige nimi on ",
    "organisaation oikea nimi on ",
    "organizācijas pareizais nosaukums ir ",
    "jag är numera på ",
    "jag är nu på ",
    "jeg er nå hos ",
    "jeg er nå i ",
    "jeg er nu hos ",
    "jeg er nu i ",
    "hedder nu ",
    "heter nu ",
    "heter nå ",
    "heißt jetzt ",
    "heißt nun ",
    "sondern für die ",
    "sondern bei der ",
    "sondern für ",
    "sondern bei ",
    "olen nykyään töissä ",
    "olen töissä ",
    "esmu no ",
    "esu ",
    "esmu ",
    "kieruję ",
    "руковожу ",
    "vadovauju ",
    "vadu ",
    "we are from ",
    "we're from ",
    "we are both from ",
    "we're both from ",
    "esu iš ",
    "esame iš ",
    "atstovauju ",
    "jestem z ",
    "jestem ze ",
    "jesteśmy z ",
    "pracuję w ",
    "я из ",
    "мы из ",
    "работаю в ",
    "vi är från ",
    "vi er fra ",
    "wir sind von ",
    "i work as ",
    "i'm working as ",
    "jag arbetar som ",
    "jag jobbar som ",
    "jeg arbejder som ",
    "jeg jobber som ",
    "jeg arbeider som ",
    "ich arbeite als ",
    "pracuję jako ",
    "dirbu ",
    "töötan ",
    "strādāju ",
    "работаю ",
];

/// Cues after which a job title may stand before the organisation ("I work as a project
/// manager at X", "arbejder som projektleder i X", "dirbu projektų vadove X parke",
/// "работаю менеджером в X"): the title and the preposition are skipped.
pub const WORKS_AS: &[&str] = &[
    "i work as",
    "i'm working as",
    "jag arbetar som",
    "jag jobbar som",
    "jeg arbejder som",
    "jeg jobber som",
    "jeg arbeider som",
    "ich arbeite als",
    "pracuję jako",
    "dirbu",
    "töötan",
    "strādāju",
    "работаю",
    "työskentelen",
];

/// Cues after which the sender names their country ("the country is Estonia").
pub const COUNTRY_CUES: &[&str] = &[
    "the country is ",
    "the country should be ",
    "landet bør være ",
    "landet skal være ",
    "landet ska vara ",
    "landet bör vara ",
    "das land sollte ",
    "valstij jābūt ",
    "šalis turėtų būti ",
    "riik peaks olema ",
    "maan pitäisi olla ",
    "kraj powinien być ",
    "страна должна быть ",
    "my country is ",
    "country should be ",
    "valsts ir ",
    "šalis yra ",
    "šalis ",
    "riik on ",
    "maa on ",
    "maaksi ",
    "landet är ",
    "land är ",
    "landet er ",
    "land er ",
    "das land ist ",
    "land ist ",
    "kraj to ",
    "kraj: ",
    "страна ",
    // "Kan ni ändra till Danmark?": a change to a country's name (only a country counts).
    "change it to ",
    "change to ",
    "ändra till ",
    "ändra det till ",
    "ændre til ",
    "ændre det til ",
    "endre til ",
    "endre det til ",
    "ändern auf ",
    "ändern in ",
    "muuttaa maaksi ",
    "mainīt uz ",
    "nomainīt uz ",
    "pakeisti į ",
    "muuta ",
    "zmienić na ",
    "изменить на ",
    "поменять на ",
];

/// Words that may follow a stated value without belonging to it ("I work for X now").
pub const TRAILING: &[&str] = &[
    "now",
    "instead",
    "too",
    "nun",
    "jetzt",
    "stattdessen",
    "tagad",
    "dabar",
    "nüüd",
    "nyt",
    "nu",
    "nå",
    "istället",
    "i stedet",
    "teraz",
    "теперь",
    "сейчас",
];

/// Cues after which the organisation stands in the Latvian accusative ("pārstāvu … federāciju").
pub const ACCUSATIVE_LV: &[&str] = &["pārstāvu", "vadu"];
/// … the Russian accusative ("представляю Балтийскую ассоциацию").
pub const ACCUSATIVE_RU: &[&str] = &["я представляю", "представляю"];
/// … the Polish accusative ("reprezentuję Pomorską Izbę").
pub const ACCUSATIVE_PL: &[&str] = &["reprezentuję", "reprezentujemy"];

/// Lowercase words for a kind of organisation that may stand between a cue and the name
/// ("edustan yritystä Nauvon Simpukka Oy", "pārstāvu uzņēmumu …", "I represent the company
/// …"): word beginnings, skipped when a capitalised name follows.
pub const KIND_OF_ORGANISATION: &[&str] = &[
    "company",
    "organisation",
    "organization",
    "cluster",
    "network",
    "association",
    "yrity",
    "organisaati",
    "klusteri",
    "yhdisty",
    "verkosto",
    "uzņēmum",
    "organizācij",
    "klaster",
    "biedrīb",
    "įmon",
    "organizacij",
    "asociacij",
    "ettevõt",
    "organisatsiooni",
    "klastri",
    "ühingu",
    "firm",
    "spółk",
    "stowarzyszeni",
    "компани",
    "организаци",
    "ассоциаци",
    "кластер",
    "företag",
    "virksomhed",
    "bedrift",
    "selskab",
    "selskap",
    "förening",
    "forening",
];
/// … the Finnish partitive ("edustan Suomen Puuklusteria").
pub const PARTITIVE_FI: &[&str] = &["edustan"];
/// … the Finnish inessive ("työskentelen Oulun Yrityskylässä").
pub const INESSIVE_FI: &[&str] = &["työskentelen", "olen nykyään töissä", "olen töissä"];
/// … the Estonian inessive ("töötan Tartu Teaduspargis").
pub const INESSIVE_ET: &[&str] = &["töötan"];
/// "I am": before a name in the genitive with the word for its representative ("esu
/// Panevėžio verslo centro atstovė", "esmu Zemgales klastera pārstāvis"), or before a job
/// and the place of work in the locative ("esmu projektu koordinators … inkubatorā").
/// (cue, a cue with the genitive, a cue with the locative).
pub const I_AM: &[(&str, &str, &str)] =
    &[("esu", "esu iš", "dirbu"), ("esmu", "esmu no", "strādāju")];
/// Words for a representative ("atstovas", "pārstāve"), which follow the organisation.
pub const REPRESENTATIVE: &[&str] = &["atstov", "pārstāv"];
/// … the Latvian genitive ("esmu no Zemgales klastera").
pub const GENITIVE_LV: &[&str] = &["esmu no"];
/// … the Lithuanian genitive ("esu iš Šiaulių pramonininkų asociacijos").
pub const GENITIVE_LT: &[&str] = &["esu iš", "esame iš"];
/// … the Lithuanian locative ("dirbu Klaipėdos mokslo ir technologijų parke").
pub const LOCATIVE_LT: &[&str] = &["dirbu"];
/// … the Lithuanian dative ("atstovauju Lietuvos energetikos klasteriui").
pub const DATIVE_LT: &[&str] = &["atstovauju", "vadovauju"];
/// … the Polish instrumental ("kieruję Klastrem Innowacji").
pub const INSTRUMENTAL_PL: &[&str] = &["kieruję"];
/// … the Russian instrumental ("руковожу Балтийской ассоциацией").
pub const INSTRUMENTAL_RU: &[&str] = &["руковожу"];
/// … the Latvian locative ("strādāju Latvijas Kokrūpniecības federācijā").
pub const LOCATIVE_LV: &[&str] = &["strādāju"];
/// … the Polish genitive ("jestem z Podkarpackiego Klastra Lotniczego").
pub const GENITIVE_PL: &[&str] = &["jestem z", "jestem ze", "jesteśmy z"];
/// … the Polish locative ("pracuję w Pomorskim Klastrze Morskim"; "w" after a skipped title).
pub const LOCATIVE_PL: &[&str] = &["pracuję w", "w", "we"];
/// … the Russian genitive ("я из Балтийской ассоциации").
pub const GENITIVE_RU: &[&str] = &["я из", "мы из"];
/// … the Russian prepositional ("работаю в Балтийской ассоциации"; "в" after a skipped title).
pub const PREPOSITIONAL_RU: &[&str] = &["работаю в", "в", "во"];

/// Words for the organisation as a field of the record (substrings of a lowercase sentence):
/// a change of it names the new one after [`CHANGED_TO`] ("prašyčiau organizaciją pakeisti
/// į: …", "izlabojiet organizāciju: pareizi ir “…”", "please change our organisation to …").
pub const ORGANISATION_FIELD: &[&str] = &[
    "organisation",
    "organization",
    "organizāc",
    "organizacij",
    "organisaati",
    "organisatsioon",
    "organizacj",
    "организаци",
    "organisasjon",
    "company",
    "firma",
    "uzņēmum",
    "įmonė",
    "ettevõt",
    "yrityk",
    "företag",
    "virksomhed",
    "bedrift",
    "компани",
    "our cluster",
    "unser cluster",
    "vårt kluster",
    "vores klynge",
    "klyngen vår",
];

/// What stands between a change of the organisation and its new name (lowercase, with the
/// spaces around them): "to", "auf", "till", "uz", "į", "na", "на", "the right one is" ….
pub const CHANGED_TO: &[&str] = &[
    " to: ",
    " to ",
    " is ",
    " auf: ",
    " auf ",
    " in ",
    " ist ",
    " till: ",
    " till ",
    " är ",
    " til: ",
    " til ",
    " er ",
    " uz: ",
    " uz ",
    "pareizi ir ",
    " ir ",
    " į: ",
    " į ",
    " yra ",
    " on ",
    " na: ",
    " na ",
    " to ",
    " на: ",
    " на ",
    " — ",
    " – ",
    ": ",
];

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
    "as ", "als ", "i am ", "i'm ", "ich bin ", "jag är ", "jeg er ", "som ", "jestem ", "jako ",
    "я ",
];

/// Prepositions after a job title that introduce the organisation ("at", "bei", "hos", "w"),
/// whole words; "des"/"der" want the German genitive.
pub const TITLE_AT: &[&str] = &[
    "at", "of", "with", "in", "for", "bei", "beim", "im", "des", "der", "von", "vom", "på", "vid",
    "för", "hos", "i", "ved", "for", "w", "we", "в", "во",
];
