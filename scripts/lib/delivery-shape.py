#!/usr/bin/env python3
"""What the mail stack spends per mail by the mail's shape and by where it goes (issue 12).

    eval "$(scripts/mailstack env)"
    python3 scripts/lib/cpusample.py python3 scripts/lib/delivery-shape.py SHAPE SPREAD [N]

SHAPE: `plain` (smtp-source's kind: 2 KB of text), `textonly` (a regbot acknowledgement as one
text/plain part) or `mime` (the acknowledgement as multipart/alternative, text and HTML, with
regbot's headers). SPREAD: `one` (every mail into one mailbox) or `many` (a new mailbox per
mail, as regbot's replies to a backlog of registrations go). Sends N (2000) mails over four SMTP
connections to the mail stack's Postfix and waits until Dovecot has all of them; cpusample
prints the CPU each process used meanwhile. Standard library only.
"""
import glob
import os
import smtplib
import sys
import threading
import time
import uuid
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formatdate

REPO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
shape, spread = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
port = int(os.environ.get("REGBOT_TEST_SMTP_PORT", "2525"))
root = os.environ["REGBOT_TEST_MAILDIR_ROOT"]
tag = uuid.uuid4().hex[:8]
domain = f"shape{tag}.test"
templates = os.path.join(REPO, "config", "templates", "en")
with open(os.path.join(templates, "registered.txt")) as f:
    text = f.read()
with open(os.path.join(templates, "registered.html")) as f:
    html = f.read()


def rcpt(i):
    return f"p{i}@{domain}" if spread == "many" else f"sink@{domain}"


def message(i):
    if shape == "plain":
        return (f"From: a@x.test\r\nTo: {rcpt(i)}\r\nSubject: test {i}\r\n"
                f"Message-ID: <{i}.{tag}@x.test>\r\nDate: {formatdate()}\r\n\r\n"
                + ("x" * 70 + "\r\n") * 28)
    m = MIMEMultipart("alternative")
    for k, v in (("From", "Workshop registration <register@event.test>"),
                 ("To", f"Participant {i} <{rcpt(i)}>"), ("Subject", "Re: Registration for the workshop"),
                 ("Message-ID", f"<{i}.{tag}@regbot.test>"), ("In-Reply-To", f"<in{i}.{tag}@example.test>"),
                 ("References", f"<in{i}.{tag}@example.test>"), ("Date", formatdate()),
                 ("Auto-Submitted", "auto-replied"), ("X-Regbot", "reply"), ("X-Auto-Response-Suppress", "All")):
        m[k] = v
    m.attach(MIMEText(text, "plain", "utf-8"))
    if shape == "mime":
        m.attach(MIMEText(html, "html", "utf-8"))
    return m.as_string()


mails = [message(i).encode() for i in range(n)]


def lane(k, lanes):
    s = smtplib.SMTP("127.0.0.1", port)
    s.ehlo("shape.test")
    for i in range(k, n, lanes):
        s.sendmail("register@event.test", [rcpt(i)], mails[i])
    s.quit()


t0 = time.time()
threads = [threading.Thread(target=lane, args=(k, 4)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
t1 = time.time()
while len(glob.glob(f"{root}/{domain}/*/Maildir/new/*")) < n:
    time.sleep(0.05)
print(f"{shape} {spread}: {len(mails[0])} bytes, accepted {n / (t1 - t0):.0f}/s, "
      f"all delivered after {time.time() - t0:.1f} s", file=sys.stderr)
