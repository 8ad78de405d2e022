"""Commands on API tokens: mint, revoke, list, and authenticate a presented token."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from uuid import UUID

from domain.base import CommandContext, acting
from domain.errors import NotFoundError
from domain.store import Store
from domain.tokens.model import REGISTRY_ID, ApiToken, TokenRegistry

PREFIX = "rcl"
SECRET_BYTES = 32  # 256 bits from the operating system's CSPRNG


def digest(secret: str) -> str:
    """SHA-256 is enough here: the secret has 256 bits of entropy, no dictionary applies."""
    return hashlib.sha256(secret.encode()).hexdigest()


def parse(plaintext: str) -> tuple[UUID, str] | None:
    """``rcl_<token id hex>_<secret>`` -> (token id, secret); None when malformed."""
    parts = plaintext.strip().split("_", 2)
    if len(parts) != 3 or parts[0] != PREFIX or not parts[2]:  # noqa: PLR2004 - three parts
        return None
    try:
        return UUID(hex=parts[1]), parts[2]
    except ValueError:
        return None


class TokenCommands(Store):
    def create_token(self, ctx: CommandContext, *, name: str, role: str) -> tuple[UUID, str]:
        """Mint a token; the plaintext is returned once and never stored."""
        secret = secrets.token_urlsafe(SECRET_BYTES)
        with acting(ctx):
            token = ApiToken.create(name=name, role_name=role, secret_digest=digest(secret))
            registry = self.token_registry()
            registry.register(token.id)
            self.commit(registry, token)
        return token.id, f"{PREFIX}_{token.id.hex}_{secret}"

    def revoke_token(self, ctx: CommandContext, token_id: UUID, *, reason: str) -> ApiToken:
        """Revoke a token: it stops authenticating at once."""
        with acting(ctx):
            return self.update(ApiToken, token_id, None, lambda t: t.revoke(reason=reason))

    def list_tokens(self) -> list[ApiToken]:
        """Every token ever minted, oldest first, revoked ones included."""
        if not self.exists(REGISTRY_ID):
            return []
        registry = self.load(TokenRegistry, REGISTRY_ID)
        return [self.load(ApiToken, token_id) for token_id in registry.token_ids]

    def authenticate(self, plaintext: str) -> ApiToken | None:
        """The live token ``plaintext`` stands for, or None (malformed, unknown, revoked)."""
        parsed = parse(plaintext)
        if parsed is None:
            return None
        token_id, secret = parsed
        try:
            token = self.load(ApiToken, token_id)
        except NotFoundError:
            return None
        if not hmac.compare_digest(token.secret_digest, digest(secret)):
            return None
        return None if token.revoked else token

    def token_registry(self) -> TokenRegistry:
        if self.exists(REGISTRY_ID):
            return self.load(TokenRegistry, REGISTRY_ID)
        return TokenRegistry()
