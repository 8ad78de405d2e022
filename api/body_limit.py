"""Refuses request bodies over the limit with 413, before anything parses them."""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _TooLargeError(Exception):
    pass


class BodySizeLimit:
    """Pure ASGI: checks Content-Length, then counts the bytes of chunked bodies too."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.declared_length(scope) > self.max_bytes:
            await self.refuse(scope, receive, send)
            return
        started = False

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, self.counting(receive), watched_send)
        except _TooLargeError:
            if started:
                raise
            await self.refuse(scope, receive, send)

    def counting(self, receive: Receive) -> Receive:
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise _TooLargeError
            return message

        return counted

    @staticmethod
    def declared_length(scope: Scope) -> int:
        for name, value in scope["headers"]:
            if name == b"content-length":
                return int(value) if value.isdigit() else 0
        return 0

    async def refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = {"errors": [{"message": f"The request body exceeds {self.max_bytes} bytes."}]}
        await JSONResponse(body, status_code=413)(scope, receive, send)
