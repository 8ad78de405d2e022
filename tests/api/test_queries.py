"""Queries through schema.execute on real read models (PostgreSQL and SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import pytest

from api.ids import to_global_id
from domain.application import Recul
from domain.base import CommandContext
from projections.factory import ReadModels, open_read_models
from projections.runner import catch_up
from recul.demo import load_examples
from recul.settings import Settings
from tests.api.conftest import Execute

pytestmark = pytest.mark.anyio

T0 = datetime(2026, 1, 1, tzinfo=UTC)
PAGE = "pageInfo { hasNextPage endCursor } edges { cursor node { id title status } }"


@pytest.fixture
def app(store: Recul) -> Recul:
    return store


@pytest.fixture
def read_models(database_url: str, store: Recul) -> Iterator[ReadModels]:
    models = open_read_models(Settings(database_url=database_url).persistence_env())
    yield models
    models.close()


def declare_many(app: Recul, read_models: ReadModels, n: int) -> None:
    ctx = CommandContext("loader")
    for i in range(n):
        incident = app.declare_incident(
            ctx,
            title=f"Incident {i}",
            severity="SEV3",
            services=["api"],
            started_at=T0 + timedelta(minutes=i),
        )
        cause = app.open_root_cause(ctx, incident.id, problem="Something broke.")
        app.propose_action(ctx, cause.id, text=f"Fix {i}.")
    catch_up(app, read_models)


async def test_incidents_are_paginated_newest_first_with_keyset_cursors(
    execute: Execute, app, read_models
):
    declare_many(app, read_models, 5)
    first = await execute(f"{{ incidents(first: 2) {{ {PAGE} }} }}")
    page = first["data"]["incidents"]
    assert [e["node"]["title"] for e in page["edges"]] == ["Incident 4", "Incident 3"]
    assert page["pageInfo"]["hasNextPage"] is True
    after = page["pageInfo"]["endCursor"]
    second = await execute(f'{{ incidents(first: 3, after: "{after}") {{ {PAGE} }} }}')
    rest = second["data"]["incidents"]
    assert [e["node"]["title"] for e in rest["edges"]] == ["Incident 2", "Incident 1", "Incident 0"]
    assert rest["pageInfo"]["hasNextPage"] is False


async def test_incidents_are_filtered_by_title_text(execute: Execute, app, read_models):
    declare_many(app, read_models, 12)
    result = await execute(
        '{ incidents(filter: {text: "incident 1"}) { edges { node { title } } } }'
    )
    titles = {e["node"]["title"] for e in result["data"]["incidents"]["edges"]}
    assert titles == {"Incident 1", "Incident 10", "Incident 11"}


async def test_a_page_over_one_hundred_is_refused(execute: Execute):
    result = await execute("{ incidents(first: 101) { edges { cursor } } }")
    assert result["data"] is None
    assert result["errors"][0].extensions["code"] == "INVALID_INPUT"


async def test_an_unknown_incident_is_a_not_found_error(execute: Execute):
    result = await execute(f'{{ incident(id: "{to_global_id("Incident", uuid4())}") {{ title }} }}')
    assert result["errors"][0].extensions["code"] == "NOT_FOUND"


async def test_an_id_of_the_wrong_type_is_refused(execute: Execute, app, read_models):
    declare_many(app, read_models, 1)
    action = await execute("{ actions { edges { node { id } } } }")
    action_id = action["data"]["actions"]["edges"][0]["node"]["id"]
    result = await execute(f'{{ incident(id: "{action_id}") {{ title }} }}')
    assert result["errors"][0].extensions == {"code": "INVALID_INPUT", "field": "id"}
    garbage = await execute('{ incident(id: "not-an-id") { title } }')
    assert garbage["errors"][0].extensions["code"] == "INVALID_INPUT"


async def test_the_actions_board_counts_by_status(execute: Execute, app, read_models):
    declare_many(app, read_models, 3)
    result = await execute(
        "{ actions(first: 2) { countsByStatus { status count } edges { node { status incident { title } } } } }"
    )
    board = result["data"]["actions"]
    assert board["countsByStatus"] == [{"status": "PROPOSED", "count": 3}]
    assert len(board["edges"]) == 2
    assert board["edges"][0]["node"]["incident"]["title"].startswith("Incident")


async def test_node_finds_an_incident_by_its_global_id(execute: Execute, app, read_models):
    declare_many(app, read_models, 1)
    page = await execute("{ incidents { edges { node { id } } } }")
    incident_id = page["data"]["incidents"]["edges"][0]["node"]["id"]
    result = await execute(f'{{ node(id: "{incident_id}") {{ id ... on Incident {{ title }} }} }}')
    assert result["data"]["node"] == {"id": incident_id, "title": "Incident 0"}


@contextmanager
def counting_statements(read_models: ReadModels) -> Iterator[list[str]]:
    """Counts every SQL statement the read models run, on either backend's access path."""
    statements: list[str] = []
    datastore = read_models.incidents.datastore
    transaction, get_connection = datastore.transaction, datastore.get_connection

    @contextmanager
    def counted_transaction(*args: Any, **kwargs: Any) -> Iterator[Any]:
        with transaction(*args, **kwargs) as cursor:
            yield _Cursor(cursor, statements)

    @contextmanager
    def counted_connection(*args: Any, **kwargs: Any) -> Iterator[Any]:
        with get_connection(*args, **kwargs) as connection:
            yield _Connection(connection, statements)

    datastore.transaction = counted_transaction  # type: ignore[method-assign]
    datastore.get_connection = counted_connection  # type: ignore[method-assign]
    try:
        yield statements
    finally:
        del datastore.transaction, datastore.get_connection


class _Cursor:
    def __init__(self, cursor: Any, statements: list[str]) -> None:
        self._cursor, self._statements = cursor, statements

    def execute(self, statement: Any, *args: Any, **kwargs: Any) -> Any:
        self._statements.append(str(statement))
        return self._cursor.execute(statement, *args, **kwargs)

    def __enter__(self) -> _Cursor:
        self._cursor.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._cursor.__exit__(*exc)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class _Connection:
    def __init__(self, connection: Any, statements: list[str]) -> None:
        self._connection, self._statements = connection, statements

    def cursor(self, *args: Any, **kwargs: Any) -> _Cursor:
        return _Cursor(self._connection.cursor(*args, **kwargs), self._statements)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


CONNECTION = """query($first: Int!) { incidents(first: $first) { edges { node {
  title people { handle } actions { text incident { title } } } } } }"""


async def test_a_connection_query_runs_the_same_number_of_statements_for_any_page_size(
    execute: Execute, app, read_models
):
    declare_many(app, read_models, 20)
    counts = []
    for first in (2, 20):
        with counting_statements(read_models) as statements:
            result = await execute(CONNECTION, {"first": first})
        assert result["errors"] is None, result["errors"]
        assert len(result["data"]["incidents"]["edges"]) == first
        counts.append(len(statements))
    assert counts[0] == counts[1] > 0


async def test_the_worked_example_reads_back_section_by_section(execute: Execute, app, read_models):
    [(incident_id, _)] = load_examples(app)
    catch_up(app, read_models)
    gid = to_global_id("Incident", incident_id)
    query = f"""{{ postmortem(incidentId: "{gid}") {{ title version summary {{ detection {{ by channel }} }}
      timeline {{ actor }} impact {{ revenueImpact {{ amount currency }} }} rootCauses {{ statement whys {{ level }} }}
      wentWell actions {{ owner status }} lessons {{ audience }} en: markdown fr: markdown(language: FR)
      redacted: markdown(redacted: true) }} }}"""
    result = await execute(query)
    assert result["errors"] is None, result["errors"]
    doc = result["data"]["postmortem"]
    assert doc["summary"]["detection"]["by"] == "lisa"
    assert len(doc["rootCauses"][0]["whys"]) == 5
    assert doc["en"] != doc["fr"]
    assert "lisa" not in doc["redacted"]
    earlier = await execute(
        f'{{ postmortem(incidentId: "{gid}", asOfVersion: 2) {{ version summary {{ responders }} }} }}'
    )
    assert earlier["errors"] is None, earlier["errors"]
    assert earlier["data"]["postmortem"]["version"] == 2
    history = await execute(
        f'{{ history(id: "{gid}") {{ type version actor correlationId changedFields {{ name value }} }} }}'
    )
    events = history["data"]["history"]
    assert events[0]["type"].endswith("Declared")
    assert {"name": "title", "value": '"Checkout deploy broke production"'} in events[0][
        "changedFields"
    ]
