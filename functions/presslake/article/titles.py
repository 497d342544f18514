"""The article's title from JSON-LD, OpenGraph and meta, <title> and <h1>."""

from __future__ import annotations

from lxml.html import HtmlElement

from presslake.article.markup import clean_text, meta


def page_title(tree: HtmlElement, index, article_node, site_name) -> str | None:
    for value in (article_node.get("headline") if article_node else None,
                  meta(index, "og:title", "twitter:title", "dc.title", "headline")):
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
