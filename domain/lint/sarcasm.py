"""Sarcasm: praise or an emoji said of what went wrong ("Nice one, two outages in a
week 🎉", "Bravo le génie qui a mis le timeout à 0", "Stellar.", "'quick tidy-up'").

It judges the person while pretending not to. Praise reads as sarcasm when the text
says what went wrong and thanks no one; some emoji (🙃, 🙄, 🤦) always do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from domain.lint.lexicon import Lexicon
from domain.lint.people import Mention, is_person

Hit = tuple[str, int, int]

GRATITUDE = re.compile(
    r"\b(?:merci|thanks?|thank you|kudos|bravo a|bravo au|shout-?out|props|chapeau a|big up|"
    r"felicitations|congrats|congratulations|well done to|chapeau bas|bravo aux|great catch|good "
    r"catch|nice catch|bien vu|ce qui a (?:bien )?marche|what went "
    r"well|went well|worked well|a bien marche|great work (?:by|from)|respect (?:a|au|"
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
    r"[\s\-*>]*(?:great job|good job|nice job|merci pour tout|thanks for nothing|brilliant|"
    r"stellar|superb|amazing|impressive|genius|bravo|magnifique|genial|"
    r"chapeau|top|super|parfait|perfect|lovely|fantastic|classic|classique|typical|typique|"
    r"of course|bien sur|evidemment|comme d'hab\w*|as usual|on applaudit|slow clap|oops|oups|"
    r"whoops|nice|great|well done|bien joue)\s*[.!]*\s*$"
)
# "QA's pass was... optimistic", "le test a été… sommaire": a euphemism after a pause.
_EUPHEMISM = re.compile(
    r"(?:\.\.\.|\u2026)\s*(?:optimistic|brief|generous|creative|interesting|light|quick|relaxed|"
    r"bold|sommaire|rapide|legere?|optimiste|creati\w+|genereu\w+|detendu\w*|audacieu\w+)\b"
)
# "Merci Jérôme pour ce magnifique DROP TABLE", "thanks Lars for that lovely outage".
_MOCK_THANKS = re.compile(
    r"\b(?:merci [^.!?]{0,30}? pour (?:ce|cette|ces|le|la) (?:magnifique|superbe|joli\w*|beau|"
    r"belle|sublime|merveilleu\w+)|thanks? [^.!?]{0,30}? for (?:that|this|the) (?:lovely|beautiful|"
    r"wonderful|amazing|fantastic|delightful))\b"
)
# "Typical Kirra.", "Classic support team:", "Classique Jérôme !": a person as a type.
_TYPICAL = re.compile(r"(?:typical|classic|typique|classique)\s+[a-z@][\w@ .-]{0,25}?[.!:]")
_PRAISE_CLOSER = re.compile(
    r",\s*(?:chapeau|bravo|bien joue|brilliant|stellar|well done|merci pour tout|thanks a lot|"
    r"thanks for that|merci du cadeau|great job|nice job|good job)\s*[.!]*\s*$"
)
# Ironic quotes around what someone called their change: "'quick tidy-up'", « pour voir ».
_SCARE_QUOTES = re.compile(
    r"[\"'](?=[^\"']{0,40}[\"'])[^\"']*?\b(?:quick|cleanup|clean-up|tidy|tidy-up|harmless|safe|"
    r"minor|small|simple|see what happens|pour voir|vite fait|teste\w* en local|nettoyage|"
    r"for a week|pour (?:une|la) semaine|just this once|juste cette fois|petit\w*|rapide|debloquer|menage|de son cote|faux positifs?|false positives?|temporaire|"
    r"temporary|juste|just|improvements?|ameliorations?|refacto\w*|optimi\w+)\b[^\"']*[\"']"
)
SARCASTIC_PRAISE = re.compile(
    r"[\U0001f643\U0001f644\U0001f926\U0001f921\U0001f612]|\b(?:we|i|on|nous) (?:\w+ )?(?:lost|"
    r"wasted|a perdu|avons perdu|a gache)\b|\b(?:second|another|deuxieme|autre) (?:incident|"
    r"outage|post-mortem|panne)\b"
)
_ALWAYS_SARCASTIC = "\U0001f643\U0001f644\U0001f926\U0001f921\U0001f612"
_SARCASTIC_NEAR_SOMEONE = (
    "\U0001f440\U0001f602\U0001f923\U0001f62c\U0001f44c\U0001f389\U0001f44f\U0001f937"
)
_EMOJI = re.compile(f"[{_ALWAYS_SARCASTIC}{_SARCASTIC_NEAR_SOMEONE}]")


@lru_cache(maxsize=16)
def _re(source: str) -> re.Pattern[str]:
    return re.compile(source)


def sarcasm_hits(
    folded: str, spans: list[tuple[int, int]], found: list[Mention], lexicon: Lexicon
) -> Iterator[Hit]:
    for match in _re(lexicon.sarcasm).finditer(folded):
        yield "sarcasm", match.start(), match.end()
    someone = any(is_person(m) or m.kind == "team" for m in found)
    scare = _SCARE_QUOTES.finditer(folded) if someone else iter(())
    for match in (*scare, *_EUPHEMISM.finditer(folded), *_MOCK_THANKS.finditer(folded)):
        yield "sarcasm", match.start(), match.end()
    grateful = bool(GRATITUDE.search(folded))
    setback = bool(_SETBACK.search(folded))
    for emoji in _EMOJI.finditer(folded):
        if emoji.group() in _ALWAYS_SARCASTIC or ((someone or setback) and not grateful):
            yield "sarcasm", emoji.start(), emoji.end()
    for start, end in spans:
        alone = len(spans) > 1 and _PRAISE_ALONE.match(folded, start, end)
        opener = setback and not grateful and _PRAISE_OPENER.match(folded, start, end)
        closer = _PRAISE_CLOSER.search(folded, start, end) or (
            someone and _TYPICAL.match(folded, _first_word(folded, start), end)
        )
        if praise := alone or opener or closer:
            yield "sarcasm", praise.start(), praise.end()


def _first_word(folded: str, start: int) -> int:
    while start < len(folded) and not folded[start].isalnum():
        start += 1
    return start
