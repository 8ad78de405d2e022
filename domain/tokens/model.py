"""API tokens: who may call the API, in which role; only a digest of the secret is kept."""

from __future__ import annotations

from enum import StrEnum
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

from eventsourcing.domain import event

from domain import values as v
from domain.base import RecordedAggregate
from domain.errors import InvalidInputError, InvalidTransitionError

REGISTRY_ID = uuid5(NAMESPACE_URL, "recul:token-registry")


class TokenRole(StrEnum):
    READER = "reader"
    EDITOR = "editor"
    ADMIN = "admin"


def role(value: str) -> TokenRole:
    """The role named by ``value``, or a clear refusal."""
    try:
        return TokenRole(value.strip().lower())
    except ValueError:
        allowed = ", ".join(r.value for r in TokenRole)
        raise InvalidInputError(
            f"role must be one of {allowed}; got {value!r}.", field="role"
        ) from None


class ApiToken(RecordedAggregate):
    """One API token: a name (the actor of its writes), a role, the SHA-256 of its secret."""

    @event("Created")
    def __init__(self, *, id: UUID, name: str, role: str, secret_digest: str) -> None:
        self.name = name
        self.role = TokenRole(role)
        self.secret_digest = secret_digest
        self.revoked_reason: str | None = None

    @classmethod
    def create(cls, *, name: str, role_name: str, secret_digest: str) -> ApiToken:
        return cls(
            id=uuid4(),
            name=v.handle(name, "name"),
            role=role(role_name).value,
            secret_digest=secret_digest,
        )

    @property
    def revoked(self) -> bool:
        return self.revoked_reason is not None

    def revoke(self, *, reason: str) -> None:
        if self.revoked:
            raise InvalidTransitionError("This token is already revoked.")
        self._revoked(reason=v.text(reason, "reason"))

    @event("Revoked")
    def _revoked(self, reason: str) -> None:
        self.revoked_reason = reason


class TokenRegistry(RecordedAggregate):
    """The ids of every token ever minted, so that they can be listed without a read model."""

    @staticmethod
    def create_id() -> UUID:
        return REGISTRY_ID

    @event("Started")
    def __init__(self) -> None:
        self.token_ids: list[UUID] = []

    def register(self, token_id: UUID) -> None:
        self._registered(token_id=token_id)

    @event("Registered")
    def _registered(self, token_id: UUID) -> None:
        self.token_ids.append(token_id)
