"""The monthly action review: due on the first working day, one digest per team."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import UUID

from domain.application import Recul
from domain.schedules.calendar import WorkingCalendar
from tests.integration.projections.builders import CTX, Planned, actions, declare, resolve
from tests.integration.workers.conftest import Clock
from workers.digest import OverdueAction, TeamDigest, monthly_digest
from workers.outbox import Outbox
from workers.scheduler import Due, digest_id, digest_month, digest_work, run_once

CALENDAR = WorkingCalendar(time_zone="UTC")
MARCH_DIGEST = datetime(2026, 3, 2, 9, tzinfo=UTC)  # 1 March 2026 is a Sunday


def test_the_digest_falls_due_on_the_first_working_day_and_reports_the_month_before() -> None:
    sunday = digest_work(datetime(2026, 3, 1, 12, tzinfo=UTC), CALENDAR)
    just_before = digest_work(MARCH_DIGEST - timedelta(seconds=1), CALENDAR)
    monday = digest_work(MARCH_DIGEST, CALENDAR)

    assert sunday == just_before
    assert (sunday.at, digest_month(sunday)) == (datetime(2026, 2, 2, 9, tzinfo=UTC), (2026, 1))
    assert (monday.at, digest_month(monday)) == (MARCH_DIGEST, (2026, 2))
    assert (monday.kind, monday.subject_id, monday.incident_id) == (
        "DIGEST",
        digest_id(2026, 2),
        digest_id(2026, 2),
    )
    assert digest_work(datetime(2026, 3, 31, tzinfo=UTC), CALENDAR).key == monday.key


def test_the_digest_month_is_that_of_the_team_even_east_of_utc() -> None:
    auckland = WorkingCalendar(time_zone="Pacific/Auckland")
    # Monday 1 June 2026 at 09:00 in Auckland is still Sunday 31 May in UTC.
    due = digest_work(datetime(2026, 6, 1, tzinfo=UTC), auckland)

    assert due.at.astimezone(UTC) == datetime(2026, 5, 31, 21, tzinfo=UTC)
    assert digest_month(due) == (2026, 5)
    assert digest_work(datetime(2026, 1, 5, 12, tzinfo=UTC), CALENDAR).subject_id == digest_id(
        2025, 12
    )


def test_one_digest_a_month_is_enqueued_by_daily_passes(app: Recul, outbox: Outbox) -> None:
    enqueued: list[Due] = []

    def deliver(due: Due) -> None:
        enqueued.append(due)
        app.record_notification_sent(
            CTX,
            due.key,
            kind=due.kind,
            channel="EMAIL",
            recipient="teams",
            incident_id=None,
            subject="digest",
        )

    day = datetime(2026, 3, 2, 12, tzinfo=UTC)
    while day < datetime(2026, 5, 31, tzinfo=UTC):
        run_once(app, outbox, deliver, day, CALENDAR)
        day += timedelta(days=1)

    assert [(d.at.date(), digest_month(d)) for d in enqueued] == [
        (date(2026, 3, 2), (2026, 2)),
        (date(2026, 4, 1), (2026, 3)),
        (date(2026, 5, 1), (2026, 4)),
    ]


def register(app: Recul, handle: str, team: str) -> None:
    app.register_person(
        CTX,
        handle,
        name=handle.title(),
        email=f"{handle}@example.org",
        team=team,
        time_zone="UTC",
    )


def late_postmortem(app: Recul, title: str, resolved_on: datetime, facilitator: str) -> UUID:
    incident_id = declare(app, title, started_at=resolved_on)
    resolve(app, incident_id, started_at=resolved_on)
    app.assign_facilitator(CTX, incident_id, facilitator=facilitator)
    app.flag_postmortem_late(CTX, incident_id, resolved_on + timedelta(days=10), calendar=CALENDAR)
    return incident_id


def test_the_digest_counts_each_team_s_actions_and_lists_overdue_ones_and_late_postmortems(
    app: Recul, outbox: Outbox, clock: Clock
) -> None:
    clock.now = datetime(2026, 2, 10, 10, tzinfo=UTC)
    register(app, "bob", "payments")
    register(app, "Ana", "search")
    incident_id = declare(app, "Checkout is down", started_at=clock.now)
    done, anas, carols = actions(
        app,
        incident_id,
        Planned(owner="bob", due=date(2026, 3, 5)),
        Planned(owner="ana", due=date(2026, 3, 20)),
        Planned(owner="carol", due=date(2026, 3, 10)),  # not in the registry
    )
    late_postmortem(app, "Search is slow", datetime(2026, 2, 2, 9, tzinfo=UTC), "ana")
    clock.now = datetime(2026, 3, 4, 10, tzinfo=UTC)
    actions(app, incident_id, Planned(owner="bob", due=date(2026, 4, 30)))
    app.start_action(CTX, done)
    clock.now = datetime(2026, 3, 6, 10, tzinfo=UTC)
    app.complete_action(CTX, done)
    clock.now = datetime(2026, 3, 9, 10, tzinfo=UTC)
    app.verify_action(CTX, done, evidence="The canary stage runs on every deploy.")
    late_postmortem(app, "Login fails", datetime(2026, 3, 2, 9, tzinfo=UTC), "ana")
    outbox.catch_up(app)

    march = monthly_digest(outbox, app.people(), 2026, 3, datetime(2026, 4, 2, tzinfo=UTC))
    mid_march = monthly_digest(outbox, app.people(), 2026, 3, datetime(2026, 3, 15, tzinfo=UTC))

    assert march == [
        TeamDigest("payments", opened=1, completed=1, verified=1),
        TeamDigest(
            "search",
            overdue=[OverdueAction(f"Action 1 of {incident_id}", "ana", 12, anas)],
            late_postmortems=["Login fails"],
        ),
        TeamDigest(
            "unassigned", overdue=[OverdueAction(f"Action 2 of {incident_id}", "carol", 22, carols)]
        ),
    ]
    assert [(d.team, d.overdue) for d in mid_march if d.overdue] == [
        ("unassigned", [OverdueAction(f"Action 2 of {incident_id}", "carol", 5, carols)])
    ]
    february = monthly_digest(outbox, app.people(), 2026, 2, datetime(2026, 4, 2, tzinfo=UTC))
    assert [(d.team, d.opened, d.late_postmortems) for d in february] == [
        ("payments", 1, []),
        ("search", 1, ["Search is slow"]),
        ("unassigned", 1, []),
    ]


def test_a_month_with_nothing_to_say_has_no_digest(app: Recul, outbox: Outbox) -> None:
    outbox.catch_up(app)

    assert monthly_digest(outbox, [], 2026, 1, datetime(2026, 3, 1, tzinfo=UTC)) == []
