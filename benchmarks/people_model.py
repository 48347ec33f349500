"""Train and cross-validate a learned keep/drop decision on "people shown" (issue 12).

Every capitalised run the rules of ``people.py`` read in the regions ``parse_caption`` gives
them, kept or dropped, is a candidate. Its features are the signs a photo editor reads: where
the name stands, the words just before and after it ("the late", "said", "poses", "'s", a
title, "of", "by"), the word kinds of ``data/people.tsv`` they belong to, its shape (one word,
capitals, initials), whether it is a city or holds an organisation's word, how many of its
words the training captions print in lowercase, whether its first word is a first name of the
training labels, and (``--with-rules``) what the rules decided. Its label: whether its name,
normalised as ``caption_accuracy`` does, is among the record's ``persons_shown``. A logistic
regression with numpy (Newton's method, L2) gives each feature a weight; two thresholds, chosen
by an inner 3-fold split by page, say below what score a name the rules keep is dropped and
above what score a run they drop is taken back.

Scored honestly: grouped k-fold cross-validation by source page (the records of one
``source_url`` are never both in training and test; the word lists are made from the training
pages only), each test record parsed by the real parser with the rules alone and with the fold's
model; then trained on the pages of every record but the last round's ``z`` records and scored
on those. ``--score FILE`` trains on all of ``--data`` and scores FILE, never trained on.
Figures are ratios against the rules alone; the speed is the parser's with and without the
model (pure Python inference: a sum of weights per candidate).

Training needs numpy, which the project does not depend on (``pip install numpy``). The
model is not in the parser: on the development set it did not pay (see CHANGELOG.md).

    python benchmarks/people_model.py --data benchmarks/data/real_captions.jsonl
        [--with-rules | --alone] [--l2 3] [--score OTHER.jsonl] [--seconds 2]
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from caption_accuracy import expected_of, norm, read_set, rules_parser, score_rows, throughput

from media_manager.captions import parse, parse_caption, people
from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.model import Span, Value
from media_manager.captions.names import ORG_WORDS, smart_case
from media_manager.captions.person_titles import _titles, people_words, strip_title

#: A feature seen in fewer training candidates than this gets no weight.
MIN_COUNT = 3
#: The words of the sentence, punctuation marks as words of their own.
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_OWNER = re.compile(r"^.*['’]s\s+")
#: The kinds of ``data/people.tsv`` a word before or after a name is looked up in.
_BEFORE_KINDS = ("absent", "mention", "shown", "shown_by", "kin", "start", "article",
                 "thing_before", "reject_before", "contest", "photo_opening")
_AFTER_KINDS = ("subject_verb", "reported_after", "role_after", "thing_after", "past_after",
                "absent_after", "body_part")
#: The features that say what the rules decided: only with ``--with-rules``.
_RULE_FEATURES = frozenset(["kept", "dropped", "cued", "uncued"] + [
    f"size={n}{kd}" for n in range(1, 5) for kd in "kd"])


@dataclass(frozen=True)
class PeopleModel:
    """The weights of the named features, the score below which a name the rules keep is
    dropped and above which a run they drop is taken (above 1: none), and the two word lists
    the features read: words the training captions print in lowercase (twice or more) and the
    first names of the people shown in them."""

    weights: dict[str, float]
    keep_threshold: float
    take_threshold: float
    common: frozenset[str]
    given: frozenset[str]


def dropped_name(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The name a run the rules dropped would give, with its span: the owner before "'s" and
    the titles before it left out; None when nothing of a name is left."""
    run = text[start:end]
    owner = _OWNER.match(run)
    if owner:
        start, run = start + owner.end(), run[owner.end():]
    run = _POSSESSIVE_END.sub("", run.rstrip(".,"))
    name = strip_title(run)
    if not name or not name[:1].isupper():
        return None
    at = text.find(name, start, end)
    if at >= 0:
        start = at
    if name.isupper() and len(name) > 3:
        name = smart_case(name)
    return name, start, start + len(name)


def features(text: str, start: int, end: int, region_start: int, region_stop: int, name: str,
             kept: bool, confidence: float) -> list[str]:
    """The names of the binary features that hold for the name ``text[start:end]``."""
    words = people_words()
    titles = _titles()[0]
    out = ["kept" if kept else "dropped"]
    if kept:
        out.append("cued" if confidence >= 0.9 else "uncued")
    tokens = name.split()
    size = min(len(tokens), 4)
    out.append(f"size={size}{'k' if kept else 'd'}")
    out.append(f"size={size}")
    if name.replace(" ", "").isupper() or text[start:end].replace(" ", "").isupper():
        out.append("capitals")
    before = _TOKEN.findall(text, max(region_start, start - 60), start)
    after = _TOKEN.findall(text, end, min(len(text), end + 60))
    b1 = before[-1].casefold() if before else "^"
    b2 = before[-2].casefold() if len(before) > 1 else "^"
    a1 = after[0].casefold() if after else "$"
    a2 = after[1].casefold() if len(after) > 1 else "$"
    out += [f"b1={b1}", f"b2={b2}", f"a1={a1}", f"a2={a2}", f"a12={a1} {a2}"]
    opening = not before or len(before) <= 1 and not before[0][:1].isalpha()
    out.append("opens" if opening else "inside")
    offset = start - region_start
    out.append("at<40" if offset < 40 else "at<120" if offset < 120 else "at>=120")
    if end >= region_stop - 3:
        out.append("ends_sentence")
    for kind in _BEFORE_KINDS:
        if b1 in words[kind] or b2 in words[kind]:
            out.append(f"before:{kind}")
    if b1 in titles:
        out.append("before:title")
    if b1 in ("of", "de", "del", "du", "des", "da", "do", "di", "von"):
        out.append("before:of")
    if b1 in ("by", "por", "par", "von"):
        out.append("before:by")
    if b1 in ("with", "con", "com", "avec", "mit", "and", "y", "e", "et", "und", ","):
        out.append("before:join")
    if "'s" in text[max(0, start - 3):start] or "’s" in text[max(0, start - 3):start]:
        out.append("owned")
    for kind in _AFTER_KINDS:
        if a1 in words[kind] or a2 in words[kind]:
            out.append(f"after:{kind}")
    if a1 in ("'s", "’s") or text.startswith(("'s", "’s"), end):
        out.append("after:possessive")
    if a1 in (",", "(") and a2 in titles:
        out.append("after:title")
    if a1.isdigit() or a1 == "," and a2.isdigit():
        out.append("after:age")
    folded = [t.casefold().strip(".,") for t in tokens]
    if any(t in ORG_WORDS or t in words["org"] for t in folded):
        out.append("org_word")
    if find_city(name) is not None:
        out.append("city")
    demonyms = gazetteer().demonyms
    if any(t in demonyms for t in tokens):
        out.append("demonym")
    if len(tokens) == 1 and tokens[0].casefold() in titles:
        out.append("title_alone")
    if any(t.endswith(".") and len(t) <= 3 for t in tokens):
        out.append("initial")
    if any("-" in t for t in tokens):
        out.append("hyphen")
    if any(t[:1].islower() for t in tokens):
        out.append("particle")
    if b1.isalpha() and b1.islower():
        out.append("before:lower")
    if a1.isalpha() and a1 == after[0]:
        out.append("after:lower")
        if a1.endswith("s") and not a1.endswith("ss"):
            out.append("after:verb_s")
        elif a1.endswith(("ed", "ing")):
            out.append("after:verb_ed")
    elif a1[:1].isalpha():
        out.append("after:capital")
    return out


def word_features(name: str, common: frozenset[str], given: frozenset[str]) -> list[str]:
    """The features of the name's words: how many are common words, whether the first is a
    known first name."""
    tokens = [t.casefold().strip(".,'’") for t in name.split()]
    if not tokens:
        return []
    shared = sum(t in common for t in tokens)
    out = ["common:all" if shared == len(tokens) else "common:some" if shared else "common:none"]
    if len(tokens) > 1 and tokens[0] in given:
        out.append("given_first")
    elif len(tokens) == 1 and tokens[0] in given:
        out.append("given_alone")
    return out


def score(found: list[str], table: dict[str, float]) -> float:
    """The probability the model's ``table`` of weights gives a candidate with ``found``."""
    total = table.get("bias", 0.0)
    for name in found:
        total += table.get(name, 0.0)
    if total < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-total))


def decide(learned: PeopleModel, text: str, region_start: int, region_stop: int,
           kept: list[Value], dropped: list[tuple[int, int]]) -> list[Value]:
    """The people shown: the rules' names the model keeps, and the dropped runs it takes back,
    in the caption's order."""
    out: list[Value] = []
    for value in kept:
        span = value.span
        if span is None:
            out.append(value)
            continue
        found = features(text, span.start, span.end, region_start, region_stop, value.value,
                         True, value.confidence)
        found += word_features(value.value, learned.common, learned.given)
        if score(found, learned.weights) >= learned.keep_threshold:
            out.append(value)
    if learned.take_threshold > 1.0:
        return out  # the model takes back no dropped run
    names = {v.value for v in kept}
    for run_start, run_end in dropped:
        named = dropped_name(text, run_start, run_end)
        if named is None or named[0] in names:
            continue
        name, start, end = named
        found = features(text, start, end, region_start, region_stop, name, False, 0.0)
        found += word_features(name, learned.common, learned.given)
        if score(found, learned.weights) >= learned.take_threshold:
            names.add(name)
            out.append(Value(name, Span(start, end, text[start:end]), 0.6))
    out.sort(key=lambda v: v.span.start if v.span else 0)
    return out


Decide = Callable[[str, int, int, list[Value], list[tuple[int, int]]], list[Value]]


@contextmanager
def people_decided_by(decision: Decide | None) -> Iterator[None]:
    """Inside: the parser's people shown are ``decision(text, region_start, region_stop,
    kept, dropped)`` over the rules' names and the spans of the runs they dropped in each
    region it reads (None: the rules alone)."""
    if decision is None:
        yield
        return
    real_names_in_run, real_find_people = people._names_in_run, parse.find_people
    dropped: list[tuple[int, int]] = []

    def names_in_run(text: str, m: re.Match[str], region_start: int) -> list[Value]:
        values = real_names_in_run(text, m, region_start)
        if not values:
            dropped.append(m.span())
        return values

    def find_people(text: str, start: int, stop: int, exclude: list[Span]) -> list[Value]:
        dropped.clear()
        found = real_find_people(text, start, stop, exclude)
        return decision(text, start, stop, found, list(dropped))

    people._names_in_run = names_in_run  # type: ignore[assignment]
    parse.find_people = find_people  # type: ignore[assignment]
    try:
        yield
    finally:
        people._names_in_run = real_names_in_run  # type: ignore[assignment]
        parse.find_people = real_find_people  # type: ignore[assignment]


def candidates(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per record: its candidates (features without the word lists', normalised name, kept by
    the rules, name), its labels, its text."""
    out: list[dict[str, Any]] = []
    current: dict[str, Any] = {}

    def record(text: str, region_start: int, region_stop: int, kept: list[Value],
               dropped: list[tuple[int, int]]) -> list[Value]:
        seen = {v.value for v in kept}
        for value in kept:
            if value.span is None:
                continue
            current["cands"].append((features(
                text, value.span.start, value.span.end, region_start, region_stop,
                value.value, True, value.confidence), norm(value.value), True, value.value))
        for start, end in dropped:
            named = dropped_name(text, start, end)
            if named is None or named[0] in seen:
                continue
            seen.add(named[0])
            current["cands"].append((features(
                text, named[1], named[2], region_start, region_stop, named[0], False, 0.0),
                norm(named[0]), False, named[0]))
        return kept

    with people_decided_by(record):
        for row in rows:
            shown = expected_of(row).get("persons_shown") or []
            current = {"cands": [], "want": {norm(p) for p in shown}, "shown": shown,
                       "text": row["text"]}
            rules_parser(row["text"])
            out.append(current)
    return out


#: What the model sees and decides: "veto" (not the rules' decision; thresholds of its own for
#: the rules' names and their dropped runs), "with-rules" (their decision too), "alone" (not
#: the rules' decision, one threshold: the model decides alone).
MODE = "veto"


def lexicons(data: list[dict[str, Any]]) -> tuple[frozenset[str], frozenset[str]]:
    """The words the captions of ``data`` print in lowercase (twice or more), and the first
    names of the people shown in them."""
    counts: dict[str, int] = defaultdict(int)
    given: set[str] = set()
    for d in data:
        for word in _WORD.findall(d["text"]):
            if word.islower() and len(word) > 1:
                counts[word] += 1
        for person in d["shown"]:
            words = person.split()
            if len(words) > 1:
                given.add(words[0].casefold())
    return frozenset(w for w, c in counts.items() if c >= 2), frozenset(given)


_WORD = re.compile(r"[^\W\d_]+")


Example = tuple[list[str], str, bool, bool]  # features, name, kept by the rules, shown


def _examples(data: list[dict[str, Any]]) -> list[list[Example]]:
    """Each record's candidates with their word features, the word lists made from the other
    pages (a third of them left out at a time), so that a record's own labels never give its
    names' features."""
    out: list[list[Example]] = [[] for _ in data]
    for k in range(3):
        common, given = lexicons([d for d in data if d["page"] % 3 != k])
        for i, d in enumerate(data):
            if d["page"] % 3 == k:
                out[i] = [([f for f in feats if MODE == "with-rules" or f not in _RULE_FEATURES]
                           + word_features(raw, common, given), name, kept,
                           name in d["want"]) for feats, name, kept, raw in d["cands"]]
    return out


def train(data: list[dict[str, Any]], l2: float) -> PeopleModel:
    """The model from the candidates of ``data``; the two thresholds are those with the best
    F1 over an inner 3-fold split by page, so they are not fitted to training predictions."""
    examples = _examples(data)
    probs: list[tuple[float, str, int, bool]] = []
    for k in range(3):
        fitted = _fit([e for e, d in zip(examples, data) if d["page"] % 3 != k], l2)
        for i, d in enumerate(data):
            if d["page"] % 3 == k:
                probs += [(_prob(fitted, feats), name, i, kept)
                          for feats, name, kept, _shown in examples[i]]
    best, keep, take = -1.0, 0.5, 1.01
    grid = [0.01, 0.02, 0.03, *(float(t) for t in np.arange(0.05, 0.96, 0.05))]
    for keep_t in grid:
        for take_t in [keep_t] if MODE == "alone" else [*grid, 1.01]:
            f1 = _f1_at(data, probs, keep_t, take_t)
            if f1 > best + 1e-9:
                best, keep, take = f1, keep_t, take_t
    common, given = lexicons(data)
    return PeopleModel(_fit(examples, l2), keep, take, common, given)


def _f1_at(data: list[dict[str, Any]], probs: list[tuple[float, str, int, bool]],
           keep: float, take: float) -> float:
    kept_names: dict[int, set[str]] = defaultdict(set)
    for p, name, key, kept in probs:
        if p >= (keep if kept else take):
            kept_names[key].add(name)
    tp = fp = fn = 0
    for i, d in enumerate(data):
        got = kept_names.get(i, set())
        tp += len(got & d["want"])
        fp += len(got - d["want"])
        fn += len(d["want"] - got)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _prob(weights: dict[str, float], feats: list[str]) -> float:
    total = weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in feats)
    return float(1 / (1 + np.exp(-total)))


def _fit(examples: list[list[Example]], l2: float) -> dict[str, float]:
    counts: dict[str, int] = defaultdict(int)
    for cands in examples:
        for feats, _name, _kept, _shown in cands:
            for f in set(feats):
                counts[f] += 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [(feats, shown) for cands in examples for feats, _name, _kept, shown in cands]
    x = np.zeros((len(rows), len(vocab) + 1))
    y = np.zeros(len(rows))
    for r, (feats, label) in enumerate(rows):
        x[r, -1] = 1.0
        for f in feats:
            if f in index:
                x[r, index[f]] = 1.0
        y[r] = label
    w = np.zeros(len(vocab) + 1)
    penalty = np.full(len(vocab) + 1, l2)
    penalty[-1] = 0.0
    for _ in range(60):  # Newton's method: a few dozen steps converge
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    out = {f: float(w[i]) for f, i in index.items() if abs(w[i]) > 1e-4}
    out["bias"] = float(w[-1])
    return out



def _model_parser(learned: PeopleModel) -> Callable[[str], dict[str, Any]]:
    def parsed(text: str) -> dict[str, Any]:
        with people_decided_by(lambda *args: decide(learned, *args)):
            return rules_parser(text)
    return parsed


def folds_by_page(rows: list[dict[str, Any]], k: int) -> list[int]:
    """A fold for each record; the records of one source page share one."""
    pages: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        pages[row.get("source_url") or row["id"]].append(i)
    fold_of = [0] * len(rows)
    sizes = [0] * k
    # biggest pages first, each into the smallest fold: folds of about equal size
    for members in sorted(pages.values(), key=lambda m: (-len(m), m[0])):
        f = sizes.index(min(sizes))
        sizes[f] += len(members)
        for i in members:
            fold_of[i] = f
    return fold_of


def _line(name: str, rules: dict[str, float], model: dict[str, float]) -> str:
    return (f"{name:<15} rules P {rules['people_precision']:.3f} R {rules['people_recall']:.3f}"
            f" F1 {rules['people_f1']:.3f} | +model P {model['people_precision']:.3f}"
            f" R {model['people_recall']:.3f} F1 {model['people_f1']:.3f}"
            f" | ratio F1 {model['people_f1'] / max(rules['people_f1'], 1e-9):.3f}")


def _thresholds(learned: PeopleModel) -> str:
    take = "never" if learned.take_threshold > 1 else f"{learned.take_threshold:.2f}"
    return f"keep>={learned.keep_threshold:.2f} take>={take}"


def _paged(rows: list[dict[str, Any]], data: list[dict[str, Any]]) -> None:
    pages = sorted({r.get("source_url") or r["id"] for r in rows})
    number = {page: i for i, page in enumerate(pages)}
    for d, row in zip(data, rows):
        d["page"] = number[row.get("source_url") or row["id"]]


def main() -> None:
    global MODE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("benchmarks/data/real_captions.jsonl"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=3.0, help="the weights' L2 penalty")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--with-rules", action="store_true",
                        help="the model sees what the rules decided")
    choice.add_argument("--alone", action="store_true",
                        help="the model decides alone on every run, one threshold")
    parser.add_argument("--score", type=Path, action="append", default=[],
                        help="train on all of --data, score this file (never trained on)")
    parser.add_argument("--seconds", type=float, default=0.0,
                        help="CPU seconds of timing, rules alone and with the model")
    args = parser.parse_args()
    MODE = "with-rules" if args.with_rules else "alone" if args.alone else "veto"
    if args.data.name.endswith("holdout.jsonl") or any(
            p.name.endswith("holdout.jsonl") for p in args.score):
        sys.exit("the holdout is scored by the lead only")
    rows = read_set(args.data)
    data = candidates(rows)
    _paged(rows, data)
    fold_of = folds_by_page(rows, args.folds)
    cands = [c for d in data for c in d["cands"]]
    print(f"{args.data}: {len(rows)} records, mode {MODE}, L2 {args.l2}; {sum(c[2] for c in cands)}"
          f" names the rules keep ({sum(c[2] and c[1] in d['want'] for d in data for c in d['cands'])}"
          f" shown), {sum(not c[2] for c in cands)} runs they drop "
          f"({sum(not c[2] and c[1] in d['want'] for d in data for c in d['cands'])} shown)")
    parsed: dict[str, dict[str, Any]] = {}
    for k in range(args.folds):
        test_rows = [r for r, f in zip(rows, fold_of) if f == k]
        learned = train([d for d, f in zip(data, fold_of) if f != k], args.l2)
        model_parser = _model_parser(learned)
        print(_line(f"fold {k} ({len(test_rows)})", score_rows(test_rows, rules_parser),
                    score_rows(test_rows, model_parser)) + f" {_thresholds(learned)}")
        parsed.update((r["text"], model_parser(r["text"])) for r in test_rows)
    # pooled: each record scored once, by the model that did not see its page
    print(_line("pooled", score_rows(rows, rules_parser),
                score_rows(rows, lambda text: parsed[text])))
    z_pages = {r.get("source_url") for r in rows if r["id"].startswith("z")}
    z_test = [r for r in rows if r["id"].startswith("z")]
    if z_test:
        z_train = [d for d, r in zip(data, rows) if r.get("source_url") not in z_pages]
        learned = train(z_train, args.l2)
        print(_line(f"z ({len(z_test)})", score_rows(z_test, rules_parser),
                    score_rows(z_test, _model_parser(learned)))
              + f" {_thresholds(learned)}; trained on {len(z_train)} records of other pages")
    if not args.score and not args.seconds:
        return
    began = time.process_time()
    learned = train(data, args.l2)
    print(f"trained on all {len(rows)} records in {time.process_time() - began:.1f} s CPU: "
          f"{len(learned.weights)} weights, {_thresholds(learned)}, {len(learned.common)} "
          f"common words, {len(learned.given)} first names")
    for path in args.score:
        other = read_set(path)
        print(_line(f"{path.stem} ({len(other)})", score_rows(other, rules_parser),
                    score_rows(other, _model_parser(learned))))
    if args.seconds:
        texts = [r["text"] for r in rows]
        rates = {"rules": 0.0, "model": 0.0}
        for _ in range(3):  # alternated: the machine's load changes from second to second
            rates["rules"] = max(rates["rules"], throughput(texts, args.seconds, parse_caption))
            with people_decided_by(lambda *found: decide(learned, *found)):
                rates["model"] = max(rates["model"],
                                     throughput(texts, args.seconds, parse_caption))
        rules_rate, model_rate = rates["rules"], rates["model"]
        print(f"speed on {args.data.stem} (CPU time, best of 0.5 s windows): rules "
              f"{rules_rate:,.0f} captions/s, with the model {model_rate:,.0f} captions/s per "
              f"core; ratio {model_rate / rules_rate:.2f}x")


if __name__ == "__main__":
    main()
