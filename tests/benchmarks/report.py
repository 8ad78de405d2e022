"""Timing and the ratio table every benchmark prints."""

from __future__ import annotations

import time
from collections.abc import Callable


def rate(count: int, work: Callable[[int], object]) -> float:
    """Operations per second of ``work(i)`` for i in range(count)."""
    started = time.perf_counter()
    for i in range(count):
        work(i)
    return count / (time.perf_counter() - started)


def print_table(title: str, rows: list[tuple[str, float, float]]) -> None:
    """Each row: what, Recul's rate, the baseline's rate; the ratio is baseline / Recul."""
    print(f"\n{title}")
    print(f"  {'measure':<44} {'recul/s':>10} {'baseline/s':>11} {'baseline÷recul':>15}")
    for what, ours, baseline in rows:
        print(f"  {what:<44} {ours:>10,.0f} {baseline:>11,.0f} {baseline / ours:>15.2f}")
