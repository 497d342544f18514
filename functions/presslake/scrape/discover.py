"""Article URLs from feeds (feedparser) and sitemaps (lxml's XML parser, entities and network
off). Pure functions on fetched bytes; a malformed document raises DiscoveryError."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from presslake.article.dates import parse_datetime
from presslake.article.rawinput import RejectedInput, gunzip_if_needed

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


class DiscoveryError(ValueError):
    pass


@dataclass(frozen=True)
class Link:
    url: str
    modified: datetime | None = None


@dataclass(frozen=True)
class SitemapPage:
    links: list[Link]
    child_sitemaps: list[str]


def feed_links(body: bytes) -> list[Link]:
    """Entry links of an RSS/Atom feed, newest first when the feed dates them."""
    import feedparser  # only the scrape function loads it

    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        raise DiscoveryError(f"malformed feed: {parsed.get('bozo_exception')}")
    links = []
    for entry in parsed.entries:
        url = entry.get("link")
        if url:
            stamp = entry.get("published") or entry.get("updated")
            links.append(Link(url.strip(), parse_datetime(stamp) if stamp else None))
    return links


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def sitemap_page(body: bytes) -> SitemapPage:
    """A <urlset> (news sitemaps too) or a <sitemapindex>; gzip by magic bytes."""
    try:
        body, _ = gunzip_if_needed(body)
    except RejectedInput as error:
        raise DiscoveryError(f"sitemap: {error}") from error
    try:
        root = etree.fromstring(body, _XML_PARSER)
    except etree.XMLSyntaxError as error:
        raise DiscoveryError(f"malformed sitemap: {error}") from error
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise DiscoveryError(f"not a sitemap: root element <{kind}>")
    links, children = [], []
    for entry in root:
        fields = {_local(e.tag): (e.text or "").strip() for e in entry.iter() if e is not entry}
        if not fields.get("loc"):
            continue
        if kind == "sitemapindex":
            children.append(fields["loc"])
        else:
            stamp = fields.get("publication_date") or fields.get("lastmod")
            links.append(Link(fields["loc"], parse_datetime(stamp) if stamp else None))
    return SitemapPage(links, children)


def newest_first(links: list[Link]) -> list[Link]:
    """Dated links newest first, then undated ones in document order; duplicates dropped."""
    seen, unique = set(), []
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            unique.append(link)
    dated = sorted((link for link in unique if link.modified), key=lambda link: link.modified, reverse=True)
    return dated + [link for link in unique if not link.modified]
