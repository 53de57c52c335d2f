#!/usr/bin/env python3
"""Sums `perf report --no-children --sort sym --stdio` lines into regbot's components
(scripts/profile). Each sample's symbol is put in the first bucket whose pattern it matches."""

import re
import sys

BUCKETS = [
    ("understanding (regbot::understand, regex, mail parsing, charsets, language)",
     r"regbot::understand|regex|aho_corasick|memchr|mailparse|charset|encoding_rs|chardetng|"
     r"whatlang|html2text|html5ever|markup5ever|quoted_printable|base64|unicode"),
    ("templates (minijinja)", r"minijinja"),
    ("SQL client (sqlx, PostgreSQL protocol)", r"sqlx|postgres|crc|md5|sha2|hmac"),
    ("SMTP client + message building (lettre, rustls)", r"lettre|rustls|ring|email_encoding"),
    ("IMAP client (async-imap)", r"async_imap|imap_proto|nom"),
    ("JSON (serde_json)", r"serde_json|serde::"),
    ("async runtime (tokio, futures)", r"tokio|futures|mio|parking_lot"),
    ("allocation and copies (malloc, memcpy)", r"malloc|free|realloc|memcpy|memmove|memset|alloc::|_int_|cfree"),
    ("kernel (syscalls: sockets, futex, scheduling)", r"^\[k\]|\[kernel|entry_SYSCALL|do_syscall|__x64|tcp_|sock_|futex"),
    ("other regbot", r"regbot"),
]

LINE = re.compile(r"^\s*([\d.]+)%\s+\[(.)\]\s+(.*)$")

totals = {name: 0.0 for name, _ in BUCKETS}
totals["other"] = 0.0
top_other = []
for line in sys.stdin:
    m = LINE.match(line)
    if not m:
        continue
    pct, kind, sym = float(m.group(1)), m.group(2), m.group(3).strip()
    key = f"[{kind}] {sym}"
    for name, pat in BUCKETS:
        if re.search(pat, key):
            totals[name] += pct
            break
    else:
        totals["other"] += pct
        top_other.append((pct, sym))

for name, pct in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{pct:6.1f} %  {name}")
top_other.sort(reverse=True)
if top_other:
    print("        largest 'other':", ", ".join(f"{s[:50]} {p:.1f}%" for p, s in top_other[:5]))
