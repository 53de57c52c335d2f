#!/usr/bin/env python3
"""Scores `regbot parse` output against the evaluation labels.

Why it lives with the data: the set's author fixes what "correct" means (which intents may be
optional, which fields are not scored, how addresses compare), so the engineer tuning the rules
cannot move the bar while tuning.

Usage (from the project root):
  python3 tests/eval/score.py mail tune    --regbot target/release/regbot
  python3 tests/eval/score.py mail measure --regbot target/release/regbot
  python3 tests/eval/score.py bounces measure --regbot target/release/regbot
  ... or --parse FILE.jsonl instead of --regbot, with the output of `regbot parse` on the files.
With --regbot, each mail is parsed with its own event's configuration (labels' meta.event: 1 the
workshop, config/regbot.toml from the working directory; 2 the Blue Economy forum,
events/forum.toml); a --parse file must have been made the same way.
Add --failures to list every miss (do that on the tuning half only: reading the measuring
half's misses is tuning on it). --writer N scores only the N-th writer's mails (writer 1: source
ids without a writer prefix; writer N > 1: source ids "wN-…", e.g. "w2-lv03", "w4-pl01");
--source-prefix P only the mails whose source id starts with P (e.g. "w2-lv"). --collection C
scores one bounce collection of the half.
Standard library only.
"""

import argparse
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ["name", "organisation", "country", "experience"]


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", str(s)).replace("„", '"').replace("“", '"').replace("”", '"')
    return " ".join(s.split()).casefold() or None


# Each evaluation mail is read with the configuration of the event it was written to (labels'
# meta.event): the workshop's (config/regbot.toml, the working directory's default) or the
# Blue Economy forum's, as that event's own regbot would read its mailbox.
EVENT_CONFIGS = {2: HERE / "events" / "forum.toml"}


def run_parse(regbot, files, config=None):
    out = {}
    opts = ["--config", str(config)] if config else []
    for i in range(0, len(files), 200):
        chunk = [str(f) for f in files[i:i + 200]]
        res = subprocess.run([regbot, *opts, "parse", *chunk], capture_output=True, text=True)
        if res.returncode == 2:
            sys.exit(f"regbot parse failed (usage): {res.stderr.strip()}")
        if res.stderr.strip():
            # e.g. a configuration this binary cannot read: the answers would be without it
            print(res.stderr.strip(), file=sys.stderr)
        for line in res.stdout.splitlines():
            if line.strip():
                obj = json.loads(line)
                out[Path(obj["file"]).name] = obj
    return out


def load_parse(path):
    out = {}
    for line in Path(path).read_text().splitlines():
        if line.strip():
            obj = json.loads(line)
            out[Path(obj["file"]).name] = obj
    return out


def organisation_ok(label, got):
    g = norm(got)
    if label["organisation"] is None:
        return g is None
    if g is None:
        return False
    if any(g == norm(bad) for bad in label.get("organisation_not", [])):
        return False
    return g == norm(label["organisation"]) or norm(label["organisation_contains"]) in g


def field_ok(field, label, got_participant):
    got = (got_participant or {}).get(field)
    if field == "organisation":
        return organisation_ok(label, got)
    want = label[field]
    if field == "country" and want is not None:
        return (got or "").upper() == want
    return norm(got) == norm(want)


def intents_ok(label, got):
    want, optional = set(label["intents"]), set(label.get("intents_optional", []))
    got = set(got.get("intents") or [])
    return want <= got <= want | optional


def participants_ok(label, got):
    want = {(norm(p["email"]), norm(p["name"])) for p in label["participants"]}
    have = {(norm(p.get("email")), norm(p.get("name"))) for p in (got.get("participants") or [])}
    return want == have


def writer_of(source):
    """Which writer wrote a mail: later writers' source ids start with "wN-", the first's with none."""
    head, sep, _ = source.partition("-")
    if sep and head[:1] == "w" and head[1:].isdigit():
        return int(head[1:])
    return 1


def selected(label, writer, prefix):
    """Whether a mail is in the chosen subset: one writer's mails and/or a source-id prefix."""
    source = label["meta"]["source_id"]
    if writer is not None and writer_of(source) != writer:
        return False
    return source.startswith(prefix or "")


def score_mail(half, parsed, show, writer=None, prefix=None, breakdown=False):
    labels = json.loads((HERE / "mail" / half / "labels.json").read_text())
    labels = {f: lab for f, lab in labels.items() if selected(lab, writer, prefix)}
    tally = {}

    def count(key, ok, fname, detail=""):
        n, good, misses = tally.get(key, (0, 0, []))
        tally[key] = (n + 1, good + (1 if ok else 0), misses if ok else misses + [(fname, detail)])

    for fname, label in sorted(labels.items()):
        got = parsed.get(fname)
        if got is None or got.get("error"):
            for key in ("classification", "language", "fields"):
                count(key, False, fname, "no parse output" if got is None else got.get("error"))
            continue
        auto_ok = got.get("automated") == label["automated"]
        if label["automated"]:
            count("classification", auto_ok and not got.get("intents"), fname,
                  f"automated={got.get('automated')} intents={got.get('intents')}")
            continue
        count("classification", auto_ok and intents_ok(label, got), fname,
              f"want {label['intents']}+opt{label.get('intents_optional', [])}, got "
              f"{got.get('intents')} automated={got.get('automated')}")
        if breakdown:
            count_kinds(count, label, got, fname)
        count("language", got.get("language") == label["language"], fname,
              f"want {label['language']}, got {got.get('language')}")
        participant = got.get("participant") or {}
        unscored = set(label.get("unscored", []))
        for field in FIELDS:
            if field in unscored:
                continue
            ok = field_ok(field, label, participant)
            detail = f"{field}: want {label[field]!r}, got {participant.get(field)!r}"
            count("fields", ok, fname, detail)
            count(f"field {field}", ok, fname, detail)
        count("participants", participants_ok(label, got), fname,
              f"want {label['participants']}, got {got.get('participants')}")
        count("note", bool(got.get("note")) == label["note"], fname, f"want note={label['note']}, got {got.get('note')!r}")
        count("review", got.get("review") == label["review"], fname, f"want {label['review']}, got {got.get('review')}")
    subset = "".join([f" writer {writer}" if writer else "", f" source ids {prefix}*" if prefix else ""])
    report(f"mail/{half}{subset} ({len(labels)} mails)", tally, show)


def score_bounces(half, parsed, show, collection=None):
    tally = {}

    def count(key, ok, fname, detail=""):
        n, good, misses = tally.get(key, (0, 0, []))
        tally[key] = (n + 1, good + (1 if ok else 0), misses if ok else misses + [(fname, detail)])

    for tsv in sorted((HERE / "bounces" / half).glob(f"{collection or '*'}/labels.tsv")):
        rows = [line.split("\t") for line in tsv.read_text().splitlines()[1:] if line.strip()]
        for fname, kind, failed, _note, also in rows:
            got = parsed.get(fname)
            if got is None or got.get("error"):
                count("bounce detected", False, fname, "no parse output")
                continue
            have = {a.casefold() for a in got.get("bounced_recipients") or []}
            want = [a.casefold() for a in failed.split()]
            alternatives = {a.casefold() for a in also.split()}
            if kind == "bounce":
                count("bounce detected", got.get("automated") == "bounce", fname, f"automated={got.get('automated')}")
                ok = all(w in have or have & alternatives for w in want) and all(
                    h in want or h in alternatives for h in have)
                count("failed address", ok, fname, f"want {want} (or {sorted(alternatives)}), got {sorted(have)}")
            elif kind in ("delay", "receipt", "auto_reply", "feedback"):
                count("other automated mail: never answered, nothing marked failed",
                      got.get("automated") is not None and not have, fname,
                      f"{kind}: automated={got.get('automated')} recipients={sorted(have)}")
    report(f"bounces/{half}" + (f"/{collection}" if collection else ""), tally, show)


def count_kinds(count, label, got, fname):
    """Classification per kind of mail and language, and which intent was missing or extra:
    counts only, which tell where the rules are weak without showing any mail."""
    ok = got.get("automated") == label["automated"] and intents_ok(label, got)
    count(f"classification, kind {label['meta']['kind']}", ok, fname)
    count(f"classification, language {label['language']}", ok, fname)
    for key in ("client", "charset", "encoding", "transfer_encoding"):
        if key in label["meta"]:
            count(f"classification, {key} {label['meta'][key]}", ok, fname)
    want, optional = set(label["intents"]), set(label.get("intents_optional", []))
    have = set(got.get("intents") or [])
    for intent in sorted(want - have):
        count(f"intent missing: {intent}", False, fname)
    for intent in sorted(have - want - optional):
        count(f"intent extra: {intent}", False, fname)
    if got.get("automated") != label["automated"]:
        count(f"automated: want {label['automated']}, got {got.get('automated')}", False, fname)


def report(title, tally, show):
    print(f"== {title}")
    for key, (n, good, _misses) in tally.items():
        print(f"{key:62} {good:4}/{n:<4} {100.0 * good / n:6.1f} %")
    if show:
        for key, (_n, _good, misses) in tally.items():
            for fname, detail in misses:
                print(f"MISS {key}: {fname}: {detail}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", choices=["mail", "bounces"])
    ap.add_argument("half", choices=["tune", "measure"])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--regbot", help="path of the regbot binary; runs `regbot parse` on the files")
    src.add_argument("--parse", help="JSON lines already produced by `regbot parse` on the files")
    ap.add_argument("--failures", action="store_true", help="list every miss")
    ap.add_argument("--writer", type=int, help="mail only: score one writer's mails (1, 2, 3, 4 …)")
    ap.add_argument("--source-prefix", help="mail only: score the mails whose source id starts with this")
    ap.add_argument("--collection", help="bounces only: score one collection (a folder of the half)")
    ap.add_argument("--breakdown", action="store_true",
                    help="mail only: classification per kind and language, and the intents missing "
                         "or extra, as counts (no mail named: usable on the measuring half)")
    args = ap.parse_args()
    if args.set == "bounces" and (args.writer or args.source_prefix):
        ap.error("--writer and --source-prefix apply to the mail set only")
    if args.set == "mail" and args.collection:
        ap.error("--collection applies to the bounce set only")
    root = HERE / args.set / args.half
    if args.collection:
        root = root / args.collection
        if not root.is_dir():
            ap.error(f"no collection {args.collection} in bounces/{args.half}")
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".eml", ".txt", ".msg")
                   and p.name not in ("SOURCE.txt", "LICENSE.txt"))
    if args.set == "mail":
        labels = json.loads((root / "labels.json").read_text())
        files = [p for p in files if p.name in labels and selected(labels[p.name], args.writer, args.source_prefix)]
    if args.parse:
        parsed = load_parse(args.parse)
    elif args.set == "mail":
        parsed = {}
        for event in sorted({labels[p.name]["meta"].get("event", 1) for p in files}):
            mine = [p for p in files if labels[p.name]["meta"].get("event", 1) == event]
            parsed.update(run_parse(args.regbot, mine, EVENT_CONFIGS.get(event)))
    else:
        parsed = run_parse(args.regbot, files)
    if args.set == "mail":
        score_mail(args.half, parsed, args.failures, args.writer, args.source_prefix, args.breakdown)
    else:
        score_bounces(args.half, parsed, args.failures, args.collection)


if __name__ == "__main__":
    main()
