"""Code replacements: ``=lagos=`` in a caption becomes "Lagos, Nigeria" on save.

Photo desks keep their shorthand in Photo Mechanic code replacement files:
UTF-8 text, one code per line, ``code<TAB>replacement[<TAB>more columns]``.
``=code=`` expands to the first replacement column, ``=code#2=`` to the second.
Pure: text in, text out; the catalogue decides when to expand (on every save,
from the CLI and the UI alike).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from media_manager.errors import MediaManagerError

DEFAULT_DELIMITER = "="


class CodeFileError(MediaManagerError):
    """A code replacement file that cannot be read."""


@dataclass
class CodeReplacements:
    """A table of codes and their replacement columns, with the delimiter that marks a code."""

    codes: dict[str, list[str]] = field(default_factory=dict)
    delimiter: str = DEFAULT_DELIMITER

    def __post_init__(self) -> None:
        self._folded = {code.casefold(): columns for code, columns in self.codes.items()}
        mark = re.escape(self.delimiter)
        self._pattern = re.compile(
            rf"{mark}([^\s{mark}#][^{mark}#\n]*?)(?:#(\d+))?{mark}")

    def __len__(self) -> int:
        return len(self.codes)

    def lookup(self, code: str, column: int = 1) -> str | None:
        """The replacement for ``code`` (exact, else ignoring case) in ``column`` (1-based)."""
        columns = self.codes.get(code) or self._folded.get(code.casefold())
        if not columns or not 1 <= column <= len(columns):
            return None
        return columns[column - 1]

    def expand(self, text: str) -> str:
        """``text`` with every known code replaced; unknown codes are left as typed."""
        if self.delimiter not in text or not self.codes:
            return text

        def replace(match: re.Match[str]) -> str:
            column = int(match.group(2)) if match.group(2) else 1
            found = self.lookup(match.group(1), column)
            return match.group(0) if found is None else found

        return self._pattern.sub(replace, text)


def parse_codes(text: str, delimiter: str = DEFAULT_DELIMITER) -> CodeReplacements:
    """A table from the text of a Photo Mechanic-compatible file (lines without a tab skipped)."""
    codes: dict[str, list[str]] = {}
    for line in text.lstrip("\ufeff").splitlines():
        code, tab, rest = line.partition("\t")
        code = code.strip()
        if not tab or not code:
            continue
        codes[code] = rest.split("\t")
    return CodeReplacements(codes, delimiter)


def load_codes(path: str | Path, delimiter: str = DEFAULT_DELIMITER) -> CodeReplacements:
    """Read a code replacement file (UTF-8; cp1252 from old Windows desks as a fallback)."""
    try:
        data = Path(path).read_bytes()
    except OSError as problem:
        raise CodeFileError(f"{path}: cannot read the code replacements: "
                            f"{problem.strerror or problem}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return parse_codes(text, delimiter)
