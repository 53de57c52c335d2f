//! The machinery under intent detection: sentences and clauses of the sender's text, their
//! words, and a sentence read once for the questions asked of it (whether a hit of a word list
//! from `matching` is asked for, refused or open is `stance`'s job).

use std::cell::OnceCell;
use std::ops::Range;

use super::super::lexicon::COLLEAGUE;
use super::super::lexicon::clauses::{GLAD, GLADLY_AFTER_WITH, GRATEFUL, PLEASE_ALONE};
use super::super::lexicon::months::is_month_by_a_day;
use super::super::lexicon::stance::{
    BUT, CONDITIONS, HEDGE_FILLERS, NOT_AFTER, OTHER_PERSON, POSSESSIVE, REQUEST_WORDS, THEN,
    negates, undecided,
};
use super::matching::Lexicon;
use super::stance::{Stance, consequent, done, stance};

/// One clause's words, lowercase, without addresses and links.
pub fn words(clause: &str) -> Vec<String> {
    words_up_to(clause, usize::MAX)
}

/// The first `limit` of [`words`]: a test of a clause's opening, or of its being short, reads
/// no further.
pub fn words_up_to(clause: &str, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    for token in clause.split_whitespace() {
        // "://" is looked for only after a ':' (a substring search builds a searcher each time).
        if token.contains('@')
            || (token.contains(':') && token.contains("://"))
            || token.starts_with("www.")
        {
            continue;
        }
        let token = if token.contains(['’', '`']) {
            std::borrow::Cow::Owned(token.replace(['’', '`'], "'"))
        } else {
            std::borrow::Cow::Borrowed(token)
        };
        // A lone apostrophe stays as an empty word, as it always has: the word positions
        // that negation and phrases count depend on it.
        for w in token
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
        {
            if out.len() == limit {
                return out;
            }
            out.push(w.trim_matches('\'').to_lowercase());
        }
    }
    out
}

/// Clauses: split at sentence ends, line ends, commas/semicolons (which end a condition) and
/// dashes between spaces ("before I sign up – is there a fee?").
pub fn clauses(sentence: &str) -> Vec<&str> {
    let parts: Vec<&str> = sentence
        .split([',', ';', ':'])
        .flat_map(|c| c.split(" – ").flat_map(|c| c.split(" — ")))
        .flat_map(|c| c.split(" - "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    join_please(sentence, parts)
}

/// A "please" set off by commas between a lone verb and the rest ("pieskaitiet, lūdzu, mani",
/// "запишите, пожалуйста, меня", "įrašykite, prašau, mane") is said as one clause: the three
/// parts joined. `parts` are slices of `sentence`.
fn join_please<'a>(sentence: &'a str, parts: Vec<&'a str>) -> Vec<&'a str> {
    // One word of at most 20 bytes ("пожалуйста"): most clauses are longer, and are never
    // lowercased for this.
    let please = |p: &str| {
        p.len() <= 20 && !p.contains(' ') && PLEASE_ALONE.contains(&p.to_lowercase().as_str())
    };
    if !parts.iter().any(|p| please(p)) {
        return parts;
    }
    let at = |p: &str| (p.as_ptr() as usize).checked_sub(sentence.as_ptr() as usize);
    let mut out = Vec::with_capacity(parts.len());
    let mut i = 0;
    while let Some(&part) = parts.get(i) {
        if let (Some(&p), Some(&rest)) = (parts.get(i + 1), parts.get(i + 2))
            && !part.contains(' ')
            && please(p)
            && let (Some(from), Some(to)) = (at(part), at(rest).map(|r| r + rest.len()))
            && let Some(joined) = sentence.get(from..to)
        {
            out.push(joined);
            i += 3;
            continue;
        }
        out.push(part);
        i += 1;
    }
    out
}

/// Sentences of a text, with their terminator, and the paragraph index each belongs to.
pub fn sentences(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (p, para) in text.split("\n\n").enumerate() {
        let mut cur = String::new();
        // Inside a quoted title ("Why and how to do it?") a '?' or '.' ends no sentence.
        let mut quoted = false;
        let mut chars = para.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\n' {
                if !cur.trim().is_empty() {
                    out.push((p, cur.trim().to_string()));
                }
                cur.clear();
                quoted = false;
                continue;
            }
            cur.push(c);
            match c {
                '"' => quoted = !quoted,
                '“' | '„' | '«' if !quoted => quoted = true,
                '”' | '“' | '»' if quoted => quoted = false,
                _ => {}
            }
            // "2.6." and "3.5 h" end no sentence, nor a date's last dot before a lowercase
            // word ("illallinen 2.6. kaikille"), nor the dots of an address or a domain
            // ("ann.lee@example.org", "event.test").
            let after_digit = cur.chars().rev().nth(1).is_some_and(|d| d.is_ascii_digit());
            let mut ahead = chars.clone();
            let inside_a_token = c == '.'
                && (ahead.peek().is_some_and(|n| n.is_alphanumeric())
                    // A date range: "2.–3. jūnijā", "2.-3.6.", "2./3. Juni".
                    || (after_digit && ahead.peek().is_some_and(|n| matches!(n, '–' | '-' | '/')))
                    || (after_digit
                        && ahead.next() == Some(' ')
                        && ahead.next().is_some_and(char::is_lowercase))
                    // "am 3. Juni": a date's dot before a month's name.
                    || (after_digit && before_month(chars.clone())));
            // A smiley ends a sentence as a full stop does: "I'll be there 🙂 Put me on the
            // list" holds two.
            let pictograph = matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF);
            if !quoted && !inside_a_token && (matches!(c, '.' | '!' | '?') || pictograph) {
                if !cur.trim().is_empty() && cur.trim().len() > 1 {
                    out.push((p, cur.trim().to_string()));
                }
                cur.clear();
            }
        }
        if !cur.trim().is_empty() {
            out.push((p, cur.trim().to_string()));
        }
    }
    out
}

/// Whether a space and a month's name come next ("3. Juni dazustoßen"): the dot before it is a
/// date's, not a sentence's end.
fn before_month(ahead: impl Iterator<Item = char>) -> bool {
    let word: String = ahead.take(13).collect();
    let word = word.strip_prefix(' ').unwrap_or("");
    let word = word
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    is_month_by_a_day(&word.to_lowercase())
}

/// A sentence read once: its words, and where each clause's words begin and end. Intent
/// detection asks several questions of each sentence; splitting it into words once per
/// sentence (not once per question) is part of what keeps `regbot parse` fast.
pub struct Read {
    words: Vec<String>,
    clauses: Vec<Range<usize>>,
    /// The words joined by single spaces, made the first time a phrase list is looked for
    /// across them.
    joined: OnceCell<String>,
}

impl Read {
    pub fn new(sentence: &str) -> Read {
        let mut all = Vec::new();
        let mut ranges = Vec::new();
        for clause in clauses(sentence) {
            let start = all.len();
            all.extend(words(clause));
            ranges.push(start..all.len());
        }
        Read {
            words: all,
            clauses: ranges,
            joined: OnceCell::new(),
        }
    }

    pub(super) fn clause_words(&self) -> impl Iterator<Item = &[String]> {
        self.clauses
            .iter()
            .map(|r| self.words.get(r.clone()).unwrap_or(&[]))
    }

    /// Whether any clause asks for what `lexicon` names. A possessive right before the hit
    /// ("my registration") makes it a mention, unless the clause is a request ("proszę o moją
    /// rejestrację").
    pub fn positive(&self, lexicon: &Lexicon, skip_possessive: bool) -> bool {
        self.positive_with(lexicon, skip_possessive, &[])
    }

    /// [`Read::positive`] in a clause that also holds one of `companions` (when not empty).
    pub fn positive_with(
        &self,
        lexicon: &Lexicon,
        skip_possessive: bool,
        companions: &[&str],
    ) -> bool {
        self.positive_where(lexicon, skip_possessive, |w| {
            companions.is_empty() || w.iter().any(|x| companions.contains(&x.as_str()))
        })
    }

    /// [`Read::positive`] in a clause whose words `fits` ("put me on the list": the "me" of a
    /// clause that names the list).
    pub(super) fn positive_where(
        &self,
        lexicon: &Lexicon,
        skip_possessive: bool,
        fits: impl Fn(&[String]) -> bool,
    ) -> bool {
        let mut previous: &[String] = &[];
        // "We would love to come, but it all depends on whether …": what a later "but it
        // depends" sets against stays open. Looked for once, and only when a clause hits.
        let mut undecided_after: Option<Option<usize>> = None;
        // "Если всё просто, то, скорее всего, приеду": a "then" or a hedge between commas
        // leaves the condition standing for the clause after it.
        let mut between: &[String] = &[];
        self.clause_words().enumerate().any(|(i, w)| {
            let filler = w.len() <= 2
                && w.iter().all(|x| {
                    THEN.contains(&x.as_str())
                        || undecided(x)
                        || HEDGE_FILLERS.contains(&x.as_str())
                });
            if filler && !previous.is_empty() {
                between = w;
                return false;
            }
            let (before, between_before) = (previous, between);
            between = &[];
            previous = w;
            // Most clauses name nothing of the list: what follows is asked only of those that
            // do (it does not depend on the list, but it costs more than the list's lookup).
            if !fits(w) {
                return false;
            }
            let hits = lexicon.hits_in(w, &self.words);
            if hits.is_empty() {
                return false;
            }
            let hedged = between_before.iter().any(|x| undecided(x));
            let after_condition = hedged
                || consequent(before, w)
                || (between_before
                    .first()
                    .is_some_and(|x| THEN.contains(&x.as_str()))
                    && consequent(before, &[between_before, w].concat()));
            // "I'd be glad if I could take part", "ich würde mich freuen, wenn ich teilnehmen
            // könnte": the condition after gladness wishes; it is read without its "if".
            // Danes and Norwegians set a price on it: "Jeg ville sætte stor pris på, hvis I …",
            // "Jeg ville satt stor pris på om dere …".
            let values = || before.windows(2).any(|p| p[0] == "pris" && p[1] == "på");
            let wished = w.first().is_some_and(|f| CONDITIONS.contains(&f.as_str()))
                && (before
                    .iter()
                    .any(|x| GLAD.iter().chain(GRATEFUL).any(|g| x.starts_with(g)))
                    || values())
                && !before.iter().any(|x| negates(x));
            // "dalyvauti, deja, negalėsiu": a lone verb, a short "sadly" and the sender's
            // refusal (not "Registruojuosi, kolega deja negalės", nor a subject's "Tilmelding –
            // jeg kan ikke selv").
            let clause_at = |k: usize| {
                self.clauses
                    .get(k)
                    .and_then(|r| self.words.get(r.clone()))
                    .unwrap_or(&[])
            };
            // So does a verb that opens its clause, the rest its place and time, before a
            // refusal of at most three words ("Atvykti į Rygą birželį, deja, nepavyks",
            // "Приехать в Ригу у меня, к сожалению, не получится"); not "Przyjadę, niestety,
            // nie zostanę na kolacji" (a part of it refused).
            let opens = w.len() == 1 || hits.first().is_some_and(|&(start, _)| start == 0);
            let refused_after = opens && {
                let (sadly, refusal) = (clause_at(i + 1), clause_at(i + 2));
                (1..=2).contains(&sadly.len())
                    && !sadly.iter().any(|x| negates(x))
                    && refusal.len() <= if w.len() == 1 { 4 } else { 3 }
                    && refusal.iter().any(|x| negates(x))
                    && !refusal.iter().any(|x| {
                        OTHER_PERSON.contains(&x.as_str())
                            || COLLEAGUE.iter().any(|k| x.starts_with(k))
                    })
            };
            let undecided_after = *undecided_after.get_or_insert_with(|| {
                self.clause_words().skip(1).position(|w| {
                    w.first().is_some_and(|b| BUT.contains(&b.as_str()))
                        && w.iter().any(|x| undecided(x))
                })
            });
            if refused_after || after_condition || undecided_after.is_some_and(|u| i <= u) {
                return false;
            }
            let request = w.iter().any(|x| REQUEST_WORDS.contains(&x.as_str()));
            hits.into_iter().any(|(start, end)| {
                let possessive = skip_possessive
                    && !request
                    && start > 0
                    && w.get(start - 1)
                        .is_some_and(|p| POSSESSIVE.contains(&p.as_str()));
                // "Ich melde mich dann (wieder)": a German "melde mich" that ends its
                // clause, after a "dann" or not, gets in touch; one registers "an" or "für".
                let after_then = match w.get(end) {
                    Some(t) if THEN.contains(&t.as_str()) => end + 1,
                    _ => end,
                };
                let in_touch = (after_then == w.len()
                    || w.get(after_then)
                        .is_some_and(|next| NOT_AFTER.contains(&next.as_str())))
                    && w.get(start..end).is_some_and(|hit| {
                        hit.iter().any(|x| x == "melde" || x == "melden")
                            && !hit.iter().any(|x| x == "sie")
                            && hit.last().is_some_and(|l| l == "mich" || l == "uns")
                    });
                // "Przyjmuję zaproszenie z radością": "with" joy, not "from" somewhere.
                let gladly = || {
                    w.get(end + 1..(end + 3).min(w.len()))
                        .is_some_and(|a| a.iter().any(|x| GLADLY_AFTER_WITH.contains(&x.as_str())))
                };
                let something_else = lexicon.attendance
                    && (in_touch
                        || w.get(end)
                            .is_some_and(|next| NOT_AFTER.contains(&next.as_str()))
                            && !gladly());
                // "I'm registered already", "I have registered" state a fact; they ask for
                // nothing.
                let done = lexicon.attendance && done(w, start, end);
                let how = match w.get(1..) {
                    Some(rest) if wished && start > 0 => stance(rest, start - 1, end - 1),
                    _ => stance(w, start, end),
                };
                !possessive && !something_else && !done && how == Stance::Positive
            })
        })
    }

    /// Whether some clause states that the sender has done what `lexicon` names ("I have
    /// registered", "Olen registreerunud mõlemaks päevaks", "ich bin schon angemeldet"), not
    /// negated.
    pub fn states_done(&self, lexicon: &Lexicon) -> bool {
        self.clause_words().any(|w| {
            lexicon
                .hits_in(w, &self.words)
                .into_iter()
                .any(|(start, end)| done(w, start, end) && stance(w, start, end) != Stance::Refused)
        })
    }

    /// Whether the sender refuses what `lexicon` names in some clause ("I won't be able to
    /// come"). Undecided and conditional clauses refuse nothing.
    pub fn refused(&self, lexicon: &Lexicon) -> bool {
        self.clause_words().any(|w| {
            lexicon
                .hits(w)
                .into_iter()
                .any(|(start, end)| stance(w, start, end) == Stance::Refused)
        })
    }

    /// [`Read::refused`] but for hits next to a refused `kept` (two words apart at most):
    /// "osalemist ma ei tühista", "I am not cancelling my participation" refuse the
    /// cancelling, not the coming; "I cannot come because I cannot cancel a meeting" refuses
    /// both.
    pub fn refused_keeping(&self, lexicon: &Lexicon, kept: &Lexicon) -> bool {
        self.clause_words().any(|w| {
            let refused = |l: &Lexicon| -> Vec<(usize, usize)> {
                l.hits(w)
                    .into_iter()
                    .filter(|&(start, end)| stance(w, start, end) == Stance::Refused)
                    .collect()
            };
            let kept = refused(kept);
            refused(lexicon).into_iter().any(|(start, end)| {
                !kept.iter().any(|&(k_start, k_end)| {
                    k_start.abs_diff(end) <= 2 || start.abs_diff(k_end) <= 2
                })
            })
        })
    }

    /// [`Read::refused`] in a clause that also holds one of `companions`.
    pub fn refused_with(&self, lexicon: &Lexicon, companions: &[&str]) -> bool {
        self.clause_words().any(|w| {
            w.iter().any(|x| companions.contains(&x.as_str()))
                && lexicon
                    .hits(w)
                    .into_iter()
                    .any(|(start, end)| stance(w, start, end) == Stance::Refused)
        })
    }

    /// Whether some hit of `lexicon` has one of `before` among the three words before it or
    /// one of `after` among the two after it ("pick up ideas", "Ideen mitnehmen").
    pub fn near(&self, lexicon: &Lexicon, before: &[&str], after: &[&str]) -> bool {
        self.clause_words().any(|w| {
            lexicon.hits(w).into_iter().any(|(start, end)| {
                let pre = w.get(start.saturating_sub(3)..start).unwrap_or(&[]);
                let post = w.get(end..(end + 2).min(w.len())).unwrap_or(&[]);
                pre.iter().any(|x| before.contains(&x.as_str()))
                    || post.iter().any(|x| after.contains(&x.as_str()))
            })
        })
    }

    /// Whether some hit of `lexicon` has one of `after` among the `n` words after it ("the
    /// idea sounds great").
    pub fn near_after(&self, lexicon: &Lexicon, after: &[&str], n: usize) -> bool {
        self.clause_words().any(|w| {
            lexicon.hits(w).into_iter().any(|(_, end)| {
                let post = w.get(end..(end + n).min(w.len())).unwrap_or(&[]);
                post.iter().any(|x| after.contains(&x.as_str()))
            })
        })
    }

    /// [`Read::near_after`] with the `n` words read on past the clause's end ("ich würde
    /// vorschlagen, Frau Berg einzuladen": the comma ends no suggestion).
    pub fn followed_by(&self, lexicon: &Lexicon, after: &[&str], n: usize) -> bool {
        self.clauses.iter().any(|r| {
            let w = self.words.get(r.clone()).unwrap_or(&[]);
            lexicon.hits(w).into_iter().any(|(_, end)| {
                let from = r.start + end;
                let post = self.words.get(from..(from + n).min(self.words.len()));
                post.unwrap_or(&[])
                    .iter()
                    .any(|x| after.contains(&x.as_str()))
            })
        })
    }

    /// Whether, in some clause, a hit of `first` comes before a hit of `then` ("it would be
    /// great to have a session on …"). A clause opened by a condition belongs to the one before
    /// it ("es wäre schön, wenn es eine Session zu … gäbe").
    pub fn in_order(&self, first: &Lexicon, then: &Lexicon) -> bool {
        self.clauses.iter().enumerate().any(|(i, r)| {
            let mut end = r.end;
            if let Some(next) = self.clauses.get(i + 1)
                && self
                    .words
                    .get(next.start)
                    .is_some_and(|w| CONDITIONS.contains(&w.as_str()))
            {
                end = next.end;
            }
            let w = self.words.get(r.start..end).unwrap_or(&[]);
            let starts = |l: &Lexicon| l.hits(w).into_iter().map(|(s, _)| s);
            starts(first)
                .min()
                .is_some_and(|a| starts(then).any(|b| b > a))
        })
    }

    /// Whether `lexicon` hits anywhere in the sentence, across clauses, whatever the stance.
    pub fn mentions(&self, lexicon: &Lexicon) -> bool {
        !lexicon.hits_in(&self.words, &self.words).is_empty()
    }

    /// Every word of the sentence, clause after clause.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }

    /// The sentence's words joined by single spaces (made once per sentence).
    pub(super) fn joined(&self) -> &str {
        self.joined.get_or_init(|| self.words.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_only() {
        let lexicon = Lexicon::new(&[], &["sign me up", "count us in"]);
        let w = words("Please sign me up, and count us in!");
        assert_eq!(lexicon.hits(&w), vec![(1, 4), (5, 8)]);
        // A phrase cut off at the end of the clause is no hit.
        assert!(lexicon.hits(&words("please sign me")).is_empty());
        let phrases = Lexicon::new(&[], &["will come", "count us"]);
        assert!(!Read::new("I will comeback later; count usin").mentions(&phrases));
        assert!(Read::new("Yes, I will come.").mentions(&phrases));
        assert!(Read::new("Count, us").mentions(&phrases), "across clauses");
        // Softening adverbs inside a phrase, never before it.
        let phrases = Lexicon::new(&[], &["blir med", "will come"]);
        assert!(Read::new("Jeg blir gjerne med til Riga").mentions(&phrases));
        assert!(Read::new("I will definitely come").mentions(&phrases));
        assert!(!Read::new("I will not come").mentions(&phrases));
    }

    #[test]
    fn long_stems_match_inside_words_and_short_ones_whole_words() {
        let lexicon = Lexicon::new(&["reģistr", "join", "delta"], &[]);
        let w = words("Lūdzu piereģistrēt mani; rejoin deltager delta join");
        assert_eq!(lexicon.hits(&w), vec![(1, 2), (4, 5), (5, 6), (6, 7)]);
    }

    #[test]
    fn words_drop_addresses_links_and_quotes() {
        assert_eq!(
            words("I’m Jane (jane@x.test), see https://x.test or www.x.test 'ok'"),
            ["i'm", "jane", "see", "or", "ok"]
        );
    }
}
