"""The working calendar from its settings' text: "mon-fri", "09:00-18:00", "Europe/Paris".

Pure parsing; the composition root reads the settings and passes the strings in.
"""

from __future__ import annotations

from datetime import time

from domain.errors import DomainError
from domain.schedules.calendar import DAYS_IN_WEEK, WorkingCalendar

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
FULL_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class CalendarSettingError(ValueError):
    """A working calendar setting that cannot be understood; the message says which and why."""


def working_calendar(time_zone: str, working_days: str, working_hours: str) -> WorkingCalendar:
    """The calendar the three settings describe, or a CalendarSettingError saying what is wrong."""
    days = parse_working_days(working_days)
    start, end = parse_working_hours(working_hours)
    try:
        return WorkingCalendar(time_zone=time_zone, working_days=days, day_start=start, day_end=end)
    except DomainError as error:
        raise CalendarSettingError(f"The working calendar is invalid: {error.message}") from None


def parse_working_days(text: str) -> frozenset[int]:
    """ "mon-fri", "sun-thu", "mon,wed,fri", "mon-wed,fri" (weekday numbers, Monday = 0)."""
    parts = [p.strip() for p in text.split(",")]
    if not text.strip() or not all(parts):
        raise CalendarSettingError(
            f"RECUL_WORKING_DAYS must list days such as mon-fri or mon,tue,thu; got {text!r}."
        )
    days: set[int] = set()
    for part in parts:
        days.update(_day_range(part, text))
    return frozenset(days)


def parse_working_hours(text: str) -> tuple[time, time]:
    """ "09:00-18:00" -> (09:00, 18:00): the working day starts before it ends."""
    pieces = text.split("-")
    if len(pieces) != 2:  # noqa: PLR2004 - a start and an end
        raise CalendarSettingError(
            f"RECUL_WORKING_HOURS must be HH:MM-HH:MM such as 09:00-18:00; got {text!r}."
        )
    start, end = (_clock(p, text) for p in pieces)
    if start >= end:
        raise CalendarSettingError(f"RECUL_WORKING_HOURS must start before it ends; got {text!r}.")
    return start, end


def _day_range(part: str, text: str) -> list[int]:
    ends = [_day(name, text) for name in part.split("-")]
    if len(ends) == 1:
        return ends
    if len(ends) != 2:  # noqa: PLR2004 - a first and a last day
        raise CalendarSettingError(f"{part!r} in RECUL_WORKING_DAYS is not a day or a range.")
    first, last = ends
    # A range may run over the weekend: "sun-thu", "fri-mon".
    return [(first + n) % DAYS_IN_WEEK for n in range((last - first) % DAYS_IN_WEEK + 1)]


def _day(name: str, text: str) -> int:
    folded = name.strip().casefold()
    for names in (DAY_NAMES, FULL_NAMES):
        if folded in names:
            return names.index(folded)
    raise CalendarSettingError(
        f"{name.strip()!r} in RECUL_WORKING_DAYS ({text!r}) is not a day; "
        f"use {', '.join(DAY_NAMES)}."
    )


def _clock(piece: str, text: str) -> time:
    value = piece.strip()
    try:
        parsed = time.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or len(value) != 5 or parsed.tzinfo is not None:  # noqa: PLR2004 - HH:MM
        raise CalendarSettingError(
            f"{value!r} in RECUL_WORKING_HOURS ({text!r}) is not a time of day such as 09:00."
        )
    return parsed
