"""The RootCause aggregate: one 5 Whys chain ending in a systemic defect."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from eventsourcing.domain import event

from domain import values as v
from domain.base import RecordedAggregate
from domain.errors import (
    ChainIncompleteError,
    InvalidInputError,
    InvalidTransitionError,
    NotFoundError,
    NotSystemicError,
    WhyOrderError,
)
from domain.root_causes.systemic import stops_at_a_person

DEPTH = 5


@dataclass(frozen=True)
class Why(v.Immutable):
    level: int
    question: str
    answer: str
    revisions: int = 0


class RootCause(RecordedAggregate):
    """A 5 Whys chain of one incident; several chains make complex incidents."""

    @event("Opened")
    def __init__(self, incident_id: UUID, problem: str) -> None:
        self.incident_id = incident_id
        self.problem = problem
        self.whys: list[Why] = []
        self.statement: str | None = None
        self.category: v.CauseCategory | None = None
        self.action_ids: list[UUID] = []

    @classmethod
    def open(cls, *, incident_id: UUID, problem: str) -> RootCause:
        return cls(incident_id=incident_id, problem=v.text(problem, "problem"))

    @property
    def identified(self) -> bool:
        return self.statement is not None

    def answer_why(self, *, level: int, question: str, answer: str, people: set[str]) -> None:
        expected = len(self.whys) + 1
        if level > DEPTH:
            raise WhyOrderError(
                f"A 5 Whys chain has {DEPTH} levels; there is no level {level}.", field="level"
            )
        if level != expected:
            raise WhyOrderError(
                f"Answer the levels in order: the next one is {expected}, not {level}.",
                field="level",
            )
        answer = v.text(answer, "answer")
        if level == DEPTH:
            self.check_systemic(answer, people)
        self._why_answered(level=level, question=v.text(question, "question"), answer=answer)

    @event("WhyAnswered")
    def _why_answered(self, level: int, question: str, answer: str) -> None:
        self.whys.append(Why(level, question, answer))

    def revise_why(
        self, *, level: int, answer: str, people: set[str], question: str | None = None
    ) -> None:
        current = self.why(level)
        answer = v.text(answer, "answer")
        new_question = current.question if question is None else v.text(question, "question")
        if (answer, new_question) == (current.answer, current.question):
            raise InvalidInputError(
                "A revision must change the question or the answer.", field="answer"
            )
        if level == DEPTH:
            self.check_systemic(answer, people)
        self._why_revised(level=level, question=new_question, answer=answer)

    @event("WhyRevised")
    def _why_revised(self, level: int, question: str, answer: str) -> None:
        old = self.whys[level - 1]
        self.whys[level - 1] = Why(level, question, answer, old.revisions + 1)

    def why(self, level: int) -> Why:
        if not 1 <= level <= len(self.whys):
            raise NotFoundError(f"Level {level} has not been answered yet.", field="level")
        return self.whys[level - 1]

    def identify(self, *, statement: str, category: str, people: set[str]) -> None:
        if len(self.whys) < DEPTH:
            raise ChainIncompleteError(
                f"Go {DEPTH} levels deep before naming the root cause; "
                f"{len(self.whys)} answered so far.",
                field="statement",
            )
        self.check_systemic(self.whys[-1].answer, people)
        statement = v.text(statement, "statement")
        self.check_systemic(statement, people, field="statement")
        self._identified(
            statement=statement, category=v.choice(v.CauseCategory, category, "category").value
        )

    @event("Identified")
    def _identified(self, statement: str, category: str) -> None:
        self.statement, self.category = statement, v.CauseCategory(category)

    def attach_action(self, *, action_id: UUID) -> None:
        if action_id in self.action_ids:
            raise InvalidTransitionError("This action is already attached to the root cause.")
        self._action_attached(action_id=action_id)

    @event("ActionAttached")
    def _action_attached(self, action_id: UUID) -> None:
        self.action_ids.append(action_id)

    @staticmethod
    def check_systemic(answer: str, people: set[str], field: str = "answer") -> None:
        reason = stops_at_a_person(answer, people)
        if reason is not None:
            raise NotSystemicError(
                f"{answer!r} cannot end a 5 Whys chain: {reason}. "
                "Ask: what in our system allowed this?",
                field=field,
            )
