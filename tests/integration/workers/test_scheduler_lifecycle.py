"""Move the clock through a whole action lifecycle, one scheduler pass a day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from domain.application import Recul
from domain.schedules.calendar import WorkingCalendar
from tests.integration.projections.builders import CTX, Planned, actions, declare
from tests.integration.workers.conftest import Clock
from workers.outbox import Outbox
from workers.scheduler import Due, run_once

CALENDAR = WorkingCalendar(time_zone="UTC")  # Monday to Friday, 09:00 to 18:00
COMMITTED_ON = date(2026, 3, 2)  # a Monday
DUE_ON = date(2026, 3, 13)  # a Friday
STARTED_ON, COMPLETED_ON, VERIFIED_ON = date(2026, 3, 16), date(2026, 3, 30), date(2026, 4, 9)
LAST_DAY = date(2026, 4, 30)


@dataclass
class Recorder:
    """Stands for the actors: keeps what was enqueued, and records each item as delivered."""

    app: Recul
    items: list[tuple[date, Due]] = field(default_factory=list)
    today: date = COMMITTED_ON

    def __call__(self, due: Due) -> None:
        self.items.append((self.today, due))
        self.app.record_notification_sent(
            CTX,
            due.key,
            kind=due.kind,
            channel="EMAIL",
            recipient=due.recipient_role,
            incident_id=due.incident_id,
            subject=due.kind,
        )


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def test_every_reminder_and_escalation_is_enqueued_once_in_order_and_none_after_verification(
    app: Recul, outbox: Outbox, clock: Clock
) -> None:
    clock.now = at(COMMITTED_ON, 8)
    incident_id = declare(app, started_at=at(COMMITTED_ON, 7))
    [action_id] = actions(app, incident_id, Planned(owner="bob", due=DUE_ON))
    steps = {
        STARTED_ON: lambda: app.start_action(CTX, action_id),
        COMPLETED_ON: lambda: app.complete_action(CTX, action_id),
        VERIFIED_ON: lambda: app.verify_action(CTX, action_id, evidence="No deploy skips it."),
    }
    enqueue = Recorder(app)

    day = COMMITTED_ON
    while day <= LAST_DAY:
        if day in steps:
            clock.now = at(day, 11)
            steps[day]()
        enqueue.today = day
        run_once(app, outbox, enqueue, at(day, 12), CALENDAR)
        day += timedelta(days=1)

    mine = [
        (today, d.kind, d.recipient_role, d.at)
        for today, d in enqueue.items
        if d.subject_id == action_id
    ]
    assert mine == [
        (date(2026, 3, 10), "BEFORE_DUE", "OWNER", at(date(2026, 3, 10), 9)),
        (DUE_ON, "DUE_TODAY", "OWNER", at(DUE_ON, 9)),
        (date(2026, 3, 20), "OVERDUE", "OWNER", at(date(2026, 3, 20), 9)),
        (date(2026, 3, 20), "ESCALATION", "FACILITATOR", at(date(2026, 3, 20), 9)),
        (date(2026, 3, 27), "OVERDUE", "OWNER", at(date(2026, 3, 27), 9)),
        (date(2026, 3, 27), "ESCALATION", "FACILITATOR", at(date(2026, 3, 27), 9)),
        # Completed on Monday 30 March: the verifier hears 2 working days later, then weekly.
        (date(2026, 4, 1), "UNVERIFIED", "VERIFIER", at(date(2026, 4, 1), 9)),
        (date(2026, 4, 8), "UNVERIFIED", "VERIFIER", at(date(2026, 4, 8), 9)),
    ]
    digests = [(today, d.at) for today, d in enqueue.items if d.kind == "DIGEST"]
    assert digests == [
        (COMMITTED_ON, at(COMMITTED_ON, 9)),
        (date(2026, 4, 1), at(date(2026, 4, 1), 9)),
    ]
    assert len({d.key for _, d in enqueue.items}) == len(enqueue.items)
