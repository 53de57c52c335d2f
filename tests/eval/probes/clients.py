"""Sends every probe through each mail client's wrapping and checks the answer does not change.

Tuning material, not evaluation (see README.md in this folder). A probe's words are the same in
every client; only the wrapping differs: Outlook's multipart with its own HTML and legacy
charset, Gmail and Android (HTML part, quoted-printable, the phone's signature line), Apple Mail
and Thunderbird (format=flowed), iPhone, HTML-only webmail, plain text; replies quote regbot's
acknowledgement and forwards carry the invitation the way each client does (the wrapping code is
`../generate.py`'s, which made the evaluation set). An answer that changes with the client is a
bug in reading the mail, whatever the phrasing.

  python3 tests/eval/probes/clients.py BIN FILE.jsonl [FILE.jsonl ...] [--clients a,b] [--show N]
  python3 tests/eval/probes/clients.py BIN --tune-half [--clients a,b] [--show N]

Prints, per client, how many probes get the labelled intents and record fields, and then the
probes whose answer differs from the plain-text client's (at most N per client, default 15).
`--tune-half` takes the evaluation set's tuning half instead (`../src/*.py`, the mails that
`split_of` puts in tune/; the measuring half is never built) and compares every client with the
client the mail was written for ("orig").
Standard library only; writes the generated mails to a temporary folder."""
import copy, json, shutil, subprocess, sys, tempfile, unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import generate  # noqa: E402  (the evaluation set's client wrapping)

args = sys.argv[1:]
clients = sorted(generate.CLIENTS)
show = 15
if "--clients" in args:
    i = args.index("--clients")
    clients = args[i + 1].split(",")
    del args[i:i + 2]
if "--show" in args:
    i = args.index("--show")
    show = int(args[i + 1])
    del args[i:i + 2]
binary, files = args[0], args[1:]
tune_half = "--tune-half" in files
base_client = "orig" if tune_half else "plain"
if base_client not in clients:
    clients.insert(0, base_client)

out = Path(tempfile.mkdtemp(prefix="regbot-clients-"))
paths = []
probes = []


def tuning_mails():
    """The tuning half's mails with their labels, built as the set builds them."""
    for lang in generate.LANGS:
        per_kind = {}
        for m in generate.load(lang):
            k = per_kind.get(m["kind"], 0)
            per_kind[m["kind"]] = k + 1
            if generate.split_of(lang, m["kind"], k) == "tune":
                yield lang, m


if tune_half:
    for lang, m in tuning_mails():
        for client in clients:
            mm = copy.deepcopy(m)
            if client != "orig":
                mm["client"] = client
                if mm.get("html"):
                    mm["body"] = "(html)"  # other clients carry the HTML's text as plain text
            mm["id"] = f"{m['id']}~{client}"
            raw, info = generate.build(mm, lang)
            lab = generate.labels_for(copy.deepcopy(m), lang, info)
            if client == "orig":
                probes.append({"id": m["id"], "lang": lang, "intents": lab["intents"],
                               "optional": lab.get("intents_optional", []),
                               "automated": lab.get("automated")})
            path = out / f"{mm['id']}.eml"
            path.write_bytes(raw)
            paths.append(str(path))

for f in [] if tune_half else files:
    probes += [json.loads(line) for line in Path(f).read_text().splitlines() if line.strip()]

for n, p in enumerate([] if tune_half else probes):
    fields = p.get("fields") or {}
    for client in clients:
        m = {
            "id": f"{p['id']}~{client}",
            "client": client,
            "frm": p.get("from") or f"Probe Sender <probe{n}@example.org>",
            "subj": p["subject"],
            "body": p["body"],
        }
        if p.get("reply_to_ack"):
            m["quote"] = True
            m["ack"] = {"name": fields.get("name"), "org": fields.get("organisation"),
                        "country": fields.get("country")}
        if p.get("forward"):
            m["fwd"] = 1
            if not m["subj"].lower().startswith(("fwd", "fw:")):
                m["subj"] = "Fwd: " + m["subj"]
        raw, _info = generate.build(m, p["lang"])
        path = out / f"{m['id']}.eml"
        path.write_bytes(raw)
        paths.append(str(path))

res = subprocess.run([binary, "parse", *paths], capture_output=True, text=True)
shutil.rmtree(out)
if res.returncode not in (0, 1) or not res.stdout:
    sys.exit(f"regbot parse failed ({res.returncode}): {res.stderr[:2000]}")
got = {}
for line in res.stdout.splitlines():
    if line.strip():
        r = json.loads(line)
        got[Path(r["file"]).stem] = r


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", str(s)).replace("„", '"').replace("“", '"').replace("”", '"')
    return " ".join(s.split()).casefold() or None


def answer(r):
    """What a person would compare: intents, automated, language, the record and who takes part."""
    rec = r.get("participant") or {}
    people = sorted(((norm(x.get("email")), norm(x.get("name"))) for x in r.get("participants") or []), key=str)
    return (tuple(sorted(r.get("intents") or [])), r.get("automated"), r.get("language"),
            tuple(norm(rec.get(k)) for k in ("name", "organisation", "country", "experience")),
            tuple(people), bool(r.get("note")))


def intents_right(p, r):
    have = set(r.get("intents") or [])
    want, opt = set(p["intents"]), set(p.get("optional", []))
    return want <= have <= want | opt and r.get("automated") == p.get("automated")


def fields_right(p, r):
    rec = r.get("participant") or {}
    n = ok = 0
    for field, value in (p.get("fields") or {}).items():
        n += 1
        v = rec.get(field)
        ok += (v or "").upper() == (value or "").upper() if field == "country" else norm(v) == norm(value)
    return ok, n


print(f"{len(probes)} probes x {len(clients)} clients")
print(f"{'client':<12} {'intents':>12} {'fields':>12} {'same as ' + base_client:>14}")
diffs = {}
for client in clients:
    right = fok = fn = same = 0
    for p in probes:
        r = got.get(f"{p['id']}~{client}", {})
        base = got.get(f"{p['id']}~{base_client}", {})
        right += intents_right(p, r)
        a, b = fields_right(p, r)
        fok, fn = fok + a, fn + b
        if answer(r) == answer(base):
            same += 1
        else:
            diffs.setdefault(client, []).append((p, base, r))
    print(f"{client:<12} {right:>7}/{len(probes):<4} {fok:>7}/{fn:<4} {same:>8}/{len(probes)}")

names = ("intents", "automated", "language", "record", "participants", "note")
for client, rows in diffs.items():
    if client == base_client:
        continue
    print(f"\n== {client}: {len(rows)} mails answered differently from {base_client}")
    for p, base, r in rows[:show]:
        a, b = answer(base), answer(r)
        what = "; ".join(f"{k}: {x!r} -> {y!r}" for k, x, y in zip(names, a, b) if x != y)
        print(f"  {p['id']}: {what}")
