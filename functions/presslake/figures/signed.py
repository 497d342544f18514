"""Speech signed without a verb: a transcript's speaker labels ("Ana Ruiz: About 12,000 a night.", or "KRUEGER:" on
a line over the turn), a headline's source before its colon ("Metro police: 1 suspect dead") and the line that signs
an embedded tweet. FrameFinder (frames.py) falls back on these where a sentence names no source."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cached_property

from presslake.figures.frame import QUOTE_REACH, Frame
from presslake.figures.lexicons import ORG_HEADS, PEOPLE, RANKS, ROLES
from presslake.figures.names import key, person_like
from presslake.figures.text import _is_plural_noun
from presslake.lazy_regex import LazyPattern

_SAID_WORDS = 6  # words after a transcript's "Ana Ruiz:" that say something, not a fact box's value
# a speaker's label opening a paragraph of a transcript: "Ana Ruiz: About 12,000 a night."
# ("Obama: Right.": a name alone, where the article names the person in full)
_LABEL = LazyPattern(r"^[ \t]*(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,2}):[ \t]+(?=\S)", re.M)
# a speaker's label on a line of its own, in capitals, over the paragraphs of their turn: "ALAN KRUEGER:", "KRUEGER:",
# "SARA EISEN, HOST, BLOOMBERG NEWS:"
_LABEL_LINE = LazyPattern(r"^[ \t]*(?P<name>[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+){0,2})(?:,[^\n:]{1,60})?:[ \t]*$", re.M)
# a page's headings in capitals over a colon, no speaker's turn: "PREVIOUS COVERAGE:", "UPDATE:", "EDITOR'S NOTE:"
_HEADING_WORDS = frozenset({"update", "updated", "previous", "coverage", "editor's", "editor’s", "note", "correction",
                            "background", "original", "story", "related", "breaking", "developing", "video", "photos",
                            "earlier", "latest", "more", "read", "watch", "also", "timeline", "summary"})
# a headline that names its source before a colon: "Metro police: 1 suspect dead, 3 arrested", "Mayor: Two more ferries"
_HEADLINE_SOURCE = LazyPattern(r"[ \t]*(?P<name>[A-Z][\w’'.&-]*(?:[ \t]+[\w’'.&-]+){0,3}):[ \t]+(?=\S)")
# ("Bridgeport News:", "Local News:": a site's or a section's name before its headline, no speaker)
_HEADLINE_SPEAKERS = PEOPLE | ROLES | RANKS | ORG_HEADS - {"news", "times", "post", "journal", "herald", "tribune",
                                                          "gazette", "magazine", "review"}
# the line under an embedded tweet, as pages print it: "— Ana Ruiz (@anaruiz) June 22, 2018"
_TWEET_SIGNED = LazyPattern(r"\s*\n[ \t]*[—–-]{1,2}[ \t]*(?P<name>[^\n()@]{2,60}?)[ \t]+\(@\w{1,30}\)[ \t]+"
                            r"[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*(?:\n|$)")


def _a_dialogue(speakers: Counter) -> bool:
    """Two or more speakers, one of them more than once."""
    return len(speakers) >= 2 and max(speakers.values()) >= 2


class SignedSpeech:
    """FrameFinder's transcript labels, headline sources and tweet signatures over its `text`."""

    text: str

    @cached_property
    def transcript_speakers(self) -> frozenset[str]:
        """The speakers of an interview written as a transcript: names of people that open paragraphs with
        a colon, when two or more speak and one more than once (a heading or two with a colon is none)."""
        labels = list(_LABEL.finditer(self.text))
        if not _a_dialogue(Counter(label.group("name") for label in labels)):
            return frozenset()  # (the labels' tests read the whole text: asked only where they can change the answer)
        names = Counter(label.group("name") for label in labels
                        if self._a_persons_label(label.group("name"))
                        and not _is_plural_noun(label.group("name").split()[-1]) and self._says_a_sentence(label.end()))
        return frozenset(names) if _a_dialogue(names) else frozenset()

    def _a_persons_label(self, name: str) -> bool:
        """"Ana Ruiz", or "Ruiz" alone where the article names her in full ("Keith" after "anchor Keith Cate";
        a heading's "Note:" or "Update:" names no one)."""
        if " " in name:
            return person_like(name.split())
        full = re.search(rf"\b(?:[A-Z][\w’'.-]+[ \t]+{re.escape(name)}|{re.escape(name)}[ \t]+[A-Z][\w’'-]+)\b(?!:)",
                         self.text)
        return full is not None and person_like(full.group().split())

    def _says_a_sentence(self, start: int) -> bool:
        """Does a label's line go on with something said (a fact box's "Net Worth: $20 Million" and "Average
        Weight: 64 kg" give a value)?"""
        newline = self.text.find("\n", start)
        return len(self.text[start:newline if newline >= 0 else None].split()) >= _SAID_WORDS

    def _transcript_frame(self, start: int, end: int) -> Frame | None:
        """The speaker whose label opens the paragraph this sentence stands in, in a transcript ("Ana Ruiz:
        While 40 ferries run, the port says ..." is the port's: a source the sentence names wins)."""
        if not self.transcript_speakers:
            return None
        lo = max(0, start - QUOTE_REACH)  # a bounded look back, as for quotations: a paragraph without line
        newline = self.text.rfind("\n", lo, start)  # breaks would make it quadratic
        if newline < 0 and lo > 0:
            return None
        label = _LABEL.match(self.text, newline + 1)
        if not label or label.group("name") not in self.transcript_speakers or label.end() > end:
            return None
        return Frame("speech", label.group("name"), label.start("name"), max(start, label.end()), end)

    @cached_property
    def _turns(self) -> tuple[list[int], list[str]]:
        """Where each turn of a transcript with labels on lines of their own begins, and its speaker's name (as a
        name is written: "Alan Krueger", "Krueger"), when two or more speak and one more than once."""
        labels = [(label.end(), label.group("name").title()) for label in _LABEL_LINE.finditer(self.text)
                  if not _HEADING_WORDS.intersection(label.group("name").lower().split())]
        if not _a_dialogue(Counter(name.split()[-1] for _, name in labels)):
            return [], []
        full = {name.split()[-1]: name for _, name in labels if " " in name}  # "EISEN:" after "SARA EISEN, HOST:"
        return [at for at, _ in labels], [full.get(name, name) for _, name in labels]

    def _turn_frame(self, start: int, end: int) -> Frame | None:
        """The speaker whose turn the sentence stands in: the last label line before it, within a quotation's reach."""
        starts, names = self._turns
        index = bisect_left(starts, start) - 1
        if index < 0 or start - starts[index] > QUOTE_REACH:
            return None
        return Frame("speech", names[index], starts[index], start, end)

    def _headline_frame(self, start: int, end: int) -> Frame | None:
        """The source a headline names before its colon, for the headline's figures: people, a role or a body
        ("Metro police:", "Mayor:"), not a flag ("UPDATE:", "WATCH:") nor a topic ("Midterms:")."""
        first_line_end = self.text.find("\n")
        if 0 <= first_line_end <= start:
            return None
        named = _HEADLINE_SOURCE.match(self.text)
        if not named or named.end() > end:
            return None
        words = named.group("name").split()
        if key(words[-1]) not in _HEADLINE_SPEAKERS:
            return None  # (capitalised words before a colon are as often a topic as a name: "Las Vegas Shooting:")
        return Frame("speech", named.group("name"), named.start("name"), max(start, named.end()), end)

    def _tweet_frame(self, start: int, end: int) -> Frame | None:
        """The author of an embedded tweet, for the text of it: the paragraph right above the line that signs
        it ("— Ana Ruiz (@anaruiz) June 22, 2018"); not for words the tweet quotes from someone else."""
        paragraph_end = self.text.find("\n", end)
        if paragraph_end < 0 or paragraph_end - end > QUOTE_REACH or any(q in self.text[start:end] for q in '“”"'):
            return None
        signed = _TWEET_SIGNED.match(self.text, paragraph_end)
        if not signed:
            return None
        return Frame("speech", signed.group("name").strip(), signed.start("name"), start, end)
