"""Surveys, reports and data as sources: their publisher states the figure.

"a survey by the Hale Institute", "the Hale Institute survey", "the agency's data", "data
compiled by the Baltic Freight Council" name the publisher in the phrase; "the survey found"
points back at the last document the article said someone published or ran ("The Hale
Institute polled 1,000 farmers"). A surveyed group ("62% of farmers said") is what the figure is
about: it is never the source.
"""

from __future__ import annotations

import re

from presslake.figures.lexicons import (
    COUNT_WORDS, DOCUMENT_VERBS, DOCUMENTS, FUNCTION_WORDS, MONTHS, ORG_HEADS, PLACE_HEADS, REPORTING_VERBS, US_STATES,
)
from presslake.figures.names import clean_source, is_acronym, key
from presslake.lazy_regex import LazyPattern

_CAP = r"[A-Z][\w’'&.-]*"
# "NBC News/ Wall Street Journal", "Partnership for a New American Economy" (never across a line: "at the U. of I."
# ending one paragraph and "In ..." opening the next are no name)
_CAPRUN = rf"{_CAP}(?:(?<![a-z]{{3}}\.)(?:[ \t]*/[ \t]*|[ \t]+(?:(?:of|for|and|on|de)[ \t]+(?:the[ \t]+|an?[ \t]+(?=[A-Z]))?)?){_CAP})*"
_DOC = r"(?:" + "|".join(sorted((d for d in DOCUMENTS if d.isalpha()), key=len, reverse=True)) + r")"
# who passed a document on, not who made it: "a study covered by the Velmar Herald"
_RELAYED = r"(?:covered|cited|quoted|mentioned|described|critici[sz]ed|disputed|questioned|reviewed)"
# who report in the plural without a name: "reports from authorities indicated"
_AGENCIES = ("authorities", "police", "officials", "investigators", "prosecutors")
# "a survey by X", "data compiled by X", "a report published on Monday by X", "figures from X", "reports of X",
# "research done at X"
_DOC_BY = LazyPattern(rf"\b(?i:{_DOC})\b(?:\s+(?!{_RELAYED}\b)[\w’'-]+){{0,4}}?(?:\s+(?:by|from)|(?<=reports)\s+of|(?<=conducted)\s+for|(?<=commissioned)\s+for|(?<=prepared)\s+for|(?<=done)\s+at|(?<=conducted)\s+at)\s+(?P<pub>(?:the\s+)?(?:(?:(?!(?:at|of|from|in|on|for|by|with|and)\s)[a-z][\w-]+\s+){{0,2}}(?=[A-Z]){_CAPRUN}|"
                      r"[a-z]+(?:\s+[a-z]+)?(?=['’]s\b)|[a-z]+\s+(?:office|ministry|agency|department|bureau|institute|"
                      rf"authority|service|board|commission)|(?:{'|'.join(_AGENCIES)})\b))")
# "the Hale Institute survey", "X's monthly report", "the agency's data", "a Gallup poll"
# (the nouns that are only documents: "People can count on it" names no count's publisher; "Poll" and
# "Survey" may be capitalised in a name: "the NBC News/Wall Street Journal Poll")
_NAMED_DOC = (r"(?:surveys?|polls?|study|studies|report|data|figures|statistics|analysis|research|census|findings|"
              r"results|tally|updates?|bulletins?|documents?|"
              r"count|estimates?|calculations?|Poll|Survey|trends|outlook|forecasts?|projections?|"
              # court and official papers named with who filed them: "a DEA complaint", "the Supreme Court ruling"
              r"complaint|affidavit|indictment|lawsuit|memo|memorandum|ruling|petition)")
_PUB_DOC = LazyPattern(rf"(?P<pub>(?<![\w’'-]){_CAPRUN}(?:\s+police(?=\s+report))?|(?<=\b[Tt]he\s)[a-z]+(?=['’]s))(?:['’]s)?\s+"
                       rf"(?:(?!(?:can|will|would|could|should|may|might|must|has|have|had|is|are|was|were|did|does|"
                       rf"do)\b)[a-z][\w-]*\s+|(?<=['’]s\s)(?:19|20)\d\d\s+){{0,2}}{_NAMED_DOC}\b")  # ("Statista’s 2026 trends")
# "the Harbour Institute’s Annual Ferry Review report", "the Conference of Harbours’ (COH) Port Actions report": the
# possessor of a titled document, not its title
_OWNED_TITLE = LazyPattern(rf"(?P<pub>(?<![\w’'-]){_CAPRUN})['’]s?\s+(?:\([A-Z]{{2,8}}\)\s+)?{_CAPRUN}\s+{_NAMED_DOC}\b")
# "The Velmar Grid 2025 Harbour Safety report": the publisher before the year of a report's title
_TITLED_DOC = LazyPattern(rf"(?P<pub>(?<![\w’'-]){_CAPRUN})\s+(?:19|20)\d\d\s+(?:{_CAPRUN}\s+)?{_NAMED_DOC}\b")
# "The Hale Institute polled 1,000 farmers", "X published a report"
_RAN = LazyPattern(rf"(?P<pub>(?<![\w’'-]){_CAPRUN})\s+(?:has\s+|had\s+|also\s+)?(?:polled|surveyed|questioned|interviewed|"
                  rf"published|released|issued|conducted|commissioned|compiled|produced|(?:found|finds)(?=\s+that\b))\b")
# "Velmar Sports released (the results of) a new survey today which found": who published the document a relative
# clause's verb reports ("Velmar!" keeps its mark)
_RELEASED_WHICH = LazyPattern(rf"(?P<pub>(?<![\w’'-]){_CAPRUN}!?)\s+(?:has\s+|had\s+|also\s+)?(?:published|released|issued|"
                              rf"conducted|commissioned|compiled|produced)\s+(?:the\s+(?:results|findings)\s+of\s+)?"
                              rf"(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,3}}{_NAMED_DOC}\b[^,;]{{0,30}}\b(?:which|that)\s*$")
# "a thousand Velmarians surveyed said": the people a survey asked, not who ran it
_ASKED_SPEAK = LazyPattern(r"\s+[“\"]?(?:said|say|says|reported|told|were|was|are)\b")
# "62% of farmers", "1,200 residents", "Three in four voters", "380" (the group named before: "Of the
# 1,000 tenants polled ..., 380 said")
_NUMBER = r"(?:\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)?|(?:(?:a\s+)?(?:higher|lower|larger|smaller|greater|similar|" \
          r"equal|growing|rising)\s+)?shares?(?=\s+of\b)|(?:a\s+)?(?:majority|minority)(?=\s+of\b)|(?:[a-z]+-)?[a-z]+\s+(?:percent|per\s+cent)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+\w+|" \
          r"(?:(?:one|two|three|four)[\s-](?:thirds?|quarters?|fifths?)|(?:a|one)\s+(?:third|quarter|fifth)|half)(?=\s+of\b))"
_GROUP = LazyPattern(rf"^(?:(?:some|about|nearly|almost|around|roughly|over|more\s+than|less\s+than|fewer\s+than|only|just|"
                    rf"an\s+estimated)\s+)?{_NUMBER}(?:\s*,\s*{_NUMBER}\s*,?)?(?:\s+of\s+(?:the\s+|all\s+|those\s+)?"
                    rf"(?:[\d,]+\s+)?)?(?:\s*(?P<group>[A-Za-z][\w.+-]*(?:\s+(?:and\s+)?[A-Za-z][\w-]*){{0,4}}))?(?:\s+(?:in|from|who|polled|"
                    rf"surveyed|questioned|asked)\b.*)?$", re.I)
# "74% of respondents whose firms use AI", "those polled", "the survey participants": whoever answers a survey
_RESPONDENTS = LazyPattern(r"\b(?P<group>respondents|(?:survey|poll|study)\s+participants|"
                           r"(?:those|people|adults|voters|participants|[A-Za-z]+s)\s+(?:surveyed|polled|questioned|asked))\b")
_GROUP_BEFORE = LazyPattern(r"\b[Oo]f\s+(?:the\s+|all\s+|those\s+)?(?:[\d,]+\s+)?(?P<group>[a-z][\w-]*)\b")
_SETTING = LazyPattern(r"^(?:[Ii]n|[Aa]mong|[Ff]or|[Aa]cross)\s+(?:an?|the|this|that|each|every)\s+[a-z]+\s+(?=\d)")
# words after a share that name no one: "19% also stated", "Of those who had used the services, 19% said"
_NOT_A_GROUP = LazyPattern(r"(?i:also|only|just|still|even|already|currently|previously|reportedly|actually|really|"
                           r"mostly|generally|who|which|that|whom|whose|said|say|says|reported|were|was|are|had|have|"
                           r"would|will|could)\b")  # ("62% of family members said": a family is a group)
_SURVEY_WORDS = LazyPattern(r"\b(?:survey|surveyed|poll|polled|respondents|questioned|questionnaire)\b", re.I)


# "1,000 tenants polled by the Hale Institute"
_POLLED_BY = LazyPattern(rf"\b(?:polled|surveyed|questioned|interviewed|asked)\s+by\s+(?P<pub>(?:the\s+)?{_CAPRUN})")


def released_span(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the publisher stands of the document text[lo:hi] ends with, before a relative pronoun ("X released a
    survey which")."""
    match = _RELEASED_WHICH.search(text, lo, hi)
    return match.span("pub") if match else None


def released_by(phrase: str) -> str | None:
    """released_span's publisher in a phrase of its own."""
    span = released_span(phrase, 0, len(phrase))
    return phrase[span[0]:span[1]] if span else None


# a paper's piece: "a 2010 Harbour Times profile", "an article in the Velmar Post", "a recent article from WakeMed"
_PIECE = r"(?:article|profile|story|piece|editorial|column|op-ed|interview)"
_PAPERS_PIECE = LazyPattern(rf"(?:an?|the)\s+(?:(?:recent|new|(?:19|20)\d\d)\s+)?(?:(?P<pub>{_CAPRUN})['’]?s?\s+{_PIECE}|"
                            rf"{_PIECE}\s+(?:in|from|by)\s+(?:the\s+)?(?P<paper>{_CAPRUN}))")


def paper_of(phrase: str) -> str | None:
    """The paper whose piece a phrase names ("a 2010 Harbour Times profile": Harbour Times), or None."""
    piece = _PAPERS_PIECE.fullmatch(phrase.strip())
    return piece and (piece.group("pub") or piece.group("paper"))


def publisher_in(phrase: str) -> str | None:
    """The publisher a document phrase names ("data compiled by the Baltic Freight Council"), or None."""
    for pattern in (_DOC_BY, _OWNED_TITLE, _PUB_DOC, _POLLED_BY, _TITLED_DOC):
        # "compiled from X's reports by Y": who compiled them before whose reports they drew on
        for match in sorted(pattern.finditer(phrase), key=lambda m: not re.search(r"\sby\s+\S+$",
                                                                                 phrase[:m.start("pub")] + "x")):
            if _publishes(match):  # "Gartner’s CIO talent survey": Gartner's
                return re.sub(r"^((?:the\s+)?\S+)['’]s\s.*", r"\1", match.group("pub"))
    return None


# words that stand before a document's noun without naming anyone ("New data", "Official figures")
NOT_PUBLISHERS = frozenset({
    "new", "latest", "recent", "official", "fresh", "preliminary", "final", "annual", "monthly", "weekly", "daily",
    "quarterly", "provisional", "revised", "separate", "internal", "independent", "national", "federal", "private",
    "public", "early", "initial", "interim", "full", "further", "additional", "detailed", "previous", "earlier",
    "later", "other", "another", "same", "such", "government", "census", "survey", "poll", "this", "that",
    "current", "existing", "available", "historical", "updated",
    # the kind of papers, not their author: "Court records show", "Jail records"
    "court", "jail", "payroll",
    # a quantifier opening the sentence: "Numerous studies have shown", "Several reports found"
    "numerous", "several", "many", "various", "multiple", "countless", "some", "most", "few", "both", "past", "prior",
    # a heading's adjective: "Key findings include:"
    "key", "main", "major", "principal", "notable", "important", "primary", "headline",
    # how it was run: "The online survey found"
    "online", "anonymous", "telephone", "phone",
})


_RESEARCH_PLACE = LazyPattern(r"\s+(?:facility|facilities|station|stations|base|centre|center|vessel|ship|lab|"
                              r"laboratory|site|reactor|campus|park|hub)\b")


def _publishes(match: re.Match) -> bool:
    """Is this match a publisher's name? "data from Velmar" is from a place, "New data" from nobody;
    a publisher after "from" must be a body ("the Coastal Research Agency", "California ISO")."""
    name = clean_source(match.group("pub"))
    if match.re.pattern == _RAN.pattern and _ASKED_SPEAK.match(match.string, match.end()):
        return False
    if name is None or name.casefold() in NOT_PUBLISHERS | MONTHS or key(name.split()[-1]) in DOCUMENTS - ORG_HEADS:
        return False  # "the Population and Housing Census report": the document's title, not who published it
    if key(name.split()[0]) in _HOW_MANY:
        return False  # "Two new polls have been released": how many documents, not who published them
    if " " not in name and re.match(r"\s+(?:the|these|this|that|those|our|your|some|more)\b", match.string[match.end("pub"):]) and \
            re.search(r"(?:^|[.!?:]\s+|\n\s*)$", match.string[max(0, match.start("pub") - 4):match.start("pub")]):
        return False  # "Consider the following data", "Remember that poll": a sentence's opening verb, not who published it
    if name.endswith("ing") and " " not in name and re.search(r"(?:^|[.!?]\s+|\n\s*)$", match.string[max(0, match.start("pub") - 4):match.start("pub")]):
        return False  # "Using agency data, ...": a sentence's opening verb, not who published the data
    if re.match(r"\s+(?:Poll|Survey)\b", match.string[match.end("pub"):]) and " " in match.group("pub") and \
            not is_acronym(name.split()[0]) and \
            not any(key(word) in ORG_HEADS for word in name.split()):
        return False  # "the General Social Survey": the survey's own name ("the NBC News Poll" is NBC News's)
    if _RESEARCH_PLACE.match(match.string, match.end()) and match.group().endswith("research"):
        return False  # "the Scott Base research facility": a place where research is done, no document
    if re.fullmatch(r"[A-Z][A-Za-z]*-\d+", name):
        return False  # "a COVID-19 study", "the H1N1 data": a disease or a model names no publisher
    if re.fullmatch(r"[A-Z][A-Z-]+(?:,?\s+(?:and|or|&)\s+[A-Z][A-Z-]+)+", name):
        return False  # "data from NSDUH and YRBSS": two data sets, and which one holds the figure is not said
    if key(name.split()[-1]) in PLACE_HEADS and not is_acronym(name.split()[0]) or name.casefold() in US_STATES:
        # "the Mainland’s energy report", "The July 18 California poll": a place publishes nothing ("IPPR North" is a
        # body's branch)
        return False
    if re.fullmatch(r"[A-Z][a-z]+(?:ian|ese|ish|i)", name) and len(name) > 4 or re.fullmatch(r"U\.?[SK]\.?", name) \
            or key(name) in _GROUPS_OF_PEOPLE or re.fullmatch(r"[\w-]+-wide", name):
        # "Israeli figures", "Chinese data", "their latest Latino voter poll", "results from LGBT students": whom, not
        # who published them; "A College-wide survey": how far it reached
        return False
    if re.fullmatch(r"[A-Z][a-z]+(?:ment|tion|sion|ness|ance|ence|ism|ity)", name) and key(name) not in ORG_HEADS:
        return False  # "Impeachment report says ...": a common noun a headline capitalised ("Parliament" is a body)
    if re.search(r"\b(?:told|telling|tells)\s+$", match.string[max(0, match.start("pub") - 10):match.start("pub")]):
        return False  # "Ruiz told Mic about the study": whom she told, not who published it
    if re.search(r"\b(?:19|20)\d\d\s+$", match.string[:match.start("pub")]) and \
            not (re.search(r"\b[Aa]n?\s+(?:19|20)\d\d\s+$", match.string[:match.start("pub")])
                 and re.search(r"\b(?:polls?|surveys?)$", match.group())):
        # "the 2016 Velmar Mainland report", "Gallup's 2017 Environment poll": a title ("a 1992 Louis Harris poll",
        # one of many, names its pollster)
        return False
    if re.search(r"\bfrom\s+$", match.string[match.start():match.start("pub")]):
        words = name.split()
        return any(w.casefold() in ORG_HEADS or w.isupper() and len(w) > 1 for w in words) or name in _AGENCIES
    return True


# adjectives for a group of people before a document's noun: who was asked, not who asked
_GROUPS_OF_PEOPLE = frozenset({"latino", "latina", "latinx", "hispanic", "black", "white", "asian", "democratic",
                               "republican", "conservative", "liberal", "evangelical", "muslim", "christian", "jewish",
                               "catholic", "voter", "voters", "consumer", "consumers", "teen", "youth", "women",
                               "student", "students", "worker", "workers", "patient", "patients", "lgbt", "lgbtq",
                               "lgbtq+", "female", "male", "postgraduate", "undergraduate"})
_HOW_MANY = COUNT_WORDS | {"several", "many", "both", "dozens", "numerous"}
# participles that do not end in -ed: "research done at X", "a study led by X" ("research provider" is a kind of body)
_DONE = frozenset({"done", "undertaken", "carried", "made", "led", "run", "written", "taken", "begun", "drawn"})
# what a document's noun before it makes a kind of body: "a research provider", "a polling outfit"
_PROVIDERS = frozenset({"provider", "providers", "firm", "firms", "outfit", "house", "vendor", "consultancy", "shop"})
# words after a document's noun that it does not describe ("the survey found", "the report of")
_NOT_DESCRIBED = FUNCTION_WORDS | DOCUMENTS | DOCUMENT_VERBS | REPORTING_VERBS


def document_in(phrase: str) -> str | None:
    """The document noun a phrase is about ("the survey", "A report by X", "Data from X"), or None."""
    words = [w for w in re.findall(r"[\w’'-]+", phrase) if w.casefold() not in ("the", "a", "an")]
    for index, word in enumerate(words):
        # a capitalised one is part of a name ("the Coastal Research Agency"), unless it opens the phrase;
        # one before a body's noun names the body ("the statistics office")
        if word.casefold() not in DOCUMENTS or not (word.islower() or index == 0):
            continue
        following = words[index + 1].casefold() if index + 1 < len(words) else ""
        # "research provider Hale Analytics", "Data storage startup Portline": a noun the document's word describes
        compound = following.isalpha() and following.islower() and following not in _NOT_DESCRIBED \
            and not following.endswith("ed") and following not in _DONE
        if following not in ORG_HEADS and following not in _PROVIDERS and not compound:
            return word.casefold()
    return None


def surveyed_group(piece: str, sentence: str, clause: str = "") -> tuple[bool, str | None]:
    """(is this a surveyed group?, the group's noun) for the words before a speech verb.

    "62% of farmers", "Three in four voters, 75%," and "380" (with "Of the 1,000 tenants polled"
    before it) are groups answering a survey; "Two officials" is not, unless the sentence says a
    survey or poll was made. `clause` is the words before the verb since the last comma, where
    "respondents" may stand further back ("74% of respondents whose firms use AI said").
    """
    piece = re.sub(r"^(?:and|but|while|whereas|or)\s+", "", piece.strip())
    piece = _SETTING.sub("", piece)  # "In an emergency 53% of people said": the group after its setting
    respondents = _RESPONDENTS.search(clause or piece)
    if respondents:
        return True, respondents.group("group")
    match = _GROUP.match(piece)
    if not match:
        return False, None
    group = match.group("group")
    if group is not None and _NOT_A_GROUP.match(group):
        group = None  # "19% also stated": the adverb is no group
    if group is None:
        before = _GROUP_BEFORE.search(sentence)
        group = before.group("group") if before and not _NOT_A_GROUP.match(before.group("group")) else None
    if group == "people" and len(piece.split()) == 2:
        return True, group  # "26 people said yes, 7 people said they weren't sure": answers, not sources
    share = re.search(r"%|percent|per\s+cent|\bin\s+\w+|out\s+of|\bof\b", piece, re.I)
    if not share and not _SURVEY_WORDS.search(sentence):
        return False, None
    return True, group


# where a publisher may be named: a document's noun, or a verb of running or publishing one
_ANCHOR = LazyPattern(r"\b(?:(?i:survey|poll|study|studies|report|data|figures|statistics|analysis|research|census|"
                      r"findings|results)|polled|surveyed|questioned|interviewed|published|released|issued|conducted|"
                      r"commissioned|compiled|produced|found(?=\s+that\b))\b")
LOOKBACK = 30000  # characters back a document's publisher is looked for (an article's length)
# a document the paragraph refers back to: "The same study found", "the survey shows"
_REFERRED = LazyPattern(r"\b(?i:the|this|that)\s+(?:same\s+)?(?:survey|poll|study|report|research)\s+(?:also\s+)?"
                        r"(?:found|finds|shows?|showed|revealed|reveals|suggests|suggested)\b")
_PARAGRAPHS_BACK = 2  # paragraphs before a surveyed group's own that may name its survey
_WINDOW = 120  # characters either side of an anchor that its publisher's name stands in


class Documents:
    """Who published or ran a document the article mentioned: asked for the last one before a point,
    it reads the text around each document back from there (long articles cost only what is read)."""

    def __init__(self, text: str):
        self.text = text
        self._published: dict[int, list[str]] = {}

    def last_before(self, at: int) -> str | None:
        for anchor in reversed(self._anchors(at)):
            found = self._published_at(anchor, at)
            if found:
                return found[-1]
        return None

    def only_one_near(self, at: int) -> str | None:
        """The last publisher named before `at`, if it is the only one the article named so far, or it was
        named in this paragraph or the two before and its paragraph names no other: a surveyed group with
        no document in its sentence ("62% of farmers said") answered the survey named just before it; in an
        article that draws on several ("This brief uses the X survey and the Y study"), which one asked
        is not said."""
        if _REFERRED.search(self.text, self._paragraph_start(at), at):
            return self.last_before(at)  # "The same study found that ... Of those millennials, 70% ..."
        named = [(anchor, pub) for anchor in self._anchors(at) for pub in self._published_at(anchor, at)]
        if not named:
            return None
        last, publisher = named[-1]
        lo, hi = self.text.rfind("\n", 0, last) + 1, self.text.find("\n", last, at)
        if len({clean_source(pub) for anchor, pub in named}) == 1:
            return publisher
        near = self._section_start(at) <= last
        alone = len({clean_source(pub) for anchor, pub in named if lo <= anchor < (at if hi < 0 else hi)}) == 1
        return publisher if near and alone else None

    def _anchors(self, at: int) -> list[int]:
        """Where a document or its publishing is mentioned, within LOOKBACK before `at`."""
        return [m.start() for m in _ANCHOR.finditer(self.text, max(0, at - LOOKBACK), at)]

    def _section_start(self, at: int) -> int:
        """Where the paragraphs a group's survey may be named in start: the two before its own, not
        across a heading (a line that ends without a sentence's punctuation)."""
        start = self._paragraph_start(at)
        for _ in range(_PARAGRAPHS_BACK):
            before = self.text[:start].rstrip()
            if not before or before[-1] not in ".!?\"”’:)":
                break
            start = self._paragraph_start(len(before) - 1)
        return start

    def _paragraph_start(self, at: int) -> int:
        """Where the paragraph holding `at` starts, blank lines skipped back over."""
        return self.text.rfind("\n", 0, len(self.text[:max(0, at)].rstrip())) + 1

    def _published_at(self, anchor: int, at: int) -> list[str]:
        """The publishers named around a document's anchor, in reading order (read once for an anchor
        whose window ends before `at`)."""
        if anchor + _WINDOW > at:
            return self._read_published(anchor, at)
        if anchor not in self._published:
            self._published[anchor] = self._read_published(anchor, at)
        return self._published[anchor]

    def _read_published(self, anchor: int, at: int) -> list[str]:
        lo, hi = max(0, anchor - _WINDOW), min(at, anchor + _WINDOW)
        found = [m for pattern in (_RAN, _DOC_BY, _PUB_DOC) for m in pattern.finditer(self.text, lo, hi)
                 if m.start() <= anchor < m.end() + 12 and _publishes(m)]
        return [m.group("pub") for m in sorted(found, key=lambda m: m.start())]
