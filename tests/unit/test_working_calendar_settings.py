"""The working calendar from its settings: "mon-fri", "09:00-18:00", a time zone."""

from __future__ import annotations

from datetime import time

import pytest

from workers.calendar import (
    CalendarSettingError,
    parse_working_days,
    parse_working_hours,
    working_calendar,
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("mon-fri", {0, 1, 2, 3, 4}),
        ("sun-thu", {6, 0, 1, 2, 3}),
        ("fri-mon", {4, 5, 6, 0}),
        ("mon,wed,fri", {0, 2, 4}),
        ("Mon-Wed, Fri", {0, 1, 2, 4}),
        ("monday-tuesday", {0, 1}),
        ("sat", {5}),
    ],
)
def test_working_days_name_days_and_ranges_even_over_the_weekend(text: str, days: set[int]) -> None:
    assert parse_working_days(text) == frozenset(days)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "must list days"),
        ("mon,,fri", "must list days"),
        ("mon-fry", "'fry' in RECUL_WORKING_DAYS"),
        ("mon-wed-fri", "is not a day or a range"),
        ("lundi", "use mon, tue"),
    ],
)
def test_unreadable_working_days_say_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(CalendarSettingError, match=says):
        parse_working_days(text)


def test_working_hours_are_a_start_and_an_end() -> None:
    assert parse_working_hours("09:00-18:00") == (time(9), time(18))
    assert parse_working_hours(" 08:30 - 17:15 ") == (time(8, 30), time(17, 15))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("9-18", "is not a time of day"),
        ("09:00", "must be HH:MM-HH:MM"),
        ("09:00-18:00-20:00", "must be HH:MM-HH:MM"),
        ("18:00-09:00", "must start before it ends"),
        ("09:00-25:00", "'25:00' in RECUL_WORKING_HOURS"),
        ("09:00:00-18:00", "is not a time of day"),
    ],
)
def test_unreadable_working_hours_say_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(CalendarSettingError, match=says):
        parse_working_hours(text)


def test_the_three_settings_make_the_domain_s_calendar() -> None:
    calendar = working_calendar("Europe/Paris", "sun-thu", "08:00-16:30")

    assert calendar.time_zone == "Europe/Paris"
    assert calendar.working_days == frozenset({6, 0, 1, 2, 3})
    assert (calendar.day_start, calendar.day_end) == (time(8), time(16, 30))


def test_an_unknown_time_zone_is_a_setting_error() -> None:
    with pytest.raises(CalendarSettingError, match="IANA time zone"):
        working_calendar("Mars/Olympus", "mon-fri", "09:00-18:00")
