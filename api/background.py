"""What the API asks of the background side, as a Protocol the composition root fulfils.

The API may not import ``workers/`` (layer contract): ``recul/`` adapts the workers'
digest and dead-letter functions to this Protocol and passes it to ``create_app``.
Its methods block (database, Redis): the API calls them from a thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol
from uuid import UUID

from domain.errors import DomainError


@dataclass(frozen=True)
class OverdueData:
    """An open action past its due date, in a monthly digest."""

    action_id: UUID
    text: str
    owner: str | None
    days_overdue: int


@dataclass(frozen=True)
class TeamDigestData:
    """One team's month: actions opened, completed, verified, overdue, and late post-mortems."""

    team: str
    opened: int
    completed: int
    verified: int
    overdue: list[OverdueData] = field(default_factory=list)
    late_postmortems: list[str] = field(default_factory=list)  # incident titles


@dataclass(frozen=True)
class DeadLetterData:
    """A message that failed for good and waits for an operator."""

    id: str
    actor: str
    queue: str
    args_json: str
    failed_at: datetime
    error: str


class BackgroundServices(Protocol):
    def monthly_digest(self, year: int, month: int) -> list[TeamDigestData]:
        """The digest of ``month``, one entry per team."""
        ...

    def dead_letters(self) -> list[DeadLetterData]:
        """Every message in the dead-letter queues."""
        ...

    def retry_dead_letter(self, message_id: str) -> bool:
        """Enqueue the dead letter again; False when no dead letter has this id."""
        ...


class BackgroundNotConfiguredError(DomainError):
    """This API process was started without the background services."""

    code = "BACKGROUND_NOT_CONFIGURED"


def configured(background: BackgroundServices | None) -> BackgroundServices:
    """``background``, or a clear refusal when the process has none."""
    if background is None:
        raise BackgroundNotConfiguredError(
            "Background services are not configured in this API process "
            "(digests and dead letters need the workers' wiring)."
        )
    return background
