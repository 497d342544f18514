"""The lead image: its URL from OpenGraph, Twitter or JSON-LD, and its caption.

An image URL stays exactly as the page gives it, only resolved against the page's base:
normalising it (as for the article's identity) drops queries that are the image itself or its
signature, re-encodes paths and collapses the `//` of nested URLs. A site logo or icon given
where the page has no lead image is refused.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml.html import HtmlElement

from presslake.article.markup import clean_text, first_str

_IMAGE_KEYS = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
# A logo, icon, avatar or placeholder, by its file or folder name; or a format photos never use.
_NOT_A_PHOTO = re.compile(
    r"(?<![a-z])(?:logos?|favicons?|icons?|touch-icon|sprites?|avatars?|placeholders?|blank|spacer|pixel|"
    r"default[-_]?(?:share|og|social|image|thumb)\w*)(?![a-z])|\.(?:ico|svg)(?:$|[?#])", re.I)


def is_logo_or_icon(url: str) -> bool:
    """Does the URL name a logo, icon, avatar or placeholder rather than a photo? Judged on its
    path (the host and query say nothing about the picture)."""
    if url.startswith("data:"):
        return True
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]+", "", url, flags=re.I).split("?", 1)[0]
    return bool(_NOT_A_PHOTO.search(path))


def image_candidates(index: dict[str, list[str]], image_node) -> list[str]:
    """Lead image URLs as the page gives them, best first: OpenGraph, Twitter, the article's
    JSON-LD image, a <meta itemprop=image>."""
    values = [value.strip() for key in _IMAGE_KEYS for value in index.get(key, [])]
    values.append(first_str(image_node) or "")
    values += [value.strip() for value in index.get("image", [])]
    return [value for value in values if value]


def lead_image_url(index: dict[str, list[str]], image_node, base: str | None) -> str | None:
    """The first candidate that is not a logo or icon, resolved against `base` when it has one."""
    for value in image_candidates(index, image_node):
        url = urljoin(base, value) if base and "://" in base else value
        if not is_logo_or_icon(url):
            return url
    return None


def page_base(tree: HtmlElement, page_url: str | None) -> str | None:
    """What relative URLs of the page resolve against: its <base href>, itself resolved against
    the page's address."""
    base = next((b.get("href").strip() for b in tree.iter("base") if (b.get("href") or "").strip()), None)
    if base and page_url:
        return urljoin(page_url, base)
    return base or page_url


def lead_image_caption(tree: HtmlElement, image_node) -> str | None:
    if isinstance(image_node, dict):
        caption = image_node.get("caption") or image_node.get("description")
        if isinstance(caption, str) and clean_text(caption):
            return clean_text(caption)
    for figure in tree.iter("figure"):
        caption_el = next(figure.iter("figcaption"), None)
        if caption_el is not None and clean_text(caption_el.text_content()):
            return clean_text(caption_el.text_content())
    return None

