"""The people read model on SQLite."""

from __future__ import annotations

import json
from collections.abc import Sequence
from uuid import UUID

from eventsourcing.persistence import Tracking

from projections.pagination import Page, check_first, page_of
from projections.people.view import PeopleView, PersonRole
from projections.sqlite_base import SQLiteView, Statement


class SQLitePeopleView(SQLiteView, PeopleView):
    """Roles in ``people_roles``; the incident of each action in ``people_actions``."""

    tables = ("people_roles", "people_actions")
    ddl = (
        "CREATE TABLE IF NOT EXISTS people_roles (handle TEXT NOT NULL, "
        "incident_id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (handle, incident_id, role))",
        "CREATE INDEX IF NOT EXISTS people_roles_incident ON people_roles (incident_id)",
        "CREATE TABLE IF NOT EXISTS people_actions "
        "(action_id TEXT PRIMARY KEY, incident_id TEXT NOT NULL)",
    )

    def roles(
        self, *, handle: str | None = None, incident_ids: Sequence[UUID] = ()
    ) -> list[PersonRole]:
        query = (
            "SELECT handle, incident_id, role FROM people_roles "
            "WHERE (:handle IS NULL OR handle = :handle) "
            "AND (:any OR incident_id IN (SELECT value FROM json_each(:ids))) "
            "ORDER BY handle, incident_id, role"
        )
        ids = json.dumps([str(i) for i in incident_ids])
        rows = self.fetch(query, {"handle": handle, "any": not incident_ids, "ids": ids})
        return [PersonRole(r["handle"], UUID(r["incident_id"]), r["role"]) for r in rows]

    def handles(self, *, first: int, after: str | None = None) -> Page[str]:
        check_first(first)
        query = (
            "SELECT DISTINCT handle FROM people_roles WHERE :after IS NULL "
            "OR handle > :after ORDER BY handle LIMIT :limit"
        )
        rows = self.fetch(query, {"after": after, "limit": first + 1})
        return page_of([r["handle"] for r in rows], first)

    def add_role(self, role: PersonRole, tracking: Tracking, *, sole: bool = False) -> None:
        params = {**vars(role), "incident_id": str(role.incident_id)}
        statements: list[Statement] = []
        if sole:
            statements.append(
                (
                    "DELETE FROM people_roles WHERE incident_id = :incident_id AND role = :role",
                    params,
                )
            )
        statements.append(
            (
                "INSERT INTO people_roles VALUES (:handle, :incident_id, :role) "
                "ON CONFLICT DO NOTHING",
                params,
            )
        )
        self.write(tracking, *statements)

    def note_action(self, action_id: UUID, incident_id: UUID, tracking: Tracking) -> None:
        insert = "INSERT INTO people_actions VALUES (?, ?) ON CONFLICT DO NOTHING"
        self.write(tracking, (insert, (str(action_id), str(incident_id))))

    def incident_of_action(self, action_id: UUID) -> UUID | None:
        rows = self.fetch(
            "SELECT incident_id FROM people_actions WHERE action_id = ?", [str(action_id)]
        )
        return UUID(rows[0]["incident_id"]) if rows else None
