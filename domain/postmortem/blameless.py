"""The blameless check of a whole post-mortem: the linters' findings, section by section.

Each finding has a stable id (its section, item, rule and the words it points at),
so that an acknowledgement recorded on the incident still matches it later.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from domain.lint import Finding, lint
from domain.postmortem.redaction import people_of

SECTIONS = ("timeline", "root_causes", "went_well", "actions", "lessons", "review")


@dataclass(frozen=True)
class CheckedFinding:
    """A linter finding located in the document, acknowledged or still open."""

    id: str
    section: str
    item: str
    text: str
    finding: Finding
    acknowledged_reason: str | None

    @property
    def is_open(self) -> bool:
        return self.acknowledged_reason is None

    @property
    def is_blame(self) -> bool:
        return self.section != "actions"


def check(data: dict[str, Any]) -> list[CheckedFinding]:
    """Every finding of the document's texts, in section order."""
    people = list(people_of(data))
    acknowledged: dict[str, str] = data.get("acknowledgedFindings", {})
    language = data["language"]
    found = []
    for section, item, kind, text in _texts(data):
        for finding in lint(text, kind, language, people=people):
            finding_id = fingerprint(section, item, finding, text)
            found.append(
                CheckedFinding(
                    finding_id, section, item, text, finding, acknowledged.get(finding_id)
                )
            )
    return found


def open_blame(data: dict[str, Any]) -> list[CheckedFinding]:
    """The blame findings that block publication: neither rephrased nor acknowledged."""
    return [f for f in check(data) if f.is_blame and f.is_open]


def fingerprint(section: str, item: str, finding: Finding, text: str) -> str:
    words = text[finding.start : finding.end].casefold()
    key = "|".join((section, item, finding.rule, words))
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _texts(data: dict[str, Any]) -> Iterator[tuple[str, str, str, str]]:
    """(section, item, linter kind, text) for every text a team wrote."""
    for entry in data["timeline"]:
        yield "timeline", entry["id"], "timeline", entry["text"]
    for cause in data["rootCauses"]:
        yield "root_causes", f"{cause['id']}:problem", "root_cause", cause["problem"]
        for why in cause["whys"]:
            yield "root_causes", f"{cause['id']}:{why['level']}", "root_cause", why["answer"]
        if cause["statement"]:
            yield "root_causes", f"{cause['id']}:statement", "root_cause", cause["statement"]
    for n, text in enumerate(data["wentWell"]):
        yield "went_well", str(n), "review_note", text
    for action in data["actions"]:
        yield "actions", action["id"], "action", action["text"]
    for n, lesson in enumerate(data["lessons"]):
        yield "lessons", str(n), "lesson", lesson["text"]
    if data["review"]["notes"]:
        yield "review", "notes", "review_note", data["review"]["notes"]
