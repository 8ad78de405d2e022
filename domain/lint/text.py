"""Text helpers that keep character offsets: every rule matches on a folded copy of
the input whose offsets are those of the original, so spans need no mapping back."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Typographic apostrophes and quotes are how people type on Macs and in Word; the
# lexicons are written with ASCII ones only.
_PUNCTUATION = {"’": "'", "‘": "'", "\u02bc": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"'}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    lowered = char.lower()
    if len(lowered) != 1:
        return char
    return unicodedata.normalize("NFD", lowered)[0]


def words(prose: str) -> frozenset[str]:
    """A word list written as prose, one word per blank: easier to read and review."""
    return frozenset(prose.split())


def fold(text: str) -> str:
    """Lower case, accents and typographic quotes removed, same length as ``text``."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return "".join(_fold_char(c) for c in text)


# A sentence ends at . ! ? or a line break; "14:50", "v2.3" and "e.g." stay whole
# because the stop must be followed by a space.
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``, trailing punctuation included."""
    spans: list[tuple[int, int]] = []
    start = 0
    for stop in _SENTENCE_END.finditer(text):
        if text[start : stop.end()].strip():
            spans.append((start, stop.end()))
        start = stop.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return 0, 0


# Clause boundaries: a rule that looks for the subject of a verb stops there.
_CLAUSE_BREAK = re.compile(
    r".*(?:[,;:()\[\]\"]|\b(?:and|but|so|because|et|mais|donc|car|parce que)\b)", re.S
)


def clause_before(folded: str, start: int, floor: int) -> int:
    """Where the clause holding ``folded[start]`` begins, not before ``floor``."""
    head = _CLAUSE_BREAK.match(folded, floor, start)
    return head.end() if head else floor
