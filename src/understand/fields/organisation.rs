//! An organisation named in running text ("I represent …", "pārstāvu …", "edustan …"), cut
//! where the name ends.

use super::super::lexicon::fields::{AND, ORGANISATION_CUES};

/// Where a name stated in running text ends: at the end of the sentence or clause, or before
/// "and" in the region's languages ("edustan X ja haluan …"). A dot inside a name ("e.V.",
/// "Sp. z o.o.") ends it only when a space or the end follows.
fn organisation_end(rest: &str) -> usize {
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
pub(super) fn inline_organisation(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    for cue in ORGANISATION_CUES {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
