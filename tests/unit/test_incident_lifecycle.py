"""Lifecycle: declared -> detected -> mitigated -> resolved -> review scheduled -> reviewed -> published."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

import pytest

from domain.application import Recul
from domain.base import CommandContext
from domain.errors import (
    InvalidInputError,
    NaiveDatetimeError,
    NotFoundError,
)
from domain.incidents.model import Status
from tests.unit import builders as b
from tests.unit.builders import NAIVE, at, refused

STAGES: dict[str, Callable[[Recul, CommandContext], UUID]] = {
    "DECLARED": b.declared,
    "DETECTED": b.detected,
    "MITIGATED": b.mitigated,
    "RESOLVED": b.resolved,
    "REVIEW_SCHEDULED": b.review_scheduled,
    "REVIEWED": b.reviewed,
}
STEPS: dict[str, tuple[set[str], Callable[[Recul, CommandContext, UUID], Any]]] = {
    "detect": (
        {"DECLARED"},
        lambda app, ctx, i: app.record_detection(ctx, i, at=at(6), by="nina", channel="OTHER"),
    ),
    "mitigate": ({"DETECTED"}, lambda app, ctx, i: app.mitigate_incident(ctx, i, at=at(16))),
    "resolve": ({"MITIGATED"}, lambda app, ctx, i: app.resolve_incident(ctx, i, at=at(21))),
    "schedule": (
        {"RESOLVED", "REVIEW_SCHEDULED"},
        lambda app, ctx, i: app.schedule_review(ctx, i, at=at(5000), duration_minutes=60),
    ),
    "record review": (
        {"REVIEW_SCHEDULED"},
        lambda app, ctx, i: app.record_review(
            ctx, i, held_at=at(5000), duration_minutes=60, attendees=["bob"]
        ),
    ),
}
SKIPS = [
    (stage, step)
    for stage in STAGES
    for step, (allowed, _) in STEPS.items()
    if stage not in allowed
]


def test_a_declared_incident_starts_in_the_declared_state(app, ctx):
    incident = app.repository.get(b.declared(app, ctx))
    assert incident.status is Status.DECLARED
    assert incident.title == "Checkout deploy broke production"
    assert incident.services == ["checkout-api"]


def test_an_incident_walks_every_state_in_order_up_to_publication(app, ctx):
    incident_id, _, _ = b.published(app, ctx)
    incident = app.repository.get(incident_id)
    assert incident.status is Status.PUBLISHED
    assert incident.detected_at == at(5)
    assert incident.mitigated_at == at(15)
    assert incident.resolved_at == at(20)
    assert incident.published_at == at(5 * 24 * 60)


@pytest.mark.parametrize(("stage", "step"), SKIPS)
def test_every_step_out_of_order_is_an_invalid_transition(app, ctx, stage, step):
    incident_id = STAGES[stage](app, ctx)
    refused(app, incident_id, "INVALID_TRANSITION", lambda: STEPS[step][1](app, ctx, incident_id))


def test_publishing_before_the_review_is_an_invalid_transition_even_when_complete(app, ctx):
    incident_id = b.resolved(app, ctx)
    cause_id = b.with_full_chain(app, ctx, incident_id)
    b.with_action(app, ctx, cause_id)
    refused(
        app,
        incident_id,
        "INVALID_TRANSITION",
        lambda: app.publish_postmortem(ctx, incident_id, at=at(30)),
    )


def test_publishing_a_merely_declared_incident_is_an_invalid_transition(app, ctx):
    incident_id = b.declared(app, ctx)
    refused(
        app,
        incident_id,
        "INVALID_TRANSITION",
        lambda: app.publish_postmortem(ctx, incident_id, at=at(30)),
    )


def test_a_published_post_mortem_cannot_be_published_again(app, ctx):
    incident_id, _, _ = b.published(app, ctx)
    refused(
        app,
        incident_id,
        "INVALID_TRANSITION",
        lambda: app.publish_postmortem(ctx, incident_id, at=at(9000)),
    )


@pytest.mark.parametrize(
    ("stage", "call"),
    [
        (
            b.declared,
            lambda app, ctx, i: app.record_detection(ctx, i, at=at(-1), by="x", channel="OTHER"),
        ),
        (b.detected, lambda app, ctx, i: app.mitigate_incident(ctx, i, at=at(4))),
        (b.mitigated, lambda app, ctx, i: app.resolve_incident(ctx, i, at=at(14))),
    ],
    ids=["detected before start", "mitigated before detection", "resolved before mitigation"],
)
def test_times_must_follow_started_detected_mitigated_resolved(app, ctx, stage, call):
    incident_id = stage(app, ctx)
    error = refused(app, incident_id, "TIME_ORDER", lambda: call(app, ctx, incident_id))
    assert error.field == "at"


def test_equal_times_are_allowed_for_each_step(app, ctx):
    incident_id = b.declared(app, ctx)
    app.record_detection(ctx, incident_id, at=at(0), by="lisa", channel="MONITORING")
    app.mitigate_incident(ctx, incident_id, at=at(0))
    incident = app.resolve_incident(ctx, incident_id, at=at(0))
    assert incident.status is Status.RESOLVED


@pytest.mark.parametrize("step", ["detect", "mitigate", "resolve"])
def test_a_naive_datetime_is_refused(app, ctx, step):
    incident_id = {"detect": b.declared, "mitigate": b.detected, "resolve": b.mitigated}[step](
        app, ctx
    )
    call = {
        "detect": lambda: app.record_detection(ctx, incident_id, at=NAIVE, by="x", channel="OTHER"),
        "mitigate": lambda: app.mitigate_incident(ctx, incident_id, at=NAIVE),
        "resolve": lambda: app.resolve_incident(ctx, incident_id, at=NAIVE),
    }[step]
    error = refused(app, incident_id, "NAIVE_DATETIME", call)
    assert error.field == "at"


def test_declaring_with_a_naive_start_is_refused(app, ctx):
    with pytest.raises(NaiveDatetimeError) as info:
        app.declare_incident(
            ctx,
            title="t",
            severity="SEV1",
            services=[],
            started_at=datetime(2026, 3, 10),  # noqa: DTZ001
        )
    assert info.value.code == "NAIVE_DATETIME"
    assert info.value.field == "startedAt"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", ""),
        ("title", "x" * 1_000_000),
        ("title", "x" * 201),
        ("severity", "SEV9"),
        ("language", "de"),
        ("services", ["a\nb"]),
        ("services", ["s"] * 201),
    ],
    ids=["empty title", "1 MB title", "201-char title", "severity", "language", "service", "list"],
)
def test_declaring_with_invalid_input_is_refused(app, ctx, field, value):
    args: dict[str, Any] = {
        "title": "t",
        "severity": "SEV1",
        "services": ["api"],
        "started_at": at(0),
        "language": "en",
    }
    with pytest.raises(InvalidInputError) as info:
        app.declare_incident(ctx, **{**args, field: value})
    assert info.value.code == "INVALID_INPUT"
    assert info.value.field == field
    assert app.recorder.max_notification_id() in (None, 0)


def test_declaring_normalises_severity_and_language(app, ctx):
    incident = app.declare_incident(
        ctx,
        title=" " + "t" * 200 + " ",
        severity="sev3",
        services=[],
        started_at=at(0),
        language="FR",
    )
    assert (incident.severity.value, incident.language.value) == ("SEV3", "fr")
    assert incident.title == "t" * 200


def test_a_command_on_an_unknown_incident_is_not_found(app, ctx):
    with pytest.raises(NotFoundError) as info:
        app.mitigate_incident(ctx, uuid4(), at=at(1))
    assert info.value.code == "NOT_FOUND"


def test_a_command_context_needs_a_named_actor():
    with pytest.raises(InvalidInputError):
        CommandContext(actor="  ")
