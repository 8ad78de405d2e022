"""Reminders delivered per second end to end (Redis, a real worker, PostgreSQL, SMTP) against
a bare Dramatiq actor that does nothing, through the same Redis and worker command, same run.

Also the module the baseline worker imports: ``dramatiq tests.benchmarks.test_reminder_rate:noop_broker``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from uuid import uuid4

import dramatiq
import pytest
from dramatiq.brokers.redis import RedisBroker

from recul.settings import Settings
from recul.wiring import build_application
from tests.benchmarks.report import print_table
from tests.integration.workers.servers import (
    REDIS_URL,
    SmtpCapture,
    flush_namespace,
    queue_drained,
    seed_reminders,
    wait_for,
)
from tests.integration.workers.test_worker_process import WorkerProcess, worker_env
from tests.services import postgres_database
from workers.actors import enqueue_due
from workers.broker import make_broker

REMINDERS = 300
NOOPS = 3_000


def noop_broker() -> None:
    """The baseline worker's broker: one actor that does nothing."""
    broker = RedisBroker(
        url=os.environ["RECUL_REDIS_URL"], namespace=os.environ["RECUL_REDIS_NAMESPACE"]
    )
    dramatiq.set_broker(broker)
    dramatiq.Actor(
        _nothing,
        broker=broker,
        actor_name="noop",
        queue_name="notifications",
        priority=0,
        options={},
    )


def timed(work: Callable[[], object], done: Callable[[], bool], what: str) -> float:
    started = time.perf_counter()
    work()
    wait_for(done, what, timeout=600)
    return time.perf_counter() - started


@pytest.mark.bench
def test_reminders_per_second_against_a_bare_actor(tmp_path: Path) -> None:
    smtp, chat = SmtpCapture().start(), SimpleNamespace(url="")  # no chat: e-mail only
    namespace = f"recul-bench-{uuid4().hex[:8]}"
    try:
        with postgres_database() as url:
            app = build_application(Settings(database_url=url))
            _, dues = seed_reminders(app, REMINDERS + 1)
            env = worker_env(url, REDIS_URL, namespace, smtp, chat)
            broker = make_broker(REDIS_URL, namespace=namespace)
            worker = WorkerProcess(env, tmp_path / "recul.log")
            worker.start()
            try:
                enqueue_due(dues[0])  # warm up: the worker is up and connected
                wait_for(lambda: len(smtp.messages) == 1, "the warm-up reminder", timeout=120)
                ours = timed(
                    lambda: _each(enqueue_due, dues[1:]),
                    lambda: len(smtp.messages) == REMINDERS + 1,
                    "every reminder",
                )
            finally:
                worker.kill()
                broker.close()
                app.close()
        baseline = _baseline(tmp_path, namespace + "-noop")
    finally:
        smtp.stop()
        flush_namespace(REDIS_URL, namespace)
        flush_namespace(REDIS_URL, namespace + "-noop")
    print_table(
        "Reminders delivered per second (Redis -> 1 worker process x 2 threads)",
        [("reminder: re-read, e-mail over SMTP, record", REMINDERS / ours, baseline)],
    )


def _baseline(tmp_path: Path, namespace: str) -> float:
    env = {**os.environ, "RECUL_REDIS_URL": REDIS_URL, "RECUL_REDIS_NAMESPACE": namespace}
    broker = RedisBroker(url=REDIS_URL, namespace=namespace)
    noop = dramatiq.Actor(
        _nothing,
        broker=broker,
        actor_name="noop",
        queue_name="notifications",
        priority=0,
        options={},
    )
    worker = WorkerProcess(
        env, tmp_path / "noop.log", target="tests.benchmarks.test_reminder_rate:noop_broker"
    )
    worker.start()
    try:
        noop.send()
        wait_for(lambda: queue_drained(REDIS_URL, namespace), "the warm-up no-op", timeout=120)
        seconds = timed(
            lambda: [noop.send() for _ in range(NOOPS)],
            lambda: queue_drained(REDIS_URL, namespace),
            "every no-op",
        )
    finally:
        worker.kill()
        broker.close()
    return NOOPS / seconds


def _nothing() -> None:
    pass


def _each(work: Callable[[Any], None], items: list[Any]) -> None:
    for item in items:
        work(item)
