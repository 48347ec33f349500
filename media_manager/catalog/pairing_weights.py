"""The weights of the pairing score and its thresholds: documented defaults, desk-tunable.

A desk overrides any of them in ``pairing.toml`` in the data folder (or the file
given by ``--weights``), in a ``[pairing]`` table::

    [pairing]
    people = 0.4     # the photographer's name counts for more on this desk
    strong = 0.85
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from media_manager.errors import ConfigError


@dataclass(frozen=True)
class PairingWeights:
    """Each part's weight (its agreement, -1..1, times the weight) and the thresholds."""

    filename: float = 1.2  # same file name (or stem), rendition href or NewsML fileName
    job_id: float = 0.9  # same transmission reference; a different one counts -0.5x
    guid: float = 1.0  # a NewsML-G2 guid this catalogue applied before
    title: float = 0.4  # same object name / slug (shared by a story's pictures)
    text: float = 0.6  # caption words shared with the photo's caption (Dice, rescaled)
    date: float = 0.2  # same day as Date Created or EXIF time; -1x when days apart
    place: float = 0.2  # same city (else country at half); -1x when different
    people: float = 0.35  # photographer named alike; -1x when different
    credit: float = 0.1  # same agency; -1x when different
    strong: float = 0.8  # at least this, and ``margin`` above the runner-up: applied
    review: float = 0.4  # at least this: to the review queue
    margin: float = 0.2

    @classmethod
    def load(cls, path: str | Path | None) -> PairingWeights:
        """Defaults, overridden by the ``[pairing]`` table of ``path`` when it exists."""
        if path is None or not Path(path).exists():
            return cls()
        try:
            table = tomllib.loads(Path(path).read_text(encoding="utf-8")).get("pairing", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as problem:
            raise ConfigError(f"{path}: not a TOML file ({problem})") from None
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(table) - known)
        if unknown:
            raise ConfigError(f"{path}: unknown pairing weight {unknown[0]!r} "
                              f"(known: {', '.join(sorted(known))})")
        bad = [k for k, v in table.items() if not isinstance(v, (int, float)) or v < 0]
        if bad:
            raise ConfigError(f"{path}: pairing weight {bad[0]!r} must be a number >= 0")
        return replace(cls(), **{k: float(v) for k, v in table.items()})
