"""A stale expected version is a conflict, and nothing of the command is stored."""

from __future__ import annotations

from datetime import date

import pytest

from domain.base import acting
from domain.errors import ConflictError
from domain.incidents.model import Incident
from domain.timeline.model import timeline_id
from tests.unit import builders as b
from tests.unit.builders import at, refused

INCIDENT_COMMANDS = {
    "detect": lambda app, ctx, i, v: app.record_detection(
        ctx, i, at=at(5), by="lisa", channel="MONITORING", expected_version=v
    ),
    "responder": lambda app, ctx, i, v: app.add_responder(
        ctx, i, responder="nina", expected_version=v
    ),
    "impact": lambda app, ctx, i, v: app.assess_impact(
        ctx, i, users_affected_pct=1, users_affected_count=1, duration_minutes=1, expected_version=v
    ),
    "went well": lambda app, ctx, i, v: app.record_went_well(ctx, i, text="t", expected_version=v),
    "lesson": lambda app, ctx, i, v: app.record_lesson(
        ctx, i, text="t", audience="TEAM", expected_version=v
    ),
    "open cause": lambda app, ctx, i, v: app.open_root_cause(
        ctx, i, problem="p", expected_version=v
    ),
    "publish": lambda app, ctx, i, v: app.publish_postmortem(ctx, i, expected_version=v),
}


@pytest.mark.parametrize("command", INCIDENT_COMMANDS)
def test_a_stale_expected_version_is_a_conflict_on_an_incident(app, ctx, command):
    incident_id = b.declared(app, ctx)
    app.add_responder(ctx, incident_id, responder="bob")
    error = refused(
        app, incident_id, "CONFLICT", lambda: INCIDENT_COMMANDS[command](app, ctx, incident_id, 1)
    )
    assert error.field == "expectedVersion"


def test_the_current_expected_version_is_accepted(app, ctx):
    incident_id = b.declared(app, ctx)
    incident = app.add_responder(ctx, incident_id, responder="bob", expected_version=1)
    assert incident.version == 2


def test_a_conflicting_root_cause_opening_stores_no_root_cause(app, ctx):
    incident_id = b.declared(app, ctx)
    with pytest.raises(ConflictError):
        app.open_root_cause(ctx, incident_id, problem="p", expected_version=7)
    assert app.repository.get(incident_id).root_cause_ids == []
    assert app.recorder.max_notification_id() == 1


def test_a_stale_expected_version_is_a_conflict_on_a_root_cause_and_an_action(app, ctx):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx), levels=2)
    refused(
        app,
        cause_id,
        "CONFLICT",
        lambda: app.answer_why(
            ctx, cause_id, level=3, question="q", answer="a", expected_version=2
        ),
    )
    refused(
        app,
        cause_id,
        "CONFLICT",
        lambda: app.propose_action(ctx, cause_id, text="t", expected_version=1),
    )
    action = app.propose_action(ctx, cause_id, text="t", expected_version=3)
    refused(
        app,
        action.id,
        "CONFLICT",
        lambda: app.commit_action(
            ctx,
            action.id,
            owner="o",
            due_date=date(2026, 4, 1),
            success_criterion="c",
            expected_version=2,
        ),
    )


def test_a_stale_expected_version_is_a_conflict_on_a_timeline(app, ctx):
    incident_id = b.declared(app, ctx)
    tl, entry_id = app.add_timeline_entry(
        ctx, incident_id, at=at(1), actor="ci", text="a", expected_version=0
    )
    assert tl.version == 2
    refused(
        app,
        timeline_id(incident_id),
        "CONFLICT",
        lambda: app.correct_timeline_entry(
            ctx, incident_id, entry_id=entry_id, reason="r", text="b", expected_version=1
        ),
    )


@pytest.mark.parametrize("stale", [1, 2, 5])
def test_a_timeline_not_yet_written_is_at_version_0(app, ctx, stale):
    incident_id = b.declared(app, ctx)
    with pytest.raises(ConflictError) as info:
        app.add_timeline_entry(
            ctx, incident_id, at=at(1), actor="ci", text="a", expected_version=stale
        )
    assert info.value.code == "CONFLICT"
    assert not app.exists(timeline_id(incident_id))


def test_two_writers_of_the_same_version_conflict_and_the_second_stores_nothing(app, ctx):
    incident_id = b.declared(app, ctx)
    first: Incident = app.repository.get(incident_id)
    second: Incident = app.repository.get(incident_id)
    with acting(ctx):
        first.add_responder(responder="bob")
        second.add_responder(responder="karim")
        app.commit(first)
        with pytest.raises(ConflictError) as info:
            app.commit(second)
    assert info.value.code == "CONFLICT"
    assert app.repository.get(incident_id).responders == ["bob"]
