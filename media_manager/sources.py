"""Where a value came from, and the one rule that says which value stands.

Sources rank ``parsed < embedded = sidecar < imported < manual``. A value may
replace another when its source ranks at least as high: a same-rank value
refreshes (a resend's new caption replaces the old embedded one; a sidecar's
value replaces the embedded one it is read after); a lower one never replaces a
higher one; ``force`` (an import told to, or a desk edit) replaces anything.

Reconciling a file's stores, overlaying its sidecar, refreshing the catalogue on
re-ingest, filling gaps with parsed suggestions and importing captions all ask
:func:`may_replace` (directly or through :func:`prevailing`); nothing else decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from media_manager.fields import empty

PARSED, EMBEDDED, SIDECAR, IMPORTED, MANUAL = "parsed", "embedded", "sidecar", "imported", "manual"
SOURCE_RANK: dict[str, int] = {PARSED: 0, EMBEDDED: 1, SIDECAR: 1, IMPORTED: 2, MANUAL: 3}
SOURCES: tuple[str, ...] = tuple(SOURCE_RANK)
#: Values a re-read of the file owns: the file may refresh or clear them.
FILE_SOURCES = frozenset({EMBEDDED, SIDECAR})


class UnknownSource(ValueError):
    """A source name outside :data:`SOURCES`."""


def rank(source: str) -> int:
    try:
        return SOURCE_RANK[source]
    except KeyError:
        raise UnknownSource(f"unknown source {source!r} (sources: {', '.join(SOURCES)})") from None


def may_replace(current_source: str | None, new_source: str, *, force: bool = False) -> bool:
    """Whether a value from ``new_source`` may replace one from ``current_source``
    (None: the field is empty, anything may fill it)."""
    new_rank = rank(new_source)
    if current_source is None or force:
        return True
    return new_rank >= rank(current_source)


class Offer(NamedTuple):
    """A candidate value: its source, where exactly it came from (``origin``), the value."""

    source: str
    origin: str | None
    value: object


def prevailing(offers: Iterable[Offer]) -> Offer | None:
    """The offer that stands when each non-empty offer, in order, asks :func:`may_replace`
    against the one standing; ``offers`` come in the order the values arrive."""
    standing: Offer | None = None
    standing_rank: int | None = None  # the standing offer's rank, once a later one asks
    for offer in offers:
        if empty(offer.value):
            continue
        if standing is None:
            standing = offer
            continue
        # may_replace(standing.source, offer.source), each rank looked up once
        offer_rank = rank(offer.source)
        if standing_rank is None:
            standing_rank = rank(standing.source)
        if offer_rank >= standing_rank:
            standing, standing_rank = offer, offer_rank
    return standing
