"""Databases of many worked examples for the read-side benchmarks, loaded in worker processes.

Each incident is the worked example "deploy-broke-prod" replayed through the commands
(``import_postmortem``): about 33 events over the incident, its timeline, root causes
and actions. Replaying is Python-bound, so two processes load in parallel (threads
would share one interpreter lock); each read model catches up in its own process.

Loading is set-up, not measured: ``unsynchronised_commits`` turns off the wait for the
WAL flush on the benchmark's own database while loading, and restores it afterwards.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from uuid import UUID, uuid4

import psycopg

from domain.application import Recul
from domain.base import CommandContext
from domain.postmortem.importer import import_postmortem
from projections.factory import NAMES, ReadModels, open_read_models
from projections.runner import catch_up
from recul.demo import examples
from recul.settings import Settings
from recul.wiring import build_application
from tests.services import PG_ADMIN_URL

EXAMPLE = "deploy-broke-prod"
WORKERS = 2
CHUNK = 10  # incidents per task: progress every few seconds, little scheduling overhead
PROGRESS_EVERY = 5.0  # seconds between progress lines of a catching-up process

_app: Recul | None = None  # one application per worker process


@dataclass(frozen=True)
class WorkedExamples:
    """A PostgreSQL database of ``len(ids)`` worked examples, every read model caught up."""

    url: str
    ids: list[UUID]


@contextmanager
def unsynchronised_commits(url: str) -> Iterator[None]:
    """Connections opened meanwhile commit without waiting for the WAL flush (loading only)."""
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    try:
        yield
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{name}" RESET synchronous_commit')


def synchronous_commit(url: str) -> str:
    """The setting a new connection to ``url`` gets."""
    with psycopg.connect(url) as conn:
        row = conn.execute("SHOW synchronous_commit").fetchone()
    return str(row[0]) if row else "?"


def analyze(url: str) -> None:
    """Fresh planner statistics after a bulk load, as autovacuum would give them in time."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def load_worked_examples(url: str, count: int, workers: int = WORKERS) -> list[UUID]:
    """``count`` incidents, each the worked example, with progress on stderr; their ids."""
    create_tables(url)
    ids: list[UUID] = []
    started = time.perf_counter()
    context = multiprocessing.get_context("spawn")  # never fork a process holding connections
    with ProcessPoolExecutor(workers, context, initializer=_open, initargs=(url,)) as pool:
        tasks: list[Future[list[UUID]]] = [
            pool.submit(_import, min(CHUNK, count - first)) for first in range(0, count, CHUNK)
        ]
        for task in as_completed(tasks):
            ids += task.result()
            elapsed = time.perf_counter() - started
            print(
                f"\r  loaded {len(ids):,}/{count:,} worked examples ({elapsed:.0f}s)",
                end="",
                file=sys.stderr,
            )
    print(file=sys.stderr)
    return ids


def catch_up_all(url: str, workers: int = WORKERS) -> int:
    """Every read model caught up, each in one worker process; how many events were applied."""
    create_tables(url)
    context = multiprocessing.get_context("spawn")
    # The post-mortems read model is the slowest: it starts first, the others share a process.
    order = sorted(NAMES, key=lambda name: name != "postmortems")
    with ProcessPoolExecutor(workers, context, initializer=_open, initargs=(url,)) as pool:
        tasks = [pool.submit(_catch_up, url, name) for name in order]
        return sum(task.result() for task in tasks)


def create_tables(url: str) -> None:
    """The event store's and the read models' tables, before processes race to create them."""
    build_application(Settings(database_url=url)).close()
    open_read_models_on(url).close()


def _existing_tables(url: str) -> dict[str, str]:
    """The persistence settings of ``url`` for a worker: the parent created the tables."""
    return {**Settings(database_url=url).persistence_env(), "CREATE_TABLE": "n"}


def _open(url: str) -> None:
    global _app  # noqa: PLW0603 (one application per worker process, opened once)
    _app = Recul(env=_existing_tables(url))


def _import(count: int) -> list[UUID]:
    assert _app is not None
    data = examples()[EXAMPLE]
    return [
        import_postmortem(_app, CommandContext("bench-loader"), data, uuid4()) for _ in range(count)
    ]


def _catch_up(url: str, name: str) -> int:
    assert _app is not None
    read_models = open_read_models(_existing_tables(url))
    try:
        return catch_up(_app, read_models, [name], progress=_Progress())
    finally:
        read_models.close()


class _Progress:
    """One line every few seconds per read model (several processes share stderr)."""

    def __init__(self) -> None:
        self.started = self.shown = time.perf_counter()

    def __call__(self, name: str, applied: int, total: int) -> None:
        now = time.perf_counter()
        if now - self.shown >= PROGRESS_EVERY or applied == total:
            self.shown = now
            print(
                f"  catch-up {name}: {applied:,}/{total:,} events ({now - self.started:.0f}s)",
                file=sys.stderr,
            )


def open_read_models_on(url: str) -> ReadModels:
    return open_read_models(Settings(database_url=url).persistence_env())
