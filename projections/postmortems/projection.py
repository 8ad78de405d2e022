"""Keeps each incident's post-mortem document, as it stands at each position of the log."""

from __future__ import annotations

from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.actions.model import Action
from domain.base import RecordedAggregate
from domain.incidents.model import Incident
from domain.postmortem.document import CauseSection, PostmortemDocument, to_data
from domain.root_causes.model import RootCause
from domain.store import Store
from domain.timeline.model import Timeline, timeline_id
from projections import events as ev
from projections.postmortems.aggregates import Aggregates, shared_aggregates
from projections.postmortems.view import PostmortemsView, StoredDocument, Version

A = TypeVar("A", bound=RecordedAggregate)

# Event classes are built at runtime (see projections.events): handlers take them as Any.
INCIDENT_EVENTS = (ev.IncidentEvent, ev.TimelineEvent, ev.RootCauseEvent, ev.ActionEvent)


class PostmortemsProjection(Projection[PostmortemsView]):
    """Any change to an incident or its parts writes the incident's document anew.

    The document after an event shows the incident and each of its parts at the version
    applied so far (kept in the view, with the document and the tracking): it depends on
    the log position only, so a rebuild writes, at each position, the rows the live run
    wrote. Aggregates are advanced in memory; the store is only read on a cache miss.
    """

    name = "postmortems"

    def __init__(
        self, view: PostmortemsView, app: Store, aggregates: Aggregates | None = None
    ) -> None:
        super().__init__(view)
        self.app = app
        # By default shared by the app's projections: the runner makes one for each poll.
        self.aggregates = shared_aggregates(app) if aggregates is None else aggregates

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        if not isinstance(domain_event, INCIDENT_EVENTS):
            # Events this read model ignores still move its position.
            self.view.insert_tracking(tracking)
            return
        with self.aggregates.lock:
            self._apply(domain_event, tracking)

    def _apply(self, event: Any, tracking: Tracking) -> None:
        changed = self.aggregates.advance(event)
        incident_id = incident_of(changed)
        applied = self.view.applied(incident_id)
        version = Version(changed.id, incident_id, changed.version)
        versions = {**applied.versions, changed.id: changed.version}
        if incident_id not in versions:  # only if the log lost the incident's creation
            self.view.note_version(version, tracking)
            return
        document = self._document(incident_id, versions)
        as_of = max(event.timestamp, applied.as_of) if applied.as_of else event.timestamp
        # Stored as the current document reads (asOf null), which it is at this position.
        stored = StoredDocument(incident_id, document.incident.version, as_of, to_data(document))
        self.view.save_document(stored, version, tracking)

    def _document(self, incident_id: UUID, versions: dict[UUID, int]) -> PostmortemDocument:
        """As ``assemble`` puts it together, from the aggregates at ``versions``."""
        incident = self._at(Incident, incident_id, versions)
        timeline = timeline_id(incident_id)
        entries = self._at(Timeline, timeline, versions).entries if timeline in versions else []
        causes = []
        for cause_id in incident.root_cause_ids:
            if cause_id not in versions:  # linked in the same transaction, not applied yet
                continue
            cause = self._at(RootCause, cause_id, versions)
            actions = [self._at(Action, a, versions) for a in cause.action_ids if a in versions]
            causes.append(CauseSection(cause, actions))
        return PostmortemDocument(incident, entries, causes, None)

    def _at(self, kind: type[A], aggregate_id: UUID, versions: dict[UUID, int]) -> A:
        found = self.aggregates.at(aggregate_id, versions[aggregate_id])
        if not isinstance(found, kind):
            raise TypeError(f"{aggregate_id} is a {type(found).__name__}, not a {kind.__name__}.")
        return found


def incident_of(aggregate: RecordedAggregate) -> UUID:
    """The incident an incident, a timeline, a root cause or an action belongs to."""
    if isinstance(aggregate, Incident):
        return aggregate.id
    if isinstance(aggregate, Timeline | RootCause | Action):
        return aggregate.incident_id
    raise TypeError(f"A {type(aggregate).__name__} belongs to no incident.")
