"""English or French: grammar words decide, lingua decides what they leave open.

Post-mortems are often franglais ("on a push le hotfix sans review"): the nouns are
English, the grammar is French. lingua's n-gram models call such a sentence English
(0.69 on that one), so the function words of each language are counted first;
lingua (restricted to English and French) only settles texts where they tie, such
as "rollback ok".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from domain.lint.findings import Language
from domain.lint.text import fold, words

# Function words and very common adverbs, folded (no accents). Words that exist in
# both languages with another meaning ("a", "on", "or", "car", "me") are left out.
_EN = words(
    """the of and to is was were are be been being has have had did does do not no this
    that these those with without for from by at into onto our we they he she it its
    his her their them you your i my me which who whom what when where why how
    should would could will can didn don doesn wasn isn weren shouldn couldn there
    then than because but or so if only just also more less very after before again
    any all every each some someone nobody anyone about up down out over under
    forgot make made add set get got been let's please"""
)
_FR = words(
    """le la les un une des du de d l au aux et est sont etait etaient ete ont avait
    avaient pas ne n ni que qu qui quoi dont ou mais donc pour par sur sous dans
    avec sans ce cet cette ces sa ses leur leurs notre nos votre vos il elle ils
    elles nous vous je j tu m se s te y en moins tres trop aussi encore deja apres
    avant parce quand comme si tout tous toute toutes chaque aucun aucune quelqu
    mieux faire fait etre avoir doit faut c ca cela"""
)
_WORD = re.compile(r"[a-z]+")
# Letters that English words almost never carry: one is enough evidence of French.
_FRENCH_LETTERS = re.compile(r"[éèêàùûçôîœë]", re.I)


def detect_language(text: str) -> Language:
    """The language a message about ``text`` should be written in: "en" or "fr"."""
    words = _WORD.findall(fold(text))
    english = sum(w in _EN for w in words)
    french = sum(w in _FR for w in words) + len(_FRENCH_LETTERS.findall(text))
    if english != french:
        return "en" if english > french else "fr"
    return _lingua(text)


def _lingua(text: str) -> Language:
    if not text.strip():
        return "en"
    # Typed through Any: lingua ships a compiled module whose stubs mypy --strict
    # cannot see through in every version.
    found: Any = _detector().detect_language_of(text)
    return "fr" if found is not None and found.name == "FRENCH" else "en"


@lru_cache(maxsize=1)
def _detector() -> Any:
    # Imported and built on first use: loading the two models takes ~0.5 s, which
    # texts decided by their grammar words never pay.
    from lingua import Language as LinguaLanguage  # noqa: PLC0415
    from lingua import LanguageDetectorBuilder  # noqa: PLC0415

    return LanguageDetectorBuilder.from_languages(
        LinguaLanguage.ENGLISH, LinguaLanguage.FRENCH
    ).build()
