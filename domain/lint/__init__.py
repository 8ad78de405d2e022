"""Blameless guardrails: the blame linter and the action linter, French and English.

Pure functions over text. Both lexicons are always applied, since post-mortems mix
the two languages ("Bob a skip les tests"); the language only chooses the wording
of messages, and is detected when not given. Each linter's rules point at words; a
text model (:mod:`domain.lint.model`) reads the whole text and has the last say.
"""

from __future__ import annotations

from collections.abc import Iterable

from domain.errors import InvalidInputError
from domain.lint.actions import completeness_hits, vague_hits
from domain.lint.agency import answers_why
from domain.lint.blame import Reading, read_blame
from domain.lint.findings import KINDS, Finding, Kind, Language, is_blame, is_vague
from domain.lint.language import detect_language
from domain.lint.lexicon_en import EN
from domain.lint.lexicon_fr import FR
from domain.lint.messages import message
from domain.lint.model import model
from domain.lint.people import known_people
from domain.lint.text import fold, sentences

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
        return _findings(_judged_vague(text, vague_hits(text, _LEXICONS)), resolved)
    known = known_people(people)
    reading = read_blame(text, kind, _LEXICONS, known)
    return _findings(_judged_blame(text, kind, reading, known), resolved)


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
    hits = _judged_vague(text, vague_hits(text, _LEXICONS))
    if check_completeness:
        hits += completeness_hits(
            text,
            _LEXICONS,
            owner=owner,
            due_date=due_date,
            success_criterion=success_criterion,
        )
    return _findings(hits, resolved)


Hit = tuple[str, int, int]


def _judged_blame(text: str, kind: str, reading: Reading, people: frozenset[str]) -> list[Hit]:
    """The rules point at the words; the text model reads the whole text. A rule's
    finding stands unless the model finds blame very unlikely (it always stands when it
    names one of the incident's ``people``); without one, the model flags the sentence
    it finds most blaming, unless the text says what a blameless review says (see
    :meth:`Reading.closed_to_blame`), from a higher probability when the rules read
    no one in it, and a higher one still when they read an explanation
    (:meth:`Reading.explains`)."""
    hits = reading.hits
    if not text.strip():
        return hits
    blame = model("blame")
    if hits:
        # A finding that names one of the incident's people is the rules' to keep, and
        # so is one that answers a "why": the model reads most 5 Whys as analysis.
        named = any(p in fold(text[start:end]) for _, start, end in hits for p in people)
        spans = sentences(reading.folded)
        answers = any(answers_why(reading.folded, spans, hit) for hit in hits)
        keep = named or answers or blame.probability(text, kind) >= blame.with_rules
        return hits if keep else []
    if reading.closed_to_blame() or blame.probability(text, kind) < blame.alone(
        timeline=kind == "timeline", named=reading.names_someone(), explained=reading.explains()
    ):
        return []
    spans = sentences(reading.folded) or [(0, len(text))]
    start, end = max(spans, key=lambda span: blame.probability(text[span[0] : span[1]], kind))
    end = len(text[:end].rstrip())
    return [("reads_as_blame", start + len(text[start:end]) - len(text[start:end].lstrip()), end)]


def _judged_vague(text: str, hits: list[Hit]) -> list[Hit]:
    """The same for actions: the rules' span when they agree with the model, the whole
    wording when only the model finds it vague."""
    if not text.strip():
        return hits
    action = model("action")
    score = action.probability(text)
    if hits:
        return hits if score >= action.with_rules else []
    return [("vague_action", 0, len(text.rstrip()))] if score >= action.alone() else []


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
