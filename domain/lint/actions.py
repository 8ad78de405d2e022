"""The action linter: vague wording versus a concrete mechanism, and completeness.

"Be more vigilant" changes nothing; "add a disk alert at 80 %" does. Some words are
vague whatever follows ("try to", "sensibiliser"); others ("improve", "renforcer")
are vague only when no mechanism (a check, an alert, a test, a pipeline step, a
document in a named place) is named alongside them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from domain.lint.lexicon import Lexicon
from domain.lint.text import fold

Hit = tuple[str, int, int]


@lru_cache(maxsize=64)
def _re(source: str) -> re.Pattern[str]:
    return re.compile(source)


# What makes a mechanism specific enough for someone else to build it: a number or
# threshold, a named thing ("checkout-api", "db-*", "pool_mode=transaction", a
# product name), a condition or scope ("on every host", "avant toute estimation"), or
# a hard rule ("mandatory", "bloque le merge").
_SPECIFIC = re.compile(
    r"\d|%|[<>=(]|--\w|\w[_/=*.]\w|\w-(?:api|service|worker|db|app|\*)|(?<=[\w,] )[A-Z][a-z]+[A-Za-z]*|"
    r"\b(?:weekly|daily|nightly|hourly|hebdo\w*|quotidien\w*|staging|pre-?prod|compar\w*|"
    r"restor\w*|restaur\w*|non-\w+|instead|au lieu|forbid\w*|interdi\w*|prevent\w*|empech\w*|"
    r"refus\w*|while|tant que|unless|sauf si|only if|seulement si|(?i:kill switch|circuit breaker)|"
    r"denied|deny|by default|par defaut|par d\u00e9faut|exige\w*|requires?|limit(?:e|ed|\u00e9)\w* (?:to|a|\u00e0|au)|"
    r"(?i:only) (?:the )?(?:[\w-]+ ){1,2}?(?:role|team|group|account)s?|per (?:job|service|team|host|user|tenant|"
    r"client|account)|"
    r"behind a (?:feature )?flag|derriere un (?:feature )?flag)\b|"
    r"\b(?:every|each|all|any|when|if|whenever|on failure|before|after|mandatory|required|"
    r"block\w*|reject\w*|fail(?:s|ed|ing)?\b|automatic\w*|chaque|toute?s?|si|quand|en cas d|des que|"
    r"avant|apres|obligatoire\w*|bloqu\w*|rejet\w*|echou\w*|automatique\w*|au-dela)\b"
)

# Some unspecified mechanism for a named component: "des alertes sur Redis", "a
# runbook for Kafka incidents", "more tests for Billing".
_GENERIC = re.compile(
    r"\b(?:des|un|une|du|de la|quelques|some|an?|more|plus de|new|nouveaux|nouvelles) "
    r"(?:alertes?|alerts?|alerting|runbooks?|tests?|dashboards?|tableaux de bord|monitoring|"
    r"checks?|metri(?:c|que)s?|logs?|docs?|documentation)\b"
)
# A verb that names no change ("Clean up the Terraform repo", "Investigate the 502s"),
# and documenting with no place ("Documenter la reprise du cluster Elasticsearch").
_NO_CHANGE = re.compile(
    r"\s*(?:clean up|tidy up|refactor|harden|investigate|look into|dig into|stick to|faire le "
    r"menage|nettoyer|refacto\w*|durcir|investiguer|regarder|respecter)\b"
)
# What an investigation or a clean-up must end in to be an action: "…and open a fix",
# "…puis proposer un correctif", "an RFC", "un ticket par cause".
_DELIVERABLE = re.compile(
    r"\b(?:and|then|et|puis) (?:add|fix|write|ship|publish|create|propose|open|file|delete|remove|"
    r"ajouter|corriger|ecrire|publier|creer|proposer|ouvrir|supprimer|retirer)\w*|\b(?:rfc|adr|"
    r"tickets?|report|rapport|proposal|proposition|livrable|deliverable|fix|correctif|"
    r"supprim\w+|delet\w+|remov\w+|retir\w+)\b"
)
# A document's named place: "in Confluence, space OPS", "page « Bascule DB »".
_NAMED_PLACE = re.compile(
    r"\b(?:in|into|on|dans|sur) (?:the |le |la )?(?:confluence|notion|wiki|sharepoint|backstage|"
    r"github|gitlab|readme|handbook)\b|\b(?:space|espace)\s+\S+|\bpage\s+[\"']"
)
_DOCUMENT = re.compile(r"\s*(?:document|write up|documenter|rediger)\b")
_HEADED_WORDS = 4
_CAPITALISED = re.compile(r"(?<=[\w,] )[A-Z][a-z]+[A-Za-z]*")

# Where or at what grain the mechanism applies, which a terse noun phrase may give
# instead of a verb: "checklist in the PR template of the mobile repo", "verrou par
# service dans la pipeline de déploiement".
_PLACE = re.compile(
    r"\b(?:in|into|to|on|of|dans|sur|au|du|de)\s+(?:the |our |a |le |la |les |l'|notre |nos )?"
    r"(?:[\w-]+ ){0,2}(?:repo|repository|depot|template|pipeline|workflow|makefile|"
    r"dockerfile|helm chart|config file|fichier de config\w*)\b"
)
_SCOPE = re.compile(
    r"\b(?:per|par) (?!le\b|la\b|les\b|l'|un\b|une\b|des\b|erreur|exemple|ailleurs|contre|"
    r"rapport|defaut|consequent|hasard)[a-z]{2,}"
)


def _placed(folded: str, lexicons: tuple[Lexicon, ...]) -> bool:
    """A mechanism given a place or a scope. The place alone says where, not what
    ("improve things in the deploy pipeline"), and a vague verb stays vague."""
    if not (_PLACE.search(folded) or _SCOPE.search(folded)):
        return False
    if any(_re(lex.vague_weak).search(folded) for lex in lexicons):
        return False
    rest = _PLACE.sub(lambda m: " " * len(m.group()), folded)
    return any(_re(lex.concrete).search(rest) for lex in lexicons)


def vague_hits(text: str, lexicons: tuple[Lexicon, ...]) -> list[Hit]:
    if not text.strip() or _headed_mechanism(text, lexicons):
        return []
    spans = _vague_spans(text, fold(text), lexicons)
    return [("vague_action", start, end) for start, end in spans]


def _headed_mechanism(text: str, lexicons: tuple[Lexicon, ...]) -> bool:
    """ "Be more careful with DNS: all zone changes go through octoDNS PRs": the vague
    words head a mechanism, which is what gets built."""
    _, colon, tail = text.partition(":")
    return (
        bool(colon)
        and len(tail.split()) >= _HEADED_WORDS
        and not _vague_spans(tail, fold(tail), lexicons)
    )


def _vague_spans(text: str, folded: str, lexicons: tuple[Lexicon, ...]) -> list[tuple[int, int]]:
    """What makes the action vague, or nothing when it names a specific mechanism."""
    always = [m.span() for lex in lexicons for m in _re(lex.vague_always).finditer(folded)]
    if always:
        return always
    unspecific = not _SPECIFIC.search(_CAPITALISED.sub("x", text))
    placed = _placed(folded, lexicons)
    # "Clean up the Terraform repo", "Investigate the 502s on the edge": no change named;
    # "Mettre des alertes sur Redis": a component is named, not what to watch.
    no_change = _NO_CHANGE.match(folded)
    generic = _GENERIC.search(folded) or _DOCUMENT.match(folded)
    if no_change and not _DELIVERABLE.search(folded):
        return [no_change.span()]
    if generic and unspecific and not (placed or _NAMED_PLACE.search(folded)):
        return [generic.span()]
    mechanism = any(_re(lex.concrete).search(folded) for lex in lexicons)
    if mechanism and (_SPECIFIC.search(text) or placed):
        return []
    strong = [m.span() for lex in lexicons for m in _re(lex.vague_strong).finditer(folded)]
    if strong:
        return strong
    # No specific mechanism and no telltale phrase: the whole wording is the problem.
    weak = [m for lex in lexicons for m in _re(lex.vague_weak).finditer(folded)]
    return [weak[0].span() if weak else (0, len(text.rstrip()))]


def completeness_hits(
    text: str,
    lexicons: tuple[Lexicon, ...],
    *,
    owner: str | None,
    due_date: object | None,
    success_criterion: str | None,
) -> Iterator[Hit]:
    # These concern the whole action, not a phrase of it: the span is the whole text.
    if not (owner or "").strip():
        yield "missing_owner", 0, len(text)
    if due_date is None or (isinstance(due_date, str) and not due_date.strip()):
        yield "missing_due_date", 0, len(text)
    if not is_measurable(success_criterion or "", lexicons):
        yield "unmeasurable_criterion", 0, len(text)


def is_measurable(criterion: str, lexicons: tuple[Lexicon, ...]) -> bool:
    """Someone other than the owner could check it: a number, a quantifier ("every",
    "aucun"), or an observable fact ("is published", "bloque"), and no vague wording."""
    folded = fold(criterion)
    if not folded.strip():
        return False
    if any(_re(lex.vague_strong).search(folded) for lex in lexicons):
        return False
    return any(_re(lex.measurable).search(folded) for lex in lexicons)
