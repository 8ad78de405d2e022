"""A real `python -m dramatiq recul.worker_entry` process: killed mid-batch, and Redis down."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
import redis

from domain.application import Recul
from recul.settings import Settings
from recul.wiring import build_application
from tests.integration.workers.servers import (
    MAIL_FROM,
    OWNERS,
    PUBLIC_URL,
    REDIS_URL,
    ChatReceiver,
    RedisServer,
    SmtpCapture,
    chat_key,
    email_key,
    flush_namespace,
    mail_and_chat,
    queue_drained,
    seed_reminders,
    wait_for,
)
from workers.actors import enqueue_due
from workers.broker import make_broker
from workers.notify import message_id_for

BATCH = 30
ROOT = Path(__file__).resolve().parents[3]


class WorkerProcess:
    """`python -m dramatiq recul.worker_entry` in its own process group (supervisor + child)."""

    def __init__(self, env: dict[str, str], log: Path, target: str = "recul.worker_entry") -> None:
        self.env, self.log, self.target = env, log, target
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        argv = [sys.executable, "-m", "dramatiq", self.target]
        argv += ["--processes", "1", "--threads", "2"]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                argv, env=self.env, cwd=ROOT, stdout=out, stderr=out, start_new_session=True
            )

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            self.process.wait(60)
        self.process = None


def worker_env(
    database_url: str, redis_url: str, namespace: str, smtp: Any, chat: Any
) -> dict[str, str]:
    return {
        **os.environ,
        "RECUL_DATABASE_URL": database_url,
        "RECUL_REDIS_URL": redis_url,
        "RECUL_REDIS_NAMESPACE": namespace,
        "RECUL_SMTP_URL": smtp.url,
        "RECUL_CHAT_WEBHOOK_URL": chat.url,
        "RECUL_MAIL_FROM": MAIL_FROM,
        "RECUL_PUBLIC_URL": PUBLIC_URL,
        # A dead worker's messages come back after 3 s, checked on every command.
        "RECUL_WORKER_HEARTBEAT_TIMEOUT_MS": "3000",
        "RECUL_WORKER_MAINTENANCE_CHANCE": "1000000",
        "RECUL_WORKER_MIN_BACKOFF_MS": "100",
        "RECUL_WORKER_MAX_BACKOFF_MS": "1000",
        "RECUL_WORKER_MAX_RETRIES": "60",
    }


@pytest.fixture
def app(postgres_url: str) -> Iterator[Recul]:
    application = build_application(Settings(database_url=postgres_url))
    yield application
    application.close()


@pytest.fixture
def namespace() -> Iterator[str]:
    name = f"recul-test-{uuid4().hex[:10]}"
    yield name
    flush_namespace(REDIS_URL, name)


@pytest.fixture
def receivers() -> Iterator[tuple[SmtpCapture, ChatReceiver]]:
    with mail_and_chat() as both:
        yield both


def expected_ids(dues: list[Any]) -> set[str]:
    return {
        message_id_for(email_key(due, OWNERS[n % len(OWNERS)]), "example.org")
        for n, due in enumerate(dues)
    }


def assert_each_delivered_once(dues: list[Any], smtp: SmtpCapture, chat: ChatReceiver) -> None:
    mails, posts = Counter(smtp.message_ids()), Counter(chat.keys())
    assert set(mails) == expected_ids(dues)
    assert set(posts) == {chat_key(due) for due in dues}
    assert max(mails.values()) == 1, "an e-mail was sent twice"
    assert max(posts.values()) == 1, "a chat message was posted twice"


def all_arrived(dues: list[Any], smtp: SmtpCapture, chat: ChatReceiver) -> bool:
    return len(set(smtp.message_ids())) >= len(dues) and len(set(chat.keys())) >= len(dues)


def test_every_reminder_arrives_once_when_the_worker_is_killed_mid_batch(
    app: Recul,
    postgres_url: str,
    namespace: str,
    receivers: tuple[SmtpCapture, ChatReceiver],
    tmp_path: Path,
) -> None:
    smtp, chat = receivers
    _, dues = seed_reminders(app, BATCH)
    broker = make_broker(REDIS_URL, namespace=namespace)
    worker = WorkerProcess(
        worker_env(postgres_url, REDIS_URL, namespace, smtp, chat), tmp_path / "worker.log"
    )
    try:
        for due in dues:
            enqueue_due(due)
        worker.start()
        wait_for(lambda: len(smtp.messages) >= BATCH // 3, "a third of the batch", timeout=90)
        # Hold new deliveries, let those accepted be recorded, then kill: every message is
        # then either delivered and recorded, or neither (the crash window is covered by
        # the Message-ID, see workers.notify.delivery).
        smtp.gate.close()
        wait_for(lambda: _recorded(app, dues, smtp, chat), "accepted deliveries to be recorded")
        worker.kill()
        smtp.gate.reopen()
        assert len(smtp.messages) < BATCH, "the kill came too late to be mid-batch"

        worker.start()
        wait_for(lambda: all_arrived(dues, smtp, chat), "the rest of the batch", timeout=120)
        wait_for(lambda: queue_drained(REDIS_URL, namespace), "the queue to drain")
        assert_each_delivered_once(dues, smtp, chat)
        assert all(app.was_sent(due.key) for due in dues)
    finally:
        worker.kill()
        broker.close()


def test_reminders_enqueued_while_redis_is_down_go_out_once_it_is_back(
    app: Recul,
    postgres_url: str,
    receivers: tuple[SmtpCapture, ChatReceiver],
    tmp_path: Path,
) -> None:
    smtp, chat = receivers
    _, dues = seed_reminders(app, BATCH)
    server = RedisServer(tmp_path).start()
    namespace = "recul-outage"
    broker = make_broker(server.url, namespace=namespace)
    worker = WorkerProcess(
        worker_env(postgres_url, server.url, namespace, smtp, chat), tmp_path / "worker.log"
    )
    try:
        first, second = dues[: BATCH // 2], dues[BATCH // 2 :]
        for due in first:
            enqueue_due(due)
        worker.start()
        wait_for(lambda: len(smtp.messages) >= 3, "the first deliveries", timeout=90)
        server.stop()
        refused = 0
        for due in second:
            try:
                enqueue_due(due)
            except redis.ConnectionError:
                refused += 1
        assert refused == len(second), "Redis was down: every enqueue must fail loudly"

        server.start()
        # The scheduler's next pass: enqueue again every reminder not recorded as sent.
        for due in dues:
            if not app.was_sent(due.key):
                enqueue_due(due)
        wait_for(
            lambda: all_arrived(dues, smtp, chat), "every reminder after the outage", timeout=120
        )
        wait_for(lambda: queue_drained(server.url, namespace), "the queue to drain")
        assert_each_delivered_once(dues, smtp, chat)
    finally:
        worker.kill()
        broker.close()
        server.stop()


def _recorded(app: Recul, dues: list[Any], smtp: SmtpCapture, chat: ChatReceiver) -> bool:
    by_id = {
        message_id_for(email_key(d, OWNERS[n % len(OWNERS)]), "example.org"): email_key(
            d, OWNERS[n % len(OWNERS)]
        )
        for n, d in enumerate(dues)
    }
    keys = [by_id[i] for i in smtp.message_ids()] + chat.keys()
    return all(app.was_sent(key) for key in keys)
