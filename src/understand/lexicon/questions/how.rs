//! Words of a question about how to register ("How do I register a colleague?", "What's the
//! best way for her to sign up?"): it asks how it is done and registers nobody.

/// "How", opening a question about registering ("How do I register a colleague?", "Kā es varu
/// pieteikt savu kolēģi?", "Jak mogę zgłosić koleżankę?"): it asks how it is done and
/// registers nobody. The first word of the sentence.
pub const HOW: &[&str] = &[
    "how", "wie", "hvordan", "hur", "miten", "kuinka", "kuidas", "kā", "kaip", "jak", "как",
];

/// The way asked for, in a question about registering ("What's the best way for her to sign
/// up?", "Was ist der einfachste Weg, sie anzumelden?", "Kāds ir vienkāršākais veids …?"):
/// it asks how, like [`HOW`]. Substrings of the sentence's words joined by spaces.
pub const BEST_WAY: &[&str] = &[
    "best way",
    "easiest way",
    "simplest way",
    "beste weg",
    "einfachste weg",
    "bedste måde",
    "nemmeste måde",
    "beste måten",
    "enkleste måten",
    "bästa sättet",
    "enklaste sättet",
    "paras tapa",
    "helpoin tapa",
    "labākais veids",
    "vienkāršākais veids",
    "geriausias būdas",
    "paprasčiausias būdas",
    "parim viis",
    "lihtsaim viis",
    "najlepszy sposób",
    "najprostszy sposób",
    "лучший способ",
    "как лучше",
];
