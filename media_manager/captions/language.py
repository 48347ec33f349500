"""The language a caption is written in, from its function words: enough to tell the German,
French, Spanish, Portuguese, Italian and English services of the agencies apart."""

from __future__ import annotations

import re
from functools import lru_cache

#: Short words that are frequent in one language and rare in the others.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(["der", "die", "das", "und", "ist", "im", "mit", "auf", "bei", "sind",
                     "wird", "ein", "eine", "einem", "einer", "den", "dem", "vor", "nach", "zum",
                     "zur", "vom", "am", "hat"]),
    "fr": frozenset(["le", "les", "des", "du", "une", "et", "est", "dans", "sur", "au", "aux",
                     "pour", "avec", "lors", "après", "ont", "sont"]),
    "es": frozenset(["el", "los", "las", "del", "una", "y", "en", "con", "por", "para", "es",
                     "durante", "tras", "este", "esta"]),
    "pt": frozenset(["os", "as", "do", "da", "dos", "das", "em", "no", "na", "com", "para", "é",
                     "uma", "ao", "pelo", "pela", "nesta", "neste"]),
    "it": frozenset(["il", "gli", "della", "dello", "nel", "nella", "con", "per", "è", "una",
                     "dei", "degli", "alla", "al"]),
    "en": frozenset(["the", "and", "of", "in", "is", "are", "with", "at", "on", "during",
                     "after", "as", "his", "her", "their"]),
}
_WORD = re.compile(r"[^\W\d_]+")
#: Each function word with the languages it belongs to ("con": Spanish and Italian).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)


@lru_cache(maxsize=256)  # pure, and asked of one caption by several rules
def language_of(text: str) -> str | None:
    """The caption's language code, or None when too few function words say."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    languages_of = _LANGUAGES_OF
    for word in _WORD.findall(text.casefold()):
        for language in languages_of.get(word, ()):
            counts[language] += 1
    best = max(counts, key=lambda k: counts[k])
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] < 2 or ranked[0] == ranked[1]:
        return None
    return best
