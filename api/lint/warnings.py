"""Warnings on the payloads of mutations that write text: the text is stored anyway."""

from __future__ import annotations

from collections.abc import Iterable

from api.lint.types import LintFinding, LintWarning
from domain.lint import lint

# (input field, linter kind, the text written, or None when the input left it unchanged)
Written = tuple[str, str, str | None]


def warnings_for(written: Iterable[Written], people: Iterable[str] = ()) -> list[LintWarning]:
    """The findings on every text written, in input order."""
    known = list(people)
    return [
        LintWarning(field=field, finding=LintFinding.of(finding, text))
        for field, kind, text in written
        if text
        for finding in lint(text, kind, people=known)
    ]
