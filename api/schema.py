"""The schema: every area's queries and mutations, the limits and the error policy."""

from __future__ import annotations

from graphql import GraphQLError
from strawberry import Schema
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from api.actions.mutations import ActionMutations
from api.actions.queries import ActionQueries
from api.errors import ErrorPolicy, log_errors
from api.history.queries import HistoryQueries
from api.incidents.mutations import IncidentMutations
from api.incidents.queries import IncidentQueries
from api.limits import Limits, limit_extensions
from api.lint.queries import LintQueries
from api.node_queries import NodeQueries
from api.people.mutations import PeopleMutations
from api.people.queries import PeopleQueries
from api.postmortem.queries import PostmortemQueries
from api.review.mutations import ReviewMutations
from api.root_causes.mutations import RootCauseMutations
from api.schedules.mutations import ScheduleMutations
from api.schedules.queries import ScheduleQueries
from api.timeline.mutations import TimelineMutations
from api.tokens.mutations import TokenMutations
from api.tokens.queries import TokenQueries

Query = merge_types(
    "Query",
    (
        IncidentQueries,
        PostmortemQueries,
        ActionQueries,
        HistoryQueries,
        NodeQueries,
        TokenQueries,
        LintQueries,
        PeopleQueries,
        ScheduleQueries,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        IncidentMutations,
        TimelineMutations,
        RootCauseMutations,
        ActionMutations,
        ReviewMutations,
        TokenMutations,
        PeopleMutations,
        ScheduleMutations,
    ),
)


class ReculSchema(Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Log faults once, with the request's correlation id (strawberry logs every error)."""
        context = execution_context.context if execution_context else None
        log_errors(errors, getattr(context, "correlation_id", "-"))


def build_schema(limits: Limits | None = None) -> ReculSchema:
    """The schema with the given limits; ``schema`` below uses the defaults."""
    return ReculSchema(
        query=Query,
        mutation=Mutation,
        extensions=[*limit_extensions(limits or Limits()), ErrorPolicy],
    )


schema = build_schema()
