"""The Action aggregate: a concrete change, owned, dated, and verified against its criterion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from uuid import UUID

from eventsourcing.domain import event

from domain import values as v
from domain.base import RecordedAggregate
from domain.errors import ActionIncompleteError, InvalidInputError, InvalidTransitionError


class ActionStatus(StrEnum):
    PROPOSED = "PROPOSED"
    COMMITTED = "COMMITTED"
    STARTED = "STARTED"
    COMPLETED = "COMPLETED"
    VERIFIED = "VERIFIED"
    CANCELLED = "CANCELLED"


OPEN = {ActionStatus.PROPOSED, ActionStatus.COMMITTED, ActionStatus.STARTED, ActionStatus.COMPLETED}


@dataclass(frozen=True)
class TrackerLink(v.Immutable):
    system: v.TrackerSystem
    key: str
    url: str


class Action(RecordedAggregate):
    """One action of one root cause, tracked until its success criterion is verified."""

    @event("Proposed")
    def __init__(self, incident_id: UUID, root_cause_id: UUID, text: str) -> None:
        self.incident_id = incident_id
        self.root_cause_id = root_cause_id
        self.text = text
        self.status = ActionStatus.PROPOSED
        self.owner: str | None = None
        self.due_date: date | None = None
        self.previous_due_dates: list[date] = []
        self.success_criterion: str | None = None
        self.completion_note = ""
        self.verified_by: str | None = None
        self.verification_evidence: str | None = None
        self.cancellation_reason: str | None = None
        self.tracker: TrackerLink | None = None

    @classmethod
    def propose(cls, *, incident_id: UUID, root_cause_id: UUID, text: str) -> Action:
        return cls(incident_id=incident_id, root_cause_id=root_cause_id, text=v.text(text, "text"))

    def commit(
        self, *, owner: str | None, due_date: date | None, success_criterion: str | None
    ) -> None:
        self.check_status({ActionStatus.PROPOSED}, "commit")
        owner, criterion = (owner or "").strip(), (success_criterion or "").strip()
        given = {"owner": owner, "dueDate": due_date, "successCriterion": criterion}
        missing = [name for name, value in given.items() if not value]
        if missing or due_date is None:
            raise ActionIncompleteError(
                "An action needs an owner, a due date and a success criterion; missing: "
                f"{', '.join(missing)}.",
                field=missing[0],
            )
        self._committed(
            owner=v.handle(owner, "owner"),
            due_date=due_date,
            success_criterion=v.text(criterion, "successCriterion"),
        )

    @event("Committed")
    def _committed(self, owner: str, due_date: date, success_criterion: str) -> None:
        self.owner, self.due_date, self.success_criterion = owner, due_date, success_criterion
        self.status = ActionStatus.COMMITTED

    def start(self) -> None:
        self.check_status({ActionStatus.COMMITTED}, "start")
        self._started()

    @event("Started")
    def _started(self) -> None:
        self.status = ActionStatus.STARTED

    def complete(self, *, note: str = "") -> None:
        self.check_status({ActionStatus.STARTED}, "complete")
        self._completed(note=v.text(note, "note", required=False))

    @event("Completed")
    def _completed(self, note: str) -> None:
        self.completion_note, self.status = note, ActionStatus.COMPLETED

    def verify(self, *, verified_by: str, evidence: str) -> None:
        self.check_status({ActionStatus.COMPLETED}, "verify")
        self._verified(
            verified_by=v.handle(verified_by, "verifiedBy"), evidence=v.text(evidence, "evidence")
        )

    @event("Verified")
    def _verified(self, verified_by: str, evidence: str) -> None:
        self.verified_by, self.verification_evidence = verified_by, evidence
        self.status = ActionStatus.VERIFIED

    def cancel(self, *, reason: str) -> None:
        self.check_status(OPEN, "cancel")
        self._cancelled(reason=v.text(reason, "reason"))

    @event("Cancelled")
    def _cancelled(self, reason: str) -> None:
        self.cancellation_reason, self.status = reason, ActionStatus.CANCELLED

    def reschedule(self, *, due_date: date, reason: str) -> None:
        self.check_status({ActionStatus.COMMITTED, ActionStatus.STARTED}, "reschedule")
        if due_date == self.due_date:
            raise InvalidInputError(f"The action is already due on {due_date}.", field="dueDate")
        self._rescheduled(due_date=due_date, reason=v.text(reason, "reason"))

    @event("Rescheduled")
    def _rescheduled(self, due_date: date, reason: str) -> None:
        if self.due_date is not None:
            self.previous_due_dates.append(self.due_date)
        self.due_date = due_date

    def link_tracker(self, *, system: str, key: str, url: str) -> None:
        if self.status is ActionStatus.CANCELLED:
            raise InvalidTransitionError("A cancelled action cannot be linked to a tracker.")
        self._tracker_linked(
            system=v.choice(v.TrackerSystem, system, "system").value,
            key=v.text(key, "key", limit=v.MAX_HANDLE),
            url=v.web_url(url, "url"),
        )

    @event("TrackerLinked")
    def _tracker_linked(self, system: str, key: str, url: str) -> None:
        self.tracker = TrackerLink(v.TrackerSystem(system), key, url)

    def check_status(self, allowed: set[ActionStatus], doing: str) -> None:
        if self.status not in allowed:
            wanted = " or ".join(sorted(s.value for s in allowed))
            raise InvalidTransitionError(
                f"Cannot {doing} the action: it is {self.status.value}, it must be {wanted}."
            )
