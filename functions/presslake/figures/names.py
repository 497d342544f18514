"""A source phrase -> the name alone: no role, title, rank, honorific, time or place words.

"Deputy Harbour Commissioner Ana Ruiz" -> "Ana Ruiz", "Police Sgt. Tom Hale" -> "Tom Hale",
"The ministry on Tuesday" -> "ministry", "Lena Okafor, 52" -> "Lena Okafor". What a name *is* is
decided by capitalisation and the closed word classes of `lexicons`; an organisation keeps its own
words ("Ukraine's General Staff", "Hale Institute for Policy Research").
"""

from __future__ import annotations

import re
from functools import lru_cache

from presslake.lazy_regex import LazyPattern
from presslake.figures.vocabulary import _SMALL, _TENS
from presslake.figures.lexicons import (
    DESCRIPTORS, DOCUMENTS, FUNCTION_WORDS, HONORIFICS, ISSUED_DOCUMENTS, MONTHS, ORG_HEADS, PLACE_HEADS, PRONOUNS, RANKS, ROLES,
    SELF_SOURCED, TIME_WORDS, UNNAMED_EXPERTS, WEEKDAYS,
)

TITLES = HONORIFICS | RANKS | ROLES
# Lower-case words that join the parts of one name ("Bank of Velmar", "Piet van Dalen").
PARTICLES = frozenset({"of", "for", "and", "on", "de", "van", "von", "der", "den", "da", "del", "di", "du", "la",
                       "le", "bin", "al", "el", "y", "&", "the", "ter", "ten", "dos", "das"})
_PERSON_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "del", "di", "du", "la", "le", "bin", "al",
                               "el", "ter", "ten", "dos", "das", "y"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_ABBREVIATED = frozenset({"inc", "corp", "ltd", "co", "jr", "sr", "bros"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "one", "another"})
# "a spokesperson for the ministry", "an Air Force spokesperson": unnamed, they speak for the body
# ("experts from the agency" stay the experts, as d1's blind labels keep them).
DEMONYM = LazyPattern(r"[A-Z][a-z]+(?:ian|ese|ish|i|an)")  # "Israeli", "Australian", "Belarusian"
_NATIONALITY = LazyPattern(rf"{DEMONYM.pattern}|[A-Z]{{1,3}}|[A-Z]\.[A-Z]\.")  # and "US", "U.S."
_SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
                         "representative", "representatives"})
# unnamed people a source may be, with where they work: "experts from the agency"
# what a name is, written after it: "Harbour Watch, a watchdog" / "the Harbour Watch watchdog"
_KINDS = frozenset({"group", "watchdog", "charity", "firm", "company", "newspaper", "broadcaster", "outlet", "startup",
                    "consultancy", "ngo", "monitor", "think-tank", "nonprofit", "non-profit", "website", "tabloid",
                    "bank", "lender", "insurer", "retailer", "airline", "carrier", "pollster", "magazine",
                    "supermarket", "bookmaker", "brokerage", "carmaker", "automaker", "manufacturer", "publisher"})
# a body's staff, written after its name, who speak for it: "Harbour Police Department investigators"
_STAFF = frozenset({"investigators", "detectives", "officials", "officers", "deputies", "agents", "troopers"})
_PUNCT = " ,.;:\"“”‘’'()—–-?"  # ("?": a dash or quote the page's encoding lost, "Lonnie Jones ?")


@lru_cache(maxsize=16384)  # asked of every word a frame, a run or a subject reads, the same few thousand words
def key(token: str) -> str:
    """A token as the lexicons list it: lower-case, without a trailing full stop or possessive."""
    token = token.casefold().rstrip(".,;:")
    return token[:-2] if token.endswith(("'s", "’s")) else token


def is_capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1] == "'" and token[1:2].isupper()


def is_acronym(token: str) -> bool:
    bare = token.rstrip(".,;:").replace(".", "")
    return 2 <= len(bare) <= 8 and bare.isupper() and bare.isalpha()


# function words that are first names as often, before a surname ("Sheriff Will Okafor")
_FIRST_NAMES_LIKE_WORDS = frozenset({"will"})
# months that are first names as often ("Governor Jan Brewer", "April Ryan"), before a surname that is no time word
_FIRST_NAMES_LIKE_MONTHS = frozenset({"jan", "april", "may", "june"})
# words that open a place's name and no person's ("New York", "Central Seattle", "Fort Worth", "San Jose")
PLACE_OPENERS = frozenset({"new", "central", "downtown", "greater", "upper", "lower", "northern", "southern", "eastern",
                            "western", "north", "south", "east", "west", "fort", "port", "mount", "san", "santa", "los",
                            "las"})
# roles whose word is a common surname, which a role never follows a first name as ("Angus King", "John Major")
_SURNAMES_LIKE_ROLES = frozenset({"king", "major", "judge", "marshal", "dean", "clerk", "constable", "prince", "chancellor"})


def person_like(tokens: list[str]) -> bool:
    """Capitalised words that can be a person's name: no organisation, place, time or title word."""
    if not tokens or len(tokens) > 5 or key(tokens[-1]) in _PERSON_PARTICLES:
        return False
    if any(len(t) >= 4 and t.isalpha() and t.isupper() for t in tokens):
        return False  # "ANYONE ELSE INVOLVED": a heading in capitals, not a person
    for index, token in enumerate(tokens):
        k = key(token)
        if k in _PERSON_PARTICLES or (k in NAME_SUFFIXES and token is not tokens[0]):
            continue
        if index == 0 and k in PLACE_OPENERS and len(tokens) >= 2:
            return False  # "New York", "Central Seattle", "San Jose": a place's name, whatever follows
        if index == 0 and k in _FIRST_NAMES_LIKE_WORDS and len(tokens) >= 2 and token[:1].isupper():
            continue
        if index == 0 and k in _FIRST_NAMES_LIKE_MONTHS and len(tokens) in (2, 3) and token.istitle() and \
                key(tokens[1]) not in TIME_WORDS:
            continue
        if len(tokens) >= 2 and index < len(tokens) - 1 and re.fullmatch(r"[A-Z]\.", token):
            continue  # an initial: "A. Raja", "Norman B. Thomson" (not the article "A")
        if 0 < index < len(tokens) - 1 and re.fullmatch(r"[“\"][A-Z][\w.’'-]*[”\"]", token):
            continue  # a nickname: 'Armando “AJ” Perez'
        if index and index == len(tokens) - 1 and k in _SURNAMES_LIKE_ROLES and key(tokens[0]) not in TITLES:
            continue  # "Angus King", "John Major": a role's word as a surname, after a first name
        if index and index == len(tokens) - 1 and k in HONORIFICS and k not in RANKS | ROLES and len(k) > 4 \
                and key(tokens[0]) not in TITLES:
            continue  # a courtesy title that ends a name is a surname: "Tessa Bishop", "Ann Pope"
        if (not is_capitalised(token) or is_acronym(token) and len(tokens) == 1 or k in ORG_HEADS
                or k in PLACE_HEADS or k in TIME_WORDS or k in FUNCTION_WORDS or k in TITLES or "’s" in token
                or "'s" in token or any(ch.isdigit() for ch in token) or k in _NUMBER_WORDS):
            return False  # (and "Eleven PhD students": a count opening a sentence)
    return True


_NUMBER_WORDS = frozenset(_SMALL) | frozenset(_TENS) | frozenset(
    {"hundred", "thousand", "dozen", "dozens", "hundreds", "thousands", "millions"})


def month_first_name(tokens: list[str], start: int) -> bool:
    """Do the last two tokens, from `start`, name a person whose first name is a month's ("Jan Brewer", not "Jan 2012")?"""
    return key(tokens[start]) in _FIRST_NAMES_LIKE_MONTHS and len(tokens) - start == 2 and person_like(tokens[start:])


# titles that are first names as often, before a surname alone
_FIRST_NAMES_LIKE_TITLES = frozenset({"dean", "earl"})


# a body's or a document's word after a title, which makes a name of its own: "Executive Order", "Executive Board"
_NO_SURNAMES = DOCUMENTS | ISSUED_DOCUMENTS | ORG_HEADS | frozenset({"order", "orders", "committee", "council"})


def strip_titles(tokens: list[str]) -> list[str]:
    """Drop the titles in front of a person's name ("Lt. Col. Ivan Marek" -> "Ivan Marek").

    The cut is after the last title word that leaves a person's name behind: "General Motors"
    and "Ukraine's General Staff" keep their words, "Mrs Okafor" loses only the honorific.
    """
    for cut in range(len(tokens) - 1, 0, -1):
        if cut == 1 and len(tokens) == 2 and key(tokens[0]) in _FIRST_NAMES_LIKE_TITLES:
            break  # "said Dean Peterson": a first name, not a dean
        if key(tokens[cut - 1]) in TITLES and person_like(tokens[cut:]) and \
                not (cut == len(tokens) - 1 and key(tokens[cut]) in _NO_SURNAMES):  # "the Executive Order states"
            before = [key(t) for t in tokens[:cut]]
            if len(tokens) - cut >= 2 or any(k in HONORIFICS or k in RANKS or k in ROLES for k in before):
                return tokens[cut:]
    # a title with its own complement: "U.S. Attorney for Velmar Joshua Levy" -> first and last name
    for index in range(len(tokens) - 3):  # ("Minister of State for Media Affairs Mohammad Momani")
        if key(tokens[index]) in TITLES and tokens[index + 1] in ("for", "of"):
            name = tokens[-3:] if key(tokens[-2]) in _PERSON_PARTICLES or re.fullmatch(r"[A-Z]\.", tokens[-2]) \
                else tokens[-2:]
            if len(name) < len(tokens) - index - 2 and person_like(name):
                return name
    return tokens


def _cut_adjuncts(tokens: list[str]) -> list[str]:
    """Drop a time or place phrase: "the ministry on Tuesday", "officials in Velmar", "Yesterday Ruiz"."""
    # leading: "Yesterday", "Late on Friday", "On Tuesday", "Earlier this week"
    start = 0
    while start < len(tokens):
        k = key(tokens[start])
        if month_first_name(tokens, start):
            break  # "Jan Brewer"
        if k in TIME_WORDS and k not in ("first",) or k in ("on", "in", "at", "during"):
            start += 1
        elif start and k in ("the", "a") and start + 1 < len(tokens) and key(tokens[start + 1]) in TIME_WORDS:
            start += 1
        else:
            break
    tokens = tokens[start:]
    for i in range(1, len(tokens)):
        k, word = key(tokens[i]), tokens[i]
        following = key(tokens[i + 1]) if i + 1 < len(tokens) else ""
        if k in WEEKDAYS or k in MONTHS and is_capitalised(word) and i + 1 == len(tokens):
            return tokens[:i]
        if word.islower() and (k in ("in", "at", "during", "via", "from", "yesterday", "today", "tonight",
                                     "overnight", "late", "early", "earlier", "later", "last", "this", "after",
                                     "before", "when", "while", "who", "which", "whose", "told", "speaking")):
            if k in ("at", "from") and key(tokens[i - 1]) in _SPEAKS_FOR | UNNAMED_EXPERTS:
                continue  # "experts from the agency", "analysts at Cross Research": who they are
            return tokens[:i]
        if word == "on" and (following in TIME_WORDS or following in ("a", "an", "the", "its", "his", "her", "their")
                             or i + 1 < len(tokens) and tokens[i + 1].islower()):
            return tokens[:i]
        # "Ivan Marek of the regional fire service", "Lt. Cooper of the county police": a person's affiliation
        # follows the name (a title makes one word a surname)
        if k in ("of", "with", "for"):
            named = strip_titles(tokens[:i])
            if person_like(named) and len(named) >= 2 or len(named) == 1 < i and is_capitalised(named[0]):
                return tokens[:i]
    return tokens


def _name_part(part: str) -> bool:
    """Does this comma-separated part of an apposition hold a name (not an age or a role)?"""
    words = part.split()
    if not words or words[0].casefold() in ("who", "which", "whose", "where") or words[0][:1].isdigit():
        return False
    if words[0].islower() and words[0] in _DETERMINERS | {"the", "a", "an"} | ROLES:
        return False
    return any(is_capitalised(w) and key(w) not in FUNCTION_WORDS and key(w) not in TITLES for w in words)


_PLACED = LazyPattern(r"\s+(?:posted|published|hosted|available)\s+(?:on|at)\s")


_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})
_ADVERB_ENDINGS = ("ally", "ously", "ively", "ently", "antly", "edly", "ately", "ibly", "ably")
_COPULAS = frozenset({"was", "were", "is", "are", "been", "being"})


_WHAT_THEY_LEARNED = LazyPattern(r"(?i:what)\s+(.+?)\s+(?:(?:have|has|had)\s+)?(?:learned|learnt|found|discovered|"
                                 r"determined|said|told\s+\w+|reported)")


_PARTY_AND_STATE = LazyPattern(r"\s*\((?:[DRI]|[A-Z]{2})-[\w. ]{1,20}\)?\s*$")


def clean_source(phrase: str) -> str | None:
    """The name in a source phrase, or None when nothing nameable is left ("The", "It", "on Tuesday")."""
    original = phrase
    phrase = re.sub(r"\s*\([A-Z]{2,8}(?:\)|$)", "", phrase).strip(_PUNCT).replace("\u00a0", " ")  # "(NPCC)"
    phrase = re.sub(r"\s*/\s*", "/", phrase)  # "NBC News/ Wall Street Journal"
    phrase = _PARTY_AND_STATE.sub("", phrase)  # "Senator John Fetterman (D-PA)", "Rep. Ana Ruiz (OR-01)": the name
    phrase = re.sub(r"[®™©℠]", "", phrase)  # "Portline® today announced": the mark is no part of the name
    # "the ... Information Sharing Portal posted on UNHCR's website": where the source stands is no part of its name
    phrase = _PLACED.split(phrase, 1)[0]
    if learned := _WHAT_THEY_LEARNED.fullmatch(phrase):
        phrase = learned.group(1)  # "according to what investigators have learned": the investigators
    people = _people(phrase)
    if people:
        return people
    parts = [p.strip(_PUNCT) for p in re.split(r"\s*,\s*", phrase) if p.strip(_PUNCT)]
    if len(parts) > 1:  # an apposition: "Carla Mendes, the company's finance director"
        named = [p for p in parts if _name_part(p)]
        phrase = named[-1] if named and not _name_part(parts[0]) else parts[0]
    tokens = _cut_adjuncts(phrase.split())
    clause = next((i for i, t in enumerate(tokens) if i and t in _CLAUSE_PRONOUNS), None)
    if clause is not None:
        tokens = tokens[:clause]  # "According to LRPD they have responded ...": the clause after the name is none of it
    if len(tokens) >= 2 and tokens[0].endswith(_ADVERB_ENDINGS) and is_capitalised(tokens[0]) and tokens[1].islower():
        tokens = tokens[1:]  # "Originally officials had said": the sentence's adverb ("Family members" keep theirs)
    while tokens and (key(tokens[0]) in _DETERMINERS or tokens[0].casefold().endswith("-based")):
        tokens = tokens[1:]  # "the London-based Hale Institute": where it sits is no part of its name
    based = [i for i, t in enumerate(tokens[:-1]) if t.casefold().endswith("-based") and is_capitalised(tokens[i + 1])]
    if based:  # "the government's London-based Hale Institute": neither is whoever owns it
        tokens = tokens[based[-1] + 1:]
    if not tokens:
        return None
    tokens = _issuer(tokens)
    tokens = _org_or_name(tokens)
    tokens = strip_titles(tokens)
    while len(tokens) >= 3 and tokens[-1].strip(",") in _POSTNOMINALS and person_like(tokens[:-1]):
        tokens = tokens[:-1]  # "Ms Indranee Rajah SC", "Ana Ruiz MP": a rank or degree after the name is no part of it
    if len(tokens) >= 3 and tokens[-1] in _UNNAMED_BODIES and person_like(tokens[:-1]):
        tokens = tokens[-1:]  # "Ricardo B.Brazziell Authorities say": a photo's credit run into the sentence after it
    employer = max((i for i, t in enumerate(tokens[:-2]) if t.endswith(("'s", "’s"))), default=-1)
    if employer >= 0 and len(tokens) - employer <= 4 and person_like(tokens[employer + 1:]):
        tokens = tokens[employer + 1:]  # "Harbour Foundry's Richard Leadbetter": the employer is no part of his name
    while tokens and key(tokens[-1]) in ("and", "of", "for", "the", "on"):
        tokens = tokens[:-1]
    if tokens and tokens[-1].endswith(("'s", "’s")):  # "the Coastal Research Agency's (monthly report)"
        tokens = tokens[:-1] + [tokens[-1][:-2]]
    keys = [key(t) for t in tokens]
    if not keys or all(k in FUNCTION_WORDS or k in PRONOUNS or k in TIME_WORDS for k in keys):
        return None
    if tokens[0].islower() and keys[0] in ("for", "of", "in", "on", "at", "to", "with", "by", "from", "about"):
        return None  # "A quick search for Veles confirms": what is left after the search is no one ("Out Of The Box" is)
    if keys in (["respondents"], ["interviewees"]):
        return None  # whom a survey asked: its subject, not its source
    if any(k in _COPULAS for k in keys[1:]):
        return None  # "Osteoporosis was [defined broadly, ... and confirmed]": a clause, not a name
    if len(keys) == 1 and (keys[0] in HONORIFICS or keys[0] in RANKS and len(keys[0]) <= 4
                           or keys[0] in DOCUMENTS - SELF_SOURCED):
        return None  # "Sgt." alone; "the statement" is whoever made it, found by the caller
    name = " ".join(tokens).strip(_PUNCT)
    if not any(character.isalpha() for character in name):
        return None  # "??": quote marks a page's encoding lost, no name
    # "Portline Inc.": an abbreviation keeps its full stop, as the article wrote it
    return name + "." if key(tokens[-1]) in _ABBREVIATED and f"{name}." in original else name


# ranks and degrees written after a person's name
_POSTNOMINALS = frozenset({"SC", "QC", "KC", "MP", "MSP", "MEP", "MBE", "OBE", "CBE", "KBE", "DBE", "FRS", "PhD", "Ph.D.",
                           "MD", "M.D.", "Esq.", "Esq"})
# who report in the plural without a name, capitalised to open a sentence
_UNNAMED_BODIES = frozenset({"Authorities", "Officials", "Investigators", "Prosecutors"})


def _people(phrase: str) -> str | None:
    """Two or more people named together ("Corey Scher of Velmar University and Jamon Van Den Hoek
    of Ostrava State University", "Scher and Van Den Hoek"): each name alone, joined by "and"."""
    parts = re.split(r"\s+and\s+", phrase)
    if len(parts) < 2 or "," in phrase:
        return None
    names = []
    for part in parts:
        words = _cut_adjuncts(part.split())
        tokens = strip_titles(words)
        titled = len(tokens) < len(words)  # "President Biden and Vice President Harris": surnames after their titles
        while tokens and key(tokens[0]) in _DETERMINERS:
            tokens = tokens[1:]
        if not (tokens and person_like(tokens) and (len(tokens) >= 2 or titled or len(parts[0].split()) == 1)):
            return None
        names.append(" ".join(tokens))
    return " and ".join(names)


_KINDS_OF_PAPERS = frozenset({"court", "jail", "payroll", "public", "prison"})
_WHICH_PAPER = frozenset({"recent", "new", "latest", "earlier", "separate", "previous", "leaked", "internal"})


def _issuer(tokens: list[str]) -> list[str]:
    """"Harbour Board document listing the goods", "a NASA budget document": a document named with the body
    that issued it (and a word or two of what it is about) is that body's."""
    for i in range(1, len(tokens)):
        if key(tokens[i]) in ISSUED_DOCUMENTS and tokens[i].islower():
            lead = 0
            while lead < i and key(tokens[lead]) in _WHICH_PAPER:
                lead += 1  # "a recent Harbour Times article"
            named = lead
            while named < i and (is_capitalised(tokens[named]) or named > lead and key(tokens[named]) in PARTICLES):
                named += 1
            about = tokens[named:i]
            if any(key(token) in _KINDS_OF_PAPERS for token in tokens[:i]):
                return tokens  # "Court records show", "Bibb court records": the papers' kind, no body
            return tokens[lead:named] if named > lead and len(about) <= 2 and all(t.islower() for t in about) else tokens
    return tokens


def _org_or_name(tokens: list[str]) -> list[str]:
    """The name inside a description: "harbour operator Portline" -> Portline; "Air Force spokesperson"
    and "a spokesperson for the ministry" -> the organisation; otherwise the phrase itself."""
    lower = [t.islower() and key(t) not in PARTICLES for t in tokens]
    # "<role> for/of/at <organisation>": a spokesperson speaks for it
    for i, token in enumerate(tokens):
        if key(token) in ("for", "of", "at", "from", "with") and i and all(
                lower[j] or key(tokens[j]) in _SPEAKS_FOR for j in range(i)):
            if key(tokens[i - 1]) in _SPEAKS_FOR:
                rest = tokens[i + 1:]
                while rest and key(rest[0]) in _DETERMINERS:
                    rest = rest[1:]
                return rest or tokens
            break
    if lower[-1]:
        named = max((i for i, is_lower in enumerate(lower) if not is_lower), default=-1)
        tail = [key(t) for t in tokens[named + 1:]]
        owned = tokens[named].endswith(("'s", "’s"))  # "Velmar’s state emergency service" is the body's name
        if named >= 0 and tail and all(lower[named + 1:]) and not owned and not _NATIONALITY.fullmatch(tokens[named]) \
                and (tail[-1] in _KINDS or len(tail) >= 2 and tail[-1] in DESCRIPTORS):
            return tokens[:named + 1]  # "the Associated Press news agency", "DeepState monitoring group"
        if named >= 1 and tail == [key(tokens[-1])] and tail[0] in _STAFF and \
                all(is_capitalised(t) or key(t) in PARTICLES for t in tokens[:named + 1]):
            # "Harbour Police Department investigators say", "California Lottery officials": the body says
            # ("Health officials" are no body's)
            return tokens[:named + 1]
        # "Air Force spokesperson", "A Portline representative": the organisation before the role
        if key(tokens[-1]) in _SPEAKS_FOR and len(tokens) > 1 and not lower[-2]:
            org = tokens[:-1]
            # one word is a company's name ("A Portline representative"), not a nationality ("an Israeli spokesman")
            if any(key(t) in ORG_HEADS for t in org) or len(org) > 1 or not _NATIONALITY.fullmatch(org[0]):
                return [t[:-2] if t.endswith(("'s", "’s")) else t for t in org]
        return tokens
    # the phrase ends in a name: drop the description in front of it ("chief executive Mira Salo")
    last_lower = max((i for i, is_lower in enumerate(lower) if is_lower), default=-1)
    if last_lower >= 0:
        described = [key(t) for t in tokens[:last_lower + 1]]
        if any(k in TITLES or k in DESCRIPTORS for k in described) or all(lower[:last_lower + 1]):
            return tokens[last_lower + 1:]
    return tokens
