"""/graphql over HTTP: bearer auth, GraphQL-over-HTTP media types and status codes.

strawberry's view does the protocol; this subclass adds what it lacks: the
``application/graphql-response+json`` media type (with 4xx for request errors),
405 for a mutation over GET, JSON bodies for request errors, and authentication.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from uuid import uuid4

from cross_web import HTTPException
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, process_result
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.types import ExecutionResult

from api.auth import Authenticator, bearer
from api.context import Context
from api.limits import Limits

if TYPE_CHECKING:
    from projections.factory import ReadModels

GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"
_CORRELATION = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def media_type(request: Request) -> str:
    """The spec's media type when the client accepts it, else legacy application/json."""
    accept = request.headers.get("accept", "")
    return GRAPHQL_RESPONSE if GRAPHQL_RESPONSE in accept else JSON


def correlation_id(request: Request) -> str:
    """The caller's X-Correlation-ID when well formed, else a new one."""
    given = request.headers.get("x-correlation-id", "")
    return given if _CORRELATION.match(given) else uuid4().hex


def error_response(request: Request, status: int, message: str, **headers: str) -> Response:
    """A request error as a GraphQL response body, in the negotiated media type."""
    return JSONResponse(
        {"errors": [{"message": message}]},
        status_code=status,
        media_type=media_type(request),
        headers={"x-correlation-id": request.state.correlation_id, **headers},
    )


class GraphQLView(GraphQL[Context, None]):
    def __init__(
        self,
        *,
        read_models: ReadModels,
        authenticator: Authenticator,
        limits: Limits,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.read_models, self.authenticator, self.limits = read_models, authenticator, limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope, receive)
        request.state.correlation_id = correlation_id(request)
        response = await self.respond(request)
        await response(scope, receive, send)

    async def respond(self, request: Request) -> Response:
        if self.graphql_ide and self.should_render_graphql_ide(self.request_adapter_class(request)):
            return await self.render_graphql_ide(request)
        if not await self.authenticate(request):
            challenge = {"www-authenticate": 'Bearer realm="recul"'}
            return error_response(request, 401, "A valid bearer token is required.", **challenge)
        try:
            response = await self.run(request)
        except HTTPException as error:
            extra = {"allow": "POST"} if error.status_code == 405 else {}  # noqa: PLR2004
            return error_response(request, error.status_code, error.reason, **extra)
        return self.finish(request, response)

    async def authenticate(self, request: Request) -> bool:
        token = bearer(request.headers.get("authorization"))
        principal = None
        if token:
            principal = await run_in_threadpool(self.authenticator.authenticate, token)
        request.state.principal = principal
        return principal is not None

    def finish(self, request: Request, response: Response) -> Response:
        """Media type and status per GraphQL-over-HTTP; the correlation id in a header."""
        kind = media_type(request)
        response.headers["content-type"] = kind
        response.headers["x-correlation-id"] = request.state.correlation_id
        if kind == GRAPHQL_RESPONSE and getattr(request.state, "request_error", False):
            response.status_code = 400
        return response

    async def get_context(self, request: Any, response: Any) -> Context:  # noqa: ARG002 - strawberry passes it by name
        return Context(
            app=self.authenticator.app,
            read_models=self.read_models,
            principal=request.state.principal,
            correlation_id=request.state.correlation_id,
            limits=self.limits,
        )

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        # No data at all: the request failed before execution (syntax, validation,
        # variables); the spec's media type answers that with 400.
        request.state.request_error = result.data is None
        return process_result(result)

    async def execute_single(self, *args: Any, **kwargs: Any) -> ExecutionResult:
        try:
            return await super().execute_single(*args, **kwargs)
        except HTTPException as error:
            if isinstance(error.__cause__, InvalidOperationTypeError):
                raise HTTPException(405, "Mutations are only accepted over POST.") from error
            raise
