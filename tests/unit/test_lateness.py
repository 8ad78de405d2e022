"""Late post-mortems: no review scheduled by the end of the window is flagged, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.schedules.calendar import WorkingCalendar
from domain.schedules.review import is_late, review_window
from tests.unit.builders import FACILITATOR, at, mitigated, refused, resolved, review_scheduled

RESOLVED_AT = at(20)  # Tuesday 10 March 2026, 15:05 UTC
WINDOW_END = datetime(2026, 3, 17, 18, tzinfo=UTC)  # end of the 5th working day after
UTC_WEEK = WorkingCalendar(time_zone="UTC")
PARIS_WEEK = WorkingCalendar(time_zone="Europe/Paris")
SECOND = timedelta(seconds=1)


def test_the_builders_resolve_at_the_time_these_tests_assume():
    assert review_window(RESOLVED_AT, UTC_WEEK)[1] == WINDOW_END


def test_a_post_mortem_is_late_only_once_the_window_has_closed():
    assert not is_late(RESOLVED_AT, RESOLVED_AT, UTC_WEEK, review_scheduled=False)
    assert not is_late(RESOLVED_AT, WINDOW_END, UTC_WEEK, review_scheduled=False)
    assert is_late(RESOLVED_AT, WINDOW_END + SECOND, UTC_WEEK, review_scheduled=False)


def test_a_post_mortem_with_a_review_scheduled_is_never_late():
    assert not is_late(RESOLVED_AT, WINDOW_END + timedelta(days=90), UTC_WEEK, True)


def test_lateness_is_judged_in_the_team_time_zone():
    paris_end = WINDOW_END - timedelta(hours=1)  # 18:00 in Paris is 17:00 UTC in March
    assert is_late(RESOLVED_AT, paris_end + SECOND, PARIS_WEEK, review_scheduled=False)
    assert not is_late(RESOLVED_AT, paris_end + SECOND, UTC_WEEK, review_scheduled=False)


def test_a_resolved_post_mortem_past_its_window_is_flagged_late_with_an_event(app, ctx):
    incident_id = resolved(app, ctx)
    incident = app.flag_postmortem_late(ctx, incident_id, WINDOW_END + SECOND)
    assert (incident.flagged_late_at, incident.review_window_end) == (
        WINDOW_END + SECOND,
        WINDOW_END,
    )
    last = list(app.events.get(incident_id))[-1]
    assert type(last).__qualname__ == "Incident.PostmortemFlaggedLate"
    assert (last.at, last.window_end, last.principal) == (WINDOW_END + SECOND, WINDOW_END, "maya")


def test_the_window_end_follows_the_calendar_given(app, ctx):
    incident_id = resolved(app, ctx)
    incident = app.flag_postmortem_late(
        ctx, incident_id, WINDOW_END - timedelta(minutes=30), calendar=PARIS_WEEK
    )
    assert incident.review_window_end == WINDOW_END - timedelta(hours=1)


def test_a_post_mortem_is_not_flagged_late_while_its_window_is_open(app, ctx):
    incident_id = resolved(app, ctx)
    error = refused(
        app,
        incident_id,
        "POSTMORTEM_NOT_LATE",
        lambda: app.flag_postmortem_late(ctx, incident_id, WINDOW_END),
    )
    assert error.field == "at"


def test_a_post_mortem_is_flagged_late_once_and_the_second_flag_says_so(app, ctx):
    incident_id = resolved(app, ctx)
    app.flag_postmortem_late(ctx, incident_id, WINDOW_END + SECOND)
    error = refused(
        app,
        incident_id,
        "POSTMORTEM_ALREADY_LATE",
        lambda: app.flag_postmortem_late(ctx, incident_id, WINDOW_END + 2 * SECOND),
    )
    assert "already flagged late" in error.message


def test_an_incident_not_yet_resolved_is_not_flagged_late(app, ctx):
    incident_id = mitigated(app, ctx)
    refused(
        app,
        incident_id,
        "INVALID_TRANSITION",
        lambda: app.flag_postmortem_late(ctx, incident_id, WINDOW_END + timedelta(days=30)),
    )


def test_a_post_mortem_with_its_review_scheduled_is_not_flagged_late(app, ctx):
    incident_id = review_scheduled(app, ctx)
    refused(
        app,
        incident_id,
        "INVALID_TRANSITION",
        lambda: app.flag_postmortem_late(ctx, incident_id, WINDOW_END + timedelta(days=30)),
    )


def test_a_naive_time_is_refused_when_flagging(app, ctx):
    incident_id = resolved(app, ctx)
    naive = datetime(2026, 4, 1, 12)  # noqa: DTZ001 - refused on purpose
    refused(
        app,
        incident_id,
        "NAIVE_DATETIME",
        lambda: app.flag_postmortem_late(ctx, incident_id, naive),
    )


def test_a_stale_expected_version_is_a_conflict_when_flagging(app, ctx):
    incident_id = resolved(app, ctx)
    refused(
        app,
        incident_id,
        "CONFLICT",
        lambda: app.flag_postmortem_late(ctx, incident_id, WINDOW_END + SECOND, expected_version=1),
    )


def test_a_late_post_mortem_can_still_be_reviewed_and_keeps_its_flag(app, ctx):
    incident_id = resolved(app, ctx)
    app.flag_postmortem_late(ctx, incident_id, WINDOW_END + SECOND)
    app.assign_facilitator(ctx, incident_id, facilitator=FACILITATOR)
    incident = app.schedule_review(
        ctx, incident_id, at=WINDOW_END + timedelta(days=2), duration_minutes=90
    )
    assert incident.flagged_late_at == WINDOW_END + SECOND
