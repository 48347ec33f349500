"""What a desk edit does to one field: set, fill if empty, append, find & replace.

Pure: a :class:`FieldEdit` turns a field's current value into its new one. The
CLI's ``--set NAME=VALUE`` / ``--replace NAME=/regex/repl/`` and the UI's form
both build these, so the rules live in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from media_manager.catalog.values import Value, normalise
from media_manager.errors import BadEdit
from media_manager.fields import LIST_FIELDS, UnknownFieldError, empty
from media_manager.fields import field as field_spec
from media_manager.kinds import LIST_SEPARATOR  # noqa: F401 - the UI splits lists with it

SET, FILL, APPEND, REPLACE = "set", "fill", "append", "replace"
MODES = (SET, FILL, APPEND, REPLACE)


@dataclass(frozen=True)
class FieldEdit:
    """One operation on one field. For ``replace``, ``pattern`` is a regex, ``value`` its
    replacement (``\\1`` for groups); for the others ``value`` is the new text or list."""

    name: str
    mode: str = SET
    value: Value = None
    pattern: str | None = None

    def __post_init__(self) -> None:
        known_field(self.name)
        if self.mode not in MODES:
            raise BadEdit(f"unknown edit mode {self.mode!r} (modes: {', '.join(MODES)})")
        if self.mode == REPLACE:
            try:
                re.compile(self.pattern or "")
            except re.error as problem:
                raise BadEdit(f"bad pattern for {self.name}: {problem}") from None

    def apply(self, current: Value, *, current_is_suggestion: bool = False) -> Value:
        """The field's value after this edit (a parsed suggestion counts as empty for fill)."""
        value = as_value(self.name, self.value)
        if self.mode == SET:
            return value
        if self.mode == FILL:
            return value if empty(current) or current_is_suggestion else current
        if self.mode == APPEND:
            return appended(self.name, current, value)
        return replaced(current, self.pattern or "", str(self.value or ""))


def known_field(name: str) -> None:
    """Refuse a name that is not in the table of fields, naming the known ones."""
    try:
        field_spec(name)
    except UnknownFieldError as unknown:
        raise BadEdit(str(unknown)) from None


def as_value(name: str, value: object) -> Value:
    """Text as the desk typed it, parsed by the field's kind: a list field splits on ';'
    ("a; b" is two keywords), a country code is upper-cased, a date tidied."""
    if isinstance(value, str):
        return field_spec(name).parse(value)
    return normalise(name, value)


def appended(name: str, current: Value, addition: Value) -> Value:
    if empty(addition):
        return current
    if name in LIST_FIELDS:
        return normalise(name, [*(current or []), *(addition or [])])
    if empty(current):
        return addition
    return f"{current} {addition}"


def replaced(current: Value, pattern: str, replacement: str) -> Value:
    if current is None:
        return None
    try:
        if isinstance(current, list):
            return [re.sub(pattern, replacement, item) for item in current]
        return re.sub(pattern, replacement, current)
    except (re.error, IndexError) as problem:
        raise BadEdit(f"bad replacement {replacement!r}: {problem}") from None


def expand_value(value: Value, expand: Callable[[str], str] | None) -> Value:
    """Code replacements (or any text expansion) applied to every text of a value."""
    if expand is None or value is None:
        return value
    if isinstance(value, list):
        return [expand(item) for item in value]
    return expand(value)


def sets(changes: Mapping[str, object]) -> list[FieldEdit]:
    """``{"city": "Lagos"}`` as edits that set each field."""
    return [FieldEdit(name, SET, value) for name, value in changes.items()]  # type: ignore[arg-type]


def parse_assignment(text: str, mode: str = SET) -> FieldEdit:
    """``NAME=VALUE`` from the command line (an empty VALUE clears the field)."""
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise BadEdit(f"expected NAME=VALUE, got {text!r}")
    return FieldEdit(name.strip(), mode, value)


def parse_replacement(text: str) -> FieldEdit:
    """``NAME=/regex/replacement/`` (any delimiter after '=', sed style: ``NAME=|a|b|``)."""
    name, equals, rest = text.partition("=")
    if not equals or len(rest) < 3 or not rest.endswith(rest[0]):
        raise BadEdit(f"expected NAME=/regex/replacement/, got {text!r}")
    mark = rest[0]
    parts = re.split(rf"(?<!\\){re.escape(mark)}", rest[1:-1])
    if len(parts) != 2:
        raise BadEdit(f"expected NAME=/regex/replacement/, got {text!r}")
    pattern, replacement = (p.replace("\\" + mark, mark) for p in parts)
    return FieldEdit(name.strip(), REPLACE, replacement, pattern=pattern)
