"""The worked example, written mutation by mutation over HTTP and read back in every form."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from importlib.resources import files
from typing import Any

from tests.e2e.client import GraphQLClient, poll
from tests.e2e.conftest import Server

INCIDENT = "incident { id version status title severity services startedAt detectedAt detectedBy resolvedAt publishedAt facilitator }"
TIMELINE = "timeline { version entries { id actor text } } entry { id at actor text source }"
ROOT_CAUSE = "rootCause { id version problem whys { level question answer } statement category }"
ACTION = "action { id version rootCauseId text status owner dueDate successCriterion }"
PEOPLE = re.compile(r"(?<!\w)(lisa|bob|karim|claire)(?!\w)", re.IGNORECASE)
REVIEW_MINUTES = 90

POSTMORTEM = """query($id: ID!) { postmortem(incidentId: $id) {
  id version title language
  summary { severity services status startedAt mitigatedAt resolvedAt publishedAt responders
    facilitator detection { at by channel } review { scheduledAt heldAt durationMinutes attendees } }
  timeline { at actor text source corrections }
  impact { usersAffectedPct usersAffectedCount durationMinutes revenueImpact { amount currency }
    reputation slaBreached }
  rootCauses { problem whys { level question answer } statement category }
  wentWell
  actions { text status owner dueDate successCriterion }
  lessons { text audience }
  en: markdown(language: EN) fr: markdown(language: FR) redacted: markdown(redacted: true)
} }"""
AS_OF_VERSION = """query($id: ID!, $version: Int!) { postmortem(incidentId: $id, asOfVersion: $version) {
  version summary { status responders detection { at by channel } } markdown
} }"""
HISTORY = """query($id: ID!) { history(id: $id) {
  type version recordedAt actor correlationId changedFields { name value }
} }"""

# The worked example's incident was resolved long ago: whenever a pass of the server's
# scheduler falls during the replay, it flags the post-mortem late, a write of its own.
SCHEDULER_EVENTS = {"PostmortemFlaggedLate"}
EXPECTED_HISTORY = [
    "Declared",
    "ResponderAdded",
    "ResponderAdded",
    "Detected",
    "Mitigated",
    "Resolved",
    "ImpactAssessed",
    "FacilitatorAssigned",
    "RootCauseOpened",
    "WentWellRecorded",
    "WentWellRecorded",
    "LessonRecorded",
    "ReviewScheduled",
    "Reviewed",
    "PostmortemPublished",
]
BEFORE_DETECTION = 3  # declared, then two responders added


def worked_example() -> dict[str, Any]:
    text = (files("recul") / "examples" / "deploy-broke-prod.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def instant(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def same_instant(a: str | None, b: str) -> bool:
    return a is not None and instant(a) == instant(b)


@dataclass
class Replay:
    """The worked example being written; each write checks its payload and moves a version."""

    client: GraphQLClient
    example: dict[str, Any]
    incident_id: str = ""
    incident_version: int = 0
    timeline_version: int = 0
    cause_ids: list[str] = field(default_factory=list)
    cause_versions: dict[str, int] = field(default_factory=dict)

    def incident(self, name: str, **input: Any) -> dict[str, Any]:
        incident: dict[str, Any] = self.write(name, INCIDENT, input)["incident"]
        assert incident["version"] == self.incident_version + 1, name
        self.incident_version = incident["version"]
        return incident

    def write(self, name: str, fields: str, input: dict[str, Any]) -> dict[str, Any]:
        """The accepted payload of a mutation that expects the incident's version."""
        payload = self.client.attempt(name, fields, self.expecting(input))
        if [error["code"] for error in payload["userErrors"]] == ["CONFLICT"]:
            # The server's scheduler wrote in between, as the error says: reload, retry.
            self.incident_version = self.scheduler_caught_up()
            payload = self.client.attempt(name, fields, self.expecting(input))
        assert payload["userErrors"] == [], f"{name}: {payload['userErrors']}"
        return payload

    def expecting(self, input: dict[str, Any]) -> dict[str, Any]:
        return {"incidentId": self.incident_id, "expectedVersion": self.incident_version, **input}

    def scheduler_caught_up(self) -> int:
        """The incident's version, once every event since ours is the scheduler's."""
        events = self.client.execute(HISTORY, {"id": self.incident_id})["history"]
        newer = [e for e in events if e["version"] > self.incident_version]
        assert newer, "a conflict with no newer event"
        assert {kind(e) for e in newer} <= SCHEDULER_EVENTS, [kind(e) for e in newer]
        return int(newer[-1]["version"])

    def declare(self) -> None:
        e = self.example
        payload = self.client.mutate(
            "declareIncident",
            INCIDENT,
            {
                "title": e["title"],
                "severity": e["severity"],
                "services": e["services"],
                "startedAt": e["started_at"],
                "language": e["language"].upper(),
            },
        )
        incident = payload["incident"]
        assert (incident["title"], incident["status"], incident["version"]) == (
            e["title"],
            "DECLARED",
            1,
        )
        assert incident["services"] == e["services"]
        assert same_instant(incident["startedAt"], e["started_at"])
        self.incident_id, self.incident_version = incident["id"], 1

    def respond(self) -> None:
        e = self.example
        for responder in e["responders"]:
            self.incident("addResponder", responder=responder)
        detected = self.incident(
            "recordDetection",
            at=e["detected_at"],
            by=e["detected_by"],
            channel=e["detection_channel"],
        )
        assert (detected["status"], detected["detectedBy"]) == ("DETECTED", e["detected_by"])
        assert same_instant(detected["detectedAt"], e["detected_at"])
        mitigated = self.incident("mitigateIncident", at=e["mitigated_at"])
        assert mitigated["status"] == "MITIGATED"
        resolved = self.incident("resolveIncident", at=e["resolved_at"])
        assert resolved["status"] == "RESOLVED"
        assert same_instant(resolved["resolvedAt"], e["resolved_at"])

    def assess_impact(self) -> None:
        m = self.example["impact"]
        self.incident(
            "assessImpact",
            usersAffectedPct=m["users_affected_pct"],
            usersAffectedCount=m["users_affected_count"],
            durationMinutes=m["duration_minutes"],
            revenueAmount=str(m["revenue_impact"]["amount"]),
            revenueCurrency=m["revenue_impact"]["currency"],
            reputation=m["reputation"],
        )

    def write_timeline(self) -> None:
        for n, entry in enumerate(self.example["timeline"], 1):
            payload = self.client.mutate(
                "addTimelineEntry",
                TIMELINE,
                {
                    "incidentId": self.incident_id,
                    "at": entry["at"],
                    "actor": entry["actor"],
                    "text": entry["text"],
                    "expectedVersion": self.timeline_version,
                },
            )
            written, timeline = payload["entry"], payload["timeline"]
            assert (written["actor"], written["text"], written["source"]) == (
                entry["actor"],
                entry["text"],
                "MANUAL",
            )
            assert same_instant(written["at"], entry["at"])
            assert len(timeline["entries"]) == n
            # The first entry also creates the timeline: one or two events per write.
            assert timeline["version"] > self.timeline_version
            self.timeline_version = timeline["version"]

    def assign_facilitator(self) -> None:
        assigned = self.incident("assignFacilitator", facilitator=self.example["facilitator"])
        assert assigned["facilitator"] == self.example["facilitator"]

    def find_root_causes(self) -> None:
        for cause in self.example["root_causes"]:
            cause_id, version = self.find_root_cause(cause)
            self.cause_ids.append(cause_id)
            self.cause_versions[cause_id] = version

    def find_root_cause(self, cause: dict[str, Any]) -> tuple[str, int]:
        opened = self.write("openRootCause", ROOT_CAUSE, {"problem": cause["problem"]})["rootCause"]
        self.incident_version += 1  # the incident notes the root cause it opened
        assert (opened["problem"], opened["version"], opened["whys"]) == (cause["problem"], 1, [])
        cause_id, version = opened["id"], opened["version"]
        for level, why in enumerate(cause["whys"], 1):
            answered = self.client.mutate(
                "answerWhy",
                ROOT_CAUSE,
                {"rootCauseId": cause_id, "level": level, **why, "expectedVersion": version},
            )["rootCause"]
            assert answered["whys"][-1] == {"level": level, **why}
            assert answered["version"] == version + 1
            version = answered["version"]
        identified = self.client.mutate(
            "identifyRootCause",
            ROOT_CAUSE,
            {
                "rootCauseId": cause_id,
                "statement": cause["statement"],
                "category": cause["category"],
                "expectedVersion": version,
            },
        )["rootCause"]
        assert (identified["statement"], identified["category"]) == (
            cause["statement"],
            cause["category"],
        )
        assert identified["version"] == version + 1
        return str(cause_id), identified["version"]

    def commit_actions(self) -> None:
        for a in self.example["actions"]:
            cause_id = self.cause_ids[a["root_cause"]]
            proposed = self.client.mutate(
                "proposeAction",
                ACTION,
                {
                    "rootCauseId": cause_id,
                    "text": a["text"],
                    "expectedVersion": self.cause_versions[cause_id],
                },
            )["action"]
            self.cause_versions[cause_id] += 1  # the cause records the action attached to it
            assert (proposed["text"], proposed["status"], proposed["rootCauseId"]) == (
                a["text"],
                "PROPOSED",
                cause_id,
            )
            committed = self.client.mutate(
                "commitAction",
                ACTION,
                {
                    "actionId": proposed["id"],
                    "owner": a["owner"],
                    "dueDate": a["due_date"],
                    "successCriterion": a["success_criterion"],
                    "expectedVersion": proposed["version"],
                },
            )["action"]
            assert (committed["status"], committed["owner"], committed["dueDate"]) == (
                "COMMITTED",
                a["owner"],
                a["due_date"],
            )
            assert committed["successCriterion"] == a["success_criterion"]

    def record_learning(self) -> None:
        for text in self.example["went_well"]:
            self.incident("recordWentWell", text=text)
        for lesson in self.example["lessons"]:
            self.incident("recordLesson", text=lesson["text"], audience=lesson["audience"])

    def review_and_publish(self) -> None:
        review_at = (instant(self.example["resolved_at"]) + timedelta(days=4)).isoformat()
        scheduled = self.incident("scheduleReview", at=review_at, durationMinutes=REVIEW_MINUTES)
        assert scheduled["status"] == "REVIEW_SCHEDULED"
        reviewed = self.incident(
            "recordReview",
            heldAt=review_at,
            durationMinutes=REVIEW_MINUTES,
            attendees=self.attendees,
            notes="Blameless review of the checkout deploy.",
        )
        assert reviewed["status"] == "REVIEWED"
        published_at = (instant(review_at) + timedelta(days=1)).isoformat()
        published = self.incident("publishPostmortem", at=published_at)
        assert published["status"] == "PUBLISHED"
        assert same_instant(published["publishedAt"], published_at)

    @property
    def attendees(self) -> list[str]:
        e = self.example
        return [e["detected_by"], *e["responders"], e["facilitator"]]


def replay_worked_example(client: GraphQLClient) -> Replay:
    """The commands of domain/postmortem/importer.py, in its order, then the review."""
    replay = Replay(client, worked_example())
    replay.declare()
    replay.respond()
    replay.assess_impact()
    replay.write_timeline()
    replay.assign_facilitator()
    replay.find_root_causes()
    replay.commit_actions()
    replay.record_learning()
    replay.review_and_publish()
    return replay


def caught_up_postmortem(client: GraphQLClient, replay: Replay) -> dict[str, Any]:
    """The post-mortem read model once it shows the last write (queries read projections)."""
    found: dict[str, Any] = {}

    def caught_up() -> bool:
        body = client.post(POSTMORTEM, {"id": replay.incident_id}).json()
        doc = (body.get("data") or {}).get("postmortem")
        if doc and doc["version"] == replay.incident_version:
            found.update(doc)
            return True
        return False

    assert poll(caught_up), f"the read model never reached version {replay.incident_version}"
    return found


def check_six_sections(doc: dict[str, Any], e: dict[str, Any], replay: Replay) -> None:
    summary = doc["summary"]
    assert (doc["title"], doc["language"], summary["status"]) == (e["title"], "EN", "PUBLISHED")
    assert (summary["severity"], summary["services"]) == (e["severity"], e["services"])
    assert summary["detection"]["by"] == e["detected_by"]
    assert summary["detection"]["channel"] == e["detection_channel"]
    assert summary["responders"] == e["responders"]
    assert summary["facilitator"] == e["facilitator"]
    assert summary["review"]["attendees"] == replay.attendees
    assert summary["review"]["durationMinutes"] == REVIEW_MINUTES
    assert [(t["actor"], t["text"]) for t in doc["timeline"]] == [
        (t["actor"], t["text"]) for t in e["timeline"]
    ]
    impact, expected = doc["impact"], e["impact"]
    assert impact["usersAffectedCount"] == expected["users_affected_count"]
    assert impact["durationMinutes"] == expected["duration_minutes"]
    assert Decimal(impact["revenueImpact"]["amount"]) == expected["revenue_impact"]["amount"]
    assert impact["revenueImpact"]["currency"] == expected["revenue_impact"]["currency"]
    [cause], [expected_cause] = doc["rootCauses"], e["root_causes"]
    assert [{"question": w["question"], "answer": w["answer"]} for w in cause["whys"]] == (
        expected_cause["whys"]
    )
    assert (cause["statement"], cause["category"]) == (
        expected_cause["statement"],
        expected_cause["category"],
    )
    assert doc["wentWell"] == e["went_well"]
    assert sorted((a["text"], a["owner"], a["dueDate"]) for a in doc["actions"]) == sorted(
        (a["text"], a["owner"], a["due_date"]) for a in e["actions"]
    )
    assert {a["status"] for a in doc["actions"]} == {"COMMITTED"}
    assert doc["lessons"] == e["lessons"]


def check_headings_in_order(markdown: str, headings: list[str]) -> None:
    found = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert found == [f"## {h}" for h in headings]


def check_markdown(doc: dict[str, Any], e: dict[str, Any]) -> None:
    en, fr = doc["en"].split("\n\n"), doc["fr"].split("\n\n")
    # The document opens by thanking whoever detected the incident.
    assert en[0] == f"# Post-mortem: {e['title']}"
    assert en[1].startswith(f"> Thank you, **{e['detected_by']}**, for detecting this incident")
    assert fr[0] == f"# Post-mortem : {e['title']}"
    assert fr[1].startswith(f"> Merci à **{e['detected_by']}** d'avoir détecté cet incident")
    check_headings_in_order(
        doc["en"],
        [
            "Summary",
            "1. Timeline",
            "2. Impact",
            "3. Root causes (5 Whys)",
            "4. What went well",
            "5. Actions",
            "6. Lessons learned",
        ],
    )
    check_headings_in_order(
        doc["fr"],
        [
            "Résumé",
            "1. Chronologie factuelle",
            "2. Impact",
            "3. Causes racines (5 Pourquoi)",
            "4. Ce qui a bien fonctionné",
            "5. Actions",
            "6. Leçons apprises",
        ],
    )
    for line in e["went_well"]:
        assert line in doc["en"]


def check_redacted(redacted: str, e: dict[str, Any]) -> None:
    assert PEOPLE.search(redacted) is None, PEOPLE.search(redacted)
    assert redacted.split("\n\n")[1].startswith("> Thank you, **the detector**")
    assert e["root_causes"][0]["statement"] in redacted


def kind(event: dict[str, Any]) -> str:
    return str(event["type"]).rsplit(".", 1)[-1]


def check_history(client: GraphQLClient, replay: Replay, actor: str) -> None:
    everything = client.execute(HISTORY, {"id": replay.incident_id})["history"]
    assert [event["version"] for event in everything] == list(range(1, len(everything) + 1))
    events = [event for event in everything if kind(event) not in SCHEDULER_EVENTS]
    assert [kind(event) for event in events] == EXPECTED_HISTORY
    assert {event["actor"] for event in events} == {actor}
    recorded = [instant(event["recordedAt"]) for event in events]
    assert recorded == sorted(recorded)
    declared = {f["name"]: json.loads(f["value"]) for f in events[0]["changedFields"]}
    assert declared["title"] == replay.example["title"]


def check_before_detection(client: GraphQLClient, replay: Replay) -> None:
    variables = {"id": replay.incident_id, "version": BEFORE_DETECTION}
    past = client.execute(AS_OF_VERSION, variables)["postmortem"]
    assert past["version"] == BEFORE_DETECTION
    assert past["summary"]["status"] == "DECLARED"
    assert past["summary"]["responders"] == replay.example["responders"]
    assert past["summary"]["detection"] == {"at": None, "by": None, "channel": None}
    assert "> Whoever detected this incident is not recorded yet" in past["markdown"]


def test_the_worked_example_is_written_over_http_and_read_back_in_every_form(
    server: Server, editor: GraphQLClient
) -> None:
    replay = replay_worked_example(editor)
    doc = caught_up_postmortem(editor, replay)
    check_six_sections(doc, replay.example, replay)
    check_markdown(doc, replay.example)
    check_redacted(doc["redacted"], replay.example)
    check_history(editor, replay, server.editor_name)
    check_before_detection(editor, replay)
