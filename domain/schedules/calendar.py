"""Working calendars: which days and hours count, in which time zone.

Days of the week follow ``date.weekday()``: Monday is 0, Sunday is 6.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from domain import values as v
from domain.errors import InvalidInputError

MONDAY_TO_FRIDAY = frozenset(range(5))
SUNDAY_TO_THURSDAY = frozenset({6, 0, 1, 2, 3})
DAYS_IN_WEEK = 7


def time_zone(value: str, field: str) -> str:
    """An IANA time zone name (e.g. Europe/Paris) known to zoneinfo, or a clear refusal."""
    name = v.text(value, field, limit=v.MAX_HANDLE)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # ValueError: names zoneinfo will not even look up (absolute paths, "..").
        raise InvalidInputError(
            f"{field} must be an IANA time zone such as Europe/Paris; got {value!r}.", field=field
        ) from None
    return name


@dataclass(frozen=True)
class WorkingCalendar:
    """A team's working week and hours, in its time zone."""

    time_zone: str
    working_days: frozenset[int] = MONDAY_TO_FRIDAY
    day_start: time = time(9)
    day_end: time = time(18)

    def __post_init__(self) -> None:
        time_zone(self.time_zone, "timeZone")
        if not self.working_days or not self.working_days <= frozenset(range(DAYS_IN_WEEK)):
            raise InvalidInputError(
                "workingDays must name at least one day, from 0 (Monday) to 6 (Sunday).",
                field="workingDays",
            )
        if self.day_start.tzinfo is not None or self.day_end.tzinfo is not None:
            raise InvalidInputError(
                "Working hours are local times of the calendar's time zone, without an offset.",
                field="dayStart",
            )
        if self.day_start >= self.day_end:
            raise InvalidInputError("The working day must start before it ends.", field="dayEnd")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.working_days

    def local_date(self, moment: datetime) -> date:
        """The calendar day ``moment`` falls on in the team's time zone."""
        return v.aware(moment, "at").astimezone(self.zone).date()

    def at(self, day: date, clock: time) -> datetime:
        """``clock`` on ``day`` in the team's time zone, as an aware datetime."""
        return datetime.combine(day, clock, tzinfo=self.zone)

    def add_working_days(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day`` (``day`` itself is not counted)."""
        while count > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day

    def previous_working_day(self, day: date) -> date:
        """The last working day strictly before ``day``."""
        day -= timedelta(days=1)
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def on_or_before(self, day: date) -> date:
        """``day`` when it is a working day, else the working day before it."""
        return day if self.is_working_day(day) else self.previous_working_day(day)


DEFAULT_CALENDAR = WorkingCalendar(time_zone="UTC")


def first_working_day_of_month(year: int, month: int, calendar: WorkingCalendar) -> date:
    """The day the monthly action digest goes out."""
    if not 1 <= month <= 12:  # noqa: PLR2004 - the months of the year
        raise InvalidInputError(f"month must be 1 to 12; got {month}.", field="month")
    first = date(year, month, 1)
    return first if calendar.is_working_day(first) else calendar.add_working_days(first, 1)
