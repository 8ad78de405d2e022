"""`recul worker dead-letters`: list what failed for good, retry one; `recul worker` refusals."""

from __future__ import annotations

import json
from collections.abc import Iterator
from uuid import uuid4

import pytest
from click.testing import CliRunner

from domain.application import Recul
from recul.settings import Settings
from recul.wiring import build_application
from recul.worker_cli import worker
from tests.integration.workers.servers import (
    MAIL_FROM,
    PUBLIC_URL,
    REDIS_URL,
    flush_namespace,
    mail_and_chat,
    seed_reminders,
    wait_for,
)
from workers import runtime
from workers.actors import enqueue_due
from workers.broker import BrokerOptions, make_broker
from workers.dead_letters import list_dead_letters
from workers.embedded import start_embedded_worker
from workers.notify import Notifier


@pytest.fixture
def app(postgres_url: str) -> Iterator[Recul]:
    application = build_application(Settings(database_url=postgres_url))
    yield application
    application.close()


def test_the_worker_refuses_to_start_without_redis() -> None:
    result = CliRunner().invoke(worker, [], env={"RECUL_REDIS_URL": ""})
    assert result.exit_code == 1
    assert "RECUL_REDIS_URL is not set" in result.output


def test_a_dead_letter_is_listed_with_its_reason_and_retried_from_the_command_line(
    app: Recul, postgres_url: str
) -> None:
    namespace = f"recul-test-{uuid4().hex[:10]}"
    env = {"RECUL_REDIS_URL": REDIS_URL, "RECUL_REDIS_NAMESPACE": namespace}
    broker = make_broker(REDIS_URL, namespace=namespace, options=BrokerOptions(min_backoff_ms=50))
    try:
        with mail_and_chat() as (smtp, chat):
            notifier = Notifier.from_urls(smtp.url, MAIL_FROM, chat.url)
            runtime.configure(app, notifier, public_url=PUBLIC_URL)
            stop = start_embedded_worker(broker)
            try:
                _, (due,) = seed_reminders(app, 1)
                smtp.failures.set(1, 550)
                enqueue_due(due)
                wait_for(lambda: bool(list_dead_letters(broker)), "a dead letter")

                listed = CliRunner().invoke(worker, ["dead-letters", "--json"], env=env)
                assert listed.exit_code == 0, listed.output
                (letter,) = [json.loads(line) for line in listed.output.splitlines()]
                assert letter["actor"] == "deliver"
                assert letter["args"][0] == due.key
                assert "PermanentDeliveryError: SMTP 550" in letter["error"]

                retried = CliRunner().invoke(
                    worker, ["dead-letters", "--retry", letter["id"]], env=env
                )
                assert retried.exit_code == 0, retried.output
                wait_for(lambda: app.was_sent(due.key), "the retried reminder")
                assert len(smtp.messages) == 1

                again = CliRunner().invoke(
                    worker, ["dead-letters", "--retry", letter["id"]], env=env
                )
                assert again.exit_code == 1
                assert "no dead letter" in again.output
            finally:
                stop()
    finally:
        runtime.reset()
        broker.close()
        flush_namespace(REDIS_URL, namespace)
