#!/usr/bin/env python3
"""CPU seconds by component over a stretch of time, for the whole machine (standard library only).

    scripts/lib/cpusample.py CMD...      runs CMD and prints CPU seconds per process name and per
                                         component while it ran, and the machine's busy share

Used by scripts/lib/bench.py (`--components`) to split the CPU of one measurement between
regbot, PostgreSQL, Postfix and Dovecot. /proc is sampled every 0.2 s: a process is counted
from its first sample to its last, so one that starts and ends between two samples is missed
and the last 0.2 s of one that exits are lost (Postfix's processes live for 100 uses or 100 s,
so the error is small against seconds of CPU). Clock ticks are 10 ms.
"""

import collections
import os
import subprocess
import sys
import threading
import time

HZ = os.sysconf("SC_CLK_TCK")

# Process name (comm, 15 characters at most) -> component.
POSTFIX = {"master", "smtpd", "cleanup", "qmgr", "trivial-rewrite", "scache", "postlogd", "anvil",
           "smtp", "lmtp", "discard", "bounce", "tlsmgr", "proxymap", "pickup", "showq", "error",
           "smtp-source"}
DOVECOT = {"dovecot", "imap", "imap-login", "lmtp", "auth", "config", "log", "anvil", "stats",
           "indexer", "indexer-worker"}


def component(comm):
    """The component a process name belongs to. `lmtp` is both Postfix's client and Dovecot's
    server; it is counted as mail delivery (Postfix + Dovecot) either way."""
    if comm.startswith("regbot"):
        return "regbot"
    if comm.startswith("postgres") or comm == "postmaster":
        return "postgres"
    if comm == "lmtp":
        return "delivery (lmtp)"
    if comm == "smtp-source":
        return "smtp-source"
    if comm in POSTFIX:
        return "postfix"
    if comm in DOVECOT or comm.startswith("dovecot"):
        return "dovecot"
    if comm.startswith("python"):
        return "bench (python)"
    return "other"


def _procs():
    out = {}
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            with open(f"/proc/{p}/stat") as f:
                s = f.read()
        except OSError:
            continue
        r = s.rfind(")")
        comm = s[s.find("(") + 1:r]
        f = s[r + 2:].split()
        out[int(p)] = (comm, int(f[11]) + int(f[12]))  # utime + stime
    return out


def _busy():
    with open("/proc/stat") as f:
        v = list(map(int, f.readline().split()[1:]))
    return sum(v), v[3] + v[4]  # total, idle + iowait


class Sampler:
    """Samples every process's CPU in a thread between start() and stop()."""

    def __init__(self, interval=0.2):
        self.interval = interval
        self.seen = {}  # pid -> [comm, ticks at first sample, ticks at last sample]
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self):
        for pid, (comm, t) in _procs().items():
            s = self.seen.get(pid)
            if s and s[0] == comm:
                s[2] = t
            else:  # new, or the pid was reused
                self.seen[pid] = [comm, t, t]

    def _run(self):
        while not self.done.is_set():
            self._sample()
            self.done.wait(self.interval)

    def start(self):
        self.t0 = time.time()
        self.busy0 = _busy()
        self._sample()
        self.thread.start()
        return self

    def stop(self):
        self.done.set()
        self.thread.join()
        self._sample()
        self.wall = time.time() - self.t0
        tot, idle = _busy()
        d = tot - self.busy0[0]
        self.busy = 1 - (idle - self.busy0[1]) / d if d else 0.0
        return self

    def by_name(self):
        per = collections.Counter()
        for comm, a, b in self.seen.values():
            per[comm] += (b - a) / HZ
        return per

    def by_component(self):
        per = collections.Counter()
        for comm, s in self.by_name().items():
            per[component(comm)] += s
        return per


def main():
    s = Sampler().start()
    p = subprocess.Popen(sys.argv[1:])
    p.wait()
    s.stop()
    err = sys.stderr
    print(f"cpusample: wall {s.wall:.1f} s, machine busy {100 * s.busy:.0f} % "
          f"of {os.cpu_count()} cores", file=err)
    for name, sec in s.by_component().most_common():
        if sec >= 0.05:
            print(f"cpusample: {name:20s} {sec:8.2f} s", file=err)
    for name, sec in s.by_name().most_common(20):
        if sec >= 0.05:
            print(f"cpusample:   {name:18s} {sec:8.2f} s", file=err)
    return p.returncode


if __name__ == "__main__":
    sys.exit(main())
