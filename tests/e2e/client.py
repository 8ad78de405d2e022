"""A small GraphQL-over-HTTP client for the end-to-end tests, and a bounded poll."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

import httpx

GRAPHQL_RESPONSE = "application/graphql-response+json"
USER_ERRORS = "userErrors { field message code }"
POLL_SECONDS = 30.0
POLL_INTERVAL = 0.05


def poll(ready: Callable[[], bool], timeout: float = POLL_SECONDS) -> bool:
    """Whether ``ready()`` became true within ``timeout`` seconds, asking every 50 ms."""
    deadline = time.monotonic() + timeout
    while True:
        if ready():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(POLL_INTERVAL)


def mutation_text(name: str, fields: str) -> str:
    input_type = f"{name[0].upper()}{name[1:]}Input"
    return (
        f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {fields} {USER_ERRORS} }} }}"
    )


class GraphQLClient:
    """Posts documents to /graphql and checks the transport: status, media type, no errors."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def __enter__(self) -> GraphQLClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.http.close()

    def post(self, query: str, variables: dict[str, Any] | None = None) -> httpx.Response:
        return self.http.post("/graphql", json={"query": query, "variables": variables or {}})

    def execute(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """The ``data`` of a response that must be a 200 in the spec's media type, error-free."""
        response = self.post(query, variables)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == GRAPHQL_RESPONSE
        body = response.json()
        assert "errors" not in body, body["errors"]
        data: dict[str, Any] = body["data"]
        return data

    def attempt(self, name: str, fields: str, input: dict[str, Any]) -> dict[str, Any]:
        """The payload of mutation ``name``, whether or not it was refused."""
        payload: dict[str, Any] = self.execute(mutation_text(name, fields), {"input": input})[name]
        return payload

    def mutate(self, name: str, fields: str, input: dict[str, Any]) -> dict[str, Any]:
        """The payload of mutation ``name``, which must have been accepted."""
        payload = self.attempt(name, fields, input)
        assert payload["userErrors"] == [], f"{name}: {payload['userErrors']}"
        return payload
