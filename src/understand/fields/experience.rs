//! Experience with internationalisation: from a form value ("Experience: none") or from
//! sentences that speak about it.

use super::super::Experience;
use super::super::lexicon::experience::{
    EXPERIENCE_EXPERIENCED, EXPERIENCE_STARTING, EXPERIENCE_TOPIC,
};

/// Experience from a field value or from what the sender says.
pub fn experience(text: &str) -> Option<Experience> {
    let t = text.to_lowercase();
    let word_hit = |p: &&str| {
        if p.chars().count() <= 4 {
            t.split(|c: char| !c.is_alphanumeric()).any(|w| w == *p)
        } else {
            t.contains(*p)
        }
    };
    if EXPERIENCE_STARTING.iter().any(word_hit) {
        return Some(Experience::Starting);
    }
    // "learn from more experienced clusters" is about others.
    let others = [
        "more experienced",
        "from experienced",
        "erfahrenere",
        "erfahrenen",
    ];
    if EXPERIENCE_EXPERIENCED.iter().any(word_hit) && !others.iter().any(|o| t.contains(o)) {
        return Some(Experience::Experienced);
    }
    None
}

/// Experience from running text; only sentences that speak about it.
pub(super) fn experience_in_text(text: &str) -> Option<Experience> {
    for s in text.split(['.', '!', '?', '\n']) {
        let l = s.to_lowercase();
        if EXPERIENCE_TOPIC.iter().any(|t| l.contains(t)) {
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
    use super::*;

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
}
