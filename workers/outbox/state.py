"""A subject's state to and from JSON: times as UTC ISO text, the due date as an ISO date."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

TIMES = frozenset(
    {
        "resolved_at",
        "review_at",
        "flagged_late_at",
        "proposed_at",
        "committed_at",
        "since",
        "completed_at",
        "verified_at",
        "cancelled_at",
    }
)
DATES = frozenset({"due_date"})


def to_json(state: dict[str, Any]) -> str:
    return json.dumps({k: _encode(k, v) for k, v in state.items()}, sort_keys=True)


def from_json(data: str | dict[str, Any]) -> dict[str, Any]:
    """Decode JSON text (SQLite) or an already-parsed jsonb value (PostgreSQL)."""
    raw: dict[str, Any] = json.loads(data) if isinstance(data, str) else data
    return {k: _decode(k, v) for k, v in raw.items()}


def _encode(key: str, value: Any) -> Any:
    if value is None:
        return None
    if key in TIMES:
        return value.astimezone(UTC).isoformat()
    if key in DATES:
        return value.isoformat()
    return value


def _decode(key: str, value: Any) -> Any:
    if value is None:
        return None
    if key in TIMES:
        return datetime.fromisoformat(value)
    if key in DATES:
        return date.fromisoformat(value)
    return value
