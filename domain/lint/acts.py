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

Also here: blame by consequence ("thanks to Ahmed we lost 3h", "Kenta's change cost
us a day") and by character ("is always like this"); sarcasm is in :mod:`sarcasm`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from domain.lint.agency import CREDIT
from domain.lint.lexicon import Lexicon
from domain.lint.people import Mention, is_person
from domain.lint.sarcasm import GRATITUDE, SARCASTIC_PRAISE, sarcasm_hits
from domain.lint.text import sentence_of

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
_BECAUSE = re.compile(r"\b(?:(?:because|since|parce que|car|puisque|vu que)\b|parce qu')\s*")
# "c'est le générateur de conf qui avait inversé", "the real cause was the scheduler".
_DESIGNATED = re.compile(
    r"\b(?:(?:c'est|c'etait|it was|it's|it is)\s+(?=(?:le|la|l'|les|the|our|notre|nos|its|son|sa)"
    r"\b[^,.;:]{1,60}?\b(?:qui|that|which)\b)|(?:the )?(?:real|actual|true) (?:root )?cause "
    r"(?:is|was)\s+|la (?:vraie|veritable|reelle) cause (?:est|etait)\s+)"
)
# ", which has no lock", ", qui ne tient pas compte de la charge": a flaw of a thing,
# unless the relative follows a person ("Lisa, qui n'a pas vérifié").
_RELATIVE_FLAW = re.compile(
    r",?\s*\b(?:which (?:\w+ )?(?:does ?n'?t|did ?n'?t|does not|did not|has no|had no|allows?|"
    r"allowed|accepts?|accepted|lets|let|auto-\w+|silently|never|only|defaults?|defaulted|"
    r"ignores?|ignored)|qui (?:ne \w+ (?:pas|aucun|rien|jamais)|n'\w+ (?:pas|aucun|rien|jamais)|"
    r"accepte|acceptait|permet|permettait|laisse|laissait|autorise|autorisait|approuve tout|"
    r"ignore|ignorait))\b"
)
# An action given to someone has a deadline: "by Friday", "d'ici la fin du sprint".
# "Kenta's change cost us a day", "le script de Ferdinand nous a coûté une nuit": what
# someone made, as the cause of the damage.
_THEIR_WORK_BROKE = re.compile(
    r"(?:'s|s')\s+(?:[\w-]+\s+){1,2}?(?:cost us|took (?:\w+ ){0,2}down|brought (?:\w+ ){0,2}down|"
    r"broke|caused|wiped|deleted|dropped|corrupted|killed|crashed)\b"
)
_WORK_OF = re.compile(r"\b(?:le|la|les|l')\s*[\w-]+(?:\s[\w-]+)? (?:de|d')\s*$")
_BROKE_FR = re.compile(
    r"\s+(?:qui\s+)?(?:nous\s+)?(?:a|ont)\s+(?:tout\s+)?(?:coute|casse|fait tomber|cause|provoque|"
    r"supprime|efface|corrompu|plante|mis (?:\w+ )?(?:par terre|a terre|en panne))"
)
# "…, which cleared the symptom", "ce qui a rétabli le service": the act helped.
GOOD_OUTCOME = re.compile(
    r"\bpaid (?:off|for itself)\b|\bcame from\b|\ba paye\b|\bs'est rentabilise\w*|"
    r"\b(?:which|that|ce qui|qui) (?:\w+ )?(?:cleared|fixed|restored|resolved|stopped|mitigated|"
    r"recovered|saved|a (?:resolu|retabli|stoppe|corrige|regle|sauve|limite))\b"
)
# A person after a preposition is no subject: "le runbook écrit par Corentin a rendu…".
_AFTER_PREPOSITION = re.compile(
    r"\b(?:by|par|de|d'|to|with|avec|for|pour|from|than|about|sur|of|a|au|aux|chez)\s*$"
)
# A lesson that says what one person will do differently ("next time Henrik tells us
# first", "la prochaine fois, Idriss prévient le support") or bars them ("Cyril et les
# mises en prod du vendredi, plus jamais").
_NEXT_TIME = re.compile(r"\b(?:next time|la prochaine fois)\s*,?\s*$")
_THEIR_NEXT_ACT = re.compile(
    r"\s+(?!gets?\b|is\b|are\b|will\b|has\b|have\b|needs?\b|receives?\b|est\b|sera\b|recoit\b|"
    r"a\b|aura\b)[a-z]+(?:s|e|t)\b"
)
_NEVER_AGAIN = re.compile(r"\b(?:never again|plus jamais|jamais plus)\b")
_ADJACENT = 3  # characters between a person and a relative clause about them: ", qui"
DEADLINE = re.compile(
    r"\bby (?:monday|tuesday|wednesday|thursday|friday|next|the end|end of|eo[dw]|\d)|\bbefore "
    r"(?:the )?(?:\d|next|end)|\bdue\b|\bd'ici\b|\bavant (?:le|la|fin)\b|\becheance\b|\bpour "
    r"(?:le |la )?(?:\d|lundi|mardi|mercredi|jeudi|vendredi|fin)"
)


@lru_cache(maxsize=256)
def _re(source: str) -> re.Pattern[str]:
    return re.compile(source)


def act_hits(
    folded: str,
    spans: list[tuple[int, int]],
    found: list[Mention],
    lexicon: Lexicon,
    kind: str,
    *,
    cleared: bool,
) -> Iterator[Hit]:
    """``cleared``: the text gives the system as the explanation
    (:func:`explained_by_the_system` with any lexicon)."""
    if kind in _CAUSAL_KINDS:
        yield from _agency(folded, spans, found, lexicon, kind, cleared=cleared)
    yield from _consequence_and_character(folded, spans, found, lexicon, cleared)
    yield from sarcasm_hits(folded, spans, found, lexicon)


def _agency(
    folded: str,
    spans: list[tuple[int, int]],
    found: list[Mention],
    lexicon: Lexicon,
    kind: str,
    *,
    cleared: bool,
) -> Iterator[Hit]:
    human = _re(rf"{lexicon.link}(?:{lexicon.human_act})")
    # What clears a sentence is looked for once per sentence, not once per mention:
    # a long text without punctuation is one sentence with many mentions.
    settled: dict[tuple[int, int], bool] = {}
    thanks = [match.start() for match in GRATITUDE.finditer(folded)]
    for mention in found:
        if not _agent(folded, mention) and not (
            mention.kind == "capitalised" and human.match(folded, mention.end)
        ):
            continue
        rule = "team_as_culprit" if mention.kind == "team" else "person_as_cause"
        sentence = sentence_of(spans, mention.start)
        if sentence not in settled:
            settled[sentence] = bool(
                _re(lexicon.complied).search(folded, *sentence)
                or GOOD_OUTCOME.search(folded, *sentence)
            )
        if settled[sentence] or _thanked(folded, mention, sentence, thanks):
            continue
        end = None
        if not cleared:
            # A review note narrates the meeting ("Enzo a rejoué la séquence"): there an
            # act is a fact; only the passive and a fault verb name a culprit.
            if kind != "review_note":
                end = _acted(folded, mention, lexicon, sentence[0])
            if end is None and _re(lexicon.passive_before).search(
                folded, max(sentence[0], mention.start - 80), mention.start
            ):
                end = mention.end
        if end is None:
            end = _obligation(folded, mention, lexicon, sentence[1])
        if end is None and kind == "lesson":
            end = _aimed_at(folded, mention, sentence)
        if end is not None:
            yield rule, mention.start, end


def explained_by_the_system(folded: str, found: list[Mention], lexicon: Lexicon) -> bool:
    """Whether the text gives the system as the explanation: a lack ("no confirmation
    prompt"), a "because" clause whose subject is not a person, a thing designated as
    the cause ("c'est le générateur qui…") or a flaw in a relative clause."""
    if _re(lexicon.systemic).search(folded):
        return True
    for clue in (*_BECAUSE.finditer(folded), *_DESIGNATED.finditer(folded)):
        # "because Pasang typed…": a name the lists do not know is still someone.
        if not _someone_at(folded, found, clue.end()) and not any(
            m.kind == "capitalised" and m.start == clue.end() for m in found
        ):
            return True
    return any(
        not any(
            m.end <= flaw.start() + 1 and flaw.start() - m.end <= _ADJACENT and _someone(folded, m)
            for m in found
        )
        for flaw in _RELATIVE_FLAW.finditer(folded)
    )


def _someone_at(folded: str, found: list[Mention], offset: int) -> bool:
    return any(_someone(folded, m) for m in found if offset <= m.start <= offset + 4)


def _someone(folded: str, mention: Mention) -> bool:
    return _agent(folded, mention) or mention.kind == "pronoun"


def _thanked(folded: str, mention: Mention, sentence: tuple[int, int], thanks: list[int]) -> bool:
    """Credit, not blame: "Respect à l'équipe data qui a recalculé…", unless sarcastic.
    ``thanks``: where the text's words of gratitude start."""
    return any(sentence[0] <= start < mention.start for start in thanks) and not (
        SARCASTIC_PRAISE.search(folded, *sentence)
    )


def _agent(folded: str, mention: Mention) -> bool:
    if mention.kind == "pronoun":
        word = folded[mention.start : mention.end]
        return word in _PERSON_PRONOUNS and not _IMPERSONAL.match(folded, mention.end)
    return is_person(mention) or mention.kind == "team"


def _acted(folded: str, mention: Mention, lexicon: Lexicon, floor: int) -> int | None:
    window = max(floor, mention.start - 40)
    if _REPORTED.search(folded, window, mention.start) or _AFTER_PREPOSITION.search(
        folded, window, mention.start
    ):
        return None
    verb = _re(rf"{lexicon.link}(?:{lexicon.act_after})").match(folded, mention.end)
    if verb is None or CREDIT.search(verb.group()):
        return None
    return verb.end()


def _obligation(folded: str, mention: Mention, lexicon: Lexicon, stop: int) -> int | None:
    modal = _re(rf"{lexicon.link}(?:{lexicon.obligation_after})").match(folded, mention.end)
    if modal is None:
        return None
    verb = modal.start("verb")
    if _re(lexicon.not_obligation).match(folded, verb) or DEADLINE.search(folded, verb, stop):
        return None
    return modal.end()


def _aimed_at(folded: str, mention: Mention, sentence: tuple[int, int]) -> int | None:
    if _NEXT_TIME.search(folded, max(sentence[0], mention.start - 20), mention.start) and (
        act := _THEIR_NEXT_ACT.match(folded, mention.end)
    ):
        return act.end()
    if never := _NEVER_AGAIN.search(folded, mention.end, sentence[1]):
        return never.end()
    return None


def _consequence_and_character(
    folded: str, spans: list[tuple[int, int]], found: list[Mention], lexicon: Lexicon, cleared: bool
) -> Iterator[Hit]:
    thanks_to = _re(lexicon.thanks_to)
    loss = _re(lexicon.loss)
    character = _re(rf"{lexicon.link}(?:{lexicon.character_after})")
    for mention in found:
        if not (is_person(mention) or mention.kind == "team"):
            continue
        rule = "team_as_culprit" if mention.kind == "team" else "person_as_cause"
        start, end = sentence_of(spans, mention.start)
        if thanks_to.search(folded, max(start, mention.start - 16), mention.start) and loss.search(
            folded, mention.end, end
        ):
            yield rule, mention.start, mention.end
        if trait := character.match(folded, mention.end):
            yield "judgement_word", mention.start, trait.end()
        work = _THEIR_WORK_BROKE.match(folded, mention.end) or (
            _WORK_OF.search(folded, max(start, mention.start - 40), mention.start)
            and _BROKE_FR.match(folded, mention.end)
        )
        if work and not cleared:
            yield rule, mention.start, work.end()
