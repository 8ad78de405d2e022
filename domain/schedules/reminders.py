"""Which reminders an action (and a review) owes, and when; each with an idempotency key.

An open action reminds its owner ``before_days`` before the due date, on the day,
then every 7 days while overdue, each overdue reminder escalated to the incident's
facilitator. A completed, unverified action reminds whoever verifies it 2 working
days after completion, then weekly. Every reminder goes out at the start of the
working day, in the team's time zone.

The scheduler keeps no state of its own: at any time it asks which reminders
have fallen due, and sends those whose key is not yet recorded as sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from itertools import count, takewhile
from uuid import UUID

from domain import values as v
from domain.actions.model import ActionStatus
from domain.errors import InvalidInputError
from domain.schedules.calendar import DEFAULT_CALENDAR, WorkingCalendar

WEEK = timedelta(days=7)
UNVERIFIED_AFTER = 2  # working days after completion


class ReminderKind(StrEnum):
    BEFORE_DUE = "BEFORE_DUE"
    DUE_TODAY = "DUE_TODAY"
    OVERDUE = "OVERDUE"
    ESCALATION = "ESCALATION"
    UNVERIFIED = "UNVERIFIED"
    REVIEW_TOMORROW = "REVIEW_TOMORROW"


class RecipientRole(StrEnum):
    OWNER = "OWNER"
    FACILITATOR = "FACILITATOR"
    VERIFIER = "VERIFIER"  # the facilitator, unless the team names someone else
    ATTENDEES = "ATTENDEES"


def reminder_key(kind: str, aggregate_id: UUID, at: datetime) -> str:
    """``KIND:aggregate id:instant in UTC``: the same reminder always has the same key."""
    instant = v.aware(at, "at").astimezone(UTC).isoformat()
    return f"{kind}:{aggregate_id}:{instant}"


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    at: datetime
    recipient_role: RecipientRole

    def key(self, aggregate_id: UUID) -> str:
        return reminder_key(self.kind, aggregate_id, self.at)


def action_reminders(
    due_date: date | None,
    status: str,
    now: datetime,
    *,
    before_days: int = 3,
    calendar: WorkingCalendar = DEFAULT_CALENDAR,
    completed_at: datetime | None = None,
    since: datetime | None = None,
) -> list[Reminder]:
    """The reminders of the action's current state that have fallen due by ``now``, oldest first.

    ``since`` (when the action was committed or last rescheduled) drops reminders
    that were already past then: an action due tomorrow gets no "due in 3 days".
    """
    moment = v.aware(now, "now")
    schedule = _schedule(
        due_date,
        status,
        before_days=before_days,
        calendar=calendar,
        completed_at=completed_at,
        since=since,
    )
    return list(takewhile(lambda r: r.at <= moment, schedule))


def next_reminder(
    due_date: date | None,
    status: str,
    now: datetime,
    *,
    before_days: int = 3,
    calendar: WorkingCalendar = DEFAULT_CALENDAR,
    completed_at: datetime | None = None,
    since: datetime | None = None,
) -> Reminder | None:
    """The earliest reminder of the action's current state not in the past, if any."""
    moment = v.aware(now, "now")
    schedule = _schedule(
        due_date,
        status,
        before_days=before_days,
        calendar=calendar,
        completed_at=completed_at,
        since=since,
    )
    return next((r for r in schedule if r.at >= moment), None)


def review_reminder(review_at: datetime, calendar: WorkingCalendar) -> Reminder:
    """Remind the attendees at the start of the working day before the review."""
    day = calendar.previous_working_day(calendar.local_date(v.aware(review_at, "reviewAt")))
    return Reminder(
        ReminderKind.REVIEW_TOMORROW, calendar.at(day, calendar.day_start), RecipientRole.ATTENDEES
    )


def _schedule(
    due_date: date | None,
    status: str,
    *,
    before_days: int,
    calendar: WorkingCalendar,
    completed_at: datetime | None,
    since: datetime | None,
) -> Iterator[Reminder]:
    """Every reminder of the current state, in order; endless while the action stays open."""
    if before_days < 1:
        raise InvalidInputError("beforeDays must be at least 1.", field="beforeDays")
    state = v.choice(ActionStatus, status, "status")
    if state in {ActionStatus.COMMITTED, ActionStatus.STARTED} and due_date is not None:
        reminders = _open(due_date, before_days, calendar)
    elif state is ActionStatus.COMPLETED:
        reminders = _unverified(_completion(completed_at), calendar)
    else:  # proposed (no due date yet), verified, cancelled: nothing to chase
        return
    start = None if since is None else v.aware(since, "since")
    yield from (r for r in reminders if start is None or r.at >= start)


def _open(due_date: date, before_days: int, calendar: WorkingCalendar) -> Iterator[Reminder]:
    # A notice due on a day off moves to the working day before: never less notice.
    notice = calendar.on_or_before(due_date - timedelta(days=before_days))
    yield _owner(ReminderKind.BEFORE_DUE, notice, calendar)
    yield _owner(ReminderKind.DUE_TODAY, due_date, calendar)
    for weeks in count(1):
        overdue = _owner(ReminderKind.OVERDUE, due_date + weeks * WEEK, calendar)
        yield overdue  # the owner hears first, then the facilitator at the same instant
        yield Reminder(ReminderKind.ESCALATION, overdue.at, RecipientRole.FACILITATOR)


def _unverified(completed_at: datetime, calendar: WorkingCalendar) -> Iterator[Reminder]:
    first = calendar.add_working_days(calendar.local_date(completed_at), UNVERIFIED_AFTER)
    for weeks in count(0):
        at = calendar.at(first + weeks * WEEK, calendar.day_start)
        yield Reminder(ReminderKind.UNVERIFIED, at, RecipientRole.VERIFIER)


def _owner(kind: ReminderKind, day: date, calendar: WorkingCalendar) -> Reminder:
    return Reminder(kind, calendar.at(day, calendar.day_start), RecipientRole.OWNER)


def _completion(completed_at: datetime | None) -> datetime:
    if completed_at is None:
        raise InvalidInputError(
            "A completed action's reminders need the time it was completed.", field="completedAt"
        )
    return v.aware(completed_at, "completedAt")
