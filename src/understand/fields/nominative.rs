//! An organisation named in running text stands in the case the verb before it wants
//! ("pārstāvu … federāciju", "представляю Балтийскую ассоциацию", "reprezentuję Pomorską Izbę",
//! "edustan Suomen Puuklusteria", "työskentelen Oulun Yrityskylässä"); the badge wants the
//! nominative. Each cue says which case follows it, and only that case's endings are undone,
//! on the words that carry it: a name already in the nominative passes unchanged.

use super::super::lexicon::stated::{
    ACCUSATIVE_LV, ACCUSATIVE_PL, ACCUSATIVE_RU, DATIVE_LT, ELATIVE_ET, ELATIVE_FI, GENITIVE_FI,
    GENITIVE_LT, GENITIVE_LV, GENITIVE_PL, GENITIVE_RU, ILLATIVE_ET, ILLATIVE_FI, INESSIVE_ET,
    INESSIVE_FI, INSTRUMENTAL_PL, INSTRUMENTAL_RU, LOCATIVE_LT, LOCATIVE_LV, LOCATIVE_PL,
    PARTITIVE_ET, PARTITIVE_FI, PREPOSITIONAL_RU,
};

/// The case an organisation stands in after `cue` (lowercase, as matched).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    AccusativeLv,
    AccusativeRu,
    AccusativePl,
    PartitiveFi,
    GenitiveFi,
    InessiveFi,
    InessiveEt,
    ElativeEt,
    ElativeFi,
    IllativeFi,
    IllativeEt,
    PartitiveEt,
    GenitiveLt,
    LocativeLt,
    DativeLt,
    LocativeLv,
    GenitivePl,
    LocativePl,
    GenitiveRu,
    PrepositionalRu,
    InstrumentalPl,
    InstrumentalRu,
    GenitiveLv,
}

fn case_after(cue: &str) -> Option<Case> {
    let cue = cue.trim();
    [
        (ACCUSATIVE_LV, Case::AccusativeLv),
        (ACCUSATIVE_RU, Case::AccusativeRu),
        (ACCUSATIVE_PL, Case::AccusativePl),
        (PARTITIVE_FI, Case::PartitiveFi),
        (GENITIVE_FI, Case::GenitiveFi),
        (INESSIVE_FI, Case::InessiveFi),
        (INESSIVE_ET, Case::InessiveEt),
        (ELATIVE_ET, Case::ElativeEt),
        (ELATIVE_FI, Case::ElativeFi),
        (ILLATIVE_FI, Case::IllativeFi),
        (ILLATIVE_ET, Case::IllativeEt),
        (PARTITIVE_ET, Case::PartitiveEt),
        (GENITIVE_LT, Case::GenitiveLt),
        (LOCATIVE_LT, Case::LocativeLt),
        (DATIVE_LT, Case::DativeLt),
        (LOCATIVE_LV, Case::LocativeLv),
        (GENITIVE_PL, Case::GenitivePl),
        (LOCATIVE_PL, Case::LocativePl),
        (GENITIVE_RU, Case::GenitiveRu),
        (PREPOSITIONAL_RU, Case::PrepositionalRu),
        (INSTRUMENTAL_PL, Case::InstrumentalPl),
        (INSTRUMENTAL_RU, Case::InstrumentalRu),
        (GENITIVE_LV, Case::GenitiveLv),
    ]
    .into_iter()
    .find(|(cues, _)| cues.contains(&cue))
    .map(|(_, case)| case)
}

/// Replaces `from` at the end of `word` by `to`, keeping the rest. A head noun written on its
/// own with a capital ("Eesti Mööblitootjate Liitu", "Vidzemes Klastera") is the whole
/// ending: it keeps its capital.
fn swap_end(word: &str, from: &str, to: &str) -> Option<String> {
    // A short ending needs a stem to go with it; a whole head noun ("klasteri") does not.
    let long_enough = |stem: &str| stem.chars().count() + from.chars().count() >= 4;
    if let Some(stem) = word.strip_suffix(from) {
        return long_enough(stem).then(|| format!("{stem}{to}"));
    }
    let mut chars = word.chars();
    let first = chars.next()?;
    let whole = first.is_uppercase() && first.to_lowercase().chain(chars).eq(from.chars());
    (whole && long_enough("")).then(|| {
        let mut to_chars = to.chars();
        to_chars
            .next()
            .map(|c| c.to_uppercase().chain(to_chars).collect())
            .unwrap_or_default()
    })
}

/// Latvian accusative of the head noun (the last word; the genitives before it stay).
fn latvian(word: &str) -> Option<String> {
    const ENDINGS: &[(&str, &str)] = &[
        ("iju", "ija"),
        ("ību", "ība"),
        ("ūru", "ūra"),
        ("klasteri", "klasteris"),
        // "inkubatoru", "akseleratoru", "koordinatoru": masculine agent nouns in "-ators".
        ("atoru", "ators"),
        ("klubu", "klubs"),
        ("forumu", "forums"),
        ("centru", "centrs"),
        ("parku", "parks"),
        ("fondu", "fonds"),
        ("institūtu", "institūts"),
        ("tīklu", "tīkls"),
        ("uzņēmumu", "uzņēmums"),
        ("biroju", "birojs"),
        ("padomi", "padome"),
        ("kameru", "kamera"),
        ("universitāti", "universitāte"),
        ("skolu", "skola"),
        ("grupu", "grupa"),
    ];
    ENDINGS
        .iter()
        .find_map(|(from, to)| swap_end(word, from, to))
}

/// Finnish partitive of the head noun: "Puuklusteria", "Teknologiakeskusta", "Yrityskylää",
/// "kehitysyhtiötä", "liittoa".
fn finnish_partitive(word: &str) -> Option<String> {
    const ENDINGS: &[(&str, &str)] = &[
        ("ista", "inen"),
        ("istä", "inen"),
        ("sta", "s"),
        ("stä", "s"),
        ("ia", "i"),
        ("iä", "i"),
        ("aa", "a"),
        ("ää", "ä"),
        ("ota", "o"),
        ("ötä", "ö"),
        ("uta", "u"),
        ("ytä", "y"),
        ("oa", "o"),
        ("ua", "u"),
        ("yä", "y"),
        ("öä", "ö"),
    ];
    ENDINGS
        .iter()
        .find_map(|(from, to)| swap_end(word, from, to))
}

/// Finnish genitive of the head noun: "Teknologiakeskuksen", "Biotalousklusterin",
/// "Kehitysyhtiön" ("-en" after a consonant stem is left: "Suomen" is "Suomi").
fn finnish_genitive(word: &str) -> Option<String> {
    const ENDINGS: &[(&str, &str)] = &[
        ("ksen", "s"),
        ("isen", "inen"),
        ("in", "i"),
        ("an", "a"),
        ("än", "ä"),
        ("on", "o"),
        ("ön", "ö"),
        ("un", "u"),
        ("yn", "y"),
    ];
    ENDINGS
        .iter()
        .find_map(|(from, to)| swap_end(word, from, to))
}

/// Finnish inessive of the head noun: "Yrityskylässä", "Teknologiakeskuksessa", "klusterissa".
fn finnish_inessive(word: &str) -> Option<String> {
    const ENDINGS: &[(&str, &str)] = &[
        ("ksessa", "s"),
        ("ksessä", "s"),
        // Plural names: "Yrityspalveluissa", "Yrityspalvelut".
        ("uissa", "ut"),
        ("yissä", "yt"),
        ("oissa", "ot"),
        ("ssa", ""),
        ("ssä", ""),
    ];
    ENDINGS
        .iter()
        .find_map(|(from, to)| swap_end(word, from, to))
}

/// Finnish illative of the head noun ("Yrityskylään", "klusteriin", "Oy:hyn"): an
/// abbreviation inflected after a colon is the abbreviation.
fn illative_fi(word: &str) -> Option<String> {
    if let Some((stem, ending)) = word.split_once(':')
        && !stem.is_empty()
        && ending.chars().count() >= 2
        && ending.chars().all(char::is_lowercase)
    {
        return Some(stem.to_string());
    }
    swap_any(word, ILLATIVE_FI_ENDINGS)
}

/// (ending, nominative ending) pairs of one case, tried in order; the first that fits wins.
mod endings;

use endings::{
    DATIVE_LT_ENDINGS, ELATIVE_ET_ENDINGS, ELATIVE_FI_ENDINGS, GENITIVE_LT_ENDINGS,
    GENITIVE_LV_ENDINGS, GENITIVE_PL_ADJECTIVES, GENITIVE_PL_NOUNS, GENITIVE_RU_ADJECTIVES,
    GENITIVE_RU_NOUNS, ILLATIVE_ET_ENDINGS, ILLATIVE_FI_ENDINGS, INESSIVE_ET_ENDINGS,
    INSTRUMENTAL_PL_ADJECTIVES, INSTRUMENTAL_PL_NOUNS, INSTRUMENTAL_RU_ADJECTIVES,
    INSTRUMENTAL_RU_NOUNS, LOCATIVE_LT_ENDINGS, LOCATIVE_LV_ENDINGS, LOCATIVE_PL_ADJECTIVES,
    LOCATIVE_PL_NOUNS, PARTITIVE_ET_ENDINGS, PREPOSITIONAL_RU_ADJECTIVES, PREPOSITIONAL_RU_NOUNS,
};

type Endings = &'static [(&'static str, &'static str)];

fn swap_any(word: &str, endings: Endings) -> Option<String> {
    endings
        .iter()
        .find_map(|(from, to)| swap_end(word, from, to))
}

/// Adjectives, the head noun, and the adjectives agreeing after it ("Podkarpackiego Klastra
/// Lotniczego") turned to the nominative; genitives after the head ("Rozwoju", "транспорта")
/// stay. Unchanged when no word reads as the head noun (a name in another language).
fn agree(words: &mut [String], adjectives: Endings, nouns: Endings) {
    // Russian puts its adjectives before the noun; after the head come genitives that stay
    // ("Эстонском кластере зелёной энергетики" → "Эстонский кластер зелёной энергетики").
    // Polish puts them after it too ("Klastra Morskiego").
    let before_only = words.iter().any(|w| {
        w.chars()
            .any(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'))
    });
    let mut out: Vec<String> = words.to_vec();
    let mut head = None;
    for (i, w) in words.iter().enumerate() {
        if head.is_some() && before_only {
            break;
        }
        if let Some(n) = swap_any(w, adjectives) {
            out[i] = n;
            continue;
        }
        if head.is_none()
            && let Some(n) = swap_any(w, nouns)
        {
            out[i] = n;
            head = Some(i);
            continue;
        }
        // "i" between two agreeing adjectives ("Morskiego i Logistycznego").
        if head.is_some() && matches!(w.as_str(), "i" | "и") {
            continue;
        }
        break;
    }
    if let Some(h) = head {
        // Only the words up to the last converted one change.
        let last = out
            .iter()
            .zip(words.iter())
            .rposition(|(a, b)| a != b)
            .unwrap_or(h);
        for i in 0..=last {
            if let (Some(o), Some(w)) = (out.get(i), words.get_mut(i)) {
                w.clone_from(o);
            }
        }
    }
}

/// For a case of place ("in X"): the words up to the first that carries the case, what
/// follows is the job ("Tartu Teaduspargis rahvusvahelistumise konsultandina"); None when no
/// word carries it.
fn up_to_case(words: &mut Vec<String>, carries: impl Fn(&str) -> bool) -> Option<()> {
    let at = words.iter().position(|w| carries(w))?;
    words.truncate(at + 1);
    Some(())
}

/// The organisation `org`, read after `cue`, in the nominative.
pub fn nominative(org: &str, cue: &str) -> String {
    let Some(case) = case_after(&cue.to_lowercase()) else {
        return org.to_string();
    };
    let mut words: Vec<String> = org.split(' ').map(str::to_string).collect();
    // Cases of place: the place of work ends with the word in that case; what follows is
    // the job ("Työskentelen Oulun Yrityskylässä kansainvälistymisen asiantuntijana").
    let place = match case {
        Case::InessiveFi => up_to_case(&mut words, |w| finnish_inessive(w).is_some()),
        Case::InessiveEt => up_to_case(&mut words, |w| swap_any(w, INESSIVE_ET_ENDINGS).is_some()),
        Case::ElativeEt => up_to_case(&mut words, |w| swap_any(w, ELATIVE_ET_ENDINGS).is_some()),
        Case::ElativeFi => up_to_case(&mut words, |w| swap_any(w, ELATIVE_FI_ENDINGS).is_some()),
        Case::IllativeFi => up_to_case(&mut words, |w| illative_fi(w).is_some()),
        Case::IllativeEt => up_to_case(&mut words, |w| swap_any(w, ILLATIVE_ET_ENDINGS).is_some()),
        Case::LocativeLt => up_to_case(&mut words, |w| {
            w.chars().count() >= 4 && swap_any(w, LOCATIVE_LT_ENDINGS).is_some()
        }),
        Case::LocativeLv => up_to_case(&mut words, |w| {
            // A definite adjective ("Tehniskajā") agrees with the head after it.
            !w.ends_with("ajā") && swap_any(w, LOCATIVE_LV_ENDINGS).is_some()
        }),
        _ => Some(()),
    };
    if place.is_none() {
        return org.to_string();
    }
    match case {
        Case::AccusativeLv
        | Case::PartitiveFi
        | Case::GenitiveFi
        | Case::InessiveFi
        | Case::InessiveEt
        | Case::ElativeEt
        | Case::ElativeFi
        | Case::IllativeFi
        | Case::IllativeEt
        | Case::PartitiveEt
        | Case::GenitiveLt
        | Case::LocativeLt
        | Case::DativeLt
        | Case::GenitiveLv
        | Case::LocativeLv => {
            if case == Case::LocativeLv {
                for w in words.iter_mut() {
                    if let Some(n) = swap_end(w, "ajā", "ā") {
                        *w = n;
                    }
                }
            }
            // The head noun is the last word but for an acronym after it ("asociacijai
            // LINPRA", "klasterim BSR").
            let acronym = |w: &String| {
                w.chars().count() >= 2
                    && w.chars()
                        .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
            };
            let head = words.iter().rposition(|w| !acronym(w));
            if let Some(last) = head.and_then(|i| words.get_mut(i)) {
                let read = match case {
                    Case::AccusativeLv => latvian(last),
                    Case::PartitiveFi => finnish_partitive(last),
                    Case::GenitiveFi => finnish_genitive(last),
                    Case::InessiveFi => finnish_inessive(last),
                    Case::InessiveEt => swap_any(last, INESSIVE_ET_ENDINGS),
                    Case::ElativeEt => swap_any(last, ELATIVE_ET_ENDINGS),
                    Case::ElativeFi => swap_any(last, ELATIVE_FI_ENDINGS),
                    Case::IllativeFi => illative_fi(last),
                    Case::IllativeEt => swap_any(last, ILLATIVE_ET_ENDINGS),
                    Case::PartitiveEt => swap_any(last, PARTITIVE_ET_ENDINGS),
                    Case::GenitiveLt => swap_any(last, GENITIVE_LT_ENDINGS),
                    Case::LocativeLt => swap_any(last, LOCATIVE_LT_ENDINGS),
                    Case::DativeLt => swap_any(last, DATIVE_LT_ENDINGS),
                    Case::GenitiveLv => swap_any(last, GENITIVE_LV_ENDINGS),
                    _ => swap_any(last, LOCATIVE_LV_ENDINGS),
                };
                if let Some(n) = read {
                    *last = n;
                }
            }
        }
        Case::GenitivePl => agree(&mut words, GENITIVE_PL_ADJECTIVES, GENITIVE_PL_NOUNS),
        Case::LocativePl => agree(&mut words, LOCATIVE_PL_ADJECTIVES, LOCATIVE_PL_NOUNS),
        Case::GenitiveRu => agree(&mut words, GENITIVE_RU_ADJECTIVES, GENITIVE_RU_NOUNS),
        Case::InstrumentalPl => agree(
            &mut words,
            INSTRUMENTAL_PL_ADJECTIVES,
            INSTRUMENTAL_PL_NOUNS,
        ),
        Case::InstrumentalRu => agree(
            &mut words,
            INSTRUMENTAL_RU_ADJECTIVES,
            INSTRUMENTAL_RU_NOUNS,
        ),
        Case::PrepositionalRu => agree(
            &mut words,
            PREPOSITIONAL_RU_ADJECTIVES,
            PREPOSITIONAL_RU_NOUNS,
        ),
        Case::AccusativeRu => {
            // Adjectives agree with the noun after them: "Балтийскую ассоциацию"; genitives
            // after the noun ("транспорта и логистики") are left as they are.
            let mut agreeing = false;
            for w in &mut words {
                let swapped = swap_end(w, "ую", "ая")
                    .or_else(|| swap_end(w, "юю", "яя"))
                    .or_else(|| swap_end(w, "ию", "ия"))
                    .or_else(|| {
                        agreeing
                            .then(|| swap_end(w, "у", "а").or_else(|| swap_end(w, "ю", "я")))
                            .flatten()
                    });
                match swapped {
                    Some(n) => {
                        agreeing = w.ends_with("ую") || w.ends_with("юю");
                        *w = n;
                    }
                    None => break,
                }
            }
        }
        Case::AccusativePl => {
            // "Pomorską Izbę Gospodarczą": feminine adjectives and nouns; a masculine name
            // ("Pomorski Klaster Morski") is the same in both cases.
            for w in &mut words {
                if let Some(n) = swap_end(w, "ą", "a").or_else(|| swap_end(w, "ę", "a")) {
                    *w = n;
                }
            }
        }
    }
    words.join(" ")
}

#[cfg(test)]
mod tests;
