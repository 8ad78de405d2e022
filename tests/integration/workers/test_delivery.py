"""Delivery on a real Redis broker, PostgreSQL, SMTP server and chat webhook (worker in-process)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from uuid import uuid4

import dramatiq
import pytest

from domain.application import Recul
from domain.base import CommandContext
from domain.incidents.model import Incident
from domain.schedules.calendar import DEFAULT_CALENDAR
from domain.schedules.review import review_window
from recul.settings import Settings
from recul.wiring import build_application
from tests.integration.workers.servers import (
    MAIL_FROM,
    PUBLIC_URL,
    REDIS_URL,
    ChatReceiver,
    SmtpCapture,
    chat_key,
    email_key,
    flush_namespace,
    mail_and_chat,
    queue_drained,
    seed_reminders,
    wait_for,
)
from workers import runtime
from workers.actors import enqueue_due
from workers.broker import BrokerOptions, make_broker
from workers.dead_letters import list_dead_letters, retry_dead_letter
from workers.embedded import start_embedded_worker
from workers.notify import Notifier, message_id_for
from workers.notify.claims import PostgresClaims
from workers.scheduler import Due

FAST = BrokerOptions(max_retries=4, min_backoff_ms=50, max_backoff_ms=400, time_limit_ms=30_000)


@dataclass
class Rig:
    app: Recul
    broker: dramatiq.Broker
    namespace: str
    smtp: SmtpCapture
    chat: ChatReceiver

    def drained(self) -> None:
        wait_for(lambda: queue_drained(REDIS_URL, self.namespace), "the queue to drain")


@pytest.fixture
def rig(postgres_url: str) -> Iterator[Rig]:
    namespace = f"recul-test-{uuid4().hex[:10]}"
    broker = make_broker(REDIS_URL, namespace=namespace, options=FAST)
    app = build_application(Settings(database_url=postgres_url))
    claims = PostgresClaims(postgres_url)
    try:
        with mail_and_chat() as (smtp, chat):
            notifier = Notifier.from_urls(smtp.url, MAIL_FROM, chat.url)
            runtime.configure(app, notifier, None, DEFAULT_CALENDAR, PUBLIC_URL, claims=claims)
            stop = start_embedded_worker(broker)
            try:
                yield Rig(app, broker, namespace, smtp, chat)
            finally:
                stop()
    finally:
        runtime.reset()
        broker.close()
        claims.close()
        app.close()
        flush_namespace(REDIS_URL, namespace)


@pytest.mark.parametrize(
    ("language", "subject", "greeting"),
    [("fr", "Action à échéance le 2025-04-10", "Bonjour"), ("en", "Action due on", "Hello")],
)
def test_a_reminder_reaches_its_owner_by_email_and_chat_in_the_incident_language(
    rig: Rig, language: str, subject: str, greeting: str
) -> None:
    incident, (due,) = seed_reminders(rig.app, 1, language)
    enqueue_due(due)
    wait_for(lambda: len(rig.smtp.messages) == 1 and len(rig.chat.posts) == 1, "one mail, one post")
    mail = rig.smtp.messages[0]
    body = mail.get_content()  # type: ignore[attr-defined]
    link = f"{PUBLIC_URL}/postmortems/{incident.id}"
    assert mail["To"] == "Claire <claire@example.org>"
    assert str(mail["Subject"]).startswith(subject)
    assert body.startswith(f"{greeting} Claire,")
    assert link in body
    assert mail["Message-ID"] == message_id_for(email_key(due, "claire"), "example.org")
    key, payload = rig.chat.posts[0]
    assert key == chat_key(due)
    assert link in payload["text"]
    assert "@claire" in payload["text"]
    assert payload["blocks"][1]["elements"][0]["url"] == link
    # The worker records each delivery right after the receiver has it: wait for the record.
    wait_for(
        lambda: rig.app.was_sent(due.key) and rig.app.was_sent(email_key(due, "claire")),
        "the deliveries recorded",
    )


def test_the_same_reminder_enqueued_again_is_not_sent_again(rig: Rig) -> None:
    _, (due,) = seed_reminders(rig.app, 1)
    enqueue_due(due)
    wait_for(lambda: rig.app.was_sent(due.key), "the reminder to be recorded")
    enqueue_due(due)
    enqueue_due(due)
    rig.drained()
    assert len(rig.smtp.messages) == 1
    assert len(rig.chat.posts) == 1


def test_a_transient_smtp_failure_is_retried_then_delivered_once(rig: Rig) -> None:
    _, (due,) = seed_reminders(rig.app, 1)
    rig.smtp.failures.set(2, 421)
    enqueue_due(due)
    wait_for(lambda: rig.app.was_sent(due.key), "the reminder after two refusals")
    rig.drained()
    assert len(rig.smtp.messages) == 1
    assert rig.smtp.failures.count == 0
    assert list_dead_letters(rig.broker) == []


def test_a_chat_server_error_is_retried_and_the_mail_is_not_sent_twice(rig: Rig) -> None:
    _, (due,) = seed_reminders(rig.app, 1)
    rig.chat.failures.set(2, 503)
    enqueue_due(due)
    wait_for(lambda: rig.app.was_sent(due.key), "the reminder after two chat errors")
    rig.drained()
    assert len(rig.smtp.messages) == 1
    assert len(rig.chat.posts) == 1


def test_a_refused_smtp_connection_is_retried_until_the_server_is_up(
    rig: Rig, postgres_url: str
) -> None:
    _, (due,) = seed_reminders(rig.app, 1)
    late = SmtpCapture()  # its port is reserved, nothing listens yet
    runtime.configure(
        rig.app,
        Notifier.from_urls(late.url, MAIL_FROM, None),
        None,
        DEFAULT_CALENDAR,
        PUBLIC_URL,
        claims=runtime.current().claims,
    )
    enqueue_due(due)
    wait_for(lambda: _retried(rig), "a retry to be scheduled")
    late.start()
    try:
        wait_for(lambda: rig.app.was_sent(due.key), "the reminder once SMTP is up")
        assert len(late.messages) == 1
    finally:
        late.stop()


def test_a_rejected_address_goes_to_the_dead_letters_and_retry_brings_it_back(rig: Rig) -> None:
    _, (due,) = seed_reminders(rig.app, 1)
    rig.smtp.failures.set(1, 550)
    enqueue_due(due)
    wait_for(lambda: len(list_dead_letters(rig.broker)) == 1, "a dead letter")
    (letter,) = list_dead_letters(rig.broker)
    assert letter.actor == "deliver"
    assert letter.args[0] == due.key
    assert "550" in letter.error
    assert letter.failed_at is not None
    assert rig.smtp.messages == []
    assert not rig.app.was_sent(due.key)

    assert retry_dead_letter(rig.broker, letter.id)
    wait_for(lambda: rig.app.was_sent(due.key), "the retried reminder")
    assert len(rig.smtp.messages) == 1
    assert len(rig.chat.posts) == 1
    assert list_dead_letters(rig.broker) == []
    assert not retry_dead_letter(rig.broker, letter.id)


def test_a_reminder_for_an_action_verified_meanwhile_is_dropped(rig: Rig) -> None:
    _, (due,) = seed_reminders(rig.app, 1)
    ctx = CommandContext(actor="test")
    rig.app.start_action(ctx, due.subject_id)
    rig.app.complete_action(ctx, due.subject_id)
    rig.app.verify_action(ctx, due.subject_id, evidence="load test report")
    enqueue_due(due)
    rig.drained()
    assert rig.smtp.messages == []
    assert rig.chat.posts == []
    assert not rig.app.was_sent(due.key)


def test_a_late_postmortem_is_flagged_and_escalated_to_the_facilitator_and_managers(
    rig: Rig,
) -> None:
    incident, _ = seed_reminders(rig.app, 0, "fr")
    resolved = rig.app.load(Incident, incident.id).resolved_at
    assert resolved is not None
    _, closes = review_window(resolved, DEFAULT_CALENDAR)
    key = f"LATE:{incident.id}:{closes.astimezone(UTC).isoformat()}"
    enqueue_due(Due(key, "LATE", incident.id, incident.id, "FACILITATOR", closes))
    wait_for(lambda: rig.app.was_sent(key), "the escalation")
    flagged = rig.app.load(Incident, incident.id)
    assert flagged.flagged_late_at is not None
    assert flagged.flagged_late_at > closes
    recipients = sorted(str(m["To"]) for m in rig.smtp.messages)
    assert recipients == ["Marc <marc@example.org>", "Nadia <nadia@example.org>"]
    assert all("Pas encore de revue" in str(m["Subject"]) for m in rig.smtp.messages)


def _retried(rig: Rig) -> bool:
    import redis  # noqa: PLC0415 - only this check reads the broker's keys

    client = redis.Redis.from_url(REDIS_URL)
    try:
        return bool(client.hlen(f"{rig.namespace}:notifications.DQ.msgs"))
    finally:
        client.close()
