"""Every event records who acted and the correlation id of the command that caused it."""

from __future__ import annotations

from domain.base import CommandContext
from domain.timeline.model import timeline_id
from recul.demo import load_examples
from tests.unit import builders as b
from tests.unit.builders import at


def stored_events(app):
    return [
        app.mapper.to_domain_event(n)
        for n in app.recorder.select_notifications(start=1, limit=10_000)
    ]


def test_every_stored_event_records_an_actor_and_a_correlation_id(app, ctx):
    load_examples(app)
    b.published(app, ctx)
    events = stored_events(app)
    assert len(events) > 50
    for event in events:
        assert event.principal
        assert event.correlation_id


def test_each_event_records_the_actor_of_its_command(app):
    author, facilitator = CommandContext(actor="maya"), CommandContext(actor="claire")
    incident_id = b.declared(app, author)
    app.add_responder(facilitator, incident_id, responder="bob")
    events = list(app.events.get(incident_id))
    assert [(e.principal, e.correlation_id) for e in events] == [
        ("maya", author.correlation_id),
        ("claire", facilitator.correlation_id),
    ]


def test_a_timeline_entry_records_the_acting_principal_not_the_entry_s_actor(app):
    author = CommandContext(actor="maya")
    incident_id = b.declared(app, author)
    _, entry_id = app.add_timeline_entry(author, incident_id, at=at(5), actor="lisa", text="Alert.")
    app.correct_timeline_entry(author, incident_id, entry_id=entry_id, reason="r", actor="nina")
    events = list(app.events.get(timeline_id(incident_id)))
    assert [e.principal for e in events] == ["maya", "maya", "maya"]
    assert app.repository.get(timeline_id(incident_id)).entry(entry_id).actor == "nina"


def test_a_command_touching_two_aggregates_gives_their_events_one_correlation_id(app):
    opening, proposing = CommandContext(actor="maya"), CommandContext(actor="maya")
    incident_id = b.declared(app, CommandContext(actor="maya"))
    cause = app.open_root_cause(opening, incident_id, problem="p")
    action = app.propose_action(proposing, cause.id, text="t")
    incident_event = list(app.events.get(incident_id))[-1]
    cause_events = list(app.events.get(cause.id))
    action_event = next(iter(app.events.get(action.id)))
    assert {incident_event.correlation_id, cause_events[0].correlation_id} == {
        opening.correlation_id
    }
    assert {cause_events[-1].correlation_id, action_event.correlation_id} == {
        proposing.correlation_id
    }
    assert opening.correlation_id != proposing.correlation_id


def test_a_new_context_gets_a_new_correlation_id():
    assert CommandContext(actor="a").correlation_id != CommandContext(actor="a").correlation_id


def test_the_worked_example_s_events_share_the_demo_actor(app):
    load_examples(app)
    assert {e.principal for e in stored_events(app)} == {"recul-demo"}
