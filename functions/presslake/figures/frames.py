"""Reporting frames, and the stretch of text each one covers.

A frame is a speech verb with its speaker ("Ruiz said", "said Ruiz", "according to the agency"),
a document that reports ("the survey found", "data from the agency show"), a surveyed group
("62% of farmers said") or a belief ("Ruiz believes", which attributes nothing). Each covers the
clause or quotation it introduces: forward when the verb takes what follows ("the captain said the
crew had found two lifeboats"), backward when it closes its clause ("..., the captain said."), both
when it stands in the middle (", Ruiz said, "), and a whole quotation when it is attached to one,
across sentences. Of the frames over a figure, claims.py takes the innermost: the speaker nearest wins.
"""

from __future__ import annotations

import re
from functools import cached_property

from presslake.figures.documents import (Documents, document_in, paper_of, publisher_in, released_by, released_span,
                                         surveyed_group)
from presslake.figures.frame import QUOTE_REACH, REACH, Frame
from presslake.figures.lexicons import (
    COGNITION_VERBS, DESCRIPTORS, DOCUMENT_VERBS, FUNCTION_WORDS, ORG_HEADS, PUBLISHED_DOCUMENTS,
    QUOTING_VERBS, REPORTING_VERBS, SELF_SOURCED, TIME_WORDS, US_STATES,
)
from presslake.lazy_regex import GuardedPattern, LazyPattern, trie
from presslake.figures.names import TITLES, is_acronym, is_capitalised, key, person_like
from presslake.figures.phrases import (
    ADVERB, AUXILIARIES, DETERMINERS, PRONOUNS, bare_infinitive, can_speak, description_end, ends_in_name,
    heads_a_noun_phrase, is_aside, is_noun, last_comma, named_like_a_body, names_a_thing, next_comma, plural,
    speaker_before, without_adverbs, word_spans,
)
from presslake.figures.segments import Quotations
from presslake.figures.signed import SignedSpeech

# a report in progress, read as its present: "Cisco is telling businesses that ...", "the agency was warning that"
_PROGRESSIVE = {"telling": "tells", "saying": "says", "warning": "warns", "predicting": "predicts",
                "estimating": "estimates", "claiming": "claims", "arguing": "argues", "insisting": "insists"}
_VERBS = REPORTING_VERBS | COGNITION_VERBS | DOCUMENT_VERBS | frozenset(_PROGRESSIVE)
_BEING = LazyPattern(r"\s(?:is|are|was|were)\s+$")
# a speaker in an absolute construction: "With Gartner predicting that ..."
_WITH_SUBJECT = LazyPattern(r"\b[Ww]ith\s+((?:[A-Z][\w’'&.-]*\s+){1,4})$")
_PLURAL_NOUN_AFTER = LazyPattern(r"\s+[a-z]+s\b(?<!ss)")
_COUNT_WORD = LazyPattern(r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)")


_TRIGGER = LazyPattern(lambda: rf"\b(?:{trie(_VERBS)}|[Aa]ccording\s+to|[Aa]s\s+per|[Bb]ased\s+on|Says|Said)\b")
# a publication credited in parentheses at the end of its sentence: "... raised $20 million (Harbour Times)."
# (closing its paragraph: one in mid-paragraph is as often a clarification, "sold 3 ferries to a rival (Velmar Lines).")
_CREDIT = LazyPattern(r"\((?P<name>(?!(?:Figure|Fig|Table|Chart|Exhibit|See|Photo|Image|Video|Source|Note)\b)[A-Z][\w’'&.-]*"
                      r"(?:[ \t]+(?:of|for|and|&|the|[A-Z][\w’'&.-]*)){0,5})\)(?=[.!?]?[\"”’]?\s*$)")
# what a closing parenthesis says that credits no one: "3 sprigs rosemary (Optional)", "12 men indicted (Texas)"
_NOT_CREDITS = frozenset({"optional", "required", "pictured", "updated", "approx", "estimated", "est"})
_SOURCE_LABEL = LazyPattern(r"(?<![\w-])\(?Sources?:[ \t]*(?P<name>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+|[A-Z][\w’'&.-]*"
                            r"(?:[ \t]+(?:of|for|and|&|the|[A-Z][\w’'&.-]*)){0,5}?)\.?\)?(?=[.!?]?[\"”’]?\s*$)")
# a name, then "who" and the verb: "Elections Director Jerry Feaser, who estimated his office went $700,000 over"
_NAMED_THEN_WHO = LazyPattern(r"((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*),[ \t]+who[ \t]+(?:also[ \t]+|has[ \t]+|had[ \t]+)?$")
_PARAGRAPH_END = LazyPattern(r"[.!?]?[\"”’]?[ \t]*(?:\n|$)")
# Verbs that are reports only without an object of their own: "the firm added 300 jobs" is not one.
_NEEDS_CLAUSE = frozenset({"add", "adds", "added", "maintain", "maintains", "maintained", "cite", "cites", "cited",
                           "note", "notes", "noted", "state", "states", "counted", "reveal", "reveals", "revealed",
                           "predict", "predicts", "predicted", "record", "records",
                           "recorded", "list", "lists", "listed", "count", "counts", "put", "puts", "calculate",
                           "calculates", "calculated", "complain", "complains", "complained", "boast", "boasts",
                           "boasted", "plan", "plans", "planned", "aim", "aims", "aimed", "share", "shares", "shared",
                           "find", "finds", "found", "point out", "points out", "pointed out", "specify", "specifies",
                           "specified", "relate", "relates", "related"})
# words inside a name before its last part: "Qaboos bin Said", "Nasser al Said"
_NAME_LINKS = frozenset({"bin", "ibn", "ben", "al", "el", "abu", "abd", "abdul", "bint"})
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Pieces of a clause: the speaker is in the last piece before the verb.
# (an acronym's parentheses are part of a name: "the National Ocean Agency (NOA) and the ...")
_BOUNDARY = LazyPattern(r",(?!\d{3})|[;:\[\]“”\"—–]|\((?![A-Z]{2,8}\))|(?<![A-Z])\)|\s--?\s|(?:^|\s)(?:but|or|while|whereas|that|which|because|so|"
                       r"although|though|when|where|if|as|after|before|since|until|whom|whose|nor)(?=\s)")
# a time or place phrase between a speaker and the verb: "The ministry on Tuesday said", "data from 2011 to 2021 show"
_TIME_TAIL = LazyPattern(r"(?:\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:(?:last|this|next)\s+)?"
                        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
                        r"overnight|week|weekend|month|year|morning|afternoon|evening|night)"
                        r"(?:\s+(?:morning|afternoon|evening|night))?|\s+in\s+[A-Z][\w’'-]*|"
                        r"\s+(?:from|in|since|between)\s+(?:19|20)\d\d(?:\s+(?:to|and|through)\s+(?:19|20)\d\d)?)+\s*$")
# a speaker that closes a sentence after a comma: ", the health ministry", ", Velmar Lines"
_CLOSING_SPEAKER = LazyPattern(r",\s+(?:[\w’'.&-]+\s+){1,5}$")
# "X told reporters", "X told the BBC", "X told a news conference"
_TOLD_OBJECT = LazyPattern(r"^\s+(?:(?:about|around|some|nearly|almost|more than|over|roughly)\s+)?"
                          r"(?:(?:the|a|an|its|his|her|their|some|[\d,]+)\s+)?(?:(?:[A-Z][\w’'.&-]*\s*)+|"
                          r"(?:[a-z]+\s+){0,2}(?:conference|briefing|meeting|call|hearing|committee|audience|forum|"
                          r"summit|session|interview|crowd|gathering|rally)|reporters|journalists|analysts|investors|lawmakers|legislators|"
                          r"supporters|students|graduates|attendees|"
                          r"shareholders|staff|employees|workers|viewers|listeners|residents|parliament|congress|"
                          r"him|her|them|us|me|you|mps|senators|delegates|members)\b")
# what may stand between a verb and the end of its clause: "said on Tuesday.", "said in a statement,"
_ADJUNCT = LazyPattern(r"^(?:\s+(?:in\s+reference\s+to|referring\s+to|in\s+response\s+to)\b[^.;!?“”\"]*|"
                       r"\s+(?:on|in|at|during|via|from|late|early|earlier|later|last|this|yesterday|today|tonight|"
                      r"overnight|after|before|while|when|as|[A-Z][a-z]+day)\b"
                      r"(?:\s+(?!that\b|it\b|they\b|he\b|she\b)[\w’'.:%,-]+){0,9}?)?"
                      r"(?=\s*(?:[,.;!?)”\"—–]|$))")
# the medium a report came in, after its verb: "said in a 12-page statement", "wrote in his 2019 memoir"
_MEDIUM = LazyPattern(r"\s+in\s+(?:a|an|the|his|her|its|their)\s+[^,.;:!?“”\"]*")
# a subordinate clause the frame stands in: "when the mayor announced ...", "After the agency said ..."
_SUBORDINATE = LazyPattern(r"(?<![\w’'-])(?i:when|while|after|before|since|if|although|though|because|until|once)\s*$")
# a document the article spoke of before ("the survey", "this report"), not a new one ("Fresh findings")
_DEFINITE = LazyPattern(r"(?i:\b(?:the|this|that|these|those|its|their)\s+)(?!(?:new|fresh|latest|recent|separate|"
                        r"another|other)\b)")
_DESCRIBES_MEDIUM = LazyPattern(r",\s*(?:more|less|longer|shorter|nearly|almost|roughly|about|twice|a|an|one)\s")
# a coordinated clause with a named subject of its own: ", and the U.S. releases", "; Velmar reported"
_OTHER_SUBJECT = LazyPattern(r"(?:,\s+(?:and|while|but|whereas)|;)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+(?:(?:of|for)\s+)?){1,5}"
                             r"(?!said|says|added|told)[a-z]+(?:s|ed)\b")
# what "claimed" takes that is no claim: "claimed a hat-trick", "claimed 32 lives"
_CLAIMED_A_THING = LazyPattern(r"(?:a|an)\s|(?!that\b)(?:[\w,.-]+\s+){1,3}?(?:lives|life|victims)\b")
# what may stand before a speaker that is the whole clause: "A 1992 Louis Harris poll, for example, found"
_BEFORE_WHOLE = LazyPattern(r"[\s\"“]*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:19|20)\d\d\s+)?")
# "noted in its report", "found in a new study": the document the verb's object stands in
_IN_DOCUMENT = LazyPattern(r"\s+in\s+(?:its|their|his|her|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|survey|study|"
                           r"statement|analysis|review|paper|filing|letter)\b")
# the subject's own act after its report's object: "reported EPS of $0.21 for 2023 but booked $6.36 in 2025"
_OWN_ACT = LazyPattern(r",?\s+but\s+(?:also\s+|then\s+)?[a-z]+ed\b")
_OPEN_QUOTE = LazyPattern(r"^\s*[:,]?\s*[“”\"](?=\S)")
# "put the death toll at", "puts the cost at": an estimate reported
# where a clause ends and another begins: "..., but ...", "; ..."
_CLAUSE_END = LazyPattern(r",\s+(?:but|and|while|whereas|yet|so)\s|;|\s[—–]\s")
_PUT_AT = LazyPattern(r"(?<=put)s?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:toll|number|figure|cost|count|"
                      r"losses|damage|total|value|bill|tally)\s+at\b")
# papers with no author named that stand as the source themselves: "court records", "jail records", "court documents"
_PAPERS_NAMED_AS_SOURCES = frozenset({"records", "documents", "filings"})
# (a body's own records are the body's: "department records show" is the department's)
_PAPERS = LazyPattern(r"(?:(?:the|an?)\s+)?((?:[A-Z][\w-]*\s+)?(?:(?i:court|jail|public|payroll|prison|arrest|booking|"
                      rf"property|criminal|police|autopsy|tax)\s+)?(?i:{'|'.join(sorted(_PAPERS_NAMED_AS_SOURCES))}))")
_PARTICIPLES_NOT_IN_ED = frozenset({"found", "shown"})  # "fake IDs found in his wallet": participles, as in -ed
# a clause with its "that" left out: a short subject, then its modal or auxiliary ("found remote staff are 13% ...")
_BARE_CLAUSE = LazyPattern(r"(?:[a-z][\w-]*\s+){1,3}(?:can|could|will|would|may|might|is|are|was|were|has|have|had)\s")
# a relative clause between a speaker and the verb, without commas: "The family who lives at the house said"
_WHO_BEFORE = LazyPattern(r"\s+who\s+$")
# a relative clause after a speaker: ", said Tom Hale, who sailed 9 ferries" describes him
_RELATIVE_AFTER = LazyPattern(r",\s+(?:who|which|whose)\b")
_CONTRAST_AFTER = LazyPattern(r",\s+(?:but|yet|although|though)\b")
# a frame in a condition: "if Portline told them, 'it will cost a million dollars'" reports nothing said
_HYPOTHETICAL = LazyPattern(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s+(?:[\w’'.-]+\s+){1,4}$")
# "..., said Taylor, ninth in the league with 1,202 yards": an apposition after a speaker named after the verb
# describes him, in the paper's words ("said Ruiz, adding that ..." goes on with what she said)
_DESCRIBED_AFTER = LazyPattern(r",\s+(?!(?:adding|noting|saying|explaining|citing|arguing|pointing|warning|insisting|"
                               r"stressing|claiming|according|and|but|while|as)\b)[\w$£€]")
# "said the city's party chief, Bie Bixiong.": the role's holder, named in apposition to it
_HOLDER_AFTER = LazyPattern(r",\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*(?=[,.;]|$)")
# after a past participle: "deaths announced in Velmar", "a plan reported by ..." with no "that" to follow
_REDUCED_RELATIVE = LazyPattern(r"\s+(?:in|on|at|by|for|during|from|to|with|last|this)\b(?![^.;]{0,60}\bthat\b)")
# "is forecast by the Hale Institute to reach", "was estimated by analysts at"
_AGENT = LazyPattern(r"\s+by\s+((?:the\s+)?(?:[A-Z][\w’'.&-]*(?:\s+(?:of|for|and)(?=\s+[A-Z]))?\s*)+|(?:the\s+)?"
                     r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:to|at|as|in|on|for)\b|\s*[,.;]))")
# "analysts' estimates of", "the agency's forecast of": found from the apostrophe, the owner read back
_ESTIMATE_OF = GuardedPattern(r"(?:['’]s|(?<=s)['’])\s+(?:own\s+|average\s+|consensus\s+)?(?:estimates?|"
                             r"forecasts?|projections?|expectations?|predictions?|calculations?|count|tally)\s+(?:of|for|at)\s",
                             needs=("estimate", "forecast", "projection", "expectation", "prediction", "calculation",
                                    "count", "tally"))
# a sentence's opening noun phrase and its verb: "The government released", "Health authorities confirmed",
# "Data storage startup Portline exited"
_OPENING_SUBJECT = LazyPattern(r"[\s“\"]*((?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+(?:[a-z]+\s+){1,2}(?=[A-Z]))?"
                              r"(?:[A-Z][\w’'.&-]*\s+){0,4}?(?:[A-Z][\w’'.&-]*|[a-z]+))\s+"
                              r"(?:has\s+|had\s+|have\s+)?[a-z]+(?:ed|t)\b")


# a place written after another ("in Linyi, Shandong province"): capitalised words, perhaps a kind of region
_PLACE = LazyPattern(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s+(?:province|state|county|region|district|prefecture))?")
# (or the body named before it: "an astronomer at the University of California, Santa Cruz, said")
_IN_PLACE = LazyPattern(r"\s(?:in|from|near|at|with)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,3}$")
# a name set off after an office: ", Gregory Moore," in "according to the Chief of Police, Gregory Moore, ..."
_NAME_AFTER_ROLE = LazyPattern(r",[ \t]+([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}),")
# what is done "according to" a rule, a plan or a law: a manner, not who reports
_IN_A_MANNER = LazyPattern(r"\b(?:i\.e\.,?|conduct|act(?:s|ed|ing)?|behav(?:e|es|ed|ing)|liv(?:e|es|ed|ing)|went|go(?:es|ing)?|"
                           r"proceed(?:s|ed|ing)?|done|run|ran|work(?:s|ed|ing)?)\s+$", re.I)


class FrameFinder(SignedSpeech):
    """Finds the frames of one article's field, with what the article has named so far."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def documents(self) -> Documents:
        return Documents(self.text)

    def sentence_frames(self, start: int, end: int, quotes: Quotations) -> list[Frame]:
        frames = []
        for match in _TRIGGER.finditer(self.text, start, end):
            # a frame reads at most REACH characters either side of its verb: a sentence longer than that
            # (a table or list run together) costs in proportion to its length, not its square
            near = quotes.overlapping(match.start() - QUOTE_REACH, match.end() + QUOTE_REACH)
            frame = self._frame(match, max(start, match.start() - REACH), min(end, match.end() + REACH), near)
            if frame:
                frames.append(frame)
        credited = self._credit(start, end)
        if credited:
            credit, labelled = credited
            # "... raised $20 million. (Harbour Times)": a credit standing alone covers its paragraph; one that
            # says it names a source covers it from any sentence ("... in the last month. (Source: Govcode.org)")
            alone = not self.text[start:credit.start()].strip()
            begins = self.text.rfind("\n", 0, start) + 1 if alone or labelled else start
            frames.append(Frame("speech", credit.group("name"), credit.start() if alone else credit.start("name"),
                                begins, credit.start(), paragraph=labelled))
        for match in _ESTIMATE_OF.finditer(self.text, start, end):
            # "above analysts' estimates of about $33 billion": the figure right after is theirs
            owner = speaker_before(word_spans(self.text, max(start, match.start() - REACH), match.start()))
            if owner:
                at = match.end()
                frames.append(Frame("speech", self.text[owner[0]:owner[1]], owner[0], at, min(end, at + 40)))
        if not frames and (signed := self._transcript_frame(start, end) or self._turn_frame(start, end) or
                           self._headline_frame(start, end) or self._tweet_frame(start, end)):
            frames.append(signed)  # the label or the signature speaks where the sentence names no other source
        return frames

    def _credit(self, start: int, end: int) -> tuple[re.Match, bool] | None:
        """A source credited where its sentence closes its paragraph: "(Harbour Times)", or labelled as one (then
        True): "(Source: Govcode.org)", "Source: www.example.co.za". An acronym in parentheses is a name's, not a
        credit ("the ... Agency (NOA)")."""
        labelled = _SOURCE_LABEL.search(self.text, start, end)
        credit = labelled or _CREDIT.search(self.text, start, end)
        if credit is None or not _PARAGRAPH_END.match(self.text, credit.end()):
            return None
        name = credit.group("name")
        if not labelled and is_acronym(name) or key(name) in TIME_WORDS | _NOT_CREDITS or name.casefold() in US_STATES:
            return None
        return credit, bool(labelled)

    def _frame(self, match: re.Match, ss: int, se: int, quotes) -> Frame | None:
        text, verb = self.text, match.group().casefold()
        vs, ve = match.start(), match.end()
        if verb.startswith("according") or verb.split()[0] == "as":  # "as per the agency" is "according to" it
            return self._according_to(vs, ve, ss, se)
        if verb.startswith("based"):  # "Based on the Hale Institute survey, ...": a document whose publisher is named
            frame = self._according_to(vs, ve, ss, se)  # ("Based on the indictment, a judge raised ...": the judge's act)
            return frame if frame and frame.document and frame.publisher not in (None, frame.document) else None
        being = _BEING.search(text, ss, vs) if verb in _PROGRESSIVE else None
        if being:
            verb, vs = _PROGRESSIVE[verb], being.start()
        elif verb in _PROGRESSIVE and text.startswith(" that ", ve) and (with_subject := _WITH_SUBJECT.search(text, ss, vs)):
            # "With Gartner predicting that ...": Gartner predicts ("with Laxman claiming his half-century" claims no figure)
            verb, ss = _PROGRESSIVE[verb], with_subject.start(1)
        before = text[ss:vs]
        words_before = before.split()
        if match.group() == "Said" and words_before and key(words_before[-1]) in _NAME_LINKS:
            return None  # "Sultan Qaboos bin Said": a name
        if verb.endswith("ing") or is_noun(verb, without_adverbs(words_before[-4:])[-2:], text[ve:ve + 12]) \
                or heads_a_noun_phrase(verb, words_before[-3:], text[ve:ve + 12]) \
                or names_a_thing(verb, words_before[-3:], text[ve:ve + 12]):
            return None  # "..., saying replies came late" has no speaker of its own; "an important state"
        if words_before and (words_before[-1].casefold() in ("a", "an", "the") or verb.endswith("ed") and (
                re.fullmatch(r"\d[\d,.]*", words_before[-1]) or _COUNT_WORD.fullmatch(words_before[-1]))
                and _PLURAL_NOUN_AFTER.match(text, ve)):
            # "an estimated 185,000", "the reported 40 deaths", "two confirmed cases": an adjective ("two said", "20%
            # reported not receiving care" and "a survey from 2018 indicated that" report)
            return None
        # (past an adverb: "The office hasn't officially confirmed", "Ruiz never publicly said")
        denied = [word for word in words_before[-3:] if not (word.isalpha() and word.islower() and word.endswith("ly"))]
        if denied and (denied[-1].casefold() in ("not", "never", "cannot") or denied[-1].endswith(("n't", "n’t"))):
            return None  # "Ruiz does not claim that ...": nothing is reported
        if words_before and words_before[-1].casefold() in ("will", "would", "could", "might", "may", "shall") \
                or _HYPOTHETICAL.search(text, ss, vs):
            # "will explain how the team will pay for its $1.9 billion stadium", "if Portline told them, 'it will cost
            # a million dollars'": no one has said it
            return None
        if words_before and words_before[-1].casefold() == "as" and verb.endswith("ed"):
            # "..., as reported by the Velmar Herald": the agent reports the clause it closes
            agent = _AGENT.match(text, ve, se)
            if agent:
                return Frame("speech", agent.group(1), ve + agent.start(1), ss, se)
            # "As reported in the Velmar Herald, ...", "as reported in X’s monthly report": the publication, or the
            # document's publisher ("as reported in March" names no one)
            within = re.match(r"\s+in\s+(?=\S)", text[ve:se])
            frame = self._according_to(vs, ve + within.end(), ss, se) if within else None
            named = frame and (frame.publisher if frame.document else frame.kind == "speech" and is_capitalised(
                re.sub(r"^(?:the|a|an)\s+", "", frame.source, flags=re.I)))
            return frame if named else None
        if (verb.endswith("ed") or verb in _PARTICIPLES_NOT_IN_ED) and verb not in ("said", "told") and \
                _REDUCED_RELATIVE.match(text, ve, se) \
                and not _IN_DOCUMENT.match(text, ve, se) and not self._closing_report(ss, vs, ve, se):
            # "the rise in deaths announced in Velmar was 777", "fake IDs found in his wallet": a participle, not a report
            return None
        # "the port handled 40 ships, said Ruiz": the speaker after the verb
        bare = before.rstrip()
        while bare and bare.split()[-1].casefold() in AUXILIARIES:
            bare = bare[:bare.rstrip().rfind(" ")].rstrip() if " " in bare.strip() else ""
        if verb in REPORTING_VERBS and verb not in ("told", "tell", "tells") and (not bare.strip() or bare[-1] in ",”\"—–:") \
                and not self._after_aside(ss, ss + len(bare)):
            after = self._speaker_after(ve, se)
            if after and verb == "say" and (not plural(text[after[0]:after[1]]) or text.startswith(",", ve)):
                # "in one language, say Hindi, and ...", "preferences about, say, war and peace": "say" is "for
                # example" (a speaker agrees, with no comma: "say police")
                return None
            if after and not can_speak(text[after[0]:after[1]]):
                return None  # "Horner's algorithm, continued fractions for pretty ratios": a participle, no speaker
            if after:
                start, _ = self._backward(ss, after[0], quotes, vs)
                speaker, at = text[after[0]:after[1]], after[0]
                holder = _HOLDER_AFTER.match(text, after[1], se)
                if holder and speaker.split()[-1].islower() and person_like(holder.group(1).split()):
                    speaker, at, after = holder.group(1), holder.start(1), (holder.start(1), holder.end(1))
                # '..., said Tom Hale, who sailed 9 ferries': the relative clause is the paper's description of him; so
                # is an apposition ("said Taylor, ninth in the league with 1,202 yards"), which the frame leaves out
                # while it still reaches its sentence's end (a quotation after it goes on with the speaker)
                # ('"...," explained Ruiz, but in the process he lost 77 ETH': the writer's clause, not the speaker's)
                end = after[1] if _RELATIVE_AFTER.match(text, after[1], se) or _CONTRAST_AFTER.match(text, after[1], se) \
                    else se
                described = end == se and _DESCRIBED_AFTER.match(text, after[1], se)
                # ("Currently, said Dr. Ruiz, the director, there are 70 children": what follows the description is hers)
                hole = (after[1], description_end(text, after[1], se)) if described else None
                return Frame("speech", speaker, at, start, end, hole=hole)
        if words_before and words_before[-1].casefold() in _PASSIVE:
            return self._passive(ve, se)
        who = _NAMED_THEN_WHO.search(text, ss, vs) if verb in REPORTING_VERBS else None
        # "..., Jerry Feaser, who estimated his office went over": the name "who" stands for ("Baker, who believed" holds
        # a belief, which reports nothing)
        span = (who.start(1), who.end(1), who.start(1)) if who else self._subject_span(ss, vs) or self._shared_subject(ss, vs)
        if span is None:
            return None
        lo, hi, piece_lo = span
        source = text[lo:hi]
        if bare_infinitive(verb, source):
            return None  # "the court heard Hartley admit to ...": no one reports here
        if verb in COGNITION_VERBS and verb not in DOCUMENT_VERBS:
            if key(source.split()[-1]) in ("it", "this", "that", "i", "we") or any(qs < vs < qe for qs, qe in quotes):
                return None  # '"I think 50% is gone," said Okafor': inside a quotation, the speaker's report
            if surveyed_group(text[piece_lo:vs], text[ss:se])[0]:
                return None  # "46% of tenants aim to save $5,000": what a survey found, not a belief of its own
            # a belief covers its own clause ("he expected problems, but he has received 2 calls")
            stop = _CLAUSE_END.search(text, ve, se)
            return Frame("belief", None, lo, ve, stop.start() if stop else se)
        clause = text[max(ss, last_comma(text, ss, vs) + 1):vs]
        group = surveyed_group(text[piece_lo:vs], text[ss:se], clause) if verb in REPORTING_VERBS else (False, None)
        # the document may stand before the speaker-like words: "Figures released by the statistics office"
        # (not in the asides after them: "Ana Ruiz, who began the survey in 2019, said" is hers)
        piece = text[piece_lo:hi] if "," in text[hi:vs] else text[piece_lo:vs]
        document = document_in(source) or document_in(piece)
        if document and verb in REPORTING_VERBS and named_like_a_body(source, document):
            document = None  # "the geological survey said": an institution, not a document
        estimate = _PUT_AT.match(text, ve, se)
        # "..., the Labor Department found.": a finding that closes its clause is reported
        closes = verb in DOCUMENT_VERBS and text[ss:lo].rstrip().endswith(",") \
            and (self._after(verb, ve, se, needs_clause=False) or ("",))[0] == "end"
        # "Athena Advisers recorded a 40% increase": an organisation's own count
        counted = verb in ("record", "records", "recorded") and key(source.split()[-1]) in ORG_HEADS
        if verb not in REPORTING_VERBS and not document and not estimate and not closes and not counted:
            return None  # "the company found 40 buyers"; but "officials put the death toll at 42" reports
        if not document and not group[0] and not can_speak(source):
            return None  # "coronavirus deaths reported ...": not someone who reports
        after = self._after(verb, ve, se, needs_clause=not (document or estimate or counted))
        if after is None or verb in QUOTING_VERBS and after[0] != "quote":
            return None
        start, end = self._scope(after[0], ss, se, lo, after[1], quotes)
        if after[0] == "end" and after[1] > ve:
            end = after[1]  # '"...," Clinton told a crowd at the 2,210-seat hall': where he told it is the writer's
        if after[0] == "clause" and (who or re.search(r",\s*(?:which|who|whom)$", text[ss:piece_lo].rstrip())):
            # "spending, which the institute says will reach $2 billion, trails ...", "Ana Ruiz, who said the port handled
            # 40 ships, left": the relative clause only
            comma = text.find(",", ve, se)
            end = comma if comma > 0 else end
        if after[0] == "clause" and not re.match(r"\s+that\b", text[ve:ve + 6]):
            # "Canada reports GDP growth, and the U.S. releases two indicators": another subject's clause
            other = _OTHER_SUBJECT.search(text, ve, end) or _OWN_ACT.search(text, ve, end)
            end = other.start() if other else end
        if _SUBORDINATE.search(text, ss, lo):
            # "when the mayor announced a charge, compliance was 39%", "When he announced his side ..., Keegan had
            # only 10 names": the frame ends with its own clause
            comma = next_comma(text, ve, end)
            end = comma if comma > 0 else end
        hole = (ve, after[1]) if after[1] > ve else None
        medium = _MEDIUM.match(text, ve, se) if after[0] in ("end", "comma") else None
        if medium:  # "wrote in a 91-page dissent": the writer's words for the medium, and for what
            # describes it after a comma ("..., more than three times as long as the ruling")
            describes = _DESCRIBES_MEDIUM.match(text, medium.end(), se)
            hole = (ve, se if describes else medium.end())
        if group[0]:
            publisher = publisher_in(text[ss:se]) or self.documents.only_one_near(vs)
            return Frame("survey", None, lo, ss, end, group[1], (piece_lo, vs), publisher)
        if document:
            return self._document_frame(piece, document, lo, start, end)
        return Frame("speech", source, lo, start, end, hole=hole)

    def _closing_report(self, ss: int, vs: int, ve: int, se: int) -> bool:
        """"..., the health ministry reported on Tuesday.": a speaker after a comma and a verb whose adjunct
        ends the sentence report the clause before them (unlike "deaths reported on Tuesday rose")."""
        rest = self.text[ve:se]
        adjunct = _ADJUNCT.match(rest)
        return bool(adjunct and re.match(r"\s*(?:[.!?]|$)", rest[adjunct.end():])
                    and _CLOSING_SPEAKER.search(self.text, ss, vs))

    def _after_aside(self, ss: int, comma: int) -> bool:
        """"Roberts, joined by three justices, said the ...": the verb follows an aside after its
        speaker, so what follows it is what was said, not who said it."""
        if self.text[comma - 1:comma] != ",":
            return False
        opening = last_comma(self.text, ss, comma - 1)
        return opening >= 0 and is_aside(self.text[opening + 1:comma - 1].strip()) \
            and ends_in_name(self.text, (ss, opening))

    def _shared_subject(self, ss: int, vs: int) -> tuple[int, int, int] | None:
        """"The government released 300 million pesos and said ...": the subject of the sentence's first
        verb speaks for the second one too."""
        if not re.search(r"\sand\s+$", self.text[ss:vs]):
            return None
        opening = _OPENING_SUBJECT.match(self.text, ss, vs)
        return (opening.start(1), opening.end(1), ss) if opening else None

    def _document_frame(self, phrase: str, document: str, at: int, start: int, end: int) -> Frame:
        owner = re.search(rf"\b(his|her)\s+(?:own\s+|latest\s+|new\s+)?{document}\b", phrase, re.I)
        if owner:  # "Her own research shows": the person she is, found like a "she said"
            return Frame("speech", "he" if owner.group(1).casefold() == "his" else "she", at, start, end)
        publisher = publisher_in(phrase) or released_by(phrase)
        definite = re.search(rf"{_DEFINITE.pattern}(?:[\w’'-]+\s+){{0,3}}{document}\b", phrase, re.I)
        if publisher is None and document in PUBLISHED_DOCUMENTS and definite \
                and not re.search(r"\b(?:19|20)\d\d\s+[A-Z]", phrase):
            # "the survey found": the one named before; "the 2021 HITS survey" is one of its own
            publisher = self.documents.last_before(at)
        if publisher is None and document in SELF_SOURCED and not re.search(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}{document}\b",
                                                                             phrase):
            # "according to an affidavit unsealed in court": the affidavit; "her campaign's memo" is someone's
            publisher = document
        if publisher is None and document in _PAPERS_NAMED_AS_SOURCES and (papers := _PAPERS.fullmatch(phrase.strip())):
            publisher = papers.group(1)  # "according to court records": the records, as labellers name them
        titled = re.search(rf"\b(?:19|20)\d\d\s+([A-Z]{{2,8}})\s+{document}\b", phrase)
        if publisher is None and titled:  # "The 2021 HITS survey found": the survey the acronym names
            publisher = titled.group(1)
        return Frame("document", publisher, at, start, end, publisher=publisher, document=document)

    def _according_to(self, vs: int, ve: int, ss: int, se: int) -> Frame | None:
        text = self.text
        # X is a noun phrase: "according to my scanner to take 35 steps" stops before the infinitive, and at a dash
        # typed as hyphens ("according to some economists -- such as ...") (and not at a title's full stop: "according
        # to Lt. Ana Ruiz", nor a website's: "according to mappingpoliceviolence.org")
        stop = re.search(r"[,;:!?“”\"()—–]|\s--?\s|(?<!\b[A-Z])(?<!\b(?:Lt|Dr|Mr|Ms|St|Sr|Jr|Co))(?<!\b(?:Sgt|Col|Gen|Det|Mrs|Maj|Gov|Sen|Rep))(?<!\bCapt)\.(?![a-z])|\s(?:who|which|that|when|while|as|to\s+[a-z]+|and\s+(?:the|a|an)\s+[a-z]+\s+(?:said|says)|"
                         r"and\s+(?=\$?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)|"  # "... and two deaths every hour"
                         r"(?:published|released|issued|obtained|seen|filed|dated|taken|conducted)\b(?![^,;]*\bby\b))\b",
                         text[ve:se])
        hi = ve + stop.start() if stop else se
        phrase = text[ve:hi].strip()
        if not phrase or _IN_A_MANNER.search(text, max(ss, vs - 20), vs):
            return None  # "conduct according to Sharia", "acted according to plan": a manner, not a source
        lo = ve + text[ve:hi].find(phrase)
        named = _NAME_AFTER_ROLE.match(text, hi, se)
        if named and person_like(named.group(1).split()) and any(key(w) in TITLES for w in phrase.split()):
            # "according to Vernal Heights Chief of Police, Gregory Moore, ...": the person who holds the office
            phrase, lo = named.group(1), named.start(1)
        at_start = not text[ss:vs].strip(" \"“‘(")
        start, end = (ve, se) if at_start else (ss, se)
        dashes = [m.end() for m in re.finditer(r"\s[-–—]\s", text[ss:vs])]
        if not at_start and len(dashes) % 2:
            # "The plan added $300 million - raising funding 5.4%, according to X": X's is the clause after
            # the one dash (a pair of dashes sets off an aside, which the frame covers)
            start = ss + dashes[-1]
        earlier = text.rfind("according to", ss, vs)
        if not at_start and earlier >= 0:
            # "killing 10,000, according to the ministry, and displacing 1.5 million, according to the UN":
            # the second covers what follows the first
            comma = text.find(",", earlier, vs)
            start = comma + 1 if comma >= 0 else start
        if paper := paper_of(phrase):  # "according to a 2010 Harbour Times profile": the paper's word
            return Frame("document", paper, lo, start, end, publisher=paper, document="article")
        document = document_in(phrase)
        if document:
            return self._document_frame(phrase, document, lo, start, end)
        if not can_speak(phrase):
            return Frame("document", None, lo, start, end)  # "according to new benchmarking with ..."
        # "107 cases, according to X": X closes the clause before it ("... and according to X, ..." opens one)
        return Frame("speech", phrase, lo, start, end, closing=text[ss:vs].rstrip().endswith(","))

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
        if released := released_span(text, ss, vs):
            return (*released, ss)  # "Velmar Sports released a survey that found": the survey's publisher
        clause = self._last_piece(ss, vs)
        piece = text[clause:vs]
        if piece.strip():
            found = self._piece_speaker(clause, vs)
            if found is None and surveyed_group(piece, text[ss:vs])[0]:  # "Of the 1,000 tenants polled, 380 said"
                lo = clause + len(piece) - len(piece.lstrip())
                return lo, lo + len(piece.strip()), clause
            return (*found, clause) if found else None
        end = last_comma(text, ss, vs)
        while end > ss:
            comma = last_comma(text, ss, end)
            piece = text[comma + 1 if comma >= 0 else ss:end]
            if comma >= 0 and (is_aside(piece.strip()) or self._place_completed(ss, comma, piece)):
                end = comma
                continue
            lo = self._last_piece(ss, end)
            found = self._piece_speaker(lo, end)
            # a name ("Ana Ruiz, who ..."), or a noun phrase that is the whole clause so far ("The ministry, which ...")
            # ("A 1992 Louis Harris poll, for example, found": an article and a year before it)
            whole = found and _BEFORE_WHOLE.fullmatch(text, lo, found[0])
            return (*found, lo) if found and (ends_in_name(text, found) or whole) else None
        return None

    def _place_completed(self, ss: int, comma: int, piece: str) -> bool:
        """"Ana Ruiz, a clerk in Ostrava, Velmar province, said": the piece completes the place that
        ends the aside before it, and the speaker is the name before both."""
        return bool(_PLACE.fullmatch(piece.strip()) and _IN_PLACE.search(self.text, ss, comma))

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
            if words and (words[-1].casefold() in AUXILIARIES or ADVERB.fullmatch(words[-1])
                          or len(words) > 1 and words[-1] in ("there", "here")):  # "labor officials there said"
                trimmed = trimmed[:trimmed.rfind(words[-1])].rstrip()
                continue
            tail = _TIME_TAIL.search(trimmed)
            if tail and tail.start() > 0:
                trimmed = trimmed[:tail.start()].rstrip()
                continue
            break
        found = speaker_before(word_spans(self.text, lo, lo + len(trimmed)), self.text[max(0, lo - 8):lo].rstrip().endswith(","))
        relative = found and _WHO_BEFORE.search(self.text, lo, found[0])
        if relative and relative.start() > lo:
            return self._piece_speaker(lo, relative.start())  # "The family who lives at the house said": the family
        return found

    def _speaker_after(self, ve: int, se: int) -> tuple[int, int] | None:
        """"..., said Deputy Commissioner Ana Ruiz on Monday." -> the name's span, if a boundary follows it."""
        tokens = word_spans(self.text, ve, se)
        taken = []
        for start, end, word in tokens:
            k = key(word)
            if taken and re.search(r"[“\"]", self.text[taken[-1][1]:start]) and \
                    not re.match(r"[\w.'’-]+[”\"] [A-Z]", self.text[start:start + 40]):
                break  # 'said the exec. "That’s nuts!': a new quotation, not the name going on
            if not taken and k in DETERMINERS and not word[:1].isdigit():
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
            nickname = self.text[start - 1:start] in ("“", '"') and re.match(r"[”\"] [A-Z]", self.text[end:end + 3])
            if not nickname and re.match(r"[,.;:!?”\"]", self.text[end:end + 1] or "."):
                break  # (a nickname in quotes goes on to the surname: 'Armando “AJ” Ruiz')
        while taken and key(self.text[taken[-1][0]:taken[-1][1]]) in ("of", "for", "and", "the"):
            taken.pop()
        if not taken:
            return None
        hi = taken[-1][1]
        follows = re.sub(r"^\s+[’'‘]\d{2}\b", "", self.text[hi:se])  # "said Gay Walker ’69, ...": her class
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
        in_document = _IN_DOCUMENT.match(rest)
        if in_document and re.match(r"\s+(?:a|an|the|some|\$?\d)\b", rest[in_document.end():]):
            return "clause", ve  # "noted in its report a 159% increase": what the report holds
        adjunct = _ADJUNCT.match(rest)
        tail = rest[adjunct.end():].lstrip() if adjunct else rest.lstrip()
        if not tail or tail[0] in ".;!?)”\"—–":
            return "end", ve
        if tail[0] == ",":
            return "comma", ve
        if verb.startswith("claim") and _CLAIMED_A_THING.match(tail):
            return None  # "claimed a hat-trick", "claimed 32 lives": a prize or lives taken, not a claim made
        if needs_clause and verb in _NEEDS_CLAUSE and not re.match(r"(?:that\b|:)", tail) and \
                not (verb in ("found", "finds") and _BARE_CLAUSE.match(tail)):
            # "added 300 jobs", "confirmed 12 cases": an object, not a report ("found marketing automation can drive
            # a 14.5% increase": a finding whose "that" is left out)
            return None
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
    return source.casefold() in PRONOUNS
