"""An aggregate's history: each event with who, when, and what changed."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import strawberry

from domain.audit import HistoryEntry


@strawberry.type
class ChangedField:
    """One field of an event; ``value`` is JSON."""

    name: str
    value: str


@strawberry.type
class HistoryEvent:
    """One recorded event."""

    type: str
    version: int
    recorded_at: datetime
    actor: str
    correlation_id: str
    changed_fields: list[ChangedField]

    @classmethod
    def from_entry(cls, e: HistoryEntry) -> HistoryEvent:
        return cls(
            type=e.type,
            version=e.version,
            recorded_at=e.recorded_at,
            actor=e.actor,
            correlation_id=e.correlation_id,
            changed_fields=[ChangedField(name=k, value=_json(v)) for k, v in e.changes.items()],
        )


def _json(value: Any) -> str:
    # Dates, decimals and UUIDs as their string forms, the way events are shown elsewhere.
    return json.dumps(value, default=str, ensure_ascii=False)
