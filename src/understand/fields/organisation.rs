//! An organisation named in running text ("I represent …", "pārstāvu …", "edustan …"), cut
//! where the name ends.

use super::super::countries::is_place_line;
use super::super::lexicon::fields::AND;
use super::super::lexicon::stated::NOT_THIS;

/// Where a name stated in running text ends: at the end of the sentence or clause, or before
/// "and" in the region's languages ("edustan X ja haluan …") unless a capitalised word follows
/// it, which continues the name ("Energi- og Miljøklyngen"). A dot inside a name ("e.V.",
/// "Sp. z o.o.") ends it only when a space or the end follows.
pub(super) fn organisation_end(rest: &str) -> usize {
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        let next = rest.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
        let stop = match c {
            '\n' | ',' | ';' | '!' | '?' | '(' => true,
            // "Dansk Vand- og Miljøklynge – vi skiftede navn": a spaced dash ends the name.
            '-' | '–' | '—' if rest.get(..i).is_some_and(|r| r.ends_with(' ')) => {
                next.is_none_or(char::is_whitespace)
            }
            '.' if next.is_none_or(char::is_whitespace) => {
                // "e.V.", "Sp. z o.o.": the dot of an abbreviation with dots inside belongs
                // to the name, which ends after it.
                let word = rest
                    .get(..i)
                    .and_then(|r| r.split_whitespace().last())
                    .unwrap_or("");
                if word.contains('.') {
                    end = i + 1;
                    break;
                }
                true
            }
            _ => false,
        };
        if stop {
            end = i;
            break;
        }
    }
    let clause = rest.get(..end).unwrap_or(rest);
    // "X enkä Y", "X rather than Y": what the sender does not mean ends the name.
    let end = NOT_THIS
        .iter()
        .filter_map(|n| clause.find(n))
        .min()
        .unwrap_or(end);
    let clause = rest.get(..end).unwrap_or(rest);
    AND.iter()
        .flat_map(|a| clause.match_indices(a).map(|(i, m)| (i, i + m.len())))
        .filter(|(_, after)| {
            let next = clause
                .get(*after..)
                .and_then(|r| r.split_whitespace().next());
            let before = clause
                .get(..*after)
                .and_then(|r| r.split_whitespace().rev().nth(1));
            !next.is_some_and(|w| {
                (w.chars().next().is_some_and(char::is_uppercase)
                    && !matches!(w, "I" | "I'm" | "I’m")
                    && !is_place_line(w))
                    || genitive_pair(before.unwrap_or(""), w)
            })
        })
        .map(|(i, _)| i)
        .min()
        .unwrap_or(end)
}

/// Two genitives joined by "and" inside a name: "транспорта и логистики", "mokslo ir
/// technologijų" (a verb after "and" ends the name: "и хочу", "ir norėčiau").
fn genitive_pair(before: &str, after: &str) -> bool {
    let ends = |w: &str, list: &[&str]| list.iter().any(|e| w.ends_with(e));
    let cyrillic = |w: &str| w.chars().all(|c| ('а'..='я').contains(&c) || c == 'ё');
    if cyrillic(after) && !after.is_empty() {
        let genitive = ["а", "я", "и", "ы", "ов", "ей", "ых", "их"];
        return ends(before, &genitive)
            && ends(after, &genitive)
            && !ends(after, &["ла", "ли", "ло"]);
    }
    // Lithuanian plural genitive: no verb ends in "-ų". Latvian plural genitives of "-ija"
    // nouns ("inovāciju", "tehnoloģiju") after a genitive ("Biznesa un inovāciju").
    let lowercase = after.chars().all(char::is_lowercase);
    (after.ends_with('ų') && lowercase)
        || (after.ends_with("iju") && lowercase && ends(&before.to_lowercase(), &["as", "es", "a"]))
}

/// "my organisation is X", "I work at X", "I represent X", and the country after it.
pub(super) fn inline_organisation(text: &str) -> Option<(String, Option<String>)> {
    super::stated::organisation(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_stated_in_running_text_in_the_regions_languages() {
        for (text, org) in [
            (
                "Labdien, esmu no Kurzemes Biznesa un inovāciju centra.",
                "Kurzemes Biznesa un inovāciju centrs",
            ),
            (
                "Sveiki! Pārstāvu Latvijas Kokrūpniecības klasteri. Lūdzu reģistrēt.",
                "Latvijas Kokrūpniecības klasteris",
            ),
            (
                // "edustan" wants the partitive; the badge the nominative.
                "Hei, edustan Tampereen Teknologiakeskusta ja haluan ilmoittautua.",
                "Tampereen Teknologiakeskus",
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
            assert_eq!(
                inline_organisation(text).map(|(o, _)| o).as_deref(),
                Some(org),
                "{text}"
            );
        }
    }
}
