"""A learned reading of the whole text, beside the rules.

Rules find blame worded the way their lexicons know; people keep finding new ways.
A linear model over the text's character and word n-grams, trained on the labelled
corpus in tests/data (``tools/train_lint_models.py``, scikit-learn's logistic
regression), generalises to wording no rule lists: on sentences written by authors
who never saw the linters it finds far more of the blame at the same precision.
Here it only scores: the weights are data (``models/*.json``) and scoring is a
dot product, in pure Python.

Features, the same at training and here: character n-grams of 2 to 5 inside each
word padded with blanks, words and word pairs, and for blame the kind of section,
over folded text; each block weighted by TF-IDF with a sublinear term frequency and
scaled to unit length, as scikit-learn's ``TfidfVectorizer`` does.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from domain.lint.text import fold

_WORD = re.compile(r"[\w']+")
_SHORTEST, _LONGEST = 2, 5


def char_ngrams(text: str) -> list[str]:
    grams: list[str] = []
    for word in _WORD.findall(fold(text)):
        padded = f" {word} "
        for size in range(_SHORTEST, _LONGEST + 1):
            grams += [padded[i : i + size] for i in range(len(padded) - size + 1)]
    return grams


def word_ngrams(text: str, kind: str | None = None) -> list[str]:
    words = _WORD.findall(fold(text))
    grams = words + [f"{a} {b}" for a, b in pairwise(words)]
    return [*grams, f"kind={kind}"] if kind else grams


@dataclass(frozen=True)
class Block:
    """One vectoriser's vocabulary: for each n-gram, its IDF and its weight."""

    terms: dict[str, tuple[float, float]]

    def score(self, grams: Iterable[str]) -> float:
        terms = self.terms
        total = squares = 0.0
        for gram, count in Counter(grams).items():
            entry = terms.get(gram)
            if entry is not None:
                value = entry[0] * (1 + math.log(count)) if count > 1 else entry[0]
                squares += value * value
                total += value * entry[1]
        return total / math.sqrt(squares) if squares else 0.0


@dataclass(frozen=True)
class TextModel:
    """A logistic regression over the two blocks, and the thresholds it is used with:
    ``thresholds["alone"]`` flags a text by itself, ``"alone_timeline"`` in a timeline
    (where people acting is the norm), ``"unnamed"`` and ``"unnamed_timeline"`` when the
    rules read no one in the text, ``"explained"`` when they read the system as the
    explanation or the people named as reporting or helping; ``with_rules`` lets a
    rule's finding stand."""

    chars: Block
    words: Block
    intercept: float
    thresholds: dict[str, float]
    with_rules: float
    by_kind: bool
    data_digest: str

    def probability(self, text: str, kind: str | None = None) -> float:
        logit = (
            self.intercept
            + self.chars.score(char_ngrams(text))
            + self.words.score(word_ngrams(text, kind if self.by_kind else None))
        )
        return 1 / (1 + math.exp(-logit))

    def alone(
        self, *, timeline: bool = False, named: bool = True, explained: bool = False
    ) -> float:
        """The probability from which the model flags a text by itself."""
        if explained:
            return self.thresholds["explained"]
        return self.thresholds[
            ("alone" if named else "unnamed") + ("_timeline" if timeline else "")
        ]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> TextModel:
        """The model as ``tools/train_lint_models.py`` writes it."""
        return cls(
            chars=Block({gram: (idf, w) for gram, (idf, w) in data["chars"].items()}),
            words=Block({gram: (idf, w) for gram, (idf, w) in data["words"].items()}),
            intercept=data["intercept"],
            thresholds=data["thresholds"],
            with_rules=data["thresholds"]["with_rules"],
            by_kind=data["by_kind"],
            data_digest=data["data_digest"],
        )


@lru_cache(maxsize=2)
def model(name: str) -> TextModel:
    """The trained model ``name`` ("blame" or "action"), loaded once."""
    path = resources.files("domain.lint").joinpath(f"models/{name}.json")
    return TextModel.from_data(json.loads(path.read_text("utf-8")))
