"""Authors: the people a page names, else the organisation its byline gives.

People come from the article's JSON-LD `author`, then the page's byline elements (every
candidate is tried until one names a person; its text is joined across elements with
spaces), then author meta tags; a name that is the site's own (the publisher given as the
author) is not a person. Where no source names a person, the byline's organisation or
"staff" line is kept as the page gives it ("The Daily Gull Staff", "The Associated Press").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree
from lxml.html import HtmlElement

from presslake.article.markup import clean_text, meta_text
from presslake.article.titles import name_key


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
korrespondent korrespondentin desk team newsroom ph.d. phd md
president vice director manager founder ceo officer executive producer host image images getty
foto photo credit""".split())
_NOT_A_PERSON = frozenset("""press news agency reuters afp ap dpa bloomberg cnn bbc staff desk team
newsroom media times post journal magazine tribune herald online redaktion rédaction""".split())
_DATE_WORDS = frozenset("""jan feb mar apr may jun jul aug sep sept oct nov dec january february
march april june july august september october november december mon tue wed thu fri sat sun
monday tuesday wednesday thursday friday saturday sunday am pm et est edt utc gmt cet""".split())
# the last word of an organisation's byline ("Staff" in "The Daily Gull Staff"; "Staff Writer" is a role)
_ORGANISATION_ENDS = frozenset("staff desk team newsroom redaktion rédaction".split())
_NAME_PARTICLES = frozenset("de da del della der den van von la le du bin al el".split())


# What a byline element may hold besides names, which no organisation is called either.
_NOT_AN_AUTHOR = re.compile(r"(?i)\b(?:follow|share|subscribe|sign in|log in|log out|menu|comments?|read more|"
                            r"newsletter|view (?:the )?website|advertis\w*|copied)\b|@|://")

def _person_name(part: str) -> str | None:
    """One byline part -> the person's name in it, or None."""
    part = _BYLINE_PREFIX.sub("", part.strip(" .:-–—"))
    before_digits = re.split(r"\d", part, maxsplit=1)[0]
    words, all_words = [], before_digits.split()
    for position, word in enumerate(all_words):
        if word.casefold().strip(".,:") in _AFTER_NAME:
            if word.casefold().strip(".,:") in _ORGANISATION_ENDS and position == len(all_words) - 1:
                return None  # "The Daily Gull Staff", "Metro desk": an organisation, not a person's role
            break
        words.append(word)
    if before_digits != part:
        # "Jane Doe March 9, 2017": a month before the date is not a name ("Theresa May" is)
        while len(words) > 2 and words[-1].casefold().strip(".,") in _DATE_WORDS:
            words.pop()
    if not words or all(w.casefold().strip(".,") in _DATE_WORDS for w in words) or words[0].casefold() == "the":
        return None
    if any(w.casefold().strip(".,") in _NOT_A_PERSON for w in words) or _NOT_AN_AUTHOR.search(" ".join(words)):
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
    return dedupe(name for name in names if name)


def dedupe(items: Iterable[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


# ---------------------------------------------------------------- organisations and pages

# Where an organisation byline ends: a date, a time, "Updated ...", a separator.
_ORG_END = re.compile(r"(?i)\s*(?:[|•·]|\s[-–—]\s|\b(?:updated|published|posted|aktualisiert|veröffentlicht|"
                      r"publié|mis à jour)\b|\b\d{1,2}[:.]\d{2}\b|\b\d{4}\b|\b\d{1,2}\.?\s+\w+\.?\s+\d{4}"
                      r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b).*$")
MAX_ORGANISATION_WORDS = 6
_PREFIX_ONLY = re.compile(r"(?i)(?:written |reported )?(?:by|von|par|por|di|door|av|de|author|autor|auteur)")


def organisation_byline(text: str) -> str | None:
    """A byline that names no person, as the page gives it without "By" and what follows the name
    ("By The Daily Gull Staff | Updated ..." -> "The Daily Gull Staff"), or None if it is no byline."""
    text = _ORG_END.sub("", _BYLINE_PREFIX.sub("", clean_text(text))).strip(" ,;:.-–—")
    if _PREFIX_ONLY.fullmatch(text):
        return None
    words = text.split()
    if not words or len(words) > MAX_ORGANISATION_WORDS or len(text) > 60 or _NOT_AN_AUTHOR.search(text):
        return None
    if all(w.casefold().strip(".,") in _DATE_WORDS for w in words) or not any(c.isalpha() for c in text):
        return None
    return text


def byline_authors(text: str) -> list[str]:
    """A byline's people, else its organisation as given: the table in tests/test_bylines.py."""
    people = split_authors(text)
    if people:
        return people
    organisation = organisation_byline(text)
    return [organisation] if organisation else []


def _is_site(name: str, site_keys: set[str]) -> bool:
    """Is the name the site's own, or starts with it ("MDR THÜRINGEN" on mdr.de)?"""
    return name_key(name) in site_keys or name_key(name.split()[0]) in site_keys


def jsonld_authors(value, by_id: dict[str, dict]) -> tuple[list[str], list[str], list[str]]:
    """(people, other names typed Person, organisations) of a JSON-LD author value: a string, a
    Person or an Organization, an @id reference, or a list of these. A Person whose name does not
    look like a full one ("dpa", "Vladislava") is kept apart, to be used as given only where no
    source names a person by full name."""
    people, typed_people, organisations = [], [], []
    for item in value if isinstance(value, list) else [value]:
        kind = ""
        if isinstance(item, dict):
            if "name" not in item and item.get("@id") in by_id:
                item = by_id[item["@id"]]
            kind = " ".join(map(str, item.get("@type") if isinstance(item.get("@type"), list) else [item.get("@type")]))
            item = item.get("name")
        for name in item if isinstance(item, list) else [item]:
            name = meta_text(name) if isinstance(name, str) else ""
            found = split_authors(name) if name else []
            if "organization" in kind.lower():
                organisations.append(name)
            elif found:
                people.extend(found)
            elif name:
                (typed_people if "person" in kind.lower() else organisations).append(name)
    return people, typed_people, [o for o in map(organisation_byline, organisations) if o]


# Selected by their attributes, then their elements, in libxml2 (a translate() per element, to test
# the class in any case, was 3 ms a page); the case is tested in Python, on the few selected.
_BYLINE_ELEMENTS = etree.XPath(
    "//@rel[. = 'author']/.. | //@itemprop[. = 'author']/.. | //address"
    " | //@class[contains(., 'uthor') or contains(., 'UTHOR') or contains(., 'yline') or contains(., 'YLINE')]/.."
    " | //@id[contains(., 'yline') or contains(., 'YLINE')]/..")
_BYLINE_CLASS = re.compile(r"(?i)author|byline")
# class words of author blocks that hold no byline (a biography, a picture, a list of authors' pages)
_NOT_BYLINE_CLASS = re.compile(r"(?i)bio|avatar|image|img|photo|pic|desc|about|follow|social|more|list|card|box")
# a class word of a block whose bylines are other articles' or readers' (related, comments)
_CHROME_BLOCK = re.compile(r"(?i)^(?:related|recirc|comments?|teaser|promo|recommend\w*|newsletter|more-stories)(?:[-_]|$)")
# a byline part that credits a picture, not the text: "(Image: Getty Images/Cultura RF)"
_PICTURE_CREDIT = re.compile(r"(?i)\b(?:image|images|photo|photograph|foto|picture|credit|getty|istock\w*|shutterstock)\b|©")
MAX_SEGMENT_CHARS = 80
MAX_BYLINE_CHARS = 200


def _segments(element: HtmlElement) -> str:
    """The element's text with its elements' texts kept apart ("Ana Ruiz | The Daily Gull | Dec 3"),
    without sentences (an author's biography beside the name)."""
    return " | ".join(t for t in (clean_text(t) for t in element.itertext()) if t and len(t) <= MAX_SEGMENT_CHARS)


def _spaced(element: HtmlElement) -> str:
    """The element's text with its elements' texts joined by spaces (never "Ana RuizStaff Writer")."""
    return clean_text(" ".join(element.itertext()))


def _is_chrome(element: HtmlElement) -> bool:
    """In (or itself) <aside>, <nav>, <footer> or a related-stories or comments block (the <body>'s
    own classes name its template, not a block)."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor.tag in ("body", "html"):
            return False
        if ancestor.tag in ("aside", "nav", "footer") or any(
                _CHROME_BLOCK.match(token) for token in (ancestor.get("class") or "").split()):
            return True
    return False


def byline_elements(tree: HtmlElement) -> list[HtmlElement]:
    """Elements that may hold the byline, in document order: rel/itemprop author, classes that say
    author or byline, <address>; not biographies, pictures or page chrome."""
    out = []
    for element in _BYLINE_ELEMENTS(tree):
        if element.tag in ("script", "style", "img", "meta", "link", "body", "html", "article", "main"):
            continue
        if not (element.get("rel") == "author" or element.get("itemprop") == "author" or element.tag == "address"
                or _BYLINE_CLASS.search(f"{element.get('class')} {element.get('id')}")):
            continue
        if _NOT_BYLINE_CLASS.search(element.get("class") or "") and element.get("itemprop") != "author":
            continue
        text = _spaced(element)
        if 0 < len(text) <= MAX_BYLINE_CHARS and not _PICTURE_CREDIT.search(text) and not _is_chrome(element):
            out.append(element)
    return out


def element_people(element: HtmlElement) -> list[str]:
    """The people a byline element names: its parts kept apart first, then joined by spaces."""
    return split_authors(_segments(element)) or split_authors(_spaced(element))


def byline_people(elements: list[HtmlElement]) -> list[str]:
    """The people of the first byline element that names any, with those of the candidates beside
    it (co-authors in elements of their own: "By <a>Ana Ruiz</a> and <a>Tom Hale</a>"). A block
    that holds candidates naming people defers to them: its other parts are labels and links."""
    named = [e for e in elements if element_people(e)]
    for element in named:
        if any(other is not element and element in other.iterancestors() for other in named):
            continue
        people = element_people(element)
        if people:
            parent = element.getparent()
            for other in elements:
                if other is not element and other.getparent() is parent:
                    people += element_people(other)
            return dedupe(people)
    return []


AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dc:creator", "dcterms.creator", "parsely-author",
               "sailthru.author", "byl")


def _after_headline_first(elements: list[HtmlElement], headline: HtmlElement | None) -> list[HtmlElement]:
    """The candidates from the headline on, then those before it (a login box, a site header)."""
    if headline is None or not elements:
        return elements
    after = set(headline.xpath("following::*")) | set(headline.iterdescendants())
    return [e for e in elements if e in after] + [e for e in elements if e not in after]


def page_authors(tree: HtmlElement, index: dict[str, list[str]], article_node: dict, by_id: dict[str, dict],
                 site_names: list[str], headline: HtmlElement | None = None) -> list[str]:
    """The article's people, else its organisation byline (see the module's docstring)."""
    site_keys = {name_key(n) for n in site_names if n and name_key(n)}
    people, typed_people, organisations = jsonld_authors(article_node.get("author"), by_id)
    elements = _after_headline_first(byline_elements(tree), headline)
    meta_people = [name for key in AUTHOR_KEYS for value in index.get(key, []) if not _PICTURE_CREDIT.search(value)
                   for name in split_authors(meta_text(value))]
    bylines_text = " ".join(_spaced(e) for e in elements).casefold()
    confirmed = [name for name in meta_people if name.casefold() in bylines_text]
    for found in (people, confirmed, byline_people(elements), meta_people, typed_people):
        found = [name for name in found if not _is_site(name, site_keys)]
        if found:
            return dedupe(found)
    meta_values = [meta_text(v) for key in AUTHOR_KEYS for v in index.get(key, []) if not _PICTURE_CREDIT.search(v)]
    element_organisations = ([o for o in map(organisation_byline, _segments(e).split(" | ")) if o] for e in elements)
    for found in (organisations, *element_organisations, [o for o in map(organisation_byline, meta_values) if o]):
        if found:
            return dedupe(found)
    return []
