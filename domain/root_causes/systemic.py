"""Is a 5 Whys answer a systemic defect, or does it stop at a person?

The full blame linter lives elsewhere; this is the hard rule of the chain: the
last answer may not be only "human error" or only a person.
"""

from __future__ import annotations

import re
import unicodedata

_CONNECTORS = re.compile(
    r"^(?:(?:because(?: of)?|due to|it was|this was|caused by|simply|just|pure|plain|"
    r"parce que|parce qu'|à cause d'|à cause de|a cause de|à cause du|c'était|c'est|"
    r"simplement|juste|une|un|a|an|the|la|le|les|l'|d'|de|du)\s*)+",
)
_HUMAN_ERROR = {
    "human error",
    "human mistake",
    "human failure",
    "human factor",
    "operator error",
    "user error",
    "erreur humaine",
    "faute humaine",
    "erreur de l'opérateur",
    "erreur d'opérateur",
    "erreur opérateur",
    "erreur utilisateur",
    "facteur humain",
    "human error again",
}
_GENERIC_PEOPLE = {
    "someone",
    "somebody",
    "the operator",
    "operator",
    "the intern",
    "intern",
    "the developer",
    "developer",
    "the on-call",
    "on-call",
    "quelqu'un",
    "opérateur",
    "l'opérateur",
    "stagiaire",
    "le stagiaire",
    "développeur",
    "le développeur",
    "l'ops de garde",
    "ops de garde",
}


def normalise(answer: str) -> str:
    folded = unicodedata.normalize("NFC", answer).casefold().replace("’", "'")
    folded = re.sub(r"[\s]+", " ", folded)
    folded = re.sub(r"[.!?;:,\"«»()\[\]]", "", folded).strip()
    return _CONNECTORS.sub("", folded).strip()


_FAULT_WORDS = re.compile(
    r"\b(?:human error|human mistake|erreur humaine|faute humaine|mistake|error|fault|"
    r"erreur|faute|oubli|négligence|negligence)\b|'s\b"
)
_PEOPLE_CONNECTORS = re.compile(r"^(?:(?:of|by|from|de|du|d'|par|l'|la|le)\s*)+")


def stops_at_a_person(answer: str, people: set[str]) -> str | None:
    """Why the answer is not systemic, or None when it may end a chain."""
    core = normalise(answer)
    if core in _HUMAN_ERROR:
        return '"human error" is where the analysis starts, not a root cause'
    if _is_person(core, people):
        return "a person is not a root cause; name what in the system allowed this"
    # "erreur humaine du stagiaire", "Bob's mistake", "la faute de Lisa".
    rest = _PEOPLE_CONNECTORS.sub("", _FAULT_WORDS.sub(" ", core).strip()).strip()
    if rest != core and (not rest or _is_person(rest, people)):
        return "a person's mistake is where the analysis starts, not a root cause"
    return None


def _is_person(core: str, people: set[str]) -> bool:
    return core in {p.casefold() for p in people} or core in _GENERIC_PEOPLE
