"""The actions read model on SQLite."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking

from projections.actions.view import (
    COLUMNS,
    NOT_DONE,
    ORDER,
    ActionCursor,
    ActionFilter,
    ActionRow,
    ActionsView,
    check_changes,
    group_by_incident,
)
from projections.pagination import Page, check_first, page_of
from projections.sqlite_base import SQLiteView, date_text, parse_date, uuid_text

IN_JSON = "IN (SELECT value FROM json_each(?))"


class SQLiteActionsView(SQLiteView, ActionsView):
    """Actions in the ``actions`` table; ids and dates as ISO text, which sorts alike."""

    tables = ("actions",)
    ddl = (
        "CREATE TABLE IF NOT EXISTS actions ("
        "id TEXT PRIMARY KEY, version INTEGER NOT NULL, incident_id TEXT NOT NULL, "
        "root_cause_id TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL, owner TEXT, "
        "due_date TEXT, success_criterion TEXT, tracker_system TEXT, tracker_key TEXT, "
        "tracker_url TEXT)",
        "CREATE INDEX IF NOT EXISTS actions_due ON actions (due_date, id)",
        "CREATE INDEX IF NOT EXISTS actions_incident ON actions (incident_id)",
        "CREATE INDEX IF NOT EXISTS actions_owner ON actions (owner)",
    )

    def search(
        self, f: ActionFilter, *, first: int, after: ActionCursor | None = None
    ) -> Page[ActionRow]:
        check_first(first)
        where, params = _where(f)
        if after is not None:
            clause, more = _after(after)
            where, params = f"{where} AND {clause}", params + more
        query = f"SELECT {COLUMNS} FROM actions WHERE {where} {ORDER} LIMIT ?"  # noqa: S608
        rows = self.fetch(query, [*params, first + 1])
        return page_of([_row(r) for r in rows], first)

    def counts_by_status(self, f: ActionFilter) -> dict[str, int]:
        where, params = _where(f, with_statuses=False)
        query = f"SELECT status, COUNT(*) AS n FROM actions WHERE {where} GROUP BY status"  # noqa: S608
        return {r["status"]: int(r["n"]) for r in self.fetch(query, params)}

    def get_many(self, ids: Sequence[UUID]) -> dict[UUID, ActionRow]:
        query = f"SELECT {COLUMNS} FROM actions WHERE id {IN_JSON}"  # noqa: S608
        rows = self.fetch(query, [json.dumps([str(i) for i in ids])])
        return {row.id: row for row in map(_row, rows)}

    def for_incidents(self, incident_ids: Sequence[UUID]) -> dict[UUID, list[ActionRow]]:
        query = f"SELECT {COLUMNS} FROM actions WHERE incident_id {IN_JSON} {ORDER}"  # noqa: S608
        rows = self.fetch(query, [json.dumps([str(i) for i in incident_ids])])
        return group_by_incident(incident_ids, [_row(r) for r in rows])

    def insert_action(self, row: ActionRow, tracking: Tracking) -> None:
        values = _encode(vars(row))
        names = ", ".join(f":{k}" for k in values)
        self.write(tracking, (f"INSERT INTO actions ({COLUMNS}) VALUES ({names})", values))  # noqa: S608

    def update_action(
        self, action_id: UUID, version: int, changes: Mapping[str, object], tracking: Tracking
    ) -> None:
        check_changes(changes)
        sets = ", ".join(f"{k} = :{k}" for k in ["version", *changes])
        params = {**_encode(changes), "version": version, "id": str(action_id)}
        self.write(tracking, (f"UPDATE actions SET {sets} WHERE id = :id", params))  # noqa: S608


def _encode(values: Mapping[str, Any]) -> dict[str, Any]:
    encoders: dict[str, Any] = {
        "id": uuid_text,
        "incident_id": uuid_text,
        "root_cause_id": uuid_text,
        "due_date": date_text,
    }
    return {k: encoders[k](v) if k in encoders else v for k, v in values.items()}


def _where(f: ActionFilter, *, with_statuses: bool = True) -> tuple[str, list[Any]]:
    clauses, params = ["1 = 1"], []
    for clause, value, given in [
        (f"status {IN_JSON}", json.dumps(f.statuses), with_statuses and bool(f.statuses)),
        ("owner = ?", f.owner, f.owner is not None),
        ("incident_id = ?", uuid_text(f.incident_id), f.incident_id is not None),
        ("due_date < ?", date_text(f.due_before), f.due_before is not None),
        ("due_date < ?", date_text(f.overdue_on), f.overdue_on is not None),
        (f"status {IN_JSON}", json.dumps(NOT_DONE), f.overdue_on is not None),
    ]:
        if given:
            clauses.append(clause)
            params.append(value)
    return " AND ".join(clauses), params


def _after(cursor: ActionCursor) -> tuple[str, list[Any]]:
    due, last_id = cursor
    if due is None:  # undated rows come last: only undated ones with a greater id follow
        return "(due_date IS NULL AND id > ?)", [str(last_id)]
    return "(due_date IS NULL OR (due_date, id) > (?, ?))", [date_text(due), str(last_id)]


def _row(r: sqlite3.Row) -> ActionRow:
    return ActionRow(
        id=UUID(r["id"]),
        version=r["version"],
        incident_id=UUID(r["incident_id"]),
        root_cause_id=UUID(r["root_cause_id"]),
        text=r["text"],
        status=r["status"],
        owner=r["owner"],
        due_date=parse_date(r["due_date"]),
        success_criterion=r["success_criterion"],
        tracker_system=r["tracker_system"],
        tracker_key=r["tracker_key"],
        tracker_url=r["tracker_url"],
    )
