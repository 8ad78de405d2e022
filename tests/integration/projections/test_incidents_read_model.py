"""The incidents read model, on PostgreSQL and SQLite: rows, filters, counts, pages."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from domain.application import Recul
from projections.factory import ReadModels
from projections.incidents.view import ADDED_COLUMNS, IncidentFilter
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


def schedule(app: Recul, incident_id: UUID, at: datetime, minutes: int = 90) -> None:
    app.assign_facilitator(CTX, incident_id, facilitator="nadia")
    app.schedule_review(CTX, incident_id, at=at, duration_minutes=minutes)


def test_a_scheduled_review_and_a_late_flag_are_on_the_row(
    app: Recul, read_models: ReadModels
) -> None:
    reviewed, late = declare(app, "Reviewed"), declare(app, "Late")
    for incident_id in (reviewed, late):
        resolve(app, incident_id)
    schedule(app, reviewed, T0 + timedelta(days=3, hours=1), minutes=60)
    app.flag_postmortem_late(CTX, late, T0 + timedelta(days=30))
    catch_up(app, read_models)

    rows = read_models.incidents.get_many([reviewed, late])

    assert (rows[reviewed].review_at, rows[reviewed].review_minutes) == (
        T0 + timedelta(days=3, hours=1),
        60,
    )
    assert rows[reviewed].flagged_late_at is None
    assert rows[late].review_at is None
    assert rows[late].flagged_late_at == T0 + timedelta(days=30)
    assert rows[late].review_window_end == app.repository.get(late).review_window_end
    assert titles(read_models, IncidentFilter(flagged_late=True)) == {"Late"}
    assert titles(read_models, IncidentFilter(flagged_late=False)) == {"Reviewed"}


def test_a_held_review_keeps_its_scheduled_time_and_records_its_length(
    app: Recul, read_models: ReadModels
) -> None:
    incident_id = declare(app)
    resolve(app, incident_id)
    at = T0 + timedelta(days=3)
    schedule(app, incident_id, at, minutes=90)
    app.record_review(CTX, incident_id, held_at=at, duration_minutes=120, attendees=["karim"])
    catch_up(app, read_models)

    row = read_models.incidents.get_many([incident_id])[incident_id]

    assert (row.status, row.review_at, row.review_minutes) == ("REVIEWED", at, 120)


def test_reviews_between_are_soonest_first_in_a_half_open_range_and_paged(
    app: Recul, read_models: ReadModels
) -> None:
    # Two reviews at the same instant: the id breaks the tie, so no row is lost between pages.
    offsets = {"A": 3, "B": 4, "C": 4, "D": 6, "E": 9}
    for title, days in offsets.items():
        incident_id = declare(app, title)
        resolve(app, incident_id)
        schedule(app, incident_id, T0 + timedelta(days=days))
    declare(app, "Never reviewed")
    catch_up(app, read_models)
    start, end = T0 + timedelta(days=4), T0 + timedelta(days=9)

    seen, after = [], None
    while True:
        page = read_models.incidents.reviews_between(start, end, first=2, after=after)
        seen.extend(page.rows)
        if not page.has_next:
            break
        last = page.rows[-1]
        assert last.review_at is not None
        after = (last.review_at, last.id)

    assert sorted(row.title for row in seen) == ["B", "C", "D"]
    keys = [(row.review_at or T0, row.id) for row in seen]
    assert keys == sorted(keys)


def test_a_table_from_before_the_review_columns_is_upgraded_and_refilled(
    app: Recul, read_models: ReadModels
) -> None:
    incident_id = declare(app)
    resolve(app, incident_id)
    schedule(app, incident_id, T0 + timedelta(days=3))
    catch_up(app, read_models)
    view = read_models.incidents
    with view.datastore.transaction(commit=True) as curs:  # the table as it was
        curs.execute("DROP INDEX IF EXISTS incidents_review")
        for column in ADDED_COLUMNS:
            curs.execute(f"ALTER TABLE incidents DROP COLUMN {column}")

    view.create_table()

    assert view.max_tracking_id(app.name) is None
    assert view.get_many([incident_id]) == {}
    catch_up(app, read_models)
    row = view.get_many([incident_id])[incident_id]
    assert row.review_at == T0 + timedelta(days=3)
    view.create_table()  # already upgraded: nothing is emptied
    assert view.get_many([incident_id])[incident_id].review_at == T0 + timedelta(days=3)
