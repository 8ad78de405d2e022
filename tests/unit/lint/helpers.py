"""Shorthands: the rules a text triggers, the rules alone before the text model has its
say, the words each finding points at, and the tool that trains the text models."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from domain.lint import lint
from domain.lint.blame import read_blame
from domain.lint.lexicon_en import EN
from domain.lint.lexicon_fr import FR

TOOL = Path(__file__).parents[3] / "tools" / "train_lint_models.py"


@lru_cache(maxsize=1)
def training_tool() -> ModuleType:
    """tools/train_lint_models.py: which files train each model, and the held-out split."""
    spec = importlib.util.spec_from_file_location("train_lint_models", TOOL)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rules(text: str, kind: str = "root_cause", people: Iterable[str] = ()) -> set[str]:
    return {f.rule for f in lint(text, kind, people=people)}


def rule_hits(text: str, kind: str = "root_cause") -> set[str]:
    return {rule for rule, _, _ in read_blame(text, kind, (EN, FR), frozenset()).hits}


def spans(text: str, kind: str = "root_cause") -> list[str]:
    return [text[f.start : f.end] for f in lint(text, kind)]
