"""The article's title: the headline as the page shows it, without the site's name.

The candidates are JSON-LD `headline`, `og:title`/`twitter:title`/`dc.title`, and `<title>`;
the first that is there loses a site-name prefix or suffix ("Headline | The Daily Gull",
"The Daily Gull - Headline") when that part names the site (og:site_name, the publisher, the
domain), a section label ("Opinion | "), and an archive note ("(Published 2019)"). The
article's own `<h1>` wins when it differs from that: the social-card title is often rewritten.
"""

from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

from presslake.article.markup import clean_text, meta, meta_text

# A title longer than this is not a headline (a page of text that happens to contain "<title>").
MAX_TITLE_CHARS = 400
_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|·|•|»|›|/)\s+|:\s+|_(?=[^_]*$)")
_SECTION_PREFIX = re.compile(r"^(?:opinion|analysis|editorial|commentary|op-ed)\s*\|\s*", re.I)
_ARCHIVE_NOTE = re.compile(r"\s*\((?:published|publicado|publié|veröffentlicht)\s+\d{4}\)$", re.I)
# Elements that mark an <h1> as the article's headline rather than a logo or a section name.
_HEADLINE_MARK = re.compile(r"headline|title", re.I)


# as German domains spell them: Börsen-Zeitung is boersen-zeitung.de
_GERMAN_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def name_key(text: str) -> str:
    """A site name as letters and digits: 'The Daily Gull' -> 'dailygull', 'www.dailygull.com' -> 'dailygull'."""
    text = clean_text(text).casefold().translate(_GERMAN_LETTERS)
    key = re.sub(r"[\W_]+", "", "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)))
    key = re.sub(r"^(?:the|www)", "", key)
    return re.sub(r"(?:com|net|org|couk|co|de|fr|es|it|nl|at|ch|news|online)$", "", key) or key


def _names_site(part: str, site_keys: set[str]) -> bool:
    key = name_key(part)
    if len(key) < 2:
        return False
    return any(key == site or (min(len(key), len(site)) >= 4 and (key.startswith(site) or site.startswith(key)))
               for site in site_keys)


def strip_site_name(title: str, site_names: list[str]) -> str:
    """The title without a prefix or suffix that names the site, a section label or an archive note."""
    title = _ARCHIVE_NOTE.sub("", _SECTION_PREFIX.sub("", title)).strip()
    site_keys = {name_key(name) for name in site_names if name and name_key(name)}
    for _ in range(2):  # "Site | Headline | Site"
        parts = _SEPARATORS.split(title)
        if len(parts) < 2:
            break
        if _names_site(parts[-1], site_keys):
            title = title[: title.rfind(parts[-1])].rstrip(" |–—-:·•»›/_")
        elif _names_site(parts[0], site_keys):
            title = title[len(parts[0]):].lstrip(" |–—-:·•»›/_")
        else:
            break
    return _ARCHIVE_NOTE.sub("", _SECTION_PREFIX.sub("", title)).strip()


def _without_tail(title: str) -> str:
    """A <title> without a short last part after a separator, the site's name in a form the page
    gives nowhere else: "Night trains return - Rail Notes"."""
    head, sep, tail = title.rpartition(next((s for s in (" | ", " – ", " — ", " - ", " :: ", " · ") if s in title), "\0"))
    return head.strip() if sep and len(tail.split()) <= 5 and len(head.split()) >= 3 else title


def headline_element(tree: HtmlElement, hints: list[str]) -> HtmlElement | None:
    """The article's <h1>: the one whose text the title candidates contain (or contains theirs),
    else the one marked as the article's headline, else the longest; without an <h1>, an <h2>
    that the title candidates name."""
    h1s = [h for h in tree.iter("h1") if clean_text(h.text_content()) and not _in_navigation(h)]
    keys = [name_key(hint) for hint in hints if hint]
    for h1 in h1s:
        key = name_key(h1.text_content())
        if len(key) >= 8 and any(_overlaps(key, hint) for hint in keys if len(hint) >= 8):
            return h1
    marked = next((h1 for h1 in h1s if is_marked_headline(h1)), None)
    if marked is not None or h1s:
        # else the longest: logos and section names are short
        return marked if marked is not None else max(h1s, key=lambda h: len(clean_text(h.text_content())))
    # a page without an <h1> may set its headline in an <h2> that the title names
    return next((h2 for h2 in tree.iter("h2") if len(name_key(h2.text_content())) >= 8
                 and any(_overlaps(name_key(h2.text_content()), hint) for hint in keys if len(hint) >= 8)), None)


def _overlaps(key: str, hint: str) -> bool:
    """One name key holds the other, which is at least half of it ("Headline" in "Headline | Site";
    not a section name in "Site - Section - Headline")."""
    short, long_ = sorted((key, hint), key=len)
    return short in long_ and 2 * len(short) >= len(long_)


def _in_navigation(element: HtmlElement) -> bool:
    """A breadcrumb's <h1>, or one inside <nav>."""
    return "breadcrumb" in (element.get("class") or "").lower() or any(a.tag == "nav" for a in element.iterancestors())


def is_marked_headline(h1: HtmlElement) -> bool:
    """An <h1> the page marks as its article's headline: itemprop=headline, or a headline/title
    class inside the article's <article> or <header> (not a logo, a section name, a breadcrumb)."""
    if "headline" in (h1.get("itemprop") or "").lower():
        return True
    marker = " ".join(filter(None, (h1.get("class"), h1.get("id"))))
    return bool(_HEADLINE_MARK.search(marker)) and any(a.tag in ("article", "header") for a in h1.iterancestors())


def _plausible_headline(text: str, site_names: list[str]) -> bool:
    words = len(text.split())
    spaced = " " in text or text.isascii()
    return (words >= 3 if spaced else len(text) >= 6) and len(text) <= MAX_TITLE_CHARS \
        and not _names_site(text, {name_key(n) for n in site_names if n})


def title_candidates(tree: HtmlElement, index, article_node) -> tuple[list[str], str]:
    """(JSON-LD headline and the meta title, the <title> element's text): '' where absent."""
    headline = article_node.get("headline") if article_node else None
    title_el = next(tree.iter("title"), None)
    return ([meta_text(headline) if isinstance(headline, str) else "",
             meta(index, "og:title", "twitter:title", "dc.title", "headline") or ""],
            clean_text(title_el.text_content()) if title_el is not None else "")


def page_title(candidates: list[str], title_tag: str, h1: HtmlElement | None, site_names: list[str]) -> str | None:
    chosen = next((c for c in candidates if c and len(c) <= MAX_TITLE_CHARS), None)
    h1_text = clean_text(h1.text_content()) if h1 is not None else ""
    if chosen is None and title_tag and len(title_tag) <= MAX_TITLE_CHARS:
        chosen = h1_text if h1_text and h1_text in title_tag else _without_tail(strip_site_name(title_tag, site_names))
    if chosen is None:
        return h1_text or None
    chosen = strip_site_name(chosen, site_names) or chosen
    if not h1_text or name_key(h1_text) == name_key(chosen) or not _plausible_headline(h1_text, site_names):
        return chosen
    # the social card's title rewrites the headline the page shows in its article's header
    return h1_text if is_marked_headline(h1) else chosen
