"""Checking the desk's values before a save: each field's kind, and IIM byte limits.

Pure. The rule a value must keep comes from its field's kind (:mod:`media_manager.kinds`),
the same rule ``Catalog.edit`` refuses it by; this module only gathers the problems of a
whole form at once, for the UI to show beside each field before anything is saved. A value
over its IIM byte limit is a problem unless the desk chose to keep the full text in XMP only
(the IIM copy is then cut at its limit when the file is written).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from media_manager import kinds
from media_manager.fields import FIELDS_BY_NAME

#: How much of a refused value a message repeats.
SHOWN_CHARACTERS = 40


@dataclass(frozen=True)
class Problem:
    """Why one field's value cannot be saved as it is."""

    field: str
    message: str
    over_limit: bool = False  # may be saved anyway, keeping the full text in XMP only


def iim_bytes(value: str) -> int:
    """The value's size in IIM: UTF-8 bytes."""
    return len(value.encode("utf-8", "surrogatepass"))


def shown(value: str | list[str]) -> str:
    """The refused value as a message quotes it: a list joined, a long text cut."""
    text = kinds.LIST_SEPARATOR.join(value) if isinstance(value, list) else value
    if len(text) > SHOWN_CHARACTERS:
        text = text[:SHOWN_CHARACTERS] + "…"
    return repr(text)


def check_value(name: str, value: str | list[str] | None) -> list[Problem]:
    """Problems with one field's value (empty values clear the field and are fine)."""
    spec = FIELDS_BY_NAME.get(name)
    if value is None or spec is None:
        return []
    problems: list[Problem] = []
    rule = spec.kind.check(spec.kind.normalise(value))
    if rule is not None:
        problems.append(Problem(name, f"{shown(value)} {rule}"))
    limit = None if isinstance(spec.kind, kinds.DateTime) else spec.iim_max_bytes
    for item in value if isinstance(value, list) else [value]:
        size = iim_bytes(item)
        if limit and size > limit:
            problems.append(Problem(name, f"{size:,} bytes, over the IIM limit of {limit:,}",
                                    over_limit=True))
    return problems


def check_changes(changes: Mapping[str, str | list[str] | None], *,
                  xmp_only: Iterable[str] = ()) -> list[Problem]:
    """Every problem in a set of changes; over-limit values of ``xmp_only`` fields pass."""
    allowed = set(xmp_only)
    return [problem for name, value in changes.items() for problem in check_value(name, value)
            if not (problem.over_limit and name in allowed)]
