//! Fields of the person a message is about: name, email, organisation, country, experience.
//!
//! Sources, most trustworthy first: `Field: value` lines in any of the region's languages, the
//! signature block (name line, then organisation; job titles, places and contact lines skipped),
//! the From header. Registrations on someone else's behalf and forwarded registrations are
//! about that other person.

//!
//! One file per source: [`form`] lines, the [`signature`], the [`organisation`] and
//! [`country`] stated in running text, and [`experience`]. Registrations on someone's behalf
//! are read in `understand::behalf`.

mod badge;
mod country;
pub mod cyrillic;
mod experience;
mod form;
pub mod names;
mod nominative;
mod org_line;
mod organisation;
pub mod person_case;
mod signature;
mod signed_names;
mod spelling;
mod stated;
mod subject;
mod tenure;

pub use country::stated_country;
pub use experience::experience;
pub use form::{Key, field_line, other_person};
pub use signature::{
    Signature, has_org_word, is_sign_off, is_title_word, looks_like_name, signature,
};
pub use spelling::restore_spelling;
pub use stated::{Stated, stated, stated_given_name};
pub use subject::{country_in_subject, organisation_in_subject};

use super::countries::country_named;
use super::lexicon::fields::LEGAL_FORMS;
use super::{Participant, Source};
use experience::experience_in_text;
use organisation::inline_organisation;

/// Strips quotes, "via …" and addresses from a display name.
pub fn clean_name(name: &str) -> Option<String> {
    let mut n = name
        .trim()
        .trim_matches(['"', '\'', ' '])
        .trim()
        .to_string();
    if let Some(i) = n.to_lowercase().find(" via ") {
        n = n.get(..i).unwrap_or("").trim().to_string();
    }
    if let Some(i) = n.find(" (") {
        n = n.get(..i).unwrap_or("").trim().to_string();
    }
    // "Netzwerk Logistik BB | Kowalski-Brandt": the organisation beside the person.
    if n.contains(" | ")
        && let Some(person) = n
            .split(" | ")
            .map(str::trim)
            .find(|p| !p.is_empty() && !signature::has_org_word(p))
    {
        n = person.to_string();
    }
    let n = n.trim_matches(['"', '\'', ' ']).to_string();
    if n.is_empty() || n.contains('@') {
        None
    } else {
        Some(n)
    }
}

/// An address written in the text, lowercased domain.
pub fn find_email(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | '"' | '[' | ']'))
        .map(|t| t.trim_matches(['.', ':']))
        .find(|t| {
            let mut parts = t.split('@');
            matches!((parts.next(), parts.next(), parts.next()), (Some(l), Some(d), None) if !l.is_empty() && d.contains('.') && !d.starts_with('.'))
        })
        .map(normalise_email)
}

pub fn normalise_email(addr: &str) -> String {
    match addr.rsplit_once('@') {
        Some((l, d)) => format!("{l}@{}", d.to_lowercase()),
        None => addr.to_string(),
    }
}

/// The sender's message without what follows their sign-off (name, titles, address, legal
/// footers, often in another language than the message). The whole text when there is no
/// sign-off or too little before it.
pub fn before_sign_off(text: &str) -> &str {
    let mut offset = 0;
    let mut cut = None;
    for line in text.split_inclusive('\n') {
        if is_sign_off(line) {
            cut = Some(offset);
        }
        offset += line.len();
    }
    match cut.and_then(|c| text.get(..c)) {
        Some(head) if head.chars().filter(|c| c.is_alphabetic()).count() >= 20 => head,
        _ => text,
    }
}

/// The signature of a person writing from their organisation's shared mailbox: the From name
/// `from` names an organisation ("Latvijas Koka klasteris <info@…>"), and the signature, read
/// without it, names another person above that organisation.
fn shared_mailbox(whole: &str, from: &str) -> Option<Signature> {
    // "Marketing EkoPak": a department's word beside the organisation's name.
    let from_l = from.trim().to_lowercase();
    let department = from_l
        .split_whitespace()
        .any(|w| names::MAILBOX_WORDS.contains(&w));
    if !signature::has_org_word(from) && !department {
        return None;
    }
    let sig = signature(whole, &[]);
    let org_l = sig.organisation.as_deref()?.to_lowercase();
    let rest: Vec<&str> = from_l
        .split_whitespace()
        .filter(|w| !names::MAILBOX_WORDS.contains(w))
        .collect();
    // A department's word alone ("Buhalterija", "Księgowość") names no person and no other
    // organisation: the signature's is the sender's.
    let same_organisation = !org_l.is_empty()
        && (org_l.contains(&from_l)
            || from_l.contains(&org_l)
            || (department && rest.is_empty())
            || (department
                && rest
                    .iter()
                    .all(|w| w.chars().count() >= 3 && org_l.contains(w))));
    // "FotoMirklis" / SIA "FotoMirklis", "Biuro Tłumaczeń Lingua Baltica" / Lingua Baltica
    // Sp. z o.o.: the words that make the name, legal forms and quotes aside, are the same.
    let same_organisation = same_organisation || same_name_words(from, &org_l);
    let person = sig
        .name
        .as_deref()
        .is_some_and(|n| n.split_whitespace().count() >= 2 && !names::same_person(n, from));
    (same_organisation && person).then_some(sig)
}

/// The words that make an organisation's name: lowercase, without quotes, legal forms
/// ("SIA", "Sp. z o.o.") and a mailbox's words, at least three letters long.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| {
            w.chars().count() >= 3
                && !LEGAL_FORMS.contains(&w.as_str())
                && !names::MAILBOX_WORDS.contains(&w.as_str())
        })
        .collect()
}

/// Whether the From name and the signature's organisation `org_l` name one organisation: the
/// words of one are all in the other.
fn same_name_words(from: &str, org_l: &str) -> bool {
    let from_words = name_words(from);
    let org_words = name_words(org_l);
    let within = |a: &[String], b: &[String]| !a.is_empty() && a.iter().all(|w| b.contains(w));
    within(&from_words, &org_words) || within(&org_words, &from_words)
}

/// Fills the participant from form fields, the signature and running text, noting where each
/// value came from.
pub fn extract(own: &str, signature_text: &str, from_name: Option<&str>) -> Participant {
    let own = &*super::decode::head_and_tail(
        own,
        super::decode::FIELDS_READ_BYTES,
        super::decode::SIGNATURE_TAIL_BYTES,
    );
    let signature_text = super::decode::cut_str(signature_text, 4 * 1024);
    let whole = if signature_text.is_empty() {
        own.to_string()
    } else {
        format!("{own}\n\n{signature_text}")
    };
    // A shared mailbox (info@, office@) shows the organisation as the From name; the person
    // who writes signs with their own name above it. Then the From name is no person's.
    let shared = from_name.and_then(|from| shared_mailbox(&whole, from));
    let from_name = if shared.is_some() { None } else { from_name };
    let mut p = Participant::default();
    let mut town_country = None;
    for line in own.lines().chain(signature_text.lines()) {
        let Some((key, value)) = field_line(line) else {
            continue;
        };
        match key {
            Key::Name if p.name.is_none() => {
                p.name = clean_name(value).map(|n| names::natural(&n));
                p.sources.name = p.name.as_ref().map(|_| Source::FormLine);
            }
            Key::Organisation if p.organisation.is_none() => {
                p.organisation = Some(value.into());
                p.sources.organisation = Some(Source::FormLine);
            }
            Key::Country if p.country.is_none() => {
                p.country = country_named(value).or_else(|| {
                    let v = value.trim().to_uppercase();
                    (v.len() == 2 && v.chars().all(|c| c.is_ascii_uppercase())).then_some(v)
                });
                p.sources.country = p.country.as_ref().map(|_| Source::FormLine);
            }
            Key::Experience if p.experience.is_none() => {
                p.experience = experience(value);
                p.sources.experience = p.experience.map(|_| Source::FormLine);
            }
            Key::Email if p.email.is_none() => {
                p.email = find_email(value);
                p.sources.email = p.email.as_ref().map(|_| Source::FormLine);
            }
            Key::Town if town_country.is_none() => {
                town_country = signature::place_country(value);
            }
            _ => {}
        }
    }
    // "Pilsēta: Rīga", "Adresas: Laisvės al. 10, LT-44240 Kaunas": a country line wins.
    if p.country.is_none() && town_country.is_some() {
        p.country = town_country;
        p.sources.country = Some(Source::FormLine);
    }
    // "The badge should read …": the sender's own name as they ask for it wins over the
    // signature and the From header.
    if p.name.is_none()
        && let Some(asked) = badge::asked_for(own, from_name)
    {
        p.name = Some(names::natural(&asked));
        p.sources.name = Some(Source::RunningText);
    }
    let known: Vec<&str> = from_name.into_iter().chain(p.name.as_deref()).collect();
    let sig = shared.unwrap_or_else(|| signature(&whole, &known));
    // "FotoMirklis" over a signature of Roberts Eglītis, SIA "FotoMirklis": a company's
    // mailbox without a word that tells it, found by its signature.
    let from_name = from_name.filter(|from| {
        let company = sig
            .organisation
            .as_deref()
            .is_some_and(|o| same_name_words(from, &o.to_lowercase()));
        let person = sig
            .name
            .as_deref()
            .is_some_and(|n| n.split_whitespace().count() >= 2 && !names::same_person(n, from));
        !(company && person)
    });
    // The signature is how the person presents themselves; running text may inflect the
    // name ("pārstāvu … federāciju"), so it only fills a gap.
    let sig = if sig.organisation.is_none() {
        let inline = signature::inline_signature(own, &known);
        Signature {
            organisation: inline.organisation,
            country: sig.country.or(inline.country),
            name: sig.name.or(inline.name),
        }
    } else {
        sig
    };
    // The place right after an organisation stated in running text ("I'm from X, Kraków").
    let mut stated_place = None;
    if p.organisation.is_none() {
        if sig.organisation.is_some() {
            p.organisation = sig.organisation;
            p.sources.organisation = Some(Source::Signature);
        } else if let Some((org, country)) = inline_organisation(own) {
            p.organisation = Some(org);
            p.sources.organisation = Some(Source::RunningText);
            stated_place = country;
        }
    }
    // "Oulun ICT-klusteri, Oulu", "Analytiker, Klyngeanalyse ApS": the name alone; the place
    // after it says the country when nothing else does.
    let mut org_place = None;
    if let Some(org) = p.organisation.take() {
        match org_line::tidy(&org) {
            Some((name, place)) => {
                p.organisation = Some(name);
                org_place = place;
            }
            None => p.sources.organisation = None,
        }
    }
    if p.country.is_none() {
        if sig.country.is_some() {
            p.country = sig.country;
            p.sources.country = Some(Source::Signature);
        } else if let Some(signed) = country::place_in_inline_sign_off(own) {
            p.country = Some(signed);
            p.sources.country = Some(Source::Signature);
        } else {
            p.country = stated_place.or_else(|| stated_country(own));
            p.sources.country = p.country.as_ref().map(|_| Source::RunningText);
        }
    }
    if p.country.is_none() && org_place.is_some() {
        p.country = org_place;
        p.sources.country = p.sources.organisation;
    }
    if p.name.is_none()
        && let Some(signed) = sig.name.as_deref()
    {
        // The signed name wins over the From header when both are one person written
        // differently ("Weiss, Juergen" / "Jürgen Weiß"); another person's signature (an
        // assistant's) does not replace the sender.
        match from_name {
            Some(from)
                if names::same_person(signed, from)
                    || badge::same_in_any_alphabet(signed, from)
                    || names::shorter_form_of(from, signed) =>
            {
                let name = names::better(signed, from);
                let from_header = name == names::natural(from);
                p.name = Some(name);
                p.sources.name = Some(if from_header {
                    Source::FromHeader
                } else {
                    Source::Signature
                });
            }
            Some(_) => {}
            None => {
                p.name = Some(names::natural(signed));
                p.sources.name = Some(Source::Signature);
            }
        }
    }
    // "Bērziņš Jānis" in the header, "Jānis" under the mail: the first name signed says
    // which word is the given name.
    if p.sources.name.is_none()
        && let Some(from) = from_name
        && let Some(turned) = signed_names::turned_by_signed_first_name(from, own)
    {
        p.name = Some(turned);
        p.sources.name = Some(Source::FromHeader);
    }
    // "Nielsen, Mette" in the header, "Mette Holm Nielsen" signed: the fuller form.
    if p.sources.name.is_none()
        && let Some(from) = from_name
        && let Some(fuller) = signed_names::fuller_signed_form(from, own)
    {
        p.name = Some(fuller);
        p.sources.name = Some(Source::Signature);
    }
    if p.experience.is_none() {
        p.experience = experience_in_text(own);
        p.sources.experience = p.experience.map(|_| Source::RunningText);
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::Experience;

    #[test]
    fn form_fields_in_several_languages() {
        let p = extract(
            "Vārds: Agnese Zālīte\nOrganizācija: Latvian Wood Cluster\nValsts: Latvija\nPieredze: vairāku gadu",
            "",
            None,
        );
        assert_eq!(p.name.as_deref(), Some("Agnese Zālīte"));
        assert_eq!(p.organisation.as_deref(), Some("Latvian Wood Cluster"));
        assert_eq!(p.country.as_deref(), Some("LV"));
        assert_eq!(p.experience, Some(Experience::Experienced));
    }

    #[test]
    fn a_shared_mailbox_named_after_the_organisation_is_signed_by_the_writer() {
        for (text, from, name, org) in [
            (
                "Please register me for the workshop.\n\nBest regards,\nTomas Berg\nProject Manager\nNordic Wood Cluster\nStorgatan 4, Umeå",
                "Nordic Wood Cluster",
                "Tomas Berg",
                "Nordic Wood Cluster",
            ),
            (
                "Bitte melden Sie mich an.\n\nViele Grüße\nJana Voigt\nNetzwerk Maritime Wirtschaft e.V.",
                "Netzwerk Maritime Wirtschaft",
                "Jana Voigt",
                "Netzwerk Maritime Wirtschaft e.V.",
            ),
        ] {
            let p = extract(text, "", Some(from));
            assert_eq!(p.name.as_deref(), Some(name), "{text}");
            assert_eq!(p.sources.name, Some(Source::Signature));
            assert_eq!(p.organisation.as_deref(), Some(org), "{text}");
        }
        // A department's mailbox named with the organisation.
        let p = extract(
            "Czy można wystawić stoisko?\n\nZ poważaniem\nMonika Jabłońska\nAgroPak Mazowsze Sp. z o.o.\nWarszawa",
            "",
            Some("Marketing AgroPak"),
        );
        assert_eq!(p.name.as_deref(), Some("Monika Jabłońska"));
        // A department's word alone: accounting, sales.
        for (text, from, name) in [
            (
                "Ar reikės mokėti dalyvio mokestį?

Su pagarba
Jolanta Kerienė
vyr. buhalterė
Lietuvos baldų klasteris",
                "Buhalterija",
                "Jolanta Kerienė",
            ),
            (
                "Pakume nimesilte.

Lugupidamisega
Ott Laur
müügijuht
Print24 OÜ
Tallinn",
                "Print24 müük",
                "Ott Laur",
            ),
        ] {
            let p = extract(text, "", Some(from));
            assert_eq!(p.name.as_deref(), Some(name), "{text}");
        }
        // Near miss: a person whose surname is a department's word elsewhere.
        let p = extract(
            "Kan vi få en faktura?\n\nHilsen\nAnna Salg\nOslo Cleantech Cluster AS",
            "",
            Some("Anna Salg"),
        );
        assert_eq!(p.name.as_deref(), Some("Anna Salg"));
        // A person's own mailbox: the From name stays the sender's.
        let p = extract(
            "Count me in.\n\nRegards,\nOla Parker\nBaltic Food Cluster",
            "",
            Some("Ola Parker"),
        );
        assert_eq!(p.name.as_deref(), Some("Ola Parker"));
        assert_eq!(p.sources.name, Some(Source::FromHeader));
        assert_eq!(p.organisation.as_deref(), Some("Baltic Food Cluster"));
    }

    #[test]
    fn a_company_mailbox_without_a_telling_word_is_found_by_its_signature() {
        for (text, from, name) in [
            (
                "Piedāvājam pasākumu fotografēšanu.\n\nAr cieņu,\nIlmārs Kalns\nSIA \"Zibsnis\", Rīga\n+371 2000 0000",
                "Zibsnis",
                "Ilmārs Kalns",
            ),
            (
                "Oferujemy tłumaczenia.\n\nPozdrawiam\nAgata Wróbel\nLinguaNord Sp. z o.o., Gdańsk",
                "Biuro Tłumaczeń LinguaNord",
                "Agata Wróbel",
            ),
            (
                "Pakume bussivedu.\n\nParimat,\nTarmo Kask\nOÜ Nordic Coach Lines, Tallinn",
                "Nordic Coach Lines",
                "Tarmo Kask",
            ),
            (
                "Uprzejmie proszę o rejestrację Pana Prezesa.\n\nZ poważaniem\nIrena Sowa\nAsystentka Zarządu\nKlaster Drzewny Podlasie",
                "Biuro Zarządu",
                "Irena Sowa",
            ),
        ] {
            let p = extract(text, "", Some(from));
            assert_eq!(p.name.as_deref(), Some(name), "{text}");
            assert_eq!(p.sources.name, Some(Source::Signature), "{text}");
        }
        // Near miss: a person whose company carries her surname signs as herself.
        let p = extract(
            "Please register me.\n\nBest regards,\nAnna Holm\nHolm Consulting AB, Malmö",
            "",
            Some("Anna Holm"),
        );
        assert_eq!(p.name.as_deref(), Some("Anna Holm"));
        assert_eq!(p.sources.name, Some(Source::FromHeader));
    }

    #[test]
    fn a_municipality_after_a_job_title_is_the_organisation() {
        for (text, org) in [
            (
                "Er workshoppen relevant for mig?\n\nVenlig hilsen\nLouise Krogh\nErhvervskonsulent, Næstved Kommune",
                "Næstved Kommune",
            ),
            (
                "Onko ohjelma englanniksi?\n\nOuti Järvinen\nelinkeinoasiantuntija, Porin kaupunki",
                "Porin kaupunki",
            ),
        ] {
            let p = extract(text, "", None);
            assert_eq!(p.organisation.as_deref(), Some(org), "{text}");
        }
        // Near miss: "Kommunikationschef" is a job title, not a municipality.
        let p = extract(
            "Jag anmäler mig.\n\nHälsningar\nEva Lind\nKommunikationschef\nUppsala Biokluster",
            "",
            Some("Eva Lind"),
        );
        assert_eq!(p.organisation.as_deref(), Some("Uppsala Biokluster"));
    }

    #[test]
    fn an_organisation_line_keeps_the_name_and_gives_the_country_of_its_place() {
        for (text, org, country) in [
            (
                "Ilmoittaudun.\nOrganisaatio: Oulun ICT-klusteri, Oulu\n",
                "Oulun ICT-klusteri",
                Some("FI"),
            ),
            (
                "Jeg melder meg på.\nNavn: Kari Holm\nOrganisasjon: Havteknologiklyngen\n",
                "Havteknologiklyngen",
                None,
            ),
            (
                "Jag kommer gärna.\n\nHälsningar\nElin Berg\nKlusterledare, Norrlands Träkluster\n",
                "Norrlands Träkluster",
                None,
            ),
            (
                "Count me in.\n\nBest,\nTom Reed\nHumber Energy Cluster, Hull, UK\n",
                "Humber Energy Cluster",
                Some("GB"),
            ),
        ] {
            let p = extract(text, "", None);
            assert_eq!(p.organisation.as_deref(), Some(org), "{text}");
            if country.is_some() {
                assert_eq!(p.country.as_deref(), country, "{text}");
            }
        }
        // A thank-you on the last line of a mail without a sign-off names no organisation.
        let p = extract(
            "Kleine Korrektur: ich schreibe mich Hanne-Lore Schütt.\nDanke!",
            "",
            Some("Hanne-Lore Schütt"),
        );
        assert_eq!(p.organisation, None);
        assert_eq!(p.sources.organisation, None);
    }

    #[test]
    fn display_names_are_cleaned() {
        assert_eq!(
            clean_name("\"Jane Doe via LinkedIn\"").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(clean_name("jane@example.com"), None);
        assert_eq!(
            clean_name("Hafencluster Kiel | Petersen-Lund").as_deref(),
            Some("Petersen-Lund")
        );
    }
}
