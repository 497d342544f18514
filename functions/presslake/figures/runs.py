"""Runs of capitalised words and what they name: the grammar of a run ("Deputy Harbour Commissioner Ana
Ruiz", "the Bank of Velmar"), and whether a run names a person or an organisation, which acronym its
initials spell, and which descriptions attach to it. The entity table (entities.py) is built from these."""

from __future__ import annotations

import re
from functools import cache

from presslake.figures.lexicons import COMPANY_NOUNS, DESCRIPTORS, FUNCTION_WORDS, MONTHS, ORG_HEADS, TIME_WORDS, WEEKDAYS
from presslake.figures.names import TITLES, is_acronym, is_capitalised, key, month_first_name, person_like, strip_titles
from presslake.lazy_regex import LazyPattern

_WHEN = "|".join(sorted(w.capitalize() for w in WEEKDAYS | MONTHS))
_ABBREVIATIONS = (r"(?:Mr|Mrs|Ms|Dr|St|Sgt|Lt|Col|Capt|Gen|Gov|Sen|Rep|Prof|Jr|Sr|Inc|Ltd|Co|Corp|Maj|Adm|Cmdr|Det|"
                  r"Insp|Supt|Rev|Hon|Brig|Cpl|Pvt|Mt|Ft)\.")
# a capitalised word; a full stop belongs to it only in an abbreviation or initials ("Sgt.", "J.", "U.S.") or before a
# name's suffix ("Node.js", "Amazon.com", "Socket.io")
_CAP = rf"(?:{_ABBREVIATIONS}|(?:[A-Z]\.){{1,3}}|[A-Z][\w’'&]*(?:-[\w’'&]+)*(?:\.(?:js|io|com|ai|org|net)\b)?)"  # "NEW YORK--Verizon": two
_JOIN = rf"(?:of(?:[ \t]+the)?|for(?:[ \t]+the)?|and|on(?!\s+(?:{_WHEN})\b)|de|van|von|der|den|da|del|di|du|la|le|bin|al|el|y|&|ter|ten)"
# never across a line; the guard (each _CAP opens on a capital) fails fast before the look-behinds at most
# positions: half the scan's time
RUN = LazyPattern(rf"(?=[A-Z])(?<![\w’'])(?<!\w-){_CAP}(?:[ \t]+(?:{_JOIN}[ \t]+){{0,2}}{_CAP})*")  # ("von der Leyen")

NOT_NAMES = FUNCTION_WORDS | TIME_WORDS


def trimmed(tokens: list[str]) -> list[str]:
    """A run without the sentence's capitalised first word or a time word ("The", "But", "Yesterday")."""
    start = 0
    while start < len(tokens):
        word = tokens[start].lower().rstrip(".")
        if word[-2:] in ("'s", "’s"):
            word = word[:-2]  # "Tuesday's Fed meeting" names the Fed
        if word not in NOT_NAMES or month_first_name(tokens, start):
            break  # ("Jan Brewer said")
        start += 1
    tokens = tokens[start:]
    if len(tokens) == 1 and tokens[0].endswith(("'s", "’s")):
        return [tokens[0][:-2]]
    return tokens


def parted(offset: int, tokens: list[str]) -> list[tuple[int, list[str]]]:
    """"Velmar Space Agency Director Ivan Marek" and "Velmar Space Agency Ivan Marek" are two names: the
    organisation, then the (titled) person; "Corey Scher and Jamon Van Den Hoek" two people."""
    if len(tokens) < 3:
        return [(offset, tokens)]  # (most runs: too short to hold two names)
    for cut in range(2, len(tokens)):
        # "Jared Loughner's January 2011 rampage": a person's possessive ends the name ("Boston Children's Hospital"
        # is one)
        if tokens[cut - 1].endswith(("'s", "’s")) and person_in(tokens[:cut]) and not is_org(tokens[cut:]):
            return [(offset, tokens[:cut - 1] + [tokens[cut - 1][:-2]])] + \
                parted(offset + len(" ".join(tokens[:cut])) + 1, tokens[cut:])
    for cut in range(1, len(tokens) - 1):
        # "Renewable Fuels Association Matt Hartwig": a person's name right after the organisation's head
        if key(tokens[cut]) in TITLES and is_org(tokens[:cut]) and person_in(tokens[cut:]) or \
                key(tokens[cut - 1]) in ORG_HEADS - TITLES and not tokens[cut - 1].endswith(("'s", "’s")) and \
                len(tokens) - cut in (2, 3) and person_like(tokens[cut:]):
            return [(offset, tokens[:cut]), (offset + len(" ".join(tokens[:cut])) + 1, tokens[cut:])]
    for cut in range(2, len(tokens) - 1):
        left, right = tokens[:cut], tokens[cut + 1:]
        rest = offset + len(" ".join(tokens[:cut + 1])) + 1
        # "Corey Scher of Velmar University", "... and Jamon Van Den Hoek of ...": a person, then the rest
        if tokens[cut] == "of" and person_in(left) or tokens[cut] == "and" and (person_in(left) or is_org(left)) \
                and any(person_in(right[:n]) for n in (2, 3, 4)):
            return [(offset, left)] + parted(rest, right)
    return [(offset, tokens)]


def is_org(tokens: list[str]) -> bool:
    return any(key(t) in ORG_HEADS for t in tokens) or len(tokens) == 1 and is_acronym(tokens[0])


def is_person(name: str) -> bool:
    return person_in(name.split()) is not None


def person_in(tokens: list[str]) -> list[str] | None:
    """The person's name in a run ("Harbour Commissioner Ana Ruiz" -> Ana Ruiz), if it names one."""
    if tokens and tokens[-1].endswith(("'s", "’s")) and len(tokens[-1]) > 3:
        tokens = tokens[:-1] + [tokens[-1][:-2]]  # "Anwar Ibrahim’s recent travels"
    name = strip_titles(tokens)
    if len(name) >= 2 and person_like(name):
        return name
    return None


# "with Ford, the union said" is no apposition naming the union Ford
SAYS = "said|says|told|added|reported|estimated|announced|noted|confirmed|stated|wrote"
# a verb after "X, the researchers": they open a clause of their own ("in the U.S., the researchers found"), no
# apposition describing X
_CLAUSE_VERBS = (SAYS + "|found|find|finds|studied|concluded|showed|show|shows|discovered|believe|believes|think|"
                 "thinks|have|has|had|were|are|was|is|will|would|can|could|also")


@cache
def described_by(head: str) -> tuple[re.Pattern, ...]:
    """Patterns of a name described by `head`, before it ("ferry operator Portline", "the agency's director,
    Ana Ruiz, said") or after it ("Portline, a ferry operator", "the Velmar Auto Workers union")."""
    words = {head} if head not in COMPANY_NOUNS else COMPANY_NOUNS | (DESCRIPTORS - TITLES)
    pattern = "|".join(sorted(words))
    return (re.compile(rf"\b(?:{pattern})\s+({RUN.pattern})"),
            re.compile(rf"({RUN.pattern}),\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}(?:{pattern})\b(?!\s+(?:{_CLAUSE_VERBS})\b)"),
            re.compile(rf"({RUN.pattern})[ \t]+(?:{pattern})\b"),
            re.compile(rf"\b(?:{pattern}),[ \t]+({RUN.pattern})(?=,|[ \t]+(?:{SAYS})\b)"))


def document_after(run: list[str], tokens: list[str]) -> bool:
    """"Velmar Herald Poll" is the Velmar Herald's poll, not a fuller name of the Velmar Herald."""
    return key(run[-1]) in ("poll", "survey", "report", "index", "study", "review") and key(run[-1]) != key(tokens[-1])


def role_of(run: list[str], tokens: list[str]) -> bool:
    """"Managing Director of Portline Advisers Velmar" is someone's role, not a fuller name of Portline Advisers."""
    return key(run[0]) in TITLES and tokens[0] in run and "of" in run[1:run.index(tokens[0])]


def initials(tokens: list[str]) -> str:
    return "".join(t[0] for t in tokens if is_capitalised(t) and key(t) not in ("of", "for", "and", "the"))


def spells(acronym: str, tokens: list[str]) -> bool:
    """Do the name's initials spell the acronym, a small word's initial in it or not ("UNCTAD": United
    Nations Conference on Trade and Development)?"""
    if not tokens:
        return not acronym
    first, rest = tokens[0], tokens[1:]
    taken = bool(acronym) and acronym[0] == first[0].upper() and spells(acronym[1:], rest)
    return taken or not is_capitalised(first) and spells(acronym, rest)


def contains(longer: list[str], shorter: list[str]) -> bool:
    """Does the longer name hold the shorter one as its own: not as the object of an "of" after a word that names
    no body ("the House" is not "Control of the House" nor "Speaker of the House"; "Environmental Protection" is
    the "Department of Environmental Protection"), nor as the owner of what it names ("Penn State’s Board")?"""
    keys, part = [key(t) for t in longer], [key(t) for t in shorter]
    owner = not shorter[-1].endswith(("'s", "’s"))  # "Penn State" is the owner in "Penn State’s Board of Trustees"
    return any(keys[i:i + len(part)] == part and not _object_of_a_common_noun(keys[:i])
               and not (owner and i + len(part) < len(keys) and longer[i + len(part) - 1].endswith(("'s", "’s")))
               for i in range(len(keys) - len(part) + 1))


def _object_of_a_common_noun(before: list[str]) -> bool:
    if before[-2:] == ["of", "the"]:
        before = before[:-1]
    return len(before) >= 2 and before[-1] == "of" and before[-2] not in ORG_HEADS
