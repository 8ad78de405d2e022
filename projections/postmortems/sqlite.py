"""The post-mortems read model on SQLite: documents as JSON text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking

from projections.postmortems.view import Applied, PostmortemsView, StoredDocument, Version
from projections.sqlite_base import SQLiteView, parse_time, utc_text

NOTE_VERSION = (
    "INSERT INTO postmortem_versions VALUES (?, ?, ?) "
    "ON CONFLICT (aggregate_id) DO UPDATE SET version = excluded.version"
)
UPSERT_DOCUMENT = (
    "INSERT INTO postmortems VALUES (?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE "
    "SET version = excluded.version, as_of = excluded.as_of, document = excluded.document"
)
SELECT_APPLIED = (
    "SELECT v.aggregate_id, v.version, p.as_of FROM postmortem_versions v "
    "LEFT JOIN postmortems p ON p.incident_id = v.incident_id WHERE v.incident_id = ?"
)


class SQLitePostmortemsView(SQLiteView, PostmortemsView):
    """Documents in ``postmortems``; each aggregate's version in ``postmortem_versions``."""

    tables = ("postmortems", "postmortem_versions")
    ddl = (
        "CREATE TABLE IF NOT EXISTS postmortems (incident_id TEXT PRIMARY KEY, "
        "version INTEGER NOT NULL, as_of TEXT NOT NULL, document TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS postmortem_versions (aggregate_id TEXT PRIMARY KEY, "
        "incident_id TEXT NOT NULL, version INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS postmortem_versions_incident "
        "ON postmortem_versions (incident_id)",
    )

    def get_many(self, incident_ids: Sequence[UUID]) -> dict[UUID, dict[str, Any]]:
        query = (
            "SELECT incident_id, document FROM postmortems "
            "WHERE incident_id IN (SELECT value FROM json_each(?))"
        )
        rows = self.fetch(query, [json.dumps([str(i) for i in incident_ids])])
        return {UUID(r["incident_id"]): json.loads(r["document"]) for r in rows}

    def applied(self, incident_id: UUID) -> Applied:
        rows = self.fetch(SELECT_APPLIED, [str(incident_id)])
        versions = {UUID(r["aggregate_id"]): r["version"] for r in rows}
        return Applied(versions, parse_time(rows[0]["as_of"]) if rows else None)

    def save_document(self, doc: StoredDocument, version: Version, tracking: Tracking) -> None:
        values = (str(doc.incident_id), doc.version, utc_text(doc.as_of), json.dumps(doc.data))
        self.write(tracking, (UPSERT_DOCUMENT, values), (NOTE_VERSION, _row(version)))

    def note_version(self, version: Version, tracking: Tracking) -> None:
        self.write(tracking, (NOTE_VERSION, _row(version)))


def _row(version: Version) -> tuple[str, str, int]:
    return str(version.aggregate_id), str(version.incident_id), version.version
