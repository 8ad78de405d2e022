"""The application on PostgreSQL and on SQLite: the same tests, run on each recorder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from domain.application import Recul
from domain.audit import as_of_version, history
from domain.base import CommandContext
from domain.errors import ConflictError, PublishBlockedError
from domain.incidents.model import Incident, Status
from domain.postmortem.document import assemble, to_data
from domain.postmortem.markdown import render_markdown
from recul.demo import load_examples
from recul.settings import Settings
from recul.wiring import build_application


@pytest.fixture
def reopen(database_url: str) -> Iterator[object]:
    """Opens more applications on the same database (fresh connections, no shared cache)."""
    opened: list[Recul] = []

    def _open() -> Recul:
        opened.append(build_application(Settings(database_url=database_url)))
        return opened[-1]

    yield _open
    for app in opened:
        app.close()


def test_the_worked_example_is_recorded_and_read_back_from_the_store(store: Recul, reopen) -> None:
    [(incident_id, loaded_now)] = load_examples(store)
    assert loaded_now

    data = to_data(assemble(reopen(), incident_id))

    assert data["title"] == "Checkout deploy broke production"
    assert data["detection"] == {
        "at": "2026-03-10T14:50:00+01:00",
        "by": "lisa",
        "channel": "MONITORING",
    }
    assert [e["actor"] for e in data["timeline"]] == [
        "deploy pipeline",
        "lisa",
        "bob",
        "deploy pipeline",
    ]
    assert data["impact"]["revenueImpact"] == {"amount": "4200", "currency": "EUR"}
    assert len(data["rootCauses"][0]["whys"]) == 5
    assert data["rootCauses"][0]["category"] == "PLANNING"
    assert [a["dueDate"] for a in data["actions"]] == ["2026-04-10", "2026-04-30", "2026-03-24"]
    assert len(data["wentWell"]) == 2
    assert len(data["lessons"]) == 1


def test_loading_the_examples_twice_loads_them_once(store: Recul, reopen) -> None:
    [(first, _)] = load_examples(store)
    [(again, loaded_now)] = load_examples(reopen())
    assert (again, loaded_now) == (first, False)


def test_the_worked_example_goes_through_review_to_publication(
    store: Recul, ctx: CommandContext, reopen
) -> None:
    [(incident_id, _)] = load_examples(store)
    resolved = store.load(Incident, incident_id).resolved_at
    assert resolved is not None
    store.schedule_review(ctx, incident_id, at=resolved + timedelta(days=4), duration_minutes=90)
    store.record_review(
        ctx,
        incident_id,
        held_at=resolved + timedelta(days=4),
        duration_minutes=75,
        attendees=["bob", "karim", "lisa"],
    )
    store.publish_postmortem(ctx, incident_id)

    incident = reopen().load(Incident, incident_id)
    assert incident.status is Status.PUBLISHED
    assert incident.review_minutes == 75


def test_a_stale_expected_version_is_a_conflict_and_stores_nothing(
    store: Recul, ctx: CommandContext, reopen
) -> None:
    incident = store.declare_incident(
        ctx, title="Disk full on db-3", severity="SEV1", services=["billing-db"], started_at=_t(0)
    )
    store.record_detection(
        ctx, incident.id, at=_t(5), by="yanis", channel="EMPLOYEE", expected_version=1
    )

    with pytest.raises(ConflictError) as refused:
        store.add_responder(ctx, incident.id, responder="ana", expected_version=1)

    assert refused.value.code == "CONFLICT"
    assert reopen().load(Incident, incident.id).version == 2


def test_history_and_an_earlier_version_are_read_from_the_store(
    store: Recul, ctx: CommandContext, reopen
) -> None:
    incident = store.declare_incident(
        ctx, title="Queue stalled", severity="SEV3", services=["jobs"], started_at=_t(0)
    )
    store.add_responder(CommandContext("ana", "corr-1"), incident.id, responder="ana")
    store.record_detection(ctx, incident.id, at=_t(3), by="yanis", channel="MONITORING")

    app = reopen()
    events = history(app, incident.id)
    earlier = as_of_version(app, incident.id, 2)

    assert [(e.version, e.type, e.actor) for e in events] == [
        (1, "Incident.Declared", "claire"),
        (2, "Incident.ResponderAdded", "ana"),
        (3, "Incident.Detected", "claire"),
    ]
    assert events[1].correlation_id == "corr-1"
    assert events[1].changes == {"responder": "ana"}
    assert isinstance(earlier, Incident)
    assert (earlier.responders, earlier.detected_by) == (["ana"], None)


def test_dates_decimals_and_offsets_survive_the_round_trip(
    store: Recul, ctx: CommandContext, reopen
) -> None:
    [(incident_id, _)] = load_examples(store)
    doc = assemble(reopen(), incident_id)
    impact = doc.incident.impact

    assert impact is not None
    assert impact.revenue_amount == Decimal("4200")
    assert doc.causes[0].actions[0].due_date == date(2026, 4, 10)
    assert doc.incident.started_at.utcoffset() == timedelta(hours=1)


def test_publishing_is_refused_while_a_root_cause_has_no_action(
    store: Recul, ctx: CommandContext
) -> None:
    [(incident_id, _)] = load_examples(store)
    store.open_root_cause(
        ctx, incident_id, problem="The alert fired five minutes after the errors began."
    )
    resolved = store.load(Incident, incident_id).resolved_at
    assert resolved is not None
    store.schedule_review(ctx, incident_id, at=resolved + timedelta(days=3), duration_minutes=60)
    store.record_review(
        ctx, incident_id, held_at=resolved + timedelta(days=3), duration_minutes=60, attendees=[]
    )
    version = store.load(Incident, incident_id).version

    with pytest.raises(PublishBlockedError):
        store.publish_postmortem(ctx, incident_id)
    assert store.load(Incident, incident_id).version == version


def test_both_markdown_languages_render_from_the_store(store: Recul, reopen) -> None:
    [(incident_id, _)] = load_examples(store)
    doc = assemble(reopen(), incident_id)

    assert "## 3. Root causes (5 Whys)" in render_markdown(doc, lang="en")
    assert "## 3. Causes racines (5 Pourquoi)" in render_markdown(doc, lang="fr")
    assert "lisa" not in render_markdown(doc, lang="en", redacted=True)


def _t(minutes: int) -> datetime:
    return datetime.fromisoformat("2026-05-02T09:00:00+02:00") + timedelta(minutes=minutes)
