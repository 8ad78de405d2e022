"""Commands on incidents: lifecycle, people, impact, review, lessons, publication."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from uuid import UUID

from domain.actions.model import Action, ActionStatus
from domain.base import CommandContext, acting
from domain.errors import BlameFindingsOpenError, NotFoundError, PublishBlockedError
from domain.incidents.model import Incident, Status
from domain.people.application import known_managers
from domain.postmortem.blameless import check, open_blame
from domain.postmortem.document import assemble, to_data
from domain.root_causes.model import RootCause
from domain.schedules.calendar import DEFAULT_CALENDAR, WorkingCalendar
from domain.schedules.review import review_window
from domain.store import Store


class IncidentCommands(Store):
    def declare_incident(
        self,
        ctx: CommandContext,
        *,
        title: str,
        severity: str,
        services: list[str],
        started_at: datetime,
        language: str = "en",
        incident_id: UUID | None = None,
    ) -> Incident:
        """Open a new incident (under ``incident_id`` when given, e.g. to import one idempotently)."""
        with acting(ctx):
            incident = Incident.declare(
                title=title,
                severity=severity,
                services=services,
                started_at=started_at,
                language=language,
                incident_id=incident_id,
            )
            self.commit(incident)
        return incident

    def record_detection(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        at: datetime,
        by: str,
        channel: str,
        expected_version: int | None = None,
    ) -> Incident:
        """Record who detected the incident, when, and through which channel."""
        with acting(ctx):
            return self.update(
                Incident,
                incident_id,
                expected_version,
                lambda i: i.record_detection(at=at, by=by, channel=channel),
            )

    def add_responder(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        responder: str,
        expected_version: int | None = None,
    ) -> Incident:
        """Name one more person who responded to the incident."""
        manager = known_managers(self, [responder]).get(responder)
        with acting(ctx):
            return self.update(
                Incident,
                incident_id,
                expected_version,
                lambda i: i.add_responder(responder=responder, manager=manager),
            )

    def mitigate_incident(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        at: datetime,
        expected_version: int | None = None,
    ) -> Incident:
        """Record when the impact stopped growing."""
        with acting(ctx):
            return self.update(Incident, incident_id, expected_version, lambda i: i.mitigate(at=at))

    def resolve_incident(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        at: datetime,
        expected_version: int | None = None,
    ) -> Incident:
        """Record when the incident was resolved."""
        with acting(ctx):
            return self.update(Incident, incident_id, expected_version, lambda i: i.resolve(at=at))

    def assess_impact(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        users_affected_pct: float,
        users_affected_count: int,
        duration_minutes: int,
        revenue_amount: Decimal | None = None,
        revenue_currency: str | None = None,
        reputation: str = "",
        sla_breached: bool = False,
        sla_note: str = "",
        expected_version: int | None = None,
    ) -> Incident:
        """Quantify the impact; a new assessment supersedes the previous one."""
        with acting(ctx):
            return self.update(
                Incident,
                incident_id,
                expected_version,
                lambda i: i.assess_impact(
                    users_affected_pct=users_affected_pct,
                    users_affected_count=users_affected_count,
                    duration_minutes=duration_minutes,
                    revenue_amount=revenue_amount,
                    revenue_currency=revenue_currency,
                    reputation=reputation,
                    sla_breached=sla_breached,
                    sla_note=sla_note,
                ),
            )

    def assign_facilitator(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        facilitator: str,
        expected_version: int | None = None,
    ) -> Incident:
        """Name the neutral facilitator of the review (not the manager of anyone in it)."""
        with acting(ctx):
            incident = self.load(Incident, incident_id, expected_version)
            managers = known_managers(self, incident.people)
            incident.assign_facilitator(facilitator=facilitator, managers=managers)
            self.commit(incident)
        return incident

    def flag_postmortem_late(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        at: datetime,
        *,
        calendar: WorkingCalendar = DEFAULT_CALENDAR,
        expected_version: int | None = None,
    ) -> Incident:
        """Flag the post-mortem late: resolved, its review window closed, no review scheduled."""
        with acting(ctx):
            incident = self.load(Incident, incident_id, expected_version)
            _, window_end = review_window(incident.check_may_flag_late(), calendar)
            incident.flag_postmortem_late(at=at, window_end=window_end)
            self.commit(incident)
        return incident

    def schedule_review(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        at: datetime,
        duration_minutes: int,
        expected_version: int | None = None,
    ) -> Incident:
        """Schedule (or move) the review meeting."""
        with acting(ctx):
            return self.update(
                Incident,
                incident_id,
                expected_version,
                lambda i: i.schedule_review(at=at, duration_minutes=duration_minutes),
            )

    def record_review(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        held_at: datetime,
        duration_minutes: int,
        attendees: list[str],
        notes: str = "",
        expected_version: int | None = None,
    ) -> Incident:
        """Record that the review was held."""
        with acting(ctx):
            return self.update(
                Incident,
                incident_id,
                expected_version,
                lambda i: i.record_review(
                    held_at=held_at,
                    duration_minutes=duration_minutes,
                    attendees=attendees,
                    notes=notes,
                ),
            )

    def record_went_well(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        text: str,
        expected_version: int | None = None,
    ) -> Incident:
        """Record something that went well."""
        with acting(ctx):
            return self.update(
                Incident, incident_id, expected_version, lambda i: i.record_went_well(text=text)
            )

    def record_lesson(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        text: str,
        audience: str,
        expected_version: int | None = None,
    ) -> Incident:
        """Record a lesson and who it is for."""
        with acting(ctx):
            return self.update(
                Incident,
                incident_id,
                expected_version,
                lambda i: i.record_lesson(text=text, audience=audience),
            )

    def publish_postmortem(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        at: datetime | None = None,
        expected_version: int | None = None,
    ) -> Incident:
        """Publish the reviewed post-mortem once every root cause is identified and has an action."""
        with acting(ctx):
            incident = self.load(Incident, incident_id, expected_version)
            incident.check_status(Status.REVIEWED, "publish the post-mortem")
            self.check_publishable(incident)
            self.check_blameless(incident)
            incident.publish(at=at or datetime.now(UTC))
            self.commit(incident)
        return incident

    def acknowledge_finding(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        finding_id: str,
        reason: str,
        expected_version: int | None = None,
    ) -> Incident:
        """Acknowledge an open blame finding of the post-mortem, with the reason it stays."""
        with acting(ctx):
            incident = self.load(Incident, incident_id, expected_version)
            ids = {f.id for f in check(to_data(assemble(self, incident_id)))}
            if finding_id not in ids:
                raise NotFoundError(
                    f"The post-mortem has no finding {finding_id!r} (it may have been rephrased).",
                    field="findingId",
                )
            incident.acknowledge_finding(finding_id=finding_id, reason=reason)
            self.commit(incident)
        return incident

    def check_blameless(self, incident: Incident) -> None:
        blocking = open_blame(to_data(assemble(self, incident.id)))
        if blocking:
            where = ", ".join(sorted({f.section for f in blocking}))
            raise BlameFindingsOpenError(
                f"{len(blocking)} blame finding(s) are open ({where}): rephrase them around the "
                "system, or acknowledge each one with a reason."
            )

    def check_publishable(self, incident: Incident) -> None:
        if not incident.root_cause_ids:
            raise PublishBlockedError(
                "A post-mortem needs at least one root cause before it is published."
            )
        for root_cause_id in incident.root_cause_ids:
            cause = self.load(RootCause, root_cause_id)
            if not cause.identified:
                raise PublishBlockedError(f"Root cause {cause.problem!r} is not identified yet.")
            if not any(
                self.load(Action, a).status is not ActionStatus.CANCELLED for a in cause.action_ids
            ):
                raise PublishBlockedError(
                    f"Root cause {cause.statement!r} has no action: "
                    "how do we make this impossible to repeat?"
                )
