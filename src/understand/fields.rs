//! Fields of the person a message is about: name, email, organisation, country, experience.
//!
//! Sources, most trustworthy first: `Field: value` lines in any of the region's languages, the
//! signature block (name line, then organisation; job titles, places and contact lines skipped),
//! the From header. Registrations on someone else's behalf and forwarded registrations are
//! about that other person.

use super::countries::{country_named, country_of_city, is_place_line};
use super::lexicon::is_placeholder;
use super::{Experience, Participant, Source};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Name,
    Organisation,
    Country,
    Experience,
    Email,
}

const KEYS: &[(Key, &[&str])] = &[
    (
        Key::Name,
        &[
            "name",
            "full name",
            "participant",
            "participant name",
            "vārds",
            "vārds uzvārds",
            "vārds, uzvārds",
            "vardas",
            "vardas pavardė",
            "vardas, pavardė",
            "nimi",
            "namn",
            "navn",
            "imię i nazwisko",
            "imię",
            "имя",
            "фио",
            "имя и фамилия",
            "nimi ja perekonnanimi",
            "ees- ja perekonnanimi",
            "name and surname",
            "vor- und nachname",
        ],
    ),
    (
        Key::Organisation,
        &[
            "organisation",
            "organization",
            "organisation name",
            "organization name",
            "company",
            "cluster",
            "cluster name",
            "organizācija",
            "organizacija",
            "organisatsioon",
            "organisaatio",
            "firma",
            "organizacja",
            "организация",
            "uzņēmums",
            "įmonė",
            "yritys",
            "företag",
            "virksomhed",
            "bedrift",
            "unternehmen",
            "institution",
            "employer",
            "компания",
            "klasteris",
            "klaster",
            "klastri nimi",
            "ettevõte",
        ],
    ),
    (
        Key::Country,
        &[
            "country",
            "valsts",
            "šalis",
            "riik",
            "maa",
            "land",
            "kraj",
            "страна",
            "country of residence",
        ],
    ),
    (
        Key::Experience,
        &[
            "experience",
            "pieredze",
            "patirtis",
            "kogemus",
            "kokemus",
            "erfarenhet",
            "erfaring",
            "erfahrung",
            "doświadczenie",
            "опыт",
            "experience level",
            "internationalisation experience",
        ],
    ),
    (
        Key::Email,
        &[
            "email",
            "e-mail",
            "e-pasts",
            "el. paštas",
            "el. pastas",
            "e-post",
            "e-posti",
            "e-mail address",
            "adres e-mail",
            "почта",
            "эл. почта",
        ],
    ),
];

/// A `Key: value` line of a form ("Name: Agnese Zālīte", "- Organisation: …").
pub fn field_line(line: &str) -> Option<(Key, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key
        .trim()
        .trim_start_matches(['-', '*', '•', '>'])
        .trim()
        .to_lowercase();
    let value = value.trim().trim_end_matches([',', ';']).trim();
    // Regbot's own "(not given)" quoted back is no value.
    if value.is_empty() || key.chars().count() > 40 || is_placeholder(value) {
        return None;
    }
    KEYS.iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(k, _)| (*k, value))
}

const SIGN_OFFS: &[&str] = &[
    "regards",
    "best regards",
    "kind regards",
    "warm regards",
    "best wishes",
    "best",
    "cheers",
    "thanks",
    "thank you",
    "br",
    "sincerely",
    "yours sincerely",
    "all the best",
    "mvh",
    "med vänlig hälsning",
    "vänliga hälsningar",
    "hälsningar",
    "med venlig hilsen",
    "venlig hilsen",
    "hilsen",
    "med vennlig hilsen",
    "vennlig hilsen",
    "terveisin",
    "ystävällisin terveisin",
    "parhain terveisin",
    "lugupidamisega",
    "parimate soovidega",
    "ar cieņu",
    "ar labākajiem vēlējumiem",
    "pagarbiai",
    "su pagarba",
    "z poważaniem",
    "pozdrawiam",
    "beste grüße",
    "mit freundlichen grüßen",
    "viele grüße",
    "grüße",
    "gruß",
    "liebe grüße",
    "с уважением",
    "всего доброго",
    "best, ",
    "hälsar",
];

const TITLE_WORDS: &[&str] = &[
    "manager",
    "director",
    "coordinator",
    "head of",
    "ceo",
    "cto",
    "cfo",
    "chairman",
    "chair",
    "president",
    "officer",
    "specialist",
    "consultant",
    "advisor",
    "adviser",
    "project",
    "assistant",
    "founder",
    "lead",
    "leiter",
    "geschäftsführer",
    "vadītāj",
    "direktor",
    "vadov",
    "juhataja",
    "juht",
    "johtaja",
    "koordinator",
    "koordinaator",
    "chef",
    "verksamhetsledare",
    "projektledare",
    "kierownik",
    "prezes",
    "менеджер",
    "директор",
    "руководител",
    "координатор",
    "partner",
    "analyst",
    "expert",
    "secretary",
];

fn is_sign_off(line: &str) -> bool {
    let l = line
        .trim()
        .trim_end_matches([',', '.', '!', '-'])
        .trim()
        .to_lowercase();
    l.chars().count() <= 40 && SIGN_OFFS.iter().any(|s| l == *s)
}

fn is_contact_line(line: &str) -> bool {
    let l = line.to_lowercase();
    l.contains('@')
        || l.contains("http")
        || l.contains("www.")
        || l.starts_with("tel")
        || l.starts_with("phone")
        || l.starts_with("mob")
        || l.starts_with('+')
        || l.chars().filter(char::is_ascii_digit).count() >= 5
}

fn is_title_line(line: &str) -> bool {
    let l = line.to_lowercase();
    TITLE_WORDS.iter().any(|t| l.contains(t)) && l.split_whitespace().count() <= 6
}

/// Looks like a person's name: 2–4 words, each starting with an upper-case letter, no digits.
pub fn looks_like_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
        })
}

/// What a signature block says.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Signature {
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
}

/// Reads the signature block: the lines after a sign-off, or the last paragraph when it starts
/// with the sender's name. `known` are names the sender is known by (From display name).
pub fn signature(text: &str, known: &[&str]) -> Signature {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let start = match lines.iter().rposition(|l| is_sign_off(l)) {
        Some(i) => i + 1,
        None => {
            // The last paragraph, if its first line is a name.
            let last_blank = lines
                .iter()
                .rposition(|l| l.is_empty())
                .map_or(0, |i| i + 1);
            let first = lines.get(last_blank).copied().unwrap_or("");
            let known_line = known
                .iter()
                .any(|k| !k.is_empty() && first.to_lowercase().starts_with(&k.to_lowercase()));
            if !(looks_like_name(first) || known_line) || lines.len() - last_blank > 6 {
                return Signature::default();
            }
            last_blank
        }
    };
    let block: Vec<&str> = lines
        .get(start..)
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|l| !l.is_empty())
        .take(8)
        .collect();
    let mut sig = Signature::default();
    let mut rest = block.as_slice();
    if let Some((first, tail)) = block.split_first() {
        let is_known = known
            .iter()
            .any(|k| !k.is_empty() && first.eq_ignore_ascii_case(k));
        // A lone first name ("Anna", "Erik") signs off too.
        let first_name_only = first.split_whitespace().count() == 1
            && first.chars().next().is_some_and(char::is_uppercase)
            && first.chars().all(char::is_alphabetic)
            && !is_place_line(first);
        if looks_like_name(first) || is_known || first_name_only {
            if !first_name_only {
                sig.name = Some((*first).to_string());
            }
            rest = tail;
        } else if !is_place_line(first) && !is_title_line(first) && !is_contact_line(first) {
            // No name line: the block is not a signature we can read.
            return sig;
        }
    }
    for line in rest {
        if is_contact_line(line) {
            continue;
        }
        if is_place_line(line) {
            if sig.country.is_none() {
                sig.country = place_country(line);
            }
            continue;
        }
        if is_title_line(line) && sig.organisation.is_none() {
            continue;
        }
        if sig.organisation.is_none() && line.split_whitespace().count() <= 8 {
            // "Aviation Valley, Poland": the trailing place belongs to the address.
            let mut org = (*line).to_string();
            if let Some((head, tail)) = line.rsplit_once(',')
                && is_place_line(tail)
            {
                if sig.country.is_none() {
                    sig.country = place_country(tail);
                }
                org = head.trim().to_string();
            }
            sig.organisation = Some(org);
        }
    }
    sig
}

fn place_country(line: &str) -> Option<String> {
    country_named(line).or_else(|| country_of_city(line))
}

/// Words that say where the sender comes from ("from", "aus", "iš", "no", "из", "z" …).
const ORIGIN: &[&str] = &[
    "from", "aus", "iš", "is", "no", "из", "z", "ze", "från", "fra", "frå", "based", "located",
];

/// A country the sender states in running text: "we are a cluster from Latvia", "из Латвии",
/// an elative form ("Eestist", "Suomesta"). A bare mention (the venue) is not enough.
pub fn stated_country(text: &str) -> Option<String> {
    let text = super::decode::cut_str(text, 32 * 1024);
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    for (i, w) in words.iter().enumerate() {
        let origin = i > 0
            && words
                .get(i - 1)
                .is_some_and(|p| ORIGIN.contains(&p.as_str()))
            || (i > 1
                && words.get(i - 1).is_some_and(|p| p == "in")
                && words
                    .get(i - 2)
                    .is_some_and(|p| p == "based" || p == "located"));
        let elative = ["stist", "sta", "stä", "ist"].iter().any(|s| {
            w.ends_with(s)
                && (w.starts_with("eest")
                    || w.starts_with("suome")
                    || w.starts_with("soome")
                    || w.starts_with("lät")
                    || w.starts_with("leed"))
        });
        if origin || elative {
            if let Some(c) = country_named(w) {
                return Some(c);
            }
            if origin && let Some(c) = country_of_city(w) {
                return Some(c);
            }
        }
    }
    None
}

/// Experience from a field value or from what the sender says.
pub fn experience(text: &str) -> Option<Experience> {
    let t = text.to_lowercase();
    const STARTING: &[&str] = &[
        "new to",
        "just starting",
        "just started",
        "beginner",
        "first steps",
        "no experience",
        "little experience",
        "not much experience",
        "starting",
        "neu in",
        "keine erfahrung",
        "wenig erfahrung",
        "anfänger",
        "aloitte",
        "alustame",
        "alustav",
        "iesācēj",
        "nav pieredzes",
        "maz pieredzes",
        "pradedan",
        "neturime patirties",
        "początkując",
        "nowi w",
        "brak doświadczenia",
        "начинающ",
        "нет опыта",
        "nybörjare",
        "ingen erfarenhet",
        "ingen erfaring",
        "er nye i",
        "är nya i",
        "er ny i",
        "är ny i",
        "ei kokemusta",
        "kogemus puudub",
        "none",
        "no",
        "nei",
        "nein",
        "nē",
    ];
    const EXPERIENCED: &[&str] = &[
        "years of experience",
        "we are experienced",
        "i am experienced",
        "extensive experience",
        "many years",
        "several years",
        "years",
        "experienced",
        "erfahren",
        "langjährig",
        "vairāku gadu",
        "daug metų",
        "mitu aastat",
        "monta vuotta",
        "flera år",
        "mange år",
        "kilka lat",
        "wiele lat",
        "много лет",
        "несколько лет",
        "yes",
        "ja",
        "jā",
        "taip",
        "kyllä",
        "advanced",
    ];
    let word_hit = |p: &&str| {
        if p.chars().count() <= 4 {
            t.split(|c: char| !c.is_alphanumeric()).any(|w| w == *p)
        } else {
            t.contains(*p)
        }
    };
    if STARTING.iter().any(word_hit) {
        return Some(Experience::Starting);
    }
    // "learn from more experienced clusters" is about others.
    let others = [
        "more experienced",
        "from experienced",
        "erfahrenere",
        "erfahrenen",
    ];
    if EXPERIENCED.iter().any(word_hit) && !others.iter().any(|o| t.contains(o)) {
        return Some(Experience::Experienced);
    }
    None
}

/// Strips quotes, "via …" and addresses from a display name.
pub fn clean_name(name: &str) -> Option<String> {
    let mut n = name
        .trim()
        .trim_matches(['"', '\'', ' '])
        .trim()
        .to_string();
    if let Some(i) = n.to_lowercase().find(" via ") {
        n = n.get(..i).unwrap_or("").trim().to_string();
    }
    if let Some(i) = n.find(" (") {
        n = n.get(..i).unwrap_or("").trim().to_string();
    }
    let n = n.trim_matches(['"', '\'', ' ']).to_string();
    if n.is_empty() || n.contains('@') {
        None
    } else {
        Some(n)
    }
}

/// An address written in the text, lowercased domain.
pub fn find_email(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | '"' | '[' | ']'))
        .map(|t| t.trim_matches(['.', ':']))
        .find(|t| {
            let mut parts = t.split('@');
            matches!((parts.next(), parts.next(), parts.next()), (Some(l), Some(d), None) if !l.is_empty() && d.contains('.') && !d.starts_with('.'))
        })
        .map(normalise_email)
}

pub fn normalise_email(addr: &str) -> String {
    match addr.rsplit_once('@') {
        Some((l, d)) => format!("{l}@{}", d.to_lowercase()),
        None => addr.to_string(),
    }
}

/// Fills the participant from form fields, the signature and running text, noting where each
/// value came from.
pub fn extract(own: &str, signature_text: &str, from_name: Option<&str>) -> Participant {
    let own = super::decode::cut_str(own, 32 * 1024);
    let signature_text = super::decode::cut_str(signature_text, 4 * 1024);
    let mut p = Participant::default();
    for line in own.lines().chain(signature_text.lines()) {
        let Some((key, value)) = field_line(line) else {
            continue;
        };
        match key {
            Key::Name if p.name.is_none() => {
                p.name = clean_name(value);
                p.sources.name = p.name.as_ref().map(|_| Source::FormLine);
            }
            Key::Organisation if p.organisation.is_none() => {
                p.organisation = Some(value.into());
                p.sources.organisation = Some(Source::FormLine);
            }
            Key::Country if p.country.is_none() => {
                p.country = country_named(value).or_else(|| {
                    let v = value.trim().to_uppercase();
                    (v.len() == 2 && v.chars().all(|c| c.is_ascii_uppercase())).then_some(v)
                });
                p.sources.country = p.country.as_ref().map(|_| Source::FormLine);
            }
            Key::Experience if p.experience.is_none() => {
                p.experience = experience(value);
                p.sources.experience = p.experience.map(|_| Source::FormLine);
            }
            Key::Email if p.email.is_none() => {
                p.email = find_email(value);
                p.sources.email = p.email.as_ref().map(|_| Source::FormLine);
            }
            _ => {}
        }
    }
    if p.organisation.is_none() {
        p.organisation = inline_organisation(own);
        p.sources.organisation = p.organisation.as_ref().map(|_| Source::RunningText);
    }
    let whole = if signature_text.is_empty() {
        own.to_string()
    } else {
        format!("{own}\n\n{signature_text}")
    };
    let known: Vec<&str> = from_name.into_iter().chain(p.name.as_deref()).collect();
    let sig = signature(&whole, &known);
    if p.organisation.is_none() && sig.organisation.is_some() {
        p.organisation = sig.organisation;
        p.sources.organisation = Some(Source::Signature);
    }
    if p.country.is_none() {
        if sig.country.is_some() {
            p.country = sig.country;
            p.sources.country = Some(Source::Signature);
        } else {
            p.country = stated_country(own);
            p.sources.country = p.country.as_ref().map(|_| Source::RunningText);
        }
    }
    if p.name.is_none() && from_name.is_none() && sig.name.is_some() {
        p.name = sig.name;
        p.sources.name = Some(Source::Signature);
    }
    if p.experience.is_none() {
        p.experience = experience_in_text(own);
        p.sources.experience = p.experience.map(|_| Source::RunningText);
    }
    p
}

/// Where a name stated in running text ends: at the end of the sentence or clause, or before
/// "and" in the region's languages ("edustan X ja haluan …"). A dot inside a name ("e.V.",
/// "Sp. z o.o.") ends it only when a space or the end follows.
fn organisation_end(rest: &str) -> usize {
    const AND: &[&str] = &[
        " and ", " und ", " ja ", " och ", " og ", " un ", " ir ", " ning ", " oraz ", " и ",
    ];
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        let next = rest.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
        let stop = match c {
            '\n' | ',' | ';' | '!' | '?' => true,
            '.' => next.is_none_or(char::is_whitespace),
            _ => false,
        };
        if stop {
            end = i;
            break;
        }
    }
    let clause = rest.get(..end).unwrap_or(rest);
    AND.iter()
        .filter_map(|a| clause.find(a))
        .min()
        .unwrap_or(end)
}

/// "my organisation is X", "I work at X", "I represent X".
fn inline_organisation(text: &str) -> Option<String> {
    const CUES: &[&str] = &[
        "my organisation is ",
        "my organization is ",
        "my company is ",
        "our organisation is ",
        "our organization is ",
        "i represent ",
        "i work at ",
        "i work for ",
        "mana organizācija ir ",
        "pārstāvu ",
        "mano organizacija yra ",
        "minu organisatsioon on ",
        "esindan ",
        "organisaationi on ",
        "edustan ",
        "min organisation är ",
        "jag representerar ",
        "jag företräder ",
        "min organisation er ",
        "jeg repræsenterer ",
        "min organisasjon er ",
        "jeg representerer ",
        "meine organisation ist ",
        "meine firma ist ",
        "ich vertrete ",
        "ich arbeite bei ",
        "moja organizacja to ",
        "reprezentuję ",
        "моя организация ",
        "я представляю ",
    ];
    let lower = text.to_lowercase();
    for cue in CUES {
        if let Some(i) = lower.find(cue) {
            let start = i + cue.len();
            let rest = text.get(start..)?;
            let org = rest.get(..organisation_end(rest))?.trim();
            if !org.is_empty() && org.split_whitespace().count() <= 8 {
                return Some(org.to_string());
            }
        }
    }
    None
}

/// Experience from running text; only sentences that speak about it.
fn experience_in_text(text: &str) -> Option<Experience> {
    const TOPIC: &[&str] = &[
        "experience",
        "new to",
        "nye i",
        "nya i",
        "ny i",
        "starting",
        "beginner",
        "erfahr",
        "neu in",
        "pieredz",
        "patirt",
        "kogemus",
        "kokemus",
        "erfarenhet",
        "erfaring",
        "doświadcz",
        "опыт",
        "начина",
        "years",
        "aloitte",
        "alustame",
        "iesācēj",
        "pradedan",
        "początkuj",
        "nybörjare",
    ];
    for s in text.split(['.', '!', '?', '\n']) {
        let l = s.to_lowercase();
        if TOPIC.iter().any(|t| l.contains(t)) {
            let cleaned = l
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| {
                    !matches!(
                        *w,
                        "no" | "yes"
                            | "ja"
                            | "nein"
                            | "nei"
                            | "none"
                            | "nē"
                            | "taip"
                            | "kyllä"
                            | "jā"
                    )
                })
                .collect::<Vec<_>>()
                .join(" ");
            let e = experience(&cleaned).or_else(|| {
                (l.contains("no experience") || l.contains("nav pieredzes"))
                    .then_some(Experience::Starting)
            });
            if e.is_some() {
                return e;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {

    #[test]
    fn organisation_stated_in_running_text_in_the_regions_languages() {
        for (text, org) in [
            (
                "Sveiki! Pārstāvu Latvijas Kokrūpniecības klasteri. Lūdzu reģistrēt.",
                "Latvijas Kokrūpniecības klasteri",
            ),
            (
                "Hei, edustan Tampereen Teknologiakeskusta ja haluan ilmoittautua.",
                "Tampereen Teknologiakeskusta",
            ),
            (
                "Hej! Jag representerar Skåne Food Cluster.",
                "Skåne Food Cluster",
            ),
            (
                "Guten Tag, ich arbeite bei Cluster Nord e.V und möchte mich anmelden.",
                "Cluster Nord e.V",
            ),
            (
                "Здравствуйте, я представляю Кластер ИТ Санкт-Петербурга.",
                "Кластер ИТ Санкт-Петербурга",
            ),
        ] {
            assert_eq!(inline_organisation(text).as_deref(), Some(org), "{text}");
        }
    }

    use super::*;

    #[test]
    fn form_fields_in_several_languages() {
        let p = extract(
            "Vārds: Agnese Zālīte\nOrganizācija: Latvian Wood Cluster\nValsts: Latvija\nPieredze: vairāku gadu",
            "",
            None,
        );
        assert_eq!(p.name.as_deref(), Some("Agnese Zālīte"));
        assert_eq!(p.organisation.as_deref(), Some("Latvian Wood Cluster"));
        assert_eq!(p.country.as_deref(), Some("LV"));
        assert_eq!(p.experience, Some(Experience::Experienced));
    }

    #[test]
    fn signature_gives_organisation_and_country_skipping_titles() {
        let s = signature(
            "Hello,\n\nplease register me.\n\nKind regards\nErik Johansson\nCluster Manager\nSmart City Sweden\nStockholm, Sweden",
            &["Erik Johansson"],
        );
        assert_eq!(s.organisation.as_deref(), Some("Smart City Sweden"));
        assert_eq!(s.country.as_deref(), Some("SE"));
        let s = signature(
            "Hi\n\nAndrzej Nowicki\nAviation Valley, Poland",
            &["Andrzej Nowicki"],
        );
        assert_eq!(s.organisation.as_deref(), Some("Aviation Valley"));
        assert_eq!(s.country.as_deref(), Some("PL"));
    }

    #[test]
    fn country_is_only_taken_when_stated() {
        assert_eq!(
            stated_country("I would like to attend the workshop in Riga."),
            None
        );
        assert_eq!(
            stated_country("we are a cluster from Lithuania").as_deref(),
            Some("LT")
        );
        assert_eq!(stated_country("Мы из Латвии").as_deref(), Some("LV"));
        assert_eq!(stated_country("Olen Suomesta").as_deref(), Some("FI"));
        assert_eq!(stated_country("Tulen Eestist").as_deref(), Some("EE"));
    }

    #[test]
    fn experience_from_text() {
        assert_eq!(
            experience_in_text(
                "we are new to internationalisation and would like to learn from more experienced clusters."
            ),
            Some(Experience::Starting)
        );
        assert_eq!(
            experience_in_text("We have many years of experience with export."),
            Some(Experience::Experienced)
        );
        assert_eq!(experience_in_text("Please register me."), None);
    }

    #[test]
    fn display_names_are_cleaned() {
        assert_eq!(
            clean_name("\"Jane Doe via LinkedIn\"").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(clean_name("jane@example.com"), None);
    }
}
