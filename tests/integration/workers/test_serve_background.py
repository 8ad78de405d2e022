"""The composition of `recul serve`: the API sees digests and dead letters from the workers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from domain.base import CommandContext
from recul.server import Server, build_server
from recul.settings import Settings

CTX = CommandContext("ops")


@pytest.fixture
def server(database_url: str) -> Iterator[Server]:
    built = build_server(Settings(database_url=database_url))
    yield built
    built.stop()
    built.read_models.close()
    built.app.close()


def test_serve_wires_the_monthly_digest_from_the_outbox_and_the_people_registry(
    server: Server,
) -> None:
    app = server.app
    app.register_person(
        CTX, "ana", name="Ana", email="ana@example.org", team="payments", time_zone="UTC"
    )
    incident = app.declare_incident(
        CTX, title="Queue stalled", severity="SEV3", services=["jobs"], started_at=_t()
    )
    cause = app.open_root_cause(CTX, incident.id, problem="Jobs stopped.")
    action = app.propose_action(CTX, cause.id, text="Alert when the queue is older than 5 min.")
    app.commit_action(
        CTX, action.id, owner="ana", due_date=date(2020, 1, 1), success_criterion="Alert fires."
    )
    today = datetime.now(UTC).date()

    digests = server.background.monthly_digest(today.year, today.month)

    assert [(d.team, d.opened) for d in digests] == [("payments", 1)]
    assert [(o.action_id, o.owner) for o in digests[0].overdue] == [(action.id, "ana")]


def test_serve_wires_dead_letters_from_its_broker(server: Server) -> None:
    background = server.background

    assert background.dead_letters() == []
    assert background.retry_dead_letter("no-such-message") is False


def _t() -> datetime:
    return datetime(2026, 6, 1, 9, tzinfo=UTC)
