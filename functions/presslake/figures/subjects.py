"""Whom a figure is about: the noun phrase the sentence says it of, or None when it does not say.

The subject of the clause that states the figure ("The Russian military had lost 62,400 soldiers",
"The average cable bill is $75", "Output increased 2.61 percent": a quantity the clause is about is
its subject, as the d1 round's blind labels give it), "losses of the North Korean army ... amount
to", "983 soldiers of the (Russian) army", "62% of farmers" (a surveyed group). A document reports
figures and a speaker announces them: neither owns them ("The update listed 14 tanks").
"""

from __future__ import annotations

import re


from presslake.figures.lexicons import DOCUMENTS, FUNCTION_WORDS
from presslake.figures.lazy import LazyPattern

_NOT_SUBJECTS = {"it", "this", "that", "he", "she", "they", "we", "i", "you", "there", "which", "who", "these",
                 "those", "its", "their", "his", "her", "our", "what", "some", "many", "most", "all", "each", "one"}
# the common reporting verbs: a clause's subject does not start with one
_REPORTING = (r"said|says|say|added|adds|reported|reports|claimed|claims|estimated|estimates|announced|announces|"
              r"stated|states|told|noted|notes|wrote|confirmed|confirms|declared|insisted|warned")
# up to four words opening a clause: "the" or a capitalised word first, no auxiliary verb
_SUBJECT_WORD = (rf"(?!(?:had|has|have|was|were|is|are|and|or|but|that|on|in|at|for|from|by|with|last|earlier|"
                 rf"later|during|after|before|since|until|under|over|into|{_REPORTING})\b)[\w’'().-]+")
# (a capitalised preposition opens no subject: "During the boom it rose to 70 percent")
_SUBJECT = (rf"(?:[Tt]he\s+|(?!(?:During|After|Before|Since|In|On|At|For|From|By|With|Under|Over|Until)\b)(?=\(?[A-Z]))"
            rf"(?:{_SUBJECT_WORD}\s+){{0,3}}{_SUBJECT_WORD}")
_OWNING_VERBS = (r"(?:had|has|have)\s+(?:lost|spent|killed|recorded|reported|counted|received|raised|paid|"
                 r"destroyed|deployed|earned|cut)|lost|loses|lose|spent|spends|killed|recorded|received|"
                 r"raised|paid|destroyed|deployed|earned|cut|counts|counted|has|had|owns|employs|employed|"
                 # a past tense the clause's subject did: "The port handled 40 ships", "Ferries ran 30 trips"
                 # (not a report: "Federal prosecutors announced three arrests" names a source, not an owner)
                 rf"(?!{_REPORTING}|announced|confirmed)[a-z]+ed|ran|took|won|made|sold|bought|built|carried|"
                 r"shipped|held|hit|shot|"
                 # a state the subject is in: "The average cable bill is $75", "The economy grew by 3.2 percent"
                 r"is|was|are|were|stands\s+at|stood\s+at|grew|rose|fell|receives|pays|costs|earns|makes|holds|"
                 r"comprise|comprises|represents|accounts\s+for|accounted\s+for|runs|has\s+been|had\s+been")
# "The Russian military had lost 62,400 soldiers": the phrase that opens the clause, then the verb.
_CLAUSE_TO_FIGURE = (rf"(?P<subject>{_SUBJECT})(?:\s+(?:on|in|at|last|this|earlier|later)\s+[\w-]+)?"
                     rf"\s+(?:{_OWNING_VERBS})\s+(?:\w+\s+){{0,2}}$")
_SUBJECT_BEFORE_VERB = LazyPattern(rf"(?:^|[,;:]\s+|\bthat\s+){_CLAUSE_TO_FIGURE}")
# the same within the last characters of a long sentence, where the window's start is no clause start
_SUBJECT_IN_WINDOW = LazyPattern(rf"(?:[,;:]\s+|\bthat\s+){_CLAUSE_TO_FIGURE}")
_WINDOW = 160  # a clause's subject, its verb and two words fit in this many characters before a figure
# "losses of the North Korean army ... amount to": what the figure's noun belongs to
_OF_BEFORE = LazyPattern(r"\b(?:losses|loss|casualties|spending|budget|debt|revenue|exports|imports|troops|"
                        r"soldiers|staff|population)\s+of\s+(?P<subject>the\s+(?:\(?[A-Z][\w’'.-]*\)?\s+){0,4}"
                        r"[\w’'.-]+)")
# "983 soldiers of the (Russian) army" (a named owner: "31.7% of the vote" is a share, not an owner)
_OF_AFTER = LazyPattern(r"^\s+of\s+(?P<subject>the\s+(?:\(?[A-Z][\w’'.-]*\)?\s+){1,3}\(?[\w’'.-]+\)?)")
# "62% of farmers", "41% of respondents": a share of a group of people or things that answer
_SHARE_OF = LazyPattern(r"^\s+of\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?(?P<subject>[a-z][\w-]*s)\b(?!\s+of\b)")
# "Velmar's grain harvest": the owner of a quantity
_POSSESSOR = LazyPattern(r"^(?:[Tt]he\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s")


_OPENERS = LazyPattern(r"^(?:while|when|if|although|though|because|as|after|before|since|unless|whereas|once|but|and|"
                      r"so|yet|meanwhile)\s+", re.I)
_ADVERBS = LazyPattern(r"(?:\s+(?:[a-z]+ly|now|also|still|already|then|just|only|even|too|again|once))+$")
# a share of a group that answers: "62% of farmers said", "41% of respondents in the survey"
_ANSWER_AFTER = LazyPattern(r"(?:\s+(?:who|that)\s+[\w-]+)?\s+(?:said|say|says|told|reported|think|thought|believe|"
                            r"believed|want|wanted|plan|planned|support|supported|oppose|opposed|agree|agreed|expect|"
                            r"expected|prefer|preferred|would|will)\b")
_SURVEYED = LazyPattern(r"\b(?:polled|surveyed|questioned|respondents|survey|poll)\b")


def _clean(phrase: str) -> str:
    """A subject without the subordinator before it or an adverb after it ("While Velmar",
    "Portline reportedly", "The company now")."""
    phrase = _ADVERBS.sub("", _OPENERS.sub("", phrase.strip(" ,.;:\"“”")))
    return phrase


def subject_of(text: str, char_start: int, char_end: int, sentence_start: int, kind_is_percent: bool) -> str | None:
    return _whole(_candidate(text, char_start, char_end, sentence_start, kind_is_percent))


def _candidate(text: str, char_start: int, char_end: int, sentence_start: int, kind_is_percent: bool) -> str | None:
    before = text[sentence_start:char_start]
    if len(before) > _WINDOW:
        before = before[-_WINDOW:]
        match = _SUBJECT_IN_WINDOW.search(before)
    else:
        match = _SUBJECT_BEFORE_VERB.search(before)
    if match:
        subject = _clean(match.group("subject"))
        if subject.casefold().split()[-1] not in DOCUMENTS:
            return subject
    owners = list(_OF_BEFORE.finditer(before))
    if owners:  # the nearest one before the figure
        return _clean(owners[-1].group("subject"))
    after = text[char_end:char_end + 80]
    named = _OF_AFTER.match(after)
    if named:
        return _clean(named.group("subject"))
    if kind_is_percent:
        share = _SHARE_OF.match(after)
        if share and not share.group("subject").endswith("ss") and (
                _ANSWER_AFTER.match(after, share.end()) or _SURVEYED.search(text, max(sentence_start, char_start - 400), char_end + 200)):
            return share.group("subject")
    return None


def _whole(subject: str | None) -> str | None:
    """A subject that names an owner, or None: no trailing verb ("the General Assembly is"), no bare
    determiner or pronoun ("The", "its"); a quantity ("the wage gap", "Velmar's grain harvest") gives
    its possessor if it has one."""
    if subject is None:
        return None
    words = subject.split()
    while words and words[-1].casefold() in FUNCTION_WORDS | {"being"}:
        words.pop()
    if not words or all(w.casefold() in FUNCTION_WORDS or w.casefold() in _NOT_SUBJECTS for w in words):
        return None
    return " ".join(words)
