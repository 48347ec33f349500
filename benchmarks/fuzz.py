"""Fuzz the readers: mutated malformed and sample files, each under a time limit and a
memory cap, looking for crashes (an exception or a dead process) and hangs.

    .venv/bin/python benchmarks/fuzz.py [--seconds 60] [--per-file 5] [--memory-mb 1024]
                                        [--seed N] [--thumbnails] [--keep DIR]

Seeds: ``../shared/corpus/malformed``, the small files of ``../shared/corpus/real``
(every container the readers know) and ``sample_media``. Hypothesis draws a seed
and a list of mutations (byte flips, big length fields, insertions, deletions,
repeats, truncation, splices from another seed); a worker process with an address
space cap (``RLIMIT_AS``) runs ``read_metadata`` on the mutated file (with the image
hash) and on its bytes, an XMP seed also as a sidecar, and with ``--thumbnails``
draws its thumbnail. An input that raises, kills the worker or outlasts the per-file
limit is saved to ``--keep`` (default: a temporary folder) and counted. Prints the
inputs run, crashes and hangs, and the rate against the unmutated seeds; exit code 1
when anything crashed or hung.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import hypothesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED_LIMIT = 400_000  # bytes: larger real files slow the loop without finding more
INTERESTING = [b"\x00", b"\xff", b"\xff\xff\xff\xff", b"\x7f\xff\xff\xff", b"\x00\x00\x00\x00",
               b"\x80", b"\xff\xd8", b"\xff\xda", b"\x1c\x02", b"8BIM", b"IDAT", b"<x:xmpmeta",
               b"&#0;", b"\xc3\x28", b"\xed\xa0\x80"]


def seeds() -> list[tuple[str, bytes]]:
    found = sorted((CORPUS / "malformed").iterdir()) if (CORPUS / "malformed").is_dir() else []
    found += sorted(p for p in (CORPUS / "real").iterdir()
                    if p.stat().st_size <= SEED_LIMIT) if (CORPUS / "real").is_dir() else []
    found += sorted(p for p in (ROOT / "sample_media").iterdir()
                    if p.suffix.lower() in (".jpg", ".xmp"))
    return [(p.name, p.read_bytes()) for p in found if p.is_file()]


# --- the worker: runs in its own process, under a memory cap ---------------------------

def work(connection, memory_mb: int, scratch: str, thumbnails: bool) -> None:  # type: ignore[no-untyped-def]
    import resource
    import warnings

    resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)  # libtiff's and Pillow's chatter
    warnings.simplefilter("ignore")
    from media_manager.catalog.thumbnails import ThumbnailJob, make_thumbnail
    from media_manager.metadata import read_metadata
    from media_manager.metadata.sidecar import read_sidecar

    while True:
        try:
            name, data = connection.recv()
        except EOFError:
            return
        target = Path(scratch) / f"input{Path(name).suffix}"
        try:
            target.write_bytes(data)
            read_metadata(target, with_hash=True)
            read_metadata(name, data=data)
            if target.suffix.lower() == ".xmp":
                read_sidecar(target)
            if thumbnails:
                make_thumbnail(ThumbnailJob(1, str(target), str(Path(scratch) / "thumb.jpg")))
            connection.send(None)
        except Exception:  # noqa: BLE001 - the finding itself: reported, not raised
            connection.send(traceback.format_exc(limit=6))


@dataclass
class Worker:
    """One worker process; replaced when it dies or hangs."""

    memory_mb: int
    per_file: float
    thumbnails: bool
    scratch: str
    process: multiprocessing.Process | None = None
    connection: object = None

    def start(self) -> None:
        context = multiprocessing.get_context("fork")
        mine, theirs = context.Pipe()
        self.process = context.Process(target=work, daemon=True, args=(
            theirs, self.memory_mb, self.scratch, self.thumbnails))
        self.process.start()
        self.connection = mine

    def run(self, name: str, data: bytes) -> tuple[str, str | None]:
        """'ok', 'crash' (with the traceback or exit code) or 'hang'."""
        if self.process is None or not self.process.is_alive():
            self.start()
        self.connection.send((name, data))  # type: ignore[attr-defined]
        if not self.connection.poll(self.per_file):  # type: ignore[attr-defined]
            self.stop()
            return "hang", None
        try:
            problem = self.connection.recv()  # type: ignore[attr-defined]
        except EOFError:
            self.process.join(1)
            code = self.process.exitcode
            self.process = None
            return "crash", f"worker died (exit code {code})"
        return ("crash", problem) if problem else ("ok", None)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join(5)
        self.process = None


# --- mutations, drawn by hypothesis ------------------------------------------------------

mutation = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(0, 255)),
    st.tuples(st.just("value"), st.floats(0, 1), st.sampled_from(INTERESTING)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 256)),
    st.tuples(st.just("repeat"), st.floats(0, 1), st.integers(1, 512)),
    st.tuples(st.just("truncate"), st.floats(0, 1), st.just(0)),
    st.tuples(st.just("splice"), st.floats(0, 1), st.integers(0, 10_000)),
)


def mutate(data: bytes, steps: list[tuple], pool: list[tuple[str, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, where, arg in steps:
        at = int(where * len(out))
        if kind == "flip" and out:
            out[min(at, len(out) - 1)] ^= arg or 1
        elif kind == "value":
            out[at:at + len(arg)] = arg
        elif kind == "insert":
            out[at:at] = arg
        elif kind == "delete":
            del out[at:at + arg]
        elif kind == "repeat":
            out[at:at] = out[at:at + arg] * 4
        elif kind == "truncate":
            del out[at:]
        elif kind == "splice":
            other = pool[arg % len(pool)][1]
            out[at:] = other[int(where * len(other)):]
    return bytes(out)


@dataclass
class Findings:
    runs: int = 0
    crashes: list[tuple[str, str]] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)


def record(findings: Findings, outcome: str, detail: str | None, name: str, data: bytes,
           keep: Path) -> None:
    findings.runs += 1
    if outcome == "ok":
        return
    saved = keep / f"{outcome}-{findings.runs:06d}-{name}"
    saved.write_bytes(data)
    if outcome == "hang":
        findings.hangs.append(str(saved))
    else:
        findings.crashes.append((str(saved), (detail or "").strip().splitlines()[-1:][0]
                                 if detail else ""))


def fuzz(pool: list[tuple[str, bytes]], worker: Worker, deadline: float, keep: Path,
         seed: int) -> Findings:
    findings = Findings()

    @settings(max_examples=250, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck), derandomize=False)
    @given(st.integers(0, len(pool) - 1), st.lists(mutation, min_size=1, max_size=6))
    def one_input(index: int, steps: list[tuple]) -> None:
        if time.monotonic() >= deadline:
            return
        name, data = pool[index]
        mutated = mutate(data, steps, pool)
        record(findings, *worker.run(name, mutated), name, mutated, keep)

    rounds = 0
    while time.monotonic() < deadline:  # a round of 250 inputs, each round its own seed
        hypothesis.seed(seed + rounds)(one_input)()
        rounds += 1
    return findings


def seed_rate(pool: list[tuple[str, bytes]], worker: Worker) -> float:
    """Unmutated seeds per second (every fifth seed): the reference for the fuzzing rate."""
    sample = pool[::5]
    started = time.monotonic()
    for name, data in sample:
        worker.run(name, data)
    return len(sample) / (time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--per-file", type=float, default=5.0, help="Seconds per input.")
    parser.add_argument("--memory-mb", type=int, default=1024, help="Worker address space cap.")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--thumbnails", action="store_true", help="Also draw thumbnails.")
    parser.add_argument("--keep", type=Path, help="Where crashing or hanging inputs go.")
    options = parser.parse_args(argv)
    pool = seeds()
    if not pool:
        print("no seed files found (../shared/corpus, sample_media)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        keep = options.keep or Path(scratch) / "findings"
        keep.mkdir(parents=True, exist_ok=True)
        worker = Worker(options.memory_mb, options.per_file, options.thumbnails, scratch)
        reference = seed_rate(pool, worker)
        started = time.monotonic()
        findings = fuzz(pool, worker, started + options.seconds, keep, options.seed)
        elapsed = time.monotonic() - started
        worker.stop()
        rate = findings.runs / elapsed
        print(f"fuzz: {findings.runs:,} inputs in {elapsed:.0f} s from {len(pool)} seeds "
              f"(seed {options.seed}): {len(findings.crashes)} crashes, "
              f"{len(findings.hangs)} hangs; {rate:,.0f} inputs/s, "
              f"{rate / reference:.2f}x the unmutated seeds' {reference:,.0f}/s")
        for saved, last_line in findings.crashes[:20]:
            print(f"crash: {saved}: {last_line}")
        for saved in findings.hangs[:20]:
            print(f"hang: {saved}")
        if (findings.crashes or findings.hangs) and options.keep is None:
            print("(rerun with --keep DIR to keep the inputs)")
    return 1 if findings.crashes or findings.hangs else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
