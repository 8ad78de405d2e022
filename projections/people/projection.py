"""Keeps who took which role: responders, detectors, facilitators, action owners."""

from __future__ import annotations

from functools import singledispatchmethod
from typing import Any

from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from projections import events as ev
from projections.people.view import PeopleView, PersonRole, Role

# Event classes are built at runtime (see projections.events): handlers take them as Any.


class PeopleProjection(Projection[PeopleView]):
    """Events naming people add roles; every other event only moves the position."""

    name = "people"

    @singledispatchmethod
    def process_event(self, domain_event: Any, tracking: Tracking) -> None:  # noqa: ARG002
        # Events this read model ignores still move its position.
        self.view.insert_tracking(tracking)

    @process_event.register(ev.ResponderAdded)
    def _responder_added(self, e: Any, tracking: Tracking) -> None:
        self._add(e.responder, e.originator_id, Role.RESPONDER, tracking)

    @process_event.register(ev.IncidentDetected)
    def _detected(self, e: Any, tracking: Tracking) -> None:
        self._add(e.by, e.originator_id, Role.DETECTOR, tracking)

    @process_event.register(ev.FacilitatorAssigned)
    def _facilitator_assigned(self, e: Any, tracking: Tracking) -> None:
        # A reassignment replaces the facilitator: the previous one no longer facilitates.
        self._add(e.facilitator, e.originator_id, Role.FACILITATOR, tracking, sole=True)

    @process_event.register(ev.ActionProposed)
    def _action_proposed(self, e: Any, tracking: Tracking) -> None:
        self.view.note_action(e.originator_id, e.incident_id, tracking)

    @process_event.register(ev.ActionCommitted)
    def _action_committed(self, e: Any, tracking: Tracking) -> None:
        incident_id = self.view.incident_of_action(e.originator_id)
        if incident_id is None:  # only if the log lost the proposal; keep the position moving
            self.view.insert_tracking(tracking)
            return
        self._add(e.owner, incident_id, Role.OWNER, tracking)

    def _add(
        self, handle: str, incident_id: Any, role: Role, tracking: Tracking, *, sole: bool = False
    ) -> None:
        self.view.add_role(PersonRole(handle, incident_id, role.value), tracking, sole=sole)
