"""Read models for API tests: SQLite ones in the test's folder."""

from __future__ import annotations

from pathlib import Path

from projections.factory import ReadModels, open_read_models


def read_models_in(folder: Path) -> ReadModels:
    """Empty read models: mutations never read them, payload links find nothing."""
    return open_read_models(
        {"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(folder / "rm.db")}
    )
