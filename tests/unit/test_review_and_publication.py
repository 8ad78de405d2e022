"""The review (neutral facilitator, 60-120 minutes), lessons, and what publication requires."""

from __future__ import annotations

import pytest

from domain.actions.model import ActionStatus
from domain.incidents.model import Status
from domain.timeline.model import timeline_id
from domain.values import Audience
from tests.unit import builders as b
from tests.unit.builders import NAIVE, at, refused

DAY = 24 * 60


def test_the_review_cannot_be_scheduled_without_a_facilitator(app, ctx):
    incident_id = b.resolved(app, ctx)
    error = refused(
        app,
        incident_id,
        "INVALID_TRANSITION",
        lambda: app.schedule_review(ctx, incident_id, at=at(4 * DAY), duration_minutes=90),
    )
    assert error.field == "facilitator"


@pytest.mark.parametrize("minutes", [60, 120])
def test_a_review_of_60_to_120_minutes_is_scheduled_and_may_be_moved(app, ctx, minutes):
    incident_id = b.review_scheduled(app, ctx)
    incident = app.schedule_review(ctx, incident_id, at=at(5 * DAY), duration_minutes=minutes)
    assert (incident.status, incident.review_at, incident.review_minutes) == (
        Status.REVIEW_SCHEDULED,
        at(5 * DAY),
        minutes,
    )


@pytest.mark.parametrize("minutes", [0, 59, 121, 480])
def test_a_review_outside_60_to_120_minutes_cannot_be_scheduled(app, ctx, minutes):
    incident_id = b.resolved(app, ctx)
    app.assign_facilitator(ctx, incident_id, facilitator="claire")
    error = refused(
        app,
        incident_id,
        "REVIEW_DURATION",
        lambda: app.schedule_review(ctx, incident_id, at=at(4 * DAY), duration_minutes=minutes),
    )
    assert error.field == "durationMinutes"


@pytest.mark.parametrize("minutes", [59, 121])
def test_a_review_outside_60_to_120_minutes_cannot_be_recorded(app, ctx, minutes):
    incident_id = b.review_scheduled(app, ctx)
    refused(
        app,
        incident_id,
        "REVIEW_DURATION",
        lambda: app.record_review(
            ctx, incident_id, held_at=at(4 * DAY), duration_minutes=minutes, attendees=[]
        ),
    )


def test_a_review_cannot_be_scheduled_or_held_before_the_resolution(app, ctx):
    incident_id = b.resolved(app, ctx)
    app.assign_facilitator(ctx, incident_id, facilitator="claire")
    refused(
        app,
        incident_id,
        "TIME_ORDER",
        lambda: app.schedule_review(ctx, incident_id, at=at(19), duration_minutes=60),
    )
    app.schedule_review(ctx, incident_id, at=at(4 * DAY), duration_minutes=60)
    refused(
        app,
        incident_id,
        "TIME_ORDER",
        lambda: app.record_review(
            ctx, incident_id, held_at=at(19), duration_minutes=60, attendees=[]
        ),
    )


def test_a_naive_review_time_is_refused(app, ctx):
    incident_id = b.review_scheduled(app, ctx)
    refused(
        app,
        incident_id,
        "NAIVE_DATETIME",
        lambda: app.schedule_review(ctx, incident_id, at=NAIVE, duration_minutes=60),
    )
    refused(
        app,
        incident_id,
        "NAIVE_DATETIME",
        lambda: app.record_review(
            ctx, incident_id, held_at=NAIVE, duration_minutes=60, attendees=[]
        ),
    )


def test_the_review_records_attendees_and_notes(app, ctx):
    incident_id = b.review_scheduled(app, ctx)
    incident = app.record_review(
        ctx, incident_id, held_at=at(4 * DAY), duration_minutes=120, attendees=["bob"], notes=" n "
    )
    assert (incident.status, incident.review_attendees, incident.review_notes) == (
        Status.REVIEWED,
        ["bob"],
        "n",
    )


def test_what_went_well_is_recorded_and_must_not_be_empty(app, ctx):
    incident_id = b.resolved(app, ctx)
    assert app.record_went_well(ctx, incident_id, text="Fast rollback.").went_well == [
        "Fast rollback."
    ]
    refused(
        app, incident_id, "INVALID_INPUT", lambda: app.record_went_well(ctx, incident_id, text="")
    )


@pytest.mark.parametrize("audience", ["TEAM", "ORGANISATION", "public"])
def test_a_lesson_is_for_the_team_the_organisation_or_the_public(app, ctx, audience):
    incident_id = b.resolved(app, ctx)
    lesson = app.record_lesson(ctx, incident_id, text="Spike first.", audience=audience).lessons[0]
    assert (lesson.text, lesson.audience) == ("Spike first.", Audience(audience.upper()))


@pytest.mark.parametrize(
    ("text", "audience", "field"), [("t", "WORLD", "audience"), ("", "TEAM", "text")]
)
def test_an_invalid_lesson_is_refused(app, ctx, text, audience, field):
    incident_id = b.resolved(app, ctx)
    error = refused(
        app,
        incident_id,
        "INVALID_INPUT",
        lambda: app.record_lesson(ctx, incident_id, text=text, audience=audience),
    )
    assert error.field == field


def test_a_reviewed_post_mortem_with_an_actioned_root_cause_is_published(app, ctx):
    incident_id, _, _ = b.publishable(app, ctx)
    incident = app.publish_postmortem(ctx, incident_id)
    assert incident.status is Status.PUBLISHED
    assert incident.published_at.tzinfo is not None


def test_publishing_without_a_root_cause_is_blocked(app, ctx):
    incident_id = b.reviewed(app, ctx)
    refused(app, incident_id, "PUBLISH_BLOCKED", lambda: app.publish_postmortem(ctx, incident_id))


def test_publishing_with_an_unidentified_root_cause_is_blocked(app, ctx):
    incident_id, _, _ = b.publishable(app, ctx)
    b.with_whys(app, ctx, incident_id, levels=5)
    refused(app, incident_id, "PUBLISH_BLOCKED", lambda: app.publish_postmortem(ctx, incident_id))


def test_publishing_with_a_root_cause_without_action_is_blocked(app, ctx):
    incident_id, _, _ = b.publishable(app, ctx)
    b.with_full_chain(app, ctx, incident_id)
    refused(app, incident_id, "PUBLISH_BLOCKED", lambda: app.publish_postmortem(ctx, incident_id))


def test_cancelled_actions_do_not_count_towards_publication(app, ctx):
    incident_id, cause_id, action_id = b.publishable(app, ctx)
    app.cancel_action(ctx, action_id, reason="Superseded.")
    refused(app, incident_id, "PUBLISH_BLOCKED", lambda: app.publish_postmortem(ctx, incident_id))
    b.with_action(app, ctx, cause_id, commit=False)
    assert app.publish_postmortem(ctx, incident_id).status is Status.PUBLISHED


def test_publishing_with_a_naive_time_is_refused(app, ctx):
    incident_id, _, _ = b.publishable(app, ctx)
    refused(
        app,
        incident_id,
        "NAIVE_DATETIME",
        lambda: app.publish_postmortem(ctx, incident_id, at=NAIVE),
    )


AFTER_PUBLICATION = {
    "assess impact": lambda app, ctx, ids: app.assess_impact(
        ctx, ids[0], users_affected_pct=1, users_affected_count=1, duration_minutes=1
    ),
    "add responder": lambda app, ctx, ids: app.add_responder(ctx, ids[0], responder="nina"),
    "went well": lambda app, ctx, ids: app.record_went_well(ctx, ids[0], text="t"),
    "lesson": lambda app, ctx, ids: app.record_lesson(ctx, ids[0], text="t", audience="TEAM"),
    "facilitator": lambda app, ctx, ids: app.assign_facilitator(ctx, ids[0], facilitator="omar"),
    "schedule": lambda app, ctx, ids: app.schedule_review(
        ctx, ids[0], at=at(9 * DAY), duration_minutes=60
    ),
    "open cause": lambda app, ctx, ids: app.open_root_cause(ctx, ids[0], problem="p"),
    "answer why": lambda app, ctx, ids: app.answer_why(
        ctx, ids[1], level=6, question="q", answer="a"
    ),
    "revise why": lambda app, ctx, ids: app.revise_why(ctx, ids[1], level=1, answer="a"),
    "identify": lambda app, ctx, ids: app.identify_root_cause(
        ctx, ids[1], statement="s", category="TOOLING"
    ),
}


@pytest.mark.parametrize("change", AFTER_PUBLICATION)
def test_a_published_post_mortem_no_longer_changes(app, ctx, change):
    ids = b.published(app, ctx)
    cause_version = b.version(app, ids[1])
    refused(app, ids[0], "INVALID_TRANSITION", lambda: AFTER_PUBLICATION[change](app, ctx, ids))
    assert b.version(app, ids[1]) == cause_version


def test_the_timeline_of_a_published_post_mortem_no_longer_changes(app, ctx):
    incident_id = b.reviewed(app, ctx)
    _, entry_id = app.add_timeline_entry(ctx, incident_id, at=at(1), actor="ci", text="Deployed.")
    cause_id = b.with_full_chain(app, ctx, incident_id)
    b.with_action(app, ctx, cause_id)
    app.publish_postmortem(ctx, incident_id)
    tid = timeline_id(incident_id)

    def add():
        app.add_timeline_entry(ctx, incident_id, at=at(2), actor="ci", text="t")

    def fix():
        app.correct_timeline_entry(ctx, incident_id, entry_id=entry_id, reason="r", text="x")

    refused(app, tid, "INVALID_TRANSITION", add)
    refused(app, tid, "INVALID_TRANSITION", fix)


def test_actions_are_still_tracked_after_publication(app, ctx):
    _, _, action_id = b.published(app, ctx)
    app.start_action(ctx, action_id)
    app.complete_action(ctx, action_id)
    assert app.verify_action(ctx, action_id, evidence="e").status is ActionStatus.VERIFIED
