"""Article metadata from a parsed page: JSON-LD (with @graph), OpenGraph, meta tags, <time>.

Pure functions over an lxml tree. Each getter returns the first source that has a
usable value, in the order publishers keep them most accurate: JSON-LD, then
OpenGraph/article:* meta, then plain meta, then visible markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from presslake.article.bylines import dedupe, page_authors
from presslake.article.dates import Stamp, page_dates
from presslake.article.images import lead_image_caption, lead_image_url, page_base
from presslake.article.markup import clean_text, first_str, jsonld_nodes, meta, meta_index, meta_text, types
from presslake.article.titles import headline_element, page_title, title_candidates

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
    "liveblogposting", "techarticle", "scholarlyarticle", "report", "medicalwebpage",
}
LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage", "profilepage", "website"}


@dataclass
class PageMeta:
    """Everything the page says about itself, before extraction of the body."""

    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Stamp | None = None   # as the page states it: its zone, a day or a time
    modified: Stamp | None = None
    language: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    publisher: str | None = None   # og:site_name, else JSON-LD publisher.name
    lead_image_url: str | None = None
    lead_image_caption: str | None = None
    jsonld_types: set[str] = field(default_factory=set)
    og_type: str | None = None

    @property
    def published_at(self) -> datetime | None:
        return self.published.utc if self.published else None

    @property
    def published_precision(self) -> str | None:
        """"day" for a date without a time, else "second"."""
        return self.published.precision if self.published else None

    @property
    def modified_at(self) -> datetime | None:
        return self.modified.utc if self.modified else None


# ---------------------------------------------------------------- values

def _language(tree: HtmlElement, index, nodes) -> str | None:
    candidates = [tree.get("lang"), tree.get("xml:lang"),
                  meta(index, "content-language", "og:locale", "language", "dc.language")]
    for element in tree.iter("meta"):
        if (element.get("http-equiv") or "").lower() == "content-language":
            candidates.append(element.get("content"))
    candidates += [n.get("inLanguage") for n in nodes if isinstance(n.get("inLanguage"), str)]
    for value in candidates:
        if value and value.strip():
            code = value.strip().replace("_", "-").split(",")[0].split("-")[0].lower()
            if re.fullmatch(r"[a-z]{2,3}", code):
                return code
    return None


def _canonical(tree: HtmlElement, index, article_node) -> str | None:
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels and (link.get("href") or "").strip():
            return link.get("href").strip()
    og_url = meta(index, "og:url")
    if og_url:
        return og_url
    if article_node:
        return first_str(article_node.get("url")) or first_str(article_node.get("mainEntityOfPage"))
    return None


def split_tags(values: list) -> list[str]:
    """Tags from article:tag, JSON-LD keywords and meta keywords, each value split on commas
    ("Oceans,New Zealand,Environment" is three tags), in order, once each."""
    parts = (part for value in values if isinstance(value, str) for part in value.split(","))
    return dedupe(tag for tag in map(meta_text, parts) if tag)


def jsonld_publisher(article_node: dict, nodes: list[dict], by_id: dict[str, dict]) -> str | None:
    """The name of the article's JSON-LD publisher (an object, an @id reference or a list),
    else of the first publisher any object of the page names."""
    for node in ([article_node] if article_node else []) + nodes:
        value = node.get("publisher")
        value = value[0] if isinstance(value, list) and value else value
        if isinstance(value, dict) and "name" not in value and value.get("@id") in by_id:
            value = by_id[value["@id"]]
        name = value.get("name") if isinstance(value, dict) else value
        if isinstance(name, str) and meta_text(name):
            return meta_text(name)
    return None


def _absolute(url: str | None) -> str | None:
    return url if url and re.match(r"https?://", url, re.I) else None


_SUFFIX_LABELS = frozenset("com net org gov edu co ac or ne go gob gouv info biz".split())


def site_label(url: str | None) -> str | None:
    """The name-like label of a URL's host: 'dailygull' for https://www.dailygull.co.uk/x."""
    host = urlsplit(url).hostname if url and "//" in url else None
    labels = (host or "").split(".")
    while len(labels) > 1 and (len(labels[-1]) <= 2 or labels[-1] in _SUFFIX_LABELS):
        labels.pop()
    return labels[-1] if host and labels[-1] != "www" else None


def read_meta(tree: HtmlElement, url: str | None = None) -> PageMeta:
    """What the page says about itself; `url`, where it came from, may date it."""
    nodes = jsonld_nodes(tree)
    index = meta_index(tree)
    page_types = set().union(*(types(n) for n in nodes)) if nodes else set()
    article_node = next((n for n in nodes if types(n) & ARTICLE_TYPES), None)
    ld = article_node or {}
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    jsonld_publisher_name = jsonld_publisher(ld, nodes, by_id)
    publisher = meta(index, "og:site_name") or jsonld_publisher_name
    canonical_url = _canonical(tree, index, ld)
    # what a title's prefix or suffix may call the site
    site_names = [publisher, jsonld_publisher_name, meta(index, "application-name"), site_label(url or canonical_url)]

    candidates, title_tag = title_candidates(tree, index, ld)
    headline = headline_element(tree, [*candidates, title_tag])
    published, modified = page_dates(tree, index, ld, nodes, url or canonical_url, headline)

    keywords = ld.get("keywords")
    tags = [*index.get("article:tag", []), *(keywords if isinstance(keywords, list) else [keywords])]
    if not any(isinstance(t, str) and t.strip() for t in tags):
        tags = index.get("keywords", [])[:1]

    section = ld.get("articleSection")
    section = section[0] if isinstance(section, list) and section else section
    image = ld.get("image")
    image_node = image[0] if isinstance(image, list) and image else image

    return PageMeta(
        title=page_title(candidates, title_tag, headline, site_names),
        description=(meta(index, "og:description", "description", "twitter:description")
                     or (clean_text(ld.get("description")) if isinstance(ld.get("description"), str) else None)),
        authors=page_authors(tree, index, ld, by_id, site_names, headline),
        published=published,
        modified=modified,
        language=_language(tree, index, nodes),
        section=clean_text(section) if isinstance(section, str) else meta(index, "article:section"),
        tags=split_tags(tags),
        canonical_url=canonical_url,
        publisher=publisher,
        lead_image_url=lead_image_url(index, image_node, page_base(tree, url or _absolute(canonical_url))),
        lead_image_caption=lead_image_caption(tree, image_node),
        jsonld_types=page_types,
        og_type=(meta(index, "og:type") or "").lower() or None,
    )
