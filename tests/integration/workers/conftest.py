"""Worker fixtures: the application and the outbox on the same database (PostgreSQL, SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import eventsourcing.domain
import pytest

from domain.application import Recul
from recul.settings import Settings
from recul.wiring import build_application
from workers.outbox import Outbox, open_outbox


@pytest.fixture
def app(database_url: str) -> Iterator[Recul]:
    application = build_application(Settings(database_url=database_url))
    yield application
    application.close()


@pytest.fixture
def outbox(database_url: str) -> Iterator[Outbox]:
    opened = open_outbox(Settings(database_url=database_url).persistence_env())
    yield opened
    opened.close()


class Clock:
    """The time events are recorded at, moved by the test (actions take their times from it)."""

    def __init__(self) -> None:
        self.now: datetime | None = None

    def __call__(self) -> datetime:
        if self.now is None:
            raise RuntimeError("Set clock.now before recording events.")
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Events get their timestamp from eventsourcing.domain.datetime_now_with_tzinfo."""
    fake = Clock()
    monkeypatch.setattr(eventsourcing.domain, "datetime_now_with_tzinfo", fake)
    return fake
