"""The incidents read model on PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking
from psycopg.rows import DictRow

from projections.incidents.view import (
    ADDED_COLUMNS,
    COLUMNS,
    IncidentCursor,
    IncidentFilter,
    IncidentRow,
    IncidentsView,
    ReviewCursor,
    check_changes,
)
from projections.pagination import Page, check_first, like_pattern, page_of
from projections.postgres_base import PostgresView

ADDED_TYPES = {
    "review_at": "timestamptz",
    "review_minutes": "integer",
    "flagged_late_at": "timestamptz",
    "review_window_end": "timestamptz",
}


class PostgresIncidentsView(PostgresView, IncidentsView):
    """Incidents in the ``incidents`` table."""

    tables = ("incidents",)
    ddl = (
        "CREATE TABLE IF NOT EXISTS incidents ("
        "id uuid PRIMARY KEY, version integer NOT NULL, title text NOT NULL, "
        "status text NOT NULL, severity text NOT NULL, language text NOT NULL, "
        "services text[] NOT NULL, started_at timestamptz NOT NULL, "
        "detected_at timestamptz, resolved_at timestamptz, published_at timestamptz, "
        "detected_by text, facilitator text, review_at timestamptz, review_minutes integer, "
        "flagged_late_at timestamptz, review_window_end timestamptz)",
        "CREATE INDEX IF NOT EXISTS incidents_started ON incidents (started_at DESC, id DESC)",
        "CREATE INDEX IF NOT EXISTS incidents_services ON incidents USING gin (services)",
        *(
            f"ALTER TABLE incidents ADD COLUMN IF NOT EXISTS {c} {t}"
            for c, t in ADDED_TYPES.items()
        ),
        "CREATE INDEX IF NOT EXISTS incidents_review ON incidents (review_at, id) "
        "WHERE review_at IS NOT NULL",
    )

    def create_table(self) -> None:
        outdated = self._outdated()
        super().create_table()  # adds the missing columns (ddl above)
        if outdated:
            # Rows written before the columns existed lack their values: replay the log.
            self.reset()

    def _outdated(self) -> bool:
        """Whether an incidents table exists without the columns added since."""
        [row] = self.fetch(
            "SELECT to_regclass('public.incidents') IS NOT NULL AS present, "
            "(SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'public' "
            "AND table_name = 'incidents' AND column_name = ANY(%s)) AS added",
            [list(ADDED_COLUMNS)],
        )
        return bool(row["present"]) and int(row["added"]) < len(ADDED_COLUMNS)

    def reset(self) -> None:
        """Empty the rows and every application's position (not the tracking table's own)."""
        forget = (
            f"DELETE FROM {self.tracking_table_name} "  # noqa: S608 - our own table name
            "WHERE application_name <> %s"
        )
        with self.datastore.transaction(commit=True) as curs:
            curs.execute("DELETE FROM incidents")
            curs.execute(forget, (self.table_migration_identifier,))

    def search(
        self, f: IncidentFilter, *, first: int, after: IncidentCursor | None = None
    ) -> Page[IncidentRow]:
        check_first(first)
        where, params = _where(f)
        if after is not None:
            where += " AND (started_at, id) < (%s, %s)"
            params += list(after)
        query = (
            f"SELECT {COLUMNS} FROM incidents WHERE {where} "  # noqa: S608 - fixed clauses
            "ORDER BY started_at DESC, id DESC LIMIT %s"
        )
        rows = self.fetch(query, [*params, first + 1])
        return page_of([_row(r) for r in rows], first)

    def reviews_between(
        self, start: datetime, end: datetime, *, first: int, after: ReviewCursor | None = None
    ) -> Page[IncidentRow]:
        check_first(first)
        where = "review_at >= %s AND review_at < %s"
        params: list[Any] = [start, end]
        if after is not None:
            where += " AND (review_at, id) > (%s, %s)"
            params += list(after)
        query = (
            f"SELECT {COLUMNS} FROM incidents WHERE {where} "  # noqa: S608 - fixed clauses
            "ORDER BY review_at, id LIMIT %s"
        )
        rows = self.fetch(query, [*params, first + 1])
        return page_of([_row(r) for r in rows], first)

    def get_many(self, ids: Sequence[UUID]) -> dict[UUID, IncidentRow]:
        rows = self.fetch(f"SELECT {COLUMNS} FROM incidents WHERE id = ANY(%s)", [list(ids)])  # noqa: S608
        return {r["id"]: _row(r) for r in rows}

    def count(self, f: IncidentFilter) -> int:
        where, params = _where(f)
        [row] = self.fetch(f"SELECT COUNT(*) AS n FROM incidents WHERE {where}", params)  # noqa: S608
        return int(row["n"])

    def insert_incident(self, row: IncidentRow, tracking: Tracking) -> None:
        values = vars(row)
        names = ", ".join(f"%({k})s" for k in values)
        self.write(tracking, (f"INSERT INTO incidents ({COLUMNS}) VALUES ({names})", values))  # noqa: S608

    def update_incident(
        self,
        incident_id: UUID,
        version: int,
        changes: Mapping[str, object],
        tracking: Tracking,
    ) -> None:
        check_changes(changes)
        sets = ", ".join(f"{k} = %({k})s" for k in ["version", *changes])
        params = {**changes, "version": version, "id": incident_id}
        self.write(tracking, (f"UPDATE incidents SET {sets} WHERE id = %(id)s", params))  # noqa: S608


def _where(f: IncidentFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = ["TRUE"]
    params: list[Any] = []
    candidates: list[tuple[str, list[Any], bool]] = [
        ("status = ANY(%s)", [list(f.statuses)], bool(f.statuses)),
        ("severity = ANY(%s)", [list(f.severities)], bool(f.severities)),
        ("%s = ANY(services)", [f.service], f.service is not None),
        ("started_at >= %s", [f.started_from], f.started_from is not None),
        ("started_at < %s", [f.started_until], f.started_until is not None),
        ("title ILIKE %s", [like_pattern(f.text or "")], bool(f.text)),
        (_flagged(f.flagged_late), [], f.flagged_late is not None),
    ]
    for clause, values, given in candidates:
        if given:
            clauses.append(clause)
            params.extend(values)
    return " AND ".join(clauses), params


def _flagged(flagged_late: bool | None) -> str:
    return f"flagged_late_at IS {'NOT ' if flagged_late else ''}NULL"


def _row(r: DictRow) -> IncidentRow:
    return IncidentRow(**{**r, "services": list(r["services"])})
