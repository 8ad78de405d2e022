"""Events appended per second through the application, against a raw driver in the same run.

The baseline inserts rows of the same size into a table of the same shape, one
INSERT and one COMMIT per row, as each command below stores one event in one
transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import psycopg
import pytest

from domain.application import Recul
from domain.base import CommandContext
from recul.settings import Settings
from recul.wiring import build_application
from tests.benchmarks.report import print_table, rate
from tests.services import postgres_database, sqlite_url

COUNT = 2_000
# Entries are spread like real timelines: tens of entries per incident.
INCIDENTS = 100
CTX = CommandContext("bench")
START = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture(params=["postgres", "sqlite"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "sqlite":
        yield "sqlite", sqlite_url(tmp_path)
        return
    with postgres_database() as url:
        yield "postgres", url


def test_events_appended_per_second_against_the_raw_driver(backend: tuple[str, str]) -> None:
    kind, url = backend
    app = build_application(Settings(database_url=url))
    try:
        declared = rate(COUNT, lambda i: _declare(app, i))
        incidents = [_declare(app, -i) for i in range(1, INCIDENTS + 1)]
        entries = rate(COUNT, lambda i: _entry(app, incidents[i % INCIDENTS], i))
        size, topic = _typical_event(app)
    finally:
        app.close()
    baseline = _raw_rate(kind, url, size, topic)
    print_table(
        f"Append rate on {kind} ({COUNT:,} commands, one event and one transaction each)",
        [
            ("declare_incident (new aggregate)", declared, baseline),
            (f"add_timeline_entry (load + append, {INCIDENTS} timelines)", entries, baseline),
        ],
    )


def _declare(app: Recul, i: int) -> object:
    return app.declare_incident(
        CTX, title=f"Incident {i}", severity="SEV3", services=["api"], started_at=START
    ).id


def _entry(app: Recul, incident_id: object, i: int) -> None:
    app.add_timeline_entry(
        CTX,
        incident_id,  # type: ignore[arg-type]
        at=START + timedelta(seconds=i),
        actor="monitoring",
        text=f"Error rate at {i}% on checkout-api.",
        source="MONITORING",
    )


def _typical_event(app: Recul) -> tuple[int, str]:
    stored = app.recorder.select_notifications(start=None, limit=1, topics=())
    return len(stored[0].state), stored[0].topic


def _raw_rate(kind: str, url: str, size: int, topic: str) -> float:
    state = b"x" * size
    if kind == "sqlite":
        db = sqlite3.connect(
            Path(url.removeprefix("sqlite:///")).with_name("raw.db"), isolation_level=None
        )
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(
            "CREATE TABLE raw_events (originator_id TEXT, originator_version INTEGER, topic TEXT, "
            "state BLOB, PRIMARY KEY (originator_id, originator_version))"
        )

        def insert_sqlite(_: int) -> None:
            db.execute("BEGIN")
            db.execute("INSERT INTO raw_events VALUES (?, 1, ?, ?)", (uuid4().hex, topic, state))
            db.execute("COMMIT")

        try:
            return rate(COUNT, insert_sqlite)
        finally:
            db.close()
    with psycopg.connect(url) as conn:
        conn.execute(
            "CREATE TABLE raw_events (originator_id uuid NOT NULL, originator_version bigint NOT NULL, "
            "topic text, state bytea, notification_id bigserial, "
            "PRIMARY KEY (originator_id, originator_version))"
        )
        conn.execute("CREATE UNIQUE INDEX ON raw_events (notification_id)")
        conn.commit()

        def insert_postgres(_: int) -> None:
            conn.execute(
                "INSERT INTO raw_events (originator_id, originator_version, topic, state) "
                "VALUES (%s, 1, %s, %s)",
                (uuid4(), topic, state),
            )
            conn.commit()

        return rate(COUNT, insert_postgres)
