"""The Incident aggregate: lifecycle from declaration to publication."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID, uuid4

from eventsourcing.domain import event

from domain import values as v
from domain.base import RecordedAggregate
from domain.errors import (
    FacilitatorNotNeutralError,
    InvalidInputError,
    InvalidTransitionError,
    PostmortemAlreadyLateError,
    PostmortemNotLateError,
    ReviewDurationError,
    TimeOrderError,
)

REVIEW_MINUTES = (60, 120)


class Status(StrEnum):
    DECLARED = "DECLARED"
    DETECTED = "DETECTED"
    MITIGATED = "MITIGATED"
    RESOLVED = "RESOLVED"
    REVIEW_SCHEDULED = "REVIEW_SCHEDULED"
    REVIEWED = "REVIEWED"
    PUBLISHED = "PUBLISHED"


@dataclass(frozen=True)
class Impact(v.Immutable):
    users_affected_pct: float
    users_affected_count: int
    duration_minutes: int
    revenue_amount: Decimal | None
    revenue_currency: str | None
    reputation: str
    sla_breached: bool
    sla_note: str


@dataclass(frozen=True)
class Lesson(v.Immutable):
    text: str
    audience: v.Audience


class Incident(RecordedAggregate):
    """An incident and the facts of its post-mortem that belong to no other aggregate."""

    @event("Declared")
    def __init__(
        self,
        *,
        id: UUID,  # eventsourcing takes the aggregate id under this name
        title: str,
        severity: str,
        services: list[str],
        started_at: datetime,
        language: str,
    ) -> None:
        self.title = title
        self.severity = v.Severity(severity)
        self.services = list(services)
        self.started_at = started_at
        self.language = v.Language(language)
        self.status = Status.DECLARED
        self.detected_at: datetime | None = None
        self.detected_by: str | None = None
        self.detection_channel: v.DetectionChannel | None = None
        self.mitigated_at: datetime | None = None
        self.resolved_at: datetime | None = None
        self.responders: list[str] = []
        self.impact: Impact | None = None
        self.facilitator: str | None = None
        self.review_at: datetime | None = None
        self.review_minutes: int | None = None
        self.reviewed_at: datetime | None = None
        self.review_attendees: list[str] = []
        self.review_notes = ""
        self.went_well: list[str] = []
        self.lessons: list[Lesson] = []
        self.root_cause_ids: list[UUID] = []
        self.published_at: datetime | None = None
        self.acknowledged_findings: dict[str, str] = {}
        self.flagged_late_at: datetime | None = None
        self.review_window_end: datetime | None = None

    @classmethod
    def declare(
        cls,
        *,
        title: str,
        severity: str,
        services: list[str],
        started_at: datetime,
        language: str = "en",
        incident_id: UUID | None = None,
    ) -> Incident:
        return cls(
            id=incident_id or uuid4(),
            title=v.text(title, "title", limit=v.MAX_TITLE),
            severity=v.choice(v.Severity, severity, "severity").value,
            services=v.handles(services, "services"),
            started_at=v.aware(started_at, "startedAt"),
            language=v.choice(v.Language, language, "language").value,
        )

    # Detection, mitigation, resolution: strictly in this order, times ordered.

    def record_detection(self, *, at: datetime, by: str, channel: str) -> None:
        self.check_status(Status.DECLARED, "record a detection")
        self.check_not_before(v.aware(at, "at"), self.started_at, "at", "the start")
        detector = v.handle(by, "by")
        if v.same_person(detector, self.facilitator):
            raise FacilitatorNotNeutralError(
                f"{detector} facilitates this review and cannot also be its detector.", field="by"
            )
        self._detected(
            at=at, by=detector, channel=v.choice(v.DetectionChannel, channel, "channel").value
        )

    @event("Detected")
    def _detected(self, at: datetime, by: str, channel: str) -> None:
        self.detected_at, self.detected_by = at, by
        self.detection_channel = v.DetectionChannel(channel)
        self.status = Status.DETECTED

    def mitigate(self, *, at: datetime) -> None:
        self.check_status(Status.DETECTED, "mitigate")
        self.check_not_before(v.aware(at, "at"), self.detected_at, "at", "the detection")
        self._mitigated(at=at)

    @event("Mitigated")
    def _mitigated(self, at: datetime) -> None:
        self.mitigated_at, self.status = at, Status.MITIGATED

    def resolve(self, *, at: datetime) -> None:
        self.check_status(Status.MITIGATED, "resolve")
        self.check_not_before(v.aware(at, "at"), self.mitigated_at, "at", "the mitigation")
        self._resolved(at=at)

    @event("Resolved")
    def _resolved(self, at: datetime) -> None:
        self.resolved_at, self.status = at, Status.RESOLVED

    # People.

    def add_responder(self, *, responder: str, manager: str | None = None) -> None:
        """``manager``: the responder's manager, where the people registry knows one."""
        self.check_not_published()
        person = v.handle(responder, "responder")
        if any(v.same_person(person, r) for r in self.responders):
            raise InvalidInputError(f"{person} is already a responder.", field="responder")
        if v.same_person(person, self.facilitator):
            raise FacilitatorNotNeutralError(
                f"{person} facilitates this review and cannot also be a responder.",
                field="responder",
            )
        if v.same_person(manager, self.facilitator):
            raise FacilitatorNotNeutralError(
                f"{person} reports to {self.facilitator}, who facilitates this review; "
                "the facilitator must have no authority over the people in it.",
                field="responder",
            )
        self._responder_added(responder=person)

    @event("ResponderAdded")
    def _responder_added(self, responder: str) -> None:
        self.responders.append(responder)

    def assign_facilitator(
        self, *, facilitator: str, managers: Mapping[str, str] | None = None
    ) -> None:
        """``managers``: {person: manager} for the responders and detector the registry knows."""
        self.check_status_in({Status.RESOLVED, Status.REVIEW_SCHEDULED}, "assign a facilitator")
        person = v.handle(facilitator, "facilitator")
        if any(v.same_person(person, r) for r in self.responders):
            raise FacilitatorNotNeutralError(
                f"{person} responded to this incident; the facilitator must be neutral.",
                field="facilitator",
            )
        if v.same_person(person, self.detected_by):
            raise FacilitatorNotNeutralError(
                f"{person} detected this incident; the facilitator must be neutral.",
                field="facilitator",
            )
        self.check_no_authority(person, managers or {})
        self._facilitator_assigned(facilitator=person)

    def check_no_authority(self, facilitator: str, managers: Mapping[str, str]) -> None:
        by_person = {p.casefold(): m for p, m in managers.items()}
        for person, role in self._named():
            if role != "facilitator" and v.same_person(
                by_person.get(person.casefold()), facilitator
            ):
                raise FacilitatorNotNeutralError(
                    f"{facilitator} manages {person}, the {role} of this incident; "
                    "the facilitator must have no authority over the people in the review.",
                    field="facilitator",
                )

    @event("FacilitatorAssigned")
    def _facilitator_assigned(self, facilitator: str) -> None:
        self.facilitator = facilitator

    @property
    def people(self) -> dict[str, list[str]]:
        """Everyone named by the incident, with their roles (owners live on actions)."""
        roles: dict[str, list[str]] = {}
        for person, role in self._named():
            roles.setdefault(person, []).append(role)
        return roles

    def _named(self) -> list[tuple[str, str]]:
        named = [(r, "responder") for r in self.responders]
        if self.detected_by:
            named.append((self.detected_by, "detector"))
        if self.facilitator:
            named.append((self.facilitator, "facilitator"))
        return named

    # Impact.

    def assess_impact(
        self,
        *,
        users_affected_pct: float,
        users_affected_count: int,
        duration_minutes: int,
        revenue_amount: Decimal | None = None,
        revenue_currency: str | None = None,
        reputation: str = "",
        sla_breached: bool = False,
        sla_note: str = "",
    ) -> None:
        self.check_not_published()
        if not 0 <= users_affected_pct <= 100:  # noqa: PLR2004 - a percentage
            raise InvalidInputError(
                "usersAffectedPct must be between 0 and 100.", field="usersAffectedPct"
            )
        if users_affected_count < 0:
            raise InvalidInputError(
                "usersAffectedCount cannot be negative.", field="usersAffectedCount"
            )
        if duration_minutes < 0:
            raise InvalidInputError("durationMinutes cannot be negative.", field="durationMinutes")
        if (revenue_amount is None) != (revenue_currency is None):
            raise InvalidInputError(
                "A revenue impact needs both an amount and a currency.", field="revenue"
            )
        if revenue_amount is not None and (not revenue_amount.is_finite() or revenue_amount < 0):
            raise InvalidInputError(
                "The revenue amount must be a non-negative number.", field="revenue"
            )
        self._impact_assessed(
            users_affected_pct=float(users_affected_pct),
            users_affected_count=users_affected_count,
            duration_minutes=duration_minutes,
            revenue_amount=revenue_amount,
            revenue_currency=None
            if revenue_currency is None
            else v.currency(revenue_currency, "currency"),
            reputation=v.text(reputation, "reputation", required=False),
            sla_breached=sla_breached,
            sla_note=v.text(sla_note, "slaNote", required=False),
        )

    @event("ImpactAssessed")
    def _impact_assessed(
        self,
        *,
        users_affected_pct: float,
        users_affected_count: int,
        duration_minutes: int,
        revenue_amount: Decimal | None,
        revenue_currency: str | None,
        reputation: str,
        sla_breached: bool,
        sla_note: str,
    ) -> None:
        self.impact = Impact(
            users_affected_pct,
            users_affected_count,
            duration_minutes,
            revenue_amount,
            revenue_currency,
            reputation,
            sla_breached,
            sla_note,
        )

    # The review.

    def schedule_review(self, *, at: datetime, duration_minutes: int) -> None:
        self.check_status_in({Status.RESOLVED, Status.REVIEW_SCHEDULED}, "schedule the review")
        self.check_facilitator()
        self.check_not_before(v.aware(at, "at"), self.resolved_at, "at", "the resolution")
        check_review_minutes(duration_minutes)
        self._review_scheduled(at=at, duration_minutes=duration_minutes)

    @event("ReviewScheduled")
    def _review_scheduled(self, at: datetime, duration_minutes: int) -> None:
        self.review_at, self.review_minutes = at, duration_minutes
        self.status = Status.REVIEW_SCHEDULED

    def record_review(
        self, *, held_at: datetime, duration_minutes: int, attendees: list[str], notes: str = ""
    ) -> None:
        self.check_status(Status.REVIEW_SCHEDULED, "record the review")
        self.check_not_before(
            v.aware(held_at, "heldAt"), self.resolved_at, "heldAt", "the resolution"
        )
        check_review_minutes(duration_minutes)
        self._reviewed(
            held_at=held_at,
            duration_minutes=duration_minutes,
            attendees=v.handles(attendees, "attendees"),
            notes=v.text(notes, "notes", limit=v.MAX_TEXT * 4, required=False),
        )

    @event("Reviewed")
    def _reviewed(
        self, held_at: datetime, duration_minutes: int, attendees: list[str], notes: str
    ) -> None:
        self.reviewed_at, self.review_minutes = held_at, duration_minutes
        self.review_attendees, self.review_notes = list(attendees), notes
        self.status = Status.REVIEWED

    def record_went_well(self, *, text: str) -> None:
        self.check_not_published()
        self._went_well_recorded(text=v.text(text, "text"))

    @event("WentWellRecorded")
    def _went_well_recorded(self, text: str) -> None:
        self.went_well.append(text)

    def record_lesson(self, *, text: str, audience: str) -> None:
        self.check_not_published()
        self._lesson_recorded(
            text=v.text(text, "text"), audience=v.choice(v.Audience, audience, "audience").value
        )

    @event("LessonRecorded")
    def _lesson_recorded(self, text: str, audience: str) -> None:
        self.lessons.append(Lesson(text, v.Audience(audience)))

    def flag_postmortem_late(self, *, at: datetime, window_end: datetime) -> None:
        """Record that the review window closed with no review scheduled."""
        self.check_may_flag_late()
        if v.aware(at, "at") <= v.aware(window_end, "windowEnd"):
            raise PostmortemNotLateError(
                f"The review window is open until {window_end.isoformat()}; "
                "the post-mortem is not late yet.",
                field="at",
            )
        self._postmortem_flagged_late(at=at, window_end=window_end)

    def check_may_flag_late(self) -> datetime:
        """The resolution time, once sure the post-mortem is resolved and not yet flagged."""
        if self.flagged_late_at is not None:
            raise PostmortemAlreadyLateError(
                f"The post-mortem was already flagged late at {self.flagged_late_at.isoformat()}."
            )
        self.check_status(Status.RESOLVED, "flag the post-mortem late")
        if self.resolved_at is None:  # unreachable: RESOLVED records the time
            raise InvalidTransitionError("The incident has no resolution time.")
        return self.resolved_at

    @event("PostmortemFlaggedLate")
    def _postmortem_flagged_late(self, at: datetime, window_end: datetime) -> None:
        self.flagged_late_at, self.review_window_end = at, window_end

    # Root causes are aggregates of their own; the incident keeps their ids.

    def note_root_cause(self, *, root_cause_id: UUID) -> None:
        self.check_not_published()
        self._root_cause_opened(root_cause_id=root_cause_id)

    @event("RootCauseOpened")
    def _root_cause_opened(self, root_cause_id: UUID) -> None:
        self.root_cause_ids.append(root_cause_id)

    def acknowledge_finding(self, *, finding_id: str, reason: str) -> None:
        """Keep a blame finding open on purpose, saying why (e.g. a quoted phrase)."""
        self.check_not_published()
        if finding_id in self.acknowledged_findings:
            raise InvalidInputError("This finding is already acknowledged.", field="findingId")
        self._finding_acknowledged(finding_id=finding_id, reason=v.text(reason, "reason"))

    @event("FindingAcknowledged")
    def _finding_acknowledged(self, finding_id: str, reason: str) -> None:
        self.acknowledged_findings[finding_id] = reason

    def publish(self, *, at: datetime) -> None:
        self.check_status(Status.REVIEWED, "publish the post-mortem")
        self.check_not_before(v.aware(at, "at"), self.reviewed_at, "at", "the review")
        self._published(at=at)

    @event("PostmortemPublished")
    def _published(self, at: datetime) -> None:
        self.published_at, self.status = at, Status.PUBLISHED

    # Guards.

    def check_status(self, expected: Status, doing: str) -> None:
        self.check_status_in({expected}, doing)

    def check_status_in(self, allowed: set[Status], doing: str) -> None:
        if self.status not in allowed:
            wanted = " or ".join(sorted(s.value for s in allowed))
            raise InvalidTransitionError(
                f"Cannot {doing}: the incident is {self.status.value}, it must be {wanted}."
            )

    def check_not_published(self) -> None:
        if self.status is Status.PUBLISHED:
            raise InvalidTransitionError("The post-mortem is published; it can no longer change.")

    def check_facilitator(self) -> None:
        if self.facilitator is None:
            raise InvalidTransitionError(
                "Assign a neutral facilitator before scheduling the review.", field="facilitator"
            )

    @staticmethod
    def check_not_before(when: datetime, earliest: datetime | None, field: str, what: str) -> None:
        if earliest is not None and when < earliest:
            raise TimeOrderError(
                f"{field} ({when.isoformat()}) is before {what} ({earliest.isoformat()}).",
                field=field,
            )


def check_review_minutes(minutes: int) -> None:
    low, high = REVIEW_MINUTES
    if not low <= minutes <= high:
        raise ReviewDurationError(
            f"A review lasts {low} to {high} minutes; got {minutes}.", field="durationMinutes"
        )
