//! Cyrillic letters in Latin ones: the one table regbot reads Russian names through. Two uses
//! want two spellings of the same letters: an address spells a name as people write it in
//! mail ("Щукин" → "shchukin@"), a badge compares names by a rough skeleton where "х" and "h",
//! "ц" and "c" must meet whatever the transliteration ("Kharitonov" / "Haritonov").

/// Which Latin spelling a Cyrillic letter takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// As mail addresses write Russian names: "kh", "ts", "shch", "y" for "й" and "ы", "yu",
    /// "ya".
    Address,
    /// One short spelling per letter, for comparing names' consonant skeletons: "h", "c",
    /// "sh" for "щ", "i" for "й" and "ы", "iu", "ia".
    Skeleton,
}

/// A lowercase Russian letter in Latin letters in `style`; "" for the soft and hard signs and
/// for any other character (callers decide what to do with those).
pub fn latin(c: char, style: Style) -> &'static str {
    let address = style == Style::Address;
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' | 'ы' if address => "y",
        'й' | 'ы' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' if address => "kh",
        'х' => "h",
        'ц' if address => "ts",
        'ц' => "c",
        'ч' => "ch",
        'ш' => "sh",
        'щ' if address => "shch",
        'щ' => "sh",
        'ю' if address => "yu",
        'ю' => "iu",
        'я' if address => "ya",
        'я' => "ia",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letters_that_differ_between_the_two_styles() {
        for (c, address, skeleton) in [
            ('й', "y", "i"),
            ('ы', "y", "i"),
            ('х', "kh", "h"),
            ('ц', "ts", "c"),
            ('щ', "shch", "sh"),
            ('ю', "yu", "iu"),
            ('я', "ya", "ia"),
        ] {
            assert_eq!(latin(c, Style::Address), address, "{c}");
            assert_eq!(latin(c, Style::Skeleton), skeleton, "{c}");
        }
    }

    #[test]
    fn the_other_letters_are_the_same_in_both_styles() {
        let differ = "йыхцщюя";
        for c in ('а'..='я').chain(['ё']).filter(|c| !differ.contains(*c)) {
            assert_eq!(latin(c, Style::Address), latin(c, Style::Skeleton), "{c}");
        }
        assert_eq!(latin('ш', Style::Address), "sh");
        assert_eq!(latin('ё', Style::Skeleton), "e");
        // Near misses: signs and non-Russian letters have no spelling in either style.
        for c in ['ь', 'ъ', 'і', 'q', 'Щ'] {
            assert_eq!(latin(c, Style::Address), "", "{c}");
            assert_eq!(latin(c, Style::Skeleton), "", "{c}");
        }
    }
}
