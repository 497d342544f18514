"""Page chrome pruned from the parsed tree before the main text is extracted. Pure code: no I/O.

Hidden nodes, forms, navigation, figures and chrome-classed blocks are found before anything is
removed, so that the judgement calls (a class name, a container tag) can be reconsidered when they
may have taken the story with them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from lxml import etree
from lxml.html import HtmlElement

from presslake.article.metadata import clean_text
from presslake.article.paragraphs import is_agency_credit
from presslake.lazy_regex import LazyPattern

# class/id tokens of blocks that are never article text, in lower case: a search of the
# lower-cased value is 3x faster than an IGNORECASE one (values that are not ASCII, whose
# lower case may differ from IGNORECASE's per-letter folding, keep the IGNORECASE search).
_CHROME_WORDS = (
    r"(?<![^\s_-])(?:newsletter|subscribe|subscription|signup|sign-up|related|recirc|teaser|promo|"
    r"share|sharing|social|sidebar|breadcrumbs?|read-?next|more-?(news|stories)|recommend\w*|"
    r"advert\w*|ad-slot|ads|outbrain|taboola|audio-?player|paywall-?(cta|prompt)|cookie\w*|"
    r"comments?|byline|author-bio|tags?-list|skip-link|popular|trending|most-read)(?![^\s_-])"
)
_CHROME_ATTR = LazyPattern(_CHROME_WORDS)
_CHROME_ATTR_ANY_CASE = LazyPattern(_CHROME_WORDS, re.I)
_NEVER_TEXT = ("script", "style", "template", "svg", "figure", "figcaption")
# Form controls and dialogs are never the story either, but a misnested <button> nests the rest of the
# page in it (libxml2 never closes it): one that holds the story loses only its tag, which trafilatura
# would drop with the page in it.
_CONTROLS = ("button", "iframe", "select", "input", "textarea", "dialog")
# Chrome by their tag, but some sites wrap the whole page in them (ASP.NET's one <form>, Blogger's
# <noscript> copy of the post, an unclosed <nav>): dropped unless they hold the story.
_CONTAINERS = ("form", "nav", "footer", "aside", "noscript")
_STRUCTURAL = {"html", "body", "main", "article"}
# Selection runs in libxml2's XPath where it can: a Python loop over every element cost 6 ms a page.
# The attributes are selected, then their elements (testing every element, //*[...], took 1.6x
# as long); 'translate' lower-cases the letters of both properties and deletes spaces.
_HIDDEN = etree.XPath(
    "(//@hidden | //@aria-hidden[. = 'true'] | //@style["
    "contains(translate(., 'DISPLAYNOEVBTH ', 'displaynoevbth'), 'display:none') or "
    "contains(translate(., 'DISPLAYNOEVBTH ', 'displaynoevbth'), 'visibility:hidden')])/..")
_MARKERS = etree.XPath("//@class|//@id|//@role")
# A block holds the story with 30% of the page's text ($limit), or three paragraphs of 150+
# characters (prose, not a teaser list or a share bar).
_IS_STORY = etree.XPath("string-length(normalize-space()) >= $limit or "
                        "boolean(.//p[string-length(normalize-space()) > 150][3])")
# A hidden block that holds most of the page's text is the page, hidden until its scripts run (React
# streams server-rendered content into hidden blocks), not hidden chrome.
_HOLDS_THE_PAGE = etree.XPath("string-length(normalize-space()) >= $most")
_BODY_CHARS = etree.XPath("string-length(normalize-space(//body))")
# Captions: <figcaption>, blocks classed (or with an id) as captions or cutlines ('image-caption',
# 'wp-caption-text'; found among the class and id values read for chrome), and a short line right
# after a block that holds only an image, when it is centred and the text after it is not (how portals
# caption a photo inside the text; a blog that centres all its text does not), or when the line after
# it is an agency's photo credit (a live blog's photo, caption and "Remo Casilli | Reuters").
_CENTRED = ("(contains(translate(@style, 'TEXALIGNCR ', 'texaligncr'), 'text-align:center')"
            " or translate(@align, 'CENTER', 'center') = 'center')")
_LINES_AFTER_AN_IMAGE = etree.XPath("//figcaption | //img/parent::*[not(normalize-space())]/following-sibling::*[1]"
                                    "[self::p or self::div or self::span][string-length(normalize-space()) <= 300]")
_CENTRED_CAPTION = etree.XPath(f"self::*[string-length(normalize-space()) <= 200][{_CENTRED}]"
                               f"[not(following-sibling::*[1][{_CENTRED}])]")
_CREDIT_LINE = etree.XPath("following-sibling::*[1][string-length(normalize-space()) <= 120]")
_DOCUMENT_POSITION = etree.XPath("count(preceding::*) + count(ancestor::*)")


def _is_plain_caption(element: HtmlElement) -> bool:
    """A <figcaption>, or a line after an image that is centred (and the text after it not), or that has an
    agency's photo credit after it."""
    if element.tag == "figcaption" or _CENTRED_CAPTION(element):
        return True
    return any(is_agency_credit(clean_text(credit.text_content())) for credit in _CREDIT_LINE(element))


def _is_caption_marker(value: str) -> bool:
    lowered = value.lower()
    return "caption" in lowered or "cutline" in lowered


def _is_chrome_marker(value: str) -> bool:
    """A class, id or role of a chrome block."""
    return _chrome_marker(str(value))  # (lxml's value holds its element: a plain copy is what is remembered)


@lru_cache(maxsize=4096)  # class names repeat, within a page and across a site's pages
def _chrome_marker(value: str) -> bool:
    if value.isascii():
        return _CHROME_ATTR.search(value.lower()) is not None
    return _CHROME_ATTR_ANY_CASE.search(value) is not None


@dataclass
class Pruning:
    """What pruning will remove, decided before anything is removed."""

    # hidden nodes, elements that are never text, image figures and captions
    certain: list[HtmlElement]
    # controls that hold the story (misnested markup): their tags go, their content stays
    unwrapped: list[HtmlElement]
    # chrome-classed blocks and chrome containers that do not hold the story, outside every other block
    # pruned (one inside goes with it, and stays in it: the judged blocks' prose is read after pruning)
    chrome: list[HtmlElement]
    captions: list[str]
    # The outermost of the chrome blocks: the judgement calls, which may have taken the story with them.
    judged: list[HtmlElement]

    @cached_property
    def judged_prose_chars(self) -> int:
        """Text outside links in the judged blocks (read when needed: removed blocks keep their text)."""
        return sum(map(prose_chars, self.judged))

    def apply(self, judgement_calls: bool = True) -> None:
        for element in self.unwrapped:
            element.drop_tag()
        for element in self.certain + self.chrome if judgement_calls else self.certain:
            # An ancestor already dropped takes this one with it.
            if element.getparent() is not None:
                element.drop_tree()


_TEXTS = etree.XPath(".//text()")
_LINK_TEXTS = etree.XPath(".//a//text()")
_LINKS = etree.XPath("//a")


def prose_chars(element: HtmlElement) -> int:
    """Characters of text outside links: what a teaser list or a menu has little of. (All the text less the
    links' text: two plain walks, where a test of every text node's ancestors costs 1.6 times as much.)"""
    if element.tag == "a" or next(element.iterancestors("a"), None) is not None:
        return 0
    return sum(map(len, map(str.strip, _TEXTS(element)))) - sum(map(len, map(str.strip, _LINK_TEXTS(element))))


def link_texts(tree: HtmlElement) -> frozenset[str]:
    """The page's link texts, case-folded: a paragraph that is one link's text is a menu or teaser entry."""
    return frozenset(clean_text("".join(a.itertext())).casefold() for a in _LINKS(tree))


_DEK_MARKER = LazyPattern(r"(^|[\s_-])(standfirst|dek|deck|excerpt|sub-?title|sub-?headline|summary|lede|intro)"
                          r"($|[\s_-])", re.I)
# The elements that follow the headline, nearest first (a predicate on text here would
# read the text of every element after it).
_AFTER_HEADLINE = etree.XPath("(//h1)[1]/following::*[position() <= 12]")


def find_dek(tree: HtmlElement, description: str | None) -> str | None:
    """The page's description, if the page repeats it as a dek under the headline.

    Sites that use the story's first paragraph as their description repeat it as a plain
    paragraph of the story, which stays; a dek is set apart: a heading, in the <header>,
    or classed as a standfirst. The dek is left in the tree (removing it changes what
    trafilatura picks as the main text) and dropped from the paragraphs.
    """
    wanted = clean_text(description).casefold()
    if len(wanted) < 20:
        return None
    texts = ((element, clean_text(element.text_content())) for element in _AFTER_HEADLINE(tree))
    for element, text in itertools.islice(((e, t) for e, t in texts if t), 4):
        if text.casefold() != wanted:
            continue
        set_apart = (element.tag in ("h2", "h3", "h4", "h5", "h6")
                     or any(a.tag == "header" for a in element.iterancestors())
                     or _DEK_MARKER.search(element.get("class") or ""))
        return text if set_apart else None
    return None


def plan_pruning(tree: HtmlElement, judgement_calls: bool = True) -> Pruning:
    """Hidden nodes, forms, navigation, image figures, captions and chrome blocks of the page
    (the chrome blocks only with `judgement_calls`).

    Captions are returned, in document order: the first is the lead image's when the page's
    metadata names none, and copies of them elsewhere in the body are dropped too. A
    chrome-classed block or a chrome container is spared when it holds the story (themes put
    'share' or 'related' on wrappers). A figure that holds a table is the story's table
    (WordPress wraps tables in figures), not an image: only its caption goes. Script and
    style contents are emptied first, so that the page's text is its text.
    """
    for element in tree.iter("script", "style"):
        element.text = None   # read by nobody from here on, and no part of the page's text
    body_chars = max(1, int(_BODY_CHARS(tree)))
    limit = 0.3 * body_chars
    markers = _MARKERS(tree)
    found = dict.fromkeys(e for e in _LINES_AFTER_AN_IMAGE(tree) if _is_plain_caption(e))
    found.update(dict.fromkeys(value.getparent() for value in markers if _is_caption_marker(value)))
    captioned = [e for e in found if e.tag not in _STRUCTURAL and not _IS_STORY(e, limit=limit)]
    caption_set = set(captioned)
    # a caption inside another (WordPress's 'wp-caption-text' in its 'wp-caption') is read once
    outer_captions = sorted((e for e in captioned if not any(a in caption_set for a in e.iterancestors())),
                            key=_DOCUMENT_POSITION)
    captions = [clean_text(e.text_content()) for e in outer_captions]
    most = 0.7 * body_chars
    hidden = [e for e in _HIDDEN(tree) if e.tag not in _STRUCTURAL and not _HOLDS_THE_PAGE(e, most=most)]
    never_text = [e for e in tree.iter(*_NEVER_TEXT) if e.tag != "figure" or e.find(".//table") is None]
    controls = list(tree.iter(*_CONTROLS))
    holding_the_story = [e for e in controls if _IS_STORY(e, limit=limit)]
    certain = never_text + [e for e in controls if e not in holding_the_story] + hidden + outer_captions
    if not judgement_calls:
        return Pruning(certain, holding_the_story, [], [c for c in captions if c], [])
    # in document order, each once, so that the result never depends on hashing
    chrome_like = dict.fromkeys(value.getparent() for value in markers if _is_chrome_marker(value))
    chrome_like.update(dict.fromkeys(tree.iter(*_CONTAINERS)))
    chrome = [e for e in chrome_like if e.tag not in _STRUCTURAL and not _IS_STORY(e, limit=limit)]
    doomed_set = set(certain) | set(chrome)
    outermost = [e for e in chrome if not any(a in doomed_set for a in e.iterancestors())]
    hidden_set = set(hidden)
    judged = [e for e in outermost if e not in hidden_set]
    return Pruning(certain, holding_the_story, outermost, [c for c in captions if c], judged)
