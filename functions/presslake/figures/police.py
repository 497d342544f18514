"""Which police force "police said" stands for: the one force the article names with its place, in full or by its
initials. EntityTable (entities.py) extends PoliceForces."""

from __future__ import annotations

import re

from presslake.figures.lexicons import FUNCTION_WORDS
from presslake.figures.names import key
from presslake.lazy_regex import LazyPattern

# a police force named by its place: "Ostrava police", "Velmar County police"
_PLACE_POLICE = LazyPattern(r"\b([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2})[^\S\n]+police\b")  # one line: not "Atlanta\n\nAtlanta police"
# the force with a capital, without its "Department": "Columbus Police say", "Brookfield Township Police Chief Dan
# Faustino" (a name that may be another body's too: "the Velmar Police Chiefs Association")
_PLACE_POLICE_NAMED = LazyPattern(r"\b([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2})[^\S\n]+Police\b"
                                  r"(?![^\S\n]+(?:Department|Service|Force|Bureau)\b)")
# a force known by its initials, as it speaks: "NYPD says", "an LAPD spokesman" (not a hospital's "OPD")
_POLICE_INITIALS = LazyPattern(r"\b[A-Z]{1,4}PD(?=[^\S\n]+(?:[Ss]ays?|said|[Ss]pokes\w+|[Oo]fficers?|[Dd]etectives?|"
                               r"[Oo]fficials?|[Cc]hief|[Cc]ommissioner|[Ss]gt\.?|[Ss]ergeant|[Ll]ieutenant)\b)")
_POLICE_DEPARTMENT = LazyPattern(r"\b(?!(?:The|A|An)\s)(?:[A-Z][\w’'-]+[^\S\n]+){1,3}Police[^\S\n]+(?:Department|Service|Force|Bureau)\b")


class PoliceForces:
    text: str

    def _police(self) -> str | None:
        """"police said": the one force the article names with its place ("Ostrava police"), wherever it does;
        none where it names two."""
        forces = self._forces(_PLACE_POLICE) or self._forces(_PLACE_POLICE_NAMED)
        if not forces:  # "police said" where the force is named only in full ("Johnston Police Department") or by its
            # initials ("an NYPD spokesman said")
            departments = {m.group() for m in _POLICE_DEPARTMENT.finditer(self.text)} or \
                {m.group() for m in _POLICE_INITIALS.finditer(self.text)}
            return departments.pop() if len(departments) == 1 else None
        if len(forces) != 1:
            return None
        place = forces.pop()
        return self._police_department(place) or f"{place} police"

    def _forces(self, pattern: LazyPattern) -> set[str]:
        return {m.group(1) for m in pattern.finditer(self.text) if key(m.group(1).split()[0]) not in FUNCTION_WORDS}

    def _police_department(self, place: str) -> str | None:
        """"Seattle police" as the article names the force in full anywhere: "Seattle Police Department"."""
        department = re.search(rf"\b{re.escape(place)}\s+Police\s+(?:Department|Service|Force|Bureau)\b", self.text)
        return department.group() if department else None
