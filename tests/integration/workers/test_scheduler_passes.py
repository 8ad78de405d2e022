"""Passes of the scheduler: deterministic keys, no repeat of a recent enqueue, nothing lost."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.application import Recul
from domain.errors import InvalidInputError
from domain.schedules.calendar import WorkingCalendar
from recul.settings import Settings
from tests.integration.projections.builders import CTX, Planned, actions, declare
from tests.integration.workers.conftest import Clock
from workers.outbox import Outbox, open_outbox
from workers.scheduler import Due, due_work, run_once

CALENDAR = WorkingCalendar(time_zone="UTC")
COMMITTED = datetime(2026, 3, 2, 8, tzinfo=UTC)  # Monday
DUE_ON = date(2026, 3, 13)
OVERDUE_DAY = datetime(2026, 3, 20, 12, tzinfo=UTC)  # a week late: overdue and escalated


class BrokerDownError(Exception):
    pass


def committed_action(app: Recul, clock: Clock) -> None:
    clock.now = COMMITTED
    incident_id = declare(app, started_at=COMMITTED - timedelta(hours=1))
    actions(app, incident_id, Planned(owner="bob", due=DUE_ON))


def kinds(items: list[Due]) -> list[str]:
    return [d.kind for d in items]


def test_a_pass_enqueues_nothing_it_enqueued_lately_and_everything_undelivered_later(
    app: Recul, outbox: Outbox, clock: Clock
) -> None:
    committed_action(app, clock)
    seen: list[Due] = []

    first = run_once(app, outbox, seen.append, OVERDUE_DAY, CALENDAR)
    again = run_once(app, outbox, seen.append, OVERDUE_DAY + timedelta(minutes=59), CALENDAR)
    later = run_once(app, outbox, seen.append, OVERDUE_DAY + timedelta(minutes=61), CALENDAR)

    assert kinds(first) == ["DIGEST", "BEFORE_DUE", "DUE_TODAY", "OVERDUE", "ESCALATION"]
    assert again == []
    # Never recorded as delivered (no actor ran): handed over again, with the same keys.
    assert [d.key for d in later] == [d.key for d in first]
    assert seen == first + later


def test_a_restarted_scheduler_computes_the_same_keys(
    app: Recul, outbox: Outbox, clock: Clock, database_url: str
) -> None:
    committed_action(app, clock)
    outbox.catch_up(app)
    before = due_work(outbox, app, OVERDUE_DAY, CALENDAR)
    restarted = open_outbox(Settings(database_url=database_url).persistence_env())
    try:
        restarted.clear(app.name)  # even from an outbox rebuilt from the log
        restarted.catch_up(app)
        after = due_work(restarted, app, OVERDUE_DAY + timedelta(hours=2), CALENDAR)
    finally:
        restarted.close()

    assert after == before


def test_what_was_delivered_is_not_due_again(app: Recul, outbox: Outbox, clock: Clock) -> None:
    committed_action(app, clock)
    outbox.catch_up(app)
    [digest, *reminders] = due_work(outbox, app, OVERDUE_DAY, CALENDAR)
    for item in reminders[:2]:
        app.record_notification_sent(
            CTX,
            item.key,
            kind=item.kind,
            channel="EMAIL",
            recipient="bob@example.org",
            incident_id=item.incident_id,
            subject=item.kind,
        )

    assert due_work(outbox, app, OVERDUE_DAY, CALENDAR) == [digest, *reminders[2:]]


def test_a_broker_failure_propagates_and_the_next_pass_enqueues_what_was_missed(
    app: Recul, outbox: Outbox, clock: Clock
) -> None:
    committed_action(app, clock)
    accepted: list[Due] = []

    def fails_on_the_third(due: Due) -> None:
        if len(accepted) == 2:
            raise BrokerDownError("Redis is down")
        accepted.append(due)

    with pytest.raises(BrokerDownError):
        run_once(app, outbox, fails_on_the_third, OVERDUE_DAY, CALENDAR)
    retried = run_once(app, outbox, accepted.append, OVERDUE_DAY + timedelta(minutes=5), CALENDAR)

    assert kinds(accepted[:2]) == ["DIGEST", "BEFORE_DUE"]
    # The two handed over are not repeated; the rest, never enqueued, goes now.
    assert kinds(retried) == ["DUE_TODAY", "OVERDUE", "ESCALATION"]


def test_after_an_outage_only_the_latest_reminder_of_each_kind_goes_out(
    app: Recul, outbox: Outbox, clock: Clock
) -> None:
    committed_action(app, clock)
    three_weeks_late = datetime(2026, 4, 3, 12, tzinfo=UTC)

    items = run_once(app, outbox, lambda _: None, three_weeks_late, CALENDAR)

    overdue = [d.at.date() for d in items if d.kind in {"OVERDUE", "ESCALATION"}]
    assert overdue == [date(2026, 4, 3), date(2026, 4, 3)]
    assert kinds(items).count("BEFORE_DUE") == kinds(items).count("DUE_TODAY") == 1


def test_reminders_follow_the_calendar_and_the_notice_setting(
    app: Recul, outbox: Outbox, clock: Clock
) -> None:
    committed_action(app, clock)
    paris = WorkingCalendar(time_zone="Europe/Paris")
    outbox.catch_up(app)

    [before_due] = [
        d
        for d in due_work(outbox, app, datetime(2026, 3, 6, 12, tzinfo=UTC), paris, before_days=7)
        if d.kind == "BEFORE_DUE"
    ]
    # 7 days before Friday 13 is Friday 6, at 09:00 in Paris (08:00 UTC).
    assert before_due.at == datetime(2026, 3, 6, 8, tzinfo=UTC)
    assert before_due.key.endswith(":2026-03-06T08:00:00+00:00")


def test_a_naive_now_is_refused(app: Recul, outbox: Outbox) -> None:
    with pytest.raises(InvalidInputError, match="now"):
        run_once(app, outbox, lambda _: None, datetime(2026, 3, 2, 12), CALENDAR)  # noqa: DTZ001
