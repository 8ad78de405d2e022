"""Requests per second of the `incidents(first: 50)` connection at 1,000 and 100,000 incidents.

Against tests/benchmarks/plain_app.py's GET /incidents?first=50, which returns the
same 50 rows of the same read model (IncidentsView.search) as JSON, in the same run.
Both are real server processes on loopback ports over one PostgreSQL database per
size; the requests alternate between the first page and the page after a cursor from
the middle of the list, so keyset pagination is measured, not only the newest rows.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

import httpx

from api.ids import parse_global_id
from api.pagination import encode_cursor
from domain.base import CommandContext
from projections.incidents.view import IncidentRow
from projections.runner import catch_up
from recul.settings import Settings
from recul.wiring import build_application
from tests.benchmarks import plain_app
from tests.benchmarks.loading import declare_many
from tests.benchmarks.report import print_table, rate
from tests.benchmarks.servers import API_COMMAND, PLAIN_COMMAND, serving
from tests.benchmarks.worked import (
    analyze,
    open_read_models_on,
    synchronous_commit,
    unsynchronised_commits,
)
from tests.services import postgres_database

SIZES = (1_000, 100_000)
REQUESTS = 600  # per server and size, half first pages, half pages after a cursor
WARM_UP = 20
PAGE = 50
GRAPHQL_RESPONSE = "application/graphql-response+json"

INCIDENTS = """query Incidents($first: Int!, $after: String) {
  incidents(first: $first, after: $after) {
    edges {
      cursor
      node {
        id version title status severity language services startedAt detectedAt detectedBy
        resolvedAt publishedAt facilitator
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}"""

Pair = tuple[Callable[[int], None], Callable[[int], None]]


def test_incidents_connection_rate_at_two_sizes(tmp_path: Path) -> None:
    measured = {size: _rates_at(size, tmp_path) for size in SIZES}
    small, large = SIZES
    print_table(
        f"incidents(first: {PAGE}) over HTTP on postgres: recul = GraphQL API, baseline = plain "
        f"endpoint; {REQUESTS:,} requests each, first page and a mid-list page alternating",
        [(f"at {size:,} incidents", *measured[size]) for size in SIZES],
    )
    print(f"\nHow the cost grows from {small:,} to {large:,} incidents (rps at 1k ÷ rps at 100k)")
    print(f"  {'server':<44} {'rps 1k':>10} {'rps 100k':>11} {'1k÷100k':>15}")
    for column, server in enumerate(("GraphQL API", "plain endpoint")):
        at_small, at_large = measured[small][column], measured[large][column]
        print(f"  {server:<44} {at_small:>10,.0f} {at_large:>11,.0f} {at_small / at_large:>15.2f}")


def _rates_at(size: int, tmp_path: Path) -> tuple[float, float]:
    """Requests per second of the API and of the plain endpoint over ``size`` incidents."""
    with postgres_database() as url:
        middle, token = _load(url, size)
        print(
            f"  {size:,} incidents loaded; synchronous_commit {synchronous_commit(url)}",
            file=sys.stderr,
        )
        headers = {"authorization": f"Bearer {token}", "accept": GRAPHQL_RESPONSE}
        with (
            serving(API_COMMAND, url, tmp_path / f"api-{size}.log") as api_url,
            serving(PLAIN_COMMAND, url, tmp_path / f"plain-{size}.log") as plain_url,
            httpx.Client(base_url=api_url, headers=headers, timeout=30) as api,
            httpx.Client(base_url=plain_url, timeout=30) as plain,
        ):
            graphql, baseline = _requests(api, plain, middle)
            for i in range(WARM_UP):
                graphql(i)
                baseline(i)
            api_rate = rate(REQUESTS, graphql)
            plain_rate = rate(REQUESTS, baseline)
    return api_rate, plain_rate


def _load(url: str, size: int) -> tuple[IncidentRow, str]:
    """Loads ``size`` incidents and their read model; the middle row's keyset and a token."""
    with unsynchronised_commits(url):
        app = build_application(Settings(database_url=url))
        read_models = open_read_models_on(url)
        try:
            ids = declare_many(app, size)
            catch_up(app, read_models, ["incidents"], batch=1_000, progress=_progress)
            print(file=sys.stderr)
            middle = read_models.incidents.get_many([ids[size // 2]])[ids[size // 2]]
            _, token = app.create_token(CommandContext("bench"), name="bench-reader", role="reader")
        finally:
            read_models.close()
            app.close()
    analyze(url)
    return middle, token


def _requests(api: httpx.Client, plain: httpx.Client, middle: IncidentRow) -> Pair:
    """Request i of each server: the first page when i is even, else the page after ``middle``."""
    api_after = encode_cursor(middle.started_at.isoformat(), str(middle.id))
    plain_after = plain_app.encode_cursor(middle)

    def graphql(i: int) -> None:
        variables = {"first": PAGE, "after": None if i % 2 == 0 else api_after}
        response = api.post("/graphql", json={"query": INCIDENTS, "variables": variables})
        response.raise_for_status()

    def baseline(i: int) -> None:
        params = {"first": str(PAGE)} | ({} if i % 2 == 0 else {"after": plain_after})
        plain.get("/incidents", params=params).raise_for_status()

    for after, plain_cursor in ((None, None), (api_after, plain_after)):
        variables = {"first": PAGE, "after": after}
        body = api.post("/graphql", json={"query": INCIDENTS, "variables": variables}).json()
        assert "errors" not in body, body["errors"]
        served = [parse_global_id(e["node"]["id"])[1] for e in body["data"]["incidents"]["edges"]]
        params = {"first": str(PAGE)} | ({"after": plain_cursor} if plain_cursor else {})
        rows = plain.get("/incidents", params=params).json()["rows"]
        assert served == [UUID(row["id"]) for row in rows]
        assert len(served) == PAGE
    return graphql, baseline


def _progress(name: str, applied: int, total: int) -> None:
    if applied % 10_000 == 0 or applied == total:
        print(f"\r  catch-up {name}: {applied:,}/{total:,} events", end="", file=sys.stderr)
