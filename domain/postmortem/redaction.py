"""The public form of a post-mortem: people's names replaced by their roles."""

from __future__ import annotations

import re
from collections.abc import Callable

from domain.postmortem.document import PostmortemDocument
from domain.postmortem.i18n import TEXT

_ROLE_ORDER = ("detector", "facilitator", "responder", "owner", "attendee")


def role_names(doc: PostmortemDocument, lang: str) -> dict[str, str]:
    """Each person named in the document -> the role that stands for them."""
    t = TEXT[lang]
    people = dict(doc.people)
    for attendee in doc.incident.review_attendees:
        people.setdefault(attendee, []).append("attendee")
    counters: dict[str, int] = {}
    names: dict[str, str] = {}
    for person, roles in sorted(people.items(), key=lambda item: _first_role(item[1])):
        role = min(roles, key=_ROLE_ORDER.index)
        counters[role] = counters.get(role, 0) + 1
        names[person] = {
            "detector": t["detector"],
            "facilitator": t["facilitator_role"],
            "responder": t["responder"],
            "owner": t["owner_role"],
            "attendee": t["attendee_role"],
        }[role].format(n=counters[role])
    return names


def _first_role(roles: list[str]) -> int:
    return min(_ROLE_ORDER.index(r) for r in roles)


def redactor(names: dict[str, str]) -> Callable[[str], str]:
    """A function replacing every whole-word, case-insensitive mention of a name."""
    if not names:
        return lambda text: text
    by_fold = {name.casefold(): role for name, role in names.items()}
    alternatives = sorted(names, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in alternatives) + r")(?!\w)", re.IGNORECASE
    )
    return lambda text: pattern.sub(lambda m: by_fold[m.group(0).casefold()], text)
