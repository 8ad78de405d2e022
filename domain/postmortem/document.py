"""The post-mortem document: the six sections of one incident, assembled from the log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar
from uuid import UUID

from domain.actions.model import Action
from domain.audit import as_of_time, recorded_at
from domain.base import RecordedAggregate
from domain.errors import NotFoundError
from domain.incidents.model import Incident
from domain.root_causes.model import RootCause
from domain.store import Store
from domain.timeline.model import Entry, Timeline, timeline_id

A = TypeVar("A", bound=RecordedAggregate)


@dataclass(frozen=True)
class CauseSection:
    cause: RootCause
    actions: list[Action]


@dataclass(frozen=True)
class PostmortemDocument:
    """Everything the six sections show, as it stood at ``as_of`` (None: now)."""

    incident: Incident
    timeline: list[Entry]
    causes: list[CauseSection]
    as_of: datetime | None = None

    @property
    def actions(self) -> list[tuple[int, Action]]:
        """Every action with the 1-based number of its root cause."""
        return [(n, a) for n, section in enumerate(self.causes, 1) for a in section.actions]


def assemble(
    app: Store,
    incident_id: UUID,
    *,
    as_of_version: int | None = None,
    as_of: datetime | None = None,
) -> PostmortemDocument:
    """The document now, at an incident version, or at a point in time."""
    if as_of_version is not None:
        as_of = recorded_at(app, incident_id, as_of_version)
    incident = _get(app, Incident, incident_id, as_of)
    if incident is None:
        raise NotFoundError(
            f"The incident {incident_id} did not exist yet at {as_of}.", field="asOf"
        )
    timeline = _get(app, Timeline, timeline_id(incident_id), as_of, missing_ok=True)
    causes = []
    for cause_id in incident.root_cause_ids:
        cause = _get(app, RootCause, cause_id, as_of)
        if cause is None:  # opened in the same transaction, a hair after the cutoff
            continue
        actions = [
            a for a in (_get(app, Action, a, as_of) for a in cause.action_ids) if a is not None
        ]
        causes.append(CauseSection(cause, actions))
    return PostmortemDocument(incident, timeline.entries if timeline else [], causes, as_of)


def _get(
    app: Store,
    kind: type[A],
    aggregate_id: UUID,
    as_of: datetime | None,
    *,
    missing_ok: bool = False,
) -> A | None:
    if as_of is not None:
        found = as_of_time(app, aggregate_id, as_of)
        return found if isinstance(found, kind) else None
    if missing_ok and not app.exists(aggregate_id):
        return None
    return app.load(kind, aggregate_id)


def to_data(doc: PostmortemDocument) -> dict[str, Any]:
    """The document as plain JSON-ready data, sections in order."""
    i = doc.incident
    return {
        "id": str(i.id),
        "version": i.version,
        "asOf": doc.as_of.isoformat() if doc.as_of else None,
        "title": i.title,
        "language": i.language.value,
        "severity": i.severity.value,
        "services": i.services,
        "status": i.status.value,
        "startedAt": _iso(i.started_at),
        "detection": {
            "at": _iso(i.detected_at),
            "by": i.detected_by,
            "channel": i.detection_channel.value if i.detection_channel else None,
        },
        "mitigatedAt": _iso(i.mitigated_at),
        "resolvedAt": _iso(i.resolved_at),
        "responders": i.responders,
        "facilitator": i.facilitator,
        "review": {
            "scheduledAt": _iso(i.review_at),
            "heldAt": _iso(i.reviewed_at),
            "durationMinutes": i.review_minutes,
            "attendees": i.review_attendees,
            "notes": i.review_notes,
        },
        "timeline": [_entry(e) for e in doc.timeline],
        "impact": _impact(i),
        "rootCauses": [_cause(s.cause) for s in doc.causes],
        "wentWell": i.went_well,
        "actions": [_action(n, a) for n, a in doc.actions],
        "lessons": [
            {"text": lesson.text, "audience": lesson.audience.value} for lesson in i.lessons
        ],
        "publishedAt": _iso(i.published_at),
        "acknowledgedFindings": dict(i.acknowledged_findings),
    }


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def _entry(e: Entry) -> dict[str, Any]:
    return {
        "id": str(e.id),
        "at": e.at.isoformat(),
        "actor": e.actor,
        "text": e.text,
        "source": e.source.value,
        "corrections": e.corrections,
    }


def _impact(i: Incident) -> dict[str, Any] | None:
    m = i.impact
    if m is None:
        return None
    revenue = (
        {"amount": str(m.revenue_amount), "currency": m.revenue_currency}
        if m.revenue_amount is not None
        else None
    )
    return {
        "usersAffectedPct": m.users_affected_pct,
        "usersAffectedCount": m.users_affected_count,
        "durationMinutes": m.duration_minutes,
        "revenueImpact": revenue,
        "reputation": m.reputation,
        "slaBreached": m.sla_breached,
        "slaNote": m.sla_note,
    }


def _cause(c: RootCause) -> dict[str, Any]:
    return {
        "id": str(c.id),
        "problem": c.problem,
        "whys": [{"level": w.level, "question": w.question, "answer": w.answer} for w in c.whys],
        "statement": c.statement,
        "category": c.category.value if c.category else None,
    }


def _action(cause_number: int, a: Action) -> dict[str, Any]:
    return {
        "id": str(a.id),
        "rootCause": cause_number,
        "text": a.text,
        "status": a.status.value,
        "owner": a.owner,
        "dueDate": a.due_date.isoformat() if a.due_date else None,
        "previousDueDates": [d.isoformat() for d in a.previous_due_dates],
        "successCriterion": a.success_criterion,
        "verifiedBy": a.verified_by,
        "tracker": (
            {"system": a.tracker.system.value, "key": a.tracker.key, "url": a.tracker.url}
            if a.tracker
            else None
        ),
    }
