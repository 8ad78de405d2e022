"""The post-mortems read model on PostgreSQL: documents as JSONB."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking
from psycopg.types.json import Jsonb

from projections.postgres_base import PostgresView
from projections.postmortems.view import Applied, PostmortemsView, StoredDocument, Version

NOTE_VERSION = (
    "INSERT INTO postmortem_versions VALUES (%s, %s, %s) "
    "ON CONFLICT (aggregate_id) DO UPDATE SET version = excluded.version"
)
UPSERT_DOCUMENT = (
    "INSERT INTO postmortems VALUES (%s, %s, %s, %s) ON CONFLICT (incident_id) DO UPDATE "
    "SET version = excluded.version, as_of = excluded.as_of, document = excluded.document"
)
SELECT_APPLIED = (
    "SELECT v.aggregate_id, v.version, p.as_of FROM postmortem_versions v "
    "LEFT JOIN postmortems p ON p.incident_id = v.incident_id WHERE v.incident_id = %s"
)


class PostgresPostmortemsView(PostgresView, PostmortemsView):
    """Documents in ``postmortems``; each aggregate's version in ``postmortem_versions``."""

    tables = ("postmortems", "postmortem_versions")
    ddl = (
        "CREATE TABLE IF NOT EXISTS postmortems (incident_id uuid PRIMARY KEY, "
        "version integer NOT NULL, as_of timestamptz NOT NULL, document jsonb NOT NULL)",
        "CREATE TABLE IF NOT EXISTS postmortem_versions (aggregate_id uuid PRIMARY KEY, "
        "incident_id uuid NOT NULL, version integer NOT NULL)",
        "CREATE INDEX IF NOT EXISTS postmortem_versions_incident "
        "ON postmortem_versions (incident_id)",
    )

    def get_many(self, incident_ids: Sequence[UUID]) -> dict[UUID, dict[str, Any]]:
        query = "SELECT incident_id, document FROM postmortems WHERE incident_id = ANY(%s)"
        return {r["incident_id"]: r["document"] for r in self.fetch(query, [list(incident_ids)])}

    def applied(self, incident_id: UUID) -> Applied:
        rows = self.fetch(SELECT_APPLIED, [incident_id])
        versions = {r["aggregate_id"]: r["version"] for r in rows}
        return Applied(versions, rows[0]["as_of"] if rows else None)

    def save_document(self, doc: StoredDocument, version: Version, tracking: Tracking) -> None:
        values = (doc.incident_id, doc.version, doc.as_of, Jsonb(doc.data))
        self.write(tracking, (UPSERT_DOCUMENT, values), (NOTE_VERSION, _row(version)))

    def note_version(self, version: Version, tracking: Tracking) -> None:
        self.write(tracking, (NOTE_VERSION, _row(version)))


def _row(version: Version) -> tuple[UUID, UUID, int]:
    return version.aggregate_id, version.incident_id, version.version
