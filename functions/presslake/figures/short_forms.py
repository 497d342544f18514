"""An acronym at the full name the article gave it ("Defence Evaluation and Research Agency (DERA)"), as the
labels give a subject at its fullest."""

from __future__ import annotations

import re

from presslake.figures.names import is_capitalised, key
from presslake.lazy_regex import LazyPattern

_JOINS = frozenset({"the", "of", "and", "for", "&"})
# a run of capitalised words, small words between them ("Rent the Runway", "Bureau of Labor Statistics"); the
# guard on a capital fails fast before the look-behind at most positions
_NAME_RUN = LazyPattern(r"(?=[A-Z])(?<![\w’'-])[A-Z][\w’'&-]*(?: +(?:(?:the|of|and|for|&) +)?[A-Z][\w’'&-]*)+")


def spelled_out(text: str, acronym: str) -> str:
    """"Defence Evaluation and Research Agency (DERA). DERA has": an acronym at the full name the article
    gave it, the capitalised words before "(DERA)" whose initials spell it; else the acronym as written."""
    for found in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        words = text[max(0, found.start() - 120):found.start()].split()
        initials = ""
        for i in range(len(words) - 1, -1, -1):
            word = words[i]
            if is_capitalised(word):
                initials = word[0] + initials
            elif key(word) not in _JOINS:
                break
            if initials == acronym:
                return " ".join(words[i:])
            if not acronym.endswith(initials):
                break
    for found in _NAME_RUN.finditer(text):
        words = found.group().split()
        named = [w for w in words if key(w) not in _JOINS]
        if len(named) > 1 and acronym in ("".join(w[0] for w in words).upper(), "".join(w[0] for w in named)):
            return " ".join(words[key(words[0]) == "the":])  # "Rent the Runway ... RTR", "the Bureau of Labor
            # Statistics ... BLS": a short form of a name the article gave in full
    return acronym
