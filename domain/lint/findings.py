"""What a linter returns: explainable findings over spans of the input text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Kind = Literal["root_cause", "timeline", "review_note", "lesson", "action"]
Language = Literal["en", "fr"]

KINDS: tuple[Kind, ...] = ("root_cause", "timeline", "review_note", "lesson", "action")

BLAME_RULES = frozenset(
    {
        "person_as_cause",
        "human_error",
        "judgement_word",
        "counterfactual_blame",
        "who_hunting",
        "team_as_culprit",
        "timeline_judgement",
        "sarcasm",
        "reads_as_blame",
    }
)
VAGUE_RULES = frozenset({"vague_action"})


@dataclass(frozen=True)
class Finding:
    """One problem in a text: ``text[start:end]`` is what the rule points at."""

    rule: str
    start: int
    end: int
    message: str
    suggestion: str


def is_blame(findings: Iterable[Finding]) -> bool:
    return any(f.rule in BLAME_RULES for f in findings)


def is_vague(findings: Iterable[Finding]) -> bool:
    return any(f.rule in VAGUE_RULES for f in findings)
