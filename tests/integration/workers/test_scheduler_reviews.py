"""Reviews: a proposal on resolution, the reminder the day before, LATE when none was scheduled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from domain.application import Recul
from domain.schedules.calendar import WorkingCalendar
from tests.integration.projections.builders import CTX, declare, resolve
from workers.outbox import Outbox
from workers.scheduler import Due, due_work

CALENDAR = WorkingCalendar(time_zone="UTC")
T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)  # Monday; resolved 15 minutes later
RESOLVED_AT = T0 + timedelta(minutes=15)
WINDOW_END = datetime(2026, 3, 9, 18, tzinfo=UTC)  # the end of the 5th working day after
SECOND = timedelta(seconds=1)


def resolved(app: Recul) -> UUID:
    incident_id = declare(app, "Checkout is down", started_at=T0)
    app.add_responder(CTX, incident_id, responder="bob")
    resolve(app, incident_id, started_at=T0)
    return incident_id


def review_work(app: Recul, outbox: Outbox, now: datetime) -> list[tuple[str, str, datetime]]:
    outbox.catch_up(app)
    due = due_work(outbox, app, now, CALENDAR)
    return [(d.kind, d.recipient_role, d.at) for d in due if d.kind != "DIGEST"]


def test_a_resolution_proposes_a_review_to_the_responders_until_a_facilitator_is_named(
    app: Recul, outbox: Outbox
) -> None:
    incident_id = resolved(app)
    before = review_work(app, outbox, RESOLVED_AT + timedelta(minutes=1))
    app.assign_facilitator(CTX, incident_id, facilitator="maya")
    after = review_work(app, outbox, RESOLVED_AT + timedelta(minutes=2))

    assert before == [("REVIEW_PROPOSAL", "RESPONDERS", RESOLVED_AT)]
    assert after == [("REVIEW_PROPOSAL", "FACILITATOR", RESOLVED_AT)]


def test_an_incident_not_yet_resolved_owes_nothing(app: Recul, outbox: Outbox) -> None:
    declare(app, started_at=T0)

    assert review_work(app, outbox, T0 + timedelta(days=30)) == []


def test_the_window_closing_with_no_review_makes_it_late_instead_of_proposed(
    app: Recul, outbox: Outbox
) -> None:
    resolved(app)

    assert review_work(app, outbox, WINDOW_END)[0][0] == "REVIEW_PROPOSAL"
    assert review_work(app, outbox, WINDOW_END + SECOND) == [
        ("LATE", "FACILITATOR", WINDOW_END + SECOND)
    ]
    assert review_work(app, outbox, WINDOW_END + timedelta(days=40)) == [
        ("LATE", "FACILITATOR", WINDOW_END + SECOND)  # the same item, the same key
    ]


def test_once_flagged_late_the_post_mortem_is_not_flagged_again(app: Recul, outbox: Outbox) -> None:
    incident_id = resolved(app)
    [late] = [d for d in _due(app, outbox, WINDOW_END + SECOND) if d.kind == "LATE"]
    app.flag_postmortem_late(CTX, incident_id, late.at, calendar=CALENDAR)

    assert review_work(app, outbox, WINDOW_END + timedelta(days=2)) == []


def test_a_scheduled_review_is_never_late_and_its_attendees_are_reminded_the_day_before(
    app: Recul, outbox: Outbox
) -> None:
    incident_id = resolved(app)
    app.assign_facilitator(CTX, incident_id, facilitator="maya")
    review_at = datetime(2026, 3, 5, 10, 30, tzinfo=UTC)  # Thursday
    app.schedule_review(CTX, incident_id, at=review_at, duration_minutes=90)
    day_before = datetime(2026, 3, 4, 9, tzinfo=UTC)

    assert review_work(app, outbox, day_before - SECOND) == []
    assert review_work(app, outbox, day_before) == [("REVIEW_TOMORROW", "ATTENDEES", day_before)]
    assert review_work(app, outbox, review_at - SECOND)[0][0] == "REVIEW_TOMORROW"
    assert review_work(app, outbox, review_at) == []
    assert review_work(app, outbox, WINDOW_END + timedelta(days=10)) == []


def test_a_review_moved_to_another_day_is_reminded_on_its_new_eve(
    app: Recul, outbox: Outbox
) -> None:
    incident_id = resolved(app)
    app.assign_facilitator(CTX, incident_id, facilitator="maya")
    app.schedule_review(
        CTX, incident_id, at=datetime(2026, 3, 5, 10, tzinfo=UTC), duration_minutes=60
    )
    first = _due(app, outbox, datetime(2026, 3, 4, 12, tzinfo=UTC))
    app.schedule_review(  # a Monday review: reminded on Friday
        CTX, incident_id, at=datetime(2026, 3, 9, 10, tzinfo=UTC), duration_minutes=60
    )
    moved = _due(app, outbox, datetime(2026, 3, 6, 12, tzinfo=UTC))

    [before] = [d for d in first if d.kind == "REVIEW_TOMORROW"]
    [after] = [d for d in moved if d.kind == "REVIEW_TOMORROW"]
    assert after.at == datetime(2026, 3, 6, 9, tzinfo=UTC)
    assert after.key != before.key


def test_reviewed_and_published_incidents_owe_nothing(app: Recul, outbox: Outbox) -> None:
    incident_id = resolved(app)
    app.assign_facilitator(CTX, incident_id, facilitator="maya")
    review_at = datetime(2026, 3, 5, 10, tzinfo=UTC)
    app.schedule_review(CTX, incident_id, at=review_at, duration_minutes=60)
    app.record_review(
        CTX, incident_id, held_at=review_at, duration_minutes=60, attendees=["bob", "maya"]
    )

    assert review_work(app, outbox, datetime(2026, 3, 4, 12, tzinfo=UTC)) == []


def _due(app: Recul, outbox: Outbox, now: datetime) -> list[Due]:
    outbox.catch_up(app)
    return due_work(outbox, app, now, CALENDAR)
