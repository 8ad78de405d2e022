"""/graphql over HTTP: auth, media types, status codes, limits and bad input."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from domain.base import CommandContext

pytestmark = pytest.mark.anyio

GRAPHQL_RESPONSE = "application/graphql-response+json"
DECLARE = """mutation($input: DeclareIncidentInput!) {
  declareIncident(input: $input) { incident { id title } userErrors { field message code } }
}"""
T0 = "2026-03-10T14:45:00+00:00"


def auth(token: str, accept: str = GRAPHQL_RESPONSE) -> dict[str, str]:
    return {"authorization": f"Bearer {token}", "accept": accept}


def declare_input(**overrides: Any) -> dict[str, Any]:
    return {
        "title": "Checkout broke",
        "severity": "SEV2",
        "services": ["api"],
        "startedAt": T0,
        **overrides,
    }


async def post(
    client: httpx.AsyncClient, token: str, query: str, variables: Any = None, **kw: Any
) -> httpx.Response:
    body = {"query": query, "variables": variables or {}}
    return await client.post("/graphql", json=body, headers=auth(token, **kw))


async def test_a_request_without_a_token_is_refused_with_401_and_a_challenge(client):
    response = await client.post("/graphql", json={"query": "{ __typename }"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_a_request_with_a_bad_token_is_refused_with_401(client, tokens):
    response = await post(client, tokens["reader"] + "x", "{ __typename }")
    assert response.status_code == 401


async def test_a_revoked_token_is_refused_on_the_next_request(client, tokens, app):
    assert (await post(client, tokens["reader"], "{ __typename }")).status_code == 200
    token = app.authenticate(tokens["reader"])
    app.revoke_token(CommandContext("admin"), token.id, reason="Leaked.")
    assert (await post(client, tokens["reader"], "{ __typename }")).status_code == 401


async def test_the_spec_media_type_is_answered_when_asked(client, tokens):
    response = await post(client, tokens["reader"], "{ __typename }")
    assert response.status_code == 200
    assert response.headers["content-type"] == GRAPHQL_RESPONSE
    assert response.json() == {"data": {"__typename": "Query"}}


async def test_plain_json_is_answered_to_legacy_clients(client, tokens):
    response = await post(client, tokens["reader"], "{ __typename }", accept="application/json")
    assert response.headers["content-type"] == "application/json"


async def test_malformed_json_is_a_400_with_the_spec_media_type(client, tokens):
    headers = {**auth(tokens["reader"]), "content-type": "application/json"}
    response = await client.post("/graphql", content=b"{not json", headers=headers)
    assert response.status_code == 400
    assert response.headers["content-type"] == GRAPHQL_RESPONSE
    assert "JSON" in response.json()["errors"][0]["message"]


async def test_an_invalid_document_is_a_400_with_the_spec_media_type(client, tokens):
    response = await post(client, tokens["reader"], "{ nope }")
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"].startswith("Cannot query field 'nope'")


async def test_an_invalid_document_is_a_200_for_legacy_json_clients(client, tokens):
    response = await post(client, tokens["reader"], "{ nope }", accept="application/json")
    assert response.status_code == 200


async def test_a_mutation_over_get_is_refused_with_405(client, tokens):
    params = {"query": 'mutation { createToken(input: {name: "x", role: ADMIN}) { plaintext } }'}
    response = await client.get("/graphql", params=params, headers=auth(tokens["admin"]))
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


async def test_a_query_over_get_is_answered(client, tokens):
    response = await client.get(
        "/graphql", params={"query": "{ __typename }"}, headers=auth(tokens["reader"])
    )
    assert response.status_code == 200


async def test_a_forbidden_mutation_is_a_user_error_not_a_403(client, tokens):
    response = await post(client, tokens["reader"], DECLARE, {"input": declare_input()})
    assert response.status_code == 200
    assert response.json()["data"]["declareIncident"]["userErrors"][0]["code"] == "FORBIDDEN"


async def test_an_editor_writes_and_the_payload_shows_the_write(client, tokens):
    response = await post(client, tokens["editor"], DECLARE, {"input": declare_input()})
    payload = response.json()["data"]["declareIncident"]
    assert payload["userErrors"] == []
    assert payload["incident"]["title"] == "Checkout broke"


async def test_a_body_over_one_mebibyte_is_refused_with_413(client, tokens):
    huge = declare_input(title="x" * (1024 * 1024 + 1))
    response = await post(client, tokens["editor"], DECLARE, {"input": huge})
    assert response.status_code == 413


async def test_a_one_megabyte_title_gives_a_clear_user_error(client, tokens):
    response = await post(
        client, tokens["editor"], DECLARE, {"input": declare_input(title="x" * 1_000_000)}
    )
    assert response.status_code == 200
    error = response.json()["data"]["declareIncident"]["userErrors"][0]
    assert (error["field"], error["code"]) == ("title", "INVALID_INPUT")
    assert "limit is 200" in error["message"]


async def test_a_naive_datetime_is_a_user_error(client, tokens):
    response = await post(
        client, tokens["editor"], DECLARE, {"input": declare_input(startedAt="2026-03-10T14:45:00")}
    )
    error = response.json()["data"]["declareIncident"]["userErrors"][0]
    assert (error["field"], error["code"]) == ("startedAt", "NAIVE_DATETIME")


async def test_a_malformed_datetime_is_a_request_error(client, tokens):
    response = await post(
        client, tokens["editor"], DECLARE, {"input": declare_input(startedAt="yesterday")}
    )
    assert response.status_code == 400
    assert "startedAt" in response.json()["errors"][0]["message"]


async def test_too_deep_a_query_is_refused(client, tokens):
    nested = "id"
    for _ in range(6):
        nested = f"actions {{ incident {{ {nested} }} }}"
    deep = f"mutation {{ declareIncident(input: {{}}) {{ incident {{ {nested} }} }} }}"
    response = await post(client, tokens["reader"], deep)
    assert response.status_code == 400
    assert "exceeds maximum operation depth" in response.json()["errors"][0]["message"]


async def test_too_many_aliases_are_refused(client, tokens):
    query = "{ " + " ".join(f"a{i}: __typename" for i in range(31)) + " }"
    response = await post(client, tokens["reader"], query)
    assert response.status_code == 400
    assert "aliases" in response.json()["errors"][0]["message"]


async def test_too_many_tokens_are_refused(client, tokens):
    query = "{ " + " ".join("__typename" for _ in range(5001)) + " }"
    response = await post(client, tokens["reader"], query)
    assert response.status_code == 400
    assert "token" in response.json()["errors"][0]["message"].lower()


async def test_healthz_answers_without_a_token(client):
    response = await client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


async def test_the_correlation_id_of_the_caller_is_echoed(client, tokens):
    headers = {**auth(tokens["reader"]), "x-correlation-id": "abc-123"}
    response = await client.post("/graphql", json={"query": "{ __typename }"}, headers=headers)
    assert response.headers["x-correlation-id"] == "abc-123"


async def test_graphiql_is_served_when_not_in_production(client):
    response = await client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()
