"""The lead image: its URL from OpenGraph, Twitter or JSON-LD, and its caption."""

from __future__ import annotations

from lxml.html import HtmlElement

from presslake.article.markup import clean_text, first_str, meta


def lead_image_url(index: dict[str, list[str]], image_node) -> str | None:
    return meta(index, "og:image", "og:image:url", "twitter:image") or first_str(image_node)


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
