"""A reporting frame: who reports, and the stretch of text the report covers (frames.py finds them)."""

from __future__ import annotations

from dataclasses import dataclass

from presslake.figures.lexicons import ANAPHORIC_DOCUMENTS

REACH = 1000  # characters a frame reads either side of its verb
QUOTE_REACH = 3000  # characters a quotation may carry a frame beyond its verb


@dataclass
class Frame:
    kind: str  # speech, document, survey or belief
    source: str | None  # as written, before it is resolved against the article's names
    at: int  # where the source is named
    start: int
    end: int
    group: str | None = None  # a surveyed group, the subject of the figures in it
    group_span: tuple[int, int] | None = None
    publisher: str | None = None  # a document's or survey's publisher when named or known
    hole: tuple[int, int] | None = None  # what the frame does not cover: "told [1,500 analysts]"
    document: str | None = None  # "statement", "survey", ...: what reports the figure
    closing: bool = False  # "according to X" after its clause: X states what the clause reports
    paragraph: bool = False  # "(Source: X)" closing a paragraph: X is the source of all of it

    @property
    def anaphoric(self) -> bool:
        """A document that is whoever spoke last: "according to the statement"."""
        return self.document in ANAPHORIC_DOCUMENTS and self.publisher is None

    def reaches(self, offset: int) -> bool:
        """Does the frame's stretch run over `offset` (what it leaves out, such as its medium, included)?"""
        return self.start <= offset < self.end

    def covers(self, offset: int) -> bool:
        if self.group_span and self.group_span[0] <= offset < self.group_span[1]:
            return True
        return self.start <= offset < self.end and not (self.hole and self.hole[0] <= offset < self.hole[1])
