"""Keeps one row per incident from the Incident events."""

from __future__ import annotations

from functools import singledispatchmethod
from typing import Any

from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.incidents.model import Incident, Status
from projections import events as ev
from projections.incidents.view import IncidentRow, IncidentsView

# Event classes are built at runtime (see projections.events): handlers take them as Any.
PostmortemFlaggedLate = ev.event_class(Incident, "PostmortemFlaggedLate")


class IncidentsProjection(Projection[IncidentsView]):
    """Incident events update the incident's row; every other event only moves the position."""

    name = "incidents"

    @singledispatchmethod
    def process_event(self, domain_event: Any, tracking: Tracking) -> None:  # noqa: ARG002
        # Events this read model ignores still move its position.
        self.view.insert_tracking(tracking)

    @process_event.register(ev.IncidentDeclared)
    def _declared(self, e: Any, tracking: Tracking) -> None:
        row = IncidentRow(
            id=e.originator_id,
            version=e.originator_version,
            title=e.title,
            status=Status.DECLARED.value,
            severity=e.severity,
            language=e.language,
            services=list(e.services),
            started_at=e.started_at,
            detected_at=None,
            resolved_at=None,
            published_at=None,
            detected_by=None,
            facilitator=None,
        )
        self.view.insert_incident(row, tracking)

    @process_event.register(ev.IncidentDetected)
    def _detected(self, e: Any, tracking: Tracking) -> None:
        changes = {"status": Status.DETECTED.value, "detected_at": e.at, "detected_by": e.by}
        self._update(e, tracking, changes)

    @process_event.register(ev.IncidentMitigated)
    def _mitigated(self, e: Any, tracking: Tracking) -> None:
        self._update(e, tracking, {"status": Status.MITIGATED.value})

    @process_event.register(ev.IncidentResolved)
    def _resolved(self, e: Any, tracking: Tracking) -> None:
        self._update(e, tracking, {"status": Status.RESOLVED.value, "resolved_at": e.at})

    @process_event.register(ev.FacilitatorAssigned)
    def _facilitator_assigned(self, e: Any, tracking: Tracking) -> None:
        self._update(e, tracking, {"facilitator": e.facilitator})

    @process_event.register(ev.ReviewScheduled)
    def _review_scheduled(self, e: Any, tracking: Tracking) -> None:
        changes = {
            "status": Status.REVIEW_SCHEDULED.value,
            "review_at": e.at,
            "review_minutes": e.duration_minutes,
        }
        self._update(e, tracking, changes)

    @process_event.register(ev.IncidentReviewed)
    def _reviewed(self, e: Any, tracking: Tracking) -> None:
        # review_at stays the scheduled time; the minutes are those the review really took.
        changes = {"status": Status.REVIEWED.value, "review_minutes": e.duration_minutes}
        self._update(e, tracking, changes)

    @process_event.register(PostmortemFlaggedLate)
    def _flagged_late(self, e: Any, tracking: Tracking) -> None:
        changes = {"flagged_late_at": e.at, "review_window_end": e.window_end}
        self._update(e, tracking, changes)

    @process_event.register(ev.PostmortemPublished)
    def _published(self, e: Any, tracking: Tracking) -> None:
        self._update(e, tracking, {"status": Status.PUBLISHED.value, "published_at": e.at})

    @process_event.register(ev.IncidentEvent)
    def _changed(self, e: Any, tracking: Tracking) -> None:
        # Impact, lessons, responders...: not on the row, but the row's version moves.
        self._update(e, tracking, {})

    def _update(self, e: Any, tracking: Tracking, changes: dict[str, object]) -> None:
        self.view.update_incident(e.originator_id, e.originator_version, changes, tracking)
