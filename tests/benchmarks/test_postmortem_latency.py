"""Latency of the `postmortem` query over HTTP, against a plain JSON endpoint, in the same run.

Two real server processes on loopback ports read the same read model of the same
PostgreSQL database: the API (`recul serve`: uvicorn, Starlette, authentication,
strawberry) and tests/benchmarks/plain_app.py (uvicorn, Starlette, one JSONResponse
of the stored document). One client per server sends the requests one at a time,
alternating between the servers so that both see the same machine load.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from random import Random
from uuid import UUID

import httpx

from api.ids import to_global_id
from domain.base import CommandContext
from recul.settings import Settings
from recul.wiring import build_application
from tests.benchmarks.servers import API_COMMAND, PLAIN_COMMAND, serving
from tests.benchmarks.worked import WorkedExamples

REQUESTS = 2_000
WARM_UP = 50
GRAPHQL_RESPONSE = "application/graphql-response+json"

# The six sections as typed fields (everything but the Markdown renderings).
POSTMORTEM = """query Postmortem($id: ID!) {
  postmortem(incidentId: $id) {
    id version asOf title language
    summary {
      severity services status startedAt mitigatedAt resolvedAt responders facilitator
      publishedAt detection { at by channel }
      review { scheduledAt heldAt durationMinutes attendees notes }
    }
    timeline { id at actor text source corrections }
    impact {
      usersAffectedPct usersAffectedCount durationMinutes reputation slaBreached slaNote
      revenueImpact { amount currency }
    }
    rootCauses { id version problem statement category whys { level question answer } }
    wentWell
    actions {
      id rootCause text status owner dueDate previousDueDates successCriterion verifiedBy
      tracker { system key url }
    }
    lessons { text audience }
  }
}"""


def test_postmortem_latency_against_a_plain_endpoint(
    worked_examples: WorkedExamples, tmp_path: Path
) -> None:
    url, ids = worked_examples.url, worked_examples.ids
    app = build_application(Settings(database_url=url))
    try:
        _, token = app.create_token(CommandContext("bench"), name="bench-reader", role="reader")
    finally:
        app.close()
    headers = {"authorization": f"Bearer {token}", "accept": GRAPHQL_RESPONSE}
    with (
        serving(API_COMMAND, url, tmp_path / "api.log") as api_url,
        serving(PLAIN_COMMAND, url, tmp_path / "plain.log") as plain_url,
        httpx.Client(base_url=api_url, headers=headers, timeout=30) as api,
        httpx.Client(base_url=plain_url, timeout=30) as plain,
    ):

        def graphql(incident_id: UUID) -> httpx.Response:
            variables = {"id": to_global_id("Incident", incident_id)}
            return api.post("/graphql", json={"query": POSTMORTEM, "variables": variables})

        def baseline(incident_id: UUID) -> httpx.Response:
            return plain.get(f"/postmortem/{incident_id}")

        _check_same_document(graphql(ids[0]), baseline(ids[0]))
        rng = Random(3)
        for incident_id in rng.choices(ids, k=WARM_UP):
            graphql(incident_id)
            baseline(incident_id)
        api_ms: list[float] = []
        plain_ms: list[float] = []
        for n, incident_id in enumerate(rng.choices(ids, k=REQUESTS), start=1):
            api_ms.append(_timed(graphql, incident_id))
            plain_ms.append(_timed(baseline, incident_id))
            if n % 100 == 0:
                print(f"\r  requested {n:,}/{REQUESTS:,} post-mortems", end="", file=sys.stderr)
        print(file=sys.stderr)
    _print_latencies(
        f"Post-mortem over HTTP on postgres ({len(ids):,} worked examples, "
        f"{REQUESTS:,} random requests per server, one at a time)",
        api_ms,
        plain_ms,
    )


def _timed(request: Callable[[UUID], httpx.Response], incident_id: UUID) -> float:
    started = time.perf_counter()
    response = request(incident_id)
    elapsed = (time.perf_counter() - started) * 1000
    response.raise_for_status()
    return elapsed


def _check_same_document(graphql: httpx.Response, plain: httpx.Response) -> None:
    """Both servers answer with the same post-mortem (spot check: title, timeline, actions)."""
    body, document = graphql.json(), plain.json()
    assert "errors" not in body, body["errors"]
    served = body["data"]["postmortem"]
    assert served["title"] == document["title"]
    assert len(served["timeline"]) == len(document["timeline"]) > 0
    assert len(served["actions"]) == len(document["actions"]) > 0
    assert len(served["rootCauses"]) == len(document["rootCauses"]) > 0


def _print_latencies(title: str, api_ms: list[float], plain_ms: list[float]) -> None:
    rows = [
        ("median", statistics.median(api_ms), statistics.median(plain_ms)),
        ("p99", _p99(api_ms), _p99(plain_ms)),
        ("mean", statistics.fmean(api_ms), statistics.fmean(plain_ms)),
    ]
    print(f"\n{title}")
    print(f"  {'latency':<32} {'graphql ms':>10} {'plain ms':>11} {'graphql÷plain':>15}")
    for what, ours, baseline in rows:
        print(f"  {what:<32} {ours:>10.2f} {baseline:>11.2f} {ours / baseline:>15.2f}")


def _p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[98]
