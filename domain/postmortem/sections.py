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


_SEPARATOR = re.compile(r"^\|?[\s:|-]+\|?$")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def items(section: Section) -> list[tuple[int, str]]:
    """The texts of a section, each with its offset in the document.

    A table gives one text per row (an action's own cell for actions, the last cell
    otherwise), a list one per item, prose one per paragraph: so that one row's
    words never excuse or accuse another's.
    """
    text, found = section.text, []
    paragraph_start: int | None = None
    header_seen = False
    position = 0
    for line in text.splitlines(keepends=True):
        stripped, marker = line.strip(), _LIST_MARKER.match(line)
        if paragraph_start is not None and (not stripped or marker or stripped.startswith("|")):
            found.append(_span(text, paragraph_start, position))
            paragraph_start = None
        if stripped.startswith("|"):
            if header_seen and not _SEPARATOR.match(stripped):
                found.append(_cell(text, position, line, first=section.kind == "action"))
            header_seen = True
        else:
            header_seen = False
            if marker:
                found.append(_span(text, position + marker.end(), position + len(line)))
            elif stripped and paragraph_start is None:
                paragraph_start = position
        position += len(line)
    if paragraph_start is not None:
        found.append(_span(text, paragraph_start, position))
    return [(section.start + start, chunk) for start, chunk in found if chunk]


def _span(text: str, start: int, end: int) -> tuple[int, str]:
    """The text between two offsets, without its surrounding blanks (offsets kept exact)."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    return start + lead, chunk.strip()


def _cell(text: str, position: int, line: str, *, first: bool) -> tuple[int, str]:
    pipes = [i for i, c in enumerate(line) if c == "|" and (i == 0 or line[i - 1] != "\\")]
    if len(pipes) < 2:  # noqa: PLR2004 - a cell sits between two pipes
        return _span(text, position, position + len(line))
    start, end = (pipes[0], pipes[1]) if first else (pipes[-2], pipes[-1])
    return _span(text, position + start + 1, position + end)
