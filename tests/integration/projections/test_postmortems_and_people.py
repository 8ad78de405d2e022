"""The post-mortems and people read models, on PostgreSQL and SQLite."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from domain.application import Recul
from domain.postmortem.document import assemble, to_data
from projections.factory import ReadModels
from projections.people.view import PersonRole
from projections.runner import catch_up
from recul.demo import load_examples
from tests.integration.projections.builders import CTX, Planned, actions, declare, resolve


def test_the_document_is_the_assembled_postmortem_after_catch_up(
    app: Recul, read_models: ReadModels
) -> None:
    [(incident_id, _)] = load_examples(app)
    catch_up(app, read_models)

    stored = read_models.postmortems.get_many([incident_id])

    assert stored == {incident_id: to_data(assemble(app, incident_id))}
    assert stored[incident_id]["version"] == app.repository.get(incident_id).version


def test_a_change_to_a_part_of_the_incident_updates_its_document(
    app: Recul, read_models: ReadModels
) -> None:
    [(incident_id, _)] = load_examples(app)
    catch_up(app, read_models)
    at = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)
    app.add_timeline_entry(CTX, incident_id, at=at, actor="bob", text="Retro.")
    action_id = UUID(to_data(assemble(app, incident_id))["actions"][0]["id"])
    app.start_action(CTX, action_id)
    catch_up(app, read_models)

    document = read_models.postmortems.get_many([incident_id])[incident_id]

    assert document == to_data(assemble(app, incident_id))
    assert document["timeline"][-1]["text"] == "Retro."
    assert document["actions"][0]["status"] == "STARTED"


def test_documents_are_kept_per_incident(app: Recul, read_models: ReadModels) -> None:
    first, second = declare(app, "First"), declare(app, "Second")
    actions(app, second, Planned())
    catch_up(app, read_models)

    stored = read_models.postmortems.get_many([first, second])

    assert stored == {i: to_data(assemble(app, i)) for i in (first, second)}


def test_people_are_responders_detectors_facilitators_and_action_owners(
    app: Recul, read_models: ReadModels
) -> None:
    incident_id = declare(app)
    app.add_responder(CTX, incident_id, responder="karim")
    resolve(app, incident_id, detector="lisa")
    app.assign_facilitator(CTX, incident_id, facilitator="nadia")
    actions(app, incident_id, Planned(owner="karim"), Planned(owner="bob"), Planned(due=None))
    other = declare(app, "Other")
    actions(app, other, Planned(owner="karim"))
    catch_up(app, read_models)

    roles = read_models.people.roles(incident_ids=[incident_id])

    assert roles == [
        PersonRole("bob", incident_id, "OWNER"),
        PersonRole("karim", incident_id, "OWNER"),
        PersonRole("karim", incident_id, "RESPONDER"),
        PersonRole("lisa", incident_id, "DETECTOR"),
        PersonRole("nadia", incident_id, "FACILITATOR"),
    ]
    karim = read_models.people.roles(handle="karim")
    assert sorted((r.incident_id, r.role) for r in karim) == sorted(
        [(incident_id, "OWNER"), (incident_id, "RESPONDER"), (other, "OWNER")]
    )
    assert read_models.people.roles(handle="karim", incident_ids=[other]) == [
        PersonRole("karim", other, "OWNER")
    ]


def test_a_reassigned_facilitator_replaces_the_previous_one(
    app: Recul, read_models: ReadModels
) -> None:
    incident_id = declare(app)
    resolve(app, incident_id)
    app.assign_facilitator(CTX, incident_id, facilitator="nadia")
    app.assign_facilitator(CTX, incident_id, facilitator="omar")
    catch_up(app, read_models)

    facilitators = [
        r.handle
        for r in read_models.people.roles(incident_ids=[incident_id])
        if r.role == "FACILITATOR"
    ]

    assert facilitators == ["omar"]


def test_handles_are_distinct_ordered_and_paged(app: Recul, read_models: ReadModels) -> None:
    for n, person in enumerate(["eve", "bob", "dan", "ana", "cat"]):
        incident_id = declare(app, f"Incident {n}")
        app.add_responder(CTX, incident_id, responder=person)
        app.add_responder(CTX, incident_id, responder="zoe")
    catch_up(app, read_models)

    first = read_models.people.handles(first=4)
    rest = read_models.people.handles(first=4, after=first.rows[-1])

    assert (first.rows, first.has_next) == (["ana", "bob", "cat", "dan"], True)
    assert (rest.rows, rest.has_next) == (["eve", "zoe"], False)
