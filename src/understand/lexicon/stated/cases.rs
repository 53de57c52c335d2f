//! The case an organisation's name stands in after a cue of [`super::ORGANISATION_CUES`]
//! ("pārstāvu … federāciju", "työskentelen … Yrityskylässä"): `understand::fields::nominative`
//! undoes that case's endings.

/// Cues after which the organisation stands in the Latvian accusative ("pārstāvu … federāciju").
/// "uz" after a verb of moving ("esmu pārgājusi uz … asociāciju") wants it too.
pub const ACCUSATIVE_LV: &[&str] = &["pārstāvu", "vadu", "uz"];
/// … the Russian accusative ("представляю Балтийскую ассоциацию").
pub const ACCUSATIVE_RU: &[&str] = &["я представляю", "представляю"];
/// … the Polish accusative ("reprezentuję Pomorską Izbę").
pub const ACCUSATIVE_PL: &[&str] = &["reprezentuję", "reprezentujemy"];
/// … the Finnish genitive ("organisaatioksi Oulun Teknologiakeskuksen").
pub const GENITIVE_FI: &[&str] = &["organisaatioksi", "olen"];
/// … the Finnish partitive ("edustan Suomen Puuklusteria").
pub const PARTITIVE_FI: &[&str] = &["edustan"];
/// … the Finnish inessive ("työskentelen Oulun Yrityskylässä").
pub const INESSIVE_FI: &[&str] = &[
    "työskentelen",
    "työskentelemme",
    "olen nykyään töissä",
    "olen töissä",
];
/// … the Estonian partitive ("esindan Eesti Puiduklastrit", "juhin Saarte Turismiliitu").
pub const PARTITIVE_ET: &[&str] = &["esindan", "esindame", "juhin", "juhime"];
/// … the Estonian inessive ("töötan Tartu Teaduspargis").
pub const INESSIVE_ET: &[&str] = &["töötan"];
/// "I am": before a name in the genitive with the word for its representative ("esu
/// Panevėžio verslo centro atstovė", "esmu Zemgales klastera pārstāvis"), or before a job
/// and the place of work in the locative ("esmu projektu koordinators … inkubatorā").
/// (cue, a cue with the genitive, a cue with the locative).
/// Finnish "olen" takes only the genitive with a job ("Olen Turun Tiedepuiston
/// projektipäällikkö"): no cue with the locative (empty).
pub const I_AM: &[(&str, &str, &str)] = &[
    ("esu", "esu iš", "dirbu"),
    ("esmu", "esmu no", "strādāju"),
    ("olen", "olen", ""),
    // "kaip Šiaurės maisto pramonės klasterio vadovas", "kā Zemgales klastera pārstāvis": as
    // the head or representative of an organisation in the genitive.
    ("kaip", "esu iš", ""),
    ("kā", "esmu no", ""),
];
/// Words for a representative ("atstovas", "pārstāve"), which follow the organisation.
/// A board member ("valdes locekle", "valdybos narė") is one too.
pub const REPRESENTATIVE: &[&str] = &["atstov", "pārstāv", "edustaja", "valdes", "valdybos"];
/// … the Latvian genitive ("esmu no Zemgales klastera").
pub const GENITIVE_LV: &[&str] = &["esmu no"];
/// … the Lithuanian genitive ("esu iš Šiaulių pramonininkų asociacijos").
pub const GENITIVE_LT: &[&str] = &["esu iš", "esame iš"];
/// … the Lithuanian locative ("dirbu Klaipėdos mokslo ir technologijų parke").
pub const LOCATIVE_LT: &[&str] = &["dirbu", "dirbame"];
/// … the Lithuanian dative ("atstovauju Lietuvos energetikos klasteriui").
pub const DATIVE_LT: &[&str] = &["atstovauju", "vadovauju"];
/// … the Polish instrumental ("kieruję Klastrem Innowacji").
pub const INSTRUMENTAL_PL: &[&str] = &["kieruję"];
/// … the Russian instrumental ("руковожу Балтийской ассоциацией").
pub const INSTRUMENTAL_RU: &[&str] = &["руковожу"];
/// … the Latvian locative ("strādāju Latvijas Kokrūpniecības federācijā").
pub const LOCATIVE_LV: &[&str] = &["strādāju", "strādājam"];
/// … the Polish genitive ("jestem z Podkarpackiego Klastra Lotniczego").
pub const GENITIVE_PL: &[&str] = &[
    "jestem z",
    "jestem ze",
    "jesteśmy z",
    "jako przedstawiciel",
    "jako przedstawicielka",
    "z ramienia",
];
/// … the Polish locative ("pracuję w Pomorskim Klastrze Morskim"; "w" after a skipped title).
pub const LOCATIVE_PL: &[&str] = &["pracuję w", "pracujemy w", "w", "we"];
/// … the Russian genitive ("я из Балтийской ассоциации").
pub const GENITIVE_RU: &[&str] = &[
    "я из",
    "мы из",
    "мы обе из",
    "мы оба из",
    "мы все из",
    "как представитель",
    "как представительница",
    "от имени",
];
/// … the Russian prepositional ("работаю в Балтийской ассоциации"; "в" after a skipped title).
pub const PREPOSITIONAL_RU: &[&str] = &["работаю в", "работаем в", "в", "во"];
/// … the Estonian elative ("Oleme Ida-Viru Ettevõtluskeskusest": we are from …).
pub const ELATIVE_ET: &[&str] = &["oleme"];
/// … the Finnish elative ("Olen Porvoon Kemianteollisuusklusterista": I am from …). Only
/// read after "olen" with a name whose head is in the elative; the cue names that reading.
pub const ELATIVE_FI: &[&str] = &["olen kotoisin"];
/// … the Finnish illative ("siirryin Oulun Yrityskylään", "siirtynyt … Oy:hyn": moved to).
pub const ILLATIVE_FI: &[&str] = &["siirryin", "siirtynyt"];
/// … the Estonian illative ("olen üle läinud Ida-Virumaa Ettevõtluskeskusesse": moved to).
pub const ILLATIVE_ET: &[&str] = &["üle läinud", "üle tulnud"];
