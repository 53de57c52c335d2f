//! Scores understanding on the unseen evaluation set (`tests/eval/`, issue 10): classification,
//! fields, language, participants, review and note on both halves of the mail set, and bounce
//! detection and failed addresses on the bounce collections.
//!
//! The tuning half may be looked at (`EVAL_SHOW=1` lists its misses); the measuring half is only
//! ever scored — its misses are counted, never printed, so nobody tunes on it by accident. Each
//! half fails under a floor set just below what was measured, so a regression is caught. Under
//! `CI=true` missing data fails instead of skipping.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use regbot::understand::{self, Automated, UnderstandConfig, Understanding};
use serde_json::Value;

fn eval_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval")
}

/// The labels of one half, or None after saying why it is skipped (CI fails instead).
fn labels(dir: &Path) -> Option<BTreeMap<String, Value>> {
    let path = dir.join("labels.json");
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(serde_json::from_str(&s).expect("labels.json is JSON")),
        Err(e) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "evaluation data missing under CI: {}: {e}",
                path.display()
            );
            println!("skipped: no evaluation data at {} ({e})", path.display());
            None
        }
    }
}

fn config() -> UnderstandConfig {
    UnderstandConfig {
        own_addresses: vec!["register@event.test".into(), "forum@bluebsr.test".into()],
        own_message_id_domain: Some("event.test".into()),
        places: Vec::new(),
    }
}

/// Case, spacing and diacritics-insensitive comparison key for names and organisations.
fn key(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn str_of(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

#[derive(Default)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }
    fn pct(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            100.0 * self.right as f64 / self.total as f64
        }
    }
    fn show(&self) -> String {
        format!("{}/{} = {:.1} %", self.right, self.total, self.pct())
    }
}

#[derive(Default)]
struct MailScore {
    classification: Tally,
    fields: Tally,
    per_field: BTreeMap<&'static str, Tally>,
    language: Tally,
    participants: Tally,
    review: Tally,
    note: Tally,
    misses: Vec<String>,
}

fn automated_name(a: Option<Automated>) -> Option<String> {
    serde_json::to_value(a).ok().and_then(|v| str_of(&v))
}

/// Compares one understanding with its label.
fn score_mail(name: &str, u: &Understanding, want: &Value, s: &mut MailScore) {
    let mut notes: Vec<String> = Vec::new();

    let want_auto = str_of(&want["automated"]);
    let got_auto = automated_name(u.automated);
    let list = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().filter_map(str_of).collect())
            .unwrap_or_default()
    };
    let want_intents = list(&want["intents"]);
    let optional = list(&want["intents_optional"]);
    let mut got_intents: Vec<String> = u
        .intents
        .iter()
        .filter_map(|i| str_of(&serde_json::to_value(i).unwrap_or_default()))
        .collect();
    got_intents.sort();
    // The README's rule: required ⊆ reported ⊆ required ∪ optional.
    let class_ok = want_auto == got_auto
        && want_intents.iter().all(|w| got_intents.contains(w))
        && got_intents
            .iter()
            .all(|g| want_intents.contains(g) || optional.contains(g));
    s.classification.add(class_ok);
    if !class_ok {
        notes.push(format!(
            "class: got {got_auto:?} {got_intents:?}, want {want_auto:?} {want_intents:?} (optional {optional:?})"
        ));
    }
    if want_auto.is_some() {
        // Automated mail: only `automated` and `intents` are scored.
        if !notes.is_empty() {
            s.misses.push(format!("{name}:\n  {}", notes.join("\n  ")));
        }
        return;
    }

    if let Some(lang) = str_of(&want["language"]) {
        let ok = u.language.as_deref() == Some(lang.as_str());
        s.language.add(ok);
        if !ok {
            notes.push(format!("language: got {:?}, want {lang}", u.language));
        }
    }

    {
        let p = &u.participant;
        let unscored = list(&want["unscored"]);
        let mut field = |label: &'static str, ok: bool, got: String, exp: String| {
            if unscored.iter().any(|x| x == label) {
                return;
            }
            s.fields.add(ok);
            s.per_field.entry(label).or_default().add(ok);
            if !ok {
                notes.push(format!("{label}: got {got}, want {exp}"));
            }
        };
        let wn = str_of(&want["name"]);
        let gn = p.name.clone();
        field(
            "name",
            wn.as_deref().map(key) == gn.as_deref().map(key),
            format!("{gn:?}"),
            format!("{wn:?}"),
        );
        let wo = str_of(&want["organisation"]);
        let contains = str_of(&want["organisation_contains"]);
        let not = list(&want["organisation_not"]);
        let go = p.organisation.clone();
        let org_ok = match (&wo, &go) {
            (None, None) => true,
            (Some(w), Some(g)) => {
                key(g) == key(w)
                    || (contains
                        .as_deref()
                        .is_some_and(|c| key(g).contains(&key(c)))
                        && !not.iter().any(|n| key(g).contains(&key(n))))
            }
            _ => false,
        };
        field("organisation", org_ok, format!("{go:?}"), format!("{wo:?}"));
        let wc = str_of(&want["country"]);
        field(
            "country",
            wc == p.country,
            format!("{:?}", p.country),
            format!("{wc:?}"),
        );
        let wx = str_of(&want["experience"]);
        let gx = p
            .experience
            .and_then(|x| str_of(&serde_json::to_value(x).unwrap_or_default()));
        field("experience", wx == gx, format!("{gx:?}"), format!("{wx:?}"));

        // Participants: emails and names as a set (names case- and space-insensitive).
        let mut wp: Vec<(Option<String>, Option<String>)> = want["participants"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|p| {
                        (
                            str_of(&p["email"]).map(|e| e.to_lowercase()),
                            str_of(&p["name"]).map(|n| key(&n)),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        wp.sort();
        let mut gp: Vec<(Option<String>, Option<String>)> = u
            .participants
            .iter()
            .map(|p| {
                (
                    p.email.as_deref().map(str::to_lowercase),
                    p.name.as_deref().map(key),
                )
            })
            .collect();
        gp.sort();
        let ok = wp == gp;
        s.participants.add(ok);
        if !ok {
            notes.push(format!("participants: got {gp:?}, want {wp:?}"));
        }
        let wr = str_of(&want["review"]);
        let gr = u
            .review
            .and_then(|r| str_of(&serde_json::to_value(r).unwrap_or_default()));
        s.review.add(wr == gr);
        if wr != gr {
            notes.push(format!("review: got {gr:?}, want {wr:?}"));
        }
        let wnote = want["note"].as_bool().unwrap_or(false);
        s.note.add(wnote == u.note.is_some());
        if wnote != u.note.is_some() {
            notes.push(format!("note: got {:?}, want {wnote}", u.note));
        }
    }
    if !notes.is_empty() {
        s.misses.push(format!("{name}:\n  {}", notes.join("\n  ")));
    }
}

fn score_half(half: &str) -> Option<MailScore> {
    let dir = eval_dir().join("mail").join(half);
    let labels = labels(&dir)?;
    let cfg = config();
    let mut s = MailScore::default();
    for (file, want) in &labels {
        let raw = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let u = understand::understand(&raw, &cfg);
        score_mail(file, &u, want, &mut s);
    }
    println!("evaluation set, {half} half: {} mails", labels.len());
    println!("  classification {}", s.classification.show());
    println!("  fields         {}", s.fields.show());
    for (f, t) in &s.per_field {
        println!("    {f:<12} {}", t.show());
    }
    println!("  language       {}", s.language.show());
    println!("  participants   {}", s.participants.show());
    println!("  review         {}", s.review.show());
    println!("  note           {}", s.note.show());
    Some(s)
}

fn assert_floor(what: &str, t: &Tally, floor: f64) {
    assert!(
        t.pct() >= floor,
        "{what} fell to {} (floor {floor} %): a change made understanding worse",
        t.show()
    );
}

#[test]
fn tuning_half_of_the_mail_set() {
    let Some(s) = score_half("tune") else { return };
    if std::env::var_os("EVAL_SHOW").is_some() {
        for m in &s.misses {
            println!("{m}");
        }
    }
    // Floors just below what was measured on 2026-12-04 with the second writer's 201 mails
    // (306/320, 998/1064, 299/299); fields after f10's organisation/case/experience work
    // 1059/1064 (99.5 %); classification after r10's intent work 320/320 (100 %).
    // Lowered when the third writer's 104 mails (w3-*, en/de/sv/da/nb/fi) came in, harder than
    // the ones tuned on: 352/366 (96.2 %) classification, 1183/1198 (98.7 %) fields. Lowered
    // again for the fourth writer's 39 mails here (w4-*, lv/lt/et/pl/ru): 386/405 (95.3 %)
    // classification, 1295/1317 (98.3 %) fields. Raised after c11's work with the fifth and
    // sixth writers' mails in: 474/474 classification, 1517/1527 (99.3 %) fields, 435/435
    // language. Lowered for the seventh and eighth writers' 55 mails here (w7-*, w8-*):
    // 521/529 (98.5 %) classification, 1670/1697 (98.4 %) fields, 485/485 language. Fields
    // raised after fields7's work on those mails' kinds (names, organisation, country,
    // experience): 1694/1697 (99.8 %). Classification raised after the intent work on them and
    // on 485 invented probes: 528/529 (99.8 %). Eleventh session, ten writers: 595/596
    // (99.8 %) classification, 1897/1898 (99.9 %) fields.
    assert_floor("classification", &s.classification, 99.5);
    assert_floor("fields", &s.fields, 99.8);
    assert_floor("language", &s.language, 99.5);
}

#[test]
fn measuring_half_of_the_mail_set() {
    // Never print this half's misses: it is only measured.
    let Some(s) = score_half("measure") else {
        return;
    };
    // Floors just below what was measured on 2026-12-04 with the second writer's 201 mails
    // (275/314, 956/1032, 292/294); fields after f10's organisation/case/experience work
    // 987/1032 (95.6 %); classification after r10's intent work 284/314 (90.4 %). The
    // issue's bar for classification (98 %) is not reached yet. With the third writer's 104 mails
    // (w3-*, en/de/sv/da/nb/fi): 336/372 (90.3 %) classification, 1142/1206 (94.7 %) fields.
    // With the fourth writer's 41 mails here too (w4-*, lv/lt/et/pl/ru): 371/413 (89.8 %)
    // classification, 1247/1322 (94.3 %) fields. Raised after c11's work with the fifth and
    // sixth writers' mails in (469 mails): 445/469 (94.9 %) classification, 1428/1502 (95.1 %)
    // fields, 428/431 (99.3 %) language. With the seventh and eighth writers' 67 mails here
    // (536 mails): 500/536 (93.3 %) classification, 1602/1695 (94.5 %) fields, 487/491 (99.2 %)
    // language. Fields raised after fields7's work by kind on the tuning half: 1611/1695
    // (95.0 %). Classification after the intent work (tuning half and invented probes only):
    // 503/536 (93.8 %). With the ninth and tenth writers' 55 mails here (591 mails): 552/591
    // (93.4 %) classification, 1777/1873 (94.9 %) fields, 537/541 (99.3 %) language; after the
    // tenth session's work by kind on the tuning half and the third probe set: 559/591 (94.6 %),
    // 1779/1873 (95.0 %). After the eleventh session's work by kind on the tuning half and
    // 432 new invented probes (fourth-a/b, fifth): 566/591 (95.8 %), 1788/1873 (95.5 %).
    // After the twelfth session's (sixth-a/b probes, client wrapping): 569/591 (96.3 %),
    // 1789/1873 (95.5 %).
    assert_floor("classification", &s.classification, 96.0);
    assert_floor("fields", &s.fields, 95.2);
    assert_floor("language", &s.language, 99.0);
}

#[derive(Default)]
struct BounceScore {
    detected: Tally,
    failed_address: Tally,
    other_automated: Tally,
    misses: Vec<String>,
}

/// Scores every collection of one half of the bounce set (`bounces/<half>/*/labels.tsv`) by
/// the README's rules: a bounce must be detected and name exactly the labelled failed
/// addresses (an `also_accept` address may stand for a labelled one); delays, delivery receipts,
/// auto-replies and feedback reports must be automated and name no failed address.
fn score_bounces(half: &str) -> Option<BounceScore> {
    let root = eval_dir().join("bounces").join(half);
    let mut tsvs: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path().join("labels.tsv"))
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    tsvs.sort();
    if tsvs.is_empty() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "bounce evaluation data missing under CI: {}",
            root.display()
        );
        println!("skipped: no bounce collections at {}", root.display());
        return None;
    }
    let cfg = UnderstandConfig::default();
    let mut s = BounceScore::default();
    for tsv in &tsvs {
        let dir = tsv.parent().expect("a collection folder");
        let text = std::fs::read_to_string(tsv).expect("labels.tsv is text");
        for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (file, kind) = (cols[0], cols.get(1).copied().unwrap_or(""));
            let split = |i: usize| -> Vec<String> {
                cols.get(i)
                    .map(|c| c.split_whitespace().map(str::to_lowercase).collect())
                    .unwrap_or_default()
            };
            let (want, also) = (split(2), split(4));
            let raw = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
            let u = understand::understand(&raw, &cfg);
            let have: Vec<String> = u
                .bounced_recipients
                .iter()
                .map(|a| a.to_lowercase())
                .collect();
            match kind {
                "bounce" => {
                    let detected = u.automated == Some(Automated::Bounce);
                    s.detected.add(detected);
                    let stands_in = have.iter().any(|h| also.contains(h));
                    let ok = want.iter().all(|w| have.contains(w) || stands_in)
                        && have.iter().all(|h| want.contains(h) || also.contains(h));
                    s.failed_address.add(ok);
                    if !(detected && ok) {
                        s.misses.push(format!(
                            "{file}: automated {:?}, failed {have:?}, want {want:?} (or {also:?})",
                            u.automated
                        ));
                    }
                }
                "delay" | "receipt" | "auto_reply" | "feedback" => {
                    let ok = u.automated.is_some() && have.is_empty();
                    s.other_automated.add(ok);
                    if !ok {
                        s.misses.push(format!(
                            "{file} ({kind}): automated {:?}, failed {have:?}",
                            u.automated
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    println!("bounce collections, {half} half:");
    println!("  bounce detected  {}", s.detected.show());
    println!("  failed address   {}", s.failed_address.show());
    println!("  other automated  {}", s.other_automated.show());
    Some(s)
}

#[test]
fn tuning_bounce_collection() {
    let Some(s) = score_bounces("tune") else {
        return;
    };
    if std::env::var_os("EVAL_SHOW").is_some() {
        for m in &s.misses {
            println!("{m}");
        }
    }
    // Measured 2026-12-03: 101/104, 93/104. 2026-12-04, with the two PHP Bounce Handler
    // collections added: 134/134, 134/134; with froide, MediaWiki, MailBounceDetector, go-gmime
    // and CiviCRM: 151/151, 151/151; with the eighth search's listmonk, MimeKit, Chatwoot,
    // CPython, Alaveteli and hitobito collections (after the WebShield-notice fix): 168/168,
    // 168/168; with the ninth search's Stalwart, mail_manager and mailparser collections:
    // 172/172, 172/172.
    assert_floor("bounce detection", &s.detected, 99.0);
    assert_floor("failed addresses", &s.failed_address, 99.0);
}

#[test]
fn measuring_bounce_collections() {
    // Never print these collections' misses: they are only measured.
    let Some(s) = score_bounces("measure") else {
        return;
    };
    // Measured 2026-12-03: 151/153, 144/153 (the bar: 99 %, 95 %). 2026-12-04, with
    // the flanker collection added: 158/160, 154/160; with baunsu added: 170/172, 166/172.
    assert_floor("bounce detection", &s.detected, 98.5);
    assert_floor("failed addresses", &s.failed_address, 96.0);
}
