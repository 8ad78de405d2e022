"""Commands on root causes: open a 5 Whys chain, answer and revise it, identify the defect."""

from __future__ import annotations

from uuid import UUID

from domain.actions.model import Action
from domain.base import CommandContext, acting
from domain.incidents.model import Incident
from domain.root_causes.model import RootCause
from domain.store import Store


class RootCauseCommands(Store):
    def open_root_cause(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        problem: str,
        expected_version: int | None = None,
    ) -> RootCause:
        """Open a 5 Whys chain for one contributing factor of the incident."""
        with acting(ctx):
            incident = self.load(Incident, incident_id, expected_version)
            cause = RootCause.open(incident_id=incident_id, problem=problem)
            incident.note_root_cause(root_cause_id=cause.id)
            self.commit(incident, cause)
        return cause

    def answer_why(
        self,
        ctx: CommandContext,
        root_cause_id: UUID,
        *,
        level: int,
        question: str,
        answer: str,
        expected_version: int | None = None,
    ) -> RootCause:
        """Answer the next level of the chain."""
        with acting(ctx):
            cause = self.cause_for_change(root_cause_id, expected_version)
            cause.answer_why(
                level=level, question=question, answer=answer, people=self.people_of(cause)
            )
            self.commit(cause)
        return cause

    def revise_why(
        self,
        ctx: CommandContext,
        root_cause_id: UUID,
        *,
        level: int,
        answer: str,
        question: str | None = None,
        expected_version: int | None = None,
    ) -> RootCause:
        """Revise an answered level; the earlier answer stays in the history."""
        with acting(ctx):
            cause = self.cause_for_change(root_cause_id, expected_version)
            cause.revise_why(
                level=level, answer=answer, question=question, people=self.people_of(cause)
            )
            self.commit(cause)
        return cause

    def identify_root_cause(
        self,
        ctx: CommandContext,
        root_cause_id: UUID,
        *,
        statement: str,
        category: str,
        expected_version: int | None = None,
    ) -> RootCause:
        """Name the systemic defect at the bottom of a five-level chain."""
        with acting(ctx):
            cause = self.cause_for_change(root_cause_id, expected_version)
            cause.identify(statement=statement, category=category, people=self.people_of(cause))
            self.commit(cause)
        return cause

    def cause_for_change(self, root_cause_id: UUID, expected_version: int | None) -> RootCause:
        cause = self.load(RootCause, root_cause_id, expected_version)
        self.load(Incident, cause.incident_id).check_not_published()
        return cause

    def people_of(self, cause: RootCause) -> set[str]:
        """Everyone named by the incident, action owners included: none may end a chain."""
        incident = self.load(Incident, cause.incident_id)
        people = set(incident.people)
        for cause_id in incident.root_cause_ids:
            for action_id in self.load(RootCause, cause_id).action_ids:
                owner = self.load(Action, action_id).owner
                if owner:
                    people.add(owner)
        return people
