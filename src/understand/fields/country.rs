//! A country the sender states in running text ("we are a cluster from Latvia", "Olen
//! Suomesta"). The venue's country named in passing is no statement of origin.

use super::super::countries::{country_named, country_of_city, country_of_town_left};
use super::super::lexicon::fields::{
    HERE_IN, LIVE, LIVE_IN, NOT_THE_SENDER_FROM, ORIGIN, WE_ARE_A,
};
use super::signature::sign_offs_in;

/// A country the sender states in running text: "we are a cluster from Latvia", "из Латвии",
/// an elative form ("Eestist", "Suomesta"). A bare mention (the venue) is not enough.
pub fn stated_country(text: &str) -> Option<String> {
    let text = super::super::decode::cut_str(text, super::super::decode::FIELDS_READ_BYTES);
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    for (i, w) in words.iter().enumerate() {
        // "a delegation from Finland", "guests from Germany": not the sender (looked at only
        // after an origin word: most words have none before them).
        let not_the_sender = || {
            i > 1
                && words
                    .get(i - 2)
                    .is_some_and(|p| NOT_THE_SENDER_FROM.iter().any(|n| p.contains(n)))
        };
        let origin = i > 0
            && words
                .get(i - 1)
                .is_some_and(|p| ORIGIN.contains(&p.as_str()))
            && !not_the_sender()
            || (i > 1
                && words.get(i - 1).is_some_and(|p| p == "in")
                && words
                    .get(i - 2)
                    .is_some_and(|p| p == "based" || p == "located"));
        // "живу в Даугавпилсе", "dzīvoju Cēsīs": where the sender lives.
        let lives = |j: usize| words.get(j).is_some_and(|p| LIVE.contains(&p.as_str()));
        let lives_here = i > 0
            && (lives(i - 1)
                || (i > 1
                    && words
                        .get(i - 1)
                        .is_some_and(|p| LIVE_IN.contains(&p.as_str()))
                    && lives(i - 2)));
        // "her i Stavanger", "у нас в Юрмале", "täällä Oulussa": the town the sender is in.
        let word = |j: usize| words.get(j).map_or("", String::as_str);
        let here = HERE_IN.iter().any(|(here, prep)| {
            if prep.is_empty() {
                i >= 1 && word(i - 1) == *here
            } else {
                i >= 2 && word(i - 1) == *prep && word(i - 2) == *here
            }
        });
        let origin = origin || lives_here || here || we_are_a_kind_in(&words, i);
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

/// "Vi er et tolkebureau i København", "we are a small agency in Leeds": the place of the
/// sender's own organisation, after a preposition of place that follows "we are a" and a
/// noun (with at most one adjective before it).
fn we_are_a_kind_in(words: &[String], i: usize) -> bool {
    let word = |j: Option<usize>| j.and_then(|j| words.get(j)).map_or("", String::as_str);
    if !["in", "i", "w", "в"].contains(&word(i.checked_sub(1))) {
        return false;
    }
    [3, 4].iter().any(|back| {
        let article = i.checked_sub(*back);
        WE_ARE_A.iter().any(|(we, are, articles)| {
            articles.contains(&word(article))
                && word(article.and_then(|a| a.checked_sub(1))) == *are
                && word(article.and_then(|a| a.checked_sub(2))) == *we
        })
    })
}

/// The place after the name in a sign-off written inside a line, as phone mail does: "… i riga.
/// mvh anders, aalborg", "Best, Tom Reed, Leeds, England". The last piece after a comma, if
/// it names a city or a country, is the sender's own place (a signature, not a hint).
pub fn place_in_inline_sign_off(own: &str) -> Option<String> {
    let lines: Vec<&str> = own.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.iter().rev().take(3).find_map(|line| {
        let lower = line.to_lowercase();
        let rest = sign_offs_in(&lower).find_map(|(s, at)| {
            let before_ok = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = &lower[at + s.len()..];
            let after_ok = after.chars().next().is_some_and(|c| !c.is_alphanumeric());
            (before_ok && after_ok).then_some(after)
        })?;
        let (_, place) = rest.trim_end_matches(['.', '!']).rsplit_once(',')?;
        let place = place.trim();
        (!place.is_empty() && place.split_whitespace().count() <= 2)
            .then(|| country_named(place).or_else(|| country_of_city(place)))
            .flatten()
    })
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
        // Where the sender lives, the town in the locative.
        assert_eq!(
            stated_country("Я консультант, живу в Резекне.").as_deref(),
            Some("LV")
        );
        assert_eq!(
            stated_country("Mieszkam w Olsztynie i prowadzę firmę.").as_deref(),
            Some("PL")
        );
        assert_eq!(stated_country("I live in a small town."), None);
        // The town the sender writes from.
        assert_eq!(
            stated_country("Vi har styremøte her i Tromsø den dagen.").as_deref(),
            Some("NO")
        );
        assert_eq!(
            stated_country("У нас в Клайпеде в тот день ярмарка.").as_deref(),
            Some("LT")
        );
        assert_eq!(
            stated_country("Hier in Rostock ist viel los.").as_deref(),
            Some("DE")
        );
        // The place of the sender's own organisation after "we are a …".
        assert_eq!(
            stated_country("Vi er en lille designvirksomhed i Aarhus.").as_deref(),
            Some("DK")
        );
        assert_eq!(
            stated_country("We are a translation agency in Tallinn and offer help.").as_deref(),
            Some("EE")
        );
        // A delegation or guests from a place are not the sender; their own train is.
        assert_eq!(stated_country("Mūs apmeklēs delegācija no Somijas."), None);
        assert_eq!(stated_country("Tego dnia mamy gości z Niemiec."), None);
        assert_eq!(
            stated_country("Jag tar kvällståget från Göteborg.").as_deref(),
            Some("SE")
        );
        // "her" is also a pronoun: "I met her in Tartu" says nothing of the sender.
        assert_eq!(stated_country("I met her in Tartu last year."), None);
    }

    #[test]
    fn a_town_in_a_sign_off_inside_the_last_line_is_the_senders() {
        let place = place_in_inline_sign_off;
        assert_eq!(
            place("hej vil gerne med til riga. mvh jens, odense").as_deref(),
            Some("DK")
        );
        assert_eq!(
            place("hei, kommer gjerne. hilsen kari nord, tromsø").as_deref(),
            Some("NO")
        );
        assert_eq!(place("mvh jens").as_deref(), None);
        assert_eq!(place("see you in Riga, regards").as_deref(), None);
    }
}
