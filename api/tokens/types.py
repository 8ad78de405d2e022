"""The ApiToken type: never carries the secret, only its name, role and state."""

from __future__ import annotations

import strawberry

from api.errors import UserError
from api.ids import to_global_id
from domain.tokens.model import ApiToken as ApiTokenAggregate
from domain.tokens.model import TokenRole as DomainTokenRole

TokenRole = DomainTokenRole
strawberry.enum(TokenRole, name="TokenRole")  # registers the domain enum under its GraphQL name


@strawberry.type
class ApiToken:
    """An API token: its name is the actor recorded for its writes."""

    id: strawberry.ID
    version: int
    name: str
    role: TokenRole
    revoked: bool
    revoked_reason: str | None

    @classmethod
    def from_aggregate(cls, token: ApiTokenAggregate) -> ApiToken:
        return cls(
            id=to_global_id("ApiToken", token.id),
            version=token.version,
            name=token.name,
            role=token.role,
            revoked=token.revoked,
            revoked_reason=token.revoked_reason,
        )


@strawberry.type
class CreateTokenPayload:
    """The new token, and its plaintext: shown this once, never stored."""

    token: ApiToken | None
    plaintext: str | None
    user_errors: list[UserError]


@strawberry.type
class RevokeTokenPayload:
    """The revoked token, or why it was refused."""

    token: ApiToken | None
    user_errors: list[UserError]
