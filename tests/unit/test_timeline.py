"""The factual timeline: entries in time order; corrections keep the original in the history."""

from __future__ import annotations

from uuid import uuid4

import pytest

from domain.audit import history
from domain.base import acting
from domain.errors import InvalidInputError, NaiveDatetimeError, NotFoundError
from domain.timeline.model import MAX_ENTRIES, Timeline, timeline_id
from domain.values import TimelineSource
from tests.unit import builders as b
from tests.unit.builders import NAIVE, at, refused


def test_entries_are_listed_in_time_order(app, ctx):
    incident_id = b.declared(app, ctx)
    app.add_timeline_entry(ctx, incident_id, at=at(15), actor="ci", text="Rollback done.")
    app.add_timeline_entry(ctx, incident_id, at=at(0), actor="ci", text="Deployed.")
    timeline, _ = app.add_timeline_entry(
        ctx, incident_id, at=at(5), actor="lisa", text="Alert escalated.", source="monitoring"
    )
    assert [e.text for e in timeline.entries] == ["Deployed.", "Alert escalated.", "Rollback done."]
    assert timeline.entries[1].source is TimelineSource.MONITORING
    assert timeline.id == timeline_id(incident_id)


def test_entries_at_the_same_time_keep_the_order_they_were_added(app, ctx):
    incident_id = b.declared(app, ctx)
    for text in ("first", "second", "third"):
        timeline, _ = app.add_timeline_entry(ctx, incident_id, at=at(1), actor="ci", text=text)
    assert [e.text for e in timeline.entries] == ["first", "second", "third"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "x" * 5001}, "text"),
        ({"actor": ""}, "actor"),
        ({"actor": "a\nb"}, "actor"),
        ({"source": "EMAIL"}, "source"),
    ],
)
def test_an_invalid_entry_is_refused(app, ctx, changes, field):
    incident_id = b.declared(app, ctx)
    app.add_timeline_entry(ctx, incident_id, at=at(0), actor="ci", text="Deployed.")
    args = {"at": at(1), "actor": "ci", "text": "t", "source": "MANUAL", **changes}
    error = refused(
        app,
        timeline_id(incident_id),
        "INVALID_INPUT",
        lambda: app.add_timeline_entry(ctx, incident_id, **args),
    )
    assert error.field == field


def test_a_naive_entry_time_is_refused_and_no_timeline_is_created(app, ctx):
    incident_id = b.declared(app, ctx)
    with pytest.raises(NaiveDatetimeError) as info:
        app.add_timeline_entry(
            ctx,
            incident_id,
            at=NAIVE,
            actor="ci",
            text="t",
        )
    assert info.value.code == "NAIVE_DATETIME"
    assert not app.exists(timeline_id(incident_id))


def test_an_entry_for_an_unknown_incident_is_not_found(app, ctx):
    with pytest.raises(NotFoundError):
        app.add_timeline_entry(ctx, uuid4(), at=at(0), actor="ci", text="t")


def test_a_timeline_holds_a_bounded_number_of_entries(ctx):
    with acting(ctx):
        timeline = Timeline(incident_id=uuid4())
        for n in range(MAX_ENTRIES):
            timeline.add_entry(at=at(n), actor="ci", text="tick")
        with pytest.raises(InvalidInputError):
            timeline.add_entry(at=at(0), actor="ci", text="one too many")


def test_a_correction_changes_the_entry_and_counts_it(app, ctx):
    incident_id = b.declared(app, ctx)
    _, entry_id = app.add_timeline_entry(ctx, incident_id, at=at(5), actor="lisa", text="Alert.")
    timeline = app.correct_timeline_entry(
        ctx, incident_id, entry_id=entry_id, reason="Clock skew", at=at(4), text="Alert fired."
    )
    entry = timeline.entry(entry_id)
    assert (entry.at, entry.actor, entry.text, entry.corrections) == (
        at(4),
        "lisa",
        "Alert fired.",
        1,
    )


def test_a_correction_keeps_the_original_visible_in_the_history(app, ctx):
    incident_id = b.declared(app, ctx)
    _, entry_id = app.add_timeline_entry(ctx, incident_id, at=at(5), actor="lisa", text="Alert.")
    app.correct_timeline_entry(ctx, incident_id, entry_id=entry_id, reason="typo", text="Alarm.")
    events = history(app, timeline_id(incident_id))
    assert [e.type for e in events] == [
        "Timeline.Started",
        "Timeline.EntryAdded",
        "Timeline.EntryCorrected",
    ]
    assert (events[1].changes["text"], events[1].changes["at"]) == ("Alert.", at(5))
    assert events[2].changes["text"] == "Alarm."
    assert events[2].changes["reason"] == "typo"
    assert app.repository.get(timeline_id(incident_id)).entry(entry_id).text == "Alarm."


@pytest.mark.parametrize(
    "changes",
    [{}, {"text": "Alert."}, {"text": "  Alert.  "}, {"at": at(5), "actor": "lisa"}],
    ids=["nothing", "same text", "same text padded", "same time and actor"],
)
def test_a_correction_must_change_something(app, ctx, changes):
    incident_id = b.declared(app, ctx)
    _, entry_id = app.add_timeline_entry(ctx, incident_id, at=at(5), actor="lisa", text="Alert.")
    refused(
        app,
        timeline_id(incident_id),
        "INVALID_INPUT",
        lambda: app.correct_timeline_entry(
            ctx, incident_id, entry_id=entry_id, reason="r", **changes
        ),
    )


def test_a_correction_needs_a_reason(app, ctx):
    incident_id = b.declared(app, ctx)
    _, entry_id = app.add_timeline_entry(ctx, incident_id, at=at(5), actor="lisa", text="Alert.")
    error = refused(
        app,
        timeline_id(incident_id),
        "INVALID_INPUT",
        lambda: app.correct_timeline_entry(
            ctx, incident_id, entry_id=entry_id, reason=" ", text="x"
        ),
    )
    assert error.field == "reason"


def test_correcting_an_unknown_entry_is_not_found(app, ctx):
    incident_id = b.declared(app, ctx)
    app.add_timeline_entry(ctx, incident_id, at=at(5), actor="lisa", text="Alert.")
    error = refused(
        app,
        timeline_id(incident_id),
        "NOT_FOUND",
        lambda: app.correct_timeline_entry(
            ctx, incident_id, entry_id=uuid4(), reason="r", text="x"
        ),
    )
    assert error.field == "entryId"


def test_a_correction_with_a_naive_time_is_refused(app, ctx):
    incident_id = b.declared(app, ctx)
    _, entry_id = app.add_timeline_entry(ctx, incident_id, at=at(5), actor="lisa", text="Alert.")
    refused(
        app,
        timeline_id(incident_id),
        "NAIVE_DATETIME",
        lambda: app.correct_timeline_entry(
            ctx, incident_id, entry_id=entry_id, reason="r", at=NAIVE
        ),
    )
