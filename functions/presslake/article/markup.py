"""Reading a page's markup: visible text as one clean line, JSON-LD objects, <meta> values.

Pure functions over an lxml tree, shared by the metadata readers (metadata.py and its
helpers: bylines, dates, titles, images).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator

from lxml.html import HtmlElement

_WS = re.compile(r"\s+")
# Soft hyphens, zero-width spaces and word joiners are invisible on the page and split words
# in the text (ZWNJ/ZWJ are kept: Persian and Indic spelling needs them).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def clean_text(value: str | None) -> str:
    """Visible text as one NFC line: the form search, dedupe and the figures rules expect."""
    text = _WS.sub(" ", _INVISIBLE.sub("", value or "")).strip()
    return text if text.isascii() else unicodedata.normalize("NFC", text)


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


def types(node: dict) -> set[str]:
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


def first_str(value) -> str | None:
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


# An entity left in a value that was escaped twice ("AT&amp;amp;T", "&#8217;", "&quot;").
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)


def meta_text(value: str | None) -> str:
    """A metadata value (meta content, a JSON-LD string) as clean text, entities decoded."""
    text = clean_text(value)
    return clean_text(html.unescape(text)) if "&" in text and _ENTITY.search(text) else text


def meta(index: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        if index.get(key):
            return meta_text(index[key][0]) or None
    return None
