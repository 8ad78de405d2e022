"""Train the linters' text models on the labelled corpus: ``make models``.

Reads the development splits of tests/data (never the held-out one), fits one
logistic regression per linter with scikit-learn (a dev dependency) over the
features of ``domain.lint.model``, and writes domain/lint/models/{blame,action}.json:
each n-gram's IDF and weight, the intercept, the thresholds and a digest of the data
it was trained on (a test fails when the data changes and the models were not
retrained).

Thresholds were chosen on the sets written by separate authors, each scored by a model
trained without it (leave one author out): for blame the model flags a text by itself
from 0.45 (0.80 in a timeline; only when the text names someone the rules do not read
as credited and says nothing a blameless review says) and lets a rule's finding stand
from 0.10 (always, for a finding that names one of the incident's people); for actions,
0.70 and 0.30. ``--validate FILE`` prints precision and
recall on a labelled file for a model trained without it.
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

from domain.lint.model import char_ngrams, word_ngrams  # noqa: E402

DATA = ROOT / "tests" / "data"
OUT = ROOT / "domain" / "lint" / "models"
HELD_OUT = "fresh6"
C = 16.0  # inverse regularisation, chosen with the thresholds
MODELS: dict[str, dict[str, Any]] = {
    "blame": {
        "files": (
            "blame.jsonl",
            "blame_fresh.jsonl",
            "blame_fresh2.jsonl",
            "blame_fresh3.jsonl",
            "blame_fresh4.jsonl",
            "blame_fresh5.jsonl",
            "blame_dev2.jsonl",
            "blame_dev3.jsonl",
        ),
        "label": "blame",
        "by_kind": True,
        "thresholds": {"alone": 0.45, "alone_timeline": 0.80, "with_rules": 0.10},
    },
    "action": {
        "files": (
            "actions.jsonl",
            "actions_fresh.jsonl",
            "actions_fresh2.jsonl",
            "actions_fresh3.jsonl",
            "actions_fresh4.jsonl",
            "actions_fresh5.jsonl",
        ),
        "label": "vague",
        "by_kind": False,
        "thresholds": {"alone": 0.70, "with_rules": 0.30},
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


def export(name: str, spec: dict[str, Any]) -> Path:
    chars, words, regression = fit(spec, rows(spec["files"]))
    weights = regression.coef_[0]
    offset = len(chars.vocabulary_)

    def block(vectoriser: Any, start: int) -> dict[str, list[float]]:
        return {
            gram: [round(float(vectoriser.idf_[i]), 5), round(float(weights[start + i]), 5)]
            for gram, i in sorted(vectoriser.vocabulary_.items())
        }

    model = {
        "by_kind": spec["by_kind"],
        "thresholds": spec["thresholds"],
        "intercept": round(float(regression.intercept_[0]), 6),
        "data_digest": digest(spec["files"]),
        "chars": block(chars, 0),
        "words": block(words, offset),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    return path


def validate(name: str, spec: dict[str, Any], held: str) -> None:
    """Precision and recall on ``held`` for a model trained without that file."""
    corpus = rows(tuple(f for f in spec["files"] if f != held))
    chars, words, regression = fit(spec, corpus)
    test = rows((held,))
    matrix = hstack([chars.transform([r["text"] for r in test]), words.transform(test)]).tocsr()
    scores = regression.predict_proba(matrix)[:, 1]
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        pairs = [
            (score >= threshold, bool(row[spec["label"]]))
            for score, row in zip(scores, test, strict=True)
        ]
        hits = sum(1 for flagged, label in pairs if flagged and label)
        flagged = sum(1 for flagged, _ in pairs if flagged) or 1
        labelled = sum(1 for _, label in pairs if label) or 1
        print(f"{name} on {held} at {threshold}: P={hits / flagged:.3f} R={hits / labelled:.3f}")  # noqa: T201


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
