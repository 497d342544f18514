"""Numbers read with their neighbours or their paragraph: scores, vote tallies and win-loss records ("4-1",
"voted 31 to 12", "went 2-8"), ratios to one ("a 33-to-1 leverage ratio"), and references and tables of contents,
whose numbers cite and number and state nothing."""

from __future__ import annotations

import re

from presslake.figures.numbers import _PERCENT, _Atom
from presslake.lazy_regex import LazyPattern

_TALLY_CONTEXT = LazyPattern(r"\b(vot\w*|won|win\w*|beat\w*|defeat\w*|lost|los\w*|scor\w*|draw|drew|"
                             r"victory|tally|ballot|match|game|final|lead|led)\b", re.I)
# A reference ("J Am Acad Dermatol. 2015;72(6):984–91.", "^ ... Retrieved 2015-04-20.", "doi:10.") or a table
# of contents ("2 Values 2.1 Pledge 3 Software 3.1 Firefox"): its numbers cite and number, they state nothing.
_CITATION = LazyPattern(r"\b(?:1[89]|20)\d{2};\s?\d+(?:\(\d+\))?:\s?e?\d+|\A\s*\^\s|\bRetrieved\s+(?:\d|[A-Z][a-z]+\s\d)|"
                        r"\bdoi:\s?10\.|\bdoi\.org/")
_CITATION_MARKS = (";", "^", "Retrieved", "doi")  # one of these is in each of _CITATION's forms
# "2.1 Pledge" after a space or at the start: opening on a digit (and looking back past it) lets the engine
# skip to the next digit in one step; only the count of matches is read
_SECTION_NUMBER = LazyPattern(r"\d(?<!\S\d)\d*\.\d+(?:\.\d+)*\s+[A-Z]")
# ratios: "a 33-to-1 leverage ratio", "rose from 18 to 1"
_RATIO = LazyPattern(r"(?:-to-|\s+to\s+)1(?![.,]?\d)(?:-|\s+(?:ratio|odds|margin|leverage|against|in favou?r|to)\b|"
                     r"\s*[,.;:)]|\s*$)", re.I)
_RATIO_WORDS = LazyPattern(r"\b(?:ratio|leverage|odds)\b", re.I)
# a win-loss record: "a 17-27 record", "their 5-11 mark", "went (just) 2-8" with no unit after it
# (and a score: "broke a 2-2 tie", "an 0-2 count", "a 29-22 win")
_RECORD_AFTER = LazyPattern(r"\s+(?:(?:overall|career|season|road|home|conference|division)\s+)?(?:record|mark|tie|draw|"
                            r"deadlock|stalemate|count|score|scoreline|win|victory|loss|defeat)\b", re.I)
# a team's record after its verb: "went 2-8", "they're 0-6", "teams with three losses are 4-17"
_WENT_BEFORE = LazyPattern(r"\b(?:went|(?:they|we)['’]re|are|were|is|was)\s+(?:just|only|a\s+combined|now)?\s*$", re.I)
_UNIT_AFTER_RECORD = LazyPattern(r"\s*(?:%|percent\b|per cent\b|[a-z]+s\b)", re.I)


def ratio_to_one(text: str, atom: _Atom, sentence: str) -> int | None:
    """Where "to 1" ends after the X of a ratio ("a 33-to-1 leverage ratio", "leverage rose from 18 to 1"),
    or None: a ratio is written with hyphens or in a sentence about a ratio, and is no vote ("voted 9 to 1")
    nor a change to one ("cases fell from 18 to 1")."""
    if atom.currency or atom.is_word:
        return None
    ratio = _RATIO.match(text, atom.end)
    if not ratio:
        return None
    about_ratio = _RATIO_WORDS.search(sentence)
    if not about_ratio and (_TALLY_CONTEXT.search(sentence) or not ratio.group().startswith("-to-")):
        return None
    return atom.end + ratio.group().index("1") + 1


def _is_tally(first: _Atom, second: _Atom, between: str, sentence: str, text: str) -> bool:
    """'4-1', '52-48', 'voted 31 to 12', 'a 17-27 record', 'went 2-8': scores, vote counts and win-loss
    records, not ranges ("52% to 41%" is two shares)."""
    if first.currency or first.has_scale or first.is_word or _PERCENT.match(between):
        return False
    if between == "-" and (_RECORD_AFTER.match(text, second.end) or
                           _WENT_BEFORE.search(text, max(0, first.start - 20), first.start) and
                           not _UNIT_AFTER_RECORD.match(text, second.end)):
        return True  # a win-loss record runs low to high as often as not
    if "-" in between and (first.value > second.value or first.value == second.value
                           and _TALLY_CONTEXT.search(sentence)):
        return True  # a range runs low to high; "4-1" and "52-48" are scores, "a 1-1 draw" too
    return bool(_TALLY_CONTEXT.search(sentence)) and first.value > second.value


# a recipe's measures, which a heading's first word never is ("1 Tablespoon Vanilla Extract")
_KITCHEN_MEASURES = frozenset({"tablespoon", "teaspoon", "tbsp", "tsp", "cup", "stick", "pound", "ounce", "oz", "pinch",
                               "dash", "clove", "can", "slice", "quart", "pint", "gallon", "gram", "kg", "g", "lb", "ml"})


def _is_reference(paragraph: str) -> bool:
    """A reference, a table of contents or a numbered heading: its numbers cite and number, they count nothing."""
    if any(mark in paragraph for mark in _CITATION_MARKS) and _CITATION.search(paragraph):
        return True
    words = paragraph.split()
    sections = len(_SECTION_NUMBER.findall(paragraph))
    if sections >= 3 and sections * 4 >= len(words):
        return True  # section numbers and a word or two each, not prose that names versions
    if len(words) < 2 or not words[0].isdigit() or paragraph.rstrip().endswith("."):
        return False
    rest = words[1:]
    if rest[0][:1].islower() or rest[0].lower().rstrip("s") in _KITCHEN_MEASURES:
        return False  # an ingredient line: "2 sticks Salted Butter, Slightly Softened", "1 Tablespoon Vanilla Extract"
    if len(words) <= 4:  # "7 References", "2 Values 2.1 Pledge"
        return all(w.istitle() and w.isalpha() or re.fullmatch(r"\d+(?:\.\d+)+", w) for w in rest)
    return sum(w[:1].isupper() for w in rest) >= 0.7 * len(rest)  # "5 Tips to Enjoy Game Day Parties While ..."
