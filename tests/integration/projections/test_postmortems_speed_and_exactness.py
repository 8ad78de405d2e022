"""Post-mortem documents depend on the log position only, whatever the in-memory cache held."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking

from domain.application import Recul
from domain.postmortem.document import assemble, to_data
from projections.factory import ReadModels
from projections.postmortems.aggregates import Aggregates
from projections.postmortems.projection import PostmortemsProjection
from projections.runner import catch_up, rebuild
from recul.demo import load_examples
from tests.integration.projections.builders import CTX, T0, Planned, actions, declare, resolve

Snapshot = dict[str, Any]


def record_history(app: Recul) -> list[UUID]:
    """The worked example and more incidents, their parts changed in every way, interleaved."""
    ids = [incident_id for incident_id, _ in load_examples(app)]
    for n in range(3):
        incident_id = declare(app, f"Incident {n}")
        ids.append(incident_id)
        _, entry = app.add_timeline_entry(CTX, incident_id, at=T0, actor="bob", text="Paged.")
        resolve(app, incident_id)
        [action_id, _] = actions(app, incident_id, Planned(), Planned(due=None))
        earlier = T0 - timedelta(minutes=n + 1)  # moves before the first entry: order changes
        app.add_timeline_entry(CTX, ids[0], at=T0 + timedelta(hours=n), actor="eve", text="Ok.")
        app.correct_timeline_entry(CTX, incident_id, entry_id=entry, reason="Clock.", at=earlier)
        app.start_action(CTX, action_id)
        app.reschedule_action(CTX, action_id, due_date=date(2026, 6, 1), reason="Later.")
        actions(app, incident_id, Planned(owner="karim"))  # a second root cause
    return ids


def snapshot(read_models: ReadModels, app: Recul, ids: list[UUID]) -> Snapshot:
    """Everything the read model holds: documents, versions applied, cut-offs, position."""
    view = read_models.postmortems
    return {
        "documents": view.get_many(ids),
        "applied": {i: view.applied(i) for i in ids},
        "position": view.max_tracking_id(app.name),
    }


def replay(
    app: Recul, read_models: ReadModels, ids: list[UUID], *, restart_every: int, runners: int = 1
) -> list[Snapshot]:
    """The read model after each event, from empty; each runner's cache emptied every so often.

    With several runners, they take turns: each finds aggregates it cached turns ago.
    """
    view = read_models.postmortems
    view.clear(app.name)
    projections: list[PostmortemsProjection] = []
    snapshots = []
    for n, notification in enumerate(app.recorder.select_notifications(1, limit=100_000)):
        if n % restart_every == 0:
            if len(projections) == runners:
                projections.pop(0)  # a runner stops; a new one starts with an empty cache
            projections.append(PostmortemsProjection(view, app, Aggregates(app)))
        target = projections[n % len(projections)]
        event = app.mapper.to_domain_event(notification)
        target.process_event(event, Tracking(app.name, notification.id))
        snapshots.append(snapshot(read_models, app, ids))
    return snapshots


def test_the_document_at_each_position_is_the_same_however_the_log_was_applied(
    app: Recul, read_models: ReadModels
) -> None:
    ids = record_history(app)
    uninterrupted: list[Snapshot] = []
    catch_up(
        app,
        read_models,
        ["postmortems"],
        batch=1,
        progress=lambda *_: uninterrupted.append(snapshot(read_models, app, ids)),
    )
    head = app.recorder.max_notification_id()
    assert len(uninterrupted) == head

    fresh_every_event = replay(app, read_models, ids, restart_every=1)
    restarted = replay(app, read_models, ids, restart_every=17)
    taking_turns = replay(app, read_models, ids, restart_every=5, runners=3)
    rebuild(app, read_models, "postmortems")  # with the cache the runs above left warm

    assert fresh_every_event == uninterrupted
    assert restarted == uninterrupted
    assert taking_turns == uninterrupted
    assert snapshot(read_models, app, ids) == uninterrupted[-1]
    assert uninterrupted[-1]["documents"] == {i: to_data(assemble(app, i)) for i in ids}


def test_a_document_follows_each_change_of_its_parts(app: Recul, read_models: ReadModels) -> None:
    ids = record_history(app)

    snapshots = replay(app, read_models, ids, restart_every=1_000)

    # Each position shows the change its event made, and nothing that came later.
    documents = [s["documents"] for s in snapshots]
    changed = sum(before != after for before, after in pairwise(documents))
    assert changed > len(documents) // 2
    assert documents[-1] == {i: to_data(assemble(app, i)) for i in ids}


def test_an_incident_with_a_long_timeline_ends_with_its_whole_document(
    app: Recul, read_models: ReadModels
) -> None:
    incident_id = declare(app)
    first = None
    for n in range(300):
        at = T0 + timedelta(minutes=(n * 37) % 300)  # out of time order, some times shared
        _, entry = app.add_timeline_entry(CTX, incident_id, at=at, actor="bob", text=f"Step {n}.")
        first = first or entry
    assert first is not None
    app.correct_timeline_entry(CTX, incident_id, entry_id=first, reason="Typo.", text="Step 0!")
    resolve(app, incident_id)
    catch_up(app, read_models)

    document = read_models.postmortems.get_many([incident_id])[incident_id]

    assert document == to_data(assemble(app, incident_id))
    assert len(document["timeline"]) == 300
    rebuild(app, read_models, "postmortems")
    assert read_models.postmortems.get_many([incident_id])[incident_id] == document
