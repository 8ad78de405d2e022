"""Linter speed: sentences per second on one core, and a whole post-mortem, against a
plain regex scan (``re.findall(r"\\w+", text)``) of the same texts in the same run.

No wall-time assert: the figures are printed for people to compare across runs.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest

from domain.lint import detect_language, lint, lint_action

pytestmark = pytest.mark.bench

ROUNDS = 200


def worked_example() -> list[tuple[str, str]]:
    """Every text of the worked example with the kind it is linted as."""
    data: dict[str, Any] = json.loads(
        resources.files("recul").joinpath("examples/deploy-broke-prod.json").read_text("utf-8")
    )
    texts = [(e["text"], "timeline") for e in data["timeline"]]
    for cause in data["root_causes"]:
        texts.append((cause["problem"], "root_cause"))
        texts += [(w["answer"], "root_cause") for w in cause["whys"]]
        texts.append((cause["statement"], "root_cause"))
    texts += [(t, "review_note") for t in data["went_well"]]
    texts += [(a["text"], "action") for a in data["actions"]]
    texts += [(lesson["text"], "lesson") for lesson in data["lessons"]]
    texts.append((data["impact"]["reputation"], "review_note"))
    return texts


def seconds_per_round(work: Callable[[], object]) -> float:
    work()  # warm caches (compiled patterns, lingua's models) outside the timing
    started = time.perf_counter()
    for _ in range(ROUNDS):
        work()
    return (time.perf_counter() - started) / ROUNDS


def test_a_whole_postmortem_lints_well_under_50_ms() -> None:
    texts = worked_example()
    people = ("lisa", "bob", "karim", "claire")

    def linted() -> None:
        for text, kind in texts:
            language = detect_language(text)
            if kind == "action":
                lint_action(
                    text,
                    language,
                    owner="karim",
                    due_date="2026-04-10",
                    success_criterion="fires at 80%",
                    check_completeness=True,
                )
            else:
                lint(text, kind, language, people)

    def scanned() -> None:
        for text, _ in texts:
            re.findall(r"\w+", text)

    first_started = time.perf_counter()
    linted()
    first = time.perf_counter() - first_started
    lint_time, scan_time = seconds_per_round(linted), seconds_per_round(scanned)
    sentences = len(texts)
    print(f"\nworked example: {sentences} texts, {sum(len(t) for t, _ in texts)} characters")
    print(f"  first lint in this process (loads patterns):  {first * 1e3:8.2f} ms")
    print(f"  lint, whole post-mortem:                      {lint_time * 1e3:8.3f} ms")
    print(f"  regex scan baseline, same texts:              {scan_time * 1e3:8.3f} ms")
    print(f"  ratio lint / scan:                            {lint_time / scan_time:8.1f} x")
    print(f"  sentences per second, one core:               {sentences / lint_time:8.0f}")
    print(f"  baseline sentences per second:                {sentences / scan_time:8.0f}")


def test_language_detection_by_lingua_costs_a_one_off_load() -> None:
    # Texts without grammar words fall through to lingua: time one of them.
    started = time.perf_counter()
    detect_language("checkout-api rollback ok")
    first = time.perf_counter() - started
    per_call = seconds_per_round(lambda: detect_language("checkout-api rollback ok"))
    print(
        f"\nlingua: first call {first * 1e3:.1f} ms (0 if already loaded), then {per_call * 1e6:.1f} us"
    )
