"""A person or team as the agent of what went wrong, whatever the verb.

Blame is rarely worded with a fault verb: "the root cause is that Ingrid pasted the
prod connection string into the staging job" only says who did it. Where a text
states a cause (a root cause, a review note, a lesson), a person or team as the
subject of an act, or as the agent of a passive ("was selected by the new SRE"), is
the cause it names. The grammar does the work, not a list of faults:

- the act must be one: reporting ("explained"), crediting ("detected"), diligence
  ("checked") and lack ("had no runbook") are not;
- the text must not give the system as the explanation ("because the script
  defaulted to prod", "no confirmation prompt") nor say the person complied ("as the
  runbook instructed");
- a lesson aimed at a person's behaviour ("needs to slow down", "ne doivent plus
  toucher au state") is blame, an action given to them ("doit ajouter l'alerte d'ici
  vendredi") is not.

Also here: blame by consequence ("thanks to Ahmed we lost 3h"), by character ("is
always like this") and by sarcasm ("which genius", "Brilliant.", 🙃, 👏 without
thanks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from domain.lint.agency import CREDIT
from domain.lint.lexicon import Lexicon
from domain.lint.people import Mention, is_person

Hit = tuple[str, int, int]

# Kinds whose text states causes and judgements; a timeline only narrates.
_CAUSAL_KINDS = frozenset({"root_cause", "review_note", "lesson"})
# Pronouns that stand for one person; "they"/"ils" are as often systems.
_PERSON_PRONOUNS = frozenset({"he", "she", "il", "elle", "someone", "somebody", "quelqu'un"})
_IMPERSONAL = re.compile(
    r"\s+(?:y\b|n'y\b|faut|fallait|a fallu|aurait fallu|manquait|manque|restait|reste|semble|"
    r"s'agit|s'agissait|suffisait|suffit|aurait suffi|est (?:possible|probable|arrive|clair)|"
    r"etait (?:possible|probable|clair))"
)
# "Ngozi explained she trusted the badge": a self-report, not a verdict.
_REPORTED = re.compile(
    r"\b(?:said|says|explained|explains|mentioned|noted|reported|told us|admitted|shared|"
    r"clarified|dit|explique|indique|precise|raconte|reconnait|a dit|a explique|a indique|"
    r"a precise|a raconte)\w*\s+(?:that\s+|que\s+|qu')?$"
)
# "…because the routing rule was wrong": the explanation given is the system's.
_BECAUSE = re.compile(r"\b(?:because|since|parce que|parce qu'|car|puisque|vu que)\s*")
_GRATITUDE = re.compile(
    r"\b(?:merci|thanks?|thank you|kudos|bravo a|shout-?out|props|chapeau a|big up|"
    r"felicitations|congrats|congratulations|well done to|great work (?:by|from))\b"
)
_PRAISE = re.compile(
    r"[\s\-*>]*(?:\d{1,2}[:h]\d{2}\s+)?(?:brilliant|genius|great|nice|lovely|fantastic|superb|"
    r"perfect|bravo|genial|magnifique|parfait|top|super|chapeau|bien joue|well done|nice one|"
    r"good job|great job|classic|classique)\s*(?:[.!]+|\W*$)"
)
_TIMELINE_PRAISE = re.compile(
    r"[\s\-*>]*(?:\d{1,2}[:h]\d{2}\s+)?(?:brilliant|great|nice|lovely|fantastic|perfect|bravo|"
    r"genial|magnifique|parfait|top|super|classic|classique)\s*[,!:]"
)


@lru_cache(maxsize=256)
def _re(source: str) -> re.Pattern[str]:
    return re.compile(source)


def act_hits(
    folded: str, spans: list[tuple[int, int]], found: list[Mention], lexicon: Lexicon, kind: str
) -> Iterator[Hit]:
    if kind in _CAUSAL_KINDS:
        cleared = bool(_re(lexicon.systemic).search(folded)) or _explained(folded, found)
        for mention in found:
            if not _agent(folded, mention):
                continue
            rule = "team_as_culprit" if mention.kind == "team" else "person_as_cause"
            sentence = _sentence(spans, mention.start)
            if _re(lexicon.complied).search(folded, *sentence):
                continue
            end = None if cleared else _acted(folded, mention, lexicon, sentence[0])
            if end is None and not cleared:
                passive = _re(lexicon.passive_before).search(
                    folded, max(sentence[0], mention.start - 80), mention.start
                )
                end = mention.end if passive else None
            if end is None:
                end = _obligation(folded, mention, lexicon, sentence[1])
            if end is not None:
                yield rule, mention.start, end
    yield from _consequence_and_character(folded, spans, found, lexicon)
    yield from _sarcasm(folded, spans, lexicon, kind)


def _explained(folded: str, found: list[Mention]) -> bool:
    """Whether a "because" clause gives something other than a person as its subject."""
    for because in _BECAUSE.finditer(folded):
        subject = because.end()
        if not any(
            _agent(folded, m) or m.kind == "pronoun"
            for m in found
            if subject <= m.start <= subject + 4
        ):
            return True
    return False


def _agent(folded: str, mention: Mention) -> bool:
    if mention.kind == "pronoun":
        word = folded[mention.start : mention.end]
        return word in _PERSON_PRONOUNS and not _IMPERSONAL.match(folded, mention.end)
    return is_person(mention) or mention.kind == "team"


def _acted(folded: str, mention: Mention, lexicon: Lexicon, floor: int) -> int | None:
    if _REPORTED.search(folded, max(floor, mention.start - 40), mention.start):
        return None
    verb = _re(rf"{lexicon.link}(?:{lexicon.act_after})").match(folded, mention.end)
    if verb is None or CREDIT.search(verb.group()):
        return None
    return verb.end()


def _obligation(folded: str, mention: Mention, lexicon: Lexicon, stop: int) -> int | None:
    modal = _re(rf"{lexicon.link}(?:{lexicon.obligation_after})").match(folded, mention.end)
    if modal is None or _re(lexicon.not_obligation).search(folded, modal.start(), stop):
        return None
    return modal.end()


def _consequence_and_character(
    folded: str, spans: list[tuple[int, int]], found: list[Mention], lexicon: Lexicon
) -> Iterator[Hit]:
    thanks_to = _re(lexicon.thanks_to)
    loss = _re(lexicon.loss)
    character = _re(rf"{lexicon.link}(?:{lexicon.character_after})")
    for mention in found:
        if not (is_person(mention) or mention.kind == "team"):
            continue
        rule = "team_as_culprit" if mention.kind == "team" else "person_as_cause"
        start, end = _sentence(spans, mention.start)
        if thanks_to.search(folded, max(start, mention.start - 16), mention.start) and loss.search(
            folded, mention.end, end
        ):
            yield rule, mention.start, mention.end
        if trait := character.match(folded, mention.end):
            yield "judgement_word", mention.start, trait.end()


def _sarcasm(
    folded: str, spans: list[tuple[int, int]], lexicon: Lexicon, kind: str
) -> Iterator[Hit]:
    for match in _re(lexicon.sarcasm).finditer(folded):
        yield "sarcasm", match.start(), match.end()
    clap = folded.find("\U0001f44f")
    if clap >= 0 and not _GRATITUDE.search(folded):
        yield "sarcasm", clap, clap + 1
    if len(spans) > 1:
        for start, end in spans:
            if _PRAISE.match(folded, start, end):
                yield "sarcasm", start, end
    if kind == "timeline":
        for start, end in spans:
            if praise := _TIMELINE_PRAISE.match(folded, start, end):
                yield "sarcasm", praise.start(), praise.end()


def _sentence(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return 0, len(spans) and spans[-1][1]
