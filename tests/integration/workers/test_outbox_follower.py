"""The outbox follows the log like a read model: exactly once, resumable, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.application import Recul
from recul.settings import Settings
from tests.integration.projections.builders import CTX, Planned, actions, declare, resolve
from tests.integration.workers.conftest import Clock
from workers.outbox import ACTION, INCIDENT, Outbox, open_outbox
from workers.outbox.view import OutboxView

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)  # a Monday


def test_an_incident_row_holds_what_deciding_its_notifications_needs(
    app: Recul, outbox: Outbox
) -> None:
    incident_id = declare(app, "Checkout is down", started_at=T0)
    app.add_responder(CTX, incident_id, responder="bob")
    resolve(app, incident_id, started_at=T0)
    app.assign_facilitator(CTX, incident_id, facilitator="maya")
    review_at = T0 + timedelta(days=3, hours=1)
    app.schedule_review(CTX, incident_id, at=review_at, duration_minutes=90)

    outbox.catch_up(app)

    subject = outbox.subject(incident_id)
    assert subject is not None
    assert (subject.kind, subject.incident_id, subject.version) == (INCIDENT, incident_id, 7)
    assert subject.state == {
        "title": "Checkout is down",
        "language": "en",
        "status": "REVIEW_SCHEDULED",
        "resolved_at": T0 + timedelta(minutes=15),
        "review_at": review_at,
        "review_minutes": 90,
        "facilitator": "maya",
        "responders": ["bob"],
        "detected_by": "lisa",
        "flagged_late_at": None,
    }


def test_an_action_row_takes_its_times_from_when_its_events_were_recorded(
    app: Recul, outbox: Outbox, clock: Clock
) -> None:
    clock.now = T0
    incident_id = declare(app, started_at=T0)
    [action_id] = actions(app, incident_id, Planned(owner="bob", due=date(2026, 3, 20)))
    clock.now = T0 + timedelta(days=1)
    app.reschedule_action(CTX, action_id, due_date=date(2026, 3, 27), reason="Waiting on infra.")
    app.start_action(CTX, action_id)
    clock.now = T0 + timedelta(days=2)
    app.complete_action(CTX, action_id)

    outbox.catch_up(app)

    subject = outbox.subject(action_id)
    assert subject is not None
    assert (subject.kind, subject.incident_id) == (ACTION, incident_id)
    assert subject.state == {
        "text": f"Action 0 of {incident_id}",
        "status": "COMPLETED",
        "owner": "bob",
        "due_date": date(2026, 3, 27),
        "proposed_at": T0,
        "committed_at": T0,
        "since": T0 + timedelta(days=1),
        "completed_at": T0 + timedelta(days=2),
        "verified_at": None,
        "cancelled_at": None,
    }


def test_each_event_is_applied_once_and_a_second_catch_up_applies_nothing(
    app: Recul, outbox: Outbox
) -> None:
    incident_id = declare(app)
    first = outbox.catch_up(app)
    resolve(app, incident_id)

    assert first == 1
    assert outbox.catch_up(app) == 3
    assert outbox.catch_up(app) == 0
    assert outbox.position(app.name) == app.recorder.max_notification_id()


def test_another_process_resumes_from_the_committed_position(
    app: Recul, outbox: Outbox, database_url: str
) -> None:
    incident_id = declare(app)
    outbox.catch_up(app)
    resolve(app, incident_id)
    again = open_outbox(Settings(database_url=database_url).persistence_env())
    try:
        assert again.catch_up(app) == 3
        subject = again.subject(incident_id)
        assert subject is not None
        assert subject.state["status"] == "RESOLVED"
    finally:
        again.close()


def test_a_failed_write_leaves_neither_the_row_nor_the_position(
    app: Recul, outbox: Outbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident_id = declare(app)
    outbox.catch_up(app)
    resolve(app, incident_id)  # three events: detected, mitigated, resolved
    real = type(outbox.view).save_subject
    calls = {"n": 0}

    def fail_on_the_third(self: OutboxView, *args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("the database went away")
        real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(type(outbox.view), "save_subject", fail_on_the_third)
    with pytest.raises(RuntimeError, match="went away"):
        outbox.catch_up(app)
    stopped = outbox.subject(incident_id)
    monkeypatch.undo()

    assert stopped is not None
    assert (stopped.version, stopped.state["status"]) == (3, "MITIGATED")
    assert outbox.position(app.name) == (app.recorder.max_notification_id() or 0) - 1
    assert outbox.catch_up(app) == 1
    resumed = outbox.subject(incident_id)
    assert resumed is not None
    assert (resumed.version, resumed.state["status"]) == (4, "RESOLVED")


def test_open_subjects_leave_out_closed_actions_and_reviewed_incidents(
    app: Recul, outbox: Outbox
) -> None:
    incident_id = declare(app, started_at=T0)
    resolve(app, incident_id, started_at=T0)
    app.assign_facilitator(CTX, incident_id, facilitator="maya")
    app.schedule_review(CTX, incident_id, at=T0 + timedelta(days=3), duration_minutes=90)
    open_action, done, dropped = actions(app, incident_id, Planned(), Planned(), Planned())
    app.start_action(CTX, done)
    app.complete_action(CTX, done)
    app.verify_action(CTX, done, evidence="The canary caught one.")
    app.cancel_action(CTX, dropped, reason="Superseded.")
    other = declare(app, "Search is slow")

    outbox.catch_up(app)
    app.record_review(
        CTX, incident_id, held_at=T0 + timedelta(days=3), duration_minutes=90, attendees=["bob"]
    )
    outbox.catch_up(app)

    assert {s.aggregate_id for s in outbox.open_subjects()} == {open_action, other}
    assert len(outbox.subjects(ACTION)) == 3
    assert {s.aggregate_id for s in outbox.subjects(INCIDENT)} == {incident_id, other}
    assert len(outbox.subjects()) == 5


def test_flagging_a_post_mortem_late_is_recorded(app: Recul, outbox: Outbox) -> None:
    incident_id = declare(app, started_at=T0)
    resolve(app, incident_id, started_at=T0)
    late = T0 + timedelta(days=30)
    app.flag_postmortem_late(CTX, incident_id, late)

    outbox.catch_up(app)

    subject = outbox.subject(incident_id)
    assert subject is not None
    assert subject.state["flagged_late_at"] == late


def test_a_rebuild_replays_the_log_into_the_same_rows(app: Recul, outbox: Outbox) -> None:
    incident_id = declare(app, started_at=T0)
    resolve(app, incident_id, started_at=T0)
    actions(app, incident_id, Planned(), Planned(due=None))
    outbox.catch_up(app)
    before = outbox.subjects()

    outbox.clear(app.name)
    assert outbox.subjects() == []
    assert outbox.catch_up(app) == app.recorder.max_notification_id()
    assert outbox.subjects() == before


def test_enqueued_keys_are_remembered_until_forgotten(outbox: Outbox) -> None:
    outbox.record_enqueued("a", T0)
    outbox.record_enqueued("b", T0 + timedelta(minutes=30))
    outbox.record_enqueued("a", T0 + timedelta(minutes=40))  # enqueued again: the time moves

    assert outbox.enqueued_since(["a", "b", "c"], T0 + timedelta(minutes=35)) == {"a"}
    assert outbox.enqueued_since([], T0) == set()
    assert outbox.forget_enqueued(T0 + timedelta(minutes=35)) == 1
    assert outbox.enqueued_since(["a", "b"], T0) == {"a"}


def test_an_unknown_kind_is_refused(outbox: Outbox) -> None:
    with pytest.raises(ValueError, match="No work subject kind"):
        outbox.subjects("workshop")
