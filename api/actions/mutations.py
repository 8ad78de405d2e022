"""Mutations on actions: propose, commit, start, complete, verify, cancel, reschedule, link."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import strawberry

from api.actions.types import TrackerSystem
from api.context import Info
from api.ids import from_global_id
from api.lint.warnings import commitment_warnings
from api.payloads import ActionPayload, action_payload
from api.root_causes.mutations import root_cause_uuid


@strawberry.input
class ProposeActionInput:
    root_cause_id: strawberry.ID
    text: str
    expected_version: int | None = strawberry.field(
        default=None, description="The root cause's version."
    )


@strawberry.input
class CommitActionInput:
    action_id: strawberry.ID
    owner: str | None = None
    due_date: date | None = None
    success_criterion: str | None = None
    expected_version: int | None = None


@strawberry.input
class StartActionInput:
    action_id: strawberry.ID
    expected_version: int | None = None


@strawberry.input
class CompleteActionInput:
    action_id: strawberry.ID
    note: str = ""
    expected_version: int | None = None


@strawberry.input
class VerifyActionInput:
    action_id: strawberry.ID
    evidence: str
    expected_version: int | None = None


@strawberry.input
class CancelActionInput:
    action_id: strawberry.ID
    reason: str
    expected_version: int | None = None


@strawberry.input
class RescheduleActionInput:
    action_id: strawberry.ID
    due_date: date
    reason: str
    expected_version: int | None = None


@strawberry.input
class LinkActionToTrackerInput:
    action_id: strawberry.ID
    system: TrackerSystem
    key: str
    url: str
    expected_version: int | None = None


def action_uuid(global_id: str) -> UUID:
    return from_global_id(global_id, "Action", "actionId")


@strawberry.type
class ActionMutations:
    @strawberry.mutation
    async def propose_action(self, info: Info, input: ProposeActionInput) -> ActionPayload:
        """Propose an action against one root cause."""
        return await action_payload(
            info,
            lambda c: info.context.app.propose_action(
                c,
                root_cause_uuid(input.root_cause_id),
                text=input.text,
                expected_version=input.expected_version,
            ),
            [("text", "action", input.text)],
        )

    @strawberry.mutation
    async def commit_action(self, info: Info, input: CommitActionInput) -> ActionPayload:
        """Commit to the action: owner, due date and success criterion."""
        return await action_payload(
            info,
            lambda c: info.context.app.commit_action(
                c,
                action_uuid(input.action_id),
                owner=input.owner,
                due_date=input.due_date,
                success_criterion=input.success_criterion,
                expected_version=input.expected_version,
            ),
            commitment_warnings,
        )

    @strawberry.mutation
    async def start_action(self, info: Info, input: StartActionInput) -> ActionPayload:
        """Record that work on the action started."""
        return await action_payload(
            info,
            lambda c: info.context.app.start_action(
                c, action_uuid(input.action_id), expected_version=input.expected_version
            ),
        )

    @strawberry.mutation
    async def complete_action(self, info: Info, input: CompleteActionInput) -> ActionPayload:
        """Record that the work is done; it still has to be verified."""
        return await action_payload(
            info,
            lambda c: info.context.app.complete_action(
                c,
                action_uuid(input.action_id),
                note=input.note,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def verify_action(self, info: Info, input: VerifyActionInput) -> ActionPayload:
        """Record that the success criterion was checked; the caller verifies."""
        return await action_payload(
            info,
            lambda c: info.context.app.verify_action(
                c,
                action_uuid(input.action_id),
                evidence=input.evidence,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def cancel_action(self, info: Info, input: CancelActionInput) -> ActionPayload:
        """Cancel the action, saying why."""
        return await action_payload(
            info,
            lambda c: info.context.app.cancel_action(
                c,
                action_uuid(input.action_id),
                reason=input.reason,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def reschedule_action(self, info: Info, input: RescheduleActionInput) -> ActionPayload:
        """Move the due date; earlier dates stay in the history."""
        return await action_payload(
            info,
            lambda c: info.context.app.reschedule_action(
                c,
                action_uuid(input.action_id),
                due_date=input.due_date,
                reason=input.reason,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def link_action_to_tracker(
        self, info: Info, input: LinkActionToTrackerInput
    ) -> ActionPayload:
        """Link the action to its issue in a tracker."""
        return await action_payload(
            info,
            lambda c: info.context.app.link_action_to_tracker(
                c,
                action_uuid(input.action_id),
                system=input.system.value,
                key=input.key,
                url=input.url,
                expected_version=input.expected_version,
            ),
        )
