"""Schedules as the API shows them: review windows, reminders, monthly digests, dead letters."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

import strawberry

from api.background import DeadLetterData, OverdueData, TeamDigestData
from api.context import Info
from api.errors import UserError
from domain.schedules.reminders import RecipientRole as DomainRecipientRole
from domain.schedules.reminders import Reminder as DomainReminder
from domain.schedules.reminders import ReminderKind as DomainReminderKind

if TYPE_CHECKING:
    from api.actions.types import Action

ReminderKind = DomainReminderKind
strawberry.enum(ReminderKind, name="ReminderKind")  # registers the domain enum
RecipientRole = DomainRecipientRole
strawberry.enum(RecipientRole, name="RecipientRole")  # registers the domain enum


@strawberry.type(description="When the review should be held: 3 to 5 working days after.")
class ReviewWindow:
    opens: datetime
    closes: datetime


@strawberry.type(description="A reminder the workers will send, and to whom.")
class Reminder:
    kind: ReminderKind
    at: datetime
    recipient_role: RecipientRole

    @classmethod
    def from_domain(cls, reminder: DomainReminder) -> Reminder:
        return cls(kind=reminder.kind, at=reminder.at, recipient_role=reminder.recipient_role)


@strawberry.type(description="An open action past its due date.")
class OverdueAction:
    action_id: strawberry.Private[UUID]
    text: str
    owner: str | None
    days_overdue: int

    @strawberry.field
    async def action(
        self, info: Info
    ) -> Annotated[Action, strawberry.lazy("api.actions.types")] | None:
        """The action itself, as the actions board shows it now."""
        from api.actions.types import Action  # noqa: PLC0415 - the types refer to each other

        row = await info.context.loaders.actions.load(self.action_id)
        return None if row is None else Action.from_row(row)

    @classmethod
    def from_data(cls, data: OverdueData) -> OverdueAction:
        return cls(
            action_id=data.action_id,
            text=data.text,
            owner=data.owner,
            days_overdue=data.days_overdue,
        )


@strawberry.type(description="One team's month of actions and post-mortems.")
class TeamDigest:
    team: str
    opened: int
    completed: int
    verified: int
    overdue: list[OverdueAction]
    late_postmortems: list[str] = strawberry.field(description="Titles of late post-mortems.")

    @classmethod
    def from_data(cls, data: TeamDigestData) -> TeamDigest:
        return cls(
            team=data.team,
            opened=data.opened,
            completed=data.completed,
            verified=data.verified,
            overdue=[OverdueAction.from_data(o) for o in data.overdue],
            late_postmortems=list(data.late_postmortems),
        )


@strawberry.type(description="A background message that failed for good.")
class DeadLetter:
    id: str
    actor: str
    queue: str
    args_json: str = strawberry.field(description="The message's arguments, as JSON.")
    failed_at: datetime
    error: str

    @classmethod
    def from_data(cls, data: DeadLetterData) -> DeadLetter:
        return cls(
            id=data.id,
            actor=data.actor,
            queue=data.queue,
            args_json=data.args_json,
            failed_at=data.failed_at,
            error=data.error,
        )


@strawberry.type
class RetryDeadLetterPayload:
    """Whether the dead letter was enqueued again, or why not."""

    retried: bool
    user_errors: list[UserError]
