//! Experience from the sender's time in the cluster: a role taken or a cluster founded only
//! months ago is starting ("od marca zarządzam klastrem", "Meie klaster loodi alles eelmisel
//! aastal", "jeg er netop tiltrådt som klyngechef"). Years in the role say nothing of work
//! abroad ("od dwóch lat kieruję Klastrem" is no experience): only a beginning is read here.

use super::super::Experience;
use super::super::lexicon::experience::tenure::{
    CLUSTER_WORDS, FOUNDED, ROLE_IN_COMPOUND, ROLE_STARTS, SHORT_TENURE,
};
use super::super::lexicon::experience::{BEGINNING, RECENTLY, SINCE};
use super::super::lexicon::months::is_month_or_season;
use super::super::phrases::AnyOf;
use super::experience::lower_words;

static SHORT_TENURE_ANY: AnyOf = AnyOf::new(SHORT_TENURE);
static CLUSTER_WORDS_ANY: AnyOf = AnyOf::new(CLUSTER_WORDS);

/// Experience from one lowercase sentence that speaks of the sender's role in a cluster or of
/// the cluster's founding, with how long ago.
pub(super) fn tenure(lower: &str) -> Option<Experience> {
    // Most sentences name no cluster: one look at the whole sentence before any word is split.
    if !CLUSTER_WORDS_ANY.in_text(lower) {
        return None;
    }
    let words = lower_words(lower);
    let in_cluster = |w: &&str| CLUSTER_WORDS.iter().any(|c| w.contains(c));
    let role = words.iter().any(|w| {
        ROLE_STARTS.iter().chain(FOUNDED).any(|r| w.starts_with(r))
            || (in_cluster(w) && ROLE_IN_COMPOUND.iter().any(|r| w.contains(r)))
    });
    if !role || !words.iter().any(in_cluster) {
        return None;
    }
    // "seit Januar 2015" is no short time.
    let a_year = words
        .iter()
        .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    let since_a_month = !a_year
        && words.iter().enumerate().any(|(i, w)| {
            SINCE.contains(w)
                && words
                    .get(i + 1..(i + 4).min(words.len()))
                    .is_some_and(|a| a.iter().any(|x| is_month_or_season(x)))
        });
    let begun_recently = !a_year
        && words
            .iter()
            .any(|w| BEGINNING.iter().chain(FOUNDED).any(|b| w.starts_with(b)))
        && RECENTLY
            .iter()
            .any(|r| lower.contains(r) && r.chars().count() > 4);
    (since_a_month || begun_recently || SHORT_TENURE_ANY.in_text(lower))
        .then_some(Experience::Starting)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str) -> Option<Experience> {
        tenure(&text.to_lowercase())
    }

    #[test]
    fn a_role_or_cluster_of_a_few_months_is_starting() {
        for text in [
            "Klasteri vadu tikai kopš pagājušā rudens",
            "klasterio vadove dirbu tik nuo šių metų vasario",
            "Alustasin klastrijuhina alles selle aasta jaanuaris",
            "Kieruję klastrem od niedawna",
            "Я только с весны руковожу кластером",
            "ich bin seit März Clustermanagerin beim Netzwerk Gesundheitswirtschaft",
            "jeg er netop tiltrådt som klyngechef",
            "Vi er en helt ny klynge, stiftet sidste år",
            "Meie klaster loodi alles eelmisel aastal",
            "Наш кластер создан полгода назад",
            "I was newly appointed as cluster manager",
        ] {
            assert_eq!(said(text), Some(Experience::Starting), "{text}");
        }
    }

    #[test]
    fn no_role_or_no_cluster_says_nothing() {
        for text in [
            "Der Workshop im März passt uns gut.",
            "Since March we have a new office in Tartu.",
            "I have managed a hotel for ten years.",
            "Our cluster will be there with two people.",
            "Seit Januar 2015 leite ich den Cluster",
            "od dwóch lat kieruję Klastrem Innowacji Społecznych",
            "od kwietnia pracuję w Warmińsko-Mazurskim Klastrze Turystycznym",
            "С мая я работаю в Эстонском кластере возобновляемой энергетики",
        ] {
            assert_eq!(said(text), None, "{text}");
        }
    }
}
