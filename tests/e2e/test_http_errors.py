"""Error handling over HTTP against the real process: status codes and userErrors."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.e2e.client import GRAPHQL_RESPONSE, GraphQLClient, poll
from tests.e2e.conftest import Server, client_for

# The HTTP layer is the same on both databases: SQLite keeps these quick.
pytestmark = [
    pytest.mark.sqlite,
    pytest.mark.parametrize("database_url", ["sqlite"], indirect=True),
]

INCIDENT = "incident { id version }"
DECLARE = {
    "title": "Checkout deploy broke production",
    "severity": "SEV2",
    "services": ["checkout-api"],
    "startedAt": "2026-03-10T14:45:00+01:00",
}
HISTORY = "query($id: ID!) { history(id: $id) { version } }"


@pytest.fixture
def anonymous(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=30.0) as client:
        yield client


@pytest.fixture
def reader(server: Server) -> Iterator[GraphQLClient]:
    with client_for(server, server.mint_token("e2e-reader", "reader")) as client:
        yield client


def test_a_request_without_a_token_is_refused_with_401(anonymous: httpx.Client) -> None:
    response = anonymous.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"accept": GRAPHQL_RESPONSE}
    )
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_malformed_json_is_a_400_in_the_spec_media_type_not_a_500(editor: GraphQLClient) -> None:
    response = editor.http.post(
        "/graphql",
        content=b'{"query": "{ __typename }"',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == GRAPHQL_RESPONSE
    assert response.json()["errors"][0]["message"]


def test_a_stale_expected_version_is_a_conflict_and_records_nothing(editor: GraphQLClient) -> None:
    incident = editor.mutate("declareIncident", INCIDENT, DECLARE)["incident"]
    write = {"incidentId": incident["id"], "responder": "bob", "expectedVersion": 1}
    assert editor.mutate("addResponder", INCIDENT, write)["incident"]["version"] == 2
    stale = editor.attempt("addResponder", INCIDENT, {**write, "responder": "karim"})
    assert stale["incident"] is None
    assert [e["code"] for e in stale["userErrors"]] == ["CONFLICT"]
    assert len(editor.execute(HISTORY, {"id": incident["id"]})["history"]) == 2


def test_a_reader_token_gets_a_forbidden_user_error_on_a_mutation(reader: GraphQLClient) -> None:
    payload = reader.attempt("declareIncident", INCIDENT, DECLARE)
    assert payload["incident"] is None
    assert [e["code"] for e in payload["userErrors"]] == ["FORBIDDEN"]


def test_readyz_answers_200_once_the_read_models_caught_up(anonymous: httpx.Client) -> None:
    # The embedded projections load the worked example at first start; readiness follows them.
    def caught_up() -> bool:
        response = anonymous.get("/readyz")
        return response.status_code == 200 and not any(response.json()["lag"].values())

    assert poll(caught_up)
    assert anonymous.get("/readyz").json()["status"] == "ok"
