"""The labelled set of bench/figures.py is well formed: 600+ figures, 60+ articles, offsets on numbers."""

import json
import re
import sys

import pytest
from conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
from figures_corpus import article_text, available, resolved  # noqa: E402

LABELS = json.loads((ROOT / "bench" / "figures_labels.json").read_text(encoding="utf-8"))["articles"]
NUMBER = re.compile(r"\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
                    r"seventy|eighty|ninety|hundred|half|dozen|a billion|billion|trillion|thousand|teen|"
                    r"million|twice|once|single|couple|pair|brace|trio|quarter|lakh|crore|a kilo|a grand|восьми|[½¼¾⅓⅔⅛]", re.I)
# (labels' surfaces include "a quarter-percentage point", "a brace of chances", "a trio of Republicans", "another lakh", "less than a kilo", "dropping a grand",
# a recipe's "½ cup")


def test_size_of_the_labelled_set():
    """600+ figures from 60+ articles of three kinds of source; 150+ labelled blind against frozen rules."""
    assert len(LABELS) >= 60
    assert sum(len(a["figures"]) for a in LABELS) >= 600
    assert len({a["source"] for a in LABELS}) == len(LABELS)
    assert {a["source"].partition(":")[0] for a in LABELS} >= {"bench", "fixture", "corpus", "teval"}
    blind = [f for a in LABELS if a.get("heldout") or a.get("labelled_blind_at") for f in a["figures"]]
    assert len(blind) >= 150


def test_labels_and_predictions_pair_closest_first():
    from figures import match

    gold = [{"start": 10, "value": 100.0}, {"start": 500, "value": 100.0}]
    predicted = [(505, 100.0, "man", "exact")]  # only the second label's figure was found
    assert match(gold, predicted) == [(gold[1], predicted[0])]
    assert match(gold, [(20, 99.0, None, "exact")]) == []  # values must agree within 0.5%


@pytest.mark.parametrize("article", LABELS, ids=[a["source"] for a in LABELS])
def test_offsets_point_at_numbers(article):
    corpus = SHARED / "corpus" / "readability-test-pages"
    if article["source"].startswith("corpus:") and not corpus.exists():
        pytest.skip("../shared/corpus not beside the repo")
    if not available(article["source"]):
        pytest.skip("the checkout this article's text comes from is not beside the repo")
    text = article_text(article["source"], corpus)
    figures = resolved(article, text)
    assert len(figures) == len(article["figures"]), "labels no longer found in the text"
    for figure in figures:
        assert NUMBER.search(text[figure["start"]:figure["end"]]), figure
        assert figure["qualifier"] in {"exact", "approx", "min", "max"}
        assert figure["value_high"] is None or figure["value_high"] >= figure["value"]


def test_a_label_on_extracted_text_is_found_again_when_the_text_moves():
    from figures_corpus import anchor, locate

    old = "Intro.\n\nThe city spent $5 million. Officials said 40 people and 40 dogs came."
    label = {"start": old.index("40 dogs"), "end": old.index("40 dogs") + 2} | anchor(old, old.index("40 dogs"),
                                                                                    old.index("40 dogs") + 2)
    new = "A new first paragraph.\n\nIntro.\n\nThe city spent $5 million. Officials said 40 people and 40 dogs came."
    start, end = locate(label, new)
    assert new[start:end + 5] == "40 dogs"
    assert locate(label, "Nothing of it is left.") is None
    assert locate({"start": 3, "end": 5}, "no context kept") == (3, 5)


def test_every_article_names_its_publisher():
    assert all(article.get("publisher") for article in LABELS)


@pytest.mark.skipif(not available("wcxb:dev/0001"), reason="WCXB checkout not beside the repository")
def test_no_wcxb_page_is_labelled_twice():
    """WCXB's dev and test splits hold some pages twice: a page labelled again under its other key would count a
    tuning row as held out."""
    from figures_corpus import CHECKOUTS
    urls = {}
    for article in LABELS:
        if article["source"].startswith("wcxb:"):
            split, _, page = article["source"][5:].partition("/")
            record = json.loads((CHECKOUTS["wcxb"] / split / "ground-truth" / f"{page}.json").read_text(encoding="utf-8"))
            urls.setdefault(record["url"], []).append(article["source"])
    assert [sources for sources in urls.values() if len(sources) > 1] == []


def test_claim_labels_cover_150_figures_and_come_in_pairs():
    labelled = [f for a in LABELS for f in a["figures"] if "attributed_to" in f or "subject" in f]
    assert len(labelled) >= 150
    assert all("attributed_to" in f and "subject" in f for f in labelled)
    # an article is labelled for claims whole or not at all (the scores count per article)
    for article in LABELS:
        flags = {"attributed_to" in f for f in article["figures"]}
        assert len(flags) <= 1, article["source"]


def harbour_page(head: str = "") -> str:
    """A small article page whose body holds "40 ships docked"."""
    body = " ".join(["The harbour authority said 40 ships docked on Tuesday, up from 32 a year earlier."] * 8)
    return (f"<html><head><title>Harbour busier</title>{head}</head>"
            f"<body><article><h1>Harbour busier</h1><p>{body}</p><p>{body}</p></article></body></html>")


def test_a_metascraper_integration_page_is_a_source_of_text(tmp_path, monkeypatch):
    import figures_corpus

    site = tmp_path / "packages" / "metascraper" / "test" / "integration" / "daily"
    site.mkdir(parents=True)
    (site / "index.js").write_text("const url = 'https://daily.example/2024/05/harbour'\n", encoding="utf-8")
    (site / "input.html").write_text(harbour_page("<link rel='canonical' href='/2024/05/harbour'>"), encoding="utf-8")
    monkeypatch.setitem(figures_corpus.CHECKOUTS, "metascraper", tmp_path)
    text = article_text("metascraper:daily", SHARED)
    assert "40 ships docked" in text and available("metascraper:daily")


@pytest.mark.parametrize("kind, path, source", [
    ("snacktory", "src/test/resources/de/jetwick/snacktory/harbour.html", "snacktory:harbour"),
    # a page among another tool's test fixtures, in ../devpages/<owner>+<name>
    ("devpages", "example+extractor/tests/fixtures/harbour.html", "devpages:example+extractor/tests/fixtures/harbour.html"),
])
def test_a_test_page_of_another_extractor_is_a_source_of_text(tmp_path, monkeypatch, kind, path, source):
    import figures_corpus

    page = tmp_path / path
    page.parent.mkdir(parents=True)
    page.write_text(harbour_page(), encoding="utf-8")
    monkeypatch.setitem(figures_corpus.CHECKOUTS, kind, tmp_path)
    assert "40 ships docked" in article_text(source, SHARED) and available(source)


def _pickled_document(tmp_path, monkeypatch, payload) -> str:
    """A Gun Violence Archive document, pickled as the corpus pickles it, under `gva:`."""
    import pickle
    import sys
    import types

    import figures_corpus

    classes = types.ModuleType("classes")  # the corpus's own module, for pickling only

    class NewsItem:
        pass

    NewsItem.__module__, NewsItem.__qualname__ = "classes", "NewsItem"
    classes.NewsItem = NewsItem
    monkeypatch.setitem(sys.modules, "classes", classes)
    item = NewsItem()
    item.__dict__.update(payload)
    folder = tmp_path / "EventRegistries" / "GunViolenceArchive" / "the_violent_corpus" / "101301"
    folder.mkdir(parents=True)
    (folder / "0394aa.json").write_bytes(pickle.dumps(item, protocol=4))
    monkeypatch.setitem(figures_corpus.CHECKOUTS, "gva", tmp_path)
    return "gva:101301/0394aa"


def test_a_gun_violence_archive_document_is_a_source_of_text(tmp_path, monkeypatch):
    import datetime

    source = _pickled_document(tmp_path, monkeypatch, {
        "title": " Harbour shooting ", "dct": datetime.date(2016, 12, 14), "uri": "http://web.archive.org/web/2016/x",
        "id": "0394aa", "content": "Police said 2 men were hurt.\n\nThe port shut 3 gates."})
    assert article_text(source, SHARED) == "Harbour shooting\n\nPolice said 2 men were hurt.\n\nThe port shut 3 gates."
    assert available(source)


def test_a_pickled_document_that_names_another_callable_is_refused(tmp_path, monkeypatch):
    import os
    import pickle

    source = _pickled_document(tmp_path, monkeypatch, {"title": "x", "content": "y"})
    path = tmp_path / "EventRegistries" / "GunViolenceArchive" / "the_violent_corpus" / "101301" / "0394aa.json"
    path.write_bytes(pickle.dumps(os.getcwd, protocol=2))  # any callable but the document's class
    with pytest.raises(pickle.UnpicklingError):
        article_text(source, SHARED)
