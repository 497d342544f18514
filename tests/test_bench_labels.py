"""The labelled set of bench/figures.py is well formed: 300+ figures, 30+ articles, offsets on numbers."""

import json
import re
import sys

import pytest
from conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
from figures_corpus import article_text  # noqa: E402

LABELS = json.loads((ROOT / "bench" / "figures_labels.json").read_text(encoding="utf-8"))["articles"]
NUMBER = re.compile(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
                    r"seventy|eighty|ninety|hundred|half|dozen|"
                    r"million|восьми", re.I)


def test_size_of_the_labelled_set():
    assert len(LABELS) >= 30
    assert sum(len(a["figures"]) for a in LABELS) >= 300
    assert len({a["source"] for a in LABELS}) == len(LABELS)


@pytest.mark.parametrize("article", LABELS, ids=[a["source"] for a in LABELS])
def test_offsets_point_at_numbers(article):
    corpus = SHARED / "corpus" / "readability-test-pages"
    if article["source"].startswith("corpus:") and not corpus.exists():
        pytest.skip("../shared/corpus not beside the repo")
    text = article_text(article["source"], corpus)
    for figure in article["figures"]:
        assert NUMBER.search(text[figure["start"]:figure["end"]]), figure
        assert figure["qualifier"] in {"exact", "approx", "min", "max"}
        assert figure["value_high"] is None or figure["value_high"] >= figure["value"]


def test_claim_labels_cover_150_figures_and_come_in_pairs():
    labelled = [f for a in LABELS for f in a["figures"] if "attributed_to" in f or "subject" in f]
    assert len(labelled) >= 150
    assert all("attributed_to" in f and "subject" in f for f in labelled)
    # an article is labelled for claims whole or not at all (the scores count per article)
    for article in LABELS:
        flags = {"attributed_to" in f for f in article["figures"]}
        assert len(flags) <= 1, article["source"]
