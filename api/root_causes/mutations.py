"""Mutations on 5 Whys chains: open, answer, revise, identify the systemic defect."""

from __future__ import annotations

from uuid import UUID

import strawberry

from api.context import Info
from api.ids import from_global_id
from api.incidents.mutations import incident_uuid
from api.payloads import RootCausePayload, root_cause_payload
from api.root_causes.types import CauseCategory


@strawberry.input
class OpenRootCauseInput:
    incident_id: strawberry.ID
    problem: str
    expected_version: int | None = strawberry.field(
        default=None, description="The incident's version."
    )


@strawberry.input
class AnswerWhyInput:
    root_cause_id: strawberry.ID
    level: int
    question: str
    answer: str
    expected_version: int | None = None


@strawberry.input
class ReviseWhyInput:
    root_cause_id: strawberry.ID
    level: int
    answer: str
    question: str | None = None
    expected_version: int | None = None


@strawberry.input
class IdentifyRootCauseInput:
    root_cause_id: strawberry.ID
    statement: str
    category: CauseCategory
    expected_version: int | None = None


def root_cause_uuid(global_id: str) -> UUID:
    return from_global_id(global_id, "RootCause", "rootCauseId")


@strawberry.type
class RootCauseMutations:
    @strawberry.mutation
    async def open_root_cause(self, info: Info, input: OpenRootCauseInput) -> RootCausePayload:
        """Open a 5 Whys chain for one contributing factor."""
        return await root_cause_payload(
            info,
            lambda c: info.context.app.open_root_cause(
                c,
                incident_uuid(input.incident_id),
                problem=input.problem,
                expected_version=input.expected_version,
            ),
            [("problem", "root_cause", input.problem)],
        )

    @strawberry.mutation
    async def answer_why(self, info: Info, input: AnswerWhyInput) -> RootCausePayload:
        """Answer the next level of the chain (at most five)."""
        return await root_cause_payload(
            info,
            lambda c: info.context.app.answer_why(
                c,
                root_cause_uuid(input.root_cause_id),
                level=input.level,
                question=input.question,
                answer=input.answer,
                expected_version=input.expected_version,
            ),
            [("answer", "root_cause", input.answer)],
        )

    @strawberry.mutation
    async def revise_why(self, info: Info, input: ReviseWhyInput) -> RootCausePayload:
        """Revise an answered level; the earlier answer stays in the history."""
        return await root_cause_payload(
            info,
            lambda c: info.context.app.revise_why(
                c,
                root_cause_uuid(input.root_cause_id),
                level=input.level,
                answer=input.answer,
                question=input.question,
                expected_version=input.expected_version,
            ),
            [("answer", "root_cause", input.answer)],
        )

    @strawberry.mutation
    async def identify_root_cause(
        self, info: Info, input: IdentifyRootCauseInput
    ) -> RootCausePayload:
        """Name the systemic defect at the bottom of a five-level chain."""
        return await root_cause_payload(
            info,
            lambda c: info.context.app.identify_root_cause(
                c,
                root_cause_uuid(input.root_cause_id),
                statement=input.statement,
                category=input.category.value,
                expected_version=input.expected_version,
            ),
            [("statement", "root_cause", input.statement)],
        )
