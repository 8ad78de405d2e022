"""When the review should happen: 3 to 5 working days after resolution, and when it is late.

Not during the urgency, not three months later: the window opens at the start of
the 3rd working day after the day of resolution and closes at the end of the 5th,
both in the team's time zone (the resolution day itself never counts, even when
the incident is resolved early in the morning).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from domain import values as v
from domain.errors import InvalidInputError
from domain.incidents.model import check_review_minutes
from domain.schedules.calendar import WorkingCalendar

OPENS_AFTER, CLOSES_AFTER = 3, 5  # working days after the day of resolution
# The proposed slot leaves the first hour of the day free: people arrive, read the
# timeline, and the review does not start on a cold morning stand-up.
SLOT_OFFSET = timedelta(hours=1)


def review_window(resolved_at: datetime, calendar: WorkingCalendar) -> tuple[datetime, datetime]:
    """(opens, closes) of the review window, aware datetimes in the team's time zone."""
    resolved_on = calendar.local_date(v.aware(resolved_at, "resolvedAt"))
    opens = calendar.at(calendar.add_working_days(resolved_on, OPENS_AFTER), calendar.day_start)
    closes = calendar.at(calendar.add_working_days(resolved_on, CLOSES_AFTER), calendar.day_end)
    return opens, closes


def propose_review_slot(
    resolved_at: datetime, calendar: WorkingCalendar, duration_minutes: int = 90
) -> datetime:
    """The first slot of the window: an hour after the 3rd working day starts (10:00 by default).

    When the working day is too short for that, the slot starts with the day.
    """
    check_review_minutes(duration_minutes)
    opens, _ = review_window(resolved_at, calendar)
    length = timedelta(minutes=duration_minutes)
    end_of_day = calendar.at(opens.date(), calendar.day_end)
    if opens + length > end_of_day:
        raise InvalidInputError(
            f"A {duration_minutes}-minute review does not fit in the working day "
            f"({calendar.day_start:%H:%M}-{calendar.day_end:%H:%M}).",
            field="durationMinutes",
        )
    later = opens + SLOT_OFFSET
    return later if later + length <= end_of_day else opens


def is_late(
    resolved_at: datetime, now: datetime, calendar: WorkingCalendar, review_scheduled: bool
) -> bool:
    """True once the window has closed with no review scheduled."""
    _, closes = review_window(resolved_at, calendar)
    return not review_scheduled and v.aware(now, "now") > closes
