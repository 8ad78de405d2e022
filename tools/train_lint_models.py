"""Train the linters' text models on the labelled corpus: ``make models``.

Reads the development splits of tests/data (never the held-out one), fits one
logistic regression per linter with scikit-learn (a dev dependency) over the
features of ``domain.lint.model``, and writes domain/lint/models/{blame,action}.json:
each n-gram's IDF and weight, the intercept, the thresholds and a digest of the data
it was trained on (a test fails when the data changes and the models were not
retrained).

Thresholds were chosen on the sets written by separate authors, each scored by a model
trained without it (leave one author out), with the rules as they are: for blame the
model flags a text by itself from 0.50 when the rules read someone in it (0.60 in a
timeline), from 0.60 when they read no one, from 0.95 when they read an explanation
(the system, or people only reporting or helping), never when the text says what a
blameless review says; it lets a rule's finding stand from 0.10 (always, for a finding
that names one of the incident's people or answers a "why"); for actions, 0.75 and
0.30. ``--validate FILE`` prints the linter's precision and recall on a labelled file
with a model trained without it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from scipy.sparse import hstack  # scikit-learn's own dependency
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import domain.lint as linters  # noqa: E402
from domain.lint.model import TextModel, char_ngrams, word_ngrams  # noqa: E402

DATA = ROOT / "tests" / "data"
OUT = ROOT / "domain" / "lint" / "models"
HELD_OUT = "fresh7"
C = 8.0  # inverse regularisation, chosen with the thresholds
MODELS: dict[str, dict[str, Any]] = {
    "blame": {
        "files": (
            "blame.jsonl",
            "blame_fresh.jsonl",
            "blame_fresh2.jsonl",
            "blame_fresh3.jsonl",
            "blame_fresh4.jsonl",
            "blame_fresh5.jsonl",
            "blame_fresh6.jsonl",
            "blame_dev2.jsonl",
            "blame_dev3.jsonl",
            "blame_dev4.jsonl",
            "blame_dev5.jsonl",
            "blame_dev6.jsonl",
            "blame_dev7.jsonl",
            "blame_dev8.jsonl",
            "blame_dev9.jsonl",
            "blame_dev11.jsonl",
            "blame_dev13.jsonl",
        ),
        "label": "blame",
        "by_kind": True,
        "thresholds": {
            "alone": 0.50,
            "alone_timeline": 0.60,
            "unnamed": 0.85,
            "unnamed_timeline": 0.85,
            "explained": 0.95,
            "with_rules": 0.10,
        },
    },
    "action": {
        "files": (
            "actions.jsonl",
            "actions_fresh.jsonl",
            "actions_fresh2.jsonl",
            "actions_fresh3.jsonl",
            "actions_fresh4.jsonl",
            "actions_fresh5.jsonl",
            "actions_fresh6.jsonl",
            "actions_dev4.jsonl",
            "actions_dev5.jsonl",
            "actions_dev6.jsonl",
            "actions_dev7.jsonl",
            "actions_dev11.jsonl",
            "actions_dev13.jsonl",
        ),
        "label": "vague",
        "by_kind": False,
        "thresholds": {"alone": 0.75, "with_rules": 0.30},
    },
}

Row = dict[str, Any]


def rows(files: tuple[str, ...]) -> list[Row]:
    found = []
    for name in files:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["split"] != HELD_OUT:
                    found.append(row)
    return found


def digest(files: tuple[str, ...]) -> str:
    sha = hashlib.sha256()
    for name in files:
        sha.update((DATA / name).read_bytes())
    return sha.hexdigest()


def fit(spec: dict[str, Any], corpus: list[Row]) -> tuple[Any, Any, Any]:
    kind = spec["by_kind"]
    chars = TfidfVectorizer(analyzer=char_ngrams, min_df=2, sublinear_tf=True)
    words = TfidfVectorizer(
        analyzer=lambda row: word_ngrams(row["text"], row.get("kind") if kind else None),
        sublinear_tf=True,
    )
    matrix = hstack(
        [chars.fit_transform([r["text"] for r in corpus]), words.fit_transform(corpus)]
    ).tocsr()
    labels = [bool(r[spec["label"]]) for r in corpus]
    regression = LogisticRegression(C=C, max_iter=10_000, class_weight="balanced")
    return chars, words, regression.fit(matrix, labels)


def as_data(spec: dict[str, Any], files: tuple[str, ...]) -> dict[str, Any]:
    """The model trained on ``files``, as domain/lint/models/*.json holds it."""
    chars, words, regression = fit(spec, rows(files))
    weights = regression.coef_[0]
    offset = len(chars.vocabulary_)

    def block(vectoriser: Any, start: int) -> dict[str, list[float]]:
        return {
            gram: [round(float(vectoriser.idf_[i]), 5), round(float(weights[start + i]), 5)]
            for gram, i in sorted(vectoriser.vocabulary_.items())
        }

    return {
        "by_kind": spec["by_kind"],
        "thresholds": spec["thresholds"],
        "intercept": round(float(regression.intercept_[0]), 6),
        "data_digest": digest(files),
        "chars": block(chars, 0),
        "words": block(words, offset),
    }


def export(name: str, spec: dict[str, Any]) -> Path:
    data = as_data(spec, spec["files"])
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    return path


def validate(name: str, spec: dict[str, Any], held: str) -> None:
    """Precision and recall on ``held`` of the linter (rules and model) whose model was
    trained without that file: what the linter would have done on it, unseen."""
    trained = TextModel.from_data(as_data(spec, tuple(f for f in spec["files"] if f != held)))
    original = linters.model
    linters.model = lambda wanted: trained if wanted == name else original(wanted)
    try:
        pairs = [(flagged(name, row), bool(row[spec["label"]])) for row in rows((held,))]
    finally:
        linters.model = original
    hits = sum(1 for found, label in pairs if found and label)
    found = sum(1 for found, _ in pairs if found) or 1
    labelled = sum(1 for _, label in pairs if label) or 1
    print(f"{name} linter on {held}: P={hits / found:.3f} R={hits / labelled:.3f}")  # noqa: T201


def flagged(name: str, row: Row) -> bool:
    if name == "action":
        return any(f.rule == "vague_action" for f in linters.lint(row["text"], "action"))
    return bool(linters.lint(row["text"], row["kind"], row["lang"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--validate", metavar="FILE", help="a labelled file of tests/data")
    args = parser.parse_args()
    for name, spec in MODELS.items():
        if args.validate:
            if args.validate in spec["files"]:
                validate(name, spec, args.validate)
            continue
        path = export(name, spec)
        print(f"{name}: {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KiB)")  # noqa: T201


if __name__ == "__main__":
    main()
