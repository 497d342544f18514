"""Byline strings as pages print them -> clean author names (issue 10), and byline elements
on a page -> the article's authors (issue 21).

The shapes are the ones real pages use (the Readability corpus and news sites); the names are
the project's own.
"""

import re

import lxml.html
import pytest

from presslake.article.bylines import byline_authors, split_authors
from presslake.article.metadata import read_meta

BYLINES = [
    ("By Jane Doe", ["Jane Doe"]),
    ("by jane doe", ["Jane Doe"]),
    ("BY JANE DOE", ["Jane Doe"]),
    ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe, John Roe and Mary Major", ["Jane Doe", "John Roe", "Mary Major"]),
    ("Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe; John Roe", ["Jane Doe", "John Roe"]),
    ("Lena Novak22 Dec 2016651", ["Lena Novak"]),
    ("Dan Ruiz - Apr 16, 2015 8:02 pm UTC", ["Dan Ruiz"]),
    ("2015 8:02 pm UTC", []),
    ("Marc Lefort (avec Paul Girard et Anne Roux)", ["Marc Lefort", "Paul Girard", "Anne Roux"]),
    ("Marc Lefort (avec Paul Girard", ["Marc Lefort", "Paul Girard"]),
    ("Anne Roux)", ["Anne Roux"]),
    ("Par Jean Dupont, envoyé spécial à Kyiv", ["Jean Dupont"]),
    ("Von Hans Müller und Eva Schmidt", ["Hans Müller", "Eva Schmidt"]),
    ("Por María López y Juan Pérez", ["María López", "Juan Pérez"]),
    ("By Jane Doe, Staff Writer", ["Jane Doe"]),
    ("Jane Doe, Senior Correspondent", ["Jane Doe"]),
    ("By Jane Doe, CNN", ["Jane Doe"]),
    ("By JANE DOE, Associated Press", ["Jane Doe"]),
    ("By Jane Doe | Published 3:45 PM EST Jan 2, 2023", ["Jane Doe"]),
    ("Written by: Jane Doe", ["Jane Doe"]),
    ("Reporting by John Roe; Editing by Mary Major", ["John Roe", "Mary Major"]),
    ("Jane Doe @janedoe", ["Jane Doe"]),
    ("Jane Doe (@janedoe)", ["Jane Doe"]),
    ("Jane Doe, Reuters", ["Jane Doe"]),
    ("Jane Doe Updated 10:32 AM ET, Tue March 8, 2016", ["Jane Doe"]),
    ("By Jane Doe on March 8, 2016", ["Jane Doe"]),
    ("Jane Doe | 5 min read", ["Jane Doe"]),
    ("Jane Doe 12 comments", ["Jane Doe"]),
    ("Jane Doe Contributor", ["Jane Doe"]),
    ("Jane Doe, Ph.D.", ["Jane Doe"]),
    ("https://example.com/authors/jane-doe", []),
    ("jane@example.com", []),
    ("The Associated Press", []),
    ("Reuters", []),
    ("Jean-Luc O'Brien and Anne-Marie d'Arc", ["Jean-Luc O'Brien", "Anne-Marie d'Arc"]),
    ("Олена Коваль", ["Олена Коваль"]),
    ("Автор: Олена Коваль", ["Олена Коваль"]),
    ("Kyiv Independent news desk", []),
]


@pytest.mark.parametrize("byline, names", BYLINES)
def test_byline_becomes_clean_names(byline, names):
    assert split_authors(byline) == names


def test_no_name_keeps_a_date_a_counter_a_role_or_an_unbalanced_bracket():
    for byline, _ in BYLINES:
        for name in split_authors(byline):
            assert not re.search(r"\d", name), name
            assert not re.match(r"(?i)(by|von|par|por)\b", name), name
            assert name.count("(") == name.count(")"), name
            assert not re.search(r"(?i)\b(writer|correspondent|editor|reporter|contributor|published|updated)\b", name)


@pytest.mark.parametrize("byline, names", [
    ("Sarah Lind March 9, 2017 13 comments", ["Sarah Lind"]),
    ("Theresa May", ["Theresa May"]),
    ("Tom Hale • 8h", ["Tom Hale"]),
    ("Written by Rob Lane Edited by Beth Moor", ["Rob Lane", "Beth Moor"]),
    ("肖春芳", ["肖春芳"]),
])
def test_more_byline_shapes(byline, names):
    assert split_authors(byline) == names


# ---------------------------------------------------------------- organisations (issue 21)

@pytest.mark.parametrize("byline, authors", [
    # a byline that names no person stays as the page gives it, without "By" and what follows
    ("The Daily Gull Staff", ["The Daily Gull Staff"]),
    ("By The Associated Press", ["The Associated Press"]),
    ("By Daily Gull staff | Updated Dec 3, 2019 4:05 pm", ["Daily Gull staff"]),
    ("Reuters", ["Reuters"]),
    # people win over the organisation beside them, and co-authors are all kept
    ("Ana Ruiz and Tom Hale", ["Ana Ruiz", "Tom Hale"]),
    ("By Ana Ruiz, The Associated Press", ["Ana Ruiz"]),
    # what sits in a byline's place but is no author
    ("Updated Dec 3, 2019", []),
    ("Follow", []),
    ("Link Copied", []),
    ("https://gull.example.com/staff", []),
])
def test_byline_becomes_people_or_the_organisation_as_given(byline, authors):
    assert byline_authors(byline) == authors


# ---------------------------------------------------------------- byline elements on a page (issue 21)

def authors_of(head: str, body: str) -> list[str]:
    return read_meta(lxml.html.document_fromstring(
        f"<html><head><title>Harbour plan approved</title>{head}</head><body><article>"
        f"<h1>Harbour plan approved</h1>{body}<p>The council approved the plan.</p></article></body></html>")).authors


PAGE_BYLINES = [
    # the byline is an <a> or a <span> whose class says author
    ("", '<p>By <a class="author-link" href="/ana">Ana Ruiz</a></p>', ["Ana Ruiz"]),
    ("", '<span class="article-author">Ana Ruiz</span>', ["Ana Ruiz"]),
    # the first candidate holds only a date: the next one names the person
    ("", '<div class="byline"><time>Dec 3, 2019</time></div><p><a rel="author" href="/ana">Ana Ruiz</a></p>',
     ["Ana Ruiz"]),
    # the publisher given as the author in meta loses to the person in the byline
    ('<meta name="author" content="Pettigrew Nast">', '<p class="byline">By Ana Ruiz</p>', ["Ana Ruiz"]),
    # adjacent elements' text is not glued together
    ("", '<div class="byline"><a href="/ana">Ana Ruiz</a><span>Staff Writer</span></div>', ["Ana Ruiz"]),
    ("", '<div class="byline"><a href="/ana">Ana Ruiz</a><span>The Daily Gull</span><time>Dec 3</time></div>',
     ["Ana Ruiz"]),
    # co-authors in elements of their own are all kept
    ("", '<p>By <span class="author">Ana Ruiz</span> and <span class="author">Tom Hale</span></p>',
     ["Ana Ruiz", "Tom Hale"]),
    ('<meta name="author" content="Ana Ruiz and Tom Hale">', "", ["Ana Ruiz", "Tom Hale"]),
    # an organisation-only byline is kept as given
    ("", '<div class="byline">By The Daily Gull Staff<time>Dec 3, 2019</time></div>', ["The Daily Gull Staff"]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
     '{"@type": "Organization", "name": "The Associated Press"}}</script>', "", ["The Associated Press"]),
    # a person in the JSON-LD wins; a picture credit and a reader's comment are no byline
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ana Ruiz"}]}'
     "</script>", '<p class="byline">By Tom Hale</p>', ["Ana Ruiz"]),
    ("", '<span class="author credit">(Image: Getty Images/Tom Hale)</span>', []),
    ("", '<div class="comments"><span class="comment-author">Tom Hale</span></div>', []),
    # the site's own name in meta author is not a person, and is not invented as one
    ('<meta property="og:site_name" content="The Daily Gull"><meta name="author" content="The Daily Gull">', "",
     ["The Daily Gull"]),
    ("", "", []),
]


@pytest.mark.parametrize("head, body, authors", PAGE_BYLINES)
def test_byline_elements_on_a_page(head, body, authors):
    assert authors_of(head, body) == authors
