"""Notifications sent are recorded once per idempotency key: a retry never sends twice."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest

from domain.base import CommandContext
from domain.errors import InvalidInputError, NotFoundError
from domain.notifications.model import Channel, delivery_key, notification_id

KEY = "OVERDUE:6f1c2b7e-0000-4000-8000-000000000000:2026-04-17T07:00:00+00:00"


def record(app: Any, ctx: CommandContext, key: str = KEY, **overrides: Any) -> bool:
    fields: dict[str, Any] = {
        "kind": "OVERDUE",
        "channel": "EMAIL",
        "recipient": "karim@example.org",
        "incident_id": uuid4(),
        "subject": "An action of the checkout incident is a week overdue",
    } | overrides
    return app.record_notification_sent(ctx, key, **fields)


def test_a_notification_is_recorded_once_and_then_known_as_sent(app, ctx):
    assert not app.was_sent(KEY)
    assert record(app, ctx) is True
    assert app.was_sent(KEY)
    notification = app.notification(KEY)
    assert (notification.key, notification.kind, notification.channel) == (
        KEY,
        "OVERDUE",
        Channel.EMAIL,
    )
    assert notification.id == notification_id(KEY)


def test_recording_the_same_key_again_says_already_sent_and_stores_nothing(app, ctx):
    record(app, ctx)
    assert record(app, ctx, recipient="someone-else@example.org", channel="CHAT") is False
    assert len(list(app.events.get(notification_id(KEY)))) == 1
    assert app.notification(KEY).recipient == "karim@example.org"


def test_a_second_writer_that_missed_the_first_record_still_gets_already_sent(
    app, ctx, monkeypatch
):
    record(app, ctx)
    # Two workers checked at the same time: the second one's check saw nothing, and
    # its save is refused by the store (a new aggregate under an id already taken).
    real_exists, seen = app.exists, []

    def stale_first_check(aggregate_id):
        seen.append(aggregate_id)
        return len(seen) > 1 and real_exists(aggregate_id)

    monkeypatch.setattr(app, "exists", stale_first_check)
    assert record(app, ctx) is False
    assert len(seen) == 2
    assert len(list(app.events.get(notification_id(KEY)))) == 1


def test_the_id_of_a_notification_is_derived_from_its_key():
    assert notification_id(KEY) == notification_id(KEY)
    assert notification_id(KEY) != notification_id(KEY + "x")


def test_one_reminder_to_several_recipients_has_one_delivery_key_each():
    keys = {
        delivery_key(KEY, "EMAIL", "karim@example.org"),
        delivery_key(KEY, "EMAIL", "KARIM@example.org"),
        delivery_key(KEY, "CHAT", "karim@example.org"),
        delivery_key(KEY, "EMAIL", "claire@example.org"),
    }
    assert len(keys) == 3


def test_a_notification_without_an_incident_is_recorded(app, ctx):
    assert record(app, ctx, "DIGEST:payments:2026-05", kind="DIGEST", incident_id=None)
    assert app.notification("DIGEST:payments:2026-05").incident_id is None


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"channel": "PIGEON"}, "channel"),
        ({"recipient": " "}, "recipient"),
        ({"subject": ""}, "subject"),
        ({"kind": ""}, "kind"),
    ],
)
def test_a_notification_is_checked_before_it_is_recorded(app, ctx, overrides, field):
    with pytest.raises(InvalidInputError) as info:
        record(app, ctx, **overrides)
    assert info.value.field == field
    assert not app.was_sent(KEY)


def test_an_empty_key_is_refused(app, ctx):
    with pytest.raises(InvalidInputError) as info:
        record(app, ctx, " ")
    assert info.value.field == "key"


def test_an_unknown_key_has_no_notification(app):
    with pytest.raises(NotFoundError):
        app.notification("never-sent")
