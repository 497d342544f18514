"""Who states a figure, and whom it is about. Pure rules over the article's text.

A figure is a claim: `attributed_to` is who makes it, from reporting frames ("X said",
"said X", "according to X", a quote followed by such a frame), in the figure's sentence or
else in a neighbouring sentence of the same paragraph; "the General Staff" and "the
statement" are resolved to the fullest name the article has already used. `subject` is the
noun phrase that owns the figure ("The Russian military had lost ...", "losses of the North
Korean army ..."). Both stay None rather than guessed: a wrong source is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from presslake.figures.extract import Figure, sentence_spans
from presslake.lazy_regex import lazy_compile

_REPORTING = (r"(?:said|says|say|added|adds|reported|reports|claimed|claims|estimated|estimates|announced|"
              r"announces|stated|states|told|noted|notes|wrote|confirmed|confirms|declared|insisted|warned)")
# A noun phrase that can make a claim: proper nouns with an optional possessive and article
# ("Ukraine's General Staff", "the Kremlin", "Reuters"), or a definite description of a
# source ("the statement", "the ministry", "officials").
_NAME = r"[A-Z][\w’'.&-]*"
_SOURCE_NOUNS = (r"statement|report|ministry|officials?|authorities|police|spokes(?:man|woman|person)|"
                 r"government|military|army|agency|data|survey|study|office|department|command|staff|"
                 r"governor|mayor|president|minister")
# names may join with "of"/"for"/"and" ("the National Bank of Ukraine")
_NAMES = rf"{_NAME}(?:\s+(?:of|for|and|on)\s+(?:the\s+)?{_NAME})*"
# a role in front of a name ("grid operator Ukrenergo", "chief executive Jensen Huang")
_ROLE = (r"(?:[a-z]+\s+)?(?:executive|operator|"
         r"spokes(?:man|woman|person)|minister|president|governor|mayor|director|chairman|chairwoman|head|"
         r"watchdog|regulator|analyst|economist|commander)\s+")
# a name may end in what it is ("the DeepState monitoring group")
_KIND = r"(?:\s+(?:[a-z]+\s+)?(?:group|project|institute|agency|company|firm|monitor|service|center|centre))?"
_SOURCE = (rf"(?:[Tt]he\s+)?(?:{_ROLE})?(?:{_NAME}(?:['’]s)?\s+){{0,5}}(?:{_NAMES}{_KIND}|(?:{_SOURCE_NOUNS})\b)"
           rf"|[Tt]he\s+(?:[a-z]+(?:['’]s)?\s+){{0,2}}(?:{_SOURCE_NOUNS})\b")
_FRAMES = [
    # "..., the General Staff said." / "Ukraine's General Staff added."
    lazy_compile(rf"(?P<source>{_SOURCE})\s+(?:has\s+|had\s+|have\s+)?{_REPORTING}\b"),
    # "..., said the ministry." / "..., Ukraine says"
    lazy_compile(rf"\b{_REPORTING}\s+(?P<source>{_SOURCE})"),
    # "according to the statement"
    lazy_compile(rf"\baccording\s+to\s+(?P<source>{_SOURCE})"),
]
# Every frame needs one of these words: most sentences have none and skip the slow frame patterns.
_FRAME_WORD = lazy_compile(rf"\b{_REPORTING}\b|\baccording\s+to\b")
# Sources that only point back at an earlier one ("the statement" is whoever made it).
_ANAPHORIC = lazy_compile(r"^(?:the\s+)?(?:statement|report|data|figures|survey)$", re.I)
# Words a frame's source may not start with: a sentence's first word is capitalised too.
_NOT_SOURCES = {"it", "this", "that", "he", "she", "they", "we", "i", "you", "there", "which", "who"}

# up to four words opening a clause: "the" or a capitalised word first, no auxiliary verb
_SUBJECT_WORD = (rf"(?!(?:had|has|have|was|were|is|are|and|or|but|that|on|in|at|for|from|by|with|last|earlier|"
                 rf"later|{_REPORTING[3:-1]})\b)[\w’'().-]+")
_SUBJECT = rf"(?:[Tt]he\s+|(?=\(?[A-Z]))(?:{_SUBJECT_WORD}\s+){{0,3}}{_SUBJECT_WORD}"
_OWNING_VERBS = (r"(?:had|has|have)\s+(?:lost|spent|killed|recorded|reported|counted|received|raised|paid|"
                 r"destroyed|deployed|earned|cut)|lost|loses|lose|spent|spends|killed|recorded|received|"
                 r"raised|paid|destroyed|deployed|earned|cut|counts|counted|has|had|owns|employs|employed|"
                 # a past tense the clause's subject did: "The port handled 40 ships", "Ferries ran 30 trips"
                 r"[a-z]+ed|ran|took|won|made|sold|bought|built|carried|shipped|held|hit|shot")
# "The Russian military had lost 62,400 soldiers": the phrase that opens the clause, then the verb.
_SUBJECT_BEFORE_VERB = lazy_compile(
    rf"(?:^|[,;:]\s+|\bthat\s+)(?P<subject>{_SUBJECT})(?:\s+(?:on|in|at|last|this|earlier|later)\s+[\w-]+)?"
    rf"\s+(?:{_OWNING_VERBS})\s+(?:\w+\s+){{0,2}}$")
# documents report figures, they do not own them ("The update listed 14 tanks")
_DOCUMENTS = {"update", "statement", "report", "data", "survey", "study", "figures", "results"}
# "losses of the North Korean army ... amount to": what the figure's noun belongs to
_OF_BEFORE = lazy_compile(r"\b(?:losses|loss|casualties|spending|budget|debt|revenue|exports|imports|troops|"
                          r"soldiers|staff|population)\s+of\s+(?P<subject>the\s+(?:\(?[A-Z][\w’'.-]*\)?\s+){0,4}"
                          r"[\w’'.-]+)")
# "983 soldiers of the (Russian) army" (a named owner: "31.7% of the vote" is a share, not an owner)
_OF_AFTER = lazy_compile(r"^\s+of\s+(?P<subject>the\s+(?:\(?[A-Z][\w’'.-]*\)?\s+){1,3}\(?[\w’'.-]+\)?)")


@dataclass
class Claim:
    attributed_to: str | None
    subject: str | None


def _clean(phrase: str) -> str:
    return phrase.strip(" ,.;:\"“”")


def _head(phrase: str) -> str:
    """'the General Staff' -> 'general staff', for matching against fuller names."""
    return re.sub(r"^(?:the\s+)", "", phrase, flags=re.I).casefold()


def _frame_source(sentence: str) -> str | None:
    """The source of the first reporting frame in a sentence, or None."""
    if not _FRAME_WORD.search(sentence):
        return None
    for frame in _FRAMES:
        for match in frame.finditer(sentence):
            source = _clean(match.group("source"))
            first = source.split()[0].casefold()
            if first not in _NOT_SOURCES and len(source) > 1:
                return source
    return None


class _Sources:
    """The article's sources so far, for resolving short and anaphoric references."""

    def __init__(self):
        self.names: list[str] = []
        self.last: str | None = None

    def resolve(self, source: str) -> str | None:
        if _ANAPHORIC.match(source):
            return self.last
        head = _head(source)
        if source.lower().startswith("the "):
            fuller = [n for n in self.names if _head(n).endswith(head) and len(n) > len(source)]
            if fuller:
                source = max(fuller, key=len)
        self.names.append(source)
        self.last = source
        return source


def _subject(text: str, figure: Figure, sentence_start: int) -> str | None:
    before = text[sentence_start:figure.char_start]
    match = _SUBJECT_BEFORE_VERB.search(before)
    if match:
        subject = _clean(match.group("subject"))
        words = subject.casefold().split()
        if words[0] not in _NOT_SOURCES and words[-1] not in _DOCUMENTS:
            return subject
    owners = list(_OF_BEFORE.finditer(before))
    if owners:  # the nearest one before the figure
        return _clean(owners[-1].group("subject"))
    after = _OF_AFTER.match(text[figure.char_end:figure.char_end + 80])
    return _clean(after.group("subject")) if after else None


def claims(text: str, figures: list[Figure]) -> list[Claim]:
    """attributed_to and subject for each of `figures`, all found in `text` (one field)."""
    spans = sentence_spans(text)
    starts = [start for start, _ in spans]
    breaks = [m.start() for m in re.finditer("\n\n", text)]
    paragraph_of = [bisect_right(breaks, start - 2) for start in starts]
    sources = _Sources()
    # each sentence's own frame, resolved in reading order
    own = []
    for start, end in spans:
        source = _frame_source(text[start:end])
        own.append(sources.resolve(source) if source else None)
    out = []
    for figure in figures:
        index = bisect_right(starts, figure.char_start) - 1
        if index < 0 or figure.char_start >= spans[index][1]:
            out.append(Claim(None, None))
            continue
        attributed = own[index]
        if attributed is None:
            # a frame in the neighbouring sentences of the same paragraph (the one before first)
            for other in (index - 1, index + 1):
                if 0 <= other < len(spans) and paragraph_of[other] == paragraph_of[index] and own[other]:
                    attributed = own[other]
                    break
        out.append(Claim(attributed, _subject(text, figure, spans[index][0])))
    return out
