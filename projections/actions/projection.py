"""Keeps one row per action from the Action events."""

from __future__ import annotations

from functools import singledispatchmethod
from typing import Any

from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.actions.model import ActionStatus
from projections import events as ev
from projections.actions.view import ActionRow, ActionsView

# Event classes are built at runtime (see projections.events): handlers take them as Any.


class ActionsProjection(Projection[ActionsView]):
    """Action events update the action's row; every other event only moves the position."""

    name = "actions"

    @singledispatchmethod
    def process_event(self, domain_event: Any, tracking: Tracking) -> None:  # noqa: ARG002
        # Events this read model ignores still move its position.
        self.view.insert_tracking(tracking)

    @process_event.register(ev.ActionProposed)
    def _proposed(self, e: Any, tracking: Tracking) -> None:
        row = ActionRow(
            id=e.originator_id,
            version=e.originator_version,
            incident_id=e.incident_id,
            root_cause_id=e.root_cause_id,
            text=e.text,
            status=ActionStatus.PROPOSED.value,
            owner=None,
            due_date=None,
            success_criterion=None,
            tracker_system=None,
            tracker_key=None,
            tracker_url=None,
        )
        self.view.insert_action(row, tracking)

    @process_event.register(ev.ActionCommitted)
    def _committed(self, e: Any, tracking: Tracking) -> None:
        changes = {
            "status": ActionStatus.COMMITTED.value,
            "owner": e.owner,
            "due_date": e.due_date,
            "success_criterion": e.success_criterion,
        }
        self._update(e, tracking, changes)

    @process_event.register(ev.ActionStarted)
    def _started(self, e: Any, tracking: Tracking) -> None:
        self._update(e, tracking, {"status": ActionStatus.STARTED.value})

    @process_event.register(ev.ActionCompleted)
    def _completed(self, e: Any, tracking: Tracking) -> None:
        self._update(e, tracking, {"status": ActionStatus.COMPLETED.value})

    @process_event.register(ev.ActionVerified)
    def _verified(self, e: Any, tracking: Tracking) -> None:
        self._update(e, tracking, {"status": ActionStatus.VERIFIED.value})

    @process_event.register(ev.ActionCancelled)
    def _cancelled(self, e: Any, tracking: Tracking) -> None:
        self._update(e, tracking, {"status": ActionStatus.CANCELLED.value})

    @process_event.register(ev.ActionRescheduled)
    def _rescheduled(self, e: Any, tracking: Tracking) -> None:
        self._update(e, tracking, {"due_date": e.due_date})

    @process_event.register(ev.TrackerLinked)
    def _tracker_linked(self, e: Any, tracking: Tracking) -> None:
        changes = {"tracker_system": e.system, "tracker_key": e.key, "tracker_url": e.url}
        self._update(e, tracking, changes)

    @process_event.register(ev.ActionEvent)
    def _changed(self, e: Any, tracking: Tracking) -> None:
        # Events not shown on the row still move its version.
        self._update(e, tracking, {})

    def _update(self, e: Any, tracking: Tracking, changes: dict[str, object]) -> None:
        self.view.update_action(e.originator_id, e.originator_version, changes, tracking)
