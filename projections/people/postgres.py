"""The people read model on PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from eventsourcing.persistence import Tracking

from projections.pagination import Page, check_first, page_of
from projections.people.view import PeopleView, PersonRole
from projections.postgres_base import PostgresView, Statement


class PostgresPeopleView(PostgresView, PeopleView):
    """Roles in ``people_roles``; the incident of each action in ``people_actions``."""

    tables = ("people_roles", "people_actions")
    ddl = (
        "CREATE TABLE IF NOT EXISTS people_roles (handle text NOT NULL, "
        "incident_id uuid NOT NULL, role text NOT NULL, PRIMARY KEY (handle, incident_id, role))",
        "CREATE INDEX IF NOT EXISTS people_roles_incident ON people_roles (incident_id)",
        "CREATE TABLE IF NOT EXISTS people_actions "
        "(action_id uuid PRIMARY KEY, incident_id uuid NOT NULL)",
    )

    def roles(
        self, *, handle: str | None = None, incident_ids: Sequence[UUID] = ()
    ) -> list[PersonRole]:
        query = (
            "SELECT handle, incident_id, role FROM people_roles "
            "WHERE (%(handle)s::text IS NULL OR handle = %(handle)s) "
            "AND (%(any)s OR incident_id = ANY(%(ids)s)) ORDER BY handle, incident_id, role"
        )
        params = {"handle": handle, "any": not incident_ids, "ids": list(incident_ids)}
        return [PersonRole(**r) for r in self.fetch(query, params)]

    def handles(self, *, first: int, after: str | None = None) -> Page[str]:
        check_first(first)
        query = (
            "SELECT DISTINCT handle FROM people_roles WHERE %(after)s::text IS NULL "
            "OR handle > %(after)s ORDER BY handle LIMIT %(limit)s"
        )
        rows = self.fetch(query, {"after": after, "limit": first + 1})
        return page_of([r["handle"] for r in rows], first)

    def add_role(self, role: PersonRole, tracking: Tracking, *, sole: bool = False) -> None:
        params = vars(role)
        statements: list[Statement] = []
        if sole:
            statements.append(
                (
                    "DELETE FROM people_roles WHERE incident_id = %(incident_id)s "
                    "AND role = %(role)s",
                    params,
                )
            )
        statements.append(
            (
                "INSERT INTO people_roles VALUES (%(handle)s, %(incident_id)s, %(role)s) "
                "ON CONFLICT DO NOTHING",
                params,
            )
        )
        self.write(tracking, *statements)

    def note_action(self, action_id: UUID, incident_id: UUID, tracking: Tracking) -> None:
        insert = "INSERT INTO people_actions VALUES (%s, %s) ON CONFLICT DO NOTHING"
        self.write(tracking, (insert, (action_id, incident_id)))

    def incident_of_action(self, action_id: UUID) -> UUID | None:
        rows = self.fetch(
            "SELECT incident_id FROM people_actions WHERE action_id = %s", [action_id]
        )
        return rows[0]["incident_id"] if rows else None
