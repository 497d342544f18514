"""Paragraphs, sentences and quotations of one field, as character spans."""

from __future__ import annotations

import re

from presslake.figures.lazy import LazyPattern


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


_SENTENCE_END = LazyPattern(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_NOT_AN_END = LazyPattern(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|Prof|Jr|Sr|vs|Inc|Ltd|Co|"
                         r"Corp|Maj|Adm|Cmdr|Det|Insp|Supt|Rev|Hon|Brig|Cpl|Pvt|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
                         r"Sept|Oct|Nov|Dec|approx|est|etc)|\b[A-Z]|\b(?:U\.S|U\.K|U\.N|e\.g|i\.e))\.[\"”’)]*$")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, lo = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _NOT_AN_END.search(text, max(start, match.start() - 8), match.start() + len(match.group().rstrip())):
            continue
        spans.append((lo, match.start() + len(match.group()) - len(match.group().lstrip("\"”’)"))))
        lo = match.end()
    spans.append((lo, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the quotations in a paragraph; one left open runs to the paragraph's end."""
    spans, opened = [], None
    for match in re.finditer(r"[“”\"]", text[start:end]):
        at, mark = start + match.start(), match.group()
        if opened is None and (mark != "”" or text[at + 1:at + 2].isalnum()):  # ”There is ...” opens too
            opened = at
        elif opened is not None and mark != "“":
            spans.append((opened, at + 1))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans
