#!/usr/bin/env python3
"""Builds the unseen evaluation mail set from the hand-written sources in src/.

Why a generator: the people's words and the labels are written by hand (src/<lang>.py), but the
MIME around them -- the client's multipart layout, charset, transfer encoding, quote and forward
blocks, phone signatures, encoded headers -- is produced here, so every .eml is reproducible and
the same text can be wrapped the way Outlook, Gmail, Apple Mail, Thunderbird or a phone wraps it.

Usage: python3 tests/eval/generate.py      (rewrites tests/eval/mail/{tune,measure}/)
Only the standard library is used. Output is byte-for-byte deterministic.
"""

import base64
import datetime as dt
import hashlib
import html
import importlib.util
import json
import quopri
import re
import sys
import textwrap
from email import message_from_bytes, policy
from email.utils import parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent

spec = importlib.util.spec_from_file_location("l10n", HERE / "l10n.py")
L10N = importlib.util.module_from_spec(spec)
spec.loader.exec_module(L10N)

LANGS = ["en", "lv", "lt", "et", "fi", "sv", "da", "nb", "de", "pl", "ru"]
KINDS = {
    "registration", "registration_idea", "idea_only", "cancellation", "update", "question",
    "question_in_request", "on_behalf", "registration_note", "thanks", "forwarded",
    "auto_reply", "list",
}
INTENTS = {"registration", "idea", "cancellation", "update", "question"}
REVIEWS = {None, "no_intent", "on_behalf_without_address", "unparsed_correction", "low_confidence"}
CLIENTS = {"outlook", "gmail", "apple", "iphone", "android", "thunderbird", "html_only", "plain"}

# What a user's keyboard would have produced when the chosen legacy charset lacks a character.
TYPOGRAPHIC_FALLBACK = {"–": "-", "—": "-", "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
                        "…": "...", "\u00a0": " ", "«": '"', "»": '"'}


def h(s, n=12):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def fit_charset(text, cs):
    """Text as it can exist in charset `cs`; fails loudly on anything a writer could not type."""
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in TYPOGRAPHIC_FALLBACK:
                out.append(TYPOGRAPHIC_FALLBACK[ch])
            else:
                raise SystemExit(f"character {ch!r} cannot be written in {cs}")
    return "".join(out)


def encoded_word(text, cs, enc):
    """RFC 2047 encoded-words for a header phrase, split so no word exceeds 75 characters."""
    if all(ord(c) < 128 for c in text):
        return text
    text = fit_charset(text, cs)
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        raw = trial.encode(cs)
        size = len(base64.b64encode(raw)) if enc == "B" else len(_q(raw))
        if size > 75 - 7 - len(cs) and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(cs)
        payload = base64.b64encode(raw).decode() if enc == "B" else _q(raw)
        out.append(f"=?{cs}?{enc}?{payload}?=")
    return "\r\n ".join(out)


def _q(raw):
    out = []
    for b in raw:
        c = chr(b)
        if b == 32:
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "!*+-/" and b < 128:
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def addr_header(name, addr, cs, enc, raw8=False):
    if not name:
        return addr
    if raw8 or all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:@()<>\[\]"]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{encoded_word(name, cs, enc)} <{addr}>"


def fold_subject(subj, cs, enc, raw8=False):
    if raw8 or all(ord(c) < 128 for c in subj):
        return subj
    return encoded_word(subj, cs, enc)


def flowed(text):
    """format=flowed (RFC 3676): long paragraph lines wrapped with trailing-space soft breaks."""
    out = []
    for line in text.split("\n"):
        if line == "-- " or line.startswith(">") or len(line) <= 76:
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        parts = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def encode_body(text, cs, cte):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(cs)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data).decode("ascii")
        return enc.replace("\r\n", "\n").replace("=0D\n", "\n").replace("\n", "\r\n")
    if cte == "base64":
        b = base64.b64encode(data).decode()
        return "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    return data.decode(cs)  # 7bit/8bit: bytes written through the charset below


# ---------------------------------------------------------------- dates and quoting

def mail_date(m, lang):
    base = dt.datetime(2027, 4, 12, 8, 0) if m.get("ev", 1) == 1 else dt.datetime(2027, 8, 30, 8, 0)
    n = int(h(m["id"], 8), 16)
    when = base + dt.timedelta(days=n % 36, minutes=(n // 36) % 600)
    if when.weekday() >= 5 and n % 5:
        when += dt.timedelta(days=7 - when.weekday())
    tz = dt.timezone(dt.timedelta(hours=L10N.TZ[lang]))
    return when.replace(tzinfo=tz)


def date_fields(when, lang):
    return dict(wd=L10N.DAYS[lang][when.weekday()], d=when.day, m=when.month, mm=f"{when.month:02d}",
                dd=f"{when.day:02d}", y=when.year, mon=L10N.MONTHS[lang][when.month - 1],
                mon3=L10N.MONTHS["en"][when.month - 1][:3], hm=when.strftime("%H:%M"))


def rfc_date(when):
    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    mons = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    off = when.utcoffset().total_seconds() // 60
    sign = "+" if off >= 0 else "-"
    off = abs(int(off))
    return (f"{days[when.weekday()]}, {when.day:02d} {mons[when.month - 1]} {when.year} "
            f"{when:%H:%M:%S} {sign}{off // 60:02d}{off % 60:02d}")


ACK_CACHE = {}


def ack_text(lang, ev, fields):
    """regbot's acknowledgement as the participant received it (template snapshot in src/acks)."""
    tpl = ACK_CACHE.setdefault(lang, (HERE / "src" / "acks" / f"{lang}.txt").read_text())
    e = L10N.EVENTS[ev]
    dates, venue = e["when"][lang]
    t = re.sub(r"\{%-? if participant\.experience %\}.*?\{%-? endif %\}", "", tpl, flags=re.S)
    t = re.sub(r"\{%-? if has_question %\}.*?\{%-? endif %\}\n?", "", t, flags=re.S)
    def fill(mt):
        expr = mt.group(1).strip()
        default = re.search(r'or "([^"]*)"', expr)
        default = default.group(1) if default else ""
        if expr.startswith("event.name"):
            return e["name"]
        if expr.startswith("event.dates"):
            return dates
        if expr.startswith("event.venue"):
            return venue
        if expr.startswith("event.organiser_name"):
            return e["organiser"]
        if expr.startswith("event.website"):
            return e["web"]
        if "participant.email" in expr:
            return fields["email"]
        for key, field in (("participant.name", "name"), ("participant.organisation", "org"),
                           ("participant.country", "country")):
            if key in expr:
                return fields.get(field) or default
        raise SystemExit(f"unknown template expression {expr}")
    t = re.sub(r"\{\{(.*?)\}\}", fill, t)
    t = re.sub(r"\{%-?.*?%\}", "", t)
    subject, _, body = t.partition("\n\n")
    return subject.removeprefix("Subject: ").strip(), body.strip("\n") + "\n"


def quote_block(client, lang, when, sender, to_addr, subject, body, to_name=None):
    """The quoted earlier message as the client puts it under a reply. Returns (text, html)."""
    f = date_fields(when, lang)
    name, addr = sender
    if client in ("outlook", "html_only"):
        fr, sent, to, _cc, subj = L10N.OUTLOOK[lang]
        sent_val = f"{f['wd']} {f['d']} {f['mon']} {f['y']} {f['hm']}"
        head = [f"{fr}: {name} <{addr}>", f"{sent}: {sent_val}", f"{to}: {to_name or to_addr}", f"{subj}: {subject}"]
        text = "\n\n________________________________\n" + "\n".join(head) + "\n\n" + body
        hb = "".join(f"<b>{html.escape(k.split(':')[0], quote=False)}:</b> {html.escape(k.split(': ', 1)[1], quote=False)}<br>" for k in head)
        htm = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
               f"<p class=MsoNormal>{hb}</p></div>" + para_html(body, "outlook"))
        return text, htm
    if client in ("gmail", "android"):
        attr = L10N.GMAIL_ATTR[lang].format(name=name, addr=addr, **f)
        q = "\n".join("> " + ln if ln else ">" for ln in body.rstrip("\n").split("\n"))
        htm = ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
               f"{html.escape(attr, quote=False)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
               "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
               + html.escape(body, quote=False).replace("\n", "<br>\n") + "</blockquote></div>")
        return f"\n\n{attr}\n\n{q}\n", htm
    if client == "iphone":
        attr = L10N.APPLE_ATTR[lang].format(name=name, addr=addr, **f)
        q = "\n".join("> " + ln if ln else ">" for ln in body.rstrip("\n").split("\n"))
        return f"\n\n> {attr}\n> \n{q}\n", None
    attr = (L10N.APPLE_ATTR if client == "apple" else L10N.TB_ATTR)[lang].format(name=name, addr=addr, **f)
    q = "\n".join("> " + ln if ln else ">" for ln in body.rstrip("\n").split("\n"))
    return f"\n\n{attr}\n\n{q}\n", None


def forward_block(client, lang, when, sender, to_addr, subject, body):
    f = date_fields(when, lang)
    name, addr = sender
    gline, glabels, aline, tline = L10N.FORWARD[lang]
    if client in ("outlook", "html_only"):
        fr, sent, to, _cc, subj = L10N.OUTLOOK[lang]
        head = [f"{fr}: {name} <{addr}>", f"{sent}: {f['wd']} {f['d']} {f['mon']} {f['y']} {f['hm']}",
                f"{to}: {to_addr}", f"{subj}: {subject}"]
        return "\n\n________________________________\n" + "\n".join(head) + "\n\n" + body
    if client in ("gmail", "android"):
        fr, _d, _s, _t = glabels
        return (f"\n\n{gline}\n{fr}: {name} <{addr}>\nDate: {f['wd']}, {f['d']} {f['mon']} {f['y']} {f['hm']}\n"
                f"Subject: {subject}\nTo: <{to_addr}>\n\n\n{body}")
    if client in ("apple", "iphone"):
        return (f"\n\n{aline}\n\nFrom: {name} <{addr}>\nSubject: {subject}\nDate: {f['d']} {f['mon']} {f['y']} "
                f"at {f['hm']}:00 EEST\nTo: {to_addr}\n\n{body}")
    return (f"\n\n{tline}\nSubject: \t{subject}\nDate: \t{rfc_date(when)}\nFrom: \t{name} <{addr}>\n"
            f"To: \t{to_addr}\n\n\n\n{body}")


# ---------------------------------------------------------------- html

def html_to_text(doc):
    """The plain-text alternative a client writes next to its HTML (rough, like Outlook's)."""
    t = re.sub(r"(?is)<(head|style)[^>]*>.*?</\1>", "", doc)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>", "\n", t)
    t = re.sub(r"(?i)</td>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t).replace("\u00a0", " ")
    lines = [ln.strip(" \t") for ln in t.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def para_html(text, style):
    out = []
    for line in text.rstrip("\n").split("\n"):
        esc = html.escape(line, quote=False) if line else ""
        if style == "outlook":
            out.append(f"<p class=MsoNormal>{esc or '<o:p>&nbsp;</o:p>'}</p>")
        else:
            out.append(f"<div>{esc or '<br>'}</div>")
    return "\n".join(out)


def build_html(m, client, own, sig, quote_html, fwd_text):
    if m.get("html"):
        return m["html"]
    if client == "outlook":
        body = para_html(own, "outlook")
        if sig:
            body += "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + para_html(sig, "outlook")
        if fwd_text:
            body += "\n" + para_html(fwd_text, "outlook")
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
                "content=\"text/html; charset=" + m["_cs"] + "\"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;"
                "font-family:\"Calibri\",sans-serif;} --></style></head><body lang=" + L10N.CONTENT_LANGUAGE[m["_lang"]][:2].upper()
                + " link=\"#0563C1\"><div class=WordSection1>\n" + body + "\n" + (quote_html or "") + "\n</div></body></html>")
    if client in ("gmail", "android"):
        inner = "<br>".join(html.escape(ln, quote=False) for ln in own.rstrip("\n").split("\n"))
        if sig:
            inner += ("<br clear=\"all\"><div><br></div><span class=\"gmail_signature_prefix\">-- </span><br>"
                      "<div dir=\"ltr\" class=\"gmail_signature\"><div dir=\"ltr\">"
                      + "<br>".join(html.escape(ln, quote=False) for ln in sig.rstrip("\n").split("\n")) + "</div></div>")
        if fwd_text:
            inner += "<br><div class=\"gmail_quote\">" + html.escape(fwd_text, quote=False).replace("\n", "<br>") + "</div>"
        return f"<div dir=\"ltr\">{inner}</div>{quote_html or ''}\n"
    body = para_html(own + ("\n" + sig if sig else "") + (fwd_text or ""), "div")
    return f"<html><head><meta charset=\"{m['_cs']}\"></head><body>\n{body}\n{quote_html or ''}</body></html>\n"


# ---------------------------------------------------------------- one message

DEFAULT_CS = {"outlook": None, "gmail": "utf-8", "apple": "utf-8", "iphone": "utf-8", "android": "utf-8",
              "thunderbird": "utf-8", "html_only": "utf-8", "plain": "utf-8"}
OUTLOOK_CS = {"en": "windows-1252", "de": "windows-1252", "sv": "windows-1252", "da": "windows-1252",
              "nb": "windows-1252", "fi": "windows-1252", "et": "windows-1257", "lv": "windows-1257",
              "lt": "windows-1257", "pl": "windows-1250", "ru": "windows-1251"}
DEFAULT_CTE = {"outlook": "quoted-printable", "gmail": "quoted-printable", "apple": "quoted-printable",
               "iphone": "quoted-printable", "android": "base64", "thunderbird": "8bit",
               "html_only": "quoted-printable", "plain": "8bit"}
CTE_NAMES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def message_id(m, client, addr):
    dom = addr.split("@")[1]
    k = h(m["id"] + "mid", 32)
    if client == "outlook":
        return f"<{k[:4].upper()}PR0{k[4]}MB{k[5:9].upper()}{k[9:30].upper()}@{k[:4].upper()}PR0{k[4]}MB{k[5:9].upper()}.eurprd0{int(k[6], 16) % 9 + 1}.prod.outlook.com>"
    if client in ("gmail", "android"):
        return f"<CA{base64.b64encode(bytes.fromhex(k)).decode().rstrip('=')}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        u = k.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    return f"<{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:32]}@{dom}>"


def build(m, lang):
    client = m.get("client", "gmail")
    assert client in CLIENTS, (m["id"], client)
    cs = m.get("cs") or DEFAULT_CS[client] or OUTLOOK_CS[lang]
    cte = CTE_NAMES.get(m.get("cte"), None) or DEFAULT_CTE[client]
    if cte == "8bit" and cs in ("us-ascii",):
        cte = "7bit"
    m["_cs"], m["_lang"] = cs, lang
    hcs = m.get("hcs", "utf-8" if client in ("gmail", "android", "apple", "iphone", "thunderbird") else cs)
    henc = m.get("henc", "Q" if client in ("outlook", "thunderbird") else "B")
    ev = m.get("ev", 1)
    event = L10N.EVENTS[ev]
    if "<" in m["frm"]:
        name = m["frm"].split("<")[0].strip().strip('"')
        addr = m["frm"].split("<")[1].rstrip(">").strip()
    else:
        name, addr = "", m["frm"]
    when = mail_date(m, lang)
    to_name, to_addr = event["to"]
    raw8 = m.get("raw8", False)

    own = m.get("body", "").strip("\n") + "\n"
    if m.get("html") and m.get("body", "(html)") == "(html)":
        own = html_to_text(m["html"])
    sig = (m.get("sig") or "").strip("\n")
    if sig and client == "thunderbird" and m.get("sigdash", True):
        sig_text = "-- \n" + sig
    else:
        sig_text = sig
    phone_sig = ""
    if client == "iphone" and m.get("phone_sig", True):
        phone_sig = L10N.PHONE[lang][0]
    elif client == "android" and m.get("phone_sig", True):
        phone_sig = L10N.PHONE[lang][1]

    subject = m.get("subj", "")
    quote_text = quote_html = None
    extra = {}
    if m.get("quote"):
        fields = {"email": m.get("ack", {}).get("email", addr)}
        fields.update(m.get("ack", {}))
        ack_subj, ack_body = ack_text(m.get("ack_lang", lang), ev, fields)
        ack_when = when - dt.timedelta(hours=3 + int(h(m["id"] + "a", 4), 16) % 40, minutes=17)
        quote_text, quote_html = quote_block(client, lang, ack_when, event["to"], addr, ack_subj, ack_body, name)
        if "subj" not in m:
            pre = L10N.OUTLOOK_RE[lang] if client == "outlook" else "Re"
            subject = f"{pre}: {ack_subj}"
        ack_id = f"<ack-{h(m['id'] + 'ack', 16)}@{to_addr.split('@')[1]}>"
        extra["In-Reply-To"] = ack_id
        extra["References"] = ack_id
    fwd_text = None
    if m.get("fwd"):
        a = L10N.ANNOUNCEMENT[m["fwd"]]
        fwd_when = when - dt.timedelta(days=2 + int(h(m["id"] + "f", 4), 16) % 9, hours=5)
        fwd_text = forward_block(client, lang, fwd_when, a["from"], m.get("fwd_to", addr), a["subject"], a["body"])
        if "subj" not in m:
            pre = L10N.OUTLOOK_FW[lang] if client == "outlook" else "Fwd"
            subject = f"{pre}: {a['subject']}"

    text = own
    if sig_text:
        text += "\n" + sig_text + "\n"
    if phone_sig:
        text += "\n" + phone_sig + "\n"
    if fwd_text:
        text += fwd_text
    if quote_text:
        text += quote_text
    if not m.get("cs"):
        # Outlook and webmails send the legacy charset only when the text fits in it.
        try:
            (text + name + subject + (m.get("html") or "")).encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        m["_cs"] = cs
        if hcs not in ("utf-8",) and "hcs" not in m:
            hcs = cs
    if not m.get("cs"):
        # Outlook and webmails send the legacy charset only when the text fits in it.
        try:
            (text + name + subject + (m.get("html") or "")).encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        m["_cs"] = cs
        if hcs not in ("utf-8",) and "hcs" not in m:
            hcs = cs
    text = fit_charset(text, cs)

    headers = []
    dom = addr.split("@")[1]
    headers.append(("Return-Path", f"<{addr}>"))
    headers.append(("Received", f"from mail.{dom} (mail.{dom} [192.0.2.{int(h(dom, 2), 16) % 200 + 20}])\r\n\tby mx.event.test (Postfix) with ESMTPS id {h(m['id'] + 'q', 10).upper()}\r\n\tfor <{to_addr}>; {rfc_date(when)}"))
    headers.append(("From", addr_header(name, addr, hcs, henc, raw8)))
    headers.append(("To", m.get("to") or addr_header(to_name, to_addr, hcs, henc)))
    if m.get("cc"):
        headers.append(("Cc", m["cc"]))
    headers.append(("Subject", fold_subject(subject, hcs, henc, raw8)))
    headers.append(("Date", rfc_date(when)))
    headers.append(("Message-ID", m.get("msgid") or message_id(m, client, addr)))
    for k, v in extra.items():
        headers.append((k, v))
    if client == "outlook":
        headers.append(("Thread-Topic", fold_subject(subject.split(": ", 1)[-1], hcs, henc)))
        headers.append(("Thread-Index", base64.b64encode(bytes.fromhex(h(m["id"] + "ti", 44))).decode()))
        headers.append(("Content-Language", L10N.CONTENT_LANGUAGE[lang]))
        headers.append(("X-MS-Has-Attach", ""))
        headers.append(("X-Mailer", "Microsoft Outlook 16.0"))
    elif client == "apple":
        headers.append(("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"))
    elif client == "iphone":
        headers.append(("X-Mailer", "iPhone Mail (21E236)"))
    elif client == "thunderbird":
        headers.append(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1"))
    if m.get("mailer"):
        headers.append(("X-Mailer", m["mailer"]))
    for k, v in (m.get("hdrs") or {}).items():
        headers.append((k, v))
    headers.append(("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))" if client == "apple" else "1.0"))

    def part(ctype, payload, params=""):
        return ([("Content-Type", f"{ctype}; charset=\"{cs}\"{params}"), ("Content-Transfer-Encoding", cte)],
                encode_body(payload, cs, cte))

    is_flowed = client in ("thunderbird", "apple") or m.get("flowed")
    plain_text = flowed(text) if is_flowed else text
    plain_params = "; format=flowed" if is_flowed else ""
    if client in ("outlook", "gmail", "android") or (client == "apple" and m.get("apple_html")):
        htm = fit_charset(build_html(m, client, own + ("\n" + phone_sig if phone_sig else ""), sig, quote_html,
                                     fwd_text), cs)
        bnd = "----=_NextPart_" + h(m["id"] + "b", 24) if client == "outlook" else "000000000000" + h(m["id"] + "b", 16)
        parts = [part("text/plain", plain_text, plain_params), part("text/html", htm)]
        headers.append(("Content-Type", f"multipart/alternative; boundary=\"{bnd}\""))
        body = ""
        for ph, pb in parts:
            body += f"--{bnd}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in ph) + "\r\n" + pb.rstrip("\r\n") + "\r\n\r\n"
        body += f"--{bnd}--\r\n"
    elif client == "html_only":
        htm = fit_charset(build_html(m, client, own, sig, quote_html or (html.escape(quote_text, quote=False).replace("\n", "<br>") if quote_text else None), fwd_text), cs)
        ph, body = part("text/html", htm)
        headers.extend(ph)
    else:
        ph, body = part("text/plain", plain_text, plain_params)
        headers.extend(ph)

    head = "".join(f"{k}: {v}\r\n" if v != "" else f"{k}: \r\n" for k, v in headers)
    raw = head.encode("utf-8" if raw8 else "ascii") + b"\r\n" + body.encode(cs if cte in ("8bit", "7bit") else "ascii")
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return raw, dict(client=client, charset=cs, transfer_encoding=cte, name=name, addr=addr)


# ---------------------------------------------------------------- labels

def labels_for(m, lang, info):
    lb = dict(m.get("L") or {})
    intents = lb.pop("I", ["registration"])
    for i in intents + lb.get("Iopt", []):
        assert i in INTENTS, (m["id"], i)
    auto = lb.pop("auto", None)
    out = {"intents": sorted(intents)}
    if lb.get("Iopt"):
        out["intents_optional"] = sorted(lb.pop("Iopt"))
    out["automated"] = auto
    out["language"] = lb.pop("lang", lang)
    email = lb.pop("email", info["addr"])
    out["email"] = email
    if auto:
        out.update(name=None, organisation=None, organisation_contains=None, country=None, experience=None,
                   participants=[], note=False, review=None)
        assert not intents, m["id"]
    else:
        out["name"] = lb.pop("name")
        org = lb.pop("org", None)
        out["organisation"] = org
        out["organisation_contains"] = lb.pop("orgc", org)
        if lb.get("orgnot"):
            out["organisation_not"] = lb.pop("orgnot")
        out["country"] = lb.pop("cc", None)
        out["experience"] = lb.pop("exp", None)
        if "parts" in lb:
            out["participants"] = [{"email": e, "name": n} for e, n in lb.pop("parts")]
        elif set(intents) & {"registration", "cancellation", "update"}:
            out["participants"] = [{"email": email, "name": out["name"]}]
        else:
            out["participants"] = []
        out["note"] = lb.pop("note", False)
        out["review"] = lb.pop("review", None)
        assert out["review"] in REVIEWS, (m["id"], out["review"])
        assert out["experience"] in (None, "starting", "experienced"), m["id"]
        assert out["country"] is None or re.fullmatch(r"[A-Z]{2}", out["country"]), m["id"]
    extra_unscored = lb.pop("unscored", [])
    if not auto and out["country"] is None and out["organisation"] and PLACE_IN_NAME.search(out["organisation"]):
        # The only place is inside the organisation's name ("Tartu Teaduspark", "Latvijas …"):
        # reporting that country or leaving it empty are both accepted.
        extra_unscored = extra_unscored + ["country"]
    assert not lb, (m["id"], "unknown label keys", lb)
    if m.get("quote") and not auto:
        # Values that appear only in the quoted acknowledgement (regbot's own earlier record)
        # are not scored: taking them from the quote or leaving them empty are both fine.
        ack = m.get("ack", {})
        unscored = []
        if ack.get("org") and out["organisation"] in (None, ack["org"]):
            unscored.append("organisation")
        ack_cc = ACK_COUNTRY.get(ack.get("country") or "")
        if ack_cc and out["country"] in (None, ack_cc):
            unscored.append("country")
        if unscored:
            out["unscored"] = unscored
    if extra_unscored:
        out["unscored"] = sorted(set(out.get("unscored", [])) | set(extra_unscored))
    return out


# Stems of the region's countries and places as they appear inside organisation names.
PLACE_IN_NAME = re.compile("(?i)" + "|".join([
    "latvi", "latvij", "латви", "lietuv", "lithuani", "литв", "eesti", "eston", "эстон", "suomen", "finland",
    "finnish", "sverige", "swed", "dansk", "danmark", "denmark", "danish", "norsk", "norw", "norge", "polsk",
    "polish", "poland", "deutschland", "german", "riga", "rīg", "tartu", "tallinn", "таллин", "pärnu", "narva",
    "нарв", "viljandi", "ida-viru", "ида-вир", "kaunas", "kauno", "vilni", "klaipėd", "клайпед", "šiauli", "panevėž",
    "oulu", "kuopio", "turku", "turun", "tampere", "lahti", "lapin", "pirkanma", "satakun", "häme", "keski-suomen",
    "aalborg", "aarhus", "odense", "esbjerg", "bornholm", "jylland", "sjælland", "fyn", "limfjord", "bergen",
    "trondheim", "trøndelag", "stavanger", "andøy", "møre", "vestland", "innlandet", "viken", "nord-norge",
    "nordland", "småland", "skåne", "gotland", "dalarna", "bohuslän", "skövde", "mälardal", "sjuhärad", "norrland",
    "norrbotten", "uppsala", "stockholm", "linköping", "göteborg", "åboland", "vasaregion", "gävleborg", "skaraborg",
    "kurzeme", "vidzeme", "zemgale", "latgal", "латгал", "liepāj", "ventspil", "вентспил", "юрмал", "rostock",
    "kiel", "hamburg", "bremen", "rügen", "brandenburg", "sachsen", "niedersachsen", "schleswig", "mecklenburg",
    "norddeutschland", "gdańsk", "krak", "łódz", "łódź", "pomor", "podkarpac", "podlask", "lubel", "lubusk",
    "wielkopol", "małopol", "mazur", "warmi", "śląsk", "silesi", "калининград", "петербург", "псков",
    "северо-запад",
]))

# Country names as the quoted acknowledgements print them.
ACK_COUNTRY = {"Danmark": "DK", "Denmark": "DK", "Dänemark": "DK", "Deutschland": "DE", "Germany": "DE",
               "Eesti": "EE", "Эстония": "EE", "Finland": "FI", "Suomi": "FI", "Latvia": "LV", "Latvija": "LV",
               "Läti": "LV", "Латвия": "LV", "Lietuva": "LT", "Lithuania": "LT", "Litwa": "LT", "Литва": "LT",
               "Norge": "NO", "Polska": "PL", "Poland": "PL", "Ruotsi": "SE", "Sverige": "SE", "Sweden": "SE",
               "United Kingdom": "GB"}


def load(lang):
    path = HERE / "src" / f"{lang}.py"
    if not path.exists():
        return []
    spec = importlib.util.spec_from_file_location(f"src_{lang}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.MAILS


KIND_ORDER = ["registration", "registration_note", "registration_idea", "idea_only", "on_behalf", "forwarded",
              "question", "question_in_request", "update", "cancellation", "thanks", "auto_reply", "list"]
# Languages merged to main before the start rule was changed to balance the halves per language:
# they keep the first rule, so no mail anyone may have seen in tune/ ever moves to measure/.
FIRST_RULE = {"en", "lv", "lt", "et"}


def split_of(lang, kind, k):
    """k-th mail (source order) of this language and kind: alternate, from a per-group start.

    Appending mails never moves an existing one to the other half."""
    if lang in FIRST_RULE:
        start = int(h(lang + kind, 2), 16) % 2
    else:
        start = (KIND_ORDER.index(kind) + LANGS.index(lang)) % 2
    return "tune" if (k + start) % 2 == 0 else "measure"


def check(raw, m, info, lab):
    """The message parses cleanly and its labels can be found in what it says."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert not msg.defects, (m["id"], msg.defects)
    frm = msg["From"].addresses[0]
    assert frm.addr_spec == info["addr"], (m["id"], frm.addr_spec)
    texts = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            assert not p.defects, (m["id"], p.defects)
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            texts.append(t)
    if lab["automated"]:
        return
    text = re.sub(r"\s+", " ", " ".join(texts)).casefold()
    if lab["organisation_contains"] and not lab.get("organisation_not"):
        assert lab["organisation_contains"].casefold() in text, (m["id"], "organisation not in the text")
    for bad in lab.get("organisation_not", []):
        assert bad.casefold() in text, (m["id"], "inflected form not in the text", bad)
    seen = text + " " + str(frm.display_name).casefold()
    assert all(part in seen for part in lab["name"].casefold().split()), (m["id"], "name not in the mail")
    for p in lab["participants"]:
        assert p["email"] is None or p["email"] == lab["email"] or p["email"] in text, (m["id"], p)


def main():
    outdir = HERE / "mail"
    all_labels = {"tune": {}, "measure": {}}
    seen = set()
    for sub in all_labels:
        d = outdir / sub
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.eml"):
            old.unlink()
    counts = {}
    for lang in LANGS:
        per_kind = {}
        for m in load(lang):
            assert m["id"] not in seen, m["id"]
            seen.add(m["id"])
            assert m["kind"] in KINDS, (m["id"], m["kind"])
            k = per_kind.get(m["kind"], 0)
            per_kind[m["kind"]] = k + 1
            split = split_of(lang, m["kind"], k)
            raw, info = build(m, lang)
            lab = labels_for(m, lang, info)
            check(raw, m, info, lab)
            fname = f"m{h(m['id'], 10)}.eml"
            (outdir / split / fname).write_bytes(raw)
            lab["meta"] = {"source_id": m["id"], "kind": m["kind"], "client": info["client"],
                           "charset": info["charset"], "transfer_encoding": info["transfer_encoding"],
                           "event": m.get("ev", 1)}
            all_labels[split][fname] = lab
            counts[(lang, split)] = counts.get((lang, split), 0) + 1
    for split, labs in all_labels.items():
        (outdir / split / "labels.json").write_text(
            json.dumps(dict(sorted(labs.items())), ensure_ascii=False, indent=1, sort_keys=False) + "\n")
    write_counts(all_labels)
    total = sum(counts.values())
    print(f"{total} mails: " + ", ".join(f"{l} {counts.get((l, 'tune'), 0)}+{counts.get((l, 'measure'), 0)}" for l in LANGS))


def table(title, labels, key):
    c = {}
    for split, labs in labels.items():
        for lab in labs.values():
            c[(key(lab), split)] = c.get((key(lab), split), 0) + 1
    keys = sorted({k for k, _ in c}, key=lambda k: (-(c.get((k, "tune"), 0) + c.get((k, "measure"), 0)), str(k)))
    rows = [f"| {title} | tune | measure | all |", "|---|---:|---:|---:|"]
    for k in keys:
        t, m = c.get((k, "tune"), 0), c.get((k, "measure"), 0)
        rows.append(f"| {k} | {t} | {m} | {t + m} |")
    t = sum(c.get((k, "tune"), 0) for k in keys)
    m = sum(c.get((k, "measure"), 0) for k in keys)
    rows.append(f"| **total** | {t} | {m} | {t + m} |")
    return "\n".join(rows) + "\n"


def write_counts(labels):
    """Keeps README.md's count tables equal to what is on disk."""
    events = {1: "1: Riga workshop", 2: "2: Tallinn forum"}
    parts = [table("language (label)", labels, lambda v: v["language"]),
             table("kind", labels, lambda v: v["meta"]["kind"]),
             table("client", labels, lambda v: v["meta"]["client"]),
             table("charset", labels, lambda v: v["meta"]["charset"]),
             table("transfer encoding", labels, lambda v: v["meta"]["transfer_encoding"]),
             table("event", labels, lambda v: events[v["meta"]["event"]])]
    rows = ["| half / collection | messages | bounce | delay | receipt | auto_reply | feedback | not_bounce | failed addresses |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for tsv in sorted((HERE / "bounces").glob("*/*/labels.tsv")):
        lines = [ln.split("\t") for ln in tsv.read_text().splitlines()[1:] if ln.strip()]
        kinds = [ln[1] for ln in lines]
        rows.append(f"| {tsv.parent.relative_to(HERE / 'bounces')} | {len(lines)} | "
                    + " | ".join(str(kinds.count(k)) for k in ("bounce", "delay", "receipt", "auto_reply", "feedback", "not_bounce"))
                    + f" | {sum(len(ln[2].split()) for ln in lines)} |")
    readme = (HERE / "README.md").read_text()
    for marker, body in (("counts", "\n".join(parts)), ("bounce counts", "\n".join(rows) + "\n")):
        start = f"<!-- {marker}: written by generate.py -->\n"
        end = f"<!-- /{marker} -->"
        a = readme.index(start) + len(start)
        readme = readme[:a] + body + readme[readme.index(end, a):]
    (HERE / "README.md").write_text(readme)


if __name__ == "__main__":
    main()
