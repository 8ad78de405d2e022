"""The public form of a post-mortem: people's names replaced by their roles."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from domain.postmortem.i18n import TEXT

_ROLE_ORDER = ("detector", "facilitator", "responder", "owner", "attendee")
_ROLE_TEXT = {
    "detector": "detector",
    "facilitator": "facilitator_role",
    "responder": "responder",
    "owner": "owner_role",
    "attendee": "attendee_role",
}


def people_of(data: dict[str, Any]) -> dict[str, list[str]]:
    """Everyone the document names, with their roles, from its data (see ``to_data``)."""
    named = [(data["detection"]["by"], "detector"), (data["facilitator"], "facilitator")]
    named += [(r, "responder") for r in data["responders"]]
    named += [(a["owner"], "owner") for a in data["actions"]]
    named += [(p, "attendee") for p in data["review"]["attendees"]]
    people: dict[str, list[str]] = {}
    for person, role in named:
        if person and role not in people.setdefault(person, []):
            people[person].append(role)
    return people


def role_names(data: dict[str, Any], lang: str) -> dict[str, str]:
    """Each person named in the document -> the role that stands for them."""
    counters: dict[str, int] = {}
    names: dict[str, str] = {}
    for person, roles in sorted(people_of(data).items(), key=lambda item: _first(item[1])):
        role = _ROLE_ORDER[_first(roles)]
        counters[role] = counters.get(role, 0) + 1
        names[person] = TEXT[lang][_ROLE_TEXT[role]].format(n=counters[role])
    return names


def _first(roles: list[str]) -> int:
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
