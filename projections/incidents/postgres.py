"""The incidents read model on PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking
from psycopg.rows import DictRow

from projections.incidents.view import (
    IncidentCursor,
    IncidentFilter,
    IncidentRow,
    IncidentsView,
    check_changes,
)
from projections.pagination import Page, check_first, like_pattern, page_of
from projections.postgres_base import PostgresView

COLUMNS = (
    "id, version, title, status, severity, language, services, started_at, detected_at, "
    "resolved_at, published_at, detected_by, facilitator"
)


class PostgresIncidentsView(PostgresView, IncidentsView):
    """Incidents in the ``incidents`` table."""

    tables = ("incidents",)
    ddl = (
        "CREATE TABLE IF NOT EXISTS incidents ("
        "id uuid PRIMARY KEY, version integer NOT NULL, title text NOT NULL, "
        "status text NOT NULL, severity text NOT NULL, language text NOT NULL, "
        "services text[] NOT NULL, started_at timestamptz NOT NULL, "
        "detected_at timestamptz, resolved_at timestamptz, published_at timestamptz, "
        "detected_by text, facilitator text)",
        "CREATE INDEX IF NOT EXISTS incidents_started ON incidents (started_at DESC, id DESC)",
        "CREATE INDEX IF NOT EXISTS incidents_services ON incidents USING gin (services)",
    )

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
    clauses, params = ["TRUE"], []
    for clause, value, given in [
        ("status = ANY(%s)", list(f.statuses), bool(f.statuses)),
        ("severity = ANY(%s)", list(f.severities), bool(f.severities)),
        ("%s = ANY(services)", f.service, f.service is not None),
        ("started_at >= %s", f.started_from, f.started_from is not None),
        ("started_at < %s", f.started_until, f.started_until is not None),
        ("title ILIKE %s", like_pattern(f.text or ""), bool(f.text)),
    ]:
        if given:
            clauses.append(clause)
            params.append(value)
    return " AND ".join(clauses), params


def _row(r: DictRow) -> IncidentRow:
    return IncidentRow(**{**r, "services": list(r["services"])})
