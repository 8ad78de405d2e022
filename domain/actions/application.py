"""Commands on actions: propose, commit, start, complete, verify, cancel, reschedule, link."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from domain.actions.model import Action
from domain.base import CommandContext, acting
from domain.root_causes.model import RootCause
from domain.store import Store


class ActionCommands(Store):
    def propose_action(
        self,
        ctx: CommandContext,
        root_cause_id: UUID,
        *,
        text: str,
        expected_version: int | None = None,
    ) -> Action:
        """Propose an action against one root cause (``expected_version`` is the root cause's)."""
        with acting(ctx):
            cause = self.load(RootCause, root_cause_id, expected_version)
            action = Action.propose(
                incident_id=cause.incident_id, root_cause_id=cause.id, text=text
            )
            cause.attach_action(action_id=action.id)
            self.commit(cause, action)
        return action

    def commit_action(
        self,
        ctx: CommandContext,
        action_id: UUID,
        *,
        owner: str | None,
        due_date: date | None,
        success_criterion: str | None,
        expected_version: int | None = None,
    ) -> Action:
        """Commit to the action: owner, due date and success criterion are all required."""
        with acting(ctx):
            return self.update(
                Action,
                action_id,
                expected_version,
                lambda a: a.commit(
                    owner=owner, due_date=due_date, success_criterion=success_criterion
                ),
            )

    def start_action(
        self, ctx: CommandContext, action_id: UUID, *, expected_version: int | None = None
    ) -> Action:
        """Record that work on the action started."""
        with acting(ctx):
            return self.update(Action, action_id, expected_version, lambda a: a.start())

    def complete_action(
        self,
        ctx: CommandContext,
        action_id: UUID,
        *,
        note: str = "",
        expected_version: int | None = None,
    ) -> Action:
        """Record that the work is done; it still has to be verified."""
        with acting(ctx):
            return self.update(Action, action_id, expected_version, lambda a: a.complete(note=note))

    def verify_action(
        self,
        ctx: CommandContext,
        action_id: UUID,
        *,
        evidence: str,
        expected_version: int | None = None,
    ) -> Action:
        """Record that the success criterion was checked, with the evidence; the actor verifies."""
        with acting(ctx):
            return self.update(
                Action,
                action_id,
                expected_version,
                lambda a: a.verify(verified_by=ctx.actor, evidence=evidence),
            )

    def cancel_action(
        self,
        ctx: CommandContext,
        action_id: UUID,
        *,
        reason: str,
        expected_version: int | None = None,
    ) -> Action:
        """Cancel the action, saying why."""
        with acting(ctx):
            return self.update(
                Action, action_id, expected_version, lambda a: a.cancel(reason=reason)
            )

    def reschedule_action(
        self,
        ctx: CommandContext,
        action_id: UUID,
        *,
        due_date: date,
        reason: str,
        expected_version: int | None = None,
    ) -> Action:
        """Move the due date; the earlier dates stay in the history."""
        with acting(ctx):
            return self.update(
                Action,
                action_id,
                expected_version,
                lambda a: a.reschedule(due_date=due_date, reason=reason),
            )

    def link_action_to_tracker(
        self,
        ctx: CommandContext,
        action_id: UUID,
        *,
        system: str,
        key: str,
        url: str,
        expected_version: int | None = None,
    ) -> Action:
        """Link the action to its issue in Jira, Linear, GitHub or another tracker."""
        with acting(ctx):
            return self.update(
                Action,
                action_id,
                expected_version,
                lambda a: a.link_tracker(system=system, key=key, url=url),
            )
