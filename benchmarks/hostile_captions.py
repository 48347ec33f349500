"""Untrusted caption text: parser and linter time on hostile shapes, against a real caption.

Captions come from strangers, and an XMP description has no IIM limit. This times
``parse_caption`` and ``lint_caption`` on long texts made of one repeated shape (capitalised
words, dates, particles, credits, ...), each at two sizes, and prints the worst ones with
the ratio to a plain wire caption parsed in the same run. Quadratic work shows as a ratio
that grows about tenfold from one size to the next; bounded work stays flat.

    python benchmarks/hostile_captions.py [--sizes 20000 200000] [--top 8]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from media_manager.captions import lint_caption, parse_caption

REFERENCE = ("Dock workers march past the harbour wall in Genoa, Italy, Wednesday, May 6, 2026, "
             "during a strike over port automation. (AP Photo/Ada Rossi)")
SHAPES = ("Word ", "Word, ", "JOHN SMITH, ", "a ", "in Word ", "de Word ", "Photo by Word ",
          "Word/", "(Word) ", "Mr. Word ", "Word-Word ", "May 5, ", "1 ", "REUTERS/",
          "Word and ", "Word of the ", "Word's ", "Word. ", "'", "(", "É ", "left, ",
          "Lagos, ", "Stadium ", "Die Word ", "ville de Word ", "Monday, May 5, 2025, ",
          "2024-05-06 ")


def seconds(call, text: str) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    call(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000])
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    lint_caption(REFERENCE)  # loads the tables once
    reference = min(seconds(parse_caption, REFERENCE) for _ in range(50))
    print(f"reference: a {len(REFERENCE)}-character wire caption parses in "
          f"{reference * 1000:.2f} ms")
    for size in args.sizes:
        rows = []
        for shape in SHAPES:
            text = shape * max(1, size // len(shape))
            rows.append((seconds(parse_caption, text), seconds(lint_caption, text), shape))
        print(f"{size:,} characters: the slowest of {len(SHAPES)} shapes")
        for parsed, linted, shape in sorted(rows, key=lambda r: -max(r[0], r[1]))[:args.top]:
            print(f"  {shape!r:24} parse {parsed * 1000:8.1f} ms ({parsed / reference:7.0f}× the "
                  f"reference)   lint {linted * 1000:8.1f} ms ({linted / reference:7.0f}×)")


if __name__ == "__main__":
    main()
