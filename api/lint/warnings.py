"""Warnings on the payloads of mutations that write text: the text is stored anyway."""

from __future__ import annotations

from collections.abc import Iterable

from api.lint.types import LintFinding, LintWarning
from domain.actions.model import Action
from domain.lint import lint, lint_action

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


# Which input field a completeness finding is about.
_FIELDS = {
    "missing_owner": "owner",
    "missing_due_date": "dueDate",
    "unmeasurable_criterion": "successCriterion",
}


def commitment_warnings(action: Action) -> list[LintWarning]:
    """A committed action: vague wording, or a success criterion nobody can measure."""
    findings = lint_action(
        action.text,
        owner=action.owner,
        due_date=action.due_date,
        success_criterion=action.success_criterion,
        check_completeness=True,
    )
    return [
        LintWarning(field=_FIELDS.get(f.rule, "text"), finding=LintFinding.of(f, action.text))
        for f in findings
    ]
