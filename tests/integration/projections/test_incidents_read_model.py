"""The incidents read model, on PostgreSQL and SQLite: rows, filters, counts, pages."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

from domain.application import Recul
from projections.factory import ReadModels
from projections.incidents.view import IncidentFilter
from projections.runner import catch_up
from tests.integration.projections.builders import CTX, T0, declare, resolve


def titles(read_models: ReadModels, f: IncidentFilter) -> set[str]:
    return {row.title for row in read_models.incidents.search(f, first=100).rows}


def test_an_incident_row_follows_the_incident_through_its_lifecycle(
    app: Recul, read_models: ReadModels
) -> None:
    incident_id = declare(app, "Payments time out", severity="SEV1", services=("pay", "edge"))
    resolve(app, incident_id)
    app.add_responder(CTX, incident_id, responder="karim")
    app.assign_facilitator(CTX, incident_id, facilitator="nadia")
    catch_up(app, read_models)

    row = read_models.incidents.get_many([incident_id])[incident_id]

    assert (row.title, row.status, row.severity, row.language) == (
        "Payments time out",
        "RESOLVED",
        "SEV1",
        "en",
    )
    assert row.services == ["pay", "edge"]
    assert row.started_at == T0
    assert row.detected_at == T0 + timedelta(minutes=5)
    assert row.resolved_at == T0 + timedelta(minutes=15)
    assert (row.detected_by, row.facilitator, row.published_at) == ("lisa", "nadia", None)
    assert row.version == app.repository.get(incident_id).version == 6


def test_filters_select_by_status_severity_service_and_start_period(
    app: Recul, read_models: ReadModels
) -> None:
    declare(app, "A", severity="SEV1", services=("api",), started_at=T0)
    resolve(app, declare(app, "B", severity="SEV2", services=("api", "db"), started_at=T0))
    declare(app, "C", severity="SEV3", services=("db",), started_at=T0 + timedelta(days=1))
    declare(app, "D", severity="SEV2", services=("web",), started_at=T0 + timedelta(days=2))
    catch_up(app, read_models)

    assert titles(read_models, IncidentFilter()) == {"A", "B", "C", "D"}
    assert titles(read_models, IncidentFilter(statuses=("RESOLVED",))) == {"B"}
    assert titles(read_models, IncidentFilter(statuses=("DECLARED", "RESOLVED"))) == {
        "A",
        "B",
        "C",
        "D",
    }
    assert titles(read_models, IncidentFilter(severities=("SEV1", "SEV3"))) == {"A", "C"}
    assert titles(read_models, IncidentFilter(service="db")) == {"B", "C"}
    assert titles(read_models, IncidentFilter(service="d")) == set()
    window = IncidentFilter(
        started_from=T0 + timedelta(days=1), started_until=T0 + timedelta(days=2)
    )
    assert titles(read_models, window) == {"C"}
    both = IncidentFilter(severities=("SEV2",), service="api")
    assert titles(read_models, both) == {"B"}


def test_the_text_filter_is_a_case_insensitive_substring_with_literal_wildcards(
    app: Recul, read_models: ReadModels
) -> None:
    for title in ["Database DOWN", "100% of logins fail", "disk_full on db-1", "Diskette", "ÉCOLE"]:
        declare(app, title)
    catch_up(app, read_models)

    assert titles(read_models, IncidentFilter(text="down")) == {"Database DOWN"}
    assert titles(read_models, IncidentFilter(text="0%")) == {"100% of logins fail"}
    assert titles(read_models, IncidentFilter(text="k_f")) == {"disk_full on db-1"}
    assert titles(read_models, IncidentFilter(text="%")) == {"100% of logins fail"}
    assert titles(read_models, IncidentFilter(text="DISK")) == {"disk_full on db-1", "Diskette"}
    assert titles(read_models, IncidentFilter(text="école")) == {"ÉCOLE"}


def test_counts_match_the_filter(app: Recul, read_models: ReadModels) -> None:
    for n in range(5):
        declare(app, f"Incident {n}", severity="SEV1" if n % 2 else "SEV4")
    catch_up(app, read_models)

    assert read_models.incidents.count(IncidentFilter()) == 5
    assert read_models.incidents.count(IncidentFilter(severities=("SEV1",))) == 2
    assert read_models.incidents.count(IncidentFilter(text="nothing like it")) == 0


def test_pages_are_newest_first_and_cover_every_row_once(
    app: Recul, read_models: ReadModels
) -> None:
    # Several incidents share a start time: the id breaks the tie, so no row is lost.
    starts = [T0 + timedelta(hours=h) for h in (0, 1, 1, 1, 2, 3, 3)]
    ids = {declare(app, f"Incident {n}", started_at=at) for n, at in enumerate(starts)}
    catch_up(app, read_models)

    seen, after, pages = [], None, 0
    while True:
        page = read_models.incidents.search(IncidentFilter(), first=3, after=after)
        seen.extend(page.rows)
        pages += 1
        if not page.has_next:
            break
        after = (page.rows[-1].started_at, page.rows[-1].id)

    assert pages == 3
    assert {row.id for row in seen} == ids
    assert len(seen) == len(ids)
    keys = [(row.started_at, row.id) for row in seen]
    assert keys == sorted(keys, reverse=True)


def test_get_many_returns_only_the_incidents_that_exist(
    app: Recul, read_models: ReadModels
) -> None:
    first, second = declare(app, "One"), declare(app, "Two")
    catch_up(app, read_models)

    found = read_models.incidents.get_many([first, second, UUID(int=7)])

    assert set(found) == {first, second}
    assert read_models.incidents.get_many([]) == {}
