"""The text models in domain/lint/models are the ones the labelled corpus trains."""

from __future__ import annotations

from types import ModuleType

import pytest

from domain.lint.model import char_ngrams, model, word_ngrams
from tests.unit.lint.helpers import training_tool


@pytest.fixture(scope="module")
def training() -> ModuleType:
    return training_tool()


@pytest.mark.parametrize("name", ["blame", "action"])
def test_each_model_was_trained_on_the_corpus_as_it_is_now(training: ModuleType, name: str) -> None:
    files = training.MODELS[name]["files"]
    assert model(name).data_digest == training.digest(files), "run `make models`"


@pytest.mark.parametrize("name", ["blame", "action"])
def test_no_model_is_trained_on_a_file_of_the_held_out_split(
    training: ModuleType, name: str
) -> None:
    for file in training.MODELS[name]["files"]:
        lines = (training.DATA / file).read_text(encoding="utf-8").splitlines()
        assert not any(f'"split": "{training.HELD_OUT}"' in line for line in lines), file


def test_features_are_character_and_word_ngrams_of_the_folded_text() -> None:
    assert char_ngrams("Élu")[:3] == [" e", "el", "lu"]
    assert word_ngrams("Bob a oublié", "lesson") == [
        "bob",
        "a",
        "oublie",
        "bob a",
        "a oublie",
        "kind=lesson",
    ]


def test_scores_are_probabilities_and_blame_scores_above_a_systemic_statement() -> None:
    blame = model("blame")
    blaming = blame.probability(
        "Root cause: Marta, as usual, pushed without reading.", "root_cause"
    )
    systemic = blame.probability("The pipeline has no schema check for configs.", "root_cause")
    assert 0 <= systemic < blaming <= 1
