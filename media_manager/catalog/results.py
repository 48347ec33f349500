"""Per-photo outcomes of a desk job (bulk edit, template, write-back), and their summary.

Outcomes are values: one photo that cannot be changed or written ends as
``failed`` with its reason, and the job goes on with the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

UPDATED, UNCHANGED, FAILED = "updated", "unchanged", "failed"
WRITTEN, PLANNED = "written", "planned"


@dataclass
class PhotoOutcome:
    """What a job did to one photo: its outcome, why it failed, the fields or rows involved."""

    photo_id: int
    outcome: str
    reason: str | None = None
    version: int | None = None
    fields: list[str] = field(default_factory=list)
    path: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {key: value for key, value in vars(self).items() if value not in (None, [])}


@dataclass
class JobSummary:
    """The outcomes of one job, counted in the order of ``kinds``."""

    kinds: tuple[str, ...] = (UPDATED, UNCHANGED, FAILED)
    outcomes: list[PhotoOutcome] = field(default_factory=list)
    batch_id: int | None = None

    def add(self, outcome: PhotoOutcome) -> PhotoOutcome:
        self.outcomes.append(outcome)
        return outcome

    def counts(self) -> dict[str, int]:
        counted = dict.fromkeys(self.kinds, 0)
        for item in self.outcomes:
            counted[item.outcome] = counted.get(item.outcome, 0) + 1
        return counted

    @property
    def failures(self) -> list[PhotoOutcome]:
        return [o for o in self.outcomes if o.outcome == FAILED]

    def line(self) -> str:
        """One line for the desk: '3 updated, 1 unchanged, 0 failed'."""
        return ", ".join(f"{count} {name}" for name, count in self.counts().items())

    def to_json(self) -> dict[str, Any]:
        return {**self.counts(), "batch": self.batch_id,
                "photos": [o.to_json() for o in self.outcomes]}
