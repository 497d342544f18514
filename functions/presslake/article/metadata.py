"""Article metadata from a parsed page: JSON-LD (with @graph), OpenGraph, meta tags, <time>.

Pure functions over an lxml tree. Each getter returns the first source that has a
usable value, in the order publishers keep them most accurate: JSON-LD, then
OpenGraph/article:* meta, then plain meta, then visible markup.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone

from lxml.html import HtmlElement

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
    "liveblogposting", "techarticle", "scholarlyarticle", "report", "medicalwebpage",
}
LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage", "profilepage", "website"}

_WS = re.compile(r"\s+")
# Soft hyphens, zero-width spaces and word joiners are invisible on the page and split words
# in the text (ZWNJ/ZWJ are kept: Persian and Indic spelling needs them).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def clean_text(value: str | None) -> str:
    """Visible text as one NFC line: the form search, dedupe and the figures rules expect."""
    text = _WS.sub(" ", _INVISIBLE.sub("", value or "")).strip()
    return text if text.isascii() else unicodedata.normalize("NFC", text)


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


# ---------------------------------------------------------------- JSON-LD

# JSON-LD objects read per page at most: real pages have tens; a hostile one must not cost more.
MAX_JSONLD_NODES = 1000


def _walk_jsonld(root) -> Iterator[dict]:
    """The objects of a JSON-LD document, its @graph and mainEntity, in document order.

    Iterative and bounded, so no nesting depth or size can exhaust the stack or the time.
    """
    stack, seen = [root], 0
    while stack and seen < MAX_JSONLD_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend(reversed(node[:MAX_JSONLD_NODES]))
        elif isinstance(node, dict):
            yield node
            main = node.get("mainEntity")
            if isinstance(main, (dict, list)):
                stack.append(main)
            if "@graph" in node:
                stack.append(node["@graph"])


def _types(node: dict) -> set[str]:
    raw = node.get("@type") or []
    raw = raw if isinstance(raw, list) else [raw]
    return {str(t).rsplit("/", 1)[-1].lower() for t in raw}


def jsonld_nodes(tree: HtmlElement) -> list[dict]:
    nodes: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = (script.text or "").strip()
        if not text:
            continue
        try:
            data = json.loads(text)
        except RecursionError:
            continue  # nested deeper than the parser's stack: no metadata a page needs is in there
        except ValueError:
            # Publishers often leave trailing commas or raw newlines in strings.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", text), strict=False)
            except (ValueError, RecursionError):
                continue
        nodes.extend(_walk_jsonld(data))
    return nodes


def _names(value, by_id: dict[str, dict]) -> list[str]:
    """Person names from a JSON-LD author value (string, Person, @id reference, list of these)."""
    values = value if isinstance(value, list) else [value]
    out = []
    for item in values:
        if isinstance(item, dict):
            if "name" not in item and item.get("@id") in by_id:
                item = by_id[item["@id"]]
            item = item.get("name")
            if isinstance(item, list):
                out.extend(_names(item, by_id))
                continue
        if isinstance(item, str):
            out.extend(split_authors(item))
    return out


def _first_str(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id") or value.get("contentUrl")
    return clean_text(value) or None if isinstance(value, str) else None


# ---------------------------------------------------------------- meta tags

def meta_index(tree: HtmlElement) -> dict[str, list[str]]:
    """All <meta> values keyed by lower-case property/name/itemprop (a key may repeat)."""
    index: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            # `property` may hold several space-separated names (RDFa).
            for key in (meta.get(attr) or "").lower().split():
                index.setdefault(key, []).append(content.strip())
    return index


def _meta(index: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        if index.get(key):
            return clean_text(index[key][0])
    return None


# ---------------------------------------------------------------- values

# A byline is cut into parts at separators, brackets and conjunctions; each part loses its
# "By"/"Written by:" prefix and what follows its name (a date, a counter, a role), and is kept
# only if what is left looks like a person's name. Tested on tests/test_bylines.py's table.
_BYLINE_PARTS = re.compile(
    r"\s*(?:[,;|&/()\[\]•·]|\s[-–—]\s|\b(?:and|und|et|y|e|with|avec|mit|и|і|та)\b"
    r"|\s(?=(?:written|edited|reported|reporting|photos?|illustrations?)\s+by\b))\s*", re.I)
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:written|reported|reporting|additional reporting|editing|edited|words|text|photos?|story)\s+)?"
    r"(?:by|von|par|por|di|door|av|de)\s*:?\s+|^(?:author|autor|auteur|автор|від|text)\s*:\s*", re.I)
# Words after which a byline says no more about names (dates, counters, roles, publishers).
_AFTER_NAME = frozenset("""updated published posted on at min mins read comments comment last
aktualisiert veröffentlicht publié mis à jour
staff writer writers correspondent reporter editor editors contributor contributing columnist
senior chief special deputy managing envoyé envoyée spécial spéciale redakteur redakteurin
korrespondent korrespondentin desk team newsroom ph.d. phd md""".split())
_NOT_A_PERSON = frozenset("""press news agency reuters afp ap dpa bloomberg cnn bbc staff desk team
newsroom media times post journal magazine tribune herald online redaktion rédaction""".split())
_DATE_WORDS = frozenset("""jan feb mar apr may jun jul aug sep sept oct nov dec january february
march april june july august september october november december mon tue wed thu fri sat sun
monday tuesday wednesday thursday friday saturday sunday am pm et est edt utc gmt cet""".split())
_NAME_PARTICLES = frozenset("de da del della der den van von la le du bin al el".split())


def _person_name(part: str) -> str | None:
    """One byline part -> the person's name in it, or None."""
    part = _BYLINE_PREFIX.sub("", part.strip(" .:-–—"))
    before_digits = re.split(r"\d", part, maxsplit=1)[0]
    words = []
    for word in before_digits.split():
        if word.casefold().strip(".,:") in _AFTER_NAME:
            break
        words.append(word)
    if before_digits != part:
        # "Jane Doe March 9, 2017": a month before the date is not a name ("Theresa May" is)
        while len(words) > 2 and words[-1].casefold().strip(".,") in _DATE_WORDS:
            words.pop()
    if not words or all(w.casefold().strip(".,") in _DATE_WORDS for w in words):
        return None
    if any(w.casefold().strip(".,") in _NOT_A_PERSON for w in words):
        return None
    name = " ".join(words).strip(" .,:-–—")
    if name.isupper() or name.islower():
        name = name.title()
    tokens = name.split()
    if not any(ch.isupper() or ch.islower() for ch in name):
        # a script without case (Chinese, Japanese): one unspaced token is a name
        return name if len(tokens) == 1 and 2 <= len(name) <= 12 else None
    if not 2 <= len(tokens) <= 5 or not (_capitalised(tokens[0]) and _capitalised(tokens[-1])):
        return None
    if not all(_capitalised(t) or t.casefold() in _NAME_PARTICLES for t in tokens):
        return None
    return name


def _capitalised(token: str) -> bool:
    return token[0].isupper() or (token[:2].casefold() in ("d'", "o'") and token[2:3].isupper())


def split_authors(text: str) -> list[str]:
    """'By Jane Doe and John Roe, Staff Writers' -> ['Jane Doe', 'John Roe'].

    Handles, URLs and e-mail addresses are dropped, as are dates, counters, roles and
    publishers glued to the names; all-caps and lower-case names are title-cased.
    """
    text = " ".join(word for word in clean_text(text).split() if "@" not in word and "://" not in word)
    names = (_person_name(part) for part in _BYLINE_PARTS.split(text))
    return _dedupe(name for name in names if name)


def _dedupe(items: Iterable[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def parse_datetime(value: str | None) -> datetime | None:
    """ISO 8601 and RFC 2822-ish strings -> aware UTC datetime (naive values are taken as UTC)."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            from dateutil import parser as dateutil_parser  # trafilatura's own dependency

            parsed = dateutil_parser.parse(text)
        except (ValueError, OverflowError, TypeError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc)
    except OverflowError:  # 9999-12-31T23:00-05:00 has no UTC datetime: unusable, like a missing date
        return None


def _time_element_date(tree: HtmlElement, *, modified: bool) -> datetime | None:
    for element in tree.iter("time"):
        stamp = element.get("datetime")
        if not stamp:
            continue
        marker = " ".join(filter(None, [element.get("class"), element.get("itemprop"),
                                        element.getparent().get("class") if element.getparent() is not None else None])).lower()
        is_modified = any(w in marker for w in ("modif", "updat"))
        if is_modified == modified:
            parsed = parse_datetime(stamp)
            if parsed:
                return parsed
    return None


def _language(tree: HtmlElement, index, nodes) -> str | None:
    candidates = [tree.get("lang"), tree.get("xml:lang"),
                  _meta(index, "content-language", "og:locale", "language", "dc.language")]
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
    og_url = _meta(index, "og:url")
    if og_url:
        return og_url
    if article_node:
        return _first_str(article_node.get("url")) or _first_str(article_node.get("mainEntityOfPage"))
    return None


def _title(tree: HtmlElement, index, article_node, site_name) -> str | None:
    for value in (article_node.get("headline") if article_node else None,
                  _meta(index, "og:title", "twitter:title", "dc.title", "headline")):
        if isinstance(value, str) and clean_text(value):
            return clean_text(value)
    h1 = next((clean_text(h.text_content()) for h in tree.iter("h1") if clean_text(h.text_content())), None)
    title_el = next(tree.iter("title"), None)
    title = clean_text(title_el.text_content()) if title_el is not None else ""
    if title:
        if h1 and h1 in title:
            return h1
        for sep in (" | ", " – ", " — ", " - ", " :: ", " · "):
            if sep in title:
                # "Headline | Site": cut at the last separator when the site's name ends it
                cut = title.rpartition(sep) if site_name and title.endswith(site_name) else title.partition(sep)
                head = cut[0].strip()
                if len(head.split()) >= 3:
                    return head
        return title
    return h1


def _caption(tree: HtmlElement, image_node) -> str | None:
    if isinstance(image_node, dict):
        caption = image_node.get("caption") or image_node.get("description")
        if isinstance(caption, str) and clean_text(caption):
            return clean_text(caption)
    for figure in tree.iter("figure"):
        caption_el = next(figure.iter("figcaption"), None)
        if caption_el is not None and clean_text(caption_el.text_content()):
            return clean_text(caption_el.text_content())
    return None


def read_meta(tree: HtmlElement) -> PageMeta:
    nodes = jsonld_nodes(tree)
    index = meta_index(tree)
    types = set().union(*(_types(n) for n in nodes)) if nodes else set()
    article_node = next((n for n in nodes if _types(n) & ARTICLE_TYPES), None)
    ld = article_node or {}
    site_name = _meta(index, "og:site_name", "application-name")

    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    authors = _names(ld.get("author"), by_id) if ld.get("author") else []
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
                 or parse_datetime(_meta(index, "article:published_time", "datepublished", "og:published_time",
                                         "pubdate", "publishdate", "publish-date", "date", "dc.date",
                                         "dc.date.issued", "parsely-pub-date", "sailthru.date"))
                 or _time_element_date(tree, modified=False))
    modified = (parse_datetime(ld.get("dateModified") if isinstance(ld.get("dateModified"), str) else None)
                or parse_datetime(_meta(index, "article:modified_time", "datemodified", "og:updated_time",
                                        "last-modified"))
                or _time_element_date(tree, modified=True))

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
        title=_title(tree, index, ld, site_name),
        description=(_meta(index, "og:description", "description", "twitter:description")
                     or (clean_text(ld.get("description")) if isinstance(ld.get("description"), str) else None)),
        authors=_dedupe(authors),
        published_at=published,
        modified_at=modified,
        language=_language(tree, index, nodes),
        section=clean_text(section) if isinstance(section, str) else _meta(index, "article:section"),
        tags=_dedupe(t for t in (clean_text(t) for t in tags) if t),
        canonical_url=_canonical(tree, index, ld),
        site_name=site_name,
        lead_image_url=_meta(index, "og:image", "og:image:url", "twitter:image") or _first_str(image_node),
        lead_image_caption=_caption(tree, image_node),
        jsonld_types=types,
        og_type=(_meta(index, "og:type") or "").lower() or None,
    )
