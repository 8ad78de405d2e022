"""Shorthands: the rules a text triggers, the rules alone before the text model has its
say, and the words each finding points at."""

from __future__ import annotations

from collections.abc import Iterable

from domain.lint import lint
from domain.lint.blame import read_blame
from domain.lint.lexicon_en import EN
from domain.lint.lexicon_fr import FR


def rules(text: str, kind: str = "root_cause", people: Iterable[str] = ()) -> set[str]:
    return {f.rule for f in lint(text, kind, people=people)}


def rule_hits(text: str, kind: str = "root_cause") -> set[str]:
    return {rule for rule, _, _ in read_blame(text, kind, (EN, FR), frozenset()).hits}


def spans(text: str, kind: str = "root_cause") -> list[str]:
    return [text[f.start : f.end] for f in lint(text, kind)]
