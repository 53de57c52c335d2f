//! Form lines: `Field: value` as people fill in an announcement's list ("Name: …",
//! "Organizācija: …"), in any of the region's languages. Regbot's own placeholders quoted back
//! ("(not given)") are never values.

use super::super::lexicon::fields::KEYS;
use super::super::lexicon::is_placeholder;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Name,
    Organisation,
    Country,
    Experience,
    Email,
}

/// A `Key: value` line of a form ("Name: Agnese Zālīte", "- Organisation: …").
pub fn field_line(line: &str) -> Option<(Key, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key
        .trim()
        .trim_start_matches(['-', '*', '•', '>'])
        .trim()
        .to_lowercase();
    let value = value.trim().trim_end_matches([',', ';']).trim();
    // Regbot's own "(not given)" quoted back is no value.
    if value.is_empty() || key.chars().count() > 40 || is_placeholder(value) {
        return None;
    }
    KEYS.iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(k, _)| (*k, value))
}
