"""Runs `regbot parse` on the invented phrasing probes and prints the misses.

Tuning material, not evaluation: see README.md in this folder.

  python3 tests/eval/probes/run.py target/release/regbot [FILE.jsonl] [LANGS]

FILE defaults to short.jsonl; LANGS (comma-separated, e.g. "lv,da") limits the report.
A probe may also give `from` (the From header, "Name <address>"), `fields` (any of name,
organisation, country, experience: the participant's record; null = must stay empty) and
`participants` (a list of {"name", "email"}); those are checked when present and counted apart.
The language regbot would answer in is checked against `lang` for every mail not read as
automated ("LANG" lines), and counted apart too.
Standard library only; writes the generated mails to a temporary folder."""
import json, shutil, subprocess, sys, tempfile, unicodedata
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

INVITE = """---------- Forwarded message ---------
From: Inga Ozola <inga.ozola@bsr-clusters.test>
Date: Mon, 12 Apr 2027 09:00
Subject: Invitation: Cluster internationalisation - Why and how to do it? Riga, 2-3 June
To: members@bsr-clusters.test

Dear cluster managers,

We invite you to the workshop "Cluster internationalisation - Why and how to do it?" in Riga on
2-3 June. To register, send an e-mail to register@event.test with your name, organisation and
country. Ideas for the sessions are welcome.

Best regards,
Inga Ozola
Baltic Sea Region Cluster Network
"""


def build(probes, out):
    """Writes each probe as a mail (`<id>.eml`) into the folder `out`; returns the paths.
    Also used by `tests/eval/learned/train.py`, so the model is trained on the same mails."""
    files = []
    for i, p in enumerate(probes):
        m = EmailMessage()
        m["From"] = p.get("from") or f"Probe Sender <probe{i}@example.org>"
        m["To"] = "register@event.test"
        subj = p["subject"]
        if p.get("forward") and not subj.lower().startswith("fwd"):
            subj = "Fwd: " + subj
        m["Subject"] = subj
        m["Date"] = formatdate(1800000000 + i)
        m["Message-ID"] = f"<probe-{i}@example.org>"
        if p.get("reply_to_ack"):
            m["In-Reply-To"] = m["References"] = f"<ack-{i}@event.test>"
        body = p["body"] + ("\n\n" + INVITE if p.get("forward") else "")
        m.set_content(body)
        f = Path(out) / f"{p['id']}.eml"
        f.write_bytes(bytes(m))
        files.append(str(f))
    return files


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", str(s)).replace("„", '"').replace("“", '"').replace("”", '"')
    return " ".join(s.split()).casefold() or None


def main():
    binary = sys.argv[1]
    src = Path(sys.argv[2] if len(sys.argv) > 2 else Path(__file__).with_name("short.jsonl"))
    out = Path(tempfile.mkdtemp(prefix="regbot-probes-"))
    probes = [json.loads(l) for l in src.read_text().splitlines() if l.strip()]
    files = build(probes, out)
    res = subprocess.run([binary, "parse", *files], capture_output=True, text=True)
    shutil.rmtree(out)
    got = {Path(json.loads(l)["file"]).stem: json.loads(l) for l in res.stdout.splitlines() if l.strip()}
    bad = 0
    field_n = field_bad = 0
    lang_n = lang_bad = 0
    only = set(sys.argv[3].split(",")) if len(sys.argv) > 3 else None
    for p in probes:
        if only and p["lang"] not in only:
            continue
        g = got.get(p["id"], {})
        have = set(g.get("intents") or [])
        want, opt = set(p["intents"]), set(p.get("optional", []))
        ok = want <= have <= want | opt and not g.get("automated")
        if not ok:
            bad += 1
            print(f"MISS {p['id']}: want {sorted(want)}+opt{sorted(opt)} got {sorted(have)} auto={g.get('automated')} | {p['subject']} | {p['body'][:400]!r} [{p.get('why','')}]")
        if not g.get("automated"):
            lang_n += 1
            if g.get("language") != p["lang"]:
                lang_bad += 1
                print(f"LANG {p['id']}: want {p['lang']} got {g.get('language')}")
        record = g.get("participant") or {}
        for field, value in (p.get("fields") or {}).items():
            field_n += 1
            got_value = record.get(field)
            same = (got_value or "").upper() == (value or "").upper() if field == "country" else norm(got_value) == norm(value)
            if not same:
                field_bad += 1
                print(f"FIELD {p['id']}: {field} want {value!r} got {got_value!r}")
        if "participants" in p:
            field_n += 1
            want_p = {(norm(x.get("email")), norm(x.get("name"))) for x in p["participants"]}
            have_p = {(norm(x.get("email")), norm(x.get("name"))) for x in g.get("participants") or []}
            if want_p != have_p:
                field_bad += 1
                print(f"PARTICIPANTS {p['id']}: want {sorted(want_p, key=str)} got {sorted(have_p, key=str)}")
    n = sum(1 for p in probes if not only or p["lang"] in only)
    print(f"{n - bad}/{n} probes right")
    if field_n:
        print(f"{field_n - field_bad}/{field_n} field and participant labels right")
    if lang_n:
        print(f"{lang_n - lang_bad}/{lang_n} languages right (mails not read as automated)")


if __name__ == "__main__":
    main()
