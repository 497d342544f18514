"""A story a page keeps only in a script: a JavaScript app's state ("richText": "<p>...</p>") that the browser
renders, with no story in the HTML for an extractor to read. It is found by the page's own description, which
opens the story, and read only when the HTML gave no paragraph at all. Pure code: no I/O.
"""

from __future__ import annotations

import html
import json
import re

from presslake.article.markup import clean_text
from presslake.lazy_regex import LazyPattern

_SCRIPT = LazyPattern(r"<script\b[^>]*>(.*?)</script\s*>", re.S | re.I)
_PARAGRAPH_TAG = LazyPattern(r"</?p\b[^>]*>", re.I)
_OPENING_P = LazyPattern(r"<p\b", re.I)
_CLOSING_P = LazyPattern(r"</p\s*>", re.I)
_TAG = LazyPattern(r"<[^>]+>")
_BLANK_LINE = LazyPattern(r"\n\s*\n")
# characters of the description the script's text must hold: enough to be no coincidence
_OPENING_CHARS = 40
# the story must say more than the description it was found by ("summary": "<the description>" is no story)
_LONGER_THAN_DESCRIPTION = 1.5


def scripted_paragraphs(page: str, description: str | None) -> list[str]:
    """The paragraphs of the fullest string in the page's scripts that holds the description's opening, or []."""
    if not description or len(description) < _OPENING_CHARS:
        return []
    opening = description[:_OPENING_CHARS]
    needles = {opening, json.dumps(opening)[1:-1], json.dumps(opening, ensure_ascii=False)[1:-1]}
    best: list[str] = []
    best_key = (False, 0)
    for script in _SCRIPT.finditer(page):
        code = script.group(1)
        for needle in needles:
            for hit in re.finditer(re.escape(needle), code):
                value = _string_around(code, hit.start())
                if not value:
                    continue
                found = _paragraphs(value)
                # a copy whose closing tags were mangled ("{\/p}" in an archived page) loses to one whose are whole
                key = (len(_CLOSING_P.findall(value)) >= len(_OPENING_P.findall(value)), _chars(found))
                if key > best_key:
                    best, best_key = found, key
    return best if _chars(best) >= _LONGER_THAN_DESCRIPTION * len(description) else []


def _string_around(code: str, at: int) -> str | None:
    """The JSON string literal that holds offset `at` of a script, decoded; None where there is none."""
    start = at
    while (start := code.rfind('"', 0, start)) >= 0 and _escaped(code, start):
        pass
    end = at
    while (end := code.find('"', end)) >= 0 and _escaped(code, end):
        end += 1
    if start < 0 or end < 0:
        return None
    try:
        value = json.loads(code[start:end + 1])
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def _escaped(code: str, quote: int) -> bool:
    backslashes = len(code[:quote]) - len(code[:quote].rstrip("\\"))
    return backslashes % 2 == 1


def _paragraphs(value: str) -> list[str]:
    """A string's paragraphs: its <p> elements when it is markup, else its blank-line-separated blocks."""
    parts = _PARAGRAPH_TAG.split(value) if _PARAGRAPH_TAG.search(value) else _BLANK_LINE.split(value)
    cleaned = (clean_text(html.unescape(_TAG.sub(" ", part))) for part in parts)
    return [part for part in cleaned if part]


def _chars(paragraphs: list[str]) -> int:
    return sum(len(part) for part in paragraphs)
