"""A person or team as the agent of a fault, and the reframings that are not blame.

Blame verbs cannot all be listed, so the grammar does some of the work: a person as
the subject of a negated duty ("Ana never picked up the page", "il a pas répondu"),
a person or team judged on trust ("the ops team can't be trusted"), or a person as
the agent of any act in a "because" clause ("because Ana pushed…"). The subject must
be a person, a role or a team: "Kubernetes did not reschedule the pod" names a tool.

Two shapes look like blame and are not: a 5-Whys question about a person answered
with the system ("Why did Bob not see it? Because there were no tests"), and a
"who" question quoted in order to reframe it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from domain.lint.lexicon import Lexicon
from domain.lint.people import Mention, is_person
from domain.lint.questioned import QUOTE_BEFORE
from domain.lint.text import sentence_of

Hit = tuple[str, int, int]

# Acts that credit someone: "because Lisa escalated early, the impact stayed small".
CREDIT = re.compile(
    r"detect|signal|escalad|remont|trouv|corrig|repar|sauv|alert|identifi|resol|rattrap|"
    r"gere|coordonn|spott|found|fix|notic|sav|caught|escalat|rais|report|restor|roll|mitig|"
    r"react|respond|acted|jump|recogni[sz]|reconn|anticip"
)
_WHY = re.compile(r"^[\s*>-]*(?:why|pourquoi)\b")
_WHY_IN = re.compile(r"\b(?:why|pourquoi)\b")
_ANSWER = re.compile(r"[\s*>-]*(?:because|parce que|parce qu'|car)\s*")
# "il n'y avait pas de tests", "there were no tests": impersonal subjects.
_IMPERSONAL = re.compile(r"(?:il|it) (?:y|n'y)\b|there\b")
_REFRAMED = re.compile(
    r"\b(?:refram\w*|rephras\w*|reword\w*|redirect\w*|recentr\w*|recadr\w*|reformul\w*|"
    r"turned (?:it )?into|instead|plutot|au lieu|replaced|remplace\w*|rewr[io]te\w*|reecri\w*|"
    r"first draft|premiere version|showed|a montre|montre que|en creusant|dug|answer(?:ed)? "
    r"(?:with|by)|answer(?=\s*:)|reponse(?=\s*:)|a repondu (?:par|avec)|raye\w*|ecarte\w*|barre\w*|"
    r"struck|removed from|deleted (?:that|this|the) (?:line|word|sentence)|first version|parked|"
    r"mis de cote|symptome|symptom|ce qui compte|what matters|n'explique rien|explains nothing|is not an? (?:cause|explanation|root cause)|"
    r"n'est pas une (?:cause|explication)|note la remarque|noted the remark|repris les pourquoi|"
    r"facilitat\w+ (?:a |has )?(?:demande|asked|redirige\w*|redirected|"
    r"ramene|brought|recadre))\b"
)
# Quoted words: "…" and « … » (folded to "), or '…' that is not an apostrophe.
_QUOTED = re.compile(r"\"[^\"]+\"|(?<![a-z])'(?:[^']|'(?=[a-z])){3,}'(?![a-z])")


@lru_cache(maxsize=128)
def _re(source: str) -> re.Pattern[str]:
    return re.compile(source)


def agent_hits(folded: str, found: list[Mention], lexicon: Lexicon) -> Iterator[Hit]:
    duty = _re(rf"{lexicon.link}(?:{lexicon.duty_after})")
    judged = _re(rf"{lexicon.link}(?:{lexicon.judged_after})\b")
    acted = _re(rf"\s+(?:{lexicon.acted_after})")
    causal = _re(lexicon.causal_before)
    for mention in found:
        if not (is_person(mention) or mention.kind == "team"):
            continue
        rule = "team_as_culprit" if mention.kind == "team" else "person_as_cause"
        verb = duty.match(folded, mention.end) or judged.match(folded, mention.end)
        if verb is None and causal.search(folded, max(0, mention.start - 16), mention.start):
            verb = acted.match(folded, mention.end)
            if verb and CREDIT.search(verb.group()):
                verb = None
        if verb:
            yield rule, mention.start, verb.end()


def answered_by_the_system(
    folded: str, spans: list[tuple[int, int]], found: list[Mention], hit: Hit
) -> bool:
    """Whether ``hit`` sits in a "why" question whose next sentence answers "because"
    with something other than a person: a 5-Whys step, not a verdict."""
    start, end = sentence_of(spans, hit[1])
    question = folded[start:end]
    if not (_WHY.match(question) and question.rstrip().endswith("?")):
        return False
    following = [span for span in spans if span[0] >= end]
    if not following:
        return False
    answer = _ANSWER.match(folded, following[0][0])
    if answer is None:
        return False
    subject = answer.end()
    if _IMPERSONAL.match(folded, subject):
        return True
    return not any(
        is_person(m) or m.kind == "team" for m in found if subject <= m.start <= subject + 4
    )


def answers_why(folded: str, spans: list[tuple[int, int]], hit: Hit) -> bool:
    """Whether ``hit`` sits in the answer to a "why" question: "Why did it run then?
    Because Dariush moved the cron without asking anyone." A 5 Whys that ends on a
    person ends in a verdict, however systemic its first steps."""
    start, _ = sentence_of(spans, hit[1])
    before = [span for span in spans if span[1] <= start]
    if not before:
        return False
    question = folded[before[-1][0] : before[-1][1]].rstrip()
    return question.endswith("?") and bool(_WHY_IN.search(question))


def reframed(folded: str) -> bool:
    """Whether the text says that something said was reframed, rewritten or set aside."""
    return bool(_REFRAMED.search(folded))


def reframes_a_quote(folded: str) -> bool:
    """Whether the text quotes words in order to reframe them: "« Erreur humaine »
    n'est pas une cause racine", "we rewrote 'operator error' as…"."""
    return bool(_REFRAMED.search(folded) and _QUOTED.search(folded))


def inside_reframed_quote(folded: str, hit: Hit) -> bool:
    """Whether ``hit`` lies in words quoted in order to reframe them: "the first draft said
    'the engineer made a typo'; why 3 showed…", "on a remplacé « négligence » par…"."""
    return bool(_REFRAMED.search(folded)) and any(
        quote.start() <= hit[1] and hit[2] <= quote.end() for quote in _QUOTED.finditer(folded)
    )


def quoted_and_reframed(folded: str, sentence_start: int, start: int) -> bool:
    """A "who" question in quotes, with a reframing said about it in the text."""
    return bool(QUOTE_BEFORE.search(folded, sentence_start, start)) and bool(
        _REFRAMED.search(folded)
    )
