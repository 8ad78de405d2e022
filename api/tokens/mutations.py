"""Token management, for admins: mint and revoke."""

from __future__ import annotations

from uuid import UUID

import strawberry

from api.context import Info
from api.errors import perform
from api.ids import from_global_id
from api.tokens.types import ApiToken, CreateTokenPayload, RevokeTokenPayload, TokenRole
from domain.base import CommandContext
from domain.tokens.model import ApiToken as ApiTokenAggregate
from domain.tokens.model import TokenRole as DomainTokenRole


@strawberry.input
class CreateTokenInput:
    name: str
    role: TokenRole


@strawberry.input
class RevokeTokenInput:
    token_id: strawberry.ID
    reason: str


@strawberry.type
class TokenMutations:
    @strawberry.mutation
    async def create_token(self, info: Info, input: CreateTokenInput) -> CreateTokenPayload:
        """Mint a token; its plaintext is in this payload only."""
        app = info.context.app

        def run(c: CommandContext) -> tuple[ApiTokenAggregate, str]:
            token_id, plaintext = app.create_token(c, name=input.name, role=input.role.value)
            return app.load(ApiTokenAggregate, token_id), plaintext

        done, errors = await perform(info, run, role=DomainTokenRole.ADMIN, doing="manage tokens")
        if done is None:
            return CreateTokenPayload(token=None, plaintext=None, user_errors=errors)
        token, plaintext = done
        return CreateTokenPayload(
            token=ApiToken.from_aggregate(token), plaintext=plaintext, user_errors=[]
        )

    @strawberry.mutation
    async def revoke_token(self, info: Info, input: RevokeTokenInput) -> RevokeTokenPayload:
        """Revoke a token; it stops authenticating at once."""

        def run(c: CommandContext) -> ApiTokenAggregate:
            token_id: UUID = from_global_id(input.token_id, "ApiToken", "tokenId")
            return info.context.app.revoke_token(c, token_id, reason=input.reason)

        token, errors = await perform(info, run, role=DomainTokenRole.ADMIN, doing="manage tokens")
        found = ApiToken.from_aggregate(token) if token else None
        return RevokeTokenPayload(token=found, user_errors=errors)
