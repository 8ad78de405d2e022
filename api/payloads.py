"""Mutation payloads: the changed object (read-your-writes) and the userErrors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from uuid import UUID

import strawberry
from starlette.concurrency import run_in_threadpool

from api.actions.types import Action
from api.context import Info
from api.errors import UserError, perform
from api.incidents.types import Incident
from api.lint.types import LintWarning
from api.lint.warnings import Written, warnings_for
from api.root_causes.types import RootCause
from api.timeline.types import Timeline, TimelineEntry
from domain.actions.model import Action as ActionAggregate
from domain.base import CommandContext
from domain.incidents.model import Incident as IncidentAggregate
from domain.root_causes.model import RootCause as RootCauseAggregate
from domain.timeline.model import Timeline as TimelineAggregate


@strawberry.type
class IncidentPayload:
    """The incident as the mutation left it, or why it was refused."""

    incident: Incident | None
    user_errors: list[UserError]
    warnings: list[LintWarning] = strawberry.field(
        default_factory=list, description="Lint findings on the text written (stored anyway)."
    )


@strawberry.type
class TimelinePayload:
    """The timeline as the mutation left it, the entry it touched, or why it was refused."""

    timeline: Timeline | None
    entry: TimelineEntry | None
    user_errors: list[UserError]
    warnings: list[LintWarning] = strawberry.field(
        default_factory=list, description="Lint findings on the text written (stored anyway)."
    )


@strawberry.type
class RootCausePayload:
    """The root cause as the mutation left it, or why it was refused."""

    root_cause: RootCause | None
    user_errors: list[UserError]
    warnings: list[LintWarning] = strawberry.field(
        default_factory=list, description="Lint findings on the text written (stored anyway)."
    )


@strawberry.type
class ActionPayload:
    """The action as the mutation left it, or why it was refused."""

    action: Action | None
    user_errors: list[UserError]
    warnings: list[LintWarning] = strawberry.field(
        default_factory=list, description="Lint findings on the text written (stored anyway)."
    )


async def incident_payload(
    info: Info,
    command: Callable[[CommandContext], IncidentAggregate],
    written: Sequence[Written] = (),
) -> IncidentPayload:
    """Run an incident command; answer with the incident it returns (read-your-writes)."""
    incident, errors = await perform(info, command)
    found = Incident.from_aggregate(incident) if incident else None
    people = list(incident.people) if incident else []
    warnings = await _warnings(written, people) if incident else []
    return IncidentPayload(incident=found, user_errors=errors, warnings=warnings)


async def timeline_payload(
    info: Info,
    command: Callable[[CommandContext], tuple[TimelineAggregate, UUID]],
    written: Sequence[Written] = (),
) -> TimelinePayload:
    """Run a timeline command; answer with the timeline and the entry it touched."""
    done, errors = await perform(info, command)
    if done is None:
        return TimelinePayload(timeline=None, entry=None, user_errors=errors)
    timeline, entry_id = done
    entry = TimelineEntry.from_entry(timeline.entry(entry_id))
    return TimelinePayload(
        timeline=Timeline.from_aggregate(timeline),
        entry=entry,
        user_errors=errors,
        warnings=await _warnings(written),
    )


async def root_cause_payload(
    info: Info,
    command: Callable[[CommandContext], RootCauseAggregate],
    written: Sequence[Written] = (),
) -> RootCausePayload:
    """Run a root cause command; answer with the root cause it returns."""
    cause, errors = await perform(info, command)
    found = RootCause.from_aggregate(cause) if cause else None
    warnings = await _warnings(written) if cause else []
    return RootCausePayload(root_cause=found, user_errors=errors, warnings=warnings)


async def action_payload(
    info: Info,
    command: Callable[[CommandContext], ActionAggregate],
    written: Sequence[Written] | Callable[[ActionAggregate], list[LintWarning]] = (),
) -> ActionPayload:
    """Run an action command; answer with the action it returns."""
    action, errors = await perform(info, command)
    if action is None:
        return ActionPayload(action=None, user_errors=errors)
    if callable(written):
        warnings = await run_in_threadpool(written, action)
    else:
        warnings = await _warnings(written)
    return ActionPayload(
        action=Action.from_aggregate(action), user_errors=errors, warnings=warnings
    )


async def _warnings(written: Sequence[Written], people: Sequence[str] = ()) -> list[LintWarning]:
    return await run_in_threadpool(warnings_for, written, people) if written else []
