"""The clause before a figure, as subjects.py reads it: the words that open a clause and may be its subject, the
verbs that make that subject the figure's owner and those that only report, reveal or come upon a figure, an aside
between a subject and its verb, a speaker's "it", a relative clause or an apposition after a name, a participle that
trails the clause, and the main clause a figure's phrase hangs on (joined to it by "and", or closed by a "with"
phrase); and the subject phrase found, without the subordinator before it or the adverb or participle after it."""

from __future__ import annotations

import re

from presslake.lazy_regex import GuardedPattern, LazyPattern

# the common reporting verbs: a clause's subject does not start with one
_REPORTING = (r"said|says|say|added|adds|reported|reports|claimed|claims|estimated|estimates|announced|announces|"
              r"stated|states|told|noted|notes|wrote|confirmed|confirms|declared|insisted|warned")
# a verb that makes a figure known, not one the subject has ("The mayor revealed that 12 stalls closed")
_REVEALING = r"announced|confirmed|revealed|disclosed|showed|found|heard|learned|alleged"
# a verb whose subject comes upon a figure, not one that owns it ("Police responded to two shootings", "Officers
# located three victims", "The system alerted police to 10 rounds")
_COMING_UPON = r"responded|located|alerted|arrived|searched|investigated|discovered|recovered|spotted|encountered"
# "have confirmed 100", "had reported 12": a perfect tense of a verb that makes a figure known
_REPORTED = LazyPattern(rf"{_REPORTING}|{_REVEALING}")
# up to four words opening a clause: "the" or a capitalised word first, no auxiliary verb, no dash before a name (a
# dateline's: "LAS CRUCES, New Mexico - Police arrested"; an aside's dash may stand: "Velmar - which has ...")
_SUBJECT_WORD = (rf"(?![-–—]+\s+[A-Z])(?!(?:had|has|have|was|were|is|are|and(?!\s+[A-Z])|or|but|that|on|in|at|for|from|by|with|last|earlier|"
                 rf"later|during|after|before|since|until|under|over|into|{_REPORTING})\b)[\w’'().-]+")
# (a capitalised preposition opens no subject: "During the boom it rose to 70 percent")
_SUBJECT = (rf"(?:[Tt]he\s+|(?!(?:During|After|Before|Since|In|On|At|For|From|By|With|Under|Over|Until)\b)(?=\(?[A-Z]))"
            rf"(?:{_SUBJECT_WORD}\s+){{0,3}}{_SUBJECT_WORD}")
_OWNING_VERBS = (r"(?:had|has|have)\s+(?:now\s+)?(?:lost|spent|killed|recorded|reported|counted|received|raised|paid|"
                 r"destroyed|deployed|earned|cut|made|taken|won|built|sold|bought|held|drawn|grown|flown|sown|given|"
                 rf"(?!{_REPORTING}|{_REVEALING}|{_COMING_UPON})[a-z]+ed)|have|"
                 # a future or planned act: "The railway will buy 20 locomotives", "plans to drill 30 wells"
                 # (not "would" or "could": "The best option would cost $2,000" is a supposition)
                 r"will|plans\s+to|plan\s+to|aims\s+to|expects\s+to|intends\s+to|wants\s+to|"
                 r"lost|loses|lose|spent|spends|killed|kills|wounds|injures|recorded|received|"
                 # a plural subject's present tense: "Cable households pay $74 billion", "Velmar ports employ 4,000"
                 r"pay|hold|own|employ|spend|earn|receive|control|operate|"
                 r"raised|paid|destroyed|deployed|earned|cut|counts|counted|has|had|owns|employs|employed|"
                 # a past tense the clause's subject did: "The port handled 40 ships", "Ferries ran 30 trips"
                 # (not a report: "Federal prosecutors announced three arrests" names a source, not an owner)
                 rf"(?!{_REPORTING}|{_REVEALING}|{_COMING_UPON})[a-z]+ed|ran|took|won|made|sold|bought|built|carried|"
                 r"shipped|held|hit|shot|sent|gave|got|kept|left|brought|led|drew|set|put|fought|"
                 r"boasts|includes|contains|totals|averages|hosts|houses|serves|operates|"
                 # a state the subject is in: "The average U.S. home is 2,000 square feet", "The economy grew by 3.2 percent"
                 r"is|was|are|were|stands\s+at|stood\s+at|grew|rose|fell|receives|pays|costs|earns|makes|holds|"
                 # a headline's present tense: "Dow futures surge 900 points"
                 r"surges?|jumps?|rises|falls|drops?|climbs?|slides|gains|soars?|plunges?|tumbles?|"
                 r"comprise|comprises|represents|accounts\s+for|accounted\s+for|runs|has\s+been|had\s+been|sits\s+at|sat\s+at|"
                 # a forecast of the subject's quantity: "The deficit is expected to reach 7%"
                 r"(?:is|are|was|were)\s+(?:expected|projected|forecast|set|likely)\s+to")
# "The Russian military had lost 62,400 soldiers": the phrase that opens the clause, then the verb ("added" only
# right before the figure: "The plan added $300 million" is a gain, "added that" a report).
# an aside between the subject and its verb: "Portline's team, by contrast, has", "Local 12, based in Velmar, has",
# "Portline, the largest carrier, lost", "The plant, occupied since March, has"
# (or a speaker's: "Udemy, Ruiz said, hosts 4,500 courses")
_ASIDE = (r"(?:,\s+(?:which|who|whose|by|however|meanwhile|too|based|a|an|the|on|in|at|near|[a-z]+ed)\b[^,;:]{0,80},|"
          r",\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|says|added|noted),)?")
_CLAUSE_TO_FIGURE = (rf"(?P<subject>{_SUBJECT}){_ASIDE}(?:\s+(?:on|in|at|last|this|earlier|later)\s+[\w-]+)?"
                     rf"\s+(?:{_OWNING_VERBS}|added(?=\s+$))(?P<tail>\s+(?:[\w’'-]+\s+){{0,2}}|\s+an?\s+(?:[a-z]+\s+){{1,2}}of\s+|"
                     # the subject's own quantity changed: "increased its bookings on the island by 84%"
                     rf"\s+(?:its|their)\s+(?:[\w’'-]+\s+){{1,4}}(?:by|to|at|from)\s+)$")
# "Velmar has said it has lost 18 soldiers", "The ministry said it had distributed 150,000 doses": the speaker's
# "it" is the speaker (not in a passive: "Officials said it was hit by 12 drones")
_SPEAKER_IT = GuardedPattern(rf"(?:^|[,;:—]\s+|\bthat\s+)(?P<subject>{_SUBJECT})(?:\s+(?:on|in|at|last|this)\s+[\w-]+)?"
                             r"\s+(?:has\s+|had\s+)?(?:said|says|announced|reported|confirmed)\s+(?:that\s+)?it\s+"
                             rf"(?:also\s+)?(?!(?:is|was|are|were)\b)(?:{_OWNING_VERBS})(?P<tail>\s+(?:[\w’'-]+\s+){{0,2}})$",
                             needs=("said", "says", "announced", "reported", "confirmed"))
# (a conjunction may open the clause after a comma: ", but Portline has 10"; a quotation its sentence:
# "“Velmar already has 11 ferries,” Ruiz said")
_CLAUSE_OPENING = r"[,;:—]\s+(?:(?:but|and|yet|so|while|whereas)\s+)?|\b(?:that|say|says|said)\s+"
_SUBJECT_BEFORE_VERB = LazyPattern(rf"(?:^[“\"]?|{_CLAUSE_OPENING}){_CLAUSE_TO_FIGURE}")
# the same within the last characters of a long sentence, where the window's start is no clause start
_SUBJECT_IN_WINDOW = LazyPattern(rf"(?:{_CLAUSE_OPENING}){_CLAUSE_TO_FIGURE}")
# "Ana Ruiz, who saved three match points", "Tomas Peete, a farmer who kept 40 goats": a relative clause's
# figure is its named antecedent's
# the guard on a capital (_RELATIVE, _APPOSITION, _POSSESSIVE_BEFORE) fails fast before the look-behind at most positions
_RELATIVE = GuardedPattern(r"(?=[A-Z])(?<![\w’'-])(?P<subject>(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*),\s+"
                           r"(?:(?:a|an|the)\s+[a-z][\w\s-]{0,40}?\s+)?(?:who|which)\s+(?:has\s+|have\s+|had\s+)?"
                           rf"(?!{_REPORTING}|{_REVEALING}|said|says)[a-z]+\s+(?P<tail>(?:[a-z][\w’'-]*\s+){{0,3}})$",
                           needs=("who", "which"))
# "Duqm, a fishing village 165 kilometers from the capital": an apposition holding the figure
_APPOSITION = LazyPattern(r"(?=[A-Z])(?<![\w’'-])(?P<subject>(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*),\s+an?\s+"
                          r"(?P<tail>(?:[a-z][\w-]*\s+){1,4})(?:with\s+)?$")
# "..., killing at least 13", "..., killing eight and injuring 38", "..., bringing in $100 billion": a participle after
# the clause is the clause subject's. Not "damaging" or "leaving" (the damage is the place's: "Missiles struck sites
# across Velmar, damaging four mosques"), "raising" ("launched a fundraiser, raising £49,000" is the fundraiser's)
# nor "with" ("The event is a target, with ten members of the group arrested")
_PARTICIPLES = r"killing|injuring|wounding|bringing"
_TRAILING = LazyPattern(rf",\s+(?:(?:{_PARTICIPLES})\b[^,;:]*?\s+and\s+)?(?:{_PARTICIPLES})(?:\s+in)?\s+"
                        r"(?:[a-z][\w-]*\s+){0,2}$")
_MAIN_CLAUSE = LazyPattern(rf"(?:^|[,;:—]\s+|\bthat\s+|\b(?:say|says|said)\s+)(?P<subject>{_SUBJECT})\s+"
                           rf"(?:(?:has|have|had)\s+)?(?:{_OWNING_VERBS}|struck|attacked)\b")
# "destroyed 549 drones and 55 missiles": the figure before "and" (a noun phrase away at most) shares its owner
# "Portline was founded in 1988 and now has 4,500 ferries": a verb joined by "and" keeps the clause's subject
# ("was launched a year ago but has already sold 29 million units": "but" too)
_AND_HAS = LazyPattern(r"\s+(?:and|but)\s+(?:(?:now|also|still)\s+)?(?:(?:has|have|had)(?:\s+(?:now|also|still|already))?"
                       r"(?:\s+(?:sold|built|made|raised|won|lost|earned|shipped|reached|signed|added|drawn))?|"
                       r"owns|employs|operates|runs)\s+(?:[\w’'-]+\s+){0,2}$")
_RELATIVE_WORD = LazyPattern(r"\b(?:which|who|whose|that)\b")  # ("TikTok, which is owned by X and has 1bn users")
# "Portline is the largest carrier, with over 500 ferries": the things a closing "with" phrase counts are the
# clause subject's (not "with ten members arrested": something done to them)
_WITH = LazyPattern(r",\s+with\s+(?:an?\s+)?(?:(?:over|about|more\s+than|nearly|almost|some|around|roughly|just)\s+)?$")
_WITH_END = LazyPattern(r"^(?:\s+(?![\w-]+ed\b)[\w’'-]+){0,3}\s*(?:[.,;:)]|$)")
_OPENERS = LazyPattern(r"^(?:while|when|if|although|though|because|as|after|before|since|unless|whereas|once|but|and|"
                      r"so|yet|meanwhile)\s+", re.I)
_ADVERBS = LazyPattern(r"(?:\s+(?:[a-z]+ly|now|also|still|already|then|just|only|even|too|again|once|alone|today|"
                      r"currently|nowadays))+$")  # ("Velmar Children's today is a 404-bed centre")
_PARTICIPLE = LazyPattern(r"\s+[a-z]+ed$")
_ABBREVIATION_END = LazyPattern(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")  # "U.S", "D.C" before their last full stop


def _clean(phrase: str) -> str:
    """A subject without the subordinator before it or an adverb or participle after it ("While Velmar",
    "Portline reportedly", "The company now", "The jets delivered [in May]"); an abbreviation keeps its last
    full stop ("The U.S.")."""
    stripped = phrase.strip(" ,.;:\"“”")
    if _ABBREVIATION_END.search(stripped) and phrase.strip(" ,;:\"“”").endswith("."):
        stripped += "."
    phrase = _ADVERBS.sub("", _OPENERS.sub("", stripped))
    return _PARTICIPLE.sub("", phrase) if " " in phrase else phrase


def _main_clause_before(before: str, after: str) -> re.Match | None:
    """The main clause a figure's phrase hangs on: "was founded in 1988 and now has 4,500 ferries" (not a
    relative clause's "and has"), "the largest carrier, with over 500 ferries"."""
    joined = _AND_HAS.search(before)
    if joined and not _RELATIVE_WORD.search(before, 0, joined.start()):
        end = joined.start()
    else:
        closing = _WITH.search(before)
        end = closing.start() if closing and _WITH_END.match(after) else None
    mains = list(_MAIN_CLAUSE.finditer(before, 0, end)) if end is not None else []
    return mains[-1] if mains else None
