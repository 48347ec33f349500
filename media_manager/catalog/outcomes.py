"""Per-file outcomes of a bulk job, as values, and the summary that counts them."""

from __future__ import annotations

from dataclasses import dataclass, field

ADDED, UPDATED, UNCHANGED, DUPLICATE, FAILED = "added", "updated", "unchanged", "duplicate", "failed"
OUTCOMES: tuple[str, ...] = (ADDED, UPDATED, UNCHANGED, DUPLICATE, FAILED)


@dataclass
class FileOutcome:
    path: str
    outcome: str
    reason: str | None = None
    photo_id: int | None = None


@dataclass
class IngestSummary:
    """What a bulk job did: a count per outcome and each failure with its path and reason."""

    batch_id: int | None = None
    outcomes: list[FileOutcome] = field(default_factory=list)
    #: Earlier batches found unfinished with their process gone, marked interrupted now.
    interrupted_batches: list[int] = field(default_factory=list)

    def record(self, path: str, outcome: str, reason: str | None = None,
               photo_id: int | None = None) -> None:
        self.outcomes.append(FileOutcome(path, outcome, reason, photo_id))

    def counts(self) -> dict[str, int]:
        counted = dict.fromkeys(OUTCOMES, 0)
        for item in self.outcomes:
            counted[item.outcome] += 1
        return counted

    @property
    def errors(self) -> list[dict[str, str]]:
        return [{"path": o.path, "reason": o.reason or "unknown reason"}
                for o in self.outcomes if o.outcome == FAILED]

    def to_json(self) -> dict[str, object]:
        return {**self.counts(), "errors": self.errors, "batch": self.batch_id,
                "interrupted_batches": self.interrupted_batches}

    def line(self) -> str:
        """One line for the desk: '12 added, 0 updated, ... 1 failed'."""
        return ", ".join(f"{count} {name}" for name, count in self.counts().items())
