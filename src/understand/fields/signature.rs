//! The signature block: the lines after a sign-off, or the lines from the sender's name line
//! on. The usual shape is the name, then one or two job-title lines, then the organisation,
//! then the address or city and country, then contact lines; a phone client squeezes it into
//! one line ("Name | Title | Organisation | City"). Titles are told from organisations by
//! their words (a title line says "Manager", an organisation line "Cluster", "ry", "GmbH").

mod lines;

pub use lines::has_org_word;
use lines::{is_address_line, is_contact_line, is_department_part, is_town_and_region};
pub use lines::{is_compound_title, is_title_word, looks_like_name};
pub(super) use lines::{is_title_line, place_country};

use super::super::countries::is_place_line;
use super::super::lexicon::fields::{DEPARTMENT_WORDS, SIGN_OFFS};
use super::super::phrases::AnyOf;
use super::badge::{has_cyrillic, same_in_any_alphabet};
use super::names::{self, is_first_name_of, same_person};

static SIGN_OFFS_ANY: AnyOf = AnyOf::new(SIGN_OFFS);

/// The sign-offs the lowercase `lower` holds, in the list's order, each with where it last
/// stands in it: the one home of sign-off finding, for a sign-off line ("Ar cieņu,") and for
/// one written inside a line ("… mvh anders, aalborg"). Most lines hold none: one pass of an
/// automaton tells before each sign-off is looked for.
pub fn sign_offs_in(lower: &str) -> impl Iterator<Item = (&'static str, usize)> + '_ {
    let any = SIGN_OFFS_ANY.in_text(lower);
    SIGN_OFFS
        .iter()
        .take_while(move |_| any)
        .filter_map(move |s| lower.rfind(s).map(|at| (*s, at)))
}

/// The sign-offs the lowercase line `lower` starts with, in the list's order.
fn sign_offs_leading(lower: &str) -> impl Iterator<Item = &'static str> + '_ {
    let any = SIGN_OFFS_ANY.in_text(lower);
    SIGN_OFFS
        .iter()
        .take_while(move |_| any)
        .filter(move |s| lower.starts_with(**s))
        .copied()
}

/// A sign-off line: "Best regards", "Ar cieņu,", "Viele Grüße aus Hamburg".
pub fn is_sign_off(line: &str) -> bool {
    let t = line.trim().trim_end_matches([',', '.', '!', '-']).trim();
    // Lower-casing never shortens a text: a long line is no sign-off before it is lowered.
    if t.chars().count() > 45 {
        return false;
    }
    let l = t.to_lowercase();
    if l.chars().count() > 45 {
        return false;
    }
    sign_offs_leading(&l).any(|s| {
        l == s
            || l.strip_prefix(s).is_some_and(|rest| {
                // "Viele Grüße aus Hamburg", "Hälsningar från Malmö": a place may follow.
                rest.starts_with(' ') && rest.split_whitespace().count() <= 3
            })
    })
}

/// What a signature block says.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Signature {
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
}

/// Whether `line` names the sender: one of the `known` names spelled any way, or their first
/// name alone.
fn names_sender(line: &str, known: &[&str]) -> bool {
    let named = |l: &str| {
        known.iter().any(|k| {
            !k.is_empty()
                && (same_person(l, k)
                    || is_first_name_of(l, k)
                    || (has_cyrillic(l) != has_cyrillic(k) && same_in_any_alphabet(l, k)))
        })
    };
    // "Олег Никитин, директор", "Ewa Nowak, Słupsk": the name with the job title or the
    // town after a comma.
    named(line)
        || line.split_once(',').is_some_and(|(name, after)| {
            (is_title_line(after.trim()) || is_place_line(after.trim())) && named(name.trim())
        })
}

/// Where the signature starts in `lines`: after the last sign-off near the end, else at the
/// last line near the end that names the sender or looks like a name followed only by short
/// lines.
fn block_start(lines: &[&str], known: &[&str]) -> Option<usize> {
    let near = lines.len().saturating_sub(16);
    if let Some(i) = lines
        .iter()
        .rposition(|l| is_sign_off(l) || name_on_sign_off(l, known).is_some())
        && i >= near
    {
        return Some(i + 1);
    }
    // The lines after a name are short up to the next blank line: a legal notice may follow
    // the signature after one ("Šis e-pasts un tā pielikumi var saturēt …").
    let short_after = |i: usize| {
        lines
            .get(i + 1..)
            .unwrap_or(&[])
            .iter()
            .take_while(|l| !l.is_empty())
            .all(|l| l.split_whitespace().count() <= 10)
    };
    let line = |i: usize| lines.get(i).copied().unwrap_or("");
    (near..lines.len())
        .rev()
        .find(|&i| {
            // "Andris Bērziņš | Projektu vadītājs | Latvijas IT klasteris": a phone's one-line
            // signature is read by its head.
            let head = line(i).split(['|', '·', '•']).next().unwrap_or("").trim();
            names_sender(head, known) && head.split_whitespace().count() <= 5 && short_after(i)
        })
        .or_else(|| {
            (near..lines.len())
                .rev()
                .find(|&i| looks_like_name(line(i)) && short_after(i))
        })
}

/// A line without the slash that signs a Scandinavian mail in place of a sign-off word:
/// "/Anders Lind", "/Kari". A slash before anything but a capital ("/ 2 dager", "/home") stays.
fn without_slash_mark(line: &str) -> &str {
    match line.strip_prefix('/') {
        Some(rest) if rest.chars().next().is_some_and(char::is_uppercase) => rest,
        _ => line,
    }
}

/// The sender's name written on the sign-off's own line: "Hilsen Kari Haugen", "Best, Tom
/// Reed", "Thanks, Peter Whitcombe". A place after the sign-off ("Grüße aus Kiel") is none.
fn name_on_sign_off(line: &str, known: &[&str]) -> Option<String> {
    let t = line.trim().trim_end_matches(['.', '!']);
    if t.chars().count() > 60 {
        return None;
    }
    // Lowercased once for the line: most sign-offs are ruled out by it before their own test.
    let lower = t.to_lowercase();
    sign_offs_leading(&lower).find_map(|s| {
        let head = t.get(..s.len())?;
        let rest = t.get(s.len()..)?;
        if head.to_lowercase() != s || !rest.starts_with([' ', ',']) {
            return None;
        }
        let rest = rest.trim_start_matches([',', ' ']).trim();
        (names_sender(rest, known) || looks_like_name(rest)).then(|| rest.to_string())
    })
}

/// Reads the signature block at the end of `text`. `known` are the names the sender is known
/// by (From display name, a form line's name).
pub fn signature(text: &str, known: &[&str]) -> Signature {
    // A forwarded message below is someone else's: its sign-off does not start the sender's
    // block ("-------- Pārsūtīts ziņojums --------", then the invitation's "Best regards").
    let lines: Vec<&str> = text
        .lines()
        .map(|l| without_slash_mark(l.trim()))
        .take_while(|l| !super::super::reply::is_forward_marker(l))
        .collect();
    let mut sig = Signature::default();
    let Some(start) = block_start(&lines, known) else {
        return sig;
    };
    // Pipes and middle dots separate the parts of a one-line signature.
    let numbered: Vec<(usize, &str)> = lines
        .get(start..)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .flat_map(|(n, l)| l.split(['|', '·', '•']).map(move |p| (n, p.trim())))
        .filter(|(_, l)| !l.is_empty())
        .take(12)
        .collect();
    let parts: Vec<&str> = numbered.iter().map(|(_, p)| *p).collect();
    // The line each candidate stands on: two names on one line split by a pipe are the
    // organisation in two languages ("Klaster X | X Cluster"), the mail's language first.
    let mut candidate_lines: Vec<usize> = Vec::new();
    let mut candidates: Vec<String> = Vec::new();
    let mut seen_name = false;
    if let Some(signed) = start
        .checked_sub(1)
        .and_then(|i| lines.get(i))
        .and_then(|l| name_on_sign_off(l, known))
    {
        seen_name = true;
        if signed.split_whitespace().count() >= 2 {
            sig.name = Some(signed);
        }
    }
    for (k, part) in parts.iter().enumerate() {
        let line_no = numbered.get(k).map_or(k, |(n, _)| *n);
        // "Dział Marketingu": the department, above the person and the institution.
        let department = part
            .split_whitespace()
            .next()
            .is_some_and(|w| DEPARTMENT_WORDS.contains(&w.to_lowercase().as_str()));
        if department || is_sign_off(part) || super::super::reply::is_mobile_signature(part) {
            continue;
        }
        // "Best,\nKasia": a single word first after the sign-off is what the sender calls
        // themselves, not an organisation.
        let nickname = !seen_name
            && candidates.is_empty()
            && part.split_whitespace().count() == 1
            && part.chars().all(char::is_alphabetic)
            && part.chars().next().is_some_and(char::is_uppercase)
            && !has_org_word(part);
        let is_name = names_sender(part, known)
            || nickname
            || (!seen_name && candidates.is_empty() && looks_like_name(part));
        if is_name && part.split_whitespace().count() <= 5 {
            // "Олег Никитин, директор": the name without the title; "Ewa Nowak, Słupsk":
            // without the town, which gives the country.
            let name = match part.split_once(',') {
                Some((name, title)) if is_title_line(title.trim()) => name,
                Some((name, town)) if is_place_line(town.trim()) => {
                    if sig.country.is_none() {
                        sig.country = place_country(town.trim());
                    }
                    name
                }
                _ => part,
            };
            if name.split_whitespace().count() >= 2 && sig.name.is_none() {
                sig.name = Some(name.trim_end_matches([',', '.', ';']).to_string());
            }
            seen_name = true;
            continue;
        }
        if is_contact_line(part) && !is_address_line(part) {
            continue;
        }
        // "Halle (Saale)", "Frankfurt (Oder)": the river that tells two towns apart.
        let town = without_bracket(part);
        if is_place_line(part) || is_address_line(part) || is_town_and_region(part) {
            if sig.country.is_none() {
                sig.country = part.split(',').rev().find_map(|p| place_country(p.trim()));
            }
            continue;
        }
        if town != *part
            && town.split_whitespace().count() <= 2
            && !has_org_word(part)
            && let Some(country) = place_country(part)
        {
            sig.country = sig.country.take().or(Some(country));
            continue;
        }
        // A form's label left alone on its line ("Iestāde", "Org.") names no organisation.
        if super::field_line(&format!("{part}: x")).is_some() {
            continue;
        }
        // "Projektledare, Sydsvenska Livsmedelsklustret", "Havbruksklyngen Nord, daglig
        // leder": the job and the organisation on one line.
        if let Some(org) = org_beside_title(part) {
            candidates.push(org.to_string());
            candidate_lines.push(line_no);
            continue;
        }
        if is_title_line(part) {
            continue;
        }
        if part.split_whitespace().count() <= 8
            && part.chars().next().is_some_and(|c| c.is_alphanumeric())
        {
            // "VD, Lund Marin Teknik AB": a job title before a comma is no part of the name,
            // nor a department ("Klyngesekretariatet, Robotklynge Fyn").
            let part = match part.split_once(", ") {
                Some((title, rest))
                    if (is_title_line(title)
                        || (is_department_part(title) && has_org_word(rest))
                        || ["vd", "md", "gf", "adm. dir."]
                            .contains(&title.trim().to_lowercase().as_str()))
                        && !rest.is_empty()
                        && !is_place_line(rest) =>
                {
                    rest
                }
                _ => part,
            };
            // "Aviation Valley, Poland": the trailing place belongs to the address.
            let mut org = (*part).to_string();
            if let Some((head, tail)) = part.rsplit_once(',')
                && is_place_line(tail)
            {
                if sig.country.is_none() {
                    sig.country = place_country(tail);
                }
                org = head.trim().to_string();
            }
            // A single word after the organisation is its town ("Kalmar", "Skive").
            let town = !candidates.is_empty()
                && org.split_whitespace().count() == 1
                && !has_org_word(&org);
            if !town {
                candidates.push(org);
                candidate_lines.push(line_no);
            }
        }
    }
    // The organisation: a line that says so by its words, else the last plain line before
    // the address. A department line comes before its institution ("Centrum Transferu
    // Technologii" / "Politechnika Gdańska"): of two such lines in a row, the second.
    let with_words: Vec<usize> = (0..candidates.len())
        .filter(|&i| candidates.get(i).is_some_and(|c| has_org_word(c)))
        .collect();
    let same_line = |a: usize, b: usize| candidate_lines.get(a) == candidate_lines.get(b);
    let pick = match with_words.as_slice() {
        [first, second, ..] if *second == first + 1 && same_line(*first, *second) => Some(*first),
        [first, second, ..] if *second == first + 1 => Some(*second),
        [first, ..] => Some(*first),
        [] => candidates.len().checked_sub(1),
    };
    sig.organisation = pick.and_then(|i| candidates.get(i)).cloned();
    sig
}

/// A line without a closing bracket's part: "Halle (Saale)" → "Halle".
fn without_bracket(line: &str) -> &str {
    match line.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((head, _)) => head.trim(),
        None => line,
    }
}

/// The organisation of a line that holds a job title and an organisation, split by a comma,
/// in either order.
fn org_beside_title(line: &str) -> Option<&str> {
    let (left, right) = line.split_once(", ")?;
    let (left, right) = (left.trim(), right.trim());
    let org = |o: &str| has_org_word(o) && !is_title_line(o) && !is_place_line(o);
    if is_title_line(left) && org(right) {
        Some(right)
    } else if is_title_line(right) && org(left) {
        Some(left)
    } else {
        None
    }
}

/// A signature squeezed into the sentences of a short mail: "… tack. Mattias Holm, Havsvind
/// Syd AB, Trelleborg", "Hilsen Trond, Klyngen for Fornybar Energi og Hydrogen". The piece
/// right after the sender's name is their organisation when it is no place, title or contact;
/// a place after it gives the country.
pub fn inline_signature(text: &str, known: &[&str]) -> Signature {
    let mut sig = Signature::default();
    // A colon ends the request before the details: "palun registreerige mind: Kerli Mägi,
    // Kagu-Eesti Mahetoidu Klaster, Võru".
    let pieces: Vec<&str> = text
        .split([',', '.', '\n', '!', ';', '|', ':'])
        .flat_map(|p| p.split(" – ").flat_map(|p| p.split(" - ")))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let sender_words = names::name_words(known);
    // Whether the known names are written in Cyrillic (all of them, or none).
    let known_cyrillic = match known.iter().map(|k| has_cyrillic(k)).collect::<Vec<_>>()[..] {
        [] => None,
        [first, ref rest @ ..] => rest.iter().all(|c| *c == first).then_some(first),
    };
    let ends_with_sender = |piece: &str| {
        let words: Vec<&str> = piece.split_whitespace().collect();
        // Most pieces share no word with the sender's name: skip the comparisons for them.
        let tail = words.get(words.len().saturating_sub(3)..).unwrap_or(&[]);
        // "Павел Никитин, …" under "Pavel Nikitin": the name in the other alphabet.
        let other_alphabet = known_cyrillic != Some(has_cyrillic(piece));
        if !other_alphabet && !names::shares_a_word(&tail.join(" "), &sender_words) {
            return None;
        }
        (1..=3.min(words.len())).find_map(|n| {
            let tail = words.get(words.len() - n..)?.join(" ");
            names_sender(&tail, known).then_some((tail, other_alphabet))
        })
    };
    for (i, piece) in pieces.iter().enumerate() {
        if piece.split_whitespace().count() > 4 {
            continue;
        }
        let Some((signed, other_alphabet)) = ends_with_sender(piece) else {
            continue;
        };
        let Some(org) = pieces.get(i + 1) else {
            break;
        };
        // What ends the name's piece: a sentence's end before the next piece ("… on Jüri
        // Õunapuu. Palun parandage nimesildil.") starts a sentence, no signature's next part.
        let sentence_ends = text
            .get(end_in(text, piece)..)
            .and_then(|rest| rest.trim_start_matches([' ', '\t']).chars().next())
            .is_some_and(|c| matches!(c, '.' | '!' | '?'));
        // "… budu oba dnja. Denis Sorokin, Narva": the town signed after the name.
        if !sentence_ends && sig.country.is_none() && is_place_line(org) {
            sig.country = place_country(org);
            continue;
        }
        let capitalised = org.chars().next().is_some_and(char::is_uppercase);
        // "Меня зовут Иван Петров, я из …": a clause of the sender's, not a name.
        let pronoun = org.split_whitespace().next().is_some_and(|w| {
            [
                "я", "мы", "i", "we", "ich", "wir", "jag", "vi", "jeg", "es", "mēs", "aš", "mes",
                "ma", "me", "minä", "olen", "jestem", "ja", "my",
            ]
            .contains(&w.to_lowercase().as_str())
        });
        let plausible = !pronoun
            && (capitalised || has_org_word(org))
            && (!sentence_ends || has_org_word(org))
            && org.split_whitespace().count() <= 8
            && !is_place_line(org)
            && !is_title_line(org)
            && !is_contact_line(org)
            && !is_sign_off(org)
            && !names_sender(org, known)
            && super::field_line(org).is_none()
            && !org.contains(':');
        // A form's label split off at its colon ("Organisation:  (not given)", "Organisation:
        // X, Tartu") is no organisation; a place after it is still the sender's.
        let label = super::field_line(&format!("{org}: x")).is_some();
        if plausible {
            if !label {
                sig.organisation = Some((*org).to_string());
            }
            // The name as the sender signs it, when the header has it in the other alphabet.
            if other_alphabet && signed.split_whitespace().count() >= 2 {
                sig.name = Some(signed);
            }
            // The town may follow the organisation's legal form ("Sp. z o.o., Gdynia", split
            // at the dots), so a few pieces are looked at, places only.
            sig.country = pieces
                .iter()
                .skip(i + 2)
                .take(4)
                .find(|p| is_place_line(p))
                .and_then(|p| place_country(p));
            return sig;
        }
    }
    sig
}

/// Where `piece`, a part of `text` borrowed from it, ends in `text` (its end when it is not).
fn end_in(text: &str, piece: &str) -> usize {
    let start = (piece.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    if start <= text.len() && text.get(start..start + piece.len()) == Some(piece) {
        start + piece.len()
    } else {
        text.len()
    }
}

#[cfg(test)]
mod tests;
