"""Working calendars, the review window, the proposed slot, reminder keys, the digest day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest

from domain.actions.model import Action
from domain.errors import InvalidInputError, ReviewDurationError
from domain.schedules.calendar import (
    SUNDAY_TO_THURSDAY,
    WorkingCalendar,
    first_working_day_of_month,
)
from domain.schedules.reminders import (
    RecipientRole,
    Reminder,
    ReminderKind,
    action_reminders,
    next_reminder,
    reminder_key,
    review_reminder,
)
from domain.schedules.review import propose_review_slot, review_window
from tests.unit.builders import publishable

PARIS = ZoneInfo("Europe/Paris")
UTC_WEEK = WorkingCalendar(time_zone="UTC")
PARIS_WEEK = WorkingCalendar(time_zone="Europe/Paris")
JERUSALEM_WEEK = WorkingCalendar(time_zone="Asia/Jerusalem", working_days=SUNDAY_TO_THURSDAY)


def paris(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=PARIS)


def test_the_window_opens_on_the_3rd_working_day_and_closes_at_the_end_of_the_5th_across_the_weekend():
    opens, closes = review_window(datetime(2026, 3, 9, 14, tzinfo=UTC), UTC_WEEK)  # a Monday
    assert opens == datetime(2026, 3, 12, 9, tzinfo=UTC)  # Thursday
    assert closes == datetime(2026, 3, 16, 18, tzinfo=UTC)  # the next Monday


def test_a_resolution_on_friday_evening_opens_the_window_on_wednesday():
    opens, closes = review_window(paris(2026, 3, 13, 19, 30), PARIS_WEEK)
    assert (opens, closes) == (paris(2026, 3, 18, 9), paris(2026, 3, 20, 18))


def test_a_resolution_on_a_saturday_counts_from_the_weekend():
    assert review_window(paris(2026, 3, 14, 11), PARIS_WEEK) == (
        paris(2026, 3, 18, 9),
        paris(2026, 3, 20, 18),
    )


def test_a_resolution_at_23_30_utc_is_already_the_next_day_in_paris():
    resolved = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)  # Tuesday 00:30 in Paris
    assert review_window(resolved, UTC_WEEK)[0] == datetime(2026, 3, 12, 9, tzinfo=UTC)
    opens, closes = review_window(resolved, PARIS_WEEK)
    assert (opens, closes) == (paris(2026, 3, 13, 9), paris(2026, 3, 17, 18))


def test_the_window_is_returned_in_the_team_time_zone_as_aware_datetimes():
    opens, closes = review_window(datetime(2026, 3, 9, 14, tzinfo=UTC), PARIS_WEEK)
    assert opens.tzinfo == closes.tzinfo == PARIS
    assert opens.utcoffset() is not None


def test_the_window_keeps_local_working_hours_across_a_daylight_saving_change():
    opens, closes = review_window(paris(2026, 3, 25, 12), PARIS_WEEK)  # clocks change on the 29th
    assert (opens, closes) == (paris(2026, 3, 30, 9), paris(2026, 4, 1, 18))
    assert opens.astimezone(UTC).hour == 7  # 09:00 summer time


def test_a_sunday_to_thursday_week_skips_friday_and_saturday():
    jerusalem = ZoneInfo("Asia/Jerusalem")
    resolved = datetime(2026, 3, 12, 10, tzinfo=jerusalem)  # a Thursday
    opens, closes = review_window(resolved, JERUSALEM_WEEK)
    assert opens == datetime(2026, 3, 17, 9, tzinfo=jerusalem)  # Sun 1, Mon 2, Tue 3
    assert closes == datetime(2026, 3, 19, 18, tzinfo=jerusalem)  # Thursday, the 5th


def test_working_hours_of_the_calendar_bound_the_window():
    calendar = WorkingCalendar(time_zone="Europe/Paris", day_start=time(8), day_end=time(16, 30))
    assert review_window(paris(2026, 3, 9, 14), calendar) == (
        paris(2026, 3, 12, 8),
        paris(2026, 3, 16, 16, 30),
    )


def test_a_naive_resolution_time_is_refused():
    with pytest.raises(InvalidInputError) as info:
        review_window(datetime(2026, 3, 9, 14), UTC_WEEK)  # noqa: DTZ001 - refused on purpose
    assert info.value.code == "NAIVE_DATETIME"


def test_the_proposed_slot_is_10_00_on_the_first_day_of_the_window():
    assert propose_review_slot(paris(2026, 3, 13, 19, 30), PARIS_WEEK) == paris(2026, 3, 18, 10)
    assert propose_review_slot(paris(2026, 3, 9, 12), PARIS_WEEK, 120) == paris(2026, 3, 12, 10)


def test_the_proposed_slot_starts_with_the_day_when_10_00_would_overrun_it():
    short = WorkingCalendar(time_zone="Europe/Paris", day_end=time(11))
    assert propose_review_slot(paris(2026, 3, 9, 12), short, 90) == paris(2026, 3, 12, 9)


def test_a_review_that_does_not_fit_in_the_working_day_is_refused():
    shorter = WorkingCalendar(time_zone="Europe/Paris", day_end=time(10, 30))
    with pytest.raises(InvalidInputError) as info:
        propose_review_slot(paris(2026, 3, 9, 12), shorter, 120)
    assert info.value.field == "durationMinutes"


@pytest.mark.parametrize("minutes", [30, 59, 121, 240])
def test_the_proposed_slot_lasts_60_to_120_minutes(minutes):
    with pytest.raises(ReviewDurationError):
        propose_review_slot(paris(2026, 3, 9, 12), PARIS_WEEK, minutes)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"time_zone": "Europe/Pariss"}, "timeZone"),
        ({"time_zone": "UTC", "working_days": frozenset()}, "workingDays"),
        ({"time_zone": "UTC", "working_days": frozenset({1, 7})}, "workingDays"),
        ({"time_zone": "UTC", "day_start": time(18), "day_end": time(9)}, "dayEnd"),
        ({"time_zone": "UTC", "day_start": time(9, tzinfo=UTC)}, "dayStart"),
    ],
)
def test_a_working_calendar_is_checked_when_built(kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        WorkingCalendar(**kwargs)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("year", "month", "calendar", "expected"),
    [
        (2026, 5, PARIS_WEEK, date(2026, 5, 1)),  # a Friday
        (2026, 8, PARIS_WEEK, date(2026, 8, 3)),  # the 1st is a Saturday
        (2026, 3, PARIS_WEEK, date(2026, 3, 2)),  # the 1st is a Sunday
        (2026, 5, JERUSALEM_WEEK, date(2026, 5, 3)),  # Friday off: Sunday the 3rd
    ],
)
def test_the_monthly_digest_goes_out_on_the_first_working_day(year, month, calendar, expected):
    assert first_working_day_of_month(year, month, calendar) == expected


def test_a_month_outside_1_to_12_is_refused():
    with pytest.raises(InvalidInputError) as info:
        first_working_day_of_month(2026, 13, PARIS_WEEK)
    assert info.value.field == "month"


def test_a_reminder_key_names_the_kind_the_aggregate_and_the_instant_in_utc():
    action_id = uuid4()
    key = reminder_key(ReminderKind.OVERDUE, action_id, paris(2026, 4, 17, 9))
    assert key == f"OVERDUE:{action_id}:2026-04-17T07:00:00+00:00"


def test_a_reminder_key_is_the_same_for_the_same_instant_in_any_time_zone():
    action_id = uuid4()
    keys = {
        reminder_key("DUE_TODAY", action_id, paris(2026, 4, 10, 9)),
        reminder_key("DUE_TODAY", action_id, datetime(2026, 4, 10, 7, tzinfo=UTC)),
    }
    assert len(keys) == 1


def test_reminder_keys_differ_by_kind_aggregate_and_instant():
    action_id, at = uuid4(), paris(2026, 4, 17, 9)
    keys = {
        reminder_key("OVERDUE", action_id, at),
        reminder_key("ESCALATION", action_id, at),
        reminder_key("OVERDUE", uuid4(), at),
        reminder_key("OVERDUE", action_id, paris(2026, 4, 24, 9)),
    }
    assert len(keys) == 4


def test_attendees_are_reminded_at_the_start_of_the_working_day_before_the_review():
    reminder = review_reminder(paris(2026, 3, 16, 10), PARIS_WEEK)  # a Monday
    assert reminder.kind is ReminderKind.REVIEW_TOMORROW
    assert reminder.recipient_role is RecipientRole.ATTENDEES
    assert reminder.at == paris(2026, 3, 13, 9)  # the Friday before


# Action reminders: a whole lifecycle, day by day, through the real commands.

COMMITTED_AT = datetime(2026, 3, 30, 8, tzinfo=UTC)  # due Friday 10 April (builders)
STARTED_ON, COMPLETED_ON, VERIFIED_ON = date(2026, 4, 2), date(2026, 4, 27), date(2026, 5, 7)


def noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


def owed(action: Action, now: datetime, completed_at: datetime | None) -> list[Reminder]:
    return action_reminders(
        action.due_date,
        action.status,
        now,
        calendar=PARIS_WEEK,
        completed_at=completed_at,
        since=COMMITTED_AT,
    )


def upcoming(action: Action, now: datetime, completed_at: datetime | None) -> Reminder | None:
    return next_reminder(
        action.due_date,
        action.status,
        now,
        calendar=PARIS_WEEK,
        completed_at=completed_at,
        since=COMMITTED_AT,
    )


def test_a_whole_action_lifecycle_sends_each_reminder_and_escalation_once_in_order(app, ctx):
    _, _, action_id = publishable(app, ctx)
    sent: dict[str, Reminder] = {}
    completed_at: datetime | None = None
    announced: list[Reminder | None] = []
    day = COMMITTED_AT.date()
    while day <= date(2026, 5, 20):
        if day == STARTED_ON:
            app.start_action(ctx, action_id)
        if day == COMPLETED_ON:
            app.complete_action(ctx, action_id, note="Spike template in the handbook.")
            completed_at = datetime(2026, 4, 27, 11, tzinfo=UTC)
        if day == VERIFIED_ON:
            app.verify_action(ctx, action_id, evidence="Three features link a spike.")
        action = app.load(Action, action_id)
        announced.append(upcoming(action, noon(day), completed_at))
        for reminder in owed(action, noon(day), completed_at):
            sent.setdefault(reminder.key(action_id), reminder)
        day += timedelta(days=1)

    assert [(r.kind, r.at, r.recipient_role) for r in sent.values()] == [
        (ReminderKind.BEFORE_DUE, paris(2026, 4, 7, 9), RecipientRole.OWNER),
        (ReminderKind.DUE_TODAY, paris(2026, 4, 10, 9), RecipientRole.OWNER),
        (ReminderKind.OVERDUE, paris(2026, 4, 17, 9), RecipientRole.OWNER),
        (ReminderKind.ESCALATION, paris(2026, 4, 17, 9), RecipientRole.FACILITATOR),
        (ReminderKind.OVERDUE, paris(2026, 4, 24, 9), RecipientRole.OWNER),
        (ReminderKind.ESCALATION, paris(2026, 4, 24, 9), RecipientRole.FACILITATOR),
        (ReminderKind.UNVERIFIED, paris(2026, 4, 29, 9), RecipientRole.VERIFIER),
        (ReminderKind.UNVERIFIED, paris(2026, 5, 6, 9), RecipientRole.VERIFIER),
    ]
    # What the API shows as the next reminder, on a few days of the lifecycle.
    first = COMMITTED_AT.date()
    assert announced[0] == sent[next(iter(sent))]  # on the day of the commitment
    assert announced[(date(2026, 4, 28) - first).days].kind is ReminderKind.UNVERIFIED
    assert announced[(VERIFIED_ON - first).days] is None
    assert announced[-1] is None


def test_the_escalation_goes_out_with_each_weekly_overdue_reminder():
    due = owed_open(date(2026, 4, 10), paris(2026, 5, 30, 12))
    overdue = [r.at for r in due if r.kind is ReminderKind.OVERDUE]
    escalations = [r.at for r in due if r.kind is ReminderKind.ESCALATION]
    assert overdue == escalations
    assert [at.date() for at in overdue] == [date(2026, 4, d) for d in (17, 24)] + [
        date(2026, 5, d) for d in (1, 8, 15, 22, 29)
    ]


def owed_open(due_date: date, now: datetime, **kw: Any) -> list[Reminder]:
    return action_reminders(due_date, "STARTED", now, calendar=PARIS_WEEK, **kw)


def test_the_notice_before_a_due_date_never_falls_on_a_day_off():
    due = owed_open(date(2026, 4, 14), paris(2026, 4, 14, 12))  # due Tuesday: 3 days is Saturday
    assert due[0].kind is ReminderKind.BEFORE_DUE
    assert due[0].at == paris(2026, 4, 10, 9)  # the Friday before


def test_the_notice_period_is_configurable():
    due = owed_open(date(2026, 4, 10), paris(2026, 4, 10, 12), before_days=7)
    assert due[0].at == paris(2026, 4, 3, 9)


def test_an_action_committed_late_gets_no_stale_notice():
    due = owed_open(date(2026, 4, 10), paris(2026, 4, 10, 12), since=paris(2026, 4, 9, 15))
    assert [r.kind for r in due] == [ReminderKind.DUE_TODAY]


def test_nothing_is_owed_before_the_first_reminder_and_it_is_announced_as_next():
    assert owed_open(date(2026, 4, 10), paris(2026, 4, 7, 8, 59)) == []
    upcoming_one = next_reminder(date(2026, 4, 10), "COMMITTED", paris(2026, 4, 7, 8, 59))
    assert upcoming_one is not None
    assert upcoming_one.kind is ReminderKind.BEFORE_DUE


def test_a_reminder_at_this_very_instant_is_owed_and_still_the_next_one():
    at = paris(2026, 4, 7, 9)
    assert [r.at for r in owed_open(date(2026, 4, 10), at)] == [at]
    upcoming_one = next_reminder(date(2026, 4, 10), "STARTED", at, calendar=PARIS_WEEK)
    assert upcoming_one is not None
    assert upcoming_one.at == at


@pytest.mark.parametrize("status", ["PROPOSED", "VERIFIED", "CANCELLED"])
def test_proposed_verified_and_cancelled_actions_owe_no_reminder(status):
    now = paris(2026, 6, 1, 12)
    assert action_reminders(date(2026, 4, 10), status, now) == []
    assert next_reminder(date(2026, 4, 10), status, now) is None


def test_an_open_action_without_a_due_date_owes_no_reminder():
    assert action_reminders(None, "COMMITTED", paris(2026, 6, 1, 12)) == []


def test_the_unverified_reminder_needs_the_completion_time():
    with pytest.raises(InvalidInputError) as info:
        action_reminders(date(2026, 4, 10), "COMPLETED", paris(2026, 6, 1, 12))
    assert info.value.field == "completedAt"


def test_an_unverified_action_is_chased_two_working_days_after_completion_then_weekly():
    due = action_reminders(
        date(2026, 4, 10),
        "COMPLETED",
        paris(2026, 4, 30, 12),
        calendar=PARIS_WEEK,
        completed_at=paris(2026, 4, 17, 16),  # a Friday
    )
    assert [(r.kind, r.at) for r in due] == [
        (ReminderKind.UNVERIFIED, paris(2026, 4, 21, 9)),  # Tuesday
        (ReminderKind.UNVERIFIED, paris(2026, 4, 28, 9)),
    ]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"status": "DONE"}, "status"), ({"before_days": 0}, "beforeDays")],
)
def test_an_unknown_status_or_a_notice_of_zero_days_is_refused(kwargs, field):
    args = {"due_date": date(2026, 4, 10), "status": "STARTED", "now": paris(2026, 4, 9, 9)}
    with pytest.raises(InvalidInputError) as info:
        action_reminders(**(args | kwargs))
    assert info.value.field == field


def test_a_naive_now_is_refused():
    with pytest.raises(InvalidInputError) as info:
        action_reminders(date(2026, 4, 10), "STARTED", datetime(2026, 4, 9))  # noqa: DTZ001
    assert info.value.code == "NAIVE_DATETIME"
