"""The SQLite side every read model shares: rows and tracking in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar
from uuid import UUID

from eventsourcing.persistence import ProgrammingError, Tracking
from eventsourcing.sqlite import SQLiteDatastore, SQLiteTrackingRecorder

from projections.base import ReadModelView
from projections.locks import file_lock, memory_lock

Statement = tuple[str, Sequence[Any] | dict[str, Any]]


class SQLiteView(SQLiteTrackingRecorder, ReadModelView):
    """A read model's tables next to its own tracking table, created on construction.

    The library's SQLite recorder names its tracking table ``tracking``; each read model
    needs its own position, so the statements are rebuilt on ``tracking_table_name``.
    """

    tables: ClassVar[tuple[str, ...]] = ()  # emptied by clear(), in this order
    ddl: ClassVar[tuple[str, ...]] = ()

    def __init__(self, datastore: SQLiteDatastore, *, tracking_table_name: str) -> None:
        self.tracking_table_name = tracking_table_name
        super().__init__(datastore)
        if not self.datastore.single_row_tracking:
            raise ProgrammingError("Read models rely on single-row tracking for exactly-once.")
        t = tracking_table_name  # our own constant name, never input
        self.insert_tracking_statement = (
            f"INSERT INTO {t} VALUES (:application_name, :notification_id) "  # noqa: S608
            "ON CONFLICT (application_name) DO UPDATE SET notification_id = :notification_id "
            f"WHERE {t}.notification_id < :notification_id RETURNING notification_id"
        )
        self.select_max_tracking_id_statement = (
            f"SELECT MAX(notification_id) FROM {t} WHERE application_name=?"  # noqa: S608
        )

    def construct_create_table_statements(self) -> list[str]:
        return [
            f"CREATE TABLE IF NOT EXISTS {self.tracking_table_name} ("
            "application_name TEXT PRIMARY KEY, notification_id INTEGER) WITHOUT ROWID",
            *self.ddl,
        ]

    def write(self, tracking: Tracking, *statements: Statement) -> None:
        """Run ``statements`` and record ``tracking`` in one transaction, or do nothing."""
        with self.datastore.transaction(commit=True) as curs:
            for query, params in statements:
                curs.execute(query, params)
            self._insert_tracking(curs, tracking)

    def fetch(self, query: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(query, params)
            rows: list[sqlite3.Row] = curs.fetchall()
            return rows

    def clear(self, application_name: str) -> None:
        with self.datastore.transaction(commit=True) as curs:
            for table in self.tables:
                curs.execute(f"DELETE FROM {table}")  # noqa: S608 - our own table names
            curs.execute(
                f"DELETE FROM {self.tracking_table_name} WHERE application_name = ?",  # noqa: S608
                (application_name,),
            )

    def exclusive(self, *, blocking: bool = True) -> AbstractContextManager[bool]:
        db_name = self.datastore.pool.db_name
        if self.datastore.pool.is_sqlite_memory_mode:
            return memory_lock(f"{db_name}:{self.tracking_table_name}", blocking=blocking)
        lock_path = Path(db_name.removeprefix("file:").split("?")[0])
        lock_file = lock_path.with_name(f"{lock_path.name}.{self.tracking_table_name}.lock")
        return file_lock(lock_file, blocking=blocking)


# SQLite has no date or UUID types: store ISO text that sorts like the values.


def utc_text(when: datetime | None) -> str | None:
    """Fixed-width UTC text, so that text order is time order."""
    if when is None:
        return None
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def parse_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def date_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def parse_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def uuid_text(value: UUID | None) -> str | None:
    return None if value is None else str(value)
