"""Typed domain errors, each with a stable machine-readable code.

Every refusal of a product rule raises one of these; the API maps them to
``userErrors`` in one place using ``code`` and ``field``.
"""

from __future__ import annotations


class DomainError(Exception):
    """A refused command: nothing of it is stored."""

    code = "INVALID"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidInputError(DomainError):
    code = "INVALID_INPUT"


class NaiveDatetimeError(InvalidInputError):
    code = "NAIVE_DATETIME"


class NotFoundError(DomainError):
    code = "NOT_FOUND"


class ConflictError(DomainError):
    """Another writer changed the aggregate first (stale expected version)."""

    code = "CONFLICT"


class InvalidTransitionError(DomainError):
    """The lifecycle does not allow this step from the current state."""

    code = "INVALID_TRANSITION"


class TimeOrderError(DomainError):
    code = "TIME_ORDER"


class FacilitatorNotNeutralError(DomainError):
    code = "FACILITATOR_NOT_NEUTRAL"


class ReviewDurationError(DomainError):
    code = "REVIEW_DURATION"


class WhyOrderError(DomainError):
    code = "WHY_OUT_OF_ORDER"


class ChainIncompleteError(DomainError):
    code = "CHAIN_INCOMPLETE"


class NotSystemicError(DomainError):
    """A 5 Whys chain may not end on "human error" or on a person."""

    code = "NOT_SYSTEMIC"


class ActionIncompleteError(DomainError):
    code = "ACTION_INCOMPLETE"


class PublishBlockedError(DomainError):
    code = "PUBLISH_BLOCKED"


class ForbiddenError(DomainError):
    """The caller's role does not allow this operation."""

    code = "FORBIDDEN"


class UnauthenticatedError(DomainError):
    """No valid credentials were presented."""

    code = "UNAUTHENTICATED"


class BlameFindingsOpenError(DomainError):
    """Publishing waits until every blame finding is rephrased or acknowledged."""

    code = "BLAME_FINDINGS_OPEN"


class NothingToChangeError(InvalidInputError):
    """An update that would change nothing is refused, so that every event says something."""

    code = "NOTHING_TO_CHANGE"


class PersonExistsError(ConflictError):
    """A handle names one person only, whatever its case."""

    code = "PERSON_EXISTS"


class PostmortemNotLateError(DomainError):
    """The review window is still open: the post-mortem cannot be flagged late yet."""

    code = "POSTMORTEM_NOT_LATE"


class PostmortemAlreadyLateError(DomainError):
    """The post-mortem is flagged late once; a second flag (e.g. a retried job) is refused."""

    code = "POSTMORTEM_ALREADY_LATE"
