"""Paragraphs, sentences and quotations of one field, as character spans."""

from __future__ import annotations

import re
from bisect import bisect_left

from presslake.lazy_regex import LazyPattern


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


# the gap after a sentence's mark (group 1): matching the mark itself, not looking back at it, lets the engine
# skip to the next mark in one step (a paragraph never opens on a gap after a mark, so none is lost at its start)
_SENTENCE_END = LazyPattern(r"[.!?]([\"”’)]*\s+)(?=[\"“‘(]?[A-Z0-9])")
_NOT_AN_END = LazyPattern(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|Prof|Jr|Sr|vs|Inc|Ltd|Co|"
                         r"Corp|Maj|Adm|Cmdr|Det|Insp|Supt|Rev|Hon|Brig|Cpl|Pvt|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
                         r"Sept|Oct|Nov|Dec|approx|est|etc|deg)|\b[A-Z]|\b(?:U\.S|U\.K|U\.N|e\.g|i\.e))\.[\"”’)]*$")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, lo = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        gap_start, gap = match.start(1), match.group(1)
        if _NOT_AN_END.search(text, max(start, gap_start - 8), gap_start + len(gap.rstrip())):
            continue
        spans.append((lo, gap_start + len(gap) - len(gap.lstrip("\"”’)"))))
        lo = match.end()
    spans.append((lo, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


class Quotations(list):
    """A paragraph's quotation spans in reading order. They never overlap, so their ends are in order
    too, and the spans near a position are found by bisection: a paragraph of thousands of quotations
    (a transcript, a page of text with no line breaks) costs in proportion to them, not their square."""

    def __init__(self, spans: list[tuple[int, int]]):
        super().__init__(spans)
        self.ends = [end for _, end in spans]

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans that end at or after `lo` and start at or before `hi`."""
        found, i = [], bisect_left(self.ends, lo)
        while i < len(self) and self[i][0] <= hi:
            found.append(self[i])
            i += 1
        return found


def quotations(text: str, start: int, end: int) -> Quotations:
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
    return Quotations(spans)
