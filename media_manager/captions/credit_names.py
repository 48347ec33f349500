"""Is a credit piece a name? The tests every credit pattern shares: a photographer's name
of capitalised words, an organisation's name with its small words ("Movimento Elas por
Elas"), and the lower-case words a credit may hold ("Press Service of the 24th Brigade")."""

from __future__ import annotations

import re

#: Lowercase words an organisation's name in a credit may hold ("Press Service of the 24th
#: Brigade/Handout via REUTERS"): a tail with other lowercase words is a sentence.
CREDIT_FUNCTION_WORDS = frozenset(["via", "for", "and", "of", "the", "de", "des", "du", "la", "le",
                                   "del", "di", "da", "do", "der", "della", "dos", "das", "van",
                                   "von", "ten", "ter"])  # a name's particles: "Ana della Valle"

NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.-]*|(?:de|da|do|dos|del|della|van|von|der|di|le|la|al|el|bin)$")


def name_like(credit: str) -> bool:
    """'Photo: Jane Roe', 'Photograph: Jane K. Roe': after a picture label, one to five
    capitalised words are a photographer's credit."""
    words = credit.split()
    return 1 <= len(words) <= 5 and all(NAME_WORD.match(w) for w in words) and not any(
        ch.isdigit() for ch in credit)


_BODY_WORDS = CREDIT_FUNCTION_WORDS | {"por", "e", "y", "et", "und", "para", "per"}


def body_name_like(credit: str) -> bool:
    """'Foto: Movimento Elas por Elas' on a line of its own: after a picture label, a name of
    capitalised words with an organisation's small words is a credit (a sentence has more)."""
    words = credit.split()
    return 2 <= len(words) <= 6 and words[0][:1].isupper() and all(
        w[:1].isupper() or w in _BODY_WORDS for w in words) and not any(
        ch.isdigit() for ch in credit)
