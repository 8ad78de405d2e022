"""Projection rebuild rate (events per second) of each read model, against a plain read.

On the shared database of 1,000 worked examples (about 33,000 events). The baseline
reads the same events the rebuild replays, in batches of 500, and decodes each into
its domain event: what a rebuild costs before it writes anything. Both run on
PostgreSQL with synchronous_commit on, as in production: a rebuild commits each
event's rows with its tracking position in one transaction.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import partial

from domain.application import Recul
from projections.factory import NAMES
from projections.runner import rebuild
from recul.settings import Settings
from recul.wiring import build_application
from tests.benchmarks.report import print_table
from tests.benchmarks.worked import WorkedExamples, open_read_models_on, synchronous_commit

BATCH = 500


def test_rebuild_rate_against_a_plain_read_of_the_events(
    worked_examples: WorkedExamples,
) -> None:
    url = worked_examples.url
    durability = synchronous_commit(url)
    app = build_application(Settings(database_url=url))
    read_models = open_read_models_on(url)
    try:
        _plain_read(app)  # warm: the rebuilds read from the same buffers
        events, seconds = _timed(lambda: _plain_read(app))
        plain = events / seconds
        rows = []
        for name in NAMES:
            applied, seconds = _timed(partial(rebuild, app, read_models, name, progress=_show))
            print(file=sys.stderr)
            rows.append((f"rebuild {name}", applied / seconds, plain))
    finally:
        read_models.close()
        app.close()
    print_table(
        f"Projection rebuild on postgres ({len(worked_examples.ids):,} worked examples, "
        f"{events:,} events, synchronous_commit {durability}); "
        "baseline: read and decode the same events",
        rows,
    )


def _plain_read(app: Recul) -> int:
    """Every event of the log read in batches and decoded; how many."""
    decoded, start = 0, 1
    while notifications := app.recorder.select_notifications(start, limit=BATCH, topics=()):
        for notification in notifications:
            app.mapper.to_domain_event(notification)
        decoded += len(notifications)
        start = notifications[-1].id + 1
    return decoded


def _timed(work: Callable[[], int]) -> tuple[int, float]:
    """What ``work`` returns (a count of events) and how many seconds it took."""
    started = time.perf_counter()
    count = work()
    return count, time.perf_counter() - started


def _show(name: str, applied: int, total: int) -> None:
    if applied % 5_000 < BATCH or applied == total:
        print(f"\r  rebuild {name}: {applied:,}/{total:,} events", end="", file=sys.stderr)
