"""The per-request context: the application, the read models, the caller, the loaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias
from uuid import UUID

import strawberry
from strawberry.dataloader import DataLoader

from api.auth import Principal
from api.background import BackgroundServices
from api.limits import Limits
from api.loaders import Loaders
from api.schedules.loaders import ReminderTimes, reminder_times_loader
from domain.application import Recul
from domain.schedules.calendar import DEFAULT_CALENDAR, WorkingCalendar

if TYPE_CHECKING:
    from projections.factory import ReadModels


@dataclass
class Context:
    """Built once per request; loaders cache only for this request."""

    app: Recul
    read_models: ReadModels
    principal: Principal
    correlation_id: str
    limits: Limits = field(default_factory=Limits)
    # The team's working calendar: review windows and reminder times.
    calendar: WorkingCalendar = DEFAULT_CALENDAR
    reminder_days_before: int = 3  # as domain.schedules.next_reminder and Settings default
    # Digests and dead letters; None in a process started without the workers' wiring.
    background: BackgroundServices | None = None
    loaders: Loaders = field(init=False)
    reminder_times: DataLoader[UUID, ReminderTimes] = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.read_models)
        self.reminder_times = reminder_times_loader(self.app)


Info: TypeAlias = strawberry.Info[Context, None]
