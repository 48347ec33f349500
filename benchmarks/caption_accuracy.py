"""Caption parser accuracy and speed on the labelled captions in benchmarks/data/captions.jsonl.

Prints per-field accuracy (exact match after light normalisation: case, accents, spacing,
end punctuation), people precision/recall/F1, parse throughput on one core, and ratio lines
against the targets of issue 3.

    .venv/bin/python benchmarks/caption_accuracy.py [--data FILE] [--seconds N] [--show FIELD]
"""

from __future__ import annotations

import argparse
import json
import time
import unicodedata
from pathlib import Path
from typing import Any

from media_manager.captions import parse_caption

DATA = Path(__file__).parent / "data" / "captions.jsonl"
FIELDS = ("credit_line", "creator", "source", "provider", "date_created", "sublocation", "city",
          "province_state", "country", "is_file_photo", "is_handout", "is_pool")
TARGETS = {"credit_line": 0.98, "source": 0.98, "date_created": 0.98, "creator": 0.95,
           "city": 0.95, "country": 0.95, "people_f1": 0.90, "captions_per_s": 5000.0}


def norm(value: Any) -> Any:
    if isinstance(value, list):
        return sorted(norm(v) for v in value)
    if value is None or value is False:
        return None if value is None else False
    if value is True:
        return True
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'").replace("the ", "", 1) if text.startswith("the ") else text
    return " ".join(text.strip(" .,;:").split()) or None


def evaluate(rows: list[dict[str, Any]], show: str | None) -> dict[str, float]:
    hits = {f: 0 for f in FIELDS}
    tp = fp = fn = 0
    for row in rows:
        got = parse_caption(row["text"]).to_json()
        want = row["expected"]
        for field in FIELDS:
            ok = norm(got.get(field)) == norm(want.get(field) or None if field not in (
                "creator", "is_file_photo", "is_handout", "is_pool") else want.get(field))
            if field == "creator":
                ok = norm(got["creator"]) == norm(want.get("creator", []))
            hits[field] += ok
            if not ok and show == field:
                print(f"  {field}: got {got.get(field)!r} want {want.get(field)!r}\n"
                      f"    {row['text'][:160]}")
        got_people = {norm(p) for p in got["persons_shown"]}
        want_people = {norm(p) for p in want.get("persons_shown", [])}
        tp += len(got_people & want_people)
        fp += len(got_people - want_people)
        fn += len(want_people - got_people)
        if show == "people" and got_people != want_people:
            print(f"  people: got {sorted(got_people)} want {sorted(want_people)}\n"
                  f"    {row['text'][:160]}")
    scores = {f: hits[f] / len(rows) for f in FIELDS}
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    scores["people_precision"] = precision
    scores["people_recall"] = recall
    scores["people_f1"] = 2 * precision * recall / (precision + recall) if tp else 0.0
    return scores


def throughput(texts: list[str], seconds: float) -> float:
    for text in texts:  # warm up: gazetteer indexes, compiled patterns
        parse_caption(text)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text in texts:
            parse_caption(text)
        done += len(texts)
    return done / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--show", help="print the misses of one field (or 'people')")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text("utf-8").splitlines() if line]
    scores = evaluate(rows, args.show)
    rate = throughput([r["text"] for r in rows], args.seconds)
    print(f"{len(rows)} labelled captions from {args.data.name}")
    print(f"{'field':<18}{'score':>8}{'target':>9}{'ratio':>8}")
    for key, value in scores.items():
        target = TARGETS.get(key)
        ratio = f"{value / target:8.3f}" if target else ""
        print(f"{key:<18}{value:8.3f}{target if target else '':>9}{ratio}")
    print(f"{'captions_per_s':<18}{rate:8.0f}{TARGETS['captions_per_s']:>9.0f}"
          f"{rate / TARGETS['captions_per_s']:8.3f}")
    print(f"ratio: throughput {rate / TARGETS['captions_per_s']:.2f}x target; "
          f"min accuracy ratio {min(scores[k] / TARGETS[k] for k in TARGETS if k in scores):.3f}")


if __name__ == "__main__":
    main()
