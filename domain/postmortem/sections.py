"""Finding the sections of a post-mortem written in Markdown, to lint each with its kind."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Heading words (English and French, as Recul renders them and as teams write them)
# mapped to the linter kind of the section's text.
_KINDS = {
    "timeline": "timeline",
    "chronologie": "timeline",
    "root cause": "root_cause",
    "cause racine": "root_cause",
    "causes racines": "root_cause",
    "5 whys": "root_cause",
    "what went well": "review_note",
    "ce qui a bien fonctionne": "review_note",
    "action": "action",
    "lesson": "lesson",
    "lecon": "lesson",
    "review": "review_note",
    "revue": "review_note",
    "impact": "review_note",
}
_HEADING = re.compile(r"^#{2,3}\s+(?:\d+\.\s*)?(?P<title>.+?)\s*#*\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Section:
    kind: str
    title: str
    start: int  # offset of the section's text in the whole document
    text: str


def sections(markdown: str) -> list[Section]:
    """The sections whose heading names a post-mortem section; empty if there are none."""
    headings = list(_HEADING.finditer(markdown))
    found = []
    for n, heading in enumerate(headings):
        kind = _kind(heading.group("title"))
        if kind is None:
            continue
        end = headings[n + 1].start() if n + 1 < len(headings) else len(markdown)
        found.append(
            Section(kind, heading.group("title"), heading.end(), markdown[heading.end() : end])
        )
    return found


def _kind(title: str) -> str | None:
    folded = "".join(
        c for c in unicodedata.normalize("NFD", title.casefold()) if not unicodedata.combining(c)
    )
    for words, kind in _KINDS.items():
        if words in folded:
            return kind
    return None
