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

`--clients all` adds, for the probes, clients that generate.py does not build (EXTRA below).

Prints, per client, how many probes get the labelled intents and record fields, and then the
probes whose answer differs from the plain-text client's (at most N per client, default 15).
`--tune-half` takes the evaluation set's tuning half instead (`../src/*.py`, the mails that
`split_of` puts in tune/; the measuring half is never built) and compares every client with the
client the mail was written for ("orig").
Standard library only; writes the generated mails to a temporary folder."""
import copy, json, shutil, subprocess, sys, tempfile, unicodedata
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import generate  # noqa: E402  (the evaluation set's client wrapping)

# Clients that ../generate.py does not build, written here from how they quote a reply (for the
# probes only): Samsung Email's "-------- Original message --------" block, Outlook for Android's
# "Get Outlook for Android" above a header block, Yandex's and Mail.ru's Russian quote headers,
# and a bottom-posted reply (the quote first, the answer under it).
SAMSUNG_HEAD = {
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "pl": ("-------- Oryginalna wiadomość --------", "Od", "Data", "Do", "Temat"),
    "ru": ("-------- Исходное сообщение --------", "От", "Дата", "Кому", "Тема"),
}
EXTRA = ["samsung", "outlook_mobile", "yandex", "mailru", "bottom_post"]


def extra_mail(client, p, n):
    """A probe as one of the EXTRA clients writes it: plain text, UTF-8."""
    lang = p["lang"]
    frm = p.get("from") or f"Probe Sender <probe{n}@example.org>"
    addr = frm.split("<")[-1].rstrip(">").strip()
    fields = p.get("fields") or {}
    ack = {"email": addr, "name": fields.get("name"), "org": fields.get("organisation"),
           "country": fields.get("country")}
    subject, text = p["subject"], p["body"].rstrip("\n") + "\n"
    if p.get("reply_to_ack"):
        ack_subj, ack_body = generate.ack_text(lang, 1, ack)
        sender = "Registration <register@event.test>"
        quoted = "\n".join("> " + ln if ln else ">" for ln in ack_body.rstrip("\n").split("\n"))
        if client == "samsung":
            head, fr, date, to, subj = SAMSUNG_HEAD.get(lang, ("-------- Original message --------",
                                                               "From", "Date", "To", "Subject"))
            text += (f"\n\n{generate.L10N.PHONE[lang][1]}\n\n{head}\n{fr}: {sender}\n"
                     f"{date}: 12.04.2027 10:15 (GMT+02:00)\n{to}: {frm}\n{subj}: {ack_subj}\n\n{ack_body}")
        elif client == "outlook_mobile":
            text += (f"\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n________________________________\n"
                     f"From: {sender}\nSent: Monday, April 12, 2027 10:15:00 AM\nTo: {frm}\n"
                     f"Subject: {ack_subj}\n\n{ack_body}")
        elif client == "yandex":
            text += f"\n\n12.04.2027, 10:15, \"Registration\" <register@event.test>:\n{quoted}\n"
        elif client == "mailru":
            head = ">Понедельник, 12 апреля 2027, 10:15 +03:00 от Registration <register@event.test>:"
            text += "\n\n" + head + "\n>\n" + "\n".join(">" + ln for ln in ack_body.split("\n")) + "\n"
        else:  # bottom_post: Thunderbird's quote header, the quote, then the answer
            text = (f"On 12/04/2027 10:15, Registration wrote:\n{quoted}\n\n{text}")
        if not subject.lower().startswith(("re:", "aw:", "sv:", "vs:", "odp:")):
            subject = f"Re: {ack_subj}"
    if p.get("forward"):
        a = generate.L10N.ANNOUNCEMENT[1]
        text += (f"\n\n-------- Original message --------\nFrom: {a['from'][0]} <{a['from'][1]}>\n"
                 f"Date: 10.04.2027 09:00\nSubject: {a['subject']}\n\n{a['body']}")
        if not subject.lower().startswith(("fwd", "fw:")):
            subject = "Fwd: " + subject
    m = EmailMessage()
    name = frm.split("<")[0].strip().strip('"') if "<" in frm else ""
    m["From"] = Address(display_name=name, addr_spec=addr)  # quoted as clients quote it
    m["To"], m["Subject"] = "register@event.test", subject
    m["Date"] = "Mon, 12 Apr 2027 12:00:00 +0300"
    m["Message-ID"] = f"<{p['id']}-{client}@example.org>"
    if p.get("reply_to_ack"):
        m["In-Reply-To"] = m["References"] = f"<ack-{n}@event.test>"
    m.set_content(text)
    return bytes(m)


args = sys.argv[1:]
clients = sorted(generate.CLIENTS)
show = 15
if "--clients" in args:
    i = args.index("--clients")
    clients = sorted(generate.CLIENTS) + EXTRA if args[i + 1] == "all" else args[i + 1].split(",")
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
        if client in EXTRA:
            path = out / f"{p['id']}~{client}.eml"
            path.write_bytes(extra_mail(client, p, n))
            paths.append(str(path))
            continue
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
