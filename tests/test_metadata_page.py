"""A page's metadata end to end (issues 20 and 21): the publisher and the split tags beside the
title, authors, date and image, read back from real Parquet with the lake's schema.
The pages are the project's own (tests/fixtures/metadata/: apart from the demo's sample pages)."""

from datetime import datetime, timezone

import pytest
from conftest import PAGES

from presslake.article.extract import extract_article
from presslake.lake.schema import ARTICLE_SCHEMA, partition_date, read_parquet_bytes, to_parquet_bytes

HARBOUR = PAGES.parent / "metadata" / "daily-gull-harbour.html"
HARBOUR_URL = "https://www.dailygull.co.uk/news/2019/harbour-plan?utm_source=feed"
INGESTED = datetime(2025, 6, 1, 12, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def harbour():
    return extract_article(HARBOUR.read_bytes(), HARBOUR_URL)


def test_every_kind_on_one_page(harbour):
    # the article's own headline, without the site's name
    assert harbour.title == "Harbour plan approved after long debate"
    # both people of the byline, not the publisher that meta author names, nor a teaser's byline
    assert harbour.authors == ["Ana Ruiz", "Tom Hale"]
    # the date the text gives, in the zone it names (EST on March 3, 2019)
    assert harbour.published_at == datetime(2019, 3, 3, 21, 5, tzinfo=timezone.utc)
    assert harbour.published_precision == "second"
    # the image as the page gives it, resolved against the page: its query and parentheses kept
    assert harbour.lead_image_url == "https://www.dailygull.co.uk/resize?i=8812&w=1200&fit=crop(16:9)"
    assert harbour.tags == ["Harbour", "Town council", "Ferries", "Fishing"]
    assert harbour.publisher == "The Daily Gull"
    assert harbour.source == "dailygull.co.uk"


def test_publisher_and_precision_survive_parquet(harbour):
    record = harbour.to_record() | dict(raw_bucket="b", raw_key="raw/harbour.html", raw_version="v",
                                        raw_sha256="0" * 64, ingested_at=INGESTED, batch_id="batch",
                                        dt=partition_date(harbour.published_at, INGESTED))
    row = read_parquet_bytes(to_parquet_bytes([record], ARTICLE_SCHEMA)).to_pylist()[0]
    assert (row["publisher"], row["published_precision"], row["dt"]) == ("The Daily Gull", "second", "2019-03-03")
    assert ARTICLE_SCHEMA.names[-2:] == ["published_precision", "publisher"]


def page(head: str) -> str:
    paragraphs = "".join(f"<p>The council approved the harbour plan after a debate about quays and ferries, "
                         f"part {n} of the story.</p>" for n in "abcd")
    return f"<html><head>{head}</head><body><article><h1>Harbour plan</h1>{paragraphs}</article></body></html>"


@pytest.mark.parametrize("head, url, publisher, source", [
    ('<meta property="og:site_name" content="Folha de S.Paulo">', "https://www1.folha.uol.com.br/mundo/x.shtml",
     "Folha de S.Paulo", "uol.com.br"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "publisher": {"@id": "#org"}},'
     ' {"@type": "NewsMediaOrganization", "@id": "#org", "name": "The Daily Gull"}]}</script>',
     "https://news.dailygull.co.uk/x", "The Daily Gull", "dailygull.co.uk"),
    ("", "https://news.dailygull.co.uk/x", "dailygull.co.uk", "dailygull.co.uk"),
    ("", None, None, None),
])
def test_publisher_from_site_name_then_jsonld_then_the_domain(head, url, publisher, source):
    article = extract_article(page(head), url)
    assert (article.publisher, article.source) == (publisher, source)


@pytest.mark.parametrize("head, tags", [
    ('<meta property="article:tag" content="Oceans,New Zealand,Environment">', ["Oceans", "New Zealand", "Environment"]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "keywords": ["Oceans, New Zealand", "Environment"]}'
     "</script>", ["Oceans", "New Zealand", "Environment"]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "keywords": "Oceans,New Zealand"}</script>',
     ["Oceans", "New Zealand"]),
    ('<meta name="keywords" content="Oceans, New Zealand,,Environment">', ["Oceans", "New Zealand", "Environment"]),
    ('<meta property="article:tag" content="Oceans"><meta property="article:tag" content="oceans,Environment">',
     ["Oceans", "Environment"]),
])
def test_tags_are_split_on_commas_from_every_source(head, tags):
    assert extract_article(page(head)).tags == tags
