"""The last step of reading: text a catalogue can hold, whatever the file held.

Old wire systems leave NUL bytes and other control characters in IIM values,
and odd decoders leave lone surrogates. PostgreSQL text cannot hold a NUL, XML
cannot hold most control characters, and neither database takes a lone
surrogate; so every string a reading hands on (field values, technical facts,
warnings) loses its control characters here (tab, line feed and carriage return
stay), with one warning per field saying how many went.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from media_manager.metadata.reading import FileReading

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SURROGATE = re.compile("[\ud800-\udfff]")
#: Either of them: the common, clean case is told in one search.
_UNCLEAN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(text: str) -> tuple[str, int]:
    """``text`` without control characters (lone surrogates become U+FFFD); how many went."""
    cleaned, dropped = CONTROL.subn("", text)
    return SURROGATE.sub("\ufffd", cleaned), dropped


def sanitise_reading(reading: FileReading) -> FileReading:
    """Drop control characters from everything ``reading`` says, warning per field."""
    if _all_clean(reading):  # the common case, checked in one pass over all the text
        return reading
    notes = []
    for name, value in list(reading.fields.items()):
        items = value if isinstance(value, list) else [value]
        cleaned = [clean(str(item)) for item in items]
        dropped = sum(count for _, count in cleaned)
        if dropped or any(a != b for a, (b, _) in zip(items, cleaned)):
            texts = [text for text, _ in cleaned]
            reading.fields[name] = texts if isinstance(value, list) else texts[0]
        if dropped:
            notes.append(f"{name}: {dropped} control character{'s' * (dropped > 1)} "
                         "(NUL or similar) dropped")
    for name, fact in list(reading.technical.items()):
        if isinstance(fact, str):
            reading.technical[name] = clean(fact)[0]
    reading.warnings = [clean(warning)[0] for warning in reading.warnings] + notes
    if reading.error:
        reading.error = clean(reading.error)[0]
    return reading


def _all_clean(reading: FileReading) -> bool:
    """Whether no string of ``reading`` holds a control character or a lone surrogate."""
    texts: list[str] = []
    for value in reading.fields.values():
        texts.extend(value if isinstance(value, list) else [value])
    if not all(isinstance(text, str) for text in texts):
        return False  # the full pass turns them into text
    texts.extend(fact for fact in reading.technical.values() if isinstance(fact, str))
    texts.extend(reading.warnings)
    texts.append(reading.error or "")
    return _UNCLEAN.search("\n".join(texts)) is None
