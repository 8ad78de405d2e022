"""Keeps, per incident and action, the facts that decide which notifications fall due."""

from __future__ import annotations

from functools import singledispatchmethod
from typing import Any

from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.actions.model import ActionStatus
from domain.incidents.model import Incident, Status
from projections import events as ev
from projections.events import event_class
from workers.outbox.view import ACTION, INCIDENT, OutboxView, Subject

PostmortemFlaggedLate = event_class(Incident, "PostmortemFlaggedLate")
CLOSED_INCIDENT = frozenset({Status.REVIEWED.value, Status.PUBLISHED.value})
CLOSED_ACTION = frozenset({ActionStatus.VERIFIED.value, ActionStatus.CANCELLED.value})

# Event classes are built at runtime (see projections.events): handlers take them as Any.
# Actions carry no time of their own: when they were committed, completed... is the
# time the event was recorded.


class OutboxProjection(Projection[OutboxView]):
    """Incident and action events update their subject's row; others only move the position."""

    name = "outbox"

    @singledispatchmethod
    def process_event(self, domain_event: Any, tracking: Tracking) -> None:  # noqa: ARG002
        self.view.insert_tracking(tracking)

    # Incidents.

    @process_event.register(ev.IncidentDeclared)
    def _declared(self, e: Any, tracking: Tracking) -> None:
        state = {
            "title": e.title,
            "language": e.language,
            "status": Status.DECLARED.value,
            "resolved_at": None,
            "review_at": None,
            "review_minutes": None,
            "facilitator": None,
            "responders": [],
            "detected_by": None,
            "flagged_late_at": None,
        }
        self._save(Subject(e.originator_id, INCIDENT, e.originator_id, state, 1), tracking)

    @process_event.register(ev.IncidentDetected)
    def _detected(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, status=Status.DETECTED.value, detected_by=e.by)

    @process_event.register(ev.IncidentMitigated)
    def _mitigated(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, status=Status.MITIGATED.value)

    @process_event.register(ev.IncidentResolved)
    def _resolved(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, status=Status.RESOLVED.value, resolved_at=e.at)

    @process_event.register(ev.ResponderAdded)
    def _responder_added(self, e: Any, tracking: Tracking) -> None:
        current = self._current(e)
        responders = [*current.state["responders"], e.responder]
        self._change(e, tracking, responders=responders)

    @process_event.register(ev.FacilitatorAssigned)
    def _facilitator_assigned(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, facilitator=e.facilitator)

    @process_event.register(ev.ReviewScheduled)
    def _review_scheduled(self, e: Any, tracking: Tracking) -> None:
        self._change(
            e,
            tracking,
            status=Status.REVIEW_SCHEDULED.value,
            review_at=e.at,
            review_minutes=e.duration_minutes,
        )

    @process_event.register(ev.IncidentReviewed)
    def _reviewed(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, status=Status.REVIEWED.value)

    @process_event.register(ev.PostmortemPublished)
    def _published(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, status=Status.PUBLISHED.value)

    @process_event.register(PostmortemFlaggedLate)
    def _flagged_late(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, flagged_late_at=e.at)

    @process_event.register(ev.IncidentEvent)
    def _incident_changed(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking)

    # Actions.

    @process_event.register(ev.ActionProposed)
    def _proposed(self, e: Any, tracking: Tracking) -> None:
        state = {
            "text": e.text,
            "status": ActionStatus.PROPOSED.value,
            "owner": None,
            "due_date": None,
            "proposed_at": e.timestamp,
            "committed_at": None,
            "since": None,
            "completed_at": None,
            "verified_at": None,
            "cancelled_at": None,
        }
        self._save(Subject(e.originator_id, ACTION, e.incident_id, state, 1), tracking)

    @process_event.register(ev.ActionCommitted)
    def _committed(self, e: Any, tracking: Tracking) -> None:
        self._change(
            e,
            tracking,
            status=ActionStatus.COMMITTED.value,
            owner=e.owner,
            due_date=e.due_date,
            committed_at=e.timestamp,
            since=e.timestamp,
        )

    @process_event.register(ev.ActionStarted)
    def _started(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, status=ActionStatus.STARTED.value)

    @process_event.register(ev.ActionCompleted)
    def _completed(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, status=ActionStatus.COMPLETED.value, completed_at=e.timestamp)

    @process_event.register(ev.ActionVerified)
    def _verified(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, status=ActionStatus.VERIFIED.value, verified_at=e.timestamp)

    @process_event.register(ev.ActionCancelled)
    def _cancelled(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking, status=ActionStatus.CANCELLED.value, cancelled_at=e.timestamp)

    @process_event.register(ev.ActionRescheduled)
    def _rescheduled(self, e: Any, tracking: Tracking) -> None:
        # A new due date starts a new schedule: reminders already past it are not owed.
        self._change(e, tracking, due_date=e.due_date, since=e.timestamp)

    @process_event.register(ev.ActionEvent)
    def _action_changed(self, e: Any, tracking: Tracking) -> None:
        self._change(e, tracking)

    def _current(self, e: Any) -> Subject:
        found = self.view.subject(e.originator_id)
        if found is None:  # the log starts with each aggregate's creation: never missing
            raise LookupError(f"The outbox has no row for {e.originator_id}.")
        return found

    def _change(self, e: Any, tracking: Tracking, **changes: Any) -> None:
        current = self._current(e)
        state = {**current.state, **changes}
        subject = Subject(
            current.aggregate_id, current.kind, current.incident_id, state, e.originator_version
        )
        self._save(subject, tracking)

    def _save(self, subject: Subject, tracking: Tracking) -> None:
        self.view.save_subject(subject, is_open(subject), tracking)


def is_open(subject: Subject) -> bool:
    """Incidents until reviewed, actions until verified or cancelled, may still owe work."""
    closed = CLOSED_INCIDENT if subject.kind == INCIDENT else CLOSED_ACTION
    return subject.state["status"] not in closed
