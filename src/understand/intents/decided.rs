//! What `detect_at` found ([`Found`]), and what it decided, said as a `Found`: the intents in order, the idea's paragraphs
//! and the question's sentences.

use super::super::Intent;

/// What was found: the intents (sorted, unique), the idea's text and the question's text.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Found {
    pub intents: Vec<Intent>,
    pub idea: Option<String>,
    pub question: Option<String>,
    /// The cancellation is only the sender saying they cannot come ("I can't make it to Riga
    /// myself"), not a request to cancel: nothing to cancel if they never registered.
    pub only_not_coming: bool,
    /// The mail asks how to register someone ("How do I register a colleague?") and asks no
    /// place for the sender: nobody is registered yet, whoever it names.
    pub asks_how_to_register: bool,
    /// The mail is a company's sales offer (see `offers::sells`): what it states of the
    /// sender corrects no registration.
    pub sells: bool,
}

impl Found {
    /// Nothing found yet in a mail that is (`sells`) or is not a sales offer.
    pub(super) fn selling(sells: bool) -> Self {
        Found {
            sells,
            ..Found::default()
        }
    }
}

/// What `detect_at` decided, before it is said as a [`Found`].
pub(super) struct Decided<'a> {
    pub registration: bool,
    /// The paragraphs that offer an idea.
    pub idea_paras: &'a [usize],
    pub cancellation: bool,
    pub update: bool,
    /// The sentences that ask, with their paragraph.
    pub question: &'a [(usize, &'a str)],
}

impl Decided<'_> {
    /// The intents, sorted, with the idea's paragraphs (the whole text when they cannot be
    /// told) and the question's sentences.
    pub fn into_found(self, mut found: Found, paras: &[&str], own: &str) -> Found {
        let mut intents = Vec::new();
        if self.registration {
            intents.push(Intent::Registration);
        }
        if !self.idea_paras.is_empty() {
            intents.push(Intent::Idea);
            let text: Vec<&str> = self
                .idea_paras
                .iter()
                .filter_map(|p| paras.get(*p).copied())
                .map(str::trim)
                .collect();
            found.idea = Some(if text.is_empty() {
                own.trim().to_string()
            } else {
                text.join("\n\n")
            });
        }
        if self.cancellation {
            intents.push(Intent::Cancellation);
        }
        if self.update {
            intents.push(Intent::Update);
        }
        if !self.question.is_empty() {
            intents.push(Intent::Question);
            let text: Vec<&str> = self.question.iter().map(|(_, s)| *s).collect();
            found.question = Some(text.join(" "));
        }
        intents.sort();
        found.intents = intents;
        found
    }
}
