"""Titles as the page shows its headline (issue 21): without the site's name, a section label or an
archive note, and the article's own <h1> over a rewritten social-card title. Pages are the project's own."""

import lxml.html
import pytest

from presslake.article.metadata import read_meta
from presslake.article.titles import strip_site_name


def title_of(head: str, body: str = "", url: str | None = None) -> str | None:
    tree = lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}<p>Text.</p></body></html>")
    return read_meta(tree, url).title


SITE = ["The Daily Gull"]


@pytest.mark.parametrize("title, site_names, stripped", [
    ("Harbour plan approved | The Daily Gull", SITE, "Harbour plan approved"),
    ("Harbour plan approved - The Daily Gull", SITE, "Harbour plan approved"),
    ("The Daily Gull: Harbour plan approved", SITE, "Harbour plan approved"),
    ("Daily Gull – Harbour plan approved", SITE, "Harbour plan approved"),
    ("Harbour plan approved | DailyGull.com", SITE, "Harbour plan approved"),
    # the domain's name (site_label) names the site when the page gives no name
    ("Harbour plan approved | Daily Gull", ["dailygull"], "Harbour plan approved"),
    ("Harbour plan approved · Börsen-Zeitung", ["boersen-zeitung"], "Harbour plan approved"),
    # a section label, an archive note
    ("Opinion | The harbour deserves better", SITE, "The harbour deserves better"),
    ("Harbour plan approved (Published 2019)", SITE, "Harbour plan approved"),
    # a part that does not name the site stays: it is the headline's
    ("Harbour plan approved - what happens next", SITE, "Harbour plan approved - what happens next"),
    ("Gulls vs. ferries: the harbour plan", SITE, "Gulls vs. ferries: the harbour plan"),
])
def test_site_name_prefix_or_suffix_is_stripped(title, site_names, stripped):
    assert strip_site_name(title, site_names) == stripped


def test_og_title_loses_the_site_name_it_shares_with_og_site_name():
    head = ('<meta property="og:site_name" content="The Daily Gull">'
            '<meta property="og:title" content="Harbour plan approved | The Daily Gull">')
    assert title_of(head) == "Harbour plan approved"


def test_title_loses_the_domain_name():
    assert title_of("<title>Harbour plan approved - Daily Gull</title>",
                    url="https://www.dailygull.example/harbour") == "Harbour plan approved"


def test_the_articles_h1_wins_over_a_rewritten_social_card_title():
    head = '<meta property="og:title" content="You will not believe what the council did to the harbour">'
    body = '<article><header><h1 class="article-headline">Harbour plan approved after long debate</h1></header></article>'
    assert title_of(head, body) == "Harbour plan approved after long debate"
    marked = '<h1 itemprop="headline">Harbour plan approved after long debate</h1>'
    assert title_of(head, marked) == "Harbour plan approved after long debate"


def test_an_h1_that_is_not_the_articles_headline_does_not_win():
    head = '<meta property="og:title" content="Harbour plan approved after long debate">'
    for h1 in ('<h1>Local news</h1>', '<h1 class="logo">The Daily Gull</h1>',
               '<nav><h1 class="title">Harbour, ferries and more</h1></nav>', '<h1>Harbour plan gets a yes from the town</h1>'):
        assert title_of(head, h1) == "Harbour plan approved after long debate", h1


def test_entities_escaped_twice_are_decoded():
    assert title_of('<meta property="og:title" content="Gulls &amp;amp; ferries: &amp;#8216;calm&amp;#8217;">') \
        == "Gulls & ferries: \u2018calm\u2019"


def test_a_page_of_text_mentioning_title_gets_no_huge_title():
    assert title_of("<title>" + "word " * 2000 + "</title>") is None
