"""The blame linter's rules. Each returns hits ``(rule, start, end)`` over the text;
wording the message in the text's language is done by the caller."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from domain.lint.acts import DEADLINE, GOOD_OUTCOME, act_hits, explained_by_the_system
from domain.lint.agency import (
    agent_hits,
    answered_by_the_system,
    inside_reframed_quote,
    quoted_and_reframed,
    reframed,
    reframes_a_quote,
)
from domain.lint.lexicon import Lexicon
from domain.lint.people import SOFTWARE, Mention, is_person, mentions
from domain.lint.questioned import is_negated, is_questioned
from domain.lint.sarcasm import GRATITUDE
from domain.lint.text import clause_before, fold, sentence_of, sentences

Hit = tuple[str, int, int]

_POSSESSIVE = re.compile(
    r"(?:'s|s')\s+(?:\w+\s+)?(?:fault|mistake|error|screw-?up|blunder|oversight|negligence|"
    r"carelessness|typo|fuck-?up|bad|doing)\b"
)
# Any of these as the subject of "should have known" / "aurait dû" makes it about a
# person, including the collective "we" and "on": self-blame is still blame.
_ANY_SUBJECT = re.compile(
    r"\b(?:we|i|you|he|she|they|someone|somebody|nobody|no one|anyone|on|nous|je|tu|vous|il|"
    r"elle|ils|elles|quelqu'un|personne)\b|\bj'"
)
# "The first comment asked who ran the backfill; we parked it and asked…".
_REPORTED_QUESTION = re.compile(r"\b(?:asked|asks|a demande|demande|demandait)\s+$")
# "We are not here to find out who…", "peu importe qui…": the "who" is set aside.
_NOT_ASKING = re.compile(
    r"\b(?:not|no need|n'est pas|ne sommes pas|pas la pour|peu importe|does ?n'?t matter|not "
    r"about)\b[^.?!;]{0,30}$"
)
# "qu'est-ce qui a changé ?" asks what, not who.
_WHAT_NOT_WHO = re.compile(r"\b(?:qu'est-ce|ce)\s*$")
_ADDRESSED = re.compile(r"\b(?:lesson|note|reminder|lecon|rappel) (?:for|to|pour|a)\s+$")
_HAD = re.compile(r"\s*'d\b|\s+(?:had|avait|avaient|n'avait|n'avaient)\b")
# "Had Minji checked the bucket…": the inverted conditional, at a sentence's start.
_HAD_BEFORE = re.compile(r"(?:^|[^\w\s']\s*)had\s+$")
_HAD_ACT = re.compile(
    r"\s+(?:\w+ly\s+|just\s+|only\s+|even\s+)?(?:[a-z]+ed|read|run|done|made|taken|seen|"
    r"known|thought|asked|waited|kept)\b"
)
# "Il suffisait qu'Enzo vérifie", "il aurait suffi que…": the same hindsight in French.
_SUFFICED_BEFORE = re.compile(r"\b(?:suffisait|aurait suffi|suffirait)\s+(?:que\s+|qu')$")
# "only had to", "was supposed to", "n'avait qu'à", "était censé": a duty in hindsight.
_DUTY_IN_HINDSIGHT = re.compile(
    r"\s+(?:(?:only|just) had to|(?:was|were) supposed to|n'avai(?:t|ent) qu'a|"
    r"etai(?:t|ent) cense\w*)\b"
)
_QUESTION_LEAD = re.compile(
    r"\b(?:know|find out|figure out|ask|asked|tell me|see|identify|determine|wonder|"
    r"savoir|trouver|demander|dire|comprendre|c'est|so|ok|alors|bon|donc)\W*$"
)


@lru_cache(maxsize=512)
def _re(source: str) -> re.Pattern[str]:
    return re.compile(source)


# "Nobody is to blame", "nobody was negligent", "personne n'est en faute", "on ne cherche
# pas de coupable".
_NO_FAULT = re.compile(
    r"\b(?:nobody|no one|no-one|personne)(?: here)? (?:is|was|n'est|n'etait|n'a ete) (?:to blame|"
    r"at fault|a blamer|en faute|fautif|responsable|negligent|careless|incompetent|sloppy|"
    r"lazy|stupid|negligente?|incompetente?)|\bnot (?:looking|here) (?:for someone )?to blame|"
    r"\bne cherche pas (?:de|a|un) (?:coupable|blamer)|\bla faute de personne|\bno blame\b"
)


# "was caught by the intern", "a été repéré par Lisa": credit in the passive.
_CREDITED_BY = re.compile(
    r"\b(?:was|were|got|been|a ete|ont ete|est|sont|etait)\s+(?:caught|detected|spotted|found|"
    r"fixed|noticed|flagged|reported|raised|escalated|restored|saved|resolved|mitigated|"
    r"detecte|repere|trouve|corrige|signale|remonte|sauve|resolu|rattrape)\w*\s+(?:by|par)\s+$"
)


_OWNER = re.compile(
    r"\b(?:owner|porteur|assignee|responsable de l'action)\s*:|\b(?:will|va|ira|devra) (?:add|write|"
    r"own|set up|create|fix|pair|automate|ajouter|ecrire|creer|mettre en place|corriger|automatiser)"
)
# A status, not a verdict: "Karim n'a pas encore terminé la migration".
_UNDER_WAY = re.compile(r"\b(?:pas encore|not yet|still (?:working|busy) on|en cours de)\b")
# A thing as the subject of the text's first sentence: "Redis ran out of memory", "the
# load balancer removed…", "le certificat a expiré", "Kafka a saturé la partition 3".
_SYSTEM_SUBJECT = re.compile(
    r"[\s\-*>]*(?:\d{1,2}[:h]\d{2}\s+)?(?:(?:root cause|cause racine|cause)\s*:\s*)?"
    r"(?:(?:the|our|their|its|this|that|le|la|les|l'|un|une|des|notre|nos|ce|cette|son|sa)\s*)?"
    r"(?:[\w-]+\s+){0,2}?(?:pipeline|ci|cd|cli|script|tool|tooling|job|cron|alert|alerting|"
    r"client|sdk|library|backend|frontend|server|service|database|db|queue|broker|storage|"
    r"bucket|platform|controller|gateway|deploy|deployment|cache|driver|proxy|load balancer|"
    r"check|config|configuration|console|scheduler|registry|dashboard|api|system|template|"
    r"monitoring|bot|linter|flag|cluster|node|pod|container|disk|cpu|memory|certificate|cert|"
    r"dns|network|router|switch|firewall|vpn|replica|index|table|migration|batch|worker|app|"
    r"application|feed|endpoint|release|build|backup|timeout|quota|pool|partition|topic|"
    r"webhook|import|export|sync|serveur|base|file|certificat|disque|reseau|alerte|outil|"
    r"noeud|replique|appli|flux|sauvegarde|"
    rf"{SOFTWARE})s?\b(?!\s+(?:team|"
    r"squad|folks|people|guys|owner|equipe|admin|admins)\b)"
)
_TIMESTAMP = re.compile(r"\d{1,2}[:h]\d{2}$")
_THE_ONE_WHO_HELPED = re.compile(
    r"\s+(?:was|is|est|etait) (?:the one|celui|celle) (?:who|that|qui) (?:a )?(?:first )?(?:caught|"
    r"found|spotted|detected|fixed|saved|noticed|escalated|raised|reported|flagged|repere|"
    r"detecte|trouve|corrige|sauve|signale|remonte)"
)


@dataclass(frozen=True)
class Reading:
    """What the rules found in a text, and what they read of it on the way: the model
    judging the text alone asks :meth:`closed_to_blame`, :meth:`names_someone` and
    :meth:`explains` without reading it again."""

    hits: list[Hit]
    folded: str
    found: list[Mention]
    cleared: bool
    lexicons: tuple[Lexicon, ...]

    def closed_to_blame(self) -> bool:
        """Whether the text says what a blameless review says, for the text model not to
        judge it alone: thanks, no one at fault, a quote reframed, an act that helped,
        or an action given to someone ("Kofi needs to add the alert by Friday", "owner:
        Lisa", "pas encore terminé")."""
        folded = self.folded
        return bool(
            GRATITUDE.search(folded)
            or _NO_FAULT.search(folded)
            or reframes_a_quote(folded)
            or GOOD_OUTCOME.search(folded)
            or DEADLINE.search(folded)
            or _OWNER.search(folded)
            or _UNDER_WAY.search(folded)
        )

    def names_someone(self) -> bool:
        """Whether the rules read a person or team in the text (or a capitalised word
        that may be one): the model then judges it alone more readily."""
        return bool(self._named)

    def explains(self) -> bool:
        """Whether the rules read the system as the explanation or as the subject ("Redis
        ran out of memory", "le load balancer a retiré trois nœuds"), or read the people
        named only as reporting or helping ("Kofi explained what he saw", "caught by
        the intern"): the model then judges the text alone less readily."""
        named = self._named
        return (
            self.cleared
            or bool(_SYSTEM_SUBJECT.match(self.folded))
            or (bool(named) and all(_credited(self.folded, m, self.lexicons) for m in named))
        )

    @cached_property
    def _named(self) -> list[Mention]:
        folded = self.folded
        named = [
            m
            for m in self.found
            # "Whoever triggers them" is anyone; an unknown capitalised word opening a
            # sentence is as likely any word.
            if (is_person(m) and folded[m.start : m.end] != "whoever")
            or m.kind == "team"
            or (m.kind == "capitalised" and not _opens_sentence(folded, m.start))
        ]
        # A pronoun stands for someone already named: "Kofi explained what he saw".
        if any(m.kind != "pronoun" for m in named):
            return [m for m in named if m.kind != "pronoun"]
        return named


def _opens_sentence(folded: str, offset: int) -> bool:
    head = _TIMESTAMP.sub("", folded[:offset].rstrip(" \t\"'-*>()")).rstrip()
    return not head or head[-1] in ".!?:;\n"


def _credited(folded: str, mention: Mention, lexicons: tuple[Lexicon, ...]) -> bool:
    """ "Kofi explained…", "Lisa a détecté…", "caught by the intern": report or credit."""
    if _CREDITED_BY.search(folded, max(0, mention.start - 40), mention.start):
        return True
    if _THE_ONE_WHO_HELPED.match(folded, mention.end):
        return True
    return any(
        _re(rf"{lexicon.link}(?:{lexicon.not_act})").match(folded, mention.end)
        for lexicon in lexicons
    )


def read_blame(
    text: str, kind: str, lexicons: tuple[Lexicon, ...], people: frozenset[str]
) -> Reading:
    folded = fold(text)
    spans = sentences(folded)
    found = mentions(text, folded, lexicons, people)
    cleared = any(explained_by_the_system(folded, found, lexicon) for lexicon in lexicons)
    hits: list[Hit] = []
    for lexicon in lexicons:
        hits += _people_as_cause(folded, found, lexicon, cleared)
        hits += agent_hits(folded, found, lexicon)
        hits += _human_error(folded, spans, lexicon)
        hits += _judgement(folded, spans, lexicon, kind)
        hits += _counterfactual(folded, spans, found, lexicon, kind)
        hits += _who_hunting(folded, spans, lexicon)
        hits += act_hits(folded, spans, found, lexicon, kind, cleared=cleared)
    hits = [
        h
        for h in hits
        if not answered_by_the_system(folded, spans, found, h)
        and not inside_reframed_quote(folded, h)
    ]
    return Reading(_without_overlaps(hits), folded, found, cleared, lexicons)


def _people_as_cause(
    folded: str, found: list[Mention], lexicon: Lexicon, cleared: bool
) -> Iterator[Hit]:
    """A person before a fault verb, as a possessive of a fault, or after a cause phrase.
    A weak verb ("deployed without a canary") is no verdict when the text gives the
    system as the explanation ("canary is disabled in the pipeline")."""
    strong = _re(rf"{lexicon.link}(?:{lexicon.strong_after})\b")
    weak = _re(rf"{lexicon.link}(?:{lexicon.weak_after})")
    before = _re(lexicon.cause_before)
    for mention in found:
        rule = "team_as_culprit" if mention.kind == "team" else "person_as_cause"
        # After "because of" / "à cause de", a capitalised word may be a tool
        # ("due to Redis"): only people and teams known as such are taken.
        trusted = (
            is_person(mention)
            or mention.kind == "team"
            or (
                # Only people are given a lesson: "Lesson for Tobenna:", "Leçon pour Thibault :".
                mention.kind == "capitalised"
                and bool(_ADDRESSED.search(folded, max(0, mention.start - 16), mention.start))
            )
        )
        after = folded[mention.end : mention.end + 120]
        verb = (
            strong.match(after)
            or _POSSESSIVE.match(after)
            or (None if cleared else _weak(weak, after, mention))
        )
        if verb is None and not cleared and _designated(folded, mention):
            verb = _DESIGNATION.match(after)
        if verb:
            yield rule, mention.start, mention.end + verb.end()
        elif trusted and (
            cause := before.search(folded, max(0, mention.start - 80), mention.start)
        ):
            yield rule, cause.start(), mention.end


# "C'est Marc qui a lancé le script" names a culprit; "c'est Lisa qui a détecté"
# credits someone: what follows "qui" tells them apart.
_DESIGNATED_BEFORE = re.compile(r"(?:c'est|c'etait|it was|it's)\s+$")
_DESIGNATION = re.compile(
    r"(?:\s+(?:du|de la|de l'|des|d'|of|from|at) [^,.;:]{1,30}?)?"
    r"\s+(?:qui|who)\s+(?:(?:a|avait|ont|has|had)\s+)?(?!(?:a|avait|ont|has|had|la|le|les|un|une|the|an?)\b)(?!detect|signal|escalad|remont|trouv|corrig|"
    r"repar|sauv|alert|identifi|resol|rattrap|gere|coordonn|spotted|found|fixed|noticed|saved|"
    r"caught|escalated|raised|reported)\w+"
)


# A capitalised word may be a tool: "Kubernetes failed to schedule the pod" is not
# blame, "Chioma merged without review" is. Before a weak verb, such a word counts
# only when the act is also marked as a fault.
_FAULT_MARK = re.compile(
    r"\b(?:without|sans|not|never|pas|jamais|mistake|erreur|wrong|accidentally|tort|directly|"
    r"directement|straight)\b|n't\b"
)


def _weak(weak: re.Pattern[str], after: str, mention: Mention) -> re.Match[str] | None:
    verb = weak.match(after)
    if verb and mention.kind == "capitalised" and not _FAULT_MARK.search(verb.group()):
        return None
    return verb


def _designated(folded: str, mention: Mention) -> bool:
    return bool(_DESIGNATED_BEFORE.search(folded, max(0, mention.start - 12), mention.start))


def _human_error(folded: str, spans: list[tuple[int, int]], lexicon: Lexicon) -> Iterator[Hit]:
    for match in _re(lexicon.human_error).finditer(folded):
        if not is_questioned(folded, sentence_of(spans, match.start()), match.start(), match.end()):
            yield "human_error", match.start(), match.end()


def _judgement(
    folded: str, spans: list[tuple[int, int]], lexicon: Lexicon, kind: str
) -> Iterator[Hit]:
    for match in _re(lexicon.judgement).finditer(folded):
        if not is_negated(
            folded,
            clause_before(folded, match.start(), sentence_of(spans, match.start())[0]),
            match.start(),
        ):
            yield "judgement_word", match.start(), match.end()
    if kind == "timeline":
        for match in _re(lexicon.timeline_judgement).finditer(folded):
            yield "timeline_judgement", match.start(), match.end()


def _counterfactual(
    folded: str, spans: list[tuple[int, int]], found: list[Mention], lexicon: Lexicon, kind: str
) -> Iterator[Hit]:
    cognitive = _re(lexicon.cognitive)
    for match in _re(lexicon.counterfactual).finditer(folded):
        start = clause_before(folded, match.start(), sentence_of(spans, match.start())[0])
        about_someone = _ANY_SUBJECT.search(folded, start, match.start()) or any(
            (is_person(m) or m.kind == "team") and start <= m.start < match.start() for m in found
        )
        if kind == "timeline" or about_someone or cognitive.match(folded, match.end()):
            yield "counterfactual_blame", match.start(), match.end()
    # "If only Diego had read", "si Hugo avait suivi": a person in a past
    # conditional. "If the deploy tool had required…" names no one and passes.
    condition = _re(lexicon.if_only)
    for mention in found:
        cause = condition.search(folded, max(0, mention.start - 14), mention.start)
        if cause and _HAD.match(folded, mention.end):
            yield "counterfactual_blame", cause.start(), mention.end
        if not (is_person(mention) or mention.kind == "team"):
            continue
        window = max(0, mention.start - 24)
        inverted = _HAD_BEFORE.search(folded, window, mention.start) and _HAD_ACT.match(
            folded, mention.end
        )
        if inverted or _SUFFICED_BEFORE.search(folded, window, mention.start):
            yield "counterfactual_blame", window, mention.end
        if duty := _DUTY_IN_HINDSIGHT.match(folded, mention.end):
            yield "counterfactual_blame", mention.start, duty.end()


def _who_hunting(folded: str, spans: list[tuple[int, int]], lexicon: Lexicon) -> Iterator[Hit]:
    for match in _re(lexicon.who_hunting).finditer(folded):
        start, end = sentence_of(spans, match.start())
        word = folded[match.start() : match.start() + 3]
        # "who"/"qui" also opens relative clauses ("Lisa, who pushed the fix"):
        # only a question, or a clause that asks, is hunting.
        lead = folded[start : match.start()]
        asks = "?" in folded[start:end] or not lead.strip(" -*>:\t") or _QUESTION_LEAD.search(lead)
        if (
            quoted_and_reframed(folded, start, match.start())
            or (_REPORTED_QUESTION.search(lead) and reframed(folded))
            or _NOT_ASKING.search(lead)
            or _WHAT_NOT_WHO.search(lead)
        ):
            continue
        if word not in {"who", "qui"} or asks:
            yield "who_hunting", match.start(), match.end()


def _without_overlaps(hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    # Sorted so that output is stable, and the timeline's own rule wins a tie.
    for hit in sorted(set(hits), key=lambda h: (h[1], -h[2], h[0] != "timeline_judgement", h[0])):
        # One finding per phrase: the same rule twice, or two rules on the very same
        # words ("stupidly" is both a judgement and a timeline judgement).
        if not any((k[0] == hit[0] and k[1] <= hit[1] < k[2]) or k[1:] == hit[1:] for k in kept):
            kept.append(hit)
    return kept
