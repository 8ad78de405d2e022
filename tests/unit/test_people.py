"""The people registry: one person per handle, checked addresses, zones, languages, managers."""

from __future__ import annotations

from typing import Any

import pytest

from domain.application import Recul
from domain.base import CommandContext
from domain.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    NothingToChangeError,
    PersonExistsError,
)
from domain.people.model import REGISTRY_ID, Person, person_id
from domain.values import Language
from tests.unit.builders import DETECTOR, FACILITATOR, RESPONDER, refused, resolved, version


def claire(app: Recul, ctx: CommandContext, **overrides: Any) -> Person:
    fields: dict[str, Any] = {
        "handle": "claire",
        "name": "Claire Martin",
        "email": "claire@example.org",
        "team": "payments",
        "time_zone": "Europe/Paris",
    } | overrides
    return app.register_person(ctx, **fields)


def test_a_registered_person_keeps_every_field_and_defaults_to_english(app, ctx):
    person = claire(app, ctx, manager="nadia")
    assert (person.handle, person.name, person.email) == (
        "claire",
        "Claire Martin",
        "claire@example.org",
    )
    assert (person.team, person.time_zone, person.manager) == ("payments", "Europe/Paris", "nadia")
    assert person.language is Language.EN
    assert app.person("claire").version == person.version


def test_the_person_id_is_derived_from_the_handle_whatever_its_case(app, ctx):
    person = claire(app, ctx, handle="Claire")
    assert person.id == person_id("claire") == person_id(" CLAIRE ")
    assert app.person("cLaIrE").handle == "Claire"


def test_a_handle_is_registered_once_whatever_its_case(app, ctx):
    claire(app, ctx)
    with pytest.raises(PersonExistsError) as info:
        claire(app, ctx, handle="CLAIRE", email="other@example.org")
    assert info.value.code == "PERSON_EXISTS"
    assert isinstance(info.value, ConflictError)
    assert info.value.field == "handle"
    assert [p.handle for p in app.people()] == ["claire"]


def test_the_person_and_the_registry_are_saved_in_one_commit(app, ctx):
    person = claire(app, ctx)
    registered = [type(e).__qualname__ for e in app.events.get(REGISTRY_ID)]
    assert registered == ["PeopleRegistry.Started", "PeopleRegistry.Registered"]
    assert len(list(app.events.get(person.id))) == 1  # both written
    assert version(app, REGISTRY_ID) == 2


def test_people_are_listed_in_the_order_they_were_registered(app, ctx):
    assert app.people() == []
    claire(app, ctx)
    claire(app, ctx, handle="omar", email="omar@example.org", language="fr")
    assert [(p.handle, p.language) for p in app.people()] == [
        ("claire", Language.EN),
        ("omar", Language.FR),
    ]


@pytest.mark.parametrize(
    "address",
    [
        "claire",
        "claire@",
        "@example.org",
        "claire@example",
        "a b@example.org",
        "a@@example.org",
        "claire@-example.org",
        "claire@example..org",
        "",
    ],
)
def test_an_email_address_must_have_a_plausible_syntax(app, ctx, address):
    with pytest.raises(InvalidInputError) as info:
        claire(app, ctx, email=address)
    assert info.value.code == "INVALID_INPUT"
    assert info.value.field == "email"


@pytest.mark.parametrize(
    "address",
    ["claire@example.org", "claire.martin+recul@mail.example.co.uk", "o'neil@ex-ample.fr"],
)
def test_ordinary_email_addresses_are_accepted(app, ctx, address):
    assert claire(app, ctx, email=address).email == address


@pytest.mark.parametrize("zone", ["Europe/Pariss", "CET+1", "/etc/passwd", "../zoneinfo/UTC", ""])
def test_the_time_zone_must_be_a_known_iana_name(app, ctx, zone):
    with pytest.raises(InvalidInputError) as info:
        claire(app, ctx, time_zone=zone)
    assert info.value.code == "INVALID_INPUT"
    assert info.value.field == "timeZone"


def test_the_language_is_english_or_french(app, ctx):
    assert claire(app, ctx, language="FR").language is Language.FR
    with pytest.raises(InvalidInputError) as info:
        claire(app, ctx, handle="omar", language="de")
    assert info.value.field == "language"


@pytest.mark.parametrize("manager", ["claire", "CLAIRE", " Claire "])
def test_nobody_is_their_own_manager(app, ctx, manager):
    with pytest.raises(InvalidInputError) as info:
        claire(app, ctx, manager=manager)
    assert info.value.field == "manager"


def test_a_refused_registration_stores_nothing(app, ctx):
    with pytest.raises(InvalidInputError):
        claire(app, ctx, email="nope")
    assert app.people() == []
    assert not app.exists(person_id("claire"))


def test_an_update_changes_only_the_given_fields_and_says_which(app, ctx):
    claire(app, ctx, manager="nadia")
    person = app.update_person(ctx, "Claire", team="platform", language="fr")
    assert (person.team, person.language, person.manager) == ("platform", Language.FR, "nadia")
    assert (person.name, person.email, person.time_zone) == (
        "Claire Martin",
        "claire@example.org",
        "Europe/Paris",
    )
    updated = list(app.events.get(person.id))[-1]
    assert type(updated).__qualname__ == "Person.Updated"
    assert updated.changed == ["team", "language"]


def test_an_empty_manager_removes_the_manager(app, ctx):
    claire(app, ctx, manager="nadia")
    assert app.update_person(ctx, "claire", manager="").manager is None


@pytest.mark.parametrize(
    "change", [{}, {"team": "payments"}, {"name": " Claire Martin "}, {"manager": ""}]
)
def test_an_update_that_changes_nothing_is_refused(app, ctx, change):
    person = claire(app, ctx)
    error = refused(
        app, person.id, "NOTHING_TO_CHANGE", lambda: app.update_person(ctx, "claire", **change)
    )
    assert isinstance(error, NothingToChangeError)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"email": "nope"}, "email"),
        ({"time_zone": "Mars/Olympus"}, "timeZone"),
        ({"language": "es"}, "language"),
        ({"manager": "Claire"}, "manager"),
        ({"name": " "}, "name"),
    ],
)
def test_an_update_is_checked_like_a_registration(app, ctx, change, field):
    person = claire(app, ctx)
    error = refused(
        app, person.id, "INVALID_INPUT", lambda: app.update_person(ctx, "claire", **change)
    )
    assert error.field == field


def test_an_update_with_a_stale_version_is_a_conflict(app, ctx):
    person = claire(app, ctx)
    app.update_person(ctx, "claire", team="platform")
    refused(
        app,
        person.id,
        "CONFLICT",
        lambda: app.update_person(ctx, "claire", team="sre", expected_version=person.version),
    )


def test_an_unknown_person_is_not_found(app, ctx):
    for call in (lambda: app.person("ghost"), lambda: app.update_person(ctx, "ghost", team="x")):
        with pytest.raises(NotFoundError) as info:
            call()
        assert info.value.code == "NOT_FOUND"
        assert info.value.field == "handle"


def test_managers_are_known_only_for_registered_people_with_a_manager(app, ctx):
    claire(app, ctx, manager="nadia")
    claire(app, ctx, handle="omar", email="omar@example.org")
    assert app.managers_of(["CLAIRE", "omar", "ghost"]) == {"CLAIRE": "nadia"}
    assert app.managers_of([]) == {}


def test_every_registration_and_update_records_who_acted(app, ctx):
    person = claire(app, ctx)
    app.update_person(CommandContext(actor="nadia"), "claire", team="platform")
    assert [e.principal for e in app.events.get(person.id)] == ["maya", "nadia"]


# Facilitator neutrality: no authority over the people in the review.


def register(app: Recul, ctx: CommandContext, handle: str, manager: str | None = None) -> None:
    app.register_person(
        ctx,
        handle,
        name=handle.title(),
        email=f"{handle}@example.org",
        team="payments",
        time_zone="Europe/Paris",
        manager=manager,
    )


@pytest.mark.parametrize(("person", "role"), [(RESPONDER, "responder"), (DETECTOR, "detector")])
def test_the_manager_of_a_responder_or_of_the_detector_cannot_facilitate(app, ctx, person, role):
    register(app, ctx, person, manager="Nadia")
    incident_id = resolved(app, ctx)
    error = refused(
        app,
        incident_id,
        "FACILITATOR_NOT_NEUTRAL",
        lambda: app.assign_facilitator(ctx, incident_id, facilitator="nadia"),
    )
    assert error.field == "facilitator"
    assert f"manages {person}, the {role}" in error.message


def test_a_facilitator_who_manages_no_one_in_the_review_is_assigned(app, ctx):
    register(app, ctx, RESPONDER, manager="nadia")
    register(app, ctx, FACILITATOR, manager="nadia")
    incident_id = resolved(app, ctx)
    assert app.assign_facilitator(ctx, incident_id, facilitator=FACILITATOR).facilitator == (
        FACILITATOR
    )


def test_without_registered_managers_facilitators_are_judged_as_before(app, ctx):
    incident_id = resolved(app, ctx)
    assert app.assign_facilitator(ctx, incident_id, facilitator="nadia").facilitator == "nadia"


def test_a_responder_who_reports_to_the_facilitator_cannot_be_added(app, ctx):
    incident_id = resolved(app, ctx)
    app.assign_facilitator(ctx, incident_id, facilitator="nadia")
    register(app, ctx, "omar", manager="NADIA")
    error = refused(
        app,
        incident_id,
        "FACILITATOR_NOT_NEUTRAL",
        lambda: app.add_responder(ctx, incident_id, responder="Omar"),
    )
    assert error.field == "responder"


def test_a_manager_change_after_the_assignment_counts_at_the_next_assignment(app, ctx):
    register(app, ctx, RESPONDER)
    incident_id = resolved(app, ctx)
    app.assign_facilitator(ctx, incident_id, facilitator="nadia")
    app.update_person(ctx, RESPONDER, manager="nadia")
    refused(
        app,
        incident_id,
        "FACILITATOR_NOT_NEUTRAL",
        lambda: app.assign_facilitator(ctx, incident_id, facilitator="nadia"),
    )
