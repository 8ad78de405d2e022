"""The post-mortem document: the six sections typed, and as Markdown; built from its data."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

import strawberry

from api.actions.types import ActionStatus, TrackerLink
from api.ids import to_global_id
from api.incidents.types import DetectionChannel, IncidentStatus, Language, Severity
from api.postmortem.blameless import BlamelessCheck
from api.review.types import Audience
from api.root_causes.types import RootCause
from api.timeline.types import TimelineEntry
from domain import values as v
from domain.actions.model import ActionStatus as DomainActionStatus
from domain.incidents.model import Status
from domain.postmortem.markdown import render_data


def _at(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@strawberry.type
class Detection:
    at: datetime | None
    by: str | None
    channel: DetectionChannel | None


@strawberry.type
class Review:
    scheduled_at: datetime | None
    held_at: datetime | None
    duration_minutes: int | None
    attendees: list[str]
    notes: str


@strawberry.type(description="The summary: what happened, when, who detected and responded.")
class Summary:
    severity: Severity
    services: list[str]
    status: IncidentStatus
    started_at: datetime
    detection: Detection
    mitigated_at: datetime | None
    resolved_at: datetime | None
    responders: list[str]
    facilitator: str | None
    review: Review
    published_at: datetime | None


@strawberry.type
class Money:
    amount: str
    currency: str


@strawberry.type(description="Section 3: who was affected, how long, at what cost.")
class Impact:
    users_affected_pct: float
    users_affected_count: int
    duration_minutes: int
    revenue_impact: Money | None
    reputation: str
    sla_breached: bool
    sla_note: str


@strawberry.type
class PostmortemAction:
    """An action as the document shows it; ``rootCause`` is the number of its root cause."""

    id: strawberry.ID
    root_cause: int
    text: str
    status: ActionStatus
    owner: str | None
    due_date: date | None
    previous_due_dates: list[date]
    success_criterion: str | None
    verified_by: str | None
    tracker: TrackerLink | None


@strawberry.type
class Lesson:
    text: str
    audience: Audience


def summary(d: dict[str, Any]) -> Summary:
    det, rev = d["detection"], d["review"]
    channel = v.DetectionChannel(det["channel"]) if det["channel"] else None
    return Summary(
        severity=v.Severity(d["severity"]),
        services=d["services"],
        status=Status(d["status"]),
        started_at=datetime.fromisoformat(d["startedAt"]),
        detection=Detection(at=_at(det["at"]), by=det["by"], channel=channel),
        mitigated_at=_at(d["mitigatedAt"]),
        resolved_at=_at(d["resolvedAt"]),
        responders=d["responders"],
        facilitator=d["facilitator"],
        review=Review(
            scheduled_at=_at(rev["scheduledAt"]),
            held_at=_at(rev["heldAt"]),
            duration_minutes=rev["durationMinutes"],
            attendees=rev["attendees"],
            notes=rev["notes"],
        ),
        published_at=_at(d["publishedAt"]),
    )


def impact(m: dict[str, Any] | None) -> Impact | None:
    if m is None:
        return None
    money = Money(**m["revenueImpact"]) if m["revenueImpact"] else None
    fields = {k: m[k] for k in ("usersAffectedCount", "durationMinutes", "reputation")}
    return Impact(
        users_affected_pct=m["usersAffectedPct"],
        users_affected_count=fields["usersAffectedCount"],
        duration_minutes=fields["durationMinutes"],
        revenue_impact=money,
        reputation=fields["reputation"],
        sla_breached=m["slaBreached"],
        sla_note=m["slaNote"],
    )


def action(a: dict[str, Any]) -> PostmortemAction:
    t = a["tracker"]
    return PostmortemAction(
        id=to_global_id("Action", UUID(a["id"])),
        root_cause=a["rootCause"],
        text=a["text"],
        status=DomainActionStatus(a["status"]),
        owner=a["owner"],
        due_date=date.fromisoformat(a["dueDate"]) if a["dueDate"] else None,
        previous_due_dates=[date.fromisoformat(d) for d in a["previousDueDates"]],
        success_criterion=a["successCriterion"],
        verified_by=a["verifiedBy"],
        tracker=TrackerLink(system=v.TrackerSystem(t["system"]), key=t["key"], url=t["url"])
        if t
        else None,
    )


@strawberry.type
class Postmortem:
    """The post-mortem of one incident, now or as it stood at ``asOf``."""

    data: strawberry.Private[dict[str, Any]]
    id: strawberry.ID
    version: int
    as_of: datetime | None
    title: str
    language: Language

    @strawberry.field
    def summary(self) -> Summary:
        """What happened, when, who detected and responded, the review."""
        return summary(self.data)

    @strawberry.field
    def timeline(self) -> list[TimelineEntry]:
        """Section 1: the factual timeline."""
        return [TimelineEntry.from_data(e) for e in self.data["timeline"]]

    @strawberry.field
    def impact(self) -> Impact | None:
        """Section 2: the impact."""
        return impact(self.data["impact"])

    @strawberry.field
    def root_causes(self) -> list[RootCause]:
        """Section 3: the root causes, each a 5 Whys chain."""
        return [RootCause.from_data(c) for c in self.data["rootCauses"]]

    @strawberry.field
    def went_well(self) -> list[str]:
        """Section 4: what went well."""
        return list(self.data["wentWell"])

    @strawberry.field
    def actions(self) -> list[PostmortemAction]:
        """Section 5: the actions."""
        return [action(a) for a in self.data["actions"]]

    @strawberry.field
    def lessons(self) -> list[Lesson]:
        """Section 6: the lessons, and who they are for."""
        return [
            Lesson(text=x["text"], audience=v.Audience(x["audience"])) for x in self.data["lessons"]
        ]

    @strawberry.field
    def blameless_check(self) -> BlamelessCheck:
        """The linters over every text: open findings per section, and whether it may publish."""
        return BlamelessCheck.of(self.data)

    @strawberry.field
    def markdown(self, language: Language | None = None, redacted: bool = False) -> str:
        """The document as Markdown (default: the incident's language); redacted names roles."""
        lang = language.value if language else None
        return render_data(self.data, lang=lang, redacted=redacted)

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> Postmortem:
        return cls(
            data=d,
            id=to_global_id("Postmortem", UUID(d["id"])),
            version=d["version"],
            as_of=_at(d["asOf"]),
            title=d["title"],
            language=v.Language(d["language"]),
        )
