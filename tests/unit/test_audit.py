"""Audit: history of changes, and an aggregate as it stood at a version or a time."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import uuid4

import pytest

from domain.audit import as_of_time, as_of_version, history, recorded_at, version_at
from domain.base import CommandContext
from domain.errors import InvalidInputError, NaiveDatetimeError, NotFoundError
from domain.incidents.model import Status
from tests.unit import builders as b
from tests.unit.builders import at


def test_history_lists_types_versions_actors_and_changed_fields_in_order(app):
    maya, lisa = CommandContext(actor="maya"), CommandContext(actor="lisa")
    incident_id = b.declared(app, maya)
    app.record_detection(lisa, incident_id, at=at(5), by="lisa", channel="CUSTOMER")
    app.mitigate_incident(maya, incident_id, at=at(9))
    entries = history(app, incident_id)
    assert [(e.type, e.version, e.actor) for e in entries] == [
        ("Incident.Declared", 1, "maya"),
        ("Incident.Detected", 2, "lisa"),
        ("Incident.Mitigated", 3, "maya"),
    ]
    assert entries[0].changes["title"] == "Checkout deploy broke production"
    assert entries[1].changes == {"at": at(5), "by": "lisa", "channel": "CUSTOMER"}
    assert entries[2].changes == {"at": at(9)}
    assert entries[1].correlation_id == lisa.correlation_id
    assert entries[0].recorded_at <= entries[1].recorded_at <= entries[2].recorded_at


def test_history_of_an_unknown_id_is_not_found(app):
    with pytest.raises(NotFoundError):
        history(app, uuid4())


def test_as_of_version_shows_the_aggregate_as_it_stood(app, ctx):
    incident_id = b.resolved(app, ctx)
    earlier = as_of_version(app, incident_id, 3)
    assert (earlier.version, earlier.status) == (3, Status.DETECTED)
    assert app.repository.get(incident_id).status is Status.RESOLVED


@pytest.mark.parametrize(("version", "error"), [(0, InvalidInputError), (99, NotFoundError)])
def test_as_of_version_outside_the_history_is_refused(app, ctx, version, error):
    incident_id = b.declared(app, ctx)
    with pytest.raises(error) as info:
        as_of_version(app, incident_id, version)
    assert info.value.field == "asOfVersion"


def test_as_of_version_of_an_unknown_id_is_not_found(app):
    with pytest.raises(NotFoundError):
        as_of_version(app, uuid4(), 1)


def test_before_creation_there_is_no_version_and_no_aggregate(app, ctx):
    incident_id = b.declared(app, ctx)
    created = recorded_at(app, incident_id, 1)
    before = created - timedelta(microseconds=1)
    assert version_at(app, incident_id, before) == 0
    assert as_of_time(app, incident_id, before) is None
    assert version_at(app, incident_id, created) == 1


def test_as_of_time_shows_the_aggregate_at_that_time(app, ctx):
    incident_id = b.mitigated(app, ctx)
    when = recorded_at(app, incident_id, 3)
    assert as_of_time(app, incident_id, when).status is Status.DETECTED
    assert version_at(app, incident_id, recorded_at(app, incident_id, 4)) == 4


def test_a_naive_as_of_time_is_refused(app, ctx):
    incident_id = b.declared(app, ctx)
    with pytest.raises(NaiveDatetimeError):
        version_at(app, incident_id, datetime(2026, 1, 1))  # noqa: DTZ001


def test_recorded_at_an_unknown_version_is_not_found(app, ctx):
    incident_id = b.declared(app, ctx)
    with pytest.raises(NotFoundError):
        recorded_at(app, incident_id, 2)


def test_a_revision_keeps_the_original_answer_visible(app, ctx):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx))
    app.revise_why(ctx, cause_id, level=5, answer="Spikes are optional.", question="Why?")
    entries = history(app, cause_id)
    assert entries[5].changes == {"level": 5, "question": b.WHYS[4][0], "answer": b.WHYS[4][1]}
    assert entries[6].type == "RootCause.WhyRevised"
    assert entries[6].changes == {"level": 5, "question": "Why?", "answer": "Spikes are optional."}
    assert as_of_version(app, cause_id, 6).whys[4].answer == b.WHYS[4][1]


def test_a_reassessed_impact_keeps_the_first_assessment_visible(app, ctx):
    incident_id = b.declared(app, ctx)
    for pct in (10, 25):
        app.assess_impact(
            ctx, incident_id, users_affected_pct=pct, users_affected_count=1, duration_minutes=1
        )
    pcts = [e.changes["users_affected_pct"] for e in history(app, incident_id)[1:]]
    assert pcts == [10.0, 25.0]
