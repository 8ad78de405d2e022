"""When a blame word is talked about rather than used: "we did not stop at 'human
error'", "this was not negligence". Such sentences are what a blameless review
should say, so flagging them would teach people to avoid the topic."""

from __future__ import annotations

import re

# Before the phrase, in the same sentence: a negation, a refusal to stop there,
# the phrase used as a label, or a question about it.
_DOUBT_BEFORE = re.compile(
    r"\b(?:not|never|no|beyond|rather than|instead of|stop(?:ped|ping|s)? at|more than|go past|"
    r"move past|label\w*|call(?:ed|ing)? it|question\w*|challeng\w*|dismiss\w*|avoid\w*|"
    r"what made|(?<!\d )why|how|ne|pas|jamais|au-?dela|plutot que|au lieu|arret\w* a|arret\w* sur|"
    r"etiquette|depasser|(?<!\d )(?<!des )pourquoi|comment|qu'est-ce qui|ce qui a rendu|se contenter)\b|n't\b|\bn'"
)
# Quoted: the phrase is mentioned, not asserted.
QUOTE_BEFORE = re.compile(r"(?<![a-z])[\"']\s*$")
# After the phrase: it is declared a starting point, not an answer, or explained.
_DOUBT_AFTER = re.compile(
    r"^[\s\"']*(?:is|was|isn't|wasn't|n'est|est|etait|n'etait|a ete)\s+(?:not|never|pas|jamais|only|"
    r"(?:on|in|sur|dans) (?:the|our|la|le) (?:first|initial|premiere?)|"
    r"(?:the|our|my|la|le|notre|ma|mon) (?:first|initial|obvious|easy|knee-jerk|premiere?|"
    r"reflexe)|"
    r"seulement|juste|just|a starting|un point|where|la ou|the start|le debut|a symptom|"
    r"un symptome|the beginning|a label|une etiquette)|^[\s\"']*(?:\?|:\s*(?:why|how|"
    r"pourquoi|comment))"
)
_EXPLAINED_AFTER = re.compile(
    r"\b(?:made possible|allowed|enabled|possible because|permise?s?|rendue? possible|"
    r"possible parce|possible car|what in our system|qu'est-ce qui|(?:actual|real|true|deeper) "
    r"(?:root )?cause|(?:vraie|veritable|reelle) cause|cause (?:reelle|profonde))\b"
)
_NEGATION = re.compile(
    r"\b(?:not|no one|nobody|never|no|n'est pas|ce n'est pas|pas de|personne n'|aucun\w*|ni|"
    r"rather than|instead of|plutot que|au lieu)\b|n't\b"
)


def is_questioned(folded: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` is doubted, quoted or explained, not asserted."""
    before = folded[sentence[0] : start]
    after = folded[end : sentence[1]]
    return bool(
        _DOUBT_BEFORE.search(before)
        or QUOTE_BEFORE.search(before)
        or _DOUBT_AFTER.match(after)
        or _EXPLAINED_AFTER.search(after)
        # "Was it human error?" doubts it; "erreur humaine, on passe aux actions ?"
        # does not: the question mark must close the phrase's own clause.
        or re.split(r"[,;:]", after)[0].rstrip().endswith("?")
    )


def is_negated(folded: str, clause_start: int, start: int) -> bool:
    return bool(_NEGATION.search(folded, clause_start, start))
