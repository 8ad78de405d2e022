"""Replays a post-mortem given as data (the worked examples' format) through the commands."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from domain.application import Recul
from domain.base import CommandContext
from domain.errors import InvalidInputError


def import_postmortem(
    app: Recul, ctx: CommandContext, data: dict[str, Any], incident_id: UUID
) -> UUID:
    """Record every fact of ``data`` as the commands a team would issue, in order.

    The data is first replayed on an in-memory application, so that data breaking
    a rule half-way is refused before anything reaches ``app``.
    """
    rehearsal = Recul(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})
    try:
        for target in (rehearsal, app):
            _replay(target, ctx, data, incident_id)
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise InvalidInputError(f"The post-mortem data is malformed: {error!r}.") from error
    finally:
        rehearsal.close()
    return incident_id


def _replay(app: Recul, ctx: CommandContext, d: dict[str, Any], incident_id: UUID) -> None:
    app.declare_incident(
        ctx,
        incident_id=incident_id,
        title=d["title"],
        severity=d["severity"],
        services=d["services"],
        started_at=_at(d["started_at"]),
        language=d.get("language", "en"),
    )
    for responder in d.get("responders", []):
        app.add_responder(ctx, incident_id, responder=responder)
    app.record_detection(
        ctx,
        incident_id,
        at=_at(d["detected_at"]),
        by=d["detected_by"],
        channel=d["detection_channel"],
    )
    app.mitigate_incident(ctx, incident_id, at=_at(d["mitigated_at"]))
    app.resolve_incident(ctx, incident_id, at=_at(d["resolved_at"]))
    _impact(app, ctx, incident_id, d.get("impact"))
    for entry in d.get("timeline", []):
        app.add_timeline_entry(
            ctx,
            incident_id,
            at=_at(entry["at"]),
            actor=entry["actor"],
            text=entry["text"],
            source=entry.get("source", "MANUAL"),
        )
    if d.get("facilitator"):
        app.assign_facilitator(ctx, incident_id, facilitator=d["facilitator"])
    causes = [_cause(app, ctx, incident_id, c) for c in d.get("root_causes", [])]
    for action in d.get("actions", []):
        _action(app, ctx, causes[action["root_cause"]], action)
    for text in d.get("went_well", []):
        app.record_went_well(ctx, incident_id, text=text)
    for lesson in d.get("lessons", []):
        app.record_lesson(ctx, incident_id, text=lesson["text"], audience=lesson["audience"])


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _impact(app: Recul, ctx: CommandContext, incident_id: UUID, m: dict[str, Any] | None) -> None:
    if not m:
        return
    revenue = m.get("revenue_impact") or {}
    app.assess_impact(
        ctx,
        incident_id,
        users_affected_pct=float(m["users_affected_pct"]),
        users_affected_count=int(m["users_affected_count"]),
        duration_minutes=int(m["duration_minutes"]),
        revenue_amount=Decimal(str(revenue["amount"])) if revenue else None,
        revenue_currency=revenue.get("currency") if revenue else None,
        reputation=m.get("reputation", ""),
        sla_breached=bool(m.get("sla_breached", False)),
        sla_note=m.get("sla_note", ""),
    )


def _cause(app: Recul, ctx: CommandContext, incident_id: UUID, c: dict[str, Any]) -> UUID:
    cause = app.open_root_cause(ctx, incident_id, problem=c["problem"])
    for level, why in enumerate(c["whys"], 1):
        app.answer_why(ctx, cause.id, level=level, question=why["question"], answer=why["answer"])
    if c.get("statement"):
        app.identify_root_cause(ctx, cause.id, statement=c["statement"], category=c["category"])
    return cause.id


def _action(app: Recul, ctx: CommandContext, root_cause_id: UUID, a: dict[str, Any]) -> None:
    action = app.propose_action(ctx, root_cause_id, text=a["text"])
    if a.get("owner") or a.get("due_date") or a.get("success_criterion"):
        app.commit_action(
            ctx,
            action.id,
            owner=a.get("owner"),
            due_date=date.fromisoformat(a["due_date"]) if a.get("due_date") else None,
            success_criterion=a.get("success_criterion"),
        )
