//! The addresses of the mailing lists a bounce mentions. A list's own mail bounces back to its
//! `-bounces` address and quotes the list everywhere (`To: list@…`, `List-Post:`,
//! `X-BeenThere:`, "not accepting mail from list@…"), but the list is never the recipient
//! that failed: these addresses are excluded from the failed ones.

use super::address;

/// Local-part endings and beginnings of a list's administrative addresses (Mailman, Majordomo,
/// ezmlm, Sympa): `list-bounces@`, `owner-list@`, …
const ROLE_SUFFIXES: &[&str] = &["-bounces", "-admin", "-owner", "-request", "-errors"];
const ROLE_PREFIXES: &[&str] = &["owner-"];

/// Headers that name a list's own address.
const LIST_HEADERS: &[&str] = &["list-post", "x-beenthere", "list-owner"];

/// Whether a header called `name` can name a list or its admin address for
/// [`list_addresses`]: a list's own header, or an admin header (in the bounce's `own` headers
/// also the ones a list rewrites). The other headers need not be decoded for it.
pub fn names_list_or_admin(name: &str, own: bool) -> bool {
    let name = name.trim();
    let among = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(name));
    among(LIST_HEADERS)
        || among(&["sender", "errors-to", "return-path"])
        || own && among(&["to", "x-original-to", "delivered-to"])
}

/// The list addresses named by `headers` (name, value) of the bounce and by the header lines
/// its texts and attached originals quote: the `List-Post` / `X-BeenThere` addresses, and the
/// list behind every administrative address (`list-bounces@x` → `list@x`). The bounce's
/// recipient, a quoted original's recipient and the administrative addresses themselves are
/// left to the caller.
pub fn list_addresses<'a>(
    headers: impl Iterator<Item = (&'a str, &'a str)>,
    quoted: &[&str],
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // In the bounce's own headers `To` is the list's bounce address; in a quoted original it is
    // the person the mail was for, who may well be called `jane-admin@…`, so only the headers
    // a list sets count there.
    let mut consider = |name: &str, value: &str, own: bool| {
        if !names_list_or_admin(name, own) {
            return;
        }
        let name = name.trim();
        let list_header = LIST_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(name));
        for a in address::find_all(value) {
            if list_header {
                out.push(a.clone());
            }
            out.extend(list_behind(&a));
        }
    };
    for (name, value) in headers {
        consider(name, value, true);
    }
    for text in quoted {
        for line in text.lines().take(2000) {
            let line = line.trim_start_matches(['>', ' ', '\t']);
            if let Some((name, value)) = line.split_once(':')
                && !name.contains(' ')
            {
                consider(name, value, false);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The list an administrative address belongs to: `gpc-talk-bounces@grizz.org` →
/// `gpc-talk@grizz.org` (also with a VERP tag: `list-bounces+a=b.c@x`).
fn list_behind(addr: &str) -> Option<String> {
    let (local, domain) = addr.rsplit_once('@')?;
    let local = local.split('+').next().unwrap_or(local);
    let base = ROLE_SUFFIXES
        .iter()
        .find_map(|s| local.strip_suffix(s))
        .or_else(|| ROLE_PREFIXES.iter().find_map(|p| local.strip_prefix(p)))
        .filter(|b| !b.is_empty())?;
    Some(format!("{base}@{domain}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lists_own_and_administrative_addresses_are_found() {
        let headers = [
            ("To", "<xxx-bounces@lists.example.com>"),
            ("From", "MAILER-DAEMON@aol.com"),
        ];
        let quoted = "Received: from x\n>List-Post: <mailto:python-list@python.org>\nX-BeenThere: gpc-talk@grizz.org\nTo: Jane <jane-admin@example.lv>\n";
        let found = list_addresses(headers.into_iter(), &[quoted]);
        assert_eq!(
            found,
            [
                "gpc-talk@grizz.org",
                "python-list@python.org",
                "xxx@lists.example.com",
            ]
        );
        assert_eq!(
            list_behind("owner-members@x.test").as_deref(),
            Some("members@x.test")
        );
        assert_eq!(list_behind("anna@example.lv"), None);
        assert_eq!(list_behind("-bounces@x.test"), None);
    }
}
