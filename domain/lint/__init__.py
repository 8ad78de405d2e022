"""Blameless guardrails: the blame linter and the action linter, French and English.

Pure functions over text. Both lexicons are always applied, since post-mortems mix
the two languages ("Bob a skip les tests"); the language only chooses the wording
of messages, and is detected when not given.
"""

from __future__ import annotations

from collections.abc import Iterable

from domain.errors import InvalidInputError
from domain.lint.actions import completeness_hits, vague_hits
from domain.lint.blame import blame_hits
from domain.lint.findings import KINDS, Finding, Kind, Language, is_blame, is_vague
from domain.lint.language import detect_language
from domain.lint.lexicon_en import EN
from domain.lint.lexicon_fr import FR
from domain.lint.messages import message
from domain.lint.people import known_people

__all__ = [
    "Finding",
    "Kind",
    "detect_language",
    "is_blame",
    "is_vague",
    "lint",
    "lint_action",
]

_LEXICONS = (EN, FR)
_LANGUAGES = ("auto", "en", "fr")


def lint(
    text: str, kind: str = "root_cause", language: str = "auto", people: Iterable[str] = ()
) -> list[Finding]:
    """Findings on ``text`` written as a section of this ``kind``, leftmost first.

    ``kind`` "action" runs the action linter (vague wording); the other kinds run the
    blame linter, "timeline" in its stricter variant. ``people`` known to the incident
    help find names used as causes; unknown names are found too.
    """
    if kind not in KINDS:
        raise InvalidInputError(
            f"Unknown kind {kind!r}: expected one of {', '.join(KINDS)}.", field="kind"
        )
    resolved = _language(text, language)
    if kind == "action":
        return _findings(vague_hits(text, _LEXICONS), resolved)
    return _findings(blame_hits(text, kind, _LEXICONS, known_people(people)), resolved)


def lint_action(
    text: str,
    language: str = "auto",
    *,
    owner: str | None = None,
    due_date: object | None = None,
    success_criterion: str | None = None,
    check_completeness: bool = False,
) -> list[Finding]:
    """Vague wording in an action; with ``check_completeness``, also a missing owner,
    a missing due date and a success criterion that cannot be checked."""
    resolved = _language(text, language)
    hits = vague_hits(text, _LEXICONS)
    if check_completeness:
        hits += completeness_hits(
            text,
            _LEXICONS,
            owner=owner,
            due_date=due_date,
            success_criterion=success_criterion,
        )
    return _findings(hits, resolved)


def _language(text: str, language: str) -> Language:
    if language == "en":
        return "en"
    if language == "fr":
        return "fr"
    if language == "auto":
        return detect_language(text)
    raise InvalidInputError(
        f"Unknown language {language!r}: expected one of {', '.join(_LANGUAGES)}.",
        field="language",
    )


def _findings(hits: Iterable[tuple[str, int, int]], language: Language) -> list[Finding]:
    return [Finding(rule, start, end, *message(rule, language)) for rule, start, end in hits]
