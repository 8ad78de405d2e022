"""Detection (celebrated, with its channel) and the people of an incident; facilitator neutrality."""

from __future__ import annotations

import pytest

from domain.base import acting
from domain.errors import FacilitatorNotNeutralError
from domain.incidents.model import Incident
from domain.values import DetectionChannel
from tests.unit import builders as b
from tests.unit.builders import at, refused


@pytest.mark.parametrize("channel", [c.value for c in DetectionChannel])
def test_every_detection_channel_is_accepted(app, ctx, channel):
    incident_id = b.declared(app, ctx)
    incident = app.record_detection(ctx, incident_id, at=at(5), by="lisa", channel=channel)
    assert incident.detection_channel.value == channel
    assert (incident.detected_by, incident.detected_at) == ("lisa", at(5))


def test_a_detection_channel_is_read_case_insensitively(app, ctx):
    incident_id = b.declared(app, ctx)
    incident = app.record_detection(ctx, incident_id, at=at(5), by="lisa", channel=" monitoring ")
    assert incident.detection_channel is DetectionChannel.MONITORING


@pytest.mark.parametrize("channel", ["PAGER", "", "monitor"])
def test_an_unknown_detection_channel_is_refused(app, ctx, channel):
    incident_id = b.declared(app, ctx)
    error = refused(
        app,
        incident_id,
        "INVALID_INPUT",
        lambda: app.record_detection(ctx, incident_id, at=at(5), by="lisa", channel=channel),
    )
    assert error.field == "channel"


@pytest.mark.parametrize("who", ["", "   ", "li\nsa", "x" * 101])
def test_a_detector_must_be_a_one_line_short_handle(app, ctx, who):
    incident_id = b.declared(app, ctx)
    error = refused(
        app,
        incident_id,
        "INVALID_INPUT",
        lambda: app.record_detection(ctx, incident_id, at=at(5), by=who, channel="OTHER"),
    )
    assert error.field == "by"


def test_responders_can_be_added_while_the_incident_is_open(app, ctx):
    incident_id = b.declared(app, ctx)
    app.add_responder(ctx, incident_id, responder="bob")
    incident = app.add_responder(ctx, incident_id, responder=" karim ")
    assert incident.responders == ["bob", "karim"]


def test_the_same_responder_cannot_be_added_twice(app, ctx):
    incident_id = b.detected(app, ctx)
    refused(
        app,
        incident_id,
        "INVALID_INPUT",
        lambda: app.add_responder(ctx, incident_id, responder="BOB"),
    )


def test_people_lists_each_person_with_their_roles(app, ctx):
    incident_id = b.resolved(app, ctx)
    app.add_responder(ctx, incident_id, responder="lisa")
    incident = app.assign_facilitator(ctx, incident_id, facilitator="claire")
    assert incident.people == {
        "bob": ["responder"],
        "lisa": ["responder", "detector"],
        "claire": ["facilitator"],
    }


def test_a_neutral_facilitator_is_assigned_once_resolved(app, ctx):
    incident_id = b.resolved(app, ctx)
    incident = app.assign_facilitator(ctx, incident_id, facilitator="claire")
    assert incident.facilitator == "claire"


def test_the_facilitator_can_be_replaced_while_the_review_is_scheduled(app, ctx):
    incident_id = b.review_scheduled(app, ctx)
    assert app.assign_facilitator(ctx, incident_id, facilitator="omar").facilitator == "omar"


@pytest.mark.parametrize("stage", [b.declared, b.detected, b.mitigated, b.reviewed])
def test_a_facilitator_is_assigned_only_between_resolution_and_review(app, ctx, stage):
    incident_id = stage(app, ctx)
    refused(
        app,
        incident_id,
        "INVALID_TRANSITION",
        lambda: app.assign_facilitator(ctx, incident_id, facilitator="omar"),
    )


@pytest.mark.parametrize("who", ["bob", " Bob ", "BOB"])
def test_a_facilitator_cannot_be_a_responder(app, ctx, who):
    incident_id = b.resolved(app, ctx)
    error = refused(
        app,
        incident_id,
        "FACILITATOR_NOT_NEUTRAL",
        lambda: app.assign_facilitator(ctx, incident_id, facilitator=who),
    )
    assert error.field == "facilitator"


@pytest.mark.parametrize("who", ["lisa", "Lisa"])
def test_a_facilitator_cannot_be_the_detector(app, ctx, who):
    incident_id = b.resolved(app, ctx)
    refused(
        app,
        incident_id,
        "FACILITATOR_NOT_NEUTRAL",
        lambda: app.assign_facilitator(ctx, incident_id, facilitator=who),
    )


def test_the_facilitator_cannot_then_be_added_as_a_responder(app, ctx):
    incident_id = b.resolved(app, ctx)
    app.assign_facilitator(ctx, incident_id, facilitator="claire")
    error = refused(
        app,
        incident_id,
        "FACILITATOR_NOT_NEUTRAL",
        lambda: app.add_responder(ctx, incident_id, responder="Claire"),
    )
    assert error.field == "responder"


def test_the_facilitator_cannot_be_recorded_as_the_detector(ctx):
    # No command sequence reaches this guard (a facilitator is assigned only once
    # resolved, a detection only while declared), so the aggregate is prepared by hand.
    with acting(ctx):
        incident = Incident.declare(title="t", severity="SEV1", services=[], started_at=at(0))
        incident.facilitator = "claire"
        with pytest.raises(FacilitatorNotNeutralError) as info:
            incident.record_detection(at=at(5), by="CLAIRE", channel="OTHER")
    assert info.value.code == "FACILITATOR_NOT_NEUTRAL"
    assert incident.version == 1
