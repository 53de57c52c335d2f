"""Trains the learned second opinion (src/understand/learned/) and validates it honestly.

    pip install numpy scipy
    python3 tests/eval/learned/train.py BIN              # fit on everything, write the weights
    python3 tests/eval/learned/train.py BIN --validate   # out-of-fold figures per set, no write
    (--with-rules: the rules' intents as features too; --held a,b: other held-out set names)

BIN is a release build of regbot from the code the weights are for: the rules' intents are
features, so retrain whenever the rules change (a full retrain takes about a minute).

Training material: every probe set in tests/eval/probes/ except the held-out ones (HELD_OUT
below, or --held), built into mails by tests/eval/probes/run.py's own builder, and the tuning
half (tests/eval/mail/tune/, labels.json). Never the measuring half, never tests/eval/src/.
Automated mail is left out: the model never sees it.

Validation is leave-one-session-out: the a/b/c sets of one session are written from one brief
and are alike, so they are held out together, and the tuning half is a fold of its own. Every
figure it prints for a set comes from a model that never saw that set's session.
"""
import hashlib, json, re, subprocess, sys, tempfile
from pathlib import Path

import numpy as np
import scipy.optimize
import scipy.sparse

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
REPO = EVAL.parent.parent
sys.path.insert(0, str(EVAL / "probes"))
import run as probes_run  # noqa: E402  (the probes' own mail builder)

HELD_OUT = ("twentyfourth",)
INTENTS = ["registration", "idea", "cancellation", "update", "question"]
FEATURES_RS = REPO / "src/understand/learned/features.rs"
WEIGHTS = REPO / "src/understand/learned/weights.bin"
L2 = 3e-4
EVENT_CONFIGS = {2: EVAL / "events" / "forum.toml"}
# Mail about anything but the event (help-desk tickets, forum replies, test mails, spam): the
# person mails of the shared real-world corpus, as no-intent examples. Half of them train
# (`realworld`); the other half (`realworld-held`) never does, and shows the gate's firings on
# mail the model never saw. The written non-event mail of tests/eval/probes/noise-a.jsonl trains
# too. --no-negatives trains on none of them (the model before them), though all are read and
# reported; --no-realworld leaves the corpus out altogether (where it is not at hand).
REALWORLD = Path("/work/shared/corpus/realworld")
USE_NEGATIVES = "--no-negatives" not in sys.argv
# The fixed indices that carry the rules' intents (features.rs, `meta`). Left out unless
# --with-rules: with them the model learns to repeat the rules (out of fold it never once
# disagreed with them strongly enough to pass a gate); without them it reads the sender's
# words alone and is a second opinion. Their weights are then zero in the file.
RULE_INDICES = {0, 1, 2, 3, 4, 5, 15}
USE_RULES = "--with-rules" in sys.argv


def rust_const(name):
    text = FEATURES_RS.read_text()
    m = re.search(rf"pub const {name}: \w+ = ([^;]+);", text)
    return eval(m.group(1).replace("1 << ", "1<<").replace("_", ""))


VERSION, BUCKETS, META = rust_const("VERSION"), rust_const("BUCKETS"), rust_const("META")


def realworld_half(path):
    """`realworld` or `realworld-held`, from a hash of the collection and the file's name
    without its folder: stable across machines and runs, and the same mail kept in several
    folders of one collection (email_reply_trimmer's emails/, trimmed/, elided/) stays in one
    half."""
    rel = Path(path).relative_to(REALWORLD)
    key = f"{rel.parts[0]}/{Path(rel.name).stem}".encode()
    return "realworld-held" if hashlib.sha256(key).digest()[0] & 1 else "realworld"


def realworld_files():
    """The corpus's mails: every file below a collection's own folder (the collections' top
    level holds their licences and labels), as /tmp/rw-files.txt lists them."""
    return sorted(str(f) for c in sorted(REALWORLD.iterdir()) if c.is_dir()
                  for f in c.rglob("*") if f.is_file() and f.parent != c)


def features(binary, files, config=None):
    out = {}
    opts = ["--config", str(config)] if config else []
    for i in range(0, len(files), 500):
        res = subprocess.run([binary, *opts, "features", *files[i:i + 500]], capture_output=True,
                             text=True, check=True, cwd=REPO)
        for line in res.stdout.splitlines():
            d = json.loads(line)
            out[d["file"]] = d
    return out


def load(binary, held):
    """Rows: dicts with set, session, features, rules, want, optional."""
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="regbot-learned-"))
    for src in sorted((EVAL / "probes").glob("*.jsonl")):
        if any(src.stem.startswith(h) for h in held):
            continue
        probes = [json.loads(l) for l in src.read_text().splitlines() if l.strip()]
        folder = tmp / src.stem
        folder.mkdir()
        files = probes_run.build(probes, folder)
        got = features(binary, files)
        for p, f in zip(probes, files):
            g = got[f]
            if g["automated"]:
                continue
            rows.append(dict(set=src.stem, session=src.stem.split("-")[0], id=p["id"],
                             features=g["features"], rules=g["intents"], want=p["intents"],
                             optional=p.get("optional", []), may_add=g["may_add"],
                             names_event=g.get("names_event")))
    subprocess.run(["rm", "-rf", str(tmp)])
    tune = EVAL / "mail" / "tune"
    labels = json.loads((tune / "labels.json").read_text())
    names = sorted(n for n, l in labels.items() if not l["automated"])
    # Each tuning mail is read with its own event's configuration, as score.py reads it.
    got = {}
    for event in sorted({labels[n]["meta"].get("event", 1) for n in names}):
        mine = [str(tune / n) for n in names if labels[n]["meta"].get("event", 1) == event]
        got.update(features(binary, mine, EVENT_CONFIGS.get(event)))
    for n in names:
        g = got[str(tune / n)]
        if g["automated"]:
            continue
        l = labels[n]
        rows.append(dict(set="tune", session="tune", id=n, features=g["features"],
                         rules=g["intents"], want=l["intents"],
                         optional=l.get("intents_optional", []), may_add=g["may_add"],
                             names_event=g.get("names_event")))
    if REALWORLD.is_dir() and "--no-realworld" not in sys.argv:
        files = realworld_files()
        got = features(binary, files)
        for f in files:
            g = got.get(f)
            # A person's mail only: bounces and auto-replies never reach the model, and a
            # file regbot could not read as mail gives it no words.
            if g is None or g["automated"] or not g["features"]:
                continue
            half = realworld_half(f)
            rows.append(dict(set=half, session=half, id=str(Path(f).relative_to(REALWORLD)),
                             features=g["features"], rules=g["intents"], want=[], optional=[],
                             may_add=g["may_add"],
                             names_event=g.get("names_event")))
    return rows


def negative(r):
    """Mail that has nothing to do with the event: the real-world halves and noise-a."""
    return r["session"] in ("realworld", "realworld-held", "noise")


def trains(r):
    """Whether a row may train a model: never the held real-world half, and the other
    non-event mail only without --no-negatives."""
    return r["set"] != "realworld-held" and (USE_NEGATIVES or not negative(r))


def matrix(rows):
    """The design matrix as the Rust scorer reads it: fixed features 1, text features
    1/sqrt(number of text features), each index once."""
    indptr, indices, data = [0], [], []
    for r in rows:
        ix = [i for i, _ in r["features"] if USE_RULES or i not in RULE_INDICES]
        text = sum(1 for i in ix if i >= META)
        norm = 1.0 / np.sqrt(text) if text else 0.0
        indices.extend(ix)
        data.extend(1.0 if i < META else norm for i in ix)
        indptr.append(len(indices))
    return scipy.sparse.csr_matrix((np.array(data), np.array(indices), np.array(indptr)),
                                   shape=(len(rows), BUCKETS))


def targets(rows):
    y = np.zeros((len(rows), len(INTENTS)))
    m = np.ones((len(rows), len(INTENTS)))
    for n, r in enumerate(rows):
        for k, intent in enumerate(INTENTS):
            y[n, k] = intent in r["want"]
            if intent in r["optional"] and intent not in r["want"]:
                m[n, k] = 0.0
    return y, m


def fit(x, y, m):
    """One L2 logistic regression per intent (bias unregularised); returns (bias, weights)."""
    bias, weights = np.zeros(len(INTENTS)), np.zeros((BUCKETS, len(INTENTS)))
    xt = x.T.tocsr()
    for k in range(len(INTENTS)):
        yk, mk = y[:, k], m[:, k]
        n = mk.sum()

        def loss(theta):
            b, w = theta[0], theta[1:]
            z = x @ w + b
            p = 1.0 / (1.0 + np.exp(-z))
            ll = mk * (np.logaddexp(0, z) - yk * z)
            g = mk * (p - yk) / n
            return ll.sum() / n + 0.5 * L2 * w @ w, np.concatenate([[g.sum()], xt @ g + L2 * w])

        r = scipy.optimize.minimize(loss, np.zeros(BUCKETS + 1), jac=True, method="L-BFGS-B",
                                    options=dict(maxiter=300))
        bias[k], weights[:, k] = r.x[0], r.x[1:]
    return bias, weights


def predict(x, bias, weights):
    return 1.0 / (1.0 + np.exp(-(x @ weights + bias)))


def right(want, optional, have):
    want, opt, have = set(want), set(optional), set(have)
    return want <= have <= want | opt


def validate(rows):
    x = matrix(rows)
    y, m = targets(rows)
    oof = np.zeros((len(rows), len(INTENTS)))
    may_train = np.array([trains(r) for r in rows])
    for fold, sessions in enumerate(folds(rows)):
        test = np.array([r["session"] in sessions for r in rows])
        fit_on = may_train & ~test
        b, w = fit(x[fit_on], y[fit_on], m[fit_on])
        oof[test] = predict(x[test], b, w)
        print(f"fold {fold} {sorted(sessions)}: {test.sum()} mails", file=sys.stderr)
    # The held real-world half is judged by the model as shipped (trained on all the rest):
    # it never saw those mails.
    held = ~may_train
    if held.any():
        b, w = fit(x[may_train], y[may_train], m[may_train])
        oof[held] = predict(x[held], b, w)
    name = "rules" if USE_RULES else "norules"
    np.save(f"/tmp/learned-oof-{name}.npy", oof)
    Path(f"/tmp/learned-rows-{name}.json").write_text(json.dumps(
        [{k: r[k] for k in ("set", "id", "rules", "want", "optional")} for r in rows]))
    report(rows, oof)


def folds(rows):
    """Sessions held out together: the twentysecond sets (the only ones the rules had not
    been tuned on before last session's end) alone, the tuning half alone, and the other
    sessions in four groups (every session is held out once, with others; four groups rather
    than one fold per session keep a validation to a few minutes)."""
    sessions = sorted({r["session"] for r in rows} - {"twentysecond", "tune", "realworld-held",
                                                    "noise"})
    groups = [set(sessions[i::4]) for i in range(4)]
    # The written non-event mail is held out with the real-world half, not beside an event
    # session: the folds of the event's mail stay those of a model trained without either.
    for g in groups:
        if "realworld" in g:
            g.add("noise")
    return [{"twentysecond"}, {"tune"}, *groups]


def report(rows, oof):
    reg = INTENTS.index("registration")
    taus_add = [0.5, 0.6, 0.7, 0.8, 0.9]
    taus_doubt = [0.02, 0.05, 0.1, 0.2]
    # The same gate, only for mail that names something of the event (`event_words.rs`).
    taus_event = [0.6, 0.7, 0.8]
    sets = sorted({r["set"] for r in rows}, key=lambda s: (
        s.startswith(("realworld", "noise")), s.startswith("twentysecond"), s))
    head = "set            n  rules model " + " ".join(f"a{t:<4}" for t in taus_add)
    head += " " + " ".join(f"e{t:<4}" for t in taus_event)
    head += " | drop " + " ".join(f"b{t:<4}" for t in taus_doubt)
    print(head)
    totals = {}
    for s in sets + ["ALL"]:
        # ALL: the event's mail (probe sets and tuning half); the non-event mail apart.
        idx = [i for i, r in enumerate(rows)
               if r["set"] == s or (s == "ALL" and not negative(r))]
        line = {}
        line["rules"] = sum(right(rows[i]["want"], rows[i]["optional"], rows[i]["rules"]) for i in idx)
        line["model"] = sum(right(rows[i]["want"], rows[i]["optional"],
                                  [INTENTS[k] for k in range(5) if oof[i, k] >= 0.5]) for i in idx)
        cells = []
        for t, event_words in [(t, False) for t in taus_add] + [(t, True) for t in taus_event]:
            gain = loss = 0
            for i in idx:
                r = rows[i]
                if r["rules"] or not r["may_add"] or oof[i, reg] < t:
                    continue
                if event_words and not r["names_event"]:
                    continue
                before = right(r["want"], r["optional"], r["rules"])
                after = right(r["want"], r["optional"], ["registration"])
                gain += after and not before
                loss += before and not after
            cells.append(f"+{gain}-{loss}")
        drops = []
        for t in taus_doubt:
            gain = loss = 0
            for i in idx:
                r = rows[i]
                if "registration" not in r["rules"] or oof[i, reg] > t:
                    continue
                before = right(r["want"], r["optional"], r["rules"])
                after = right(r["want"], r["optional"], [x for x in r["rules"] if x != "registration"])
                gain += after and not before
                loss += before and not after
            drops.append(f"+{gain}-{loss}")
        print(f"{s:<14}{len(idx):>4} {line['rules']:>5} {line['model']:>5} "
              + " ".join(f"{c:<5}" for c in cells) + " |      " + " ".join(f"{c:<5}" for c in drops))


def write(rows):
    held = [r for r in rows if not trains(r)]
    rows = [r for r in rows if trains(r)]
    x = matrix(rows)
    y, m = targets(rows)
    bias, weights = fit(x, y, m)
    reg = INTENTS.index("registration")
    for name, part in (("held (never trained on)", held),
                       ("trained on (in-sample)", [r for r in rows if r["set"] == "realworld"])):
        if not part:
            continue
        p = predict(matrix(part), bias, weights)[:, reg]
        fired = [(r["id"], r["names_event"]) for r, q in zip(part, p)
                 if not r["rules"] and r["may_add"] and q >= 0.8]
        print(f"real-world half {name}: {len(part)} person mails, the gate at 0.8 fires on "
              f"{len(fired)}, {sum(1 for _, e in fired if e)} of them naming the event: "
              + ", ".join(f"{f}{' (event words)' if e else ''}" for f, e in fired))
    out = bytearray(b"RBLM")
    out += VERSION.to_bytes(2, "little") + bytes([len(INTENTS), 0]) + BUCKETS.to_bytes(4, "little")
    text = weights.copy()
    text[:META] = 0.0
    scales = np.abs(text).max(axis=0) / 127.0
    scales[scales == 0] = 1.0
    for k in range(len(INTENTS)):
        params = [bias[k], scales[k], *weights[:META, k]]
        out += np.array(params, dtype="<f4").tobytes()
    q = np.clip(np.round(text / scales), -127, 127).astype(np.int8)
    for k in range(len(INTENTS)):
        out += q[:, k].tobytes()
    WEIGHTS.write_bytes(bytes(out))
    print(f"wrote {WEIGHTS.relative_to(REPO)}: {len(out)} bytes, version {VERSION}, "
          f"{len(rows)} mails, {int((q != 0).sum())} nonzero text weights")


def main():
    args = sys.argv[1:]
    binary = str(Path(args[0]).resolve())
    held = HELD_OUT
    if "--held" in args:
        held = tuple(args[args.index("--held") + 1].split(","))
    rows = load(binary, held)
    print(f"{len(rows)} mails from {len({r['set'] for r in rows})} sets", file=sys.stderr)
    if "--validate" in args:
        validate(rows)
    else:
        write(rows)


if __name__ == "__main__":
    main()
