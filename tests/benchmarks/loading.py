"""Loading many incidents quickly for benchmarks: real events, saved in batches."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from uuid import UUID

from domain.application import Recul
from domain.base import CommandContext, acting
from domain.incidents.model import Incident

BATCH = 1_000
SEVERITIES = ("SEV1", "SEV2", "SEV3", "SEV4")
SERVICES = ("checkout-api", "billing", "search", "auth", "edge")


def declare_many(app: Recul, count: int) -> list[UUID]:
    """``count`` declared incidents, ``BATCH`` per transaction, with progress on stderr."""
    start = datetime(2025, 1, 1, tzinfo=UTC)
    ids: list[UUID] = []
    with acting(CommandContext("bench-loader")):
        for first in range(0, count, BATCH):
            batch = [
                Incident.declare(
                    title=f"Incident {n}: {SERVICES[n % 5]} errors",
                    severity=SEVERITIES[n % 4],
                    services=[SERVICES[n % 5]],
                    started_at=start + timedelta(minutes=7 * n),
                )
                for n in range(first, min(first + BATCH, count))
            ]
            app.save(*batch)
            ids += [i.id for i in batch]
            print(f"\r  loaded {len(ids):,}/{count:,} incidents", end="", file=sys.stderr)
    print(file=sys.stderr)
    return ids
