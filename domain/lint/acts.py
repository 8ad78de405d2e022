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
# "c'est le générateur de conf qui avait inversé", "the real cause was the scheduler".
_DESIGNATED = re.compile(
    r"\b(?:(?:c'est|c'etait|it was|it's|it is)\s+(?=(?:le|la|l'|les|the|our|notre|nos|its|son|sa)"
    r"\b[^,.;]{1,40}?\b(?:qui|that|which)\b)|(?:the )?(?:real|actual|true) (?:root )?cause "
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
_GOOD_OUTCOME = re.compile(
    r"\b(?:which|that|ce qui|qui) (?:\w+ )?(?:cleared|fixed|restored|resolved|stopped|mitigated|"
    r"recovered|saved|a (?:resolu|retabli|stoppe|corrige|regle|sauve|limite))\b"
)
# A person after a preposition is no subject: "le runbook écrit par Corentin a rendu…".
_AFTER_PREPOSITION = re.compile(
    r"\b(?:by|par|de|d'|to|with|avec|for|pour|from|than|about|sur|of|a|au|aux|chez)\s*$"
)
_ADJACENT = 3  # characters between a person and a relative clause about them: ", qui"
_DEADLINE = re.compile(
    r"\bby (?:monday|tuesday|wednesday|thursday|friday|next|the end|end of|eo[dw]|\d)|\bbefore "
    r"(?:the )?(?:\d|next|end)|\bdue\b|\bd'ici\b|\bavant (?:le|la|fin)\b|\becheance\b|\bpour "
    r"(?:le |la )?(?:\d|lundi|mardi|mercredi|jeudi|vendredi|fin)"
)
_GRATITUDE = re.compile(
    r"\b(?:merci|thanks?|thank you|kudos|bravo a|bravo au|shout-?out|props|chapeau a|big up|"
    r"felicitations|congrats|congratulations|well done to|great work (?:by|from)|respect (?:a|au|"
    r"to)|hats off|grace a|grace au|grace aux)\b"
)
# What went wrong, for praise and emoji to read as sarcasm rather than thanks.
_SETBACK = re.compile(
    r"\b(?:outages?|down|50[0-4]s?|broke|broken|lost|wiped|deleted|dropped|locked|corrupted|"
    r"pannes?|tombee?s?|perdu\w*|supprime\w*|casse\w*|plante\w*|verrouill\w*|another|"
    r"second incident|deuxieme (?:post-mortem|incident|panne)|(?:encore|re) une?|(?:second|"
    r"third|fourth|fifth|nth|umpteenth) time|(?:deuxieme|troisieme|quatrieme|enieme) fois|all "
    r"weekend|tout le week-end|en pleine|at peak|red build|sans (?:meme )?(?:tester|lire|"
    r"verifier|regarder|prevenir)|without (?:even )?(?:testing|reading|checking|looking|opening))\b"
)
_PRAISE_OPENER = re.compile(
    r"[\s\-*>]*(?:\d{1,2}[:h]\d{2}\s+)?(?:nice one|nice work|great (?:job|work|review|call|"
    r"move|idea|stuff)|good job|well done|brilliant|stellar|superb|amazing|impressive|genius|"
    r"bravo|superbe (?:boulot|travail)|beau (?:boulot|travail)|bien joue|magnifique|genial|"
    r"chapeau|top|super|parfait|perfect|lovely|fantastic|classic|classique)\b"
)
_PRAISE_ALONE = re.compile(
    r"[\s\-*>]*(?:brilliant|stellar|superb|amazing|impressive|genius|bravo|magnifique|genial|"
    r"chapeau|top|super|parfait|perfect|lovely|fantastic|classic|classique|typical|typique|"
    r"of course|bien sur|evidemment|comme d'hab\w*|as usual|on applaudit|slow clap|oops|oups|"
    r"whoops|nice|great|well done|bien joue)\s*[.!]*\s*$"
)
_PRAISE_CLOSER = re.compile(
    r",\s*(?:chapeau|bravo|bien joue|brilliant|stellar|well done)\s*[.!]*\s*$"
)
# Ironic quotes around what someone called their change: "'quick tidy-up'", « pour voir ».
_SCARE_QUOTES = re.compile(
    r"[\"'](?=[^\"']{0,40}[\"'])[^\"']*?\b(?:quick|cleanup|clean-up|tidy|tidy-up|harmless|safe|"
    r"minor|small|simple|see what happens|pour voir|vite fait|teste\w* en local|nettoyage|"
    r"petit\w*|rapide|debloquer|improvements?|ameliorations?|refacto\w*|optimi\w+)\b[^\"']*[\"']"
)
_SARCASTIC_PRAISE = re.compile(
    r"[\U0001f643\U0001f644\U0001f926\U0001f921\U0001f612]|\b(?:we|i|on|nous) (?:\w+ )?(?:lost|"
    r"wasted|a perdu|avons perdu|a gache)\b|\b(?:second|another|deuxieme|autre) (?:incident|"
    r"outage|post-mortem|panne)\b"
)
_ALWAYS_SARCASTIC = "\U0001f643\U0001f644\U0001f926\U0001f921\U0001f612"
_SARCASTIC_NEAR_SOMEONE = "\U0001f602\U0001f923\U0001f62c\U0001f44c\U0001f389\U0001f44f\U0001f937"
_EMOJI = re.compile(f"[{_ALWAYS_SARCASTIC}{_SARCASTIC_NEAR_SOMEONE}]")


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
    yield from _sarcasm(folded, spans, found, lexicon)


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
    for mention in found:
        if not _agent(folded, mention) and not (
            mention.kind == "capitalised" and human.match(folded, mention.end)
        ):
            continue
        rule = "team_as_culprit" if mention.kind == "team" else "person_as_cause"
        sentence = _sentence(spans, mention.start)
        if (
            _re(lexicon.complied).search(folded, *sentence)
            or _thanked(folded, mention, sentence)
            or _GOOD_OUTCOME.search(folded, *sentence)
        ):
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
        if end is not None:
            yield rule, mention.start, end


def explained_by_the_system(folded: str, found: list[Mention], lexicon: Lexicon) -> bool:
    """Whether the text gives the system as the explanation: a lack ("no confirmation
    prompt"), a "because" clause whose subject is not a person, a thing designated as
    the cause ("c'est le générateur qui…") or a flaw in a relative clause."""
    if _re(lexicon.systemic).search(folded):
        return True
    for clue in (*_BECAUSE.finditer(folded), *_DESIGNATED.finditer(folded)):
        if not _someone_at(folded, found, clue.end()):
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


def _thanked(folded: str, mention: Mention, sentence: tuple[int, int]) -> bool:
    """Credit, not blame: "Respect à l'équipe data qui a recalculé…", unless sarcastic."""
    return bool(_GRATITUDE.search(folded, sentence[0], mention.start)) and not (
        _SARCASTIC_PRAISE.search(folded, *sentence)
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
    if _re(lexicon.not_obligation).match(folded, verb) or _DEADLINE.search(folded, verb, stop):
        return None
    return modal.end()


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
        start, end = _sentence(spans, mention.start)
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


def _sarcasm(
    folded: str, spans: list[tuple[int, int]], found: list[Mention], lexicon: Lexicon
) -> Iterator[Hit]:
    for match in _re(lexicon.sarcasm).finditer(folded):
        yield "sarcasm", match.start(), match.end()
    for match in _SCARE_QUOTES.finditer(folded):
        yield "sarcasm", match.start(), match.end()
    someone = any(is_person(m) or m.kind == "team" for m in found)
    grateful = bool(_GRATITUDE.search(folded))
    setback = bool(_SETBACK.search(folded))
    for emoji in _EMOJI.finditer(folded):
        if emoji.group() in _ALWAYS_SARCASTIC or ((someone or setback) and not grateful):
            yield "sarcasm", emoji.start(), emoji.end()
    for start, end in spans:
        alone = len(spans) > 1 and _PRAISE_ALONE.match(folded, start, end)
        opener = setback and _PRAISE_OPENER.match(folded, start, end)
        closer = _PRAISE_CLOSER.search(folded, start, end)
        if praise := alone or opener or closer:
            yield "sarcasm", praise.start(), praise.end()


def _sentence(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return 0, len(spans) and spans[-1][1]
