"""Shorthands: the rules a text triggers, and the words each finding points at."""

from __future__ import annotations

from collections.abc import Iterable

from domain.lint import lint


def rules(text: str, kind: str = "root_cause", people: Iterable[str] = ()) -> set[str]:
    return {f.rule for f in lint(text, kind, people=people)}


def spans(text: str, kind: str = "root_cause") -> list[str]:
    return [text[f.start : f.end] for f in lint(text, kind)]
