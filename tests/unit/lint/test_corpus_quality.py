"""Precision and recall of both linters on the labelled corpus in tests/data.

Every line was written by hand by someone who never saw the linters (tests/data/
README.md). Splits, in the order they were written:

- development, used to tune the rules and to train the text models: "tune" and
  "heldout" (blame.jsonl, actions.jsonl); "fresh" to "fresh6" (*_fresh.jsonl to
  *_fresh6.jsonl: each evaluated once, as a held-out set, before it was used for
  development); "dev2" to "dev9", "dev11" and "dev13" (blame_dev*.jsonl,
  actions_dev*.jsonl);
- held out, only evaluated: "fresh7" (*_fresh7.jsonl), written by an author who never
  saw the linters, while they were developed on the sets above, and never read to tune
  them nor to train the models.

The test prints every split's figures (``pytest -s``). It asserts the issue's bar on
the development splits, where figures are close to 1 since the text models were
trained on those lines, and on the held-out split, the figures that say how the
linters do on text they were not developed on, measured there once: blame P 0.928 /
R 0.859, actions P 0.981 / R 0.964. Which held-out lines fail is deliberately not
printed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from domain.lint import lint
from tests.unit.lint.helpers import training_tool

DATA = Path(__file__).parents[2] / "data"
DEVELOPMENT = (
    "tune",
    "heldout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev11",
    "dev13",
)
HELD_OUT = ("fresh7",)
Row = dict[str, Any]
Pairs = list[tuple[bool, bool]]


def development_files(model: str) -> tuple[str, ...]:
    """The files the text model ``model`` is trained on: the development corpus."""
    files: tuple[str, ...] = training_tool().MODELS[model]["files"]
    return files


def rows(*names: str) -> list[Row]:
    found = [
        json.loads(line)
        for name in names
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert {row["split"] for row in found} <= {*DEVELOPMENT, *HELD_OUT}
    return found


def precision_recall(pairs: Pairs) -> tuple[float, float]:
    """``pairs`` of (flagged, labelled)."""
    true_pos = sum(1 for flagged, label in pairs if flagged and label)
    flagged = sum(1 for flagged, _ in pairs if flagged)
    labelled = sum(1 for _, label in pairs if label)
    return true_pos / (flagged or 1), true_pos / (labelled or 1)


def evaluate(
    name: str, corpus: list[Row], flagged: Callable[[Row], bool], label: str
) -> dict[str, tuple[float, float]]:
    """Prints P and R per split, for development and for held out; returns them all."""
    pairs: dict[str, Pairs] = {}
    for row in corpus:
        pair = (flagged(row), bool(row[label]))
        group = "development" if row["split"] in DEVELOPMENT else "held out"
        for key in (row["split"], group):
            pairs.setdefault(key, []).append(pair)
    print()  # noqa: T201
    figures = {}
    for split, split_pairs in pairs.items():
        figures[split] = precision, recall = precision_recall(split_pairs)
        print(  # noqa: T201
            f"{name:<7} {split:<11} ({len(split_pairs):>4} lines): P={precision:.3f} R={recall:.3f}"
        )
    return figures


@pytest.fixture(scope="module")
def blame_figures() -> dict[str, tuple[float, float]]:
    return evaluate(
        "blame",
        rows(*development_files("blame"), "blame_fresh7.jsonl"),
        lambda row: bool(lint(row["text"], row["kind"], row["lang"])),
        "blame",
    )


@pytest.fixture(scope="module")
def action_figures() -> dict[str, tuple[float, float]]:
    return evaluate(
        "actions",
        rows(*development_files("action"), "actions_fresh7.jsonl"),
        lambda row: any(f.rule == "vague_action" for f in lint(row["text"], "action", row["lang"])),
        "vague",
    )


def test_the_blame_linter_is_precise_and_finds_most_blame_on_the_development_corpus(
    blame_figures: dict[str, tuple[float, float]],
) -> None:
    precision, recall = blame_figures["development"]
    assert precision >= 0.90
    assert recall >= 0.85


def test_the_blame_linter_meets_the_bar_on_text_it_was_not_developed_on(
    blame_figures: dict[str, tuple[float, float]],
) -> None:
    precision, recall = blame_figures["held out"]
    assert precision >= 0.90
    assert recall >= 0.85


def test_the_action_linter_is_precise_and_finds_most_vague_actions_on_the_development_corpus(
    action_figures: dict[str, tuple[float, float]],
) -> None:
    precision, recall = action_figures["development"]
    assert precision >= 0.90
    assert recall >= 0.90


def test_the_action_linter_meets_the_bar_on_text_it_was_not_developed_on(
    action_figures: dict[str, tuple[float, float]],
) -> None:
    precision, recall = action_figures["held out"]
    assert precision >= 0.90
    assert recall >= 0.90
