"""What a number with no noun of its own counts, from the words around it: a noun named before it
("the death toll rose to 47", "a staff of nine", "a mother of four"), the verb before it ("killing at
least 13", "sold 2 million"), the header of a table's column, or an earlier count it stands for ("the
last three", "will lose two."). Also the sentence and the paragraph's earlier counts these read."""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from presslake.figures.numbers import _Atom
from presslake.figures.record import Figure
from presslake.figures.text import _is_plural_noun, _window, singular
from presslake.figures.vocabulary import _GROUP_NOUNS
from presslake.lazy_regex import LazyPattern

# a table flattened into text: "By changesets Herbert Dürr 63 16.6%", a count and then its share
_SHARE_AFTER = LazyPattern(r"\s+\d+(?:\.\d+)?\s?%")
_TABLE_HEADER = LazyPattern(r"\b[Bb]y (?:[a-z]+ )?([a-z]+s)\b")
# a table's column of scores ("Rank | State | Score"): its cells measure points
_SCORE_HEADERS = {"score": "point", "scores": "point", "points": "point", "rating": "point", "index": "point",
                  "total score": "point", "overall score": "point", "index score": "point"}
_CELL_REACH = 120  # characters to the nearest "|" of a number's cell
_LINE_REACH = 2000  # characters read for a table row's line
# a rate per head: "31 per 100,000 people", "from 31 to 48 per 100,000", "3.8 vs. 8.1 per 100,000"; "the rate of crimes ... is now 41.5"
_PER_HEAD_AFTER = LazyPattern(r"(?:\s*(?:to|and|-|–|vs\.?|versus|compared with)\s*[\d.,]+)?\s+per\s+(?:100,000|100 000|100k|10,000|1,000|"
                              r"1000|100,000,000|million|capita)\b", re.I)
_RATE_BEFORE = LazyPattern(r"\brates?\b[^.;]*\bper\s+(?:100,000|100 000|10,000|1,000|million|capita)\b[^.;]*$|"
                           r"\brates?\s+of\s+$", re.I)
_RATE_NOUN = LazyPattern(r"\b(cases|infections|deaths|admissions|hospitali[sz]ations|births|crimes|offences|offenses|"
                         r"homicides|murders|arrests|injuries|fatalities)\b", re.I)
_RATE_REACH = 1500  # characters read back for a rate's noun
# "the number of deaths ... was 777", "claims had topped 6 million": the counted noun comes first
_NUMBER_OF = LazyPattern(r"\b(?:(?:number|total|tally|count) of|(?:rise|increase|drop|fall|decline) in)\s+"
                         r"(?:([\w-]+)\s+)?([a-z]+s|people|children|men|women)\b", re.I)  # ("COVID-19 infections")
_NOUN_THEN_VERB = LazyPattern(
    r"\b([a-z]+)(?:\s+(?:across|in|at|on|among|nationwide)(?:\s+(?:the\s+)?[A-Za-z'’-]+){0,2})?"  # "cases across India"
    r"\s+(?:(?:has|have|had|were|was)\s+)?(?:topped|reached|hit|exceeded|surpassed|crossed|passed|totall?ed|"
    r"numbered|stood at|(?:rose|fell|climbed|dropped|grew|increased|decreased|declined|jumped|slipped|plunged|soared|"
    r"surged|edged\s+(?:up|down)|shrank|swelled)(?:\s+(?:by|to|from))?)\s+(?:[\w,.$%]+\s+){0,3}$", re.I)
# "the client base increased to 1,000-plus", "its user base has reached 2 million": a base of clients counts clients
_BASE_THEN_VERB = LazyPattern(r"\b(user|client|customer|subscriber|member|reader|listener|viewer|fan|donor|player|patient)"
                              r"\s+base\s+(?:(?:has|have|had|now)\s+)?(?:grown|grew|rose|risen|increased|reached|topped|hit|"
                              r"swelled|climbed|jumped|surpassed|passed|exceeded|stood at|stands at|numbers|numbered)"
                              r"(?:\s+(?:to|at))?\s+(?:[\w,.$%]+\s+){0,2}$", re.I)
# a line that opens with a label in the plural and a colon: "US deaths: At least 593", "Losses: 62,400", "Jobs
# created: 1,400" (not an indented line of code: "        Expires: 0")
_LABEL_BEFORE = LazyPattern(r"(?:[\w.'’-]+\s+){0,3}?([A-Za-z]+s)(?:\s+[a-z]+ed)?\s*:\s*(?:(?:more|less|fewer)\s+than\s+|at\s+(?:least|most)\s+|"
                            r"(?:over|about|around|nearly|almost|roughly|approximately|some|up\s+to|under)\s+)?$", re.I)
# "four from Kenya", "nine that applied", "the remaining six": a number standing for a noun used before it
_STANDS_BEFORE = LazyPattern(r"(?:\b(?:remaining|all but|another|other|only|just|and|but|while|from|including|out of|"
                             r"compared to|compared with|against|versus)|[,:;]|\bthe\s+(?:last|first|final|next|top|"
                             r"latter|former|previous))\s*$", re.I)
# "the last three": a number word that reaches back past its own sentence for its noun
_REACHING_BACK = LazyPattern(r"\bthe\s+(?:last|first|final|next|top|other|remaining|latter|former|previous)\s+$", re.I)
# "Ohio also will lose two.": a number word that ends its sentence as a verb's object reaches back too
_OBJECT_BEFORE = LazyPattern(r"\b(?:los[et]|loses|gain(?:s|ed)?|add(?:s|ed)?|get|gets|got|ha[sd]|have|w[io]n|wins|"
                             r"need(?:s|ed)?|take[ns]?|took|keep(?:s)?|kept)\s+$", re.I)
# "Two of them were ...", "Seven of those": a part of the count before
_PARTITIVE_AFTER = LazyPattern(r"\s+of\s+(?:them|those|these)\b", re.I)
# "There are seven in Paris": a part, by place, of the count before
_IN_A_PLACE = LazyPattern(r"\s+in\s+(?!The\b)[A-Z][a-z]")
_SENTENCE_END = LazyPattern(r"\s*[.!?]")
# "killing at least 13", "sold about 2 million": the verb says what a number with no noun counts
_COUNTING_VERB_BEFORE = LazyPattern(r"\b(kill(?:s|ing|ed)|injur(?:es|ing|ed)|wound(?:s|ing|ed)|sold|sell(?:s|ing)?|"
                                    r"ship(?:s|ped|ping))\s+(?:(?:at least|more than|over|about|around|some|nearly|"
                                    r"almost|up to|roughly|an estimated)\s+)?$", re.I)
_PARALLEL = LazyPattern(r"\s*,?\s*(?:and|while|but)\s+[a-z]+\s+(?:(?:at least|more than|over|about|around|some|"
                        r"nearly|almost|up to|roughly|an estimated)\s+)?", re.I)
_VERB_UNITS = {"kill": "killed", "inju": "injured", "woun": "wounded"}
# "the death toll rose to 47": the toll counts deaths
_TOLL = LazyPattern(r"\b(death|casualty|injury|fatality|case|vote|medal)\s+(?:toll|count|tally)\s+(?:(?:[\w,.]+\s+){0,4}|"
                    r"(?:[\w'’-]+\s+){0,12}?(?:(?:has|had|have)\s+)?(?:rose|risen|rises|climbed|climbs|jumped|jumps|"
                    r"reached|reaches|hit|hits|soared|increased|grew|stood|stands)\s+(?:to|at)\s+|"
                    r"(?:[\w'’-]+\s+){0,12}?(?:exceeds|exceeded|passed|passes|topped|tops|surpassed|surpasses|crossed|"
                    r"crosses)\s+)$", re.I)
# (the toll's verb may stand far from it: "the death toll from the strike on the mosque in the city has risen to 21")
# "a staff of nine"
_GROUP_OF = LazyPattern(rf"\b(?:an?|the|its|their|his|her|our|your|my)\s+(?:[a-z-]+\s+)?({'|'.join(_GROUP_NOUNS)})\s+of\s+"
                        r"(?:(?:about|around|approximately|roughly|some|nearly|almost|just|only|more than|over|at least|"
                        r"up to)\s+)?$", re.I)  # ("a population of approximately 3 million")
# "a city of 42,000", "a town of about 9,000": a place's size is its people
_SETTLEMENT_OF = LazyPattern(r"\b(?:an?|the)\s+(?:[a-z-]+\s+)?(?:city|town|village|hamlet|suburb|borough|township|county|"
                             r"nation|country|state|island|community|municipality)\s+of\s+(?:(?:about|around|"
                             r"approximately|roughly|some|nearly|almost|just|only|more than|over|at least)\s+)?$", re.I)
# "a GPA of 3.4", "a test score of 21", "a rating of 4.5", "an IQ of 59", "a score of less than 70": the level a score
# noun names
_LEVEL_OF = LazyPattern(r"\b(?:an?|the|its|their|his|her|our)\s+(?:[\w-]+\s+){0,3}?(GPA|score|rating|IQ)\s+of\s+"
                        r"(?:(?:about|around|approximately|roughly|nearly|almost|just|only|at least|over|up to|"
                        r"(?:less|more|fewer) than|under|below|above)\s+)?$", re.I)
# "a mother of four": four children
_PARENT_OF = LazyPattern(r"\b(?:mother|father|parent|mom|mum|dad)s?\s+of\s+$", re.I)
_STANDS_AFTER = LazyPattern(r"\s*(?:others\b|from|of whom|of which|of them|of those|of these|that|who|which|were|are|was|have|had|remain\w*|"
                            r"did|will|would|could|survived|died|returned|recovered|[,.;:)]|$)", re.I)
_COMPOUND_COUNT = LazyPattern(r"\d-[a-z]+$")
_THE_BEFORE = LazyPattern(r"\bthe\s+$", re.I)
_LIMITING_GAP = LazyPattern(r"\s*(?:under|over|aged|of)\s*", re.I)


class Sentence(NamedTuple):
    start: int
    end: int
    text: str
    paragraph_start: int


class EarlierCounts:
    """The paragraph's last count, and last count or measure, so far: what a bare number may stand for
    (see _noun_stood_for). Each is kept with the last one the text introduces rather than refers back
    to ("the three ports"), so that a number looks at two figures, not at all the paragraph's."""

    def __init__(self) -> None:
        self.count: Figure | None = None
        self.count_introduced: Figure | None = None
        self.measured: Figure | None = None  # a count or a measure
        self.measured_introduced: Figure | None = None

    def add(self, figure: Figure, text: str) -> None:
        if not figure.unit or figure.kind not in ("count", "measure") or \
                figure.kind == "count" and _COMPOUND_COUNT.search(figure.text):
            return  # ("the 19-member euro zone": a count inside a name's modifier, which no later number stands for)
        introduced = not _THE_BEFORE.search(text[max(0, figure.char_start - 5):figure.char_start])
        self.measured = figure
        if introduced:
            self.measured_introduced = figure
        if figure.kind == "count":
            self.count = figure
            if introduced:
                self.count_introduced = figure


def _pronoun_before_verb(text: str, atom: _Atom, noun_from: int, unit_end: int) -> bool:
    """'The two work together', 'the three agree': "the" and a number word greater than one, then a
    singular word, which is a verb: the number stands for people or things named before."""
    if not atom.is_word or atom.value <= 1 or atom.has_scale or not _THE_BEFORE.search(text, max(0, atom.start - 5),
                                                                                       atom.start):
        return False
    word = text[noun_from:unit_end].strip()
    return word.isalpha() and word.islower() and " " not in word and not _is_plural_noun(word)


def _parallel_to_earlier(text: str, atom: _Atom, sentence: Sentence, earlier: EarlierCounts) -> bool:
    """'killing 42 people and injuring more than 300': the number takes the noun of the count in the
    phrase it is joined to, not its verb's."""
    last = earlier.count
    return last is not None and last.char_start >= sentence.start and last.unit not in _VERB_UNITS.values() and \
        _PARALLEL.fullmatch(text, last.char_end, atom.start) is not None  # ("killed 7 and wounded 30": its own verb)


def _verb_before(before: str) -> str | None:
    """'killing at least 13', 'sold about 2 million': a number with no noun after a verb that says what
    it counts (the people killed, the units sold)."""
    if not (verb := _COUNTING_VERB_BEFORE.search(before)):
        return None
    return _VERB_UNITS.get(verb.group(1).lower()[:4], "unit")


def _table_column(text: str, atom: _Atom, end: int, paragraph_start: int) -> str | None:
    """A count followed by its share ("Herbert Dürr 63 16.6%") in a table flattened into a paragraph:
    the noun of the nearest "By changesets" header before it."""
    if not _SHARE_AFTER.match(text, end):
        return None
    starts, nouns = _table_headers(text, paragraph_start)
    index = bisect.bisect_left(starts, atom.start)
    return nouns[index - 1] if index else None


# a table's row flattened into a line: its label, ending in a plural noun, then three numbers or more
# ("Buildings 3435 3056 8370 40734", "Residential Areas 90 188 211")
_ROW = LazyPattern(r"(?:[A-Z][a-z]+[ \t]+){0,2}([A-Z]?[a-z]+s)(?:[ \t]+\d+(?:,\d{3})*(?:\.\d+)?%?){3,}[ \t]*")
_ROW_REACH = 300  # characters in a line that may be a table's row


def _row_label(text: str, start: int, end: int) -> str | None:
    """A number in a table's row whose label names what each cell counts: the label's noun."""
    line_start = text.rfind("\n", max(0, start - _ROW_REACH), start) + 1
    line_end = text.find("\n", end, end + _ROW_REACH)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > _ROW_REACH or not text[line_start:line_start + 1].isupper():
        return None
    row = _ROW.fullmatch(text, line_start, line_end)
    return singular(row.group(1).lower()) if row and _is_plural_noun(row.group(1).lower()) else None


def _score_column(text: str, start: int, end: int) -> str | None:
    """'Rank | State | Score' over '1 | Oakvale | 81.5': a number that fills a cell of a table whose column
    header names a score or a rating measures points; the unit, or None for any other cell."""
    if text.rfind("|", max(0, start - _CELL_REACH), start) < 0 and text.find("|", end, end + _CELL_REACH) < 0:
        return None  # no cell near the number (and no scan of a long line for one)
    newline = text.rfind("\n", max(0, start - _LINE_REACH), start)
    line_end = text.find("\n", end, end + _LINE_REACH)
    if newline < 0 < start - _LINE_REACH or line_end < 0 < len(text) - end - _LINE_REACH:
        return None  # a line this long is no table's row
    line_start, line_end = newline + 1, len(text) if line_end < 0 else line_end
    cell_start = text.rfind("|", line_start, start) + 1 or line_start
    cell_end = text.find("|", end, line_end)
    if text[cell_start:start].strip() or text[end:line_end if cell_end < 0 else cell_end].strip() or \
            "|" not in text[line_start:line_end]:
        return None  # not a whole cell of a row with cells
    header = _pipe_header(text, line_start)
    cells = header.split("|") if header else []
    column = text.count("|", line_start, start)
    return _SCORE_HEADERS.get(cells[column].strip().lower()) if column < len(cells) else None


def _pipe_header(text: str, line_start: int) -> str | None:
    """The first line of the run of '|' lines that the line at line_start ends (a table's header), when it
    has no digits. Each line's answer is kept for the text, so a table of n rows is read once, not n times."""
    known, walked = _headers_of(text), []
    while line_start not in known:
        previous = _line_before(text, line_start)
        if previous is None or "|" not in text[previous:line_start]:
            header_end = text.find("\n", line_start, line_start + _LINE_REACH)
            header = text[line_start:header_end if header_end >= 0 else line_start + _LINE_REACH]
            known[line_start] = None if any(c.isdigit() for c in header) else header
            break
        walked.append(line_start)
        line_start = previous
    for line in walked:
        known[line] = known[line_start]
    return known[line_start]


@functools.lru_cache(maxsize=4)
def _headers_of(text: str) -> dict[int, str | None]:
    """The table headers found so far in `text`, by the start of each row's line."""
    return {}


def _line_before(text: str, line_start: int) -> int | None:
    """Where the line before the one at line_start starts; None at the text's start or past a line too long
    for a table's row."""
    if not line_start:
        return None
    newline = text.rfind("\n", max(0, line_start - 1 - _LINE_REACH), line_start - 1)
    if newline >= 0:
        return newline + 1
    return 0 if line_start - 1 <= _LINE_REACH else None


@functools.lru_cache(maxsize=32)
def _table_headers(text: str, paragraph_start: int) -> tuple[list[int], list[str]]:
    """Where the paragraph's "By <noun>" headers start, and their nouns (one scan per paragraph)."""
    paragraph_end = text.find("\n", paragraph_start)
    headers = list(_TABLE_HEADER.finditer(text, paragraph_start, paragraph_end if paragraph_end >= 0 else len(text)))
    return [h.start() for h in headers], [singular(h.group(1)) for h in headers]


def level_named_before(before: str) -> str | None:
    """'a minimum GPA of', 'an ACT score of': the score noun whose level the number is."""
    return level.group(1).lower() if (level := _LEVEL_OF.search(before)) else None


def _noun_named_before(before: str) -> str | None:
    """'The number of deaths ... was', 'claims had topped', 'a staff of', 'the death toll rose to', 'a mother
    of', 'the client base increased to': the counted noun said before the number."""
    if group := _GROUP_OF.search(before) or _TOLL.search(before):
        return group.group(1).lower()
    if _PARENT_OF.search(before):
        return "child"
    if _SETTLEMENT_OF.search(before):
        return "person"
    number_of = next(reversed(list(_NUMBER_OF.finditer(before))), None)  # the nearest: "..., and the number of bears"
    if number_of and not _is_plural_noun(number_of.group(2)) and \
            number_of.group(1) and _is_plural_noun(number_of.group(1)):
        return singular(number_of.group(1))  # "the number of cases has crossed": the noun, not the verb after it
    match = number_of or _NOUN_THEN_VERB.search(before)
    if match and _is_plural_noun(match.group(match.lastindex)):
        return singular(match.group(match.lastindex))
    if "base" in before and (base := _BASE_THEN_VERB.search(before)):
        return base.group(1).lower()
    if ":" in before and (label := _LABEL_BEFORE.match(before)) and _is_plural_noun(label.group(1)):
        return singular(label.group(1))  # a data box's line: "Global cases: More than 387,382"
    return "person" if re.search(r"\bpopulation\b", before, re.I) else None  # "the population ... is 40,000"


def _rate_noun(text: str, start: int, end: int, sentence_start: int) -> str | None:
    """'The 7-day rate rose from 31 to 48 per 100,000 people': the numerator of a rate per head counts what
    the article counts (cases, deaths, crimes), the last such noun named before it; None for no rate."""
    before = _window(text, sentence_start, start, 120)[1]
    if not (_PER_HEAD_AFTER.match(text, end) or "rate" in before.lower() and _RATE_BEFORE.search(before)):
        return None
    named = _RATE_NOUN.findall(text, max(0, start - _RATE_REACH), start)
    return singular(named[-1].lower()) if named else None


def _noun_stood_for(text: str, atom: _Atom, end: int, sent_start: int, earlier: EarlierCounts) -> tuple[str | None, str]:
    """The unit and kind of an earlier count or measure, for a number that stands for it: one of the
    sentence, or for digits one earlier in the paragraph."""
    if atom.is_word:
        last, introduced = earlier.count, earlier.count_introduced
    else:
        last, introduced = earlier.measured, earlier.measured_introduced
    before = _window(text, sent_start, atom.start, 40)[1]
    if last is not None and last.char_start < sent_start and atom.is_word and not _REACHING_BACK.search(before) \
            and not (_OBJECT_BEFORE.search(before) and _SENTENCE_END.match(text, end)) and \
            not ((_PARTITIVE_AFTER.match(text, end) or _IN_A_PLACE.match(text, end)) and atom.value < last.value):
        last = None  # a number word stands for a noun of its own sentence ("the last three", "will lose two.",
        # "Two of them", "seven in Paris" and digits reach back)
    if last is None or _LIMITING_GAP.fullmatch(text, last.char_end, atom.start):
        return None, "count"  # "children under five": an age that limits the earlier count
    if atom.is_word and not (_STANDS_BEFORE.search(before) or _STANDS_AFTER.match(text, end) or
                             _IN_A_PLACE.match(text, end)):
        return None, "count"
    # the last count the sentence introduces, not one it refers back to ("180 vessels left the three
    # ports, against 152 in May"); "Of the 12 patients, the remaining six" has only the one
    if introduced is not None and last.char_start >= sent_start > introduced.char_start:
        introduced = None  # the sentence has counts, none of them introduced
    stood_for = introduced or last
    if stood_for.kind == "count" and atom.value != int(atom.value) and stood_for.value == int(stood_for.value):
        return None, "count"  # "2.8 has been labeled": a decimal counts no things (but a rate's may: "65.2 cases")
    return stood_for.unit, stood_for.kind


PARTICIPLES = ("killed|wounded|injured|hurt|dead|stranded|missing|captured|detained|arrested|displaced|evacuated|"
                "hospitali[sz]ed|rescued|deported|abducted|executed|infected|vaccinated|employed|unemployed")
# "43 sailors were killed and nine wounded", "1 suspect dead, 3 arrested": what joins a count and its participle to a number whose own
# participle follows it, which then counts the first one's noun
_ELIDED_JOIN = LazyPattern(rf"\s+(?:(?:were|was|have been|has been|had been)\s+)?(?:{PARTICIPLES})\s*(?:,\s*(?:and\s+|while\s+)?|"
                           r"(?:and|while)\s+)"
                           r"(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|another|an estimated)\s+)?",
                           re.I)
PARTICIPLE_WORDS = LazyPattern(rf"(?:{PARTICIPLES})(?:\s*(?:,|and|or)\s*(?:{PARTICIPLES}))*", re.I)


# "Two are in serious condition", "Seven have since gone home": a number that opens its clause, then its verb
_OPENS_CLAUSE_BEFORE = LazyPattern(r"(?:^\s*|[,;]\s*(?:and|but|while)?|\b(?:and|but|while))\s*[\"“]?$")
_CLAUSE_VERB_AFTER = LazyPattern(r"\s+(?:are|were|was|is|remain(?:s|ed)?|have|has|had|died|survived|suffered|sustained)\b")
# "One is to remain ...", "one is for a candidate": "one" that opens an item of a list, no count of its own
_ITEM_AFTER = LazyPattern(r"\s+(?:is|was)\s+(?:an?|the|to|whether|that|for|[a-z]+ing)\b")
# "Of the people who were shot, three died": the noun the clause takes its part of
_PART_OF = LazyPattern(r"\s*(?:Of|Among|Out of)\s+(?:the|those|these|all)\s+(?:[\w-]+\s+){0,2}?(people|[a-z]+s)\b")


def part_of_earlier(text: str, atom: _Atom, end: int, sentence: Sentence, earlier: EarlierCounts) -> str | None:
    """'Four passengers stayed in hospital. Two are in serious condition, and one is stable': a smaller number
    that opens its clause and is its verb's subject stands for a part of the paragraph's last count."""
    before = text[sentence.start:atom.start]
    if atom.value != int(atom.value) or not _CLAUSE_VERB_AFTER.match(text, end) or not _OPENS_CLAUSE_BEFORE.search(before) or \
            atom.value == 1 and _ITEM_AFTER.match(text, end):
        return None
    if (part_of := _PART_OF.match(before)) and _is_plural_noun(part_of.group(1)):
        return singular(part_of.group(1))
    last = earlier.count
    if last is None or last.value <= atom.value or "-" in last.text:  # not "a six-bedroom house. One suffered"
        return None
    return last.unit


# "the two then drove away", "these two are", "all three": a number word that stands for people named before
_GROUP_BEFORE = LazyPattern(r"\b(?:the|these|those|all)\s+$", re.I)
# what follows such a group: its verb, or the clause's end ("the three above" point, "the five W's" name)
_GROUP_AFTER = LazyPattern(r"\s*(?:[,.;:!?)]|$)|\s+(?!above\b|below\b)[a-z]+\b")
_PREPOSITION_BEFORE = LazyPattern(r"\b(?:between|of|from|with|for|to|on|in|by|balancing|combining)\s+\w+\s+$", re.I)


def group_stood_for(text: str, atom: _Atom, earlier: EarlierCounts) -> str | None:
    """'Ana Ruiz met Tom Hale, and the two drove away': a small number word after "the", "these" or "all" with no
    noun of its own counts the paragraph's last count of that number ("two suspects ... the two"), else people."""
    if not atom.is_word or atom.has_scale or not 2 <= atom.value <= 12 or \
            not _GROUP_BEFORE.search(text, max(0, atom.start - 7), atom.start) or not _GROUP_AFTER.match(text, atom.end):
        return None
    last = earlier.count
    if last is not None and last.value == atom.value:
        return last.unit
    # people as a sentence's actors; after a preposition ("relations between the two", "combining the two") they are
    # as often things
    return None if _PREPOSITION_BEFORE.search(text, max(0, atom.start - 20), atom.start) else "person"


def elided_noun(text: str, atom: _Atom, sentence: Sentence, earlier: EarlierCounts) -> str | None:
    """'43 sailors were killed and nine wounded': the noun of the count the number's clause is joined to."""
    last = earlier.count
    if last is None or last.char_start < sentence.start or PARTICIPLE_WORDS.fullmatch(last.unit):
        return None
    return last.unit if _ELIDED_JOIN.fullmatch(text, last.char_end, atom.start) else None
