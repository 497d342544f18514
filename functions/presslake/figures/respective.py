"""Names and figures paired by "respectively": "Velmar, Ostrava and Portline had 812, 639 and 415 cases
respectively" gives each name its figure, in order (subjects.py)."""

from __future__ import annotations

import re

from presslake.lazy_regex import LazyPattern

# "Velmar, Ostrava and Portline had 812, 639 and 415 cases respectively": names, a verb, then the figures
_RESPECTIVELY_REACH = 120  # characters between a figure and its "respectively"
_RESPECTIVELY = LazyPattern(rf"(?P<rest>(?:[^.!?]|(?<=\d)\.(?=\d)){{0,{_RESPECTIVELY_REACH}}}?)\brespectively\b")
_LISTED_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
_NAMES_THEN_LIST = LazyPattern(rf"(?P<names>(?:{_LISTED_NAME},\s+)*{_LISTED_NAME},?\s+and\s+{_LISTED_NAME})\s+"
                               r"[a-z]+(?:\s+(?:up|down|by|to|at))?\s+(?P<list>(?:[^A-Z.!?]|(?<=\d)\.(?=\d)){0,100})$")
_NUMBER = LazyPattern(r"\d[\d,.]*\d|\d")


def respective_names(text: str, char_start: int, char_end: int, sentence_start: int) -> re.Match | None:
    """The list of names a figure followed by "respectively" is paired with, or None."""
    # (the word is looked for first: the pattern tries it after each character in its reach)
    if text.find("respectively", char_end, char_end + _RESPECTIVELY_REACH + len("respectively")) < 0:
        return None
    return _RESPECTIVELY.match(text, char_end) and _NAMES_THEN_LIST.search(text, sentence_start, char_start)


def respective(names: re.Match, after: str) -> str | None:
    """"Velmar, Ostrava and Portline had 812, 639 and 415 cases respectively": the name in the figure's place,
    or None when the lists do not pair up."""
    listed = re.split(r",\s+(?:and\s+)?|\s+and\s+", names.group("names"))
    index = len(_NUMBER.findall(names.group("list")))
    total = index + 1 + len(_NUMBER.findall(_RESPECTIVELY.match(after).group("rest")))
    return listed[index] if len(listed) == total else None
