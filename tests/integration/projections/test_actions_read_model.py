"""The actions read model, on PostgreSQL and SQLite: rows, filters, counts, pages."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from domain.application import Recul
from projections.actions.view import ActionCursor, ActionFilter, ActionRow
from projections.factory import ReadModels
from projections.runner import catch_up
from tests.integration.projections.builders import CTX, Planned, actions, declare


def ids(read_models: ReadModels, f: ActionFilter) -> set[UUID]:
    return {row.id for row in read_models.actions.search(f, first=100).rows}


def test_an_action_row_follows_the_action_from_proposal_to_tracker_link(
    app: Recul, read_models: ReadModels
) -> None:
    incident_id = declare(app)
    [action_id] = actions(app, incident_id, Planned(owner="bob", due=date(2026, 4, 1)))
    app.start_action(CTX, action_id)
    app.reschedule_action(CTX, action_id, due_date=date(2026, 4, 15), reason="Freeze week.")
    app.link_action_to_tracker(
        CTX, action_id, system="JIRA", key="OPS-12", url="https://jira.example.com/OPS-12"
    )
    catch_up(app, read_models)

    row = read_models.actions.get_many([action_id])[action_id]

    assert row.incident_id == incident_id
    assert (row.status, row.owner, row.due_date) == ("STARTED", "bob", date(2026, 4, 15))
    assert row.success_criterion == "Done."
    assert (row.tracker_system, row.tracker_key) == ("JIRA", "OPS-12")
    assert row.tracker_url == "https://jira.example.com/OPS-12"
    assert row.version == app.repository.get(action_id).version == 5


def test_filters_select_by_status_owner_incident_and_due_date(
    app: Recul, read_models: ReadModels
) -> None:
    first, second = declare(app, "First"), declare(app, "Second")
    a, b = actions(app, first, Planned("bob", date(2026, 4, 1)), Planned("ana", date(2026, 5, 1)))
    [c] = actions(app, second, Planned(due=None))
    app.start_action(CTX, b)
    catch_up(app, read_models)

    assert ids(read_models, ActionFilter()) == {a, b, c}
    assert ids(read_models, ActionFilter(statuses=("STARTED", "PROPOSED"))) == {b, c}
    assert ids(read_models, ActionFilter(owner="bob")) == {a}
    assert ids(read_models, ActionFilter(incident_id=second)) == {c}
    assert ids(read_models, ActionFilter(due_before=date(2026, 5, 1))) == {a}


def test_overdue_actions_are_past_due_and_not_yet_done(app: Recul, read_models: ReadModels) -> None:
    incident_id = declare(app)
    late, done, cancelled, on_time, started = actions(
        app,
        incident_id,
        *[Planned(due=date(2026, 3, 1))] * 3,
        Planned(due=date(2026, 6, 1)),
        Planned(due=date(2026, 3, 2)),
    )
    app.start_action(CTX, done)
    app.complete_action(CTX, done)
    app.cancel_action(CTX, cancelled, reason="Superseded by the new pipeline.")
    app.start_action(CTX, started)
    catch_up(app, read_models)

    overdue = ids(read_models, ActionFilter(overdue_on=date(2026, 4, 1)))

    assert overdue == {late, started}
    assert on_time not in overdue


def test_counts_by_status_apply_the_filter_but_not_its_statuses(
    app: Recul, read_models: ReadModels
) -> None:
    incident_id = declare(app)
    a, b, _ = actions(app, incident_id, Planned(), Planned(), Planned(due=None))
    app.start_action(CTX, a)
    [other] = actions(app, declare(app, "Elsewhere"), Planned())
    catch_up(app, read_models)

    counts = read_models.actions.counts_by_status(
        ActionFilter(statuses=("STARTED",), incident_id=incident_id)
    )

    assert counts == {"STARTED": 1, "COMMITTED": 1, "PROPOSED": 1}
    assert read_models.actions.counts_by_status(ActionFilter()) == {
        "STARTED": 1,
        "COMMITTED": 2,
        "PROPOSED": 1,
    }
    assert {b, other} <= ids(read_models, ActionFilter(statuses=("COMMITTED",)))


def test_pages_go_by_due_date_with_undated_last_and_cover_every_row_once(
    app: Recul, read_models: ReadModels
) -> None:
    due = [date(2026, 4, 1), date(2026, 4, 1), date(2026, 3, 1), None, date(2026, 5, 1), None]
    created = set(actions(app, declare(app), *[Planned(due=d) for d in due]))
    catch_up(app, read_models)

    seen: list[ActionRow] = []
    after: ActionCursor | None = None
    while True:
        page = read_models.actions.search(ActionFilter(), first=2, after=after)
        seen.extend(page.rows)
        if not page.has_next:
            break
        after = (page.rows[-1].due_date, page.rows[-1].id)

    assert {row.id for row in seen} == created
    assert len(seen) == len(created)
    dated = [(row.due_date, row.id) for row in seen if row.due_date is not None]
    assert dated == sorted(dated)
    assert [row.due_date for row in seen[-2:]] == [None, None]
    assert seen[-2].id < seen[-1].id


def test_for_incidents_groups_each_incidents_actions_in_one_call(
    app: Recul, read_models: ReadModels
) -> None:
    first, second, quiet = declare(app, "First"), declare(app, "Second"), declare(app, "Quiet")
    a, b = actions(app, first, Planned(due=date(2026, 5, 1)), Planned(due=date(2026, 4, 1)))
    [c] = actions(app, second, Planned())
    catch_up(app, read_models)

    grouped = read_models.actions.for_incidents([first, second, quiet])

    assert [row.id for row in grouped[first]] == [b, a]
    assert [row.id for row in grouped[second]] == [c]
    assert grouped[quiet] == []
