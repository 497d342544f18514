"""Article metadata from a parsed page: JSON-LD (with @graph), OpenGraph, meta tags, <time>.

Pure functions over an lxml tree. Each getter returns the first source that has a
usable value, in the order publishers keep them most accurate: JSON-LD, then
OpenGraph/article:* meta, then plain meta, then visible markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from lxml.html import HtmlElement

from presslake.article.bylines import dedupe, jsonld_names, split_authors
from presslake.article.dates import parse_datetime, time_element_date
from presslake.article.images import lead_image_caption, lead_image_url
from presslake.article.markup import clean_text, first_str, jsonld_nodes, meta, meta_index, types
from presslake.article.titles import page_title

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
    published_at: datetime | None = None
    modified_at: datetime | None = None
    language: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    site_name: str | None = None
    lead_image_url: str | None = None
    lead_image_caption: str | None = None
    jsonld_types: set[str] = field(default_factory=set)
    og_type: str | None = None


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


def read_meta(tree: HtmlElement) -> PageMeta:
    nodes = jsonld_nodes(tree)
    index = meta_index(tree)
    page_types = set().union(*(types(n) for n in nodes)) if nodes else set()
    article_node = next((n for n in nodes if types(n) & ARTICLE_TYPES), None)
    ld = article_node or {}
    site_name = meta(index, "og:site_name", "application-name")

    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    authors = jsonld_names(ld.get("author"), by_id) if ld.get("author") else []
    if not authors:
        for key in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"):
            for value in index.get(key, []):
                authors.extend(split_authors(value))
            if authors:
                break
    if not authors:
        for element in tree.xpath('//*[@rel="author" or @itemprop="author" or contains(@class,"byline") '
                                  'or contains(@class,"author-name")]'):
            text = clean_text(element.text_content())
            if 0 < len(text) < 80:
                authors.extend(split_authors(text))
                break

    published = (parse_datetime(ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None)
                 or parse_datetime(meta(index, "article:published_time", "datepublished", "og:published_time",
                                         "pubdate", "publishdate", "publish-date", "date", "dc.date",
                                         "dc.date.issued", "parsely-pub-date", "sailthru.date"))
                 or time_element_date(tree, modified=False))
    modified = (parse_datetime(ld.get("dateModified") if isinstance(ld.get("dateModified"), str) else None)
                or parse_datetime(meta(index, "article:modified_time", "datemodified", "og:updated_time",
                                        "last-modified"))
                or time_element_date(tree, modified=True))

    tags: list[str] = list(index.get("article:tag", []))
    keywords = ld.get("keywords")
    if isinstance(keywords, list):
        tags.extend(k for k in keywords if isinstance(k, str))
    elif isinstance(keywords, str):
        tags.extend(keywords.split(","))
    if not tags and index.get("keywords"):
        tags.extend(index["keywords"][0].split(","))

    section = ld.get("articleSection")
    section = section[0] if isinstance(section, list) and section else section
    image = ld.get("image")
    image_node = image[0] if isinstance(image, list) and image else image

    return PageMeta(
        title=page_title(tree, index, ld, site_name),
        description=(meta(index, "og:description", "description", "twitter:description")
                     or (clean_text(ld.get("description")) if isinstance(ld.get("description"), str) else None)),
        authors=dedupe(authors),
        published_at=published,
        modified_at=modified,
        language=_language(tree, index, nodes),
        section=clean_text(section) if isinstance(section, str) else meta(index, "article:section"),
        tags=dedupe(t for t in (clean_text(t) for t in tags) if t),
        canonical_url=_canonical(tree, index, ld),
        site_name=site_name,
        lead_image_url=lead_image_url(index, image_node),
        lead_image_caption=lead_image_caption(tree, image_node),
        jsonld_types=page_types,
        og_type=(meta(index, "og:type") or "").lower() or None,
    )
