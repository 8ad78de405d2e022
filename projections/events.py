"""The domain's event classes, by name, for the projections' dispatch.

eventsourcing creates the nested event classes (``Incident.Detected``) at runtime from
``@event("Detected")``, so mypy cannot see them; they are looked up here once, checked.
"""

from __future__ import annotations

from typing import Any

from domain.actions.model import Action
from domain.base import RecordedAggregate
from domain.incidents.model import Incident
from domain.root_causes.model import RootCause
from domain.timeline.model import Timeline


def event_class(aggregate: type[RecordedAggregate], name: str) -> type[Any]:
    """The class of ``aggregate``'s event ``name``; fails at import if it was renamed."""
    found = getattr(aggregate, name, None)
    if not (isinstance(found, type) and issubclass(found, RecordedAggregate.Event)):
        raise LookupError(f"{aggregate.__name__} has no event named {name!r}.")
    return found


IncidentEvent = event_class(Incident, "Event")
IncidentDeclared = event_class(Incident, "Declared")
IncidentDetected = event_class(Incident, "Detected")
IncidentMitigated = event_class(Incident, "Mitigated")
IncidentResolved = event_class(Incident, "Resolved")
ResponderAdded = event_class(Incident, "ResponderAdded")
FacilitatorAssigned = event_class(Incident, "FacilitatorAssigned")
ReviewScheduled = event_class(Incident, "ReviewScheduled")
IncidentReviewed = event_class(Incident, "Reviewed")
PostmortemPublished = event_class(Incident, "PostmortemPublished")

TimelineEvent = event_class(Timeline, "Event")
TimelineStarted = event_class(Timeline, "Started")

RootCauseEvent = event_class(RootCause, "Event")
RootCauseOpened = event_class(RootCause, "Opened")

ActionEvent = event_class(Action, "Event")
ActionProposed = event_class(Action, "Proposed")
ActionCommitted = event_class(Action, "Committed")
ActionStarted = event_class(Action, "Started")
ActionCompleted = event_class(Action, "Completed")
ActionVerified = event_class(Action, "Verified")
ActionCancelled = event_class(Action, "Cancelled")
ActionRescheduled = event_class(Action, "Rescheduled")
TrackerLinked = event_class(Action, "TrackerLinked")
