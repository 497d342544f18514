"""Reporting frames, and the stretch of text each one covers.

A frame is a speech verb with its speaker ("Ruiz said", "said Ruiz", "according to the agency"),
a document that reports ("the survey found", "data from the agency show"), a surveyed group
("62% of farmers said") or a belief ("Ruiz believes", which attributes nothing). Each covers the
clause or quotation it introduces: forward when the verb takes what follows ("the captain said the
crew had found two lifeboats"), backward when it closes its clause ("..., the captain said."), both
when it stands in the middle (", Ruiz said, "), and a whole quotation when it is attached to one,
across sentences. `covering` gives the innermost frame over an offset: the speaker nearest wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from presslake.figures.documents import Documents, document_in, publisher_in, surveyed_group
from presslake.figures.lexicons import (
    ANAPHORIC_DOCUMENTS, COGNITION_VERBS, DESCRIPTORS, DOCUMENT_VERBS, FUNCTION_WORDS, ORG_HEADS, PEOPLE,
    PUBLISHED_DOCUMENTS, REPORTING_VERBS, ROLES, TIME_WORDS,
)
from presslake.figures.names import TITLES, is_capitalised, key
from presslake.figures.lazy import LazyPattern

_VERBS = REPORTING_VERBS | COGNITION_VERBS | DOCUMENT_VERBS


def _trie(words: frozenset[str]) -> str:
    """An alternation of `words` factored by prefix: Python's regex engine tries a flat alternation
    of 200 words branch by branch at every position, and a factored one letter by letter."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return pattern(tree)


_TRIGGER = LazyPattern(lambda: rf"\b(?:{_trie(_VERBS)}|according\s+to|Says|Said)\b")
# Verbs that are reports only without an object of their own: "the firm added 300 jobs" is not one.
_NEEDS_CLAUSE = frozenset({"add", "adds", "added", "maintain", "maintains", "maintained", "cite", "cites", "cited",
                           "note", "notes", "noted", "state", "states", "claims", "reports", "estimates", "forecasts",
                           "counted", "reveal", "reveals", "revealed", "project", "projects", "projected", "predict",
                           "predicts", "predicted", "record", "records", "recorded", "list", "lists", "listed",
                           "count", "counts", "put", "puts", "calculate", "calculates", "calculated", "complain", "complains", "complained", "boast", "boasts",
                           "boasted", "plan", "plans", "planned", "aim", "aims", "aimed"})
_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"})
# trigger words that are nouns as often as verbs
_NOUNS = frozenset({"report", "reports", "estimate", "estimates", "claim", "claims", "forecast", "forecasts", "count",
                    "counts", "list", "lists", "record", "records", "project", "projects", "state", "states", "note",
                    "notes", "finds", "put", "puts", "plan", "plans", "aim", "aims", "hope", "hopes", "fear", "fears",
                    "doubt", "doubts", "wish", "want", "guess", "tweet", "tweets", "predict", "cite", "show", "shows"})
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_AUXILIARIES = frozenset({"has", "have", "had", "also", "previously", "later", "earlier", "then", "again", "now",
                          "repeatedly", "separately", "recently", "further", "already", "publicly", "officially",
                          "initially", "first", "will", "would", "could", "did", "does", "do", "may", "might",
                          "once", "reportedly", "similarly", "likewise", "both", "all", "too",
                          "still", "just", "only", "often", "always", "usually", "correctly", "rightly", "proudly"})
# Pieces of a clause: the speaker is in the last piece before the verb.
# (an acronym's parentheses are part of a name: "the National Ocean Agency (NOA) and the ...")
_BOUNDARY = LazyPattern(r",(?!\d{3})|[;:\[\]“”\"—–]|\((?![A-Z]{2,8}\))|(?<![A-Z])\)|\s--?\s|(?:^|\s)(?:but|or|while|whereas|that|which|because|so|"
                       r"although|though|when|where|if|as|after|before|since|until|whom|whose|nor)(?=\s)")
# a time or place phrase between a speaker and the verb: "The ministry on Tuesday said"
_TIME_TAIL = LazyPattern(r"(?:\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:(?:last|this|next)\s+)?"
                        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
                        r"overnight|week|weekend|month|year|morning|afternoon|evening|night)"
                        r"(?:\s+(?:morning|afternoon|evening|night))?|\s+in\s+[A-Z][\w’'-]*)+\s*$")
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
                          "some", "one", "two", "three", "four", "five", "several", "many", "most", "other"})
# "X told reporters", "X told the BBC", "X told a news conference"
_TOLD_OBJECT = LazyPattern(r"^\s+(?:(?:the|a|an|its|his|her|their|some|[\d,]+)\s+)?(?:(?:[A-Z][\w’'.&-]*\s*)+|"
                          r"(?:[a-z]+\s+){0,2}(?:conference|briefing|meeting|call|hearing|committee|audience|forum|"
                          r"summit|session|interview)|reporters|journalists|analysts|investors|lawmakers|legislators|"
                          r"shareholders|staff|employees|workers|viewers|listeners|residents|parliament|congress|"
                          r"him|her|them|us|me|you|mps|senators|delegates|members)\b")
# what may stand between a verb and the end of its clause: "said on Tuesday.", "said in a statement,"
_ADJUNCT = LazyPattern(r"^(?:\s+(?:on|in|at|during|via|from|late|early|earlier|later|last|this|yesterday|today|tonight|"
                      r"overnight|after|before|while|when|as|[A-Z][a-z]+day)\b"
                      r"(?:\s+(?!that\b|it\b|they\b|he\b|she\b)[\w’'.:%,-]+){0,9}?)?"
                      r"(?=\s*(?:[,.;!?)”\"—–]|$))")
_OPEN_QUOTE = LazyPattern(r"^\s*[:,]?\s*[“”\"](?=\S)")
_PRONOUNS = {"he", "she", "it"}
# "put the death toll at", "puts the cost at": an estimate reported
_PUT_AT = LazyPattern(r"(?<=put)s?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:toll|number|figure|cost|count|"
                      r"losses|damage|total|value|bill|tally)\s+at\b")
# after a past participle: "deaths announced in Velmar", "a plan reported by ..." with no "that" to follow
_REDUCED_RELATIVE = LazyPattern(r"\s+(?:in|on|at|by|for|during|from|to|with|last|this)\b(?![^.;]{0,60}\bthat\b)")
# "is forecast by the Hale Institute to reach", "was estimated by analysts at"
_AGENT = LazyPattern(r"\s+by\s+((?:the\s+)?(?:[A-Z][\w’'.&-]*(?:\s+(?:of|for|and)(?=\s+[A-Z]))?\s*)+|(?:the\s+)?"
                     r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:to|at|as|in|on|for)\b|\s*[,.;]))")
# "analysts' estimates of", "the agency's forecast of": found from the apostrophe, the owner read back
_ESTIMATE_OF = LazyPattern(r"(?:['’]s|(?<=s)['’])\s+(?:own\s+|average\s+|consensus\s+)?(?:estimates?|"
                          r"forecasts?|projections?|expectations?|predictions?|calculations?|count|tally)\s+(?:of|for|at)\s")
# a sentence's opening noun phrase and its verb: "The government released", "Health authorities confirmed"
_OPENING_SUBJECT = LazyPattern(r"[\s“\"]*((?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+){0,4}?(?:[A-Z][\w’'.&-]*|[a-z]+))\s+"
                              r"(?:has\s+|had\s+|have\s+)?[a-z]+(?:ed|t)\b")
_CONNECTORS = frozenset({"of", "for", "by", "from", "at", "with", "and", "&"})


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

    @property
    def anaphoric(self) -> bool:
        """A document that is whoever spoke last: "according to the statement"."""
        return self.document in ANAPHORIC_DOCUMENTS and self.publisher is None

    def covers(self, offset: int) -> bool:
        if self.group_span and self.group_span[0] <= offset < self.group_span[1]:
            return True
        return self.start <= offset < self.end and not (self.hole and self.hole[0] <= offset < self.hole[1])


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


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in re.finditer(r"[^\s,;:()“”\"]+", text[start:end])]


def _speaker_before(tokens: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The noun phrase that ends a piece of a clause: its span, read right to left."""
    taken: list[tuple[int, int, str]] = []
    named = False  # the phrase's head so far is a capitalised name
    lower_words = 0
    for index in range(len(tokens) - 1, -1, -1):
        start, end, word = tokens[index]
        k = key(word)
        if not taken:
            if k in _PRONOUNS:
                return start, end
            if word[:1].isdigit() or k in FUNCTION_WORDS and not is_capitalised(word) or k in _AUXILIARIES:
                return None
            named = is_capitalised(word)
            taken.append(tokens[index])
            continue
        if k in _DETERMINERS and not is_capitalised(word) or k == "the":
            taken.append(tokens[index])
            if not (index and _joins(tokens, index - 1)):
                break
            continue
        if k in _CONNECTORS and word.islower():
            if not _joins(tokens, index):
                break
            taken.append(tokens[index])
            continue
        if is_capitalised(word):
            if k in FUNCTION_WORDS and index == 0:
                break
            taken.append(tokens[index])
            continue
        after_connector = key(taken[-1][2]) in _CONNECTORS
        if word.islower() and (named and not after_connector and (k in TITLES or k in DESCRIPTORS)
                               or (not named or after_connector) and lower_words < 3 and k not in FUNCTION_WORDS
                               and k not in TIME_WORDS and not word.endswith(("ed", "ing"))
                               and not word[:1].isdigit()):
            named = named and not after_connector
            lower_words += 1
            taken.append(tokens[index])
            continue
        break
    while taken and key(taken[-1][2]) in _CONNECTORS:
        taken.pop()
    return (taken[-1][0], taken[0][1]) if taken else None


def _named_like_a_body(phrase: str, document: str) -> bool:
    """"the geological survey", "the National Statistics Office": an institution's name, not a document."""
    words = [w for w in phrase.split() if key(w) not in _DETERMINERS]
    return len(words) >= 2 and key(words[-1]) == document and document in ORG_HEADS and publisher_in(phrase) is None


def _is_noun(word: str, previous: list[str], following: str) -> bool:
    """"the monthly report showed", "an important state", "offline notes": the trigger is a noun here.

    A determiner right before it makes it a noun; so does one two words before a base form ("an
    important state"), and a bare lower-case word before an -s form ("offline notes", where "the
    ministry notes" and "he notes" are verbs)."""
    if word not in _NOUNS:
        return False

    def determiner(w: str) -> bool:
        return key(w) in _ARTICLES and not is_capitalised(w) or w.endswith(("'s", "’s"))

    if previous and determiner(previous[-1]):
        return True
    if len(previous) == 2 and not word.endswith("s") and determiner(previous[0]):
        return True
    if word.endswith("s") and previous and previous[-1].islower() and key(previous[-1]) not in _PRONOUNS \
            and not (len(previous) == 2 and determiner(previous[0])):
        return True
    return bool(re.match(r"\s+(?:is|are|was|were|has|have|had|will|would|show|shows|showed|found|finds|said|says|say)\b",
                         following))


# irregular past forms, which are never bare infinitives
_PAST = frozenset({"said", "told", "wrote", "found", "thought", "felt", "put", "forecast", "shown"})


def _bare_infinitive(verb: str, source: str) -> bool:
    """"heard Hartley admit", "saw Ruiz say": a base form after a singular name is no report."""
    if verb.endswith(("s", "ed")) or verb in _PAST:
        return False
    words = source.split()
    return all(is_capitalised(w) for w in words) and not words[-1].endswith("s") and \
        key(words[-1]) not in ("i", "we", "they", "you")


def _can_speak(phrase: str) -> bool:
    """Can this noun phrase report a figure? A name can; of lower-case words only a person, a role, a
    body or an organisation can ("officials", "the captain", "the coast guard"), not "coronavirus deaths"."""
    words = [w for w in re.findall(r"[\w’'.&-]+", phrase) if key(w) not in _DETERMINERS]
    if any(is_capitalised(w) and key(w) not in FUNCTION_WORDS for w in words) or not words:
        return True
    content = [key(w) for w in words if key(w) not in ("of", "for", "at", "from", "with", "and", "by")]
    return any(k in PEOPLE or k in ROLES or k in DESCRIPTORS or k in ORG_HEADS or k in _PRONOUNS for k in content)


def _last_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that separates words, not thousands ("1,000"); -1 if none."""
    at = text.rfind(",", lo, hi)
    while at >= 0 and text[at + 1:at + 4].isdigit() and at > 0 and text[at - 1].isdigit():
        at = text.rfind(",", lo, at)
    return at


def _ends_in_name(text: str, span: tuple[int, int]) -> bool:
    words = text[span[0]:span[1]].split()
    return bool(words) and is_capitalised(words[-1])


def _joins(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Does the connector at `index` join two parts of one source ("survey by the institute", "the
    Agency and the Interior Department"), rather than two clauses ("240 people and the captain")?"""
    word = tokens[index][2]
    if key(word) not in _CONNECTORS or not word.islower():
        return False
    return key(word) != "and" or index > 0 and is_capitalised(tokens[index - 1][2])


def _is_aside(piece: str) -> bool:
    """A piece between commas that describes the speaker: "52", "who runs the service", "the harbour
    commissioner", "an analyst with Global Equities Research", "in a statement issued on Monday"."""
    words = piece.split()
    if not words:
        return True
    first = words[0].casefold()
    if first in ("who", "whose", "which", "where", "in", "on", "at", "during", "speaking", "writing") or words[0].isdigit():
        return True
    if words[0].islower() and words[0].endswith(("ed", "ing")):
        return True  # "supported by the Velmar Wildlife Society", "based in Velmar"
    if first in ("the", "a", "an", "its", "his", "her") or first in ROLES:
        return any(key(w) in ROLES or key(w) in DESCRIPTORS for w in words[:6])
    return False


class FrameFinder:
    """Finds the frames of one article's field, with what the article has named so far."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def documents(self) -> Documents:
        return Documents(self.text)

    def sentence_frames(self, start: int, end: int, quotes: list[tuple[int, int]]) -> list[Frame]:
        frames = []
        for match in _TRIGGER.finditer(self.text, start, end):
            frame = self._frame(match, start, end, quotes)
            if frame:
                frames.append(frame)
        for match in _ESTIMATE_OF.finditer(self.text, start, end):
            # "above analysts' estimates of about $33 billion": the figure right after is theirs
            owner = _speaker_before(_tokens(self.text, start, match.start()))
            if owner:
                at = match.end()
                frames.append(Frame("speech", self.text[owner[0]:owner[1]], owner[0], at, min(end, at + 40)))
        return frames

    def _frame(self, match: re.Match, ss: int, se: int, quotes) -> Frame | None:
        text, verb = self.text, match.group().casefold()
        vs, ve = match.start(), match.end()
        if verb.startswith("according"):
            return self._according_to(vs, ve, ss, se)
        before = text[ss:vs]
        words_before = before.split()
        if verb.endswith("ing") or _is_noun(verb, words_before[-2:], text[ve:ve + 12]):
            return None  # "..., saying replies came late" has no speaker of its own; "an important state"
        if words_before and (words_before[-1].casefold() in ("not", "never", "cannot")
                             or words_before[-1].endswith(("n't", "n’t"))):
            return None  # "Ruiz does not claim that ...": nothing is reported
        if verb.endswith("ed") and verb not in ("said", "told") and _REDUCED_RELATIVE.match(text, ve, se):
            return None  # "the rise in deaths announced in Velmar was 777": a participle, not a report
        # "the port handled 40 ships, said Ruiz": the speaker after the verb
        bare = before.rstrip()
        while bare and bare.split()[-1].casefold() in _AUXILIARIES:
            bare = bare[:bare.rstrip().rfind(" ")].rstrip() if " " in bare.strip() else ""
        if verb in REPORTING_VERBS and verb not in ("told", "tell", "tells") and (not bare.strip() or bare[-1] in ",”\"—–:"):
            after = self._speaker_after(ve, se)
            if after:
                return Frame("speech", text[after[0]:after[1]], after[0], *self._backward(ss, after[0], quotes, vs), se)
        if words_before and words_before[-1].casefold() in _PASSIVE:
            return self._passive(ve, se)
        span = self._subject_span(ss, vs) or self._shared_subject(ss, vs)
        if span is None:
            return None
        lo, hi, piece_lo = span
        source = text[lo:hi]
        if _bare_infinitive(verb, source):
            return None  # "the court heard Hartley admit to ...": no one reports here
        if verb in COGNITION_VERBS and verb not in DOCUMENT_VERBS:
            if key(source.split()[-1]) in ("it", "this", "that"):
                return None
            return Frame("belief", None, lo, ve, se)
        clause = text[max(ss, _last_comma(text, ss, vs) + 1):vs]
        group = surveyed_group(text[piece_lo:vs], text[ss:se], clause) if verb in REPORTING_VERBS else (False, None)
        # the document may stand before the speaker-like words: "Figures released by the statistics office"
        piece = text[piece_lo:vs]
        document = document_in(source) or document_in(piece)
        if document and verb in REPORTING_VERBS and _named_like_a_body(source, document):
            document = None  # "the geological survey said": an institution, not a document
        estimate = _PUT_AT.match(text, ve, se)
        if verb not in REPORTING_VERBS and not document and not estimate:
            return None  # "the company found 40 buyers"; but "officials put the death toll at 42" reports
        if not document and not group[0] and not _can_speak(source):
            return None  # "coronavirus deaths reported ...": not someone who reports
        after = self._after(verb, ve, se, needs_clause=not (document or estimate))
        if after is None:
            return None
        start, end = self._scope(after[0], ss, se, lo, after[1], quotes)
        if after[0] == "clause" and re.search(r",\s*(?:which|who|whom)$", text[ss:piece_lo].rstrip()):
            # "spending, which the institute says will reach $2 billion, trails ...": the relative clause only
            comma = text.find(",", ve, se)
            end = comma if comma > 0 else end
        hole = (ve, after[1]) if after[1] > ve else None
        if group[0]:
            publisher = publisher_in(text[ss:se]) or self.documents.last_before(vs)
            return Frame("survey", None, lo, ss, end, group[1], (piece_lo, vs), publisher)
        if document:
            return self._document_frame(piece, document, lo, start, end)
        return Frame("speech", source, lo, start, end, hole=hole)

    def _shared_subject(self, ss: int, vs: int) -> tuple[int, int, int] | None:
        """"The government released 300 million pesos and said ...": the subject of the sentence's first
        verb speaks for the second one too."""
        if not re.search(r"\sand\s+$", self.text[ss:vs]):
            return None
        opening = _OPENING_SUBJECT.match(self.text, ss, vs)
        return (opening.start(1), opening.end(1), ss) if opening else None

    def _document_frame(self, phrase: str, document: str, at: int, start: int, end: int) -> Frame:
        publisher = publisher_in(phrase)
        if publisher is None and document in PUBLISHED_DOCUMENTS:
            publisher = self.documents.last_before(at)
        return Frame("document", publisher, at, start, end, publisher=publisher, document=document)

    def _according_to(self, vs: int, ve: int, ss: int, se: int) -> Frame | None:
        text = self.text
        stop = re.search(r"[,;:.!?“”\"()—–]|\s(?:who|which|that|when|while|as|and\s+(?:the|a|an)\s+[a-z]+\s+(?:said|says))\b",
                         text[ve:se])
        hi = ve + stop.start() if stop else se
        phrase = text[ve:hi].strip()
        if not phrase:
            return None
        lo = ve + text[ve:hi].find(phrase)
        at_start = not text[ss:vs].strip(" \"“‘(")
        start, end = (ve, se) if at_start else (ss, se)
        document = document_in(phrase)
        if document:
            return self._document_frame(phrase, document, lo, start, end)
        if not _can_speak(phrase):
            return Frame("document", None, lo, start, end)  # "according to new benchmarking with ..."
        return Frame("speech", phrase, lo, start, end)

    def _passive(self, ve: int, se: int) -> Frame | None:
        """"was estimated by the agency at 40": the agent is the source; no agent, no frame."""
        match = _AGENT.match(self.text, ve, se)
        if not match:
            return None
        comma = self.text.find(",", ve, se)  # "first disclosed by the Velmar Times, the mayor argued"
        return Frame("speech", match.group(1), ve + match.start(1), ve, comma if comma > 0 else se)

    def _subject_span(self, ss: int, vs: int) -> tuple[int, int, int] | None:
        """(start, end, piece start) of the speaker before a verb. Right after a comma, the speaker is
        the name before the asides: "Ana Ruiz, who runs the service, said", "Lena Okafor, 52, said",
        "Velmar Grid, the nonprofit that runs power for the state, said"."""
        text = self.text
        clause = self._last_piece(ss, vs)
        piece = text[clause:vs]
        if piece.strip():
            found = self._piece_speaker(clause, vs)
            if found is None and surveyed_group(piece, text[ss:vs])[0]:  # "Of the 1,000 tenants polled, 380 said"
                lo = clause + len(piece) - len(piece.lstrip())
                return lo, lo + len(piece.strip()), clause
            return (*found, clause) if found else None
        end = _last_comma(text, ss, vs)
        while end > ss:
            comma = _last_comma(text, ss, end)
            piece = text[comma + 1 if comma >= 0 else ss:end]
            if comma >= 0 and _is_aside(piece.strip()):
                end = comma
                continue
            lo = self._last_piece(ss, end)
            found = self._piece_speaker(lo, end)
            # a name ("Ana Ruiz, who ..."), or a noun phrase that is the whole clause so far ("The ministry, which ...")
            whole = found and not text[lo:found[0]].strip(" \"“")
            return (*found, lo) if found and (_ends_in_name(text, found) or whole) else None
        return None

    def _last_piece(self, ss: int, end: int) -> int:
        """Where the last piece of a clause before `end` starts (after a comma, a conjunction, ...)."""
        last = ss
        for match in _BOUNDARY.finditer(self.text, ss, end):
            last = match.end()
        return last

    def _piece_speaker(self, lo: int, hi: int) -> tuple[int, int] | None:
        piece = self.text[lo:hi]
        trimmed = piece.rstrip()
        while True:
            words = trimmed.split()
            if words and words[-1].casefold() in _AUXILIARIES:
                trimmed = trimmed[:trimmed.rfind(words[-1])].rstrip()
                continue
            tail = _TIME_TAIL.search(trimmed)
            if tail and tail.start() > 0:
                trimmed = trimmed[:tail.start()].rstrip()
                continue
            break
        return _speaker_before(_tokens(self.text, lo, lo + len(trimmed)))

    def _speaker_after(self, ve: int, se: int) -> tuple[int, int] | None:
        """"..., said Deputy Commissioner Ana Ruiz on Monday." -> the name's span, if a boundary follows it."""
        tokens = _tokens(self.text, ve, se)
        taken = []
        for start, end, word in tokens:
            k = key(word)
            if not taken and k in _DETERMINERS and not word[:1].isdigit():
                taken.append((start, end))
                continue
            if is_capitalised(word) and (k not in FUNCTION_WORDS or k in ("the",) and not taken):
                taken.append((start, end))
            elif word.islower() and (k in TITLES or k in DESCRIPTORS or taken and k in ("of", "for", "and")
                                     or len(taken) < 4 and k not in FUNCTION_WORDS and k not in TIME_WORDS
                                     and not word.endswith(("ed", "ing")) and not word[:1].isdigit()):
                taken.append((start, end))
            else:
                break
            if re.match(r"[,.;:!?”\"]", self.text[end:end + 1] or "."):
                break
        while taken and key(self.text[taken[-1][0]:taken[-1][1]]) in ("of", "for", "and", "the"):
            taken.pop()
        if not taken:
            return None
        hi = taken[-1][1]
        follows = self.text[hi:se]
        if not (_ADJUNCT.match(follows) or re.match(r"\s*(?:[,.;:!?”\"—–)]|$)", follows)):
            return None  # "said the crew had found ...": a clause, not a speaker
        return taken[0][0], hi

    def _after(self, verb: str, ve: int, se: int, needs_clause: bool = True) -> tuple[str, int] | None:
        """What follows a verb: 'end' (it closes its clause), 'comma' (an aside), 'quote', or 'clause';
        and where that starts (after the object of "told")."""
        rest = self.text[ve:se]
        if verb in ("told", "tell", "tells"):
            obj = _TOLD_OBJECT.match(rest)
            if obj:
                rest, ve = rest[obj.end():], ve + obj.end()
        if _OPEN_QUOTE.match(rest):
            return "quote", ve
        adjunct = _ADJUNCT.match(rest)
        tail = rest[adjunct.end():].lstrip() if adjunct else rest.lstrip()
        if not tail or tail[0] in ".;!?)”\"—–":
            return "end", ve
        if tail[0] == ",":
            return "comma", ve
        if needs_clause and verb in _NEEDS_CLAUSE and not re.match(r"(?:that\b|:)", tail):
            return None  # "added 300 jobs", "confirmed 12 cases": an object, not a report
        return "clause", ve

    def _scope(self, after: str, ss: int, se: int, lo: int, ve: int, quotes) -> tuple[int, int]:
        if after == "quote":
            opening = ve + _OPEN_QUOTE.match(self.text[ve:se]).end() - 1
            return ve, next((qe for qs, qe in quotes if qs == opening), se)
        if after == "clause":
            return ve, self._quote_end(ve, se, quotes)
        # closing its clause, the frame also covers its own adjunct ("said after counting 99.8% of ballots")
        return self._backward(ss, lo, quotes, ve)[0], se

    def _backward(self, ss: int, lo: int, quotes, ve: int) -> tuple[int, int]:
        """A frame that closes its clause covers it from the start of the sentence, or of the
        quotation that ends right before the speaker ('"...," Ruiz said')."""
        for qs, qe in quotes:
            if qe <= lo and not self.text[qe:lo].strip(" ,") and qs < ss:
                return qs, ve
        return ss, ve

    @staticmethod
    def _quote_end(ve: int, se: int, quotes) -> int:
        for qs, qe in quotes:
            if qs < ve < qe:
                return min(qe, se)
        return se


def is_pronoun(source: str) -> bool:
    return source.casefold() in _PRONOUNS
