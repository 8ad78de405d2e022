"""The actions read model on PostgreSQL."""

from __future__ import annotations

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
from projections.postgres_base import PostgresView


class PostgresActionsView(PostgresView, ActionsView):
    """Actions in the ``actions`` table."""

    tables = ("actions",)
    ddl = (
        "CREATE TABLE IF NOT EXISTS actions ("
        "id uuid PRIMARY KEY, version integer NOT NULL, incident_id uuid NOT NULL, "
        "root_cause_id uuid NOT NULL, text text NOT NULL, status text NOT NULL, owner text, "
        "due_date date, success_criterion text, tracker_system text, tracker_key text, "
        "tracker_url text)",
        "CREATE INDEX IF NOT EXISTS actions_due ON actions (due_date ASC NULLS LAST, id ASC)",
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
        query = f"SELECT {COLUMNS} FROM actions WHERE {where} {ORDER} LIMIT %s"  # noqa: S608
        rows = self.fetch(query, [*params, first + 1])
        return page_of([ActionRow(**r) for r in rows], first)

    def counts_by_status(self, f: ActionFilter) -> dict[str, int]:
        where, params = _where(f, with_statuses=False)
        query = f"SELECT status, COUNT(*) AS n FROM actions WHERE {where} GROUP BY status"  # noqa: S608
        return {r["status"]: int(r["n"]) for r in self.fetch(query, params)}

    def get_many(self, ids: Sequence[UUID]) -> dict[UUID, ActionRow]:
        rows = self.fetch(f"SELECT {COLUMNS} FROM actions WHERE id = ANY(%s)", [list(ids)])  # noqa: S608
        return {r["id"]: ActionRow(**r) for r in rows}

    def for_incidents(self, incident_ids: Sequence[UUID]) -> dict[UUID, list[ActionRow]]:
        query = f"SELECT {COLUMNS} FROM actions WHERE incident_id = ANY(%s) {ORDER}"  # noqa: S608
        rows = self.fetch(query, [list(incident_ids)])
        return group_by_incident(incident_ids, [ActionRow(**r) for r in rows])

    def insert_action(self, row: ActionRow, tracking: Tracking) -> None:
        values = vars(row)
        names = ", ".join(f"%({k})s" for k in values)
        self.write(tracking, (f"INSERT INTO actions ({COLUMNS}) VALUES ({names})", values))  # noqa: S608

    def update_action(
        self, action_id: UUID, version: int, changes: Mapping[str, object], tracking: Tracking
    ) -> None:
        check_changes(changes)
        sets = ", ".join(f"{k} = %({k})s" for k in ["version", *changes])
        params = {**changes, "version": version, "id": action_id}
        self.write(tracking, (f"UPDATE actions SET {sets} WHERE id = %(id)s", params))  # noqa: S608


def _where(f: ActionFilter, *, with_statuses: bool = True) -> tuple[str, list[Any]]:
    clauses, params = ["TRUE"], []
    for clause, value, given in [
        ("status = ANY(%s)", list(f.statuses), with_statuses and bool(f.statuses)),
        ("owner = %s", f.owner, f.owner is not None),
        ("incident_id = %s", f.incident_id, f.incident_id is not None),
        ("due_date < %s", f.due_before, f.due_before is not None),
        ("due_date < %s", f.overdue_on, f.overdue_on is not None),
        ("status = ANY(%s)", list(NOT_DONE), f.overdue_on is not None),
    ]:
        if given:
            clauses.append(clause)
            params.append(value)
    return " AND ".join(clauses), params


def _after(cursor: ActionCursor) -> tuple[str, list[Any]]:
    due, last_id = cursor
    if due is None:  # undated rows come last: only undated ones with a greater id follow
        return "(due_date IS NULL AND id > %s)", [last_id]
    return "(due_date IS NULL OR (due_date, id) > (%s, %s))", [due, last_id]
