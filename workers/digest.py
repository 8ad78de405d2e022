"""The monthly action review: per team, what was opened, completed, verified, what is overdue.

A team is the team of an action's owner in the people registry (of a post-mortem's
facilitator, else its first known responder or detector); "unassigned" when unknown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, NamedTuple, Protocol
from uuid import UUID

from domain import values as v
from domain.schedules.calendar import DEFAULT_CALENDAR, WorkingCalendar
from workers.outbox import ACTION, INCIDENT, Outbox

UNASSIGNED = "unassigned"


class Member(Protocol):
    """What the digest needs of a person (domain.people.model.Person has it)."""

    @property
    def handle(self) -> str: ...

    @property
    def team(self) -> str: ...


class OverdueAction(NamedTuple):
    text: str
    owner: str | None
    days_overdue: int
    action_id: UUID | None = None


@dataclass
class TeamDigest:
    """One team's month."""

    team: str
    opened: int = 0
    completed: int = 0
    verified: int = 0
    overdue: list[OverdueAction] = field(default_factory=list)
    late_postmortems: list[str] = field(default_factory=list)  # incident titles


def monthly_digest(
    outbox: Outbox,
    people: Iterable[Member],
    year: int,
    month: int,
    now: datetime,
    *,
    calendar: WorkingCalendar = DEFAULT_CALENDAR,
) -> list[TeamDigest]:
    """Each team's digest of ``year``-``month`` (in the calendar's time zone), teams by name.

    Overdue actions are counted at the end of the month, or at ``now`` if it is earlier.
    """
    start, end = month_bounds(year, month, calendar)
    as_of = min(v.aware(now, "now"), end)
    teams = {p.handle.casefold(): p.team for p in people}
    digests: dict[str, TeamDigest] = {}

    def team(*handles: str | None) -> TeamDigest:
        name = next((teams[h.casefold()] for h in handles if h and h.casefold() in teams), None)
        key = name or UNASSIGNED
        return digests.setdefault(key, TeamDigest(key))

    for action in outbox.subjects(ACTION):
        _count_action(
            action.aggregate_id,
            action.state,
            team(action.state["owner"]),
            start=start,
            end=end,
            as_of=as_of,
            calendar=calendar,
        )
    for incident in outbox.subjects(INCIDENT):
        state = incident.state
        if _within(state["flagged_late_at"], start, end):
            people_of = [state["facilitator"], *state["responders"], state["detected_by"]]
            team(*people_of).late_postmortems.append(state["title"])
    return [d for _, d in sorted(digests.items()) if _has_news(d)]


def month_bounds(year: int, month: int, calendar: WorkingCalendar) -> tuple[datetime, datetime]:
    """[start, end) of the month in the calendar's time zone."""
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)  # noqa: PLR2004
    return calendar.at(date(year, month, 1), time()), calendar.at(following, time())


def overdue_days(state: dict[str, Any], as_of: datetime, calendar: WorkingCalendar) -> int | None:
    """Days past the due date at ``as_of`` of an action still open then; None if not overdue."""
    due, committed = state["due_date"], state["since"] or state["committed_at"]
    if due is None or committed is None or committed > as_of:
        return None
    ended = (state[k] for k in ("completed_at", "verified_at", "cancelled_at"))
    if any(t is not None and t <= as_of for t in ended):
        return None
    late = (calendar.local_date(as_of) - due).days
    return late if late > 0 else None


def _count_action(
    action_id: UUID,
    state: dict[str, Any],
    digest: TeamDigest,
    *,
    start: datetime,
    end: datetime,
    as_of: datetime,
    calendar: WorkingCalendar,
) -> None:
    digest.opened += _within(state["proposed_at"], start, end)
    digest.completed += _within(state["completed_at"], start, end)
    digest.verified += _within(state["verified_at"], start, end)
    days = overdue_days(state, as_of, calendar)
    if days is not None:
        digest.overdue.append(OverdueAction(state["text"], state["owner"], days, action_id))
        digest.overdue.sort(key=lambda o: (-o.days_overdue, o.text))


def _within(moment: datetime | None, start: datetime, end: datetime) -> bool:
    return moment is not None and start <= moment < end


def _has_news(digest: TeamDigest) -> bool:
    return bool(
        digest.opened
        or digest.completed
        or digest.verified
        or digest.overdue
        or digest.late_postmortems
    )
