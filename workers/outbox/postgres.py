"""The outbox on PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from eventsourcing.persistence import Tracking
from psycopg.rows import DictRow

from projections.postgres_base import PostgresView
from workers.outbox import state as codec
from workers.outbox.view import OutboxView, Subject, check_kind

COLUMNS = "aggregate_id, kind, incident_id, state, version"


class PostgresOutboxView(PostgresView, OutboxView):
    """Subjects in ``work_subjects`` (state as jsonb); enqueued keys in ``enqueued``."""

    tables = ("work_subjects",)  # a rebuild replays the log; what was enqueued stays known
    ddl = (
        "CREATE TABLE IF NOT EXISTS work_subjects ("
        "aggregate_id uuid PRIMARY KEY, kind text NOT NULL, incident_id uuid NOT NULL, "
        "state jsonb NOT NULL, version integer NOT NULL, is_open boolean NOT NULL)",
        "CREATE INDEX IF NOT EXISTS work_subjects_open ON work_subjects (is_open, kind)",
        "CREATE TABLE IF NOT EXISTS enqueued (key text PRIMARY KEY, "
        "enqueued_at timestamptz NOT NULL)",
    )

    def subject(self, aggregate_id: UUID) -> Subject | None:
        query = f"SELECT {COLUMNS} FROM work_subjects WHERE aggregate_id = %s"  # noqa: S608
        rows = self.fetch(query, [aggregate_id])
        return _subject(rows[0]) if rows else None

    def subjects(self, kind: str | None = None, *, open_only: bool = False) -> list[Subject]:
        check_kind(kind)
        query = (
            f"SELECT {COLUMNS} FROM work_subjects "  # noqa: S608 - fixed clauses
            "WHERE (%(kind)s::text IS NULL OR kind = %(kind)s) AND (is_open OR NOT %(open)s) "
            "ORDER BY kind, aggregate_id"
        )
        return [_subject(r) for r in self.fetch(query, {"kind": kind, "open": open_only})]

    def save_subject(self, subject: Subject, is_open: bool, tracking: Tracking) -> None:
        params = {
            "aggregate_id": subject.aggregate_id,
            "kind": subject.kind,
            "incident_id": subject.incident_id,
            "state": codec.to_json(subject.state),
            "version": subject.version,
            "is_open": is_open,
        }
        upsert = (
            f"INSERT INTO work_subjects ({COLUMNS}, is_open) VALUES (%(aggregate_id)s, "  # noqa: S608
            "%(kind)s, %(incident_id)s, %(state)s::jsonb, %(version)s, %(is_open)s) "
            "ON CONFLICT (aggregate_id) DO UPDATE SET state = EXCLUDED.state, "
            "version = EXCLUDED.version, is_open = EXCLUDED.is_open"
        )
        self.write(tracking, (upsert, params))

    def enqueued_since(self, keys: Sequence[str], since: datetime) -> set[str]:
        query = "SELECT key FROM enqueued WHERE key = ANY(%s) AND enqueued_at >= %s"
        return {r["key"] for r in self.fetch(query, [list(keys), since])}

    def record_enqueued(self, key: str, at: datetime) -> None:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(
                "INSERT INTO enqueued (key, enqueued_at) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET enqueued_at = EXCLUDED.enqueued_at",
                (key, at),
            )

    def forget_enqueued(self, before: datetime) -> int:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute("DELETE FROM enqueued WHERE enqueued_at < %s", (before,))
            return curs.rowcount


def _subject(r: DictRow) -> Subject:
    return Subject(
        aggregate_id=r["aggregate_id"],
        kind=r["kind"],
        incident_id=r["incident_id"],
        state=codec.from_json(r["state"]),
        version=r["version"],
    )
