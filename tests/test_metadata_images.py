"""The lead image URL exactly as the page gives it, resolved against its base and never normalised,
and no logo or icon in its place (issue 21). Pages are the project's own."""

import pytest

from presslake.article.extract import extract_article
from presslake.article.images import is_logo_or_icon

PAGE_URL = "https://www.dailygull.example/news/harbour-plan?utm_source=feed"


def image_of(head: str, url: str | None = PAGE_URL, body: str = "") -> str | None:
    paragraphs = "".join(f"<p>The council approved the harbour plan after a debate about quays and ferries, "
                         f"part {n} of the story.</p>" for n in "abcd")
    return extract_article(f"<html><head>{head}</head><body><article><h1>Harbour plan approved</h1>{body}"
                           f"{paragraphs}</article></body></html>", url).lead_image_url


@pytest.mark.parametrize("given, resolved", [
    # the query string is the image itself, or its signature
    ("/resize?i=123&w=600", "https://www.dailygull.example/resize?i=123&w=600"),
    ("https://img.example/photo.jpg?sig=Ab%2Fc&exp=1700000000", "https://img.example/photo.jpg?sig=Ab%2Fc&exp=1700000000"),
    # parentheses and encodings as the page gives them
    ("https://img.example/fit(600)/harbour.jpg", "https://img.example/fit(600)/harbour.jpg"),
    ("https://img.example/a%20b/harbour%281%29.jpg", "https://img.example/a%20b/harbour%281%29.jpg"),
    # the // of a nested URL, and an upper-case host
    ("https://IMG.example/proxy/https://cdn.example//harbour.jpg", "https://IMG.example/proxy/https://cdn.example//harbour.jpg"),
    # relative to the page, and protocol-relative
    ("images/harbour.jpg", "https://www.dailygull.example/news/images/harbour.jpg"),
    ("//cdn.example/harbour.jpg#x", "https://cdn.example/harbour.jpg#x"),
])
def test_image_url_is_resolved_never_normalised(given, resolved):
    assert image_of(f'<meta property="og:image" content="{given}">') == resolved


def test_image_resolves_against_the_base_element():
    head = '<base href="https://static.dailygull.example/2019/"><meta property="og:image" content="harbour.jpg">'
    assert image_of(head) == "https://static.dailygull.example/2019/harbour.jpg"


def test_image_without_any_base_stays_as_given():
    assert image_of('<meta property="og:image" content="/img/harbour.jpg">', url=None) == "/img/harbour.jpg"


def test_og_then_twitter_then_jsonld():
    og = '<meta property="og:image" content="https://img.example/og.jpg">'
    twitter = '<meta name="twitter:image" content="https://img.example/twitter.jpg">'
    jsonld = ('<script type="application/ld+json">{"@type": "NewsArticle", "image": '
              '{"@type": "ImageObject", "url": "https://img.example/ld.jpg"}}</script>')
    assert image_of(jsonld + twitter + og) == "https://img.example/og.jpg"
    assert image_of(jsonld + twitter) == "https://img.example/twitter.jpg"
    assert image_of(jsonld) == "https://img.example/ld.jpg"


def test_a_logo_or_icon_is_refused():
    logo = '<meta property="og:image" content="https://www.dailygull.example/static/gull-logo.png">'
    twitter = '<meta name="twitter:image" content="https://img.example/harbour.jpg">'
    assert image_of(logo + twitter) == "https://img.example/harbour.jpg"
    assert image_of(logo) is None
    icon = '<meta property="og:image" content="/icons/category-news.svg">'
    assert image_of(icon) is None


@pytest.mark.parametrize("url, refused", [
    ("https://www.dailygull.example/static/logo.png", True),
    ("https://www.dailygull.example/favicon.ico", True),
    ("https://www.dailygull.example/apple-touch-icon-180x180.png", True),
    ("https://www.dailygull.example/images/default-share-image.jpg", True),
    ("data:image/png;base64,iVBORw0KGgo=", True),
    ("https://logos.example/photos/harbour.jpg", False),     # the host says nothing of the picture
    ("https://img.example/harbour.jpg?logo=1", False),        # nor does the query
    ("https://img.example/2019/03/silicon-valley-harbour.jpg", False),
    ("https://img.example/2019/03/iconic-harbour.jpg", False),
])
def test_logo_or_icon_by_path(url, refused):
    assert is_logo_or_icon(url) is refused
