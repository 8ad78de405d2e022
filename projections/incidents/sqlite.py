"""The incidents read model on SQLite."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking

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
from projections.sqlite_base import SQLiteView, parse_time, utc_text

TIMES = (
    "started_at",
    "detected_at",
    "resolved_at",
    "published_at",
    "review_at",
    "flagged_late_at",
    "review_window_end",
)
ADDED_TYPES = {
    "review_at": "TEXT",
    "review_minutes": "INTEGER",
    "flagged_late_at": "TEXT",
    "review_window_end": "TEXT",
}


class SQLiteIncidentsView(SQLiteView, IncidentsView):
    """Incidents in the ``incidents`` table; services as a JSON array, times as UTC text."""

    tables = ("incidents",)
    ddl = (
        "CREATE TABLE IF NOT EXISTS incidents ("
        "id TEXT PRIMARY KEY, version INTEGER NOT NULL, title TEXT NOT NULL, "
        # SQLite's lower() and LIKE fold ASCII only: match on a casefolded copy instead.
        "title_folded TEXT NOT NULL, status TEXT NOT NULL, severity TEXT NOT NULL, "
        "language TEXT NOT NULL, services TEXT NOT NULL, started_at TEXT NOT NULL, "
        "detected_at TEXT, resolved_at TEXT, published_at TEXT, "
        "detected_by TEXT, facilitator TEXT, review_at TEXT, review_minutes INTEGER, "
        "flagged_late_at TEXT, review_window_end TEXT)",
        "CREATE INDEX IF NOT EXISTS incidents_started ON incidents (started_at DESC, id DESC)",
    )
    # Created after the upgrade below: on an old table the column does not exist yet.
    review_index = (
        "CREATE INDEX IF NOT EXISTS incidents_review ON incidents (review_at, id) "
        "WHERE review_at IS NOT NULL"
    )

    def create_table(self) -> None:
        super().create_table()
        with self.datastore.transaction(commit=True) as curs:
            curs.execute("PRAGMA table_info(incidents)")
            present = {row["name"] for row in curs.fetchall()}
            missing = [c for c in ADDED_COLUMNS if c not in present]
            for column in missing:  # SQLite has no ADD COLUMN IF NOT EXISTS
                curs.execute(f"ALTER TABLE incidents ADD COLUMN {column} {ADDED_TYPES[column]}")
            curs.execute(self.review_index)
            if missing:
                # Rows written before the columns existed lack their values: replay the log.
                self._reset(curs)

    def _reset(self, curs: Any) -> None:
        """Empty the rows and every application's position (not the tracking table's own)."""
        curs.execute("DELETE FROM incidents")
        curs.execute(
            f"DELETE FROM {self.tracking_table_name} WHERE application_name <> ?",  # noqa: S608
            (self.table_migration_identifier,),
        )

    def search(
        self, f: IncidentFilter, *, first: int, after: IncidentCursor | None = None
    ) -> Page[IncidentRow]:
        check_first(first)
        where, params = _where(f)
        if after is not None:
            where += " AND (started_at, id) < (?, ?)"
            params += [utc_text(after[0]), str(after[1])]
        query = (
            f"SELECT {COLUMNS} FROM incidents WHERE {where} "  # noqa: S608 - fixed clauses
            "ORDER BY started_at DESC, id DESC LIMIT ?"
        )
        rows = self.fetch(query, [*params, first + 1])
        return page_of([_row(r) for r in rows], first)

    def reviews_between(
        self, start: datetime, end: datetime, *, first: int, after: ReviewCursor | None = None
    ) -> Page[IncidentRow]:
        check_first(first)
        where, params = "review_at >= ? AND review_at < ?", [utc_text(start), utc_text(end)]
        if after is not None:
            where += " AND (review_at, id) > (?, ?)"
            params += [utc_text(after[0]), str(after[1])]
        query = (
            f"SELECT {COLUMNS} FROM incidents WHERE {where} "  # noqa: S608 - fixed clauses
            "ORDER BY review_at, id LIMIT ?"
        )
        rows = self.fetch(query, [*params, first + 1])
        return page_of([_row(r) for r in rows], first)

    def get_many(self, ids: Sequence[UUID]) -> dict[UUID, IncidentRow]:
        query = f"SELECT {COLUMNS} FROM incidents WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
        rows = self.fetch(query, [json.dumps([str(i) for i in ids])])
        return {row.id: row for row in map(_row, rows)}

    def count(self, f: IncidentFilter) -> int:
        where, params = _where(f)
        [row] = self.fetch(f"SELECT COUNT(*) AS n FROM incidents WHERE {where}", params)  # noqa: S608
        return int(row["n"])

    def insert_incident(self, row: IncidentRow, tracking: Tracking) -> None:
        values = _encode(vars(row))
        values.update(id=str(row.id), title_folded=row.title.casefold())
        values["services"] = json.dumps(row.services)
        names = ", ".join(f":{k}" for k in values)
        query = f"INSERT INTO incidents ({', '.join(values)}) VALUES ({names})"  # noqa: S608
        self.write(tracking, (query, values))

    def update_incident(
        self,
        incident_id: UUID,
        version: int,
        changes: Mapping[str, object],
        tracking: Tracking,
    ) -> None:
        check_changes(changes)
        sets = ", ".join(f"{k} = :{k}" for k in ["version", *changes])
        params = {**_encode(changes), "version": version, "id": str(incident_id)}
        self.write(tracking, (f"UPDATE incidents SET {sets} WHERE id = :id", params))  # noqa: S608


def _encode(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: utc_text(v) if k in TIMES else v for k, v in values.items()}


def _where(f: IncidentFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = ["1 = 1"]
    params: list[Any] = []
    in_json = "IN (SELECT value FROM json_each(?))"
    folded = like_pattern((f.text or "").casefold())
    candidates: list[tuple[str, list[Any], bool]] = [
        (f"status {in_json}", [json.dumps(f.statuses)], bool(f.statuses)),
        (f"severity {in_json}", [json.dumps(f.severities)], bool(f.severities)),
        ("? IN (SELECT value FROM json_each(services))", [f.service], f.service is not None),
        ("started_at >= ?", [utc_text(f.started_from)], f.started_from is not None),
        ("started_at < ?", [utc_text(f.started_until)], f.started_until is not None),
        ("title_folded LIKE ? ESCAPE '\\'", [folded], bool(f.text)),
        (
            f"flagged_late_at IS {'NOT ' if f.flagged_late else ''}NULL",
            [],
            f.flagged_late is not None,
        ),
    ]
    for clause, values, given in candidates:
        if given:
            clauses.append(clause)
            params.extend(values)
    return " AND ".join(clauses), params


def _row(r: sqlite3.Row) -> IncidentRow:
    return IncidentRow(
        id=UUID(r["id"]),
        version=r["version"],
        title=r["title"],
        status=r["status"],
        severity=r["severity"],
        language=r["language"],
        services=json.loads(r["services"]),
        started_at=datetime.fromisoformat(r["started_at"]),
        detected_at=parse_time(r["detected_at"]),
        resolved_at=parse_time(r["resolved_at"]),
        published_at=parse_time(r["published_at"]),
        detected_by=r["detected_by"],
        facilitator=r["facilitator"],
        review_at=parse_time(r["review_at"]),
        review_minutes=r["review_minutes"],
        flagged_late_at=parse_time(r["flagged_late_at"]),
        review_window_end=parse_time(r["review_window_end"]),
    )
