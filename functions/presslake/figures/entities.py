"""The article's named entities, so that a short form resolves to the fullest name used before it.

The table is the article's runs of capitalised words ("Deputy Harbour Commissioner Ana Ruiz", "the
Hale Institute for Policy Research", "the Coastal Research Agency (CRA)"), plus organisations named
in lower case ("the infrastructure ministry"). `resolve` maps a surname, an acronym, a head noun
("the institute"), a part of a name ("the Hale Institute"), a role the article gave someone ("the
commissioner", "the operator") to the fullest name the article used before that point, and
`person_before` finds whom a he/she stands for. Each question reads only the runs it needs, nearest
first, so an article whose figures nobody claims pays for one regex pass at most.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from presslake.figures.companies import _SELF_REPORTING, CompanyNames, _nationality_only
from presslake.figures.lexicons import COMPANY_NOUNS, DESCRIPTORS, FUNCTION_WORDS, ORG_HEADS, UNNAMED_EXPERTS, US_STATES
from presslake.figures.names import DEMONYM, NAME_SUFFIXES, PARTICLES, PLACE_OPENERS, TITLES, is_acronym, is_capitalised, key, person_like, strip_titles
from presslake.figures.police import PoliceForces
from presslake.figures.runs import (
    NOT_NAMES, RUN, SAYS, contains, described_by, document_after, initials, is_org, parted, person_in, role_of, spells,
    trimmed,
)
from presslake.lazy_regex import LazyPattern

# the last word of a government body's name that "the agency" stands for
_AGENCY_HEADS = frozenset({"administration", "agency", "bureau", "service", "commission", "authority", "office"})
# an organisation named in lower case: "the infrastructure ministry", "the regional health department"
_LOWER_ORG = LazyPattern(r"\b[Tt]he\s+((?!(?:same|other|new|former|whole|entire|main|first|second|next|last)\b)"
                        r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+)[^\S\n]+){1,2}(?:ministry|department|agency|institute|office|bureau|"
                        r"commission|committee|council|authority|service|railway|bank|board|court|police|government|"
                        r"command|administration))\b")  # "the infrastructure ministry", "the Biden administration"
# how far back a short form looks for its full name: an article's length, so that a body of
# many articles run together costs in proportion to its length
LOOKBACK = 30000
_ROLE_LOOKBACK = 8000  # how far back a role or description given to a name is looked for
# a dateline that opens a paragraph: "JAKARTA — ", "MADRID, Spain (AP) — " (some pages garble the dash into a
# quote mark). A roundup runs several stories, each under its own, and a short form in one is no name from the story
# before it: "The Health Ministry" in Jakarta is not the Palestinian one.
_DATELINE = LazyPattern(r"^[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}(?:,[ \t]+[A-Z][\w.]+(?:[ \t]+[A-Z][\w.]+){0,2})?"
                        r"(?:[ \t]+\([A-Z][\w ]*\))?[ \t]+(?:—|–|--?|\")[ \t]", re.M)
# bodies mostly named after a person, whose name alone stands for them: "Babson College" ("Velmar University"
# and "Velmar Bank" may be the place's, and "Velmar" the place)
_INSTITUTIONS = frozenset({"college", "foundation"})
# a sentence's subject and its verb, an apposition between them: "Portline raised", "Portline, a ferry operator, has sold"
_ACTS = LazyPattern(r"(?:,[^,.;]{1,80},)?\s+(?:has\s+|have\s+|had\s+|also\s+)?[a-z]+ed\b")
_MAX_IT_DISTANCE = 400  # characters between an "it" and the organisation it stands for
_HEADLINE_LENGTH = 200  # a first line longer than this, with no full stop, is a body, not a headline
_MAX_IT_COMPANY_DISTANCE = 1500  # characters between a company's funding "it raised" and the company's name
_AGED = LazyPattern(r"[Tt]he\s+\d{1,3}-year-old\b")  # a person the article named, by age
_MAX_PRONOUN_DISTANCE = 1200  # characters between a he/she and the person it stands for
_MAX_PRONOUN_RUNS = 25  # capitalised runs looked at, back from a he/she


# a description glued on a name: "Harbor Capital-backed Portline", "Velmar-based Portline"
GLUED = LazyPattern(r"\S*\w-(?:backed|based|owned|funded|led|born)\b")
# a researcher and the people who work with them: "Zelenitsky and her colleagues"
_WITH_COLLEAGUES = LazyPattern(r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})[ \t]+and[ \t]+(?:his|her|their)[ \t]+"
                               r"(?:colleagues|co-?authors|collaborators|team)\b")
# a study's lead author and the others, as a press release names them: "Daniel E. Hall, M.D., M.Div., of the
# Veterans Affairs Pittsburgh Healthcare System, and colleagues examined"
_LEAD_AND_COLLEAGUES = LazyPattern(r"([A-Z][\w’'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})(?:,[ \t]+(?P<degrees>(?:[A-Z][\w.]*\.,?[ \t]+)*)"
                                   r"(?:of|from|at)\b[^\n]{0,160}?,)?[ \t]+and[ \t]+(?:colleagues|co-?authors|coworkers)\b")
_NAMED_RESEARCHERS = LazyPattern(r"\b([A-Z][\w’'&.-]+(?:[ \t]+[A-Z][\w’'&.-]+){0,3})[ \t]+researchers\b")
_RESEARCHERS_AT = LazyPattern(r"\bresearchers[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?[A-Z][\w’'&.-]+"
                              r"(?:[ \t]+(?:(?:of|for|and)[ \t]+)?(?:the[ \t]+)?[A-Z][\w’'&.-]+){0,8}")
_THE_AUTHORS = frozenset({"researchers", "the researchers", "authors", "the authors", "the study authors",
                          "the study's authors", "the study’s authors", "investigators", "the investigators"})
# the body whose officials the article named: "Officials at the Kansas Health Information Network announced"
_OFFICIALS_AT = LazyPattern(rf"\b[Oo]fficials[ \t]+(?:at|of|from|with)[ \t]+(?:the[ \t]+)?({RUN.pattern})")
# officials the article named by their country or body: "Afghan officials say", "Pentagon officials said"
_NAMED_OFFICIALS = LazyPattern(r"\b([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+)?)[ \t]+officials\b")
_BOUNDARY = LazyPattern(r"\b")
# an acronym's name spelled out in parentheses after it: "UNCTAD (United Nations Conference on Trade and Development)"
_SPELLED_OUT = LazyPattern(rf"\s+\(({RUN.pattern})\)")
# groups of people a place's name may own: "Las Vegas authorities"
_PLACED_GROUPS = frozenset({"authorities", "officials"})
# a company's legal form after its name ("EMC Corp.", "Portline Holdings")
_LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "gmbh", "ag", "sa", "nv", "holdings"})
# a company's second word after its own name ("Portline Holdings", "Velmar Health"), never one a country's
# name takes ("Korea Electric", "Qatar Airways"), so that "Velmar" alone stays the country
_COMPANY_ENDINGS = _LEGAL_FORMS | frozenset({"group", "health", "analytics", "insights", "labs", "technologies",
                                             "solutions", "software", "ventures", "partners", "brands", "enterprises"})


def _headed_by(run: list[str], tokens: list[str]) -> bool:
    """Does a body's one word ("the Foundation") head this run, which ends with it or names what it is of or for
    ("the Node.js Foundation", "the Foundation for Economic Education"; not a headline's "Node.js Foundation
    Members")?"""
    if len(tokens) > 1 or key(tokens[0]) not in ORG_HEADS:
        return True
    at = [i for i, token in enumerate(run) if key(token) == key(tokens[0])]
    # ("Imperial College London": a place's one word after the head)
    return any(i == len(run) - 1 or key(run[i + 1]) in ("of", "for", "on") or
               i == len(run) - 2 and not run[-1].endswith("s") and key(run[-1]) not in ORG_HEADS | TITLES for i in at)


class EntityTable(CompanyNames, PoliceForces):
    def __init__(self, text: str):
        self.text = text
        self._completed: dict[tuple[str, ...], list[tuple[int, list[str]]]] = {}

    @classmethod
    def build(cls, text: str) -> EntityTable:
        return cls(text)

    @cached_property
    def runs(self) -> list[tuple[int, list[str]]]:
        """(offset, tokens) of each run of capitalised words, in reading order."""
        out = []
        for match in RUN.finditer(self.text):
            words = match.group().split()
            tokens = trimmed(words)
            if len(tokens) >= 3 and all(t.isupper() for t in tokens):
                continue  # "NATO WASN'T THERE WHEN WE NEEDED THEM": a line shouted, no name
            if len(tokens) >= 2 and tokens[-1] in ("ID", "IDs") and (tokens[-2].endswith("s") or key(tokens[-2]) == "police"):
                tokens = tokens[:-1]  # a headline's verb: "Deputies ID boy", "Police ID suspect"
            if tokens:
                dropped = len(words) - len(tokens)
                offset = match.start() + (len(" ".join(words[:dropped])) + 1 if dropped else 0)
                out += parted(offset, tokens)
        return out

    @cached_property
    def _run_starts(self) -> list[int]:
        return [at for at, _ in self.runs]

    @cached_property
    def _story_starts(self) -> list[int]:
        """Where each story after the first opens, in a text that runs several under their datelines."""
        return [match.start() for match in _DATELINE.finditer(self.text)][1:]

    def _before(self, at: int):
        """Runs that start before offset `at` in its story, the nearest first."""
        end = bisect_left(self._run_starts, at)
        story = bisect_right(self._story_starts, at)
        floor = max(at - LOOKBACK, self._story_starts[story - 1] if story else 0)
        for index in range(end - 1, -1, -1):
            if self.runs[index][0] < floor:
                return
            yield self.runs[index]

    @cached_property
    def _lower_orgs(self) -> list[tuple[int, str]]:
        return [(m.start(1), m.group(1)) for m in _LOWER_ORG.finditer(self.text)]

    def person_before(self, at: int) -> tuple[int, str] | None:
        """(offset, name) of the person a he/she before offset `at` may stand for: the last person a
        sentence opened with ("Shannon Ruiz, an analyst, said ..."), else the last person named, if
        near enough. A heading ("Policy Shortcomings") is no person."""
        nearest = None
        for looked, (start, tokens) in enumerate(self._before(at)):
            if at - start > _MAX_PRONOUN_DISTANCE or looked >= _MAX_PRONOUN_RUNS:
                break
            person = person_in(tokens)
            name = " ".join(person) if person else None
            bare = strip_titles(tokens)  # "Varadkar", "Mr Varadkar": a surname the article gave in full
            if name is None and len(bare) == 1 and is_capitalised(bare[0]) and key(bare[0]) not in TITLES:
                name = self._surname(bare[0], start)
            if name is None or self._heading(start, tokens):
                continue
            end = start + len(" ".join(tokens))
            if self._opens_sentence(start) and (tokens[-1].endswith(("'s", "’s")) or self.text[end:end + 2] in ("'s", "’s")):
                # "Ruiz’s mother, Eva Ruiz, is ...": the sentence is about whom Ruiz owns, named in apposition
                if nearest and re.fullmatch(r"\S*\s+[a-z][\w\s-]*,\s+", self.text[end:nearest[0]]):
                    return nearest
                continue
            if self._opens_sentence(start):
                return start, name
            nearest = nearest or (start, name)
        return nearest

    def organisation_before(self, at: int) -> tuple[int, str] | None:
        """(offset, name) of the organisation an "it" before `at` may stand for: the last one a
        sentence opened with, if near enough."""
        for start, tokens in self._before(at):
            if at - start > _MAX_IT_DISTANCE:
                return None
            if is_org(tokens) and self._opens_sentence(start) and not self._heading(start, tokens):
                return start, " ".join(tokens)
        return None

    def _heading(self, start: int, tokens: list[str]) -> bool:
        end = start + len(" ".join(tokens))
        line_start = self.text.rfind("\n", max(0, start - LOOKBACK), start) + 1
        line_end = self.text.find("\n", end)
        return not self.text[line_start:start].strip() and not self.text[end:line_end if line_end >= 0 else None].strip()

    def _opens_sentence(self, start: int) -> bool:
        before = self.text[max(0, start - 30):start].rstrip(" \t\"“‘")
        words = before.split()
        if words and key(words[-1]) in FUNCTION_WORDS and not words[-1].endswith((".", "!", "?")):
            before = before[:len(before) - len(words[-1])].rstrip(" \t\"“‘")  # "But Trip Chowdhry"
        return not before.strip() or before.endswith(("\n", ".", "!", "?", ".\"", ".”", "?”", "!”"))

    def _surname(self, surname: str, at: int) -> str | None:
        wanted = key(surname)
        for _, tokens in self._before(at):
            last = -2 if len(tokens) >= 3 and key(tokens[-1]) in NAME_SUFFIXES else -1  # "Norman B. Thomson III"
            if len(tokens) >= 2 and key(tokens[last]) == wanted:
                person = person_in(tokens)
                if person:
                    return " ".join(person)
        return None

    def resolve(self, name: str, at: int) -> str:
        """The fullest earlier name for `name` (a surname, acronym, head noun, role or part of a name);
        people named together ("Scher and Van Den Hoek") one by one. An organisation the article names
        in full only later ("the Police Federation", then "the Police Federation of Velmar") takes
        that name: the article's fullest."""
        found = self._resolve(name, at)
        if found.endswith(("’s", "'s")) and " " in found:
            found = found[:-2]  # "Velmar Energy’s proposed rate change ... the company said": the company's name
        tokens = found.split()
        if len(tokens) >= 2 and key(tokens[-1]) in ORG_HEADS and all(is_capitalised(t) for t in tokens):
            later = next((run for start, run in self._completions(tuple(tokens)) if at < start <= at + LOOKBACK), None)
            if later:
                return " ".join(later)
            if self._in_headline(at) and self._headline_end <= _HEADLINE_LENGTH:
                # "Sheriff's Office: 3 dead", then "the Potter County Sheriff's Office said"
                later = next((run for start, run in self.runs if self._headline_end < start <= at + LOOKBACK
                              and len(run) > len(tokens) and run[-len(tokens):] == tokens), None)
                return " ".join(later) if later else found
        if len(tokens) >= 2 and key(tokens[-1]) in ORG_HEADS and is_capitalised(tokens[0]) and \
                all(is_capitalised(t) or t in PARTICLES for t in tokens):
            # "the Department of Justice" and, once, "the Wisconsin Department of Justice": the one state's body
            # ("the Wisconsin Department of Justice Division of Criminal Investigation" names it too)
            placed = {" ".join(run[:k + len(tokens)]) for _, run in self.runs for k in (1, 2)
                      if run[k:k + len(tokens)] == tokens and " ".join(run[:k]).casefold() in US_STATES}
            return placed.pop() if len(placed) == 1 else found
        return found

    def _completions(self, tokens: tuple[str, ...]) -> list[tuple[int, list[str]]]:
        """Runs that complete a name with "of" or "for" ("Police Federation" -> "Police Federation of
        Velmar"), read once per name."""
        if tokens not in self._completed:
            n = len(tokens)
            self._completed[tokens] = [(start, run) for start, run in self.runs if len(run) > n + 1 and
                                       tuple(run[:n]) == tokens and key(run[n]) in ("of", "for")
                                       and not document_after(run, list(tokens))]
        return self._completed[tokens]

    def _resolve(self, name: str, at: int) -> str:
        group = _WITH_COLLEAGUES.fullmatch(name)
        if group:  # "Zelenitsky and her colleagues": the researcher at full length, with them
            lead = " ".join(trimmed(group.group(1).split()))  # not "But Zelenitsky"
            return f"{self.resolve(lead, at)}{name[group.end(1):]}" if lead else name
        if key(name.split()[-1]) == "team" and len(name.split()) <= 2:  # "the team": the colleagues named before
            led = list(_WITH_COLLEAGUES.finditer(self.text, max(0, at - _ROLE_LOOKBACK), at))
            if led:
                return self._resolve(led[-1].group(), led[-1].start())
        if name.casefold() in _THE_AUTHORS:
            # "the researchers found" after a release's "Daniel E. Hall, M.D., of ..., and colleagues examined"
            led = [m for m in _LEAD_AND_COLLEAGUES.finditer(self.text, max(0, at - LOOKBACK), at)
                   if person_like(m.group(1).split()) or m.group("degrees")]  # ("Daniel E. Hall, M.D.": a person)
            if led:
                return f"{self.resolve(led[-1].group(1), led[-1].start(1))} and colleagues"
            # ("Australian researchers" are no body's)
            named = [(m.start(), f"{m.group(1)} researchers")
                     for m in _NAMED_RESEARCHERS.finditer(self.text, max(0, at - LOOKBACK), at)
                     if key(m.group(1).split()[0]) not in FUNCTION_WORDS and not DEMONYM.fullmatch(m.group(1))]
            named += [(m.start(), m.group()) for m in _RESEARCHERS_AT.finditer(self.text, max(0, at - LOOKBACK), at)]
            if named and key(name.split()[-1]) == "researchers":
                # "researchers say" after "Johns Hopkins researchers" or "researchers at the USC Leonard Davis School"
                return max(named)[1]
        if name.casefold() in ("officials", "the officials"):  # "officials say" after "Officials at KHIN announced"
            named = list(_OFFICIALS_AT.finditer(self.text, max(0, at - _ROLE_LOOKBACK), at))
            if named:
                return self.resolve(" ".join(trimmed(named[-1].group(1).split())), named[-1].start(1))
            for m in reversed(list(_NAMED_OFFICIALS.finditer(self.text, max(0, at - _ROLE_LOOKBACK), at))):
                if body := trimmed(m.group(1).split()):  # not "The officials", "Some officials"
                    return f"{' '.join(body)} officials"
        owned = re.match(r"(?:[Tt]he\s+)?(?:country|nation)(['’]s?\s+\S.*)", name)
        if owned:  # "the country's health ministry": the country named last before it
            place = self._place_before(at)
            return place + owned.group(1) if place else name
        if " and " in name and all(self._a_person(part, at) for part in name.split(" and ")):
            return " and ".join(self.resolve(part, at) for part in name.split(" and "))
        if " and " in name and all(is_acronym(part) for part in name.split(" and ")):
            # "CBO and JCT": each body as the article spelled it out ("the Joint Committee on Taxation (JCT)")
            return " and ".join(self._acronym(part.replace(".", ""), at) or part for part in name.split(" and "))
        tokens = name.split()
        if tokens and key(tokens[0]) == "the":
            tokens = tokens[1:]
        if not tokens:
            return name
        bare = " ".join(tokens)
        if key(bare) in ("state", "commonwealth"):
            return self._us_state_before(at) or bare  # "the commonwealth estimates" after "Pennsylvania"
        if key(bare) == "police":
            return self._police() or bare
        if len(tokens) >= 2 and key(tokens[-1]) == "police" and tokens[-1].islower() and is_capitalised(tokens[0]):
            return self._police_department(" ".join(tokens[:-1])) or bare  # "Seattle police": its department
        if len(tokens) == 2 and key(tokens[-1]) == "police" and all(t.islower() for t in tokens):
            # "state police" and "Delaware state police": the force the article names with its place, wherever it does
            named = {m.group() for m in re.finditer(rf"\b(?:[A-Z][\w.-]*\s+)+{re.escape(bare)}\b", self.text)}
            return named.pop() if len(named) == 1 else bare
        if len(tokens) == 1 and is_acronym(tokens[0]):
            return self._acronym(tokens[0].replace(".", ""), at) or bare
        if len(tokens) == 2 and is_acronym(tokens[0]) and key(tokens[1]) in UNNAMED_EXPERTS:
            # "WSU researchers" after "Washington State University researchers": the body in full
            body = self._acronym(tokens[0].replace(".", ""), at)
            return f"{body} {tokens[1]}" if body else bare
        if len(tokens) == 1 and self.text.rfind(f"({tokens[0]})", max(0, at - LOOKBACK), at) >= 0:
            return self._acronym(tokens[0], at) or bare  # "Hamu" after "Hale Mutual (Hamu)"
        if all(is_capitalised(t) or t in ("and", "of", "for", "the", "&") for t in tokens) and is_capitalised(tokens[0]):
            if len(tokens) == 1:
                # "Ruiz" for "Ana Ruiz"; in a familiar register, "Tessa" for "Tessa Varga"
                # a company's first word is the company before it is anyone's first name ("Zoom", not "Zoom Phone")
                # ("Apple" before "the fastest Mac Apple has shipped" is Apple's own name, no Mac Apple's surname)
                person = self._surname(tokens[0], at)
                full = (person if person and not self._alone_first(tokens[0], person, at) else None) or \
                    self._opened_company(tokens[0], at) or \
                    self._first_name(tokens[0], at) or self._shared_surname(tokens[0], at)
                if full:
                    return full
            return self._fuller(tokens, at) or bare
        if all(t.islower() for t in tokens):
            return self._described([key(t) for t in tokens], at) or bare
        if tokens[-1].islower() and key(tokens[-1]) in TITLES:
            # "the Portline founder": the person the article called so ("Portline founder Mira Salo")
            found = self._given_role(key(tokens[-1]), at)
            # "the Indian army", "an Indian official": a body or an unnamed person, not "Indian"
            return found if found and not set(found.split()) <= set(tokens) else bare
        return bare

    def _us_state_before(self, at: int) -> str | None:
        """The US state named last before `at`, as one word or two ("Oregon", "New Jersey")."""
        for _, tokens in self._before(at):
            for size in (2, 1):
                for i in range(len(tokens) - size + 1):
                    name = " ".join(t[:-2] if t.endswith(("'s", "’s")) else t for t in tokens[i:i + size])
                    if name.casefold() in US_STATES:
                        return name
        return None

    def _place_before(self, at: int) -> str | None:
        """The one-word name, no person's, organisation's or surname, last used within a sentence or two
        before `at` ("Indonesia reported ..., according to the country's ministry")."""
        for start, tokens in self._before(at):
            if at - start > _MAX_IT_DISTANCE:
                return None
            if len(tokens) == 1 and not is_org(tokens) and key(tokens[0]) not in TITLES | DESCRIPTORS \
                    and not self._surname(tokens[0], start) and not self._heading(start, tokens):
                return tokens[0][:-2] if tokens[0].endswith(("'s", "’s")) else tokens[0]
            if len(tokens) > 1 and not person_in(tokens):
                return None
        return None

    def resolve_subject(self, phrase: str, at: int) -> str | None:
        """A subject at its fullest where the article named it: "The company" -> "Verizon Communications",
        "Annie" -> "Annie Mumolo", a company's funding "it" -> the company (None when none is named near);
        any other phrase as written."""
        if phrase == "it":  # a company's funding: the company named last, no investor in it
            return self._owning_company(at, _MAX_IT_COMPANY_DISTANCE)
        if _AGED.match(phrase):  # "The 28-year-old (shortstop)": the person named last, else nobody named
            person = self.person_before(at)
            return person[1] if person else None
        words = phrase.split()
        bare = words[1:] if key(words[0]) == "the" and len(words) > 1 else words
        if len(bare) == 1 and key(bare[0]) in COMPANY_NOUNS and bare[0].islower():
            return self._owning_company(at) or self._given_role(key(bare[0]), at) or phrase
        if len(bare) == 1 and bare[0].islower() and key(bare[0]) in DESCRIPTORS:
            name = self.resolve(bare[0], at)
            return name if name != bare[0] else phrase
        if " and " in phrase:  # "Johnson and Manzara": each at its fullest
            return " and ".join(self.resolve_subject(part, at) for part in phrase.split(" and "))
        if bare is not words and len(bare) >= 2 and all(is_capitalised(w) for w in bare) and key(bare[-1]) in ORG_HEADS:
            # "The Dental Institute": the body the article named in full, whose name ends so (not "Air Force Space
            # Command" for "the Air Force", another body)
            full = self._fuller(bare, at)
            if full and full.split()[-len(bare):] == bare:
                return full
        untitled = strip_titles(bare)  # "Mr Corbett": the surname alone
        if len(untitled) == 1 and is_acronym(untitled[0]):
            # "The FEC" after "the Federal Election Commission (FEC)": the body spelled out
            return self._opened_by_acronym(untitled[0], at) or self._acronym(untitled[0].replace(".", ""), at) or phrase
        if len(untitled) == 1 and is_capitalised(untitled[0]) and not is_acronym(untitled[0]):
            full = self._surname(untitled[0], at) or self._first_name(untitled[0], at) or self._team(untitled[0], at)
            # (not "Chan Zuckerberg Initiative-backed Andela": a description glued before the name, no fuller name)
            return full if full and not self._alone_first(untitled[0], full, at) and not GLUED.search(full) else phrase
        return phrase

    def _team(self, plural: str, at: int) -> str | None:
        """"the Knicks" after "the New York Knicks": a team named by its plural, after the place's name."""
        if plural[-1:] != "s" or not plural[:-1].isalpha():
            return None
        return next((" ".join(run) for _, run in self._before(at) if 2 <= len(run) <= 4 and run[-1] == plural
                     and key(run[0]) in PLACE_OPENERS), None)

    def _alone_first(self, word: str, full: str, at: int) -> bool:
        """Did the article use `word` alone before it gave `full`? Then the word is a name of its own
        ("Pakistan" before "Tehrik-e-Taliban Pakistan"), not a short form of the fuller one."""
        first_full = self.text.find(full, max(0, at - LOOKBACK), at)
        return first_full > 0 and any(tokens == [word] and not self._in_headline(start) for start, tokens in
                                      self.runs[:bisect_left(self._run_starts, first_full)])

    def _in_headline(self, start: int) -> bool:
        """Is `start` on the article's first line, a headline (no full stop at its end)? A headline names
        people and clubs short ("with Ruiz on the job", "PSV beat Velmar") before the story names them in full."""
        return start < self._headline_end

    @cached_property
    def _title_cased(self) -> bool:
        """Is the headline in title case ("Treasury Announces Approval of Funds"), so that its runs of capitals
        run past the names in it?"""
        words = [w for w in self.text[:self._headline_end].split() if w[:1].isalpha() and len(w) > 3]  # ("of", "to")
        return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

    @cached_property
    def _headline_end(self) -> int:
        """Where the first line ends if it is a headline, else 0 (read once: a body of one long line would
        cost its length at every look)."""
        newline = self.text.find("\n")
        first_line = self.text[:newline] if newline >= 0 else ""
        if first_line.rstrip().endswith((".", "!", "?", ".”", '."')):
            return 0
        after = self.text[newline:].lstrip("\n")
        repeated = first_line and after.startswith(first_line) and after[len(first_line):len(first_line) + 1] in ("\n", "")
        # (a page's headline, then its title again above the story: both are the headline)
        return len(self.text) - len(after) + len(first_line) if repeated else len(first_line)

    def _opened_by_acronym(self, acronym: str, at: int) -> str | None:
        """"PSV" after "PSV Eindhoven": the last name of two words the acronym opened, the second a name's word
        (not "NATO Secretary"), unless the article used the acronym alone before it."""
        full = next((" ".join(run) for _, run in self._before(at) if len(run) == 2 and
                     run[0] == acronym and is_capitalised(run[1]) and key(run[1]) not in TITLES | ORG_HEADS | NOT_NAMES),
                    None)
        return full if full and not self._alone_first(acronym, full, at) else None

    def _opened_company(self, word: str, at: int) -> str | None:
        """"Zoom" after "Zoom Video Communications": the last company of three words or more it opened."""
        return next((" ".join(run) for begins, run in reversed(self._companies) if begins < at and len(run) >= 3
                     and key(run[0]) == key(word) and at - begins <= LOOKBACK), None)

    def _first_name(self, first: str, at: int) -> str | None:
        """"Annie" after "Annie Mumolo": the person last named with this first name, unless the article
        used the word alone before naming them ("Velmar" before "Velmar Watches" is a company's name)."""
        for start, tokens in self._before(at):
            if len(tokens) >= 2 and first in tokens:
                person = person_in(tokens)  # "Prime Minister Datuk Seri Anwar Ibrahim" for "Anwar"
                if person and person[0] == first:
                    alone_before = any(run == [first] and not self._in_headline(begins)
                                       for begins, run in self.runs[:bisect_left(self._run_starts, start)])
                    return None if alone_before else " ".join(person)
        return None

    def _shared_surname(self, first: str, at: int) -> str | None:
        """"Joshua" (or "Sally") after "Joshua and Sally Strebel": two people who share the surname, if the
        article never used the first name alone before naming them together (as it does "India" in "India and Sri Lanka")."""
        for start, tokens in self._before(at):
            if len(tokens) == 4 and tokens[1] == "and" and first in (tokens[0], tokens[2]) and "-" not in tokens[2] \
                    and person_in(tokens[2:]) == tokens[2:] and person_in([tokens[0], tokens[3]]) == [tokens[0], tokens[3]] \
                    and not any(run == [first] for _, run in self.runs[:bisect_left(self._run_starts, start)]):
                return f"{first} {tokens[3]}"
        return None

    def _a_person(self, name: str, at: int) -> bool:
        """Is this part of "X and Y" a person: a full name, or a surname the article gave in full?"""
        tokens = name.split()
        return len(tokens) >= 2 and person_in(tokens) is not None or len(tokens) == 1 and \
            self._surname(tokens[0], at) is not None

    def _spelled_after(self, acronym: str, start: int, end: int) -> re.Match | None:
        """The first "ACRONYM (Its Name)" in text[start:end], as `\\bACRONYM\\s+\\((RUN)\\)` would find it: a literal
        find and one fixed pattern, where a pattern per acronym took milliseconds to compile on a cold start."""
        found = self.text.find(acronym, start, end)
        while found >= 0:
            if _BOUNDARY.match(self.text, found) and (spelled := _SPELLED_OUT.match(self.text, found + len(acronym), end)):
                return spelled
            found = self.text.find(acronym, found + 1, end)
        return None

    def _acronym(self, acronym: str, at: int) -> str | None:
        spelled = self._spelled_after(acronym, max(0, at - LOOKBACK), at + 200)
        if spelled and spells(acronym, spelled.group(1).split()):
            return spelled.group(1)  # "UNCTAD (United Nations Conference on Trade and Development)"
        defined = self.text.rfind(f"({acronym})", max(0, at - LOOKBACK), at)
        for start, tokens in self._before(at):
            if defined >= 0 and start < defined and self.text[start:defined].rstrip().endswith(tokens[-1]) \
                    and not self.text[start + len(" ".join(tokens)):defined].strip():
                return " ".join(tokens)
            if _spelled_out(acronym, tokens):
                return " ".join(_owner(tokens))
        # "the NFL argued ... the National Football League’s headquarters": the article's fullest name, given later
        for start, tokens in self.runs[bisect_left(self._run_starts, at):]:
            if start > at + LOOKBACK:
                break
            if _spelled_out(acronym, tokens):
                return " ".join(_owner(tokens))
        # "EMC" after "EMC Corp.": the company's name with its legal form ("IBM Software" is a division)
        return next((" ".join(run) for _, run in self._before(at) if len(run) == 2 and run[0] == acronym
                     and key(run[1]) in _LEGAL_FORMS), None)

    def _fuller(self, tokens: list[str], at: int) -> str | None:
        """A longer earlier name that holds this one: "the Hale Institute", "the General Staff"."""
        if len(tokens) == 1 and not is_org(tokens):
            # "Velmar" is not "Velmar and Ostrava", nor "Gates" a "Getty Images Gates"; "Portline" is "Portline
            # Holdings", a company's name and its corporate word
            found = next((" ".join(run) for _, run in self._before(at) if len(run) == 2 and run[0] == tokens[0]
                          and key(run[1]) in _COMPANY_ENDINGS), None)
            # "Babson" after "Babson College": the one body of two words the name opens, if never used alone before
            bodies = {key(run[1]): run for _, run in self._before(at) if len(run) == 2 and key(run[0]) == key(tokens[0])
                      and key(run[1]) in _INSTITUTIONS}
            found = found or self._team(tokens[0], at)
            if found is None and len(bodies) == 1:
                run = [t[:-2] if t.endswith(("'s", "’s")) else t for t in bodies.popitem()[1]]
                found = None if self._alone_first(tokens[0], " ".join(run), at) else " ".join(run)
            return found
        best = None
        person = len(tokens) >= 2 and person_like(tokens)  # a person's fuller name is a person's name, no heading
        for start, run in self._before(at):
            if self._title_cased and self._in_headline(start):
                continue  # "Biden-Harris Administration Announces Tens of Millions of Dollars": a headline in title case
            if len(run) > len(tokens) and contains(run, tokens) and (best is None or len(run) > len(best)) \
                    and ("and" not in run or "and" in tokens) and not document_after(run, tokens) \
                    and not (person and not person_like(strip_titles(run))) \
                    and not role_of(run, tokens) and _headed_by(run, tokens):
                best = run

        if best and person_like(strip_titles(best)):
            best = strip_titles(best)  # "Ahmed Sharif" after "Lt. Gen. Ahmed Sharif": the name alone
        return " ".join(best) if best else None

    def _agency(self, at: int) -> str | None:
        """"the agency said": the government body the article named most before `at`, by name or acronym ("the Food
        and Drug Administration" fifteen times, "the Drug Enforcement Administration" once, nearer); the nearer
        of two named as often."""
        counts: dict[str, int] = {}
        for _, tokens in self._before(at):
            if len(tokens) >= 2 and key(tokens[-1]) in _AGENCY_HEADS and is_org(tokens) and not person_in(tokens):
                name = " ".join(tokens[key(tokens[0]) == "the":])
                if name not in counts:
                    acronym = initials(name.split())
                    counts[name] = self.text.count(name, 0, at) + len(re.compile(rf"\b{acronym}\b").findall(self.text, 0, at))
        return max(counts, key=counts.get) if counts else None  # (max keeps the first, the nearest, of equals)

    def _described(self, keys: list[str], at: int) -> str | None:
        """"the commissioner", "the institute", "the agriculture ministry", "the operator", "the company"."""
        head = keys[-1]
        for _, tokens in self._before(at):
            run_keys = [key(t) for t in tokens]
            if head in run_keys and all(k in run_keys for k in keys):
                person = person_in(tokens)
                if person and head in TITLES and head in run_keys[:len(tokens) - len(person)]:
                    return " ".join(person)  # "Harbour Commissioner Ana Ruiz"
                if is_org(tokens) and not person:
                    # "the zoo" in "Oakland Zoo California Trail" is "Oakland Zoo"; "Oakland Zoo’s" its owner
                    end = run_keys.index(head) + 1
                    if end < len(tokens) and run_keys[end] not in ("of", "for", "and", "&"):
                        tokens = tokens[:end]
                    if tokens[-1].endswith(("'s", "’s")):
                        tokens = tokens[:-1] + [tokens[-1][:-2]]
                    return " ".join(tokens)
        lower = [(start, name) for start, name in self._lower_orgs if at - LOOKBACK <= start < at
                 and name.split()[-1] == head and all(k in name.split() for k in keys)]
        if lower:
            start, name = lower[-1]
            # "Velmar Railways carried ..., the state railway said": the name that description was given
            said = re.match(rf"\s+(?:{SAYS})\b", self.text[start + len(name):start + len(name) + 12])
            return (self.sentence_opener(start) if said and head in _SELF_REPORTING else None) or name
        if head in ("agency", "regulator") and len(keys) == 1:
            agency = self._agency(at)
            if agency:
                return agency
        if head in COMPANY_NOUNS:
            return self._company(at) or self._given_role(head, at)
        if head not in _SELF_REPORTING:
            # "..., its director said Monday." before "The agency's executive director, Ana Ruiz, said": a person's
            # role the article gives only later is theirs too
            return self._given_role(head, at) or (self._given_role(head, at, after=True)
                                                  if head in TITLES - DESCRIPTORS - COMPANY_NOUNS else None)
        # "..., the railway said": the organisation opening this sentence, or one an earlier "the railway said" closed
        earlier = (m.start() for m in reversed(list(re.finditer(rf"\b[Tt]he\s+(?:[a-z]+\s+)?{head}\s+(?:{SAYS})\b",
                                                                self.text[max(0, at - _ROLE_LOOKBACK):at]))))
        return self._given_role(head, at) or self.sentence_opener(at) or next(
            (name for start in earlier if (name := self.sentence_opener(max(0, at - _ROLE_LOOKBACK) + start))), None)

    def sentence_opener(self, at: int, acting: bool = False) -> str | None:
        """"Velmar Rail repaired 1,700 km, the railway said": the organisation that opens the sentence;
        `acting`, only as the subject of its verb ("Portline, a ferry operator, raised", not "Data-centre sales rose")."""
        opening = self._opening_run(at)
        if opening is None:
            return None
        start, tokens = opening
        if acting and not _ACTS.match(self.text, start + len(" ".join(tokens)), at):
            return None
        return None if person_in(tokens) or self._surname(tokens[0], start) else " ".join(tokens)

    def _opening_run(self, at: int) -> tuple[int, list[str]] | None:
        """The capitalised run that opens the sentence `at` stands in, if one does before `at`."""
        for start, tokens in self._before(at):
            if re.search(r"[.!?]\s|\n", self.text[start:at]):
                return None
            if self._opens_sentence(start):
                return start, tokens
        return None

    def _given_role(self, head: str, at: int, after: bool = False) -> str | None:
        """A name the article described with this word: "chief executive Mira Salo", "Ana Ruiz, the
        harbour commissioner," / "Portline, a ferry operator,"; a company noun takes any company's. The
        nearest before `at`, or with `after`, the first after it."""
        lo, hi = (at, at + _ROLE_LOOKBACK) if after else (max(0, at - _ROLE_LOOKBACK), at)
        found = [(m.start(1), m.group(1)) for pattern in described_by(head) for m in pattern.finditer(self.text, lo, hi)]
        for _, run in sorted(found, reverse=not after):
            tokens = trimmed(run.split())
            if not tokens or _nationality_only(tokens):
                continue  # "South African firm ordered to ...": where the firm is, not what it is called
            person = person_in(tokens) or (strip_titles(tokens) if head in TITLES and person_like(strip_titles(tokens))
                                         else None)
            if head in TITLES and head not in DESCRIPTORS:
                if person and (len(person) >= 2 or self._surname(person[0], at)):
                    return " ".join(person)  # never a word alone: "Indian official" names no "Indian"
            elif head in _PLACED_GROUPS and not person and not is_org(tokens):
                return f"{' '.join(tokens)} {head}"  # "Las Vegas authorities": a place's, not the place
            elif head in DESCRIPTORS or not person or len(tokens) == 1:
                return " ".join(tokens)  # what a union or a company is called, however like a person's name
        return None


def _owner(tokens: list[str]) -> list[str]:
    """"National Football League’s Park Avenue" -> "National Football League": the owner, not what it owns."""
    index = next((i for i, t in enumerate(tokens) if t.endswith(("'s", "’s"))), None)
    return tokens if index is None else tokens[:index] + [tokens[index][:-2]]


def _spelled_out(acronym: str, tokens: list[str]) -> bool:
    """Does the run (or its owner's part) spell the acronym out ("National Football League" for "NFL")?"""
    tokens = _owner(tokens)
    return len(tokens) >= 2 and is_org(tokens) and initials(tokens) == acronym
