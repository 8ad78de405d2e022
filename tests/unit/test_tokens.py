"""API tokens: minted once, stored as a digest, revocable, checked in constant time."""

from __future__ import annotations

from uuid import uuid4

import pytest

from domain.application import Recul
from domain.base import CommandContext
from domain.errors import InvalidInputError, InvalidTransitionError, NotFoundError
from domain.tokens.application import digest
from domain.tokens.model import TokenRole


@pytest.fixture
def app() -> Recul:
    return Recul(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})


@pytest.fixture
def ctx() -> CommandContext:
    return CommandContext(actor="admin")


def test_a_minted_token_authenticates_with_its_name_and_role(app: Recul, ctx: CommandContext):
    token_id, plaintext = app.create_token(ctx, name="ci-bot", role="editor")
    token = app.authenticate(plaintext)
    assert token is not None
    assert (token.id, token.name, token.role) == (token_id, "ci-bot", TokenRole.EDITOR)


def test_the_token_has_the_documented_format(app: Recul, ctx: CommandContext):
    token_id, plaintext = app.create_token(ctx, name="ci-bot", role="reader")
    prefix, hex_id, secret = plaintext.split("_", 2)
    assert (prefix, hex_id) == ("rcl", token_id.hex)
    assert len(secret) >= 43  # 32 random bytes, base64url


def test_the_plaintext_secret_is_never_stored(app: Recul, ctx: CommandContext):
    token_id, plaintext = app.create_token(ctx, name="ci-bot", role="reader")
    secret = plaintext.split("_", 2)[2]
    stored = [vars(e) for e in app.events.get(token_id)]
    assert secret not in repr(stored)
    assert stored[0]["secret_digest"] == digest(secret)


def test_a_revoked_token_no_longer_authenticates(app: Recul, ctx: CommandContext):
    token_id, plaintext = app.create_token(ctx, name="ci-bot", role="admin")
    app.revoke_token(ctx, token_id, reason="Leaked in a log.")
    assert app.authenticate(plaintext) is None


def test_a_token_cannot_be_revoked_twice(app: Recul, ctx: CommandContext):
    token_id, _ = app.create_token(ctx, name="ci-bot", role="admin")
    app.revoke_token(ctx, token_id, reason="Leaked.")
    with pytest.raises(InvalidTransitionError):
        app.revoke_token(ctx, token_id, reason="Again.")


@pytest.mark.parametrize(
    "presented",
    ["", "rcl", "rcl_nothex_secret", f"rcl_{uuid4().hex}_secret", "Bearer xyz", "abc_def_ghi"],
)
def test_malformed_or_unknown_tokens_do_not_authenticate(app: Recul, presented: str):
    assert app.authenticate(presented) is None


def test_a_wrong_secret_does_not_authenticate(app: Recul, ctx: CommandContext):
    _, plaintext = app.create_token(ctx, name="ci-bot", role="reader")
    assert app.authenticate(plaintext[:-2] + "zz") is None


def test_tokens_are_listed_in_the_order_they_were_minted(app: Recul, ctx: CommandContext):
    assert app.list_tokens() == []
    first, _ = app.create_token(ctx, name="one", role="reader")
    second, _ = app.create_token(ctx, name="two", role="editor")
    assert [t.id for t in app.list_tokens()] == [first, second]


def test_an_unknown_role_is_refused(app: Recul, ctx: CommandContext):
    with pytest.raises(InvalidInputError) as info:
        app.create_token(ctx, name="ci-bot", role="root")
    assert info.value.field == "role"
    assert app.list_tokens() == []


def test_revoking_an_unknown_token_is_refused(app: Recul, ctx: CommandContext):
    with pytest.raises(NotFoundError):
        app.revoke_token(ctx, uuid4(), reason="Unknown.")
