"""Lint findings as GraphQL types."""

from __future__ import annotations

from enum import Enum

import strawberry

from domain.lint import Finding


@strawberry.enum(description="What a text is, which picks the linter and its strictness.")
class LintKind(Enum):
    ROOT_CAUSE = "root_cause"
    TIMELINE = "timeline"
    REVIEW_NOTE = "review_note"
    LESSON = "lesson"
    ACTION = "action"


@strawberry.enum
class LintLanguage(Enum):
    EN = "en"
    FR = "fr"
    AUTO = "auto"


@strawberry.type(description="One finding: the rule, the words it points at, and a rephrasing.")
class LintFinding:
    rule: str
    start: int = strawberry.field(description="Offset of the first character, in the text.")
    end: int = strawberry.field(description="Offset just past the last character.")
    excerpt: str
    message: str
    suggestion: str

    @classmethod
    def of(cls, finding: Finding, text: str) -> LintFinding:
        return cls(
            rule=finding.rule,
            start=finding.start,
            end=finding.end,
            excerpt=text[finding.start : finding.end],
            message=finding.message,
            suggestion=finding.suggestion,
        )


@strawberry.type(description="A lint finding on a text the mutation stored (it is stored anyway).")
class LintWarning:
    field: str = strawberry.field(description="The input field the text came from.")
    finding: LintFinding


@strawberry.type
class LintResult:
    flagged: bool
    language: str
    findings: list[LintFinding]
