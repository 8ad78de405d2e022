"""The PostgreSQL side every read model shares: rows and tracking in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, ClassVar

from eventsourcing.persistence import ProgrammingError, Tracking
from eventsourcing.postgres import PostgresDatastore, PostgresTrackingRecorder
from psycopg.rows import DictRow
from psycopg.sql import SQL, Identifier

from projections.base import ReadModelView
from projections.locks import advisory_lock

Statement = tuple[str, Sequence[Any] | dict[str, Any]]


class PostgresView(PostgresTrackingRecorder, ReadModelView):
    """A read model's tables next to its own tracking table, created on construction."""

    tables: ClassVar[tuple[str, ...]] = ()  # emptied by clear(), in this order
    ddl: ClassVar[tuple[str, ...]] = ()

    def __init__(self, datastore: PostgresDatastore, *, tracking_table_name: str) -> None:
        super().__init__(datastore, tracking_table_name=tracking_table_name)
        if self.datastore.schema != "public" or not self.datastore.single_row_tracking:
            # The row tables are unqualified and exactly-once relies on single-row tracking.
            raise ProgrammingError("Read models need the public schema and single-row tracking.")
        self.sql_create_statements.extend(SQL(s).format() for s in self.ddl)

    def write(self, tracking: Tracking, *statements: Statement) -> None:
        """Run ``statements`` and record ``tracking`` in one transaction, or do nothing."""
        with self.datastore.transaction(commit=True) as curs:
            for query, params in statements:
                curs.execute(query, params)
            self._insert_tracking(curs, tracking)

    def fetch(self, query: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[DictRow]:
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(query, params)
            return curs.fetchall()

    def clear(self, application_name: str) -> None:
        delete_tracking = SQL("DELETE FROM {}.{} WHERE application_name = %s").format(
            Identifier(self.datastore.schema), Identifier(self.tracking_table_name)
        )
        with self.datastore.transaction(commit=True) as curs:
            for table in self.tables:
                curs.execute(SQL("DELETE FROM {}").format(Identifier(table)))
            curs.execute(delete_tracking, (application_name,))

    def exclusive(self, *, blocking: bool = True) -> AbstractContextManager[bool]:
        return advisory_lock(self.datastore, self.tracking_table_name, blocking=blocking)
