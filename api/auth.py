"""Bearer tokens and roles: reader queries, editor writes post-mortems, admin manages tokens."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from threading import Lock
from uuid import UUID

from domain.application import Recul
from domain.errors import ForbiddenError
from domain.tokens.model import ApiToken, TokenRole

RANK = {TokenRole.READER: 0, TokenRole.EDITOR: 1, TokenRole.ADMIN: 2}


@dataclass(frozen=True)
class Principal:
    """Who calls: the token's name is the actor recorded in event metadata."""

    token_id: UUID
    name: str
    role: TokenRole

    def require(self, role: TokenRole, doing: str) -> None:
        """Refuse with FORBIDDEN unless the principal holds at least ``role``."""
        if RANK[self.role] < RANK[role]:
            raise ForbiddenError(
                f"A {self.role.value} token cannot {doing}; it needs the {role.value} role."
            )


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, or None."""
    scheme, _, token = (header or "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


@dataclass
class _Cached:
    principal: Principal
    version: int
    until: float


class Authenticator:
    """Authenticates tokens, caching them briefly.

    A cached token is trusted only after a one-row check that no event (a revocation)
    was recorded after the cached version: revocation takes effect on the next request.
    """

    def __init__(self, app: Recul, ttl_seconds: float = 60.0) -> None:
        self.app, self.ttl = app, ttl_seconds
        self._cache: dict[str, _Cached] = {}
        self._lock = Lock()

    def authenticate(self, plaintext: str) -> Principal | None:
        """The principal of ``plaintext``, or None; blocking: call it from a thread."""
        key = hashlib.sha256(plaintext.encode()).hexdigest()
        with self._lock:
            cached = self._cache.get(key)
        if cached and cached.until > time.monotonic() and self._unchanged(cached):
            return cached.principal
        token = self.app.authenticate(plaintext)
        with self._lock:
            self._cache.pop(key, None)
            if token is not None:
                self._cache[key] = self._entry(token)
        return None if token is None else principal_of(token)

    def _unchanged(self, cached: _Cached) -> bool:
        token_id = cached.principal.token_id
        newer = self.app.events.get(token_id, gt=cached.version, limit=1)
        return not list(newer)

    def _entry(self, token: ApiToken) -> _Cached:
        return _Cached(principal_of(token), token.version, time.monotonic() + self.ttl)


def principal_of(token: ApiToken) -> Principal:
    return Principal(token_id=token.id, name=token.name, role=token.role)
