//! An organisation named in running text stands in the case the verb before it wants
//! ("pārstāvu … federāciju", "представляю Балтийскую ассоциацию", "reprezentuję Pomorską Izbę",
//! "edustan Suomen Puuklusteria", "työskentelen Oulun Yrityskylässä"); the badge wants the
//! nominative. Each cue says which case follows it, and only that case's endings are undone,
//! on the words that carry it: a name already in the nominative passes unchanged.

use super::super::lexicon::stated::{
    ACCUSATIVE_LV, ACCUSATIVE_PL, ACCUSATIVE_RU, INESSIVE_FI, PARTITIVE_FI,
};

/// The case an organisation stands in after `cue` (lowercase, as matched).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    AccusativeLv,
    AccusativeRu,
    AccusativePl,
    PartitiveFi,
    InessiveFi,
}

fn case_after(cue: &str) -> Option<Case> {
    let cue = cue.trim();
    [
        (ACCUSATIVE_LV, Case::AccusativeLv),
        (ACCUSATIVE_RU, Case::AccusativeRu),
        (ACCUSATIVE_PL, Case::AccusativePl),
        (PARTITIVE_FI, Case::PartitiveFi),
        (INESSIVE_FI, Case::InessiveFi),
    ]
    .into_iter()
    .find(|(cues, _)| cues.contains(&cue))
    .map(|(_, case)| case)
}

/// Replaces `from` at the end of `word` by `to`, keeping the rest.
fn swap_end(word: &str, from: &str, to: &str) -> Option<String> {
    // A short ending needs a stem to go with it; a whole head noun ("klasteri") does not.
    word.strip_suffix(from)
        .filter(|stem| stem.chars().count() + from.chars().count() >= 4)
        .map(|stem| format!("{stem}{to}"))
}

/// Latvian accusative of the head noun (the last word; the genitives before it stay).
fn latvian(word: &str) -> Option<String> {
    const ENDINGS: &[(&str, &str)] = &[
        ("iju", "ija"),
        ("ību", "ība"),
        ("ūru", "ūra"),
        ("klasteri", "klasteris"),
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

/// Finnish inessive of the head noun: "Yrityskylässä", "Teknologiakeskuksessa", "klusterissa".
fn finnish_inessive(word: &str) -> Option<String> {
    const ENDINGS: &[(&str, &str)] = &[("ksessa", "s"), ("ksessä", "s"), ("ssa", ""), ("ssä", "")];
    ENDINGS
        .iter()
        .find_map(|(from, to)| swap_end(word, from, to))
}

/// The organisation `org`, read after `cue`, in the nominative.
pub fn nominative(org: &str, cue: &str) -> String {
    let Some(case) = case_after(&cue.to_lowercase()) else {
        return org.to_string();
    };
    let mut words: Vec<String> = org.split(' ').map(str::to_string).collect();
    if case == Case::InessiveFi {
        // "Työskentelen Oulun Yrityskylässä kansainvälistymisen asiantuntijana": the place of
        // work ends with its inessive; what follows is the job.
        if let Some(at) = words.iter().position(|w| finnish_inessive(w).is_some()) {
            words.truncate(at + 1);
        } else {
            return org.to_string();
        }
    }
    match case {
        Case::AccusativeLv | Case::PartitiveFi | Case::InessiveFi => {
            if let Some(last) = words.last_mut() {
                let read = match case {
                    Case::AccusativeLv => latvian(last),
                    Case::PartitiveFi => finnish_partitive(last),
                    _ => finnish_inessive(last),
                };
                if let Some(n) = read {
                    *last = n;
                }
            }
        }
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
mod tests {
    use super::nominative;

    #[test]
    fn inflected_names_become_nominative_after_their_cue() {
        for (org, cue, want) in [
            (
                "Latvijas Kokrūpniecības federāciju",
                "pārstāvu ",
                "Latvijas Kokrūpniecības federācija",
            ),
            ("Latgales klasteri", "pārstāvu ", "Latgales klasteris"),
            (
                "Балтийскую ассоциацию транспорта и логистики",
                "представляю ",
                "Балтийская ассоциация транспорта и логистики",
            ),
            (
                "Pomorską Izbę Gospodarczą",
                "reprezentuję ",
                "Pomorska Izba Gospodarcza",
            ),
            (
                "Pomorski Klaster Morski i Logistyczny",
                "reprezentuję ",
                "Pomorski Klaster Morski i Logistyczny",
            ),
            ("Suomen Puuklusteria", "edustan ", "Suomen Puuklusteri"),
            (
                "Turun Teknologiakeskusta",
                "edustan ",
                "Turun Teknologiakeskus",
            ),
            (
                "Oulun Yrityskylässä kansainvälistymisen asiantuntijana",
                "työskentelen ",
                "Oulun Yrityskylä",
            ),
            (
                "Turun Teknologiakeskuksessa",
                "työskentelen ",
                "Turun Teknologiakeskus",
            ),
        ] {
            assert_eq!(nominative(org, cue), want, "{org}");
        }
        // After a cue with no case of its own, the name stays as written.
        assert_eq!(
            nominative(
                "Latvijas Kokrūpniecības federācija",
                "mana organizācija ir "
            ),
            "Latvijas Kokrūpniecības federācija"
        );
    }
}
