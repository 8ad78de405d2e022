"""Precision and recall on the tuning split of the labelled corpus in tests/data.

Only lines whose split is "tune" are read: the held-out lines are filtered out
before parsing their content, so tuning never sees them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from domain.lint import lint

DATA = Path(__file__).parents[2] / "data"


def tune_lines(name: str) -> Iterator[dict[str, Any]]:
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{path} is not there yet")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("split") == "tune":
                yield row


def precision_recall(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    true_pos = sum(1 for flagged, label in pairs if flagged and label)
    flagged = sum(1 for flagged, _ in pairs if flagged)
    labelled = sum(1 for _, label in pairs if label)
    return true_pos / (flagged or 1), true_pos / (labelled or 1)


def test_the_blame_linter_is_precise_and_finds_most_blame_on_the_tune_split() -> None:
    pairs = [
        (bool(lint(row["text"], row["kind"], row["lang"])), bool(row["blame"]))
        for row in tune_lines("blame.jsonl")
    ]
    precision, recall = precision_recall(pairs)
    print(f"\nblame, tune split ({len(pairs)} lines): P={precision:.3f} R={recall:.3f}")  # noqa: T201
    assert precision >= 0.90
    assert recall >= 0.85


def test_the_action_linter_is_precise_and_finds_most_vague_actions_on_the_tune_split() -> None:
    pairs = [
        (
            any(f.rule == "vague_action" for f in lint(row["text"], "action", row["lang"])),
            bool(row["vague"]),
        )
        for row in tune_lines("actions.jsonl")
    ]
    precision, recall = precision_recall(pairs)
    print(f"\nactions, tune split ({len(pairs)} lines): P={precision:.3f} R={recall:.3f}")  # noqa: T201
    assert precision >= 0.90
    assert recall >= 0.90
