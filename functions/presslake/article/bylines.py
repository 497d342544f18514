"""Author names from bylines and JSON-LD author values."""

from __future__ import annotations

import re
from collections.abc import Iterable

from presslake.article.markup import clean_text


def jsonld_names(value, by_id: dict[str, dict]) -> list[str]:
    """Person names from a JSON-LD author value (string, Person, @id reference, list of these)."""
    values = value if isinstance(value, list) else [value]
    out = []
    for item in values:
        if isinstance(item, dict):
            if "name" not in item and item.get("@id") in by_id:
                item = by_id[item["@id"]]
            item = item.get("name")
            if isinstance(item, list):
                out.extend(jsonld_names(item, by_id))
                continue
        if isinstance(item, str):
            out.extend(split_authors(item))
    return out


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
    return dedupe(name for name in names if name)


def dedupe(items: Iterable[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
