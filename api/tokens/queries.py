"""Token listing, for admins."""

from __future__ import annotations

import strawberry
from starlette.concurrency import run_in_threadpool

from api.context import Info
from api.tokens.types import ApiToken
from domain.tokens.model import TokenRole


@strawberry.type
class TokenQueries:
    @strawberry.field
    async def tokens(self, info: Info) -> list[ApiToken]:
        """Every token ever minted, revoked ones included (admins only)."""
        info.context.principal.require(TokenRole.ADMIN, "list tokens")
        tokens = await run_in_threadpool(info.context.app.list_tokens)
        return [ApiToken.from_aggregate(t) for t in tokens]
