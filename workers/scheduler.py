"""The durable scheduler: what has fallen due, asked afresh from the outbox at every pass.

Nothing is held in memory between passes: a pass reads the outbox (itself caught up
from the log), computes with the domain's schedules what is due at ``now``, and hands
each item to ``enqueue``. Keys are deterministic, so a restarted scheduler enqueues
the same keys again; delivery is idempotent by key, and an ``enqueued`` table (written
only once ``enqueue`` returned) keeps a pass from repeating a recent one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import NAMESPACE_URL, UUID, uuid5

from domain import values as v
from domain.application import Recul
from domain.incidents.model import Status
from domain.schedules.calendar import WorkingCalendar, first_working_day_of_month
from domain.schedules.reminders import (
    RecipientRole,
    Reminder,
    action_reminders,
    reminder_key,
    review_reminder,
)
from domain.schedules.review import is_late, review_window
from workers.outbox import ACTION, INCIDENT, Outbox, Subject

REVIEW_PROPOSAL, LATE, DIGEST = "REVIEW_PROPOSAL", "LATE", "DIGEST"
RESPONDERS, TEAMS = "RESPONDERS", "TEAMS"  # roles beyond domain.schedules.RecipientRole
RESEND_AFTER = timedelta(minutes=60)
# LATE falls due the first whole second after the window closed: the domain refuses to
# flag a post-mortem late at the very instant its window closes.
LATE_AFTER = timedelta(seconds=1)


@dataclass(frozen=True)
class Due:
    """One notification (or lateness check, or digest) that has fallen due."""

    key: str
    kind: str
    subject_id: UUID
    incident_id: UUID
    recipient_role: str
    at: datetime


def due_work(
    outbox: Outbox, app: Recul, now: datetime, calendar: WorkingCalendar, *, before_days: int = 3
) -> list[Due]:
    """Everything due at ``now`` and not yet delivered, oldest first; the latest of each kind."""
    moment = v.aware(now, "now")
    found: list[Due] = []
    for subject in outbox.open_subjects():
        if subject.kind == INCIDENT:
            found += incident_work(subject, moment, calendar)
        elif subject.kind == ACTION:
            found += action_work(subject, moment, calendar, before_days)
    found.append(digest_work(moment, calendar))
    # sorted() is stable: an overdue reminder stays before its escalation at the same instant.
    return sorted((d for d in found if not app.was_sent(d.key)), key=lambda d: d.at)


def run_once(
    app: Recul,
    outbox: Outbox,
    enqueue: Callable[[Due], None],
    now: datetime,
    calendar: WorkingCalendar,
    *,
    before_days: int = 3,
    resend_after: timedelta = RESEND_AFTER,
) -> list[Due]:
    """One pass: catch up, enqueue what is due and was not enqueued lately; returns it.

    An ``enqueue`` failure (the broker is down) propagates: what was not enqueued stays
    due, and the next pass tries again.
    """
    moment = v.aware(now, "now")
    outbox.catch_up(app)
    due = due_work(outbox, app, moment, calendar, before_days=before_days)
    recent = outbox.enqueued_since([d.key for d in due], moment - resend_after)
    enqueued = []
    for item in (d for d in due if d.key not in recent):
        enqueue(item)
        outbox.record_enqueued(item.key, moment)  # after enqueue returned: a crash loses nothing
        enqueued.append(item)
    outbox.forget_enqueued(moment - resend_after)
    return enqueued


def incident_work(subject: Subject, now: datetime, calendar: WorkingCalendar) -> list[Due]:
    """The review proposal while the window is open, then LATE; the reminder before the review."""
    state = subject.state
    resolved_at = state["resolved_at"]
    if state["status"] == Status.RESOLVED.value and resolved_at is not None:
        if not is_late(resolved_at, now, calendar, review_scheduled=False):
            role = RecipientRole.FACILITATOR.value if state["facilitator"] else RESPONDERS
            return [_due(REVIEW_PROPOSAL, subject, resolved_at, role)]
        late_at = review_window(resolved_at, calendar)[1] + LATE_AFTER
        if state["flagged_late_at"] is None and late_at <= now:
            return [_due(LATE, subject, late_at, RecipientRole.FACILITATOR.value)]
    if state["status"] == Status.REVIEW_SCHEDULED.value and state["review_at"] is not None:
        reminder = review_reminder(state["review_at"], calendar)
        if reminder.at <= now < state["review_at"]:
            return [_reminder(reminder, subject)]
    return []


def action_work(
    subject: Subject, now: datetime, calendar: WorkingCalendar, before_days: int
) -> list[Due]:
    """The latest reminder of each kind the action owes by ``now``: no flood after an outage."""
    state = subject.state
    reminders = action_reminders(
        state["due_date"],
        state["status"],
        now,
        before_days=before_days,
        calendar=calendar,
        completed_at=state["completed_at"],
        since=state["since"],
    )
    latest = {r.kind: r for r in reminders}
    return [_reminder(r, subject) for r in reminders if latest[r.kind] is r]


def digest_work(now: datetime, calendar: WorkingCalendar) -> Due:
    """The latest monthly digest sent by ``now``: the month before the one it is sent in."""
    local = calendar.local_date(now)
    year, month = local.year, local.month
    sent_at = _digest_time(year, month, calendar)
    if sent_at > now:
        year, month = previous_month(year, month)
        sent_at = _digest_time(year, month, calendar)
    subject_id = digest_id(*previous_month(year, month))
    key = reminder_key(DIGEST, subject_id, sent_at)
    return Due(key, DIGEST, subject_id, subject_id, TEAMS, sent_at)


def digest_id(year: int, month: int) -> UUID:
    """The digest of a month, as a subject id: uuid5 of "digest:YYYY-MM"."""
    return uuid5(NAMESPACE_URL, f"digest:{year:04d}-{month:02d}")


def digest_month(due: Due) -> tuple[int, int]:
    """(year, month) a DIGEST item reports on: the month before the one it was sent in."""
    sent = due.at.astimezone(UTC)
    # East of UTC, the first working day's morning may still be the last day before in UTC.
    for candidate in (previous_month(sent.year, sent.month), (sent.year, sent.month)):
        if digest_id(*candidate) == due.subject_id:
            return candidate
    raise ValueError(f"{due.key} is not a monthly digest.")


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _digest_time(year: int, month: int, calendar: WorkingCalendar) -> datetime:
    return calendar.at(first_working_day_of_month(year, month, calendar), calendar.day_start)


def _reminder(reminder: Reminder, subject: Subject) -> Due:
    return _due(reminder.kind.value, subject, reminder.at, reminder.recipient_role.value)


def _due(kind: str, subject: Subject, at: datetime, role: str) -> Due:
    key = reminder_key(kind, subject.aggregate_id, at)
    return Due(key, kind, subject.aggregate_id, subject.incident_id, role, at)
