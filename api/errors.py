"""Errors in one place: domain refusals become userErrors, faults are masked and logged."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import strawberry
from graphql import GraphQLError
from starlette.concurrency import run_in_threadpool
from strawberry.extensions import SchemaExtension

from domain.base import CommandContext
from domain.errors import DomainError
from domain.tokens.model import TokenRole

if TYPE_CHECKING:
    from api.context import Info

T = TypeVar("T")
logger = logging.getLogger("recul.api")
MASKED = "Unexpected error; quote the correlation id to the operators."


@strawberry.type
class UserError:
    """An expected refusal: which input field, why, and a stable code."""

    field: str | None
    message: str
    code: str


def user_error(error: DomainError) -> UserError:
    return UserError(field=error.field, message=error.message, code=error.code)


async def perform(
    info: Info,
    command: Callable[[CommandContext], T],
    *,
    role: TokenRole = TokenRole.EDITOR,
    doing: str = "change post-mortems",
) -> tuple[T | None, list[UserError]]:
    """Run ``command`` as the caller, in a thread; a DomainError becomes a userError."""
    context = info.context
    try:
        context.principal.require(role, doing)
        command_ctx = CommandContext(context.principal.name, context.correlation_id)
        return await run_in_threadpool(command, command_ctx), []
    except DomainError as error:
        return None, [user_error(error)]


def is_fault(error: GraphQLError) -> bool:
    """Raised by a resolver, and neither a domain refusal nor a GraphQL error on purpose."""
    original = error.original_error
    if original is None or error.path is None:
        return False
    return not isinstance(original, DomainError | GraphQLError)


def log_errors(errors: list[GraphQLError], correlation_id: str) -> None:
    """Faults are logged with their traceback and correlation id; the rest at debug level."""
    for error in errors:
        if is_fault(error):
            logger.error(
                "unexpected error [correlation id %s] at %s",
                correlation_id,
                error.path,
                exc_info=error.original_error,
            )
        else:
            logger.debug("GraphQL error [correlation id %s]: %s", correlation_id, error.message)


class ErrorPolicy(SchemaExtension):
    """Masks faults (message replaced, correlation id kept); domain errors keep their code."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is not None and result.errors:
            correlation_id = getattr(self.execution_context.context, "correlation_id", "")
            result.errors = [self.rewrite(e, correlation_id) for e in result.errors]

    @staticmethod
    def rewrite(error: GraphQLError, correlation_id: str) -> GraphQLError:
        original = error.original_error
        if isinstance(original, DomainError):
            extensions = {"code": original.code, "field": original.field}
            return _copy(error, original.message, extensions)
        if is_fault(error):
            return _copy(error, MASKED, {"code": "INTERNAL", "correlationId": correlation_id})
        return error


def _copy(error: GraphQLError, message: str, extensions: dict[str, Any]) -> GraphQLError:
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions=extensions,
    )
