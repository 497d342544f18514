"""Publication dates as pages state them (issue 21): where a page keeps its date, in which zone,
as a day or a time, and never one the page does not give. Pages and values are the project's own."""

import warnings
from datetime import date, datetime, timedelta, timezone

import lxml.html
import pytest

from presslake.article.dates import DAY, SECOND, parse_stamp
from presslake.article.extract import extract_article
from presslake.article.metadata import read_meta
from presslake.lake.schema import partition_date

UTC = timezone.utc
INGESTED = datetime(2025, 6, 1, tzinfo=UTC)


def page(head: str = "", body: str = "", title: str = "Harbour plan approved") -> str:
    """A short article page: `head` and `body` hold what dates it."""
    paragraphs = "".join(
        f"<p>The council of the port town approved the harbour plan after a long debate about the quays, "
        f"the ferries and the fishing fleet, paragraph {n} of the story.</p>" for n in "abcd")
    return (f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
            f"{body}{paragraphs}</article></body></html>")


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


STAMPS = [
    # an offset written without its colon and leading zero
    ("2019-03-05T09:30:00-500", utc(2019, 3, 5, 14, 30), SECOND),
    ("2019-03-05T09:30:00+530", utc(2019, 3, 5, 4, 0), SECOND),
    # zone abbreviations: fixed ones, and the US generic ones through the tz database
    ("Tue Mar 05 09:30:00 EST 2019", utc(2019, 3, 5, 14, 30), SECOND),
    ("Sun Nov 23 16:00:00 EDT 2014", utc(2014, 11, 23, 20, 0), SECOND),
    ("March 3, 2019 4:05 p.m. ET", utc(2019, 3, 3, 21, 5), SECOND),
    ("July 3, 2019 4:05 p.m. ET", utc(2019, 7, 3, 20, 5), SECOND),
    ("2019-07-03 16:05 CEST", utc(2019, 7, 3, 14, 5), SECOND),
    ("2019-07-03 16:05 JST", utc(2019, 7, 3, 7, 5), SECOND),
    # a date without a time is a day, on the day it names
    ("2019-03-03", utc(2019, 3, 3), DAY),
    ("March 3, 2019", utc(2019, 3, 3), DAY),
    ("20190303", utc(2019, 3, 3), DAY),
    # a bare midnight without an offset is a date a CMS dressed as a time
    ("2019-03-03T00:00:00", utc(2019, 3, 3), DAY),
    # day first where the digits are dotted or dashed
    ("05.03.2019 09:30", utc(2019, 3, 5, 9, 30), SECOND),
    ("01-11-2023 10:29", utc(2023, 11, 1, 10, 29), SECOND),
    ("06-08-2009T14:12:32+0200", utc(2009, 8, 6, 12, 12, 32), SECOND),  # a blog's dashed day, then its time
    # seconds and milliseconds since 1970
    ("1676551869000", utc(2023, 2, 16, 12, 51, 9), SECOND),
]


@pytest.mark.parametrize("value, at, precision", STAMPS)
def test_date_values_become_stamps_in_utc(value, at, precision):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dateutil's UnknownTimezoneWarning included
        stamp = parse_stamp(value)
    assert (stamp.utc, stamp.precision) == (at, precision)


@pytest.mark.parametrize("value", ["", "soon", "0000-00-00", "Updated", "2019", "x" * 200])
def test_what_is_no_date_stays_none(value):
    assert parse_stamp(value) is None


def test_a_local_time_takes_the_zone_the_page_states_elsewhere():
    stamp = parse_stamp("2019-03-04T07:30:00", timezone(timedelta(hours=9)))
    assert stamp.utc == utc(2019, 3, 3, 22, 30)
    article = extract_article(page(
        '<meta property="article:published_time" content="2019-03-04T07:30:00">'
        '<meta property="article:modified_time" content="2019-03-04T08:00:00+09:00">'))
    assert article.published_at == utc(2019, 3, 3, 22, 30)
    assert partition_date(article.published_at, INGESTED) == "2019-03-03"


def test_a_date_only_value_stays_a_day_and_dt_is_that_day():
    # a page east of UTC: its stated zone must not move the day back
    article = extract_article(page(
        '<meta property="article:published_time" content="2019-03-04">'
        '<meta property="article:modified_time" content="2019-03-04T08:00:00+09:00">'))
    assert (article.published_at, article.published_precision) == (utc(2019, 3, 4), "day")
    assert partition_date(article.published_at, INGESTED) == "2019-03-04"
    west = extract_article(page('<meta name="date" content="March 4, 2019">'
                                '<meta property="article:modified_time" content="2019-03-04T20:00:00-08:00">'))
    assert (west.published_at, west.published_precision) == (utc(2019, 3, 4), "day")
    timed = extract_article(page('<meta property="article:published_time" content="2019-03-04T10:00:00Z">'))
    assert timed.published_precision == "second"


def _published(html: str, url: str | None = None):
    return read_meta(lxml.html.fromstring(html), url).published


def test_a_time_given_in_utc_is_on_the_pages_own_day():
    evening = '<meta property="article:published_time" content="2019-03-04T02:30:00Z">'
    # the page restates the instant as its wall time, or with its offset
    for restated in ('<p class="meta"><time datetime="2019-03-03 21:30">March 3, 9:30 p.m.</time></p>',
                     "<p class='meta'>Published March 3, 2019 at 9:30 p.m.</p>"):
        stamp = _published(page(evening, restated))
        assert (stamp.utc, stamp.day) == (utc(2019, 3, 4, 2, 30), date(2019, 3, 3))
    stamp = _published(page(evening + '<meta name="date" content="Sun, 03 Mar 2019 21:30:00 -0500">'))
    assert (stamp.utc, stamp.day) == (utc(2019, 3, 4, 2, 30), date(2019, 3, 3))
    # its address names its day
    stamp = _published(page(evening), "https://gull.example.com/2019/03/03/harbour-plan")
    assert (stamp.utc, stamp.day) == (utc(2019, 3, 4, 2, 30), date(2019, 3, 3))
    # no such statement, or another day than a neighbouring one: the UTC day
    assert _published(page(evening)).day == date(2019, 3, 4)
    assert _published(page(evening), "https://gull.example.com/2019/03/01/harbour-plan").day == date(2019, 3, 4)
    # a revision's wall time is another instant
    revised = _published(page(evening, '<p class="meta"><time class="updated" datetime="2019-03-03 22:30">10:30 p.m.'
                                       "</time></p>"))
    assert revised.day == date(2019, 3, 4)


def test_og_article_published_time_is_read():
    article = extract_article(page('<meta property="og:article:published_time" content="2019-03-03T10:15:00Z">'))
    assert article.published_at == utc(2019, 3, 3, 10, 15)


def test_a_time_element_marked_published_by_a_data_attribute():
    article = extract_article(page(body='<p class="meta"><time data-published="2019-03-03T10:15:00Z">'
                                        "Sunday morning</time></p>"))
    assert article.published_at == utc(2019, 3, 3, 10, 15)


def test_publication_keys_rank_above_revision_keys():
    # a mailer's date key holds the last send (a revision); the page marks its publication time
    article = extract_article(page(
        '<meta name="sailthru.date" content="2019-03-10T08:00:00Z">',
        '<p><time class="published" datetime="2019-03-03T10:15:00Z">March 3</time></p>'))
    assert article.published_at == utc(2019, 3, 3, 10, 15)
    # a revision date alone never dates the publication
    revised = extract_article(page('<meta property="article:modified_time" content="2019-03-10T08:00:00Z">'))
    assert revised.published_at is None and revised.modified_at == utc(2019, 3, 10, 8)


def test_a_date_given_only_in_the_text():
    article = extract_article(page(body="<p class='meta'>By Ana Ruiz. Published March 3, 2019 at 4:05 p.m. ET</p>"))
    assert (article.published_at, article.published_precision) == (utc(2019, 3, 3, 21, 5), "second")


def test_a_dateline_under_the_headline_in_the_pages_language():
    article = extract_article(page(body="<p>01. November 2021 | Natur &amp; Umwelt</p>", title="Der Hafenplan steht"))
    assert (article.published_at, article.published_precision) == (utc(2021, 11, 1), "day")
    # an infobox's dates are what the table describes, not the page's
    boxed = extract_article(page(body="<table><tr><td>Founded March 3, 1998</td></tr></table>"))
    assert boxed.published_at is None


def _notices(count: int = 30) -> str:
    """Short paragraphs enough to carry a line out of the dateline's reach under the headline."""
    return "".join(f"<p>Notice {n}: berth {n} of the north quay closes for repairs.</p>" for n in range(count))


def test_a_date_written_only_far_down_the_text():
    # a notice's closing line, in the page's language, with no "published" beside it
    article = extract_article(page(body=_notices() + "<p>Hafenamt, 14. Februar 2012</p>", title="Der Hafenplan"))
    assert (article.published_at, article.published_precision) == (utc(2012, 2, 14), "day")
    # the 1st of a month counts where the page writes it (not only a month or a copyright year)
    first = extract_article(page(body=_notices() + "<p>Hafenamt, 1. März 2019</p>", title="Der Hafenplan"))
    assert first.published_at == utc(2019, 3, 1)
    # a page without an article's headline (a listing, an index) is not dated by a date in its text
    listing = extract_article(f"<html><body><div>{_notices()}<p>Hafenamt, 14. Februar 2012</p></div></body></html>")
    assert listing.published_at is None
    # an embedded post's date is when someone else wrote it
    quoted = extract_article(page(body=_notices() + '<blockquote class="embedded-post"><p>Good news for the quay!'
                                       '</p>&mdash; Ana Ruiz <a href="https://social.example/ana/1">March 21, 2017</a>'
                                       "</blockquote>"))
    assert quoted.published_at is None


def test_the_search_for_a_date_in_the_text_leaves_the_page_as_it_was():
    """htmldate searches the page without what dates other things, taken out of the tree and put back:
    the body is extracted from the same tree afterwards (adjacent and nested ones, tails included)."""
    from presslake.article.dates import htmldate_date

    html = page(head='<link rel="stylesheet" href="/a.css"><script>var a = 1;</script>',
                body="<p>Lead <blockquote>one <blockquote>inner</blockquote> two</blockquote>tail one"
                     "<blockquote>three</blockquote>tail two<table><tr><td>1898</td></tr></table>tail three</p>"
                     + _notices() + "<p>Hafenamt, 14. Februar 2012</p>", title="Der Hafenplan")
    tree = lxml.html.document_fromstring(html)
    before = lxml.html.tostring(tree)
    assert htmldate_date(tree, None).at == utc(2012, 2, 14)
    assert lxml.html.tostring(tree) == before


def test_a_date_given_only_in_the_address():
    article = extract_article(page(), url="https://gull.example.com/2019/03/03/harbour-plan-approved/")
    assert (article.published_at, article.published_precision) == (utc(2019, 3, 3), "day")
    compact = extract_article(page(), url="https://gull.example.com/20190303/harbour-plan-approved")
    assert compact.published_at == utc(2019, 3, 3)


def test_no_date_is_invented_where_the_page_gives_none():
    # years, counts and a copyright line are not a publication date
    article = extract_article(page(
        body="<p>The harbour was built in 1898 and rebuilt after 1953; 2019 boats used it.</p>"
             "<footer>© 2024 The Daily Gull</footer>"), url="https://gull.example.com/news/harbour-plan")
    assert article.published_at is None and article.published_precision is None
    # a stylesheet's build stamp dates the site's code
    styled = extract_article(page('<link rel="stylesheet" href="/assets/article-view_20200409T1630/view.css">'),
                             url="https://gull.example.com/stable/2669240")
    assert styled.published_at is None
    # an app's state dates the items it lists, not the page
    state = extract_article(page(body='<script>window.__STATE__ = {"posts": [{"dateGmt": "2021-07-09T21:25:40", '
                                      '"slug": "quay-repairs"}]}</script>'), url="https://gull.example.com/topics/harbour")
    assert state.published_at is None
