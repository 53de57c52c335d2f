//! A country the sender states in running text ("we are a cluster from Latvia", "Olen
//! Suomesta"). The venue's country named in passing is no statement of origin.

use super::super::countries::{country_named, country_of_city, country_of_town_left};
use super::super::lexicon::fields::ORIGIN;

/// A country the sender states in running text: "we are a cluster from Latvia", "из Латвии",
/// an elative form ("Eestist", "Suomesta"). A bare mention (the venue) is not enough.
pub fn stated_country(text: &str) -> Option<String> {
    let text = super::super::decode::cut_str(text, 32 * 1024);
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
        if let Some(c) = country_of_town_left(w) {
            return Some(c.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
