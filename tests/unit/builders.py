"""Builders that bring an incident to a given point of its life, through the commands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import UUID

import pytest

from domain import errors
from domain.application import Recul
from domain.base import CommandContext
from domain.errors import DomainError

ERRORS = {
    cls.code: cls
    for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, DomainError)
}
NAIVE = datetime(2026, 3, 10, 15)  # noqa: DTZ001 - refused on purpose
T0 = datetime(2026, 3, 10, 14, 45, tzinfo=UTC)
DETECTOR, RESPONDER, FACILITATOR = "lisa", "bob", "claire"
WHYS = [
    ("Why was the deploy broken?", "The tests did not cover the failing path."),
    ("Why were the tests incomplete?", "The feature had no edge-case tests."),
    ("Why were there no edge-case tests?", "The deadline left no time for them."),
    ("Why was the deadline short?", "The estimate was unrealistic."),
    ("Why was the estimate unrealistic?", "No technical spike was done before estimating."),
]
STATEMENT = "Complex features are estimated without a prior technical spike."


def at(minutes: float) -> datetime:
    """T0 plus ``minutes``."""
    return T0 + timedelta(minutes=minutes)


def version(app: Recul, aggregate_id: UUID) -> int:
    return app.repository.get(aggregate_id).version


def refused(app: Recul, aggregate_id: UUID, code: str, call: Callable[[], Any]) -> DomainError:
    """``call`` raises the error class of ``code`` and the aggregate's version does not move."""
    before = version(app, aggregate_id)
    with pytest.raises(DomainError) as info:
        call()
    assert type(info.value) is ERRORS[code]
    assert info.value.code == code
    assert version(app, aggregate_id) == before
    return info.value


def declared(app: Recul, ctx: CommandContext, *, language: str = "en") -> UUID:
    incident = app.declare_incident(
        ctx,
        title="Checkout deploy broke production",
        severity="SEV2",
        services=["checkout-api"],
        started_at=T0,
        language=language,
    )
    return incident.id


def detected(app: Recul, ctx: CommandContext, **kw: Any) -> UUID:
    incident_id = declared(app, ctx, **kw)
    app.add_responder(ctx, incident_id, responder=RESPONDER)
    app.record_detection(ctx, incident_id, at=at(5), by=DETECTOR, channel="MONITORING")
    return incident_id


def mitigated(app: Recul, ctx: CommandContext, **kw: Any) -> UUID:
    incident_id = detected(app, ctx, **kw)
    app.mitigate_incident(ctx, incident_id, at=at(15))
    return incident_id


def resolved(app: Recul, ctx: CommandContext, **kw: Any) -> UUID:
    incident_id = mitigated(app, ctx, **kw)
    app.resolve_incident(ctx, incident_id, at=at(20))
    return incident_id


def review_scheduled(app: Recul, ctx: CommandContext, **kw: Any) -> UUID:
    incident_id = resolved(app, ctx, **kw)
    app.assign_facilitator(ctx, incident_id, facilitator=FACILITATOR)
    app.schedule_review(ctx, incident_id, at=at(4 * 24 * 60), duration_minutes=90)
    return incident_id


def reviewed(app: Recul, ctx: CommandContext, **kw: Any) -> UUID:
    incident_id = review_scheduled(app, ctx, **kw)
    app.record_review(
        ctx,
        incident_id,
        held_at=at(4 * 24 * 60),
        duration_minutes=75,
        attendees=[DETECTOR, RESPONDER, FACILITATOR],
    )
    return incident_id


def with_whys(app: Recul, ctx: CommandContext, incident_id: UUID, levels: int = 5) -> UUID:
    cause = app.open_root_cause(ctx, incident_id, problem="The 14:45 release broke checkout.")
    for level, (question, answer) in enumerate(WHYS[:levels], 1):
        app.answer_why(ctx, cause.id, level=level, question=question, answer=answer)
    return cause.id


def with_full_chain(app: Recul, ctx: CommandContext, incident_id: UUID) -> UUID:
    cause_id = with_whys(app, ctx, incident_id)
    app.identify_root_cause(ctx, cause_id, statement=STATEMENT, category="PLANNING")
    return cause_id


def with_action(app: Recul, ctx: CommandContext, cause_id: UUID, *, commit: bool = True) -> UUID:
    action = app.propose_action(ctx, cause_id, text="Make a technical spike mandatory.")
    if commit:
        app.commit_action(
            ctx,
            action.id,
            owner="karim",
            due_date=date(2026, 4, 10),
            success_criterion="Every complex feature links a spike document.",
        )
    return action.id


def publishable(app: Recul, ctx: CommandContext, **kw: Any) -> tuple[UUID, UUID, UUID]:
    """A reviewed incident with one identified root cause and one committed action."""
    incident_id = reviewed(app, ctx, **kw)
    cause_id = with_full_chain(app, ctx, incident_id)
    return incident_id, cause_id, with_action(app, ctx, cause_id)


def published(app: Recul, ctx: CommandContext) -> tuple[UUID, UUID, UUID]:
    ids = publishable(app, ctx)
    app.publish_postmortem(ctx, ids[0], at=at(5 * 24 * 60))
    return ids
