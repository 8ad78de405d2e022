"""Operators' mutations on the background side: retry a dead letter (admins)."""

from __future__ import annotations

import strawberry
from starlette.concurrency import run_in_threadpool

from api.background import configured
from api.context import Info
from api.errors import user_error
from api.schedules.types import RetryDeadLetterPayload
from domain.errors import ForbiddenError, NotFoundError
from domain.tokens.model import TokenRole


@strawberry.input
class RetryDeadLetterInput:
    id: str


@strawberry.type
class ScheduleMutations:
    @strawberry.mutation
    async def retry_dead_letter(
        self, info: Info, input: RetryDeadLetterInput
    ) -> RetryDeadLetterPayload:
        """Enqueue a dead letter again (admins only)."""
        try:
            info.context.principal.require(TokenRole.ADMIN, "retry dead letters")
        except ForbiddenError as error:
            return RetryDeadLetterPayload(retried=False, user_errors=[user_error(error)])
        background = configured(info.context.background)  # a GraphQL error, not a userError
        if await run_in_threadpool(background.retry_dead_letter, input.id):
            return RetryDeadLetterPayload(retried=True, user_errors=[])
        missing = NotFoundError(f"No dead letter has the id {input.id!r}.", field="id")
        return RetryDeadLetterPayload(retried=False, user_errors=[user_error(missing)])
