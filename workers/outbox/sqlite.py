"""The outbox on SQLite."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from eventsourcing.persistence import Tracking

from projections.sqlite_base import SQLiteView, utc_text
from workers.outbox import state as codec
from workers.outbox.view import OutboxView, Subject, check_kind

COLUMNS = "aggregate_id, kind, incident_id, state, version"


class SQLiteOutboxView(SQLiteView, OutboxView):
    """Subjects in ``work_subjects`` (ids as text, state as JSON text); ``enqueued`` beside."""

    tables = ("work_subjects",)  # a rebuild replays the log; what was enqueued stays known
    ddl = (
        "CREATE TABLE IF NOT EXISTS work_subjects ("
        "aggregate_id TEXT PRIMARY KEY, kind TEXT NOT NULL, incident_id TEXT NOT NULL, "
        "state TEXT NOT NULL, version INTEGER NOT NULL, is_open INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS work_subjects_open ON work_subjects (is_open, kind)",
        # Times as fixed-width UTC text, so that text order is time order.
        "CREATE TABLE IF NOT EXISTS enqueued (key TEXT PRIMARY KEY, enqueued_at TEXT NOT NULL)",
    )

    def subject(self, aggregate_id: UUID) -> Subject | None:
        query = f"SELECT {COLUMNS} FROM work_subjects WHERE aggregate_id = ?"  # noqa: S608
        rows = self.fetch(query, [str(aggregate_id)])
        return _subject(rows[0]) if rows else None

    def subjects(self, kind: str | None = None, *, open_only: bool = False) -> list[Subject]:
        check_kind(kind)
        query = (
            f"SELECT {COLUMNS} FROM work_subjects "  # noqa: S608 - fixed clauses
            "WHERE (:kind IS NULL OR kind = :kind) AND (is_open OR NOT :open) "
            "ORDER BY kind, aggregate_id"
        )
        return [_subject(r) for r in self.fetch(query, {"kind": kind, "open": open_only})]

    def save_subject(self, subject: Subject, is_open: bool, tracking: Tracking) -> None:
        params = {
            "aggregate_id": str(subject.aggregate_id),
            "kind": subject.kind,
            "incident_id": str(subject.incident_id),
            "state": codec.to_json(subject.state),
            "version": subject.version,
            "is_open": int(is_open),
        }
        upsert = (
            f"INSERT INTO work_subjects ({COLUMNS}, is_open) VALUES (:aggregate_id, "  # noqa: S608
            ":kind, :incident_id, :state, :version, :is_open) "
            "ON CONFLICT (aggregate_id) DO UPDATE SET state = excluded.state, "
            "version = excluded.version, is_open = excluded.is_open"
        )
        self.write(tracking, (upsert, params))

    def enqueued_since(self, keys: Sequence[str], since: datetime) -> set[str]:
        query = (
            "SELECT key FROM enqueued WHERE key IN (SELECT value FROM json_each(?)) "
            "AND enqueued_at >= ?"
        )
        return {r["key"] for r in self.fetch(query, [json.dumps(list(keys)), utc_text(since)])}

    def record_enqueued(self, key: str, at: datetime) -> None:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(
                "INSERT INTO enqueued (key, enqueued_at) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET enqueued_at = excluded.enqueued_at",
                (key, utc_text(at)),
            )

    def forget_enqueued(self, before: datetime) -> int:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(
                "DELETE FROM enqueued WHERE enqueued_at < ? RETURNING key", (utc_text(before),)
            )
            return len(curs.fetchall())


def _subject(r: sqlite3.Row) -> Subject:
    return Subject(
        aggregate_id=UUID(r["aggregate_id"]),
        kind=r["kind"],
        incident_id=UUID(r["incident_id"]),
        state=codec.from_json(r["state"]),
        version=r["version"],
    )
