"""Precision and recall of both linters on the whole labelled corpus.

Splits: "tune" was used to develop the linters from the start; "heldout" was kept out
of the first round, measured once, then used for development too; "fresh"
(``*_fresh.jsonl``, written afterwards by someone who never saw the linters) is only
evaluated, never used to tune. This test prints the figures of each split (run
``pytest -s``) and asserts on the development splits (tune and heldout); the fresh
split's figures are reported, not asserted: they measure how the linters generalise
(see README). Which lines fail is deliberately not reported.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from domain.lint import lint

DATA = Path(__file__).parents[2] / "data"
SPLITS = ("tune", "heldout", "fresh")
DEVELOPMENT = ("tune", "heldout")

Row = dict[str, Any]


def rows(*names: str) -> list[Row]:
    lines = [
        line for name in names for line in (DATA / name).read_text(encoding="utf-8").splitlines()
    ]
    found = [json.loads(line) for line in lines if line.strip()]
    assert {row["split"] for row in found} == set(SPLITS)
    return found


def precision_recall(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    """``pairs`` of (flagged, labelled)."""
    true_pos = sum(1 for flagged, label in pairs if flagged and label)
    flagged = sum(1 for flagged, _ in pairs if flagged)
    labelled = sum(1 for _, label in pairs if label)
    return true_pos / (flagged or 1), true_pos / (labelled or 1)


def evaluate(
    name: str, corpus: list[Row], flagged: Callable[[Row], bool], label: str
) -> tuple[float, float]:
    """Prints P and R per split and on the whole corpus; returns the development splits'."""
    pairs: dict[str, list[tuple[bool, bool]]] = {s: [] for s in (*SPLITS, "development", "all")}
    for row in corpus:
        pair = (flagged(row), bool(row[label]))
        pairs[row["split"]].append(pair)
        pairs["all"].append(pair)
        if row["split"] in DEVELOPMENT:
            pairs["development"].append(pair)
    print()  # noqa: T201
    for split, split_pairs in pairs.items():
        precision, recall = precision_recall(split_pairs)
        print(  # noqa: T201
            f"{name:<7} {split:<7} ({len(split_pairs):>3} lines): P={precision:.3f} R={recall:.3f}"
        )
    return precision_recall(pairs["development"])


@pytest.fixture(scope="module")
def blame_corpus() -> list[Row]:
    return rows("blame.jsonl", "blame_fresh.jsonl")


@pytest.fixture(scope="module")
def actions_corpus() -> list[Row]:
    return rows("actions.jsonl", "actions_fresh.jsonl")


def test_the_blame_linter_is_precise_and_finds_most_blame_on_the_development_corpus(
    blame_corpus: list[Row],
) -> None:
    precision, recall = evaluate(
        "blame",
        blame_corpus,
        lambda row: bool(lint(row["text"], row["kind"], row["lang"])),
        "blame",
    )

    assert precision >= 0.90
    assert recall >= 0.85


def test_the_action_linter_is_precise_and_finds_most_vague_actions_on_the_development_corpus(
    actions_corpus: list[Row],
) -> None:
    precision, recall = evaluate(
        "actions",
        actions_corpus,
        lambda row: any(f.rule == "vague_action" for f in lint(row["text"], "action", row["lang"])),
        "vague",
    )

    assert precision >= 0.90
    assert recall >= 0.90
