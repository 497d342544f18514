"""Who states a figure, and whom it is about (../shared/spec/figures.md). Pure rules over one field.

`attributed_to` comes from the innermost reporting frame that covers the figure (frames.py):
the speaker nearest the figure wins, a frame covers only its clause or quotation, and a belief
("Ruiz believes") attributes nothing. A sentence with no frame at all takes the frame of the
sentence before, else after, in its paragraph (the spec's neighbouring sentence); a paragraph that
is only a quotation takes the speaker who opens the next paragraph, else the last one before, else the
one who opened a quotation left open over the paragraphs before it; a list's items take the frame of the
paragraph that introduced the list with a colon. A survey group's answers, a sentence that opens with
someone new and a next sentence with a report of its own end a frame's reach. The
source is cleaned of role, title, time and place words (names.py) and resolved to the fullest name
the article used before it (entities.py). Both columns stay None rather than guessed: a wrong
source is worse than none.

Only the sentences a figure can draw on are read (its own, its quotation's, its neighbours'), so
an article's cost follows its figures, not its length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from presslake.figures.entities import EntityTable
from presslake.figures.runs import is_org, is_person
from presslake.figures.extract import Figure
from presslake.lazy_regex import GuardedPattern, LazyPattern
from presslake.figures.frame import QUOTE_REACH, REACH, Frame
from presslake.figures.frames import FrameFinder, is_pronoun
from presslake.figures.segments import Quotations, paragraphs, quotations, sentences
from presslake.figures.lexicons import PEOPLE
from presslake.figures.names import clean_source, is_acronym, is_capitalised
from presslake.figures.subjects import subject_of

# a sentence that opens a turn of the writer's own, not a speaker's report going on
_WRITERS_TURN = LazyPattern(r"[\s“\"(]*(?:If|But|However|Still|Yet|While|Although|Though|Unlike|Meanwhile|Instead)\b|"
                            r"(?:Note|NOTE|Update|UPDATE|Correction|Editor['’]s [Nn]ote)\s*:")  # "Note: ...": the writer's aside
# "Of those riders, 70% ...": a sentence that goes on with a surveyed group's answers
_BACK_TO_GROUP = LazyPattern(r"\b(?:[Oo]f|[Aa]mong)\s+(?:those|them|these|the\s+same)\b")
# "declined to comment on reports that 200 ...": the sentence names its own source, nobody
_UNNAMED_REPORT = GuardedPattern(r"\b(?:reports|rumou?rs|claims|allegations|speculation|suggestions|accounts)\s+that\b",
                                 needs=("that",))
# '"...," says the mother of four who ...': after a quotation's verb, the writer describes the speaker
_SPEAKERS_DESCRIPTION = LazyPattern(r"[”\"]\s*,?\s+(?:says|said|adds|added|explains|explained|notes|noted|recalls|"
                                    r"recalled)\s+(?:the|a|an)\s")
# a lower-case description of a body ("lobby group", "trade association") that no earlier name resolved
_BODY_DESCRIPTION = LazyPattern(r"(?:[a-z-]+\s+)*(?:group|association|organi[sz]ation|body|watchdog|charity|"
                                r"firm|company|consultancy|think-tank|nonprofit|non-profit)")
# "the magazine reports": the publication named last as a speaker ("reveals Life & Style"), not an unnamed source
_PUBLICATION = LazyPattern(r"(?:[a-z-]+\s+)*(?:magazine|publication|tabloid|newspaper|outlet|broadcaster)")
_POSSESSED_THING = LazyPattern(r"([A-Z][a-z][\w-]*)['’]s\s+[a-z][\w\s-]*")
_OWNED_SURNAME = LazyPattern(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*?(?:['’]s|s['’])\s+([A-Z][a-z][\w-]*)")
_QUOTED_SENTENCES = 12  # sentences a quotation carries its speaker's frame into
_SPOKESPERSON = LazyPattern(r"spokes(?:man|woman|person)|representative")
_UNNAMED_OFFICE = LazyPattern(r"(?:[a-z]+\s+)*(?:spokesman|spokeswoman|spokesperson|official|representative|minister|"
                              r"aide|adviser|advisor|source)")
# a sentence (not a quotation) that opens with a name and its verb: "Eva Lund runs", not "Taylor Swift-themed classes"
_OPENING_NAME = LazyPattern(r"\s*([A-Z][\w’']+(?:\s+[A-Z][\w’']+){1,4})(?=\s+[a-z])")
_LIST_ITEM = LazyPattern(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]")  # "- ", "• ", "2. ": a list's item
_LIST_ITEMS = 30  # items a list's introducing frame carries over
_QUOTED_PARAGRAPHS = 12  # paragraphs a quotation left open at each paragraph's end carries it into
# "according to the statement" is whoever spoke last, if they spoke near it
_ANAPHORA_DISTANCE = 800
# a broadcaster's reporter signing off ("Christie Smith reports.", "Ana Ruiz has more from Velmar."): the
# publisher's own voice, no source of the sentence before
_SIGN_OFF = LazyPattern(r"\s*(?:[A-Z][\w’'.-]*\s+){1,3}(?:reports|has\s+(?:more|the\s+story|details))"
                        r"(?:\s+from\s+[A-Z][\w’' .,-]*)?[.!]?\s*")
_OWN_CLAUSE = 25  # characters after a frame's verb that make what it covers a clause of its own ("said so" is not)


def _in_an_aside(text: str, frame: Frame, start: int, end: int) -> bool:
    """Is the frame inside parentheses its sentence closes ("... above normal (0.8% would be normal according
    to the MBA)."): an aside's source speaks of the aside, not of the sentence after."""
    head = text[start:frame.at]
    return head.count("(") > head.count(")") and ")" in text[frame.at:end]


@dataclass
class Claim:
    attributed_to: str | None
    subject: str | None


class _Article:
    """One field's paragraphs, read lazily: sentences, quotations and frames where a figure needs them."""

    def __init__(self, text: str, figure_starts: list[int]):
        self.text = text
        self.figure_starts = figure_starts
        self.paragraphs = paragraphs(text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.table = EntityTable(text)
        self.finder = FrameFinder(text)
        self._sentences: dict[int, list[tuple[int, int]]] = {}
        self._sentence_starts: dict[int, list[int]] = {}
        self._quotes: dict[int, Quotations] = {}
        self._frames: dict[tuple[int, int], list[Frame]] = {}
        self._by_start: dict[tuple[int, int], list[Frame]] = {}
        self._frame_starts: dict[tuple[int, int], list[int]] = {}
        self._quotation_paragraphs: dict[int, bool] = {}
        self._names: dict[int, str | None] = {}

    def sentences(self, p: int) -> list[tuple[int, int]]:
        if p not in self._sentences:
            self._sentences[p] = sentences(self.text, *self.paragraphs[p])
            self._sentence_starts[p] = [start for start, _ in self._sentences[p]]
        return self._sentences[p]

    def quotes(self, p: int) -> Quotations:
        if p not in self._quotes:
            self._quotes[p] = quotations(self.text, *self.paragraphs[p])
        return self._quotes[p]

    def frames(self, p: int, s: int) -> list[Frame]:
        if (p, s) not in self._frames:
            frames = self.finder.sentence_frames(*self.sentences(p)[s], self.quotes(p))  # in reading order
            self._frames[(p, s)] = frames
            self._by_start[(p, s)] = sorted(frames, key=lambda f: f.start)
            self._frame_starts[(p, s)] = [f.start for f in self._by_start[(p, s)]]
        return self._frames[(p, s)]

    def _frames_over(self, p: int, s: int, offset: int) -> list[Frame]:
        """The frames of a sentence that cover `offset`: only those starting near it are looked at."""
        self.frames(p, s)
        frames, starts = self._by_start[(p, s)], self._frame_starts[(p, s)]
        lo = bisect_right(starts, offset - 2 * (REACH + QUOTE_REACH))
        hi = bisect_right(starts, offset)
        return [f for f in frames[lo:hi] if f.covers(offset)]

    def locate(self, offset: int) -> tuple[int, int] | None:
        p = bisect_right(self.paragraph_starts, offset) - 1
        if p < 0 or offset >= self.paragraphs[p][1]:
            return None
        spans = self.sentences(p)
        s = bisect_right(self._sentence_starts[p], offset) - 1
        return (p, s) if s >= 0 and offset < spans[s][1] else None

    # ------------------------------------------------------------ which frame

    def covering(self, offset: int, p: int, s: int) -> Frame | None:
        """The innermost frame over `offset`: its sentence's, or one attached to its quotation
        in another sentence of the paragraph."""
        candidates = [s]
        for qs, qe in self.quotes(p).overlapping(offset, offset):
            if qs <= offset < qe:
                first = bisect_right(self._sentence_starts[p], max(qs, offset - QUOTE_REACH)) - 1
                last = bisect_right(self._sentence_starts[p], min(qe + 2, offset + QUOTE_REACH))
                candidates += [i for i in range(max(first, 0), last) if i != s]
        last = len(self.sentences(p)) - 1  # "... 64 were active. (Source: Govcode.org)": a source for the paragraph
        credited = [(frame.end - frame.start, frame, last) for frame in self._frames_over(p, last, offset)
                    if frame.paragraph] if last != s else []
        covering = sorted([(frame.end - frame.start, frame, index) for index in candidates
                           for frame in self._frames_over(p, index, offset)] + credited, key=lambda c: c[0])
        # the nearest frame that names someone; a document nobody is named for ('Ruiz said: "Data from
        # Velmar shows ..."') leaves the figure to the frame around it, a belief keeps it from any
        for _, frame, index in covering:
            if frame.kind == "belief" or self.name(frame, p, index) is not None:
                # "Velmar reported 107 cases, according to its health ministry": the ministry states the report
                return next((outer for _, outer, i in covering if outer.closing and frame.kind == "speech"
                             and outer.start <= frame.at < outer.at
                             and self.name(outer, p, i) is not None), frame)
        return covering[0][1] if covering else None

    def neighbour(self, p: int, s: int) -> Frame | None:
        """The frame of a neighbouring sentence in the same paragraph, where the figure's sentence goes
        on with its report: the sentence before, if its frame reaches its end and this sentence is no
        turn of the writer's own ("If ...", "But ..."); the sentence after, inside a quotation. For a
        paragraph that is a quotation alone, the speaker who opens the next paragraph, else the last
        one before."""
        spans, text = self.sentences(p), self.text
        start, end = spans[s]
        # "However, ..." opening a quotation is the speaker's turn, not the writer's
        if s > 0 and self.frames(p, s - 1) and not (_WRITERS_TURN.match(self.text, start)
                                                    and not self._quoted(p, start, end)):
            frame = self.frames(p, s - 1)[-1]
            # after '"...," he said.' the writer speaks again: a quotation's frame stays with the quotation;
            # a surveyed group's answers ("20% of riders said ...") end with their sentence
            if frame.reaches(spans[s - 1][1] - 2) and not _in_an_aside(text, frame, *spans[s - 1]) \
                    and (frame.kind != "survey" or _BACK_TO_GROUP.search(text, start, end)) \
                    and not self._someone_new(start, frame, p, s - 1) and not (self._attached_to_quotation(frame, p, spans[s - 1][0])
                                                            and not self._quoted(p, start, end)):
                return frame
        quoted_from = self._quotation_opened_before(p, s)
        if quoted_from is not None:
            return quoted_from
        if s + 1 < len(spans) and self.frames(p, s + 1):
            frame = self.frames(p, s + 1)[0]
            quoted = any(qs <= start + 1 and end - 1 <= qe for qs, qe in self.quotes(p).overlapping(end - 1, start + 1))
            # "Ferries carried 1.2 million passengers. The Harbour Board said so.": a frame that opens a
            # sentence with no figure of its own speaks of the sentence before
            # (one that introduces a clause of its own, "Ruiz told the Herald that ...", reports that clause)
            if quoted or frame.at == spans[s + 1][0] and not self._has_figure(*spans[s + 1]) \
                    and not (frame.start > frame.at and frame.end - frame.start > _OWN_CLAUSE) \
                    and not _SIGN_OFF.fullmatch(text, *spans[s + 1]):
                return frame
        # "Some of the factors include:" and a list after it: the frame that introduced the list, to its last item
        q = p - 1
        while q > 0 and p - q < _LIST_ITEMS and _LIST_ITEM.match(self.text, self.paragraphs[q][0]) \
                and _LIST_ITEM.match(self.text, self.paragraphs[p][0]):
            q -= 1
        if q >= 0 and self.text[:self.paragraphs[q][1]].rstrip().endswith(":"):
            for index in range(len(self.sentences(q)) - 1, -1, -1):
                if self.frames(q, index):
                    return self.frames(q, index)[-1]
        if not self._quotation_paragraph(p):
            return None
        following = self._continued_quotation(p)
        if following:
            return following
        if p + 1 < len(self.paragraphs):
            opening = self.frames(p + 1, 0)
            if opening and opening[0].kind == "speech" and opening[0].at == self.sentences(p + 1)[0][0]:
                return opening[0]
        before = p - 1
        while before > 0 and _HEADING.fullmatch(self.text, *self.paragraphs[before]):
            before -= 1  # "Conflicting reports": a subheading inside a quotation names no speaker
        if before >= 0:
            last = self.frames(before, len(self.sentences(before)) - 1)
            if last:
                return last[-1]
        return self._opened_paragraphs_before(p)

    def _opened_paragraphs_before(self, p: int) -> Frame | None:
        """A quotation that runs over paragraphs, each opening with a mark and none closing until it
        ends ('She said: "...' then '"...' then '"...'): the speech frame that opened it, paragraphs back."""
        back = p - 1
        while back > 0 and p - back <= _QUOTED_PARAGRAPHS and self._left_open(back) and self._quotation_paragraph(back):
            back -= 1
            if not self._left_open(back):
                return None
            frames = next((f for i in range(len(self.sentences(back)) - 1, -1, -1) if (f := self.frames(back, i))), None)
            if frames:  # 'She said: "... . ...' opened the quotation, sentences before the paragraph's end
                return frames[-1] if frames[-1].kind == "speech" else None
        return None

    def _left_open(self, p: int) -> bool:
        """Does the paragraph leave a quotation open at its end?"""
        body = self.text[slice(*self.paragraphs[p])]
        if "“" in body or "”" in body:
            return body.rfind("“") > body.rfind("”")
        return body.count('"') % 2 == 1

    def _someone_new(self, start: int, frame: Frame, p: int, s: int) -> bool:
        """Does the sentence open with a person's full name or a body's who is not the frame's speaker ("Ruiz
        says ... . Eva Lund runs 3 ferries", "... . The VDU and VSU, with 246 seats, ..."): the writer
        introduces someone, the report is over."""
        opening = _OPENING_NAME.match(self.text, start)
        if not opening:
            return False
        name = opening.group(1)
        body = name.split()[1:] if name.startswith("The ") else name.split()
        if not is_person(name) and not (len(body) == 1 and is_acronym(body[0]) or len(body) > 1 and is_org(body)):
            return False
        return self.table.resolve(name, start) != self.name(frame, p, s)

    def _attached_to_quotation(self, frame: Frame, p: int, sentence_start: int) -> bool:
        """'"...," she said', '"...," Jim Cantrell, a founder, told us': the frame closes a quotation that
        opens its sentence (not a phrase in scare quotes: 'the "Great Recession," Hoenig said')."""
        if self.text[frame.start:frame.start + 1] in "“\"":
            return True
        return any(qs <= sentence_start + 1 and not self.text[qe:frame.at].strip(" ,”\"")
                   for qs, qe in self.quotes(p).overlapping(sentence_start, frame.at))

    def _quoted(self, p: int, start: int, end: int) -> bool:
        """Does the sentence open with a quotation mark or stand inside a quotation?"""
        if self.text[start:end].lstrip()[:1] in "“\"":
            return True
        return any(qs < start < qe for qs, qe in self.quotes(p).overlapping(start, start))

    def _quotation_opened_before(self, p: int, s: int) -> Frame | None:
        """A sentence inside a quotation that opened sentences before it, right after the sentence
        that names its speaker ('..., said John Thrasher. "We are ... Two more seats ..."')."""
        spans, start = self.sentences(p), self.sentences(p)[s][0]
        opened = next((qs for qs, qe in self.quotes(p).overlapping(start, start) if qs < start < qe), None)
        if opened is None:
            return None
        first = bisect_right(self._sentence_starts[p], opened + 1) - 1
        if first == s or first <= 0 or s - first > _QUOTED_SENTENCES or any(self.frames(p, i) for i in range(first, s)):
            return None
        frames = self.frames(p, first - 1)
        return frames[-1] if frames and frames[-1].reaches(spans[first - 1][1] - 2) else None

    def _has_figure(self, start: int, end: int) -> bool:
        index = bisect_right(self.figure_starts, start)
        return index < len(self.figure_starts) and self.figure_starts[index] < end

    def _continued_quotation(self, p: int) -> Frame | None:
        """A quotation left open at the paragraph's end goes on in the next ones (no closing mark
        until it ends): the frame attached to where it ends."""
        text = self.text
        while self.paragraphs[p][1] < len(text) and text[self.paragraphs[p][1] - 1] not in "”\"" \
                and p + 1 < len(self.paragraphs) and text[self.paragraphs[p + 1][0]] in "“\"":
            p += 1
            opening = self.paragraphs[p][0]
            for index in range(len(self.sentences(p))):
                for frame in self.frames(p, index):
                    if frame.covers(opening):
                        return frame
        return None

    def _quotation_paragraph(self, p: int) -> bool:
        if p not in self._quotation_paragraphs:
            quotes, (start, end) = self.quotes(p), self.paragraphs[p]
            self._quotation_paragraphs[p] = len(quotes) == 1 and quotes[0][0] <= start + 1 and \
                quotes[0][1] >= end - 1 and not any(self.frames(p, i) for i in range(len(self.sentences(p))))
        return self._quotation_paragraphs[p]

    # ------------------------------------------------------------ whose name

    def name(self, frame: Frame, p: int, s: int) -> str | None:
        if id(frame) not in self._names:
            self._names[id(frame)] = self._resolve(frame, p, s)
        return self._names[id(frame)]

    def _resolve(self, frame: Frame, p: int, s: int) -> str | None:
        if frame.kind == "belief":
            return None
        raw = frame.source if frame.kind == "speech" else frame.publisher
        if raw is None:
            return (self._same_document(frame, p, s) or self._last_speaker(frame.at, p, s)) if frame.anaphoric else None
        if is_pronoun(raw.strip()):
            # '"He led 3 teams for Hale," she said': not a name inside her own quotation
            limit = min(frame.at, frame.start)
            if raw.strip().casefold() == "it":
                found = [c for c in (self.table.organisation_before(limit),
                                     self._last_speaker(limit, p, s, person=False, pair=True)) if c]
            else:
                found = [c for c in (self.table.person_before(limit), self._last_speaker(limit, p, s, person=True))
                         if c and not self._quoted_at(c[0], frame.at)]
                if len(found) == 2 and found[1][0] < found[0][0] and _EMPLOYER_APPOSITION.fullmatch(
                        self.text, found[1][0], found[0][0]):
                    found = found[1:]  # "Carol Marlow, president of Cunard Line, told ...; she said": Marlow
            return max(found)[1] if found else None
        name = clean_source(raw)
        if name and frame.kind == "document" and frame.document and raw.casefold().endswith(frame.document):
            return name  # "according to court records": papers that stand as their own source name no body in short
        # "..., a spokesperson said": someone new, not the spokesperson the article named before
        indefinite = name is not None and name.islower() and (found := _INDEFINITE.match(raw)) is not None \
            and raw[found.end():].strip().rstrip(",.") == name  # (not "a spokesperson for the company": the company)
        name = None if name is None else self._owned_surname(name, frame.at) or self._possessor_in_full(name, frame.at) \
            or (name if indefinite else self.table.resolve(name, frame.at))
        if name and _BODY_DESCRIPTION.fullmatch(name):
            # "..., the lobby group said" after "according to the Velmar Ferry Association": that body
            spoke = self._last_speaker(min(frame.at, frame.start), p, s, pair=True)
            return spoke[1] if spoke else name
        if name and _PUBLICATION.fullmatch(name):
            spoke = self._last_speaker(min(frame.at, frame.start), p, s, pair=True)
            return spoke[1] if spoke and all(is_capitalised(w) or w == "&" for w in spoke[1].split()) else name
        if name and _SPOKESPERSON.fullmatch(name):
            # "Portline raised $20 million, according to a spokesperson": the organisation the sentence opens with
            return self.table.sentence_opener(frame.at, acting=True)
        # "the government spokesman" that names no one: the spec wants the person, so nobody rather than the office
        if name and _UNNAMED_OFFICE.fullmatch(name) or name and self._common_word(name, frame.at):
            return None
        return name

    def _common_word(self, name: str, at: int) -> bool:
        """"Results show", "Authors found": one capitalised word that opens its sentence, and that the article
        also writes in lower case inside a sentence, is a common word, no one's name ("No, Page insisted" names
        Page)."""
        if " " in name or not is_capitalised(name) or name.isupper() or name.casefold() in PEOPLE \
                or not re.search(r"(?:^|[.!?:]\s+|\n\s*)$", self.text[max(0, at - 3):at]):
            return False  # ("Researchers say" are the unnamed researchers the spec keeps)
        return re.search(rf"\b[a-z]+[ \t]+{re.escape(name.lower())}\b", self.text) is not None

    def _owned_surname(self, name: str, at: int) -> str | None:
        """"HI’s Ruiz", "Velmar Lines' Hale": a surname after its organisation's possessive is the person the
        article named in full; the organisation is no part of the name."""
        owned = _OWNED_SURNAME.fullmatch(name)
        return self._person_in_full(owned.group(1), at) if owned else None

    def _possessor_in_full(self, name: str, at: int) -> str | None:
        """"Geier's promotional materials": the surname of their owner as the article named him in full."""
        owned = _POSSESSED_THING.fullmatch(name)
        person = self._person_in_full(owned.group(1), at) if owned else None
        return person + name[owned.end(1):] if person else None

    def _person_in_full(self, surname: str, at: int) -> str | None:
        """The person the article named in full before `at` whose surname this is, or None."""
        person = self.table.resolve(surname, at)
        return person if person != surname and is_person(person) else None

    def _same_document(self, anaphor: Frame, p: int, s: int) -> str | None:
        """"the statement said" after "a statement from Velmar Airport said": its publisher, if named
        within a few sentences."""
        while p >= 0:
            for index in range(s, -1, -1):
                if anaphor.at - self.sentences(p)[index][1] > _ANAPHORA_DISTANCE:
                    return None
                for frame in reversed(self.frames(p, index)):
                    if frame.at < anaphor.at and frame.document == anaphor.document and frame.publisher:
                        return self.name(frame, p, index)
            p -= 1
            s = len(self.sentences(p)) - 1 if p >= 0 else -1
        return None

    def _quoted_at(self, offset: int, at: int) -> bool:
        """Is `offset` inside a quotation that `at` is not in? '"Portline Cloud saves 10 hours," says
        Ruiz.' names no "he" the article goes on to use."""
        where = self.locate(offset)
        return where is not None and any(qs < offset < qe and not qs < at < qe for qs, qe in self.quotes(where[0]))

    def _last_speaker(self, at: int, p: int, s: int, person: bool = False, pair: bool = False):
        """Who spoke last before `at`, within a few sentences ("according to the statement"); with
        `person`, (offset, name) of the last person who spoke (for he/she); with `pair`, (offset,
        name) of the last one who is no person (for "it")."""
        while p >= 0:
            for index in range(s, -1, -1):
                if at - self.sentences(p)[index][1] > _ANAPHORA_DISTANCE:
                    return None
                for frame in reversed(self.frames(p, index)):
                    if frame.kind == "speech" and frame.at < at and not (person and self._quoted_at(frame.at, at)):
                        name = self.name(frame, p, index)
                        if not person and not pair:
                            return name
                        if name and is_person(name) == person:
                            return frame.at, name
            p -= 1
            s = len(self.sentences(p)) - 1 if p >= 0 else -1
        return None


# a subheading: a short line of words with no sentence's end
_HEADING = LazyPattern(r"\s*[A-Z][^\d.!?:;\"“”\n]{0,60}?[^\d\s.!?:;,\"“”]\s*")
_INDEFINITE = LazyPattern(r"\s*(?:[Aa]n?|[Aa]nother)\s")
# a speaker's name, then the body she works for in apposition: "Carol Marlow, president of " (before "Cunard Line")
_EMPLOYER_APPOSITION = LazyPattern(r"[^.!?\n,]+,\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,4}(?:of|at|for|with)\s+(?:the\s+)?")


def claims(text: str, figures: list[Figure]) -> list[Claim]:
    """attributed_to and subject for each of `figures`, all found in `text` (one field)."""
    article = _Article(text, sorted(f.char_start for f in figures)) if figures else None
    out = []
    for figure in figures:
        where = article.locate(figure.char_start)
        if where is None:
            out.append(Claim(None, None))
            continue
        p, s = where
        frame = article.covering(figure.char_start, p, s)
        if frame is None and not article.frames(p, s) and not _UNNAMED_REPORT.search(
                text, article.sentences(p)[s][0], figure.char_start) and not _SPEAKERS_DESCRIPTION.search(
                text, article.sentences(p)[s][0], figure.char_start):
            frame = article.neighbour(p, s)
            # the frame found stands in another sentence: resolve it where it stands
        if frame and _names_the_figure(text, frame, figure):
            frame = None  # "according to two researchers": the count in the source's own words is no claim of theirs
        attributed = article.name(frame, *(_home(article, frame, p, s))) if frame else None
        subject = None
        if frame and frame.group_span and frame.group_span[0] <= figure.char_start < frame.group_span[1]:
            subject = frame.group
        if subject is None:
            sentence_start = article.sentences(p)[s][0]
            subject = subject_of(text, figure.char_start, figure.char_end, sentence_start, figure.kind == "percent")
            subject = subject and article.table.resolve_subject(subject, figure.char_start)
        out.append(Claim(attributed, subject))
    return out


def _names_the_figure(text: str, frame: Frame, figure: Figure) -> bool:
    """Is the figure inside the source's own words, as the text writes them ("according to two researchers")?"""
    source = frame.source
    return bool(source) and frame.at <= figure.char_start < frame.at + len(source) and \
        text.startswith(source, frame.at)


def _home(article: _Article, frame: Frame, p: int, s: int) -> tuple[int, int]:
    """The paragraph and sentence a frame stands in (where its source is named)."""
    return article.locate(frame.at) or (p, s)
