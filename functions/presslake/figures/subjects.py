"""Whom a figure is about: the noun phrase the sentence says it of, or None when it does not say.

The subject of the clause that states the figure ("The Russian military had lost 62,400 soldiers",
"Output increased 2.61 percent": a quantity the clause is about is its subject, as the d1 round's blind
labels give it; not one with "the", "The average check is $20", which rounds h1-h4 label with the owner
the article gave or none), "losses of the North Korean army ... amount
to", "983 soldiers of the (Russian) army", "62% of farmers" (a surveyed group). A document reports
figures and a speaker announces them: neither owns them ("The update listed 14 tanks"). A share of a
group is the group's ("38% of rural households owned a car", "Among part-time dockers, 44%", "Most nurses
(61%)"); an indefinite or demonstrative phrase, a document, "the city" or an adjective alone names no owner.
"""

from __future__ import annotations

import re


from presslake.figures.clauses import (_APPOSITION, _MAIN_CLAUSE, _RELATIVE, _REPORTED, _SPEAKER_IT, _SUBJECT,
                                       _SUBJECT_BEFORE_VERB, _SUBJECT_IN_WINDOW, _TRAILING, _clean, _main_clause_before)
from presslake.figures.lexicons import (DOCUMENTS, FUNCTION_WORDS, NEGATED_AUXILIARIES, ORG_HEADS, PEOPLE, PLACE_HEADS,
                                        QUANTITY_NOUNS, TIER_NAMES, TIME_WORDS)
from presslake.figures.entities import GLUED
from presslake.figures.runs import is_person
from presslake.figures.respective import respective, respective_names
from presslake.figures.short_forms import spelled_out
from presslake.figures.names import DEMONYM, is_acronym, is_capitalised, key, person_like, strip_titles
from presslake.lazy_regex import GuardedPattern, LazyPattern

_NOT_SUBJECTS = {"it", "this", "that", "he", "she", "they", "we", "i", "you", "there", "which", "who", "these",
                 "those", "its", "their", "his", "her", "our", "what", "some", "many", "most", "all", "each", "one"}
# "allocated $4 billion to the Velmar Revenue Service": money given to a body is the body's
_GIVEN = LazyPattern(r"\b(?:allocated|allotted|granted|awarded|gave|given|donated|lent|transferred|earmarked)\s+"
                     r"(?:[\w’'-]+\s+){0,2}$")
_TO_RECIPIENT = LazyPattern(r"^(?:\s+[a-z][\w-]*){0,3}\s+to\s+(?P<recipient>(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,5}"
                            r"[A-Z][\w’'.&-]*)")
# "Tomas Peete (29.5 tackles for loss)", "Ostrava-Lakes (38.4 points/game)": a named player's or team's figure
_NAME_BEFORE_PARENTHESIS = LazyPattern(r"(?<![\w’'°-])(?P<name>(?:[a-z]{1,2}[A-Z][\w’'.&-]*\s+)?"  # "iA Writer", "eBay"
                                       r"(?:[A-Z][\w’'.&-]*\s+(?:&\s+)?){0,5}[A-Z][\w’'.&-]*)\s+\($")  # "Iris & Ink Crop Trousers ($85)"
# "Carricante, Italy ($19.99)" is where a listed thing comes from, "0.1 degrees Celsius (0.18 ...)" a unit
_LISTED_OR_MEASURED = LazyPattern(r"(?:,|\d|\bdegrees?)\s*$")
_PRICES_LISTED = LazyPattern(r"\([$€£][^()]*\),\s*$")  # "Cocoon Coat ($109), Mossimo Belt ($23)": things and their prices
_PERCENT_SIGN = r"(?:%|percent\b|per\s+cent\b)"  # what makes a number a share in the patterns below
# "42% of tenants paid too much, up from 28% in 2011": the earlier value is the same quantity's
# (this and _SHARE_AND open on a guard for the number's first character: it fails faster than the look-behind)
_UP_FROM = GuardedPattern(rf"(?=[$€£\d])(?<![\w.,])(?P<number>[$€£]?\d[\d,.]*(?:\s*{_PERCENT_SIGN})?)[^.;:()\d]{{1,120}}?(?:,|\s[–—])\s+"
                          r"(?:up|down)\s+(?:sharply\s+|slightly\s+)?from\s+(?:(?:just|only|about|around|roughly|nearly|almost|some|"
                          r"less\s+than|more\s+than|over|under)\s+)?$", needs=("from",))
# "21% of tenants reported a leak and 17% reported mould": a share with no group of its own is the earlier one's
_SHARE_AND = LazyPattern(rf"(?=\d)(?<![\w.,])(?P<number>\d[\d,.]*\s*{_PERCENT_SIGN})\s+of\s+[^.;:()\d]{{1,120}}?"
                         r"(?:,\s+|\s+)and\s+$")
_SHARE_VERB = LazyPattern(r"\s+(?:reported|said|say|says|were|are|had|have|did|do|want|wanted)\b")
# "raised its fares from $10 to $12": the second figure is the first one's quantity
_FROM_TO = GuardedPattern(rf"\bfrom\s+(?P<number>[$€£]?\d[\d,.]*)(?:\s*{_PERCENT_SIGN})?\s+to\s+$", needs=("from",))
_COORDINATED = LazyPattern(r"(?<![\w.,])(?P<number>[$€£]?\d[\d,.]*|(?:two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|twenty|thirty|forty|fifty|hundred)(?![\w-]))(?:\s+[a-z][\w-]*){0,3}\s+and\s+$")
_AFTER_PLACE_WORD = LazyPattern(r"\b(?:in|at|across|near|into|from|to|on)\s+(?:the\s+)?$")
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


_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "them", "us"})
_PLURAL_POSSESSIVE = LazyPattern(r"(?:ren|men|ple)['’]s$", re.I)
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# an adverb inside a phrase is followed by its verb: "Villagers also allege", "The country then started"
_MID_ADVERBS = frozenset({"also", "then", "now", "still", "already", "just", "later", "again"})
# the last word before a figure that makes it a place or an attribute of the object
# (or a conjunction that opens another clause: "emerged unscathed after two executives resigned")
_NOT_OBJECTS = frozenset({"in", "into", "across", "within", "among", "the", "with", "after", "before", "until",
                          "because", "when", "while", "unless", "although"})
# quantities that belong to their possessor: "Velmar's jobless rate", "Ukraine's grain harvest"
_QUANTITIES = frozenset({"rate", "rates", "deficit", "surplus", "harvest", "budget", "debt", "output", "price",
                         "prices", "cost", "costs", "share", "exports", "imports", "revenue", "revenues", "spending",
                         "population", "growth", "inflation", "production", "sales", "profit", "profits", "gdp",
                         "unemployment", "emissions", "turnover", "income", "earnings", "reserves", "toll"})
# "Velmar's 35 clinics", "Okafor’s 31.6 percent": a possessive name right before the figure
# (not "the resort’s 397 rooms": a common noun stands for a name the rules do not resolve it to)
_POSSESSIVE_BEFORE = LazyPattern(r"(?=[A-Z])(?<![\w’'-])(?P<name>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:['’]s|(?<=s)['’])\s+$")
_NAMED_AFTER = LazyPattern(r"\s+[A-Z]")
# "nine VWS staff members": an organisation's acronym (three letters or more) modifying the counted noun
_ACRONYM_IN_FIGURE = LazyPattern(r"\s(?P<acronym>[A-Z]{3,8})\s+(?P<noun>[a-z][\w-]*)")
# what an organisation has: its people and its premises ("200 GOP offices"); "ten USB ports" or "12 LED
# panels" name a kind of thing, not whose it is
_ORGANISATIONS_OWN = PEOPLE | frozenset({"staff", "staffers", "members", "employees", "workers", "offices", "office",
                                         "stores", "shops", "branches", "outlets", "sites", "plants", "facilities",
                                         "installations", "bases", "schools", "clinics", "hospitals", "centres",
                                         "centers", "warehouses", "depots"})
_PLACE_ACRONYMS = frozenset({"USA", "UAE"})
# "recorded a 40% increase in orders": the change is the orders', not the clause subject's
_CHANGE_OF = LazyPattern(r"\s+(?:increase|rise|raise|hike|jump|drop|fall|decline|growth|gain|cut|reduction)s?\s+(?:in|of)\b")
# a share of a group that answers: "62% of farmers said", "41% of respondents in the survey"
_ANSWER_AFTER = LazyPattern(r"(?:\s+(?:who|that)\s+[\w-]+)?\s+(?:said|say|says|told|reported|think|thought|believe|"
                            r"believed|want|wanted|plan|planned|support|supported|oppose|opposed|agree|agreed|expect|"
                            r"expected|prefer|preferred|would|will)\b")
# a group named by up to four words that end in a plural: "rural households", "Velmar voters", "Gen Z users"
_GROUP = r"(?P<group>(?:(?:[A-Z][\w.&-]*|[a-z][\w-]*)\s+){0,3}?(?:[a-z][\w-]*s|[A-Z][a-z]*(?:ers|ans)|[A-Z]{2,5}s))"
# (a people's name may be capitalised: "Gen Zers", "Americans", "CIOs")
# "38% of rural households owned", "12% of Velmar voters back", "(19% of students)": the share's group, then
# the clause's verb or its end (not a preposition or clause that goes on to say which of them: "of dockers
# who work nights")
_SHARE_OF_GROUP = LazyPattern(rf"^\s+of\s+(?:all\s+)?{_GROUP}(?:\s*[.;,)]|\s+(?P<next>[a-z][\w’'-]*))")
_NOT_VERBS = FUNCTION_WORDS - {"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
                                "will", "would", "can", "could", "should", "may", "might", "must", "say", "says",
                                "said"} - NEGATED_AUXILIARIES | {"whose", "aged", "living", "per", "throughout", "inside", "outside",
                                                 "via", "aboard", "nationwide", "worldwide"}
# quantities counted in a unit, not a group: "20% of dollars raised"
_MEASURES = frozenset({"dollars", "euros", "pounds", "points", "votes", "ballots", "seats", "hours", "minutes",
                       "days", "weeks", "months", "years", "miles", "kilometres", "kilometers", "tonnes", "tons",
                       "funds", "expenditures", "proceeds", "resources", "goods", "means", "series"})
# "Most night-shift nurses (61%)", "Nearly half of Velmar tenants (48%)", "the largest share of borrowers (30.9%)"
_QUANTIFIED_GROUP = LazyPattern(rf"(?:%\)\s+and|\b[Mm]ost|\b[Mm]any|\b[Oo]ne\s+in\s+(?:two|three|four|five|six|ten)|\b(?:[Hh]alf|[Mm]ajority|[Mm]inority|share|[Tt]hird|[Qq]uarter|"
                                rf"[Ff]ifth|[Pp]roportion)\s+of)\s+(?:all\s+)?{_GROUP}\s+\($")
# "Among part-time dockers, 44% want": the group the sentence opens with, whatever clause defines it
_AMONG = LazyPattern(r"(?:^|\n|[.;:!?]\s+|[-•*]\s+)Among\s+(?P<group>[^,;:.\n\d]{2,80}?),\s+(?:(?:about|nearly|almost|"
                     r"some|roughly|around|over|only|just|more\s+than|less\s+than)\s+)?$")
# "the city", "the center": a place the article named (the labels give its name); not "the market"
_PLACE_NOUNS = PLACE_HEADS - {"market"} | {"country", "nation", "center", "centre", "venue", "publication"}
# a verb the owner's phrase ran into ("debt of the United States stands at")
_STATE_VERBS = frozenset({"being", "stands", "stood", "amounts", "totals", "totalled", "totaled", "reached", "reaches",
                          "rose", "rises", "fell", "falls", "grew", "grows"})
_TALLIES = frozenset({"count", "tally", "check", "base", "range", "target"})
_UNCOUNTED_PLURALS = frozenset({"women", "men", "people", "children", "adults", "those"})
_EVENT_NOUNS = frozenset({"conference", "summit", "festival", "initiative", "program", "programme", "fair", "expo"})
# a noun, then a verb in the past: a clause, not a noun phrase ("the company reduced certification prep");
# not "The newly renovated hall", "the most visited site", "students who borrowed"
_CLAUSE_INSIDE = LazyPattern(r"\s(?!(?:who|that|which|most|least|more|less|well|best|so)\s)[a-z]+(?<!ly)\s[a-z]{2,}ed\s+[a-z]")
# "Velmar Foods reported diluted earnings per share (EPS) of $0.21", "Portline posted free cash flow of $9
# million": a company's own results, which it reports
_RESULTS = GuardedPattern(rf"(?:^|[,;:—]\s+|\bthat\s+)(?P<subject>{_SUBJECT})\s+(?:also\s+)?(?:reported|posted|booked|"
                          r"recorded|generated|delivered)\s+(?:[\w’'-]+\s+){0,5}?(?P<noun>[\w-]+)\s+(?:\([A-Z]{2,6}\)\s+)?"
                          r"of\s+(?:(?:about|nearly|roughly|around|over|almost|more\s+than|just\s+over)\s+)?$",
                          needs=("reported", "posted", "booked", "recorded", "generated", "delivered"))
_RESULT_NOUNS = frozenset({"flow", "eps", "share", "ebitda", "bookings", "billings", "backlog"})
# "- Velmar Foods (NYSE:VFD) - Market cap: $24.5 billion - Dividend yield: 0.64%": a listed company's row
_TICKER_ROW = GuardedPattern(r"(?:[-•*]\s+|\d{1,2}[.)]\s+)?(?P<name>(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*)\s+"
                             r"\((?:NYSE|NASDAQ|Nasdaq|NYSEARCA|AMEX|LSE|TSX|ASX|OTC)[A-Za-z]*:\s?[A-Z][A-Z.]{0,6}\)", needs=("(",))
# "(NASDAQ: VFD) shares were up 3% at $12.40", "(NYSE: OSL) stock fell": a line that quotes the stock's price
# (not prose that opens with the company: "Netflix (NASDAQ:NFLX) made streaming TV an everyday staple")
_PRICE_MOVE = LazyPattern(r"\s+(?:(?:shares|stock)\s+)?(?:(?:was|were|is|are)\s+(?:up|down)|traded|rose|fell|gained|"
                          r"dropped|slipped|jumped|climbed|pushed|closed|edged|surged|sank|tumbled)\b")
# "Velmar reported an additional 107 cases", "Ostrava reports 6,600 new cases": a place counting its own
_REPORTS_CASES = LazyPattern(r"(?:^|[,;:—]\s+|[.!?]\s+|\bthat\s+)(?P<subject>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"
                             r"(?:reports|reported|records|recorded|registered|confirms|confirmed)\s+(?:(?:an?\s+)?"
                             r"(?:additional|another|further|more\s+than|over|nearly|about|some|at\s+least)\s+)?$")
_CASES = LazyPattern(r"[\d.,]+(?:\s+(?:new|more|additional|further|confirmed|daily))*\s+(?:cases|infections|deaths|"
                     r"fatalities)\b")
# "To get the drugs to ": an opening phrase that the next comma closes
_OPENING_PHRASE = LazyPattern(r"(?:^|[.!?]\s+)(?:To|In|For|At|On|From|With|After|Before|By|Of)\s[^,;:.!?]*$")
_NAME_IN_LIST = LazyPattern(r"[A-Z][\w’'.-]*,\s+$")
# "Gita Mini: $2,475": a line that gives a named thing's figure (a name the article uses in its prose too,
# not only as a label: "Most Recent Rating: 4/4")
# a body that reports others' figures: "Sheriff's Office: 3 found dead" is its report, not its count
_REPORTING_BODIES = frozenset({"police", "office", "department", "sheriff", "coroner", "authorities", "officials"})
_NAME_COLON = GuardedPattern(r"(?:[-•*]\s+)?(?P<name>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){1,3}):\s*(?:about\s+|around\s+)?", needs=(":",))
# "highest among Velmar dockers (22.2 per 100,000), followed by Ostrava dockers (7.2 per 100,000)": the rate of
# the group of people named right before it
_AMONG_BEFORE_PARENTHESIS = LazyPattern(r"\b(?:among|followed\s+by)\s+(?P<group>(?:(?:[A-Z][\w+-]*|[a-z][\w+-]*|and)\s+)"
                                        r"{0,5}[a-z][\w-]*s)\s+\($")
_SENTENCE_END = LazyPattern(r"[.!?](?:\s|$)")
# "raised $120 million at a $320 million valuation": the valuation is the raiser's, as the money is
_AT_A = LazyPattern(r"(?<![\w.,])(?P<number>[$€£]\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?)[^.;:()$€£\d]{0,60}?"
                    r"\s+at\s+an?\s+(?:[\w-]+\s+)?$")
_VALUATION = LazyPattern(r"(?:\s+[\w-]+)?\s+valuation\b")
# "This round gives Cabify around $150 million in total funding": the named recipient's
_GIVES = GuardedPattern(r"\b(?:gives|gave|giving)\s+(?P<name>(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)\s+"
                        r"(?:(?:around|about|roughly|nearly|some|over|more\s+than|a\s+total\s+of)\s+)?$", needs=("giv", "gave"))
# "In June 2014, it raised another $9.2 million", "It has received $20 million in funding": a company's funding
_IT_RAISED = GuardedPattern(r"(?:^|[,;:—]\s+|[.!?]\s+|\bthat\s+)[Ii]t\s+(?:also\s+|has\s+|had\s+|has\s+now\s+)?(?:raised|received|"
                            r"secured|got|closed)\s+(?:(?:another|an\s+additional|a\s+further|a|an|more\s+than|over|about|"
                            r"nearly|some|its)\s+)?$", needs=("raised", "received", "secured", "got", "closed"))
_STAKE_IN = LazyPattern(r"(?:\s+[\w-]+){0,2}?\s+(?:investment|round|stake|financing)\s+(?:in|into)\b")
# a measure's acronym: "the highest ROI ($39 per dollar)" restates a quantity, it names no owner
_METRICS = frozenset({"roi", "eps", "ebitda", "arpu", "cagr", "apr", "apy", "nps", "kpi", "tco", "irr"})
_LIST_GOES_ON = LazyPattern(r",\s+(?:(?:and|or)\s+)?[a-z][\w-]*(?:,|\s+(?:and|or)\b)")
_CONTRACTION = LazyPattern(r"['’]")
# what a price is of ("Pricing is set at €80"): the thing priced, not the price, is the subject
_PRICE_WORDS = frozenset({"price", "prices", "pricing", "cost", "costs", "membership", "memberships", "admission",
                          "entry", "fee", "fees", "fare", "fares", "subscription", "subscriptions", "tuition", "rent"})
_NAME_JOINS = frozenset({"the", "a", "an", "of", "and", "for", "de", "la", "van", "von", "der", "del", "da", "&"})
_SURVEYED = LazyPattern(r"\b(?:polled|surveyed|questioned|respondents|survey|poll)\b")


def subject_of(text: str, char_start: int, char_end: int, sentence_start: int, kind_is_percent: bool) -> str | None:
    """The owner's phrase, or "it" for a company's funding ("it raised $9 million"), which the entity table
    resolves."""
    names = respective_names(text, char_start, char_end, sentence_start)
    if names:
        return respective(names, text[char_end:char_end + 160])
    candidate = _candidate(text, char_start, char_end, sentence_start, kind_is_percent)
    subject = candidate if candidate == "it" else _whole(candidate)
    if subject and (_COUNTED_PHRASE.match(subject) or _NO_OWNER.match(subject)):
        return None  # '"One burger bought for $10,000!"', "One of the things was 20-plus wins": a count, no owner
    if subject and (each := _EACH.match(subject)):
        subject = subject[each.end():]  # "Each household would pay $8,000": the household's
    if subject is None or subject == "it" or _unnamed(subject):
        return _listed_company(text, char_start) or subject
    return spelled_out(text, subject) if is_acronym(subject) else subject



_COUNTED_PHRASE = LazyPattern(r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|"
                              r"thousands|\d[\d,.]*)\b")


# "The following are five tips", "Some long-ago impact carved out this pit": nothing named
# ("Of note was that 35% of students worry": a phrase that opens on a preposition owns nothing)
_NO_OWNER = LazyPattern(r"(?:[Tt]he\s+following|[Ss]ome|Of|In|On|At|For|From|With|By)\b(?!-)")
_EACH = LazyPattern(r"(?:[Ee]ach|[Ee]very)\s+(?=\S)")


def _unnamed(subject: str) -> bool:
    """A quantity the phrase names no owner of: "The consensus price target", "the 52-week range"."""
    return all(w.islower() or not w[0].isalpha() for w in subject.split()[1:]) and key(subject.split()[0]) == "the"


def _listed_company(text: str, char_start: int) -> str | None:
    """The company a line opens with by its ticker ("Velmar Foods (NASDAQ: VFD) shares rose 3%. The 52-week
    range is ..., It has a consensus target of ..."): a stock paragraph's quantities are the company's."""
    line_start = text.rfind("\n", 0, char_start) + 1
    row = _TICKER_ROW.match(text, line_start, char_start)
    return row.group("name") if row and _PRICE_MOVE.match(text, row.end()) else None


def _candidate(text: str, char_start: int, char_end: int, sentence_start: int, kind_is_percent: bool) -> str | None:
    whole = char_start - sentence_start <= _WINDOW  # the sentence's start is in sight
    before = text[max(sentence_start, char_start - _WINDOW):char_start]  # (bounded: a sentence may be a whole page)
    near = _named_beside(before, text[char_start:char_end], text[char_end:char_end + 40])
    if near:
        return near
    line_start = text.rfind("\n", 0, char_start) + 1
    row = _TICKER_ROW.match(text, line_start, char_start)
    if row and not _SENTENCE_END.search(text, row.end(), char_start):
        return row.group("name")
    labelled = _NAME_COLON.fullmatch(text, line_start, char_start)
    if labelled and text.count(labelled.group("name")) > text.count(labelled.group("name") + ":") and not any(
            key(w) in QUANTITY_NOUNS | _QUANTITIES for w in labelled.group("name").split()) and \
            key(labelled.group("name").split()[-1]) not in _REPORTING_BODIES:
        return labelled.group("name")
    group = _group_before(before)
    if group:
        return group
    among = _opens_parenthesis(before) and _AMONG_BEFORE_PARENTHESIS.search(before)
    if among and _people(among.group("group").split()[-1]) and _a_group(among.group("group").replace(" and ", " ")):
        return among.group("group")
    named = _named_before_parenthesis(before, kind_is_percent)
    if named:
        return named
    given = _GIVEN.search(before) and _TO_RECIPIENT.match(text[char_end:char_end + 100])
    if given:
        return _clean(given.group("recipient"))
    coordinated = kind_is_percent and _SHARE_VERB.match(text, char_end) and _SHARE_AND.search(before) or \
        before.rstrip().endswith("and") and _COORDINATED.search(before) or _FROM_TO.search(before) or _UP_FROM.search(before) or (
            _VALUATION.match(text, char_end) and _AT_A.search(before))
    if coordinated:
        start = char_start - len(before) + coordinated.start("number")
        return _candidate(text, start, start + len(coordinated.group("number")), sentence_start, kind_is_percent)
    relative = _RELATIVE.search(before)
    # (a place's "which" is often the whole clause's: "sales of $4m in the Velmar region, which is a 10% rise")
    if relative and key(relative.group("subject").split()[0]) not in FUNCTION_WORDS | _NOT_SUBJECTS \
            and not _AFTER_PLACE_WORD.search(before, 0, relative.start()):
        return _owner(relative.group("subject"), relative.group("tail").split())
    apposition = _APPOSITION.search(before)
    # (not a name that closes an opening phrase: "To get the drugs to Barcelona, a user mails 10 milligrams")
    if apposition and key(apposition.group("subject").split()[0]) not in FUNCTION_WORDS | _NOT_SUBJECTS \
            and not _OPENING_PHRASE.search(before, 0, apposition.start()):
        return _owner(apposition.group("subject"), apposition.group("tail").split())
    speaker = _SPEAKER_IT.search(before)
    if speaker:  # (a person's "it" is something else: "Ana Ruiz said it will cut 500 jobs")
        name = _clean(speaker.group("subject"))
        return None if len(name.split()) >= 2 and person_like(name.split()) else _owner(name, speaker.group("tail").split())
    results = _RESULTS.search(before)
    if results and key(results.group("noun")) in QUANTITY_NOUNS | _RESULT_NOUNS \
            and key(results.group("subject").split()[-1]) not in DOCUMENTS:
        return _owner(_clean(results.group("subject")), [])
    reporter = _CASES.match(text, char_start) and _REPORTS_CASES.search(before)
    if reporter and not _a_body_or_person(reporter.group("subject").split()):
        return reporter.group("subject")
    if _IT_RAISED.search(before):
        return "it"
    given_to = _GIVES.search(before)
    if given_to and key(given_to.group("name").split()[0]) not in FUNCTION_WORDS | _NOT_SUBJECTS:
        return given_to.group("name")
    match = (_SUBJECT_BEFORE_VERB if whole else _SUBJECT_IN_WINDOW).search(before)
    if match and _STAKE_IN.match(text, char_end):
        return None  # "Velmar Fund led a $30 million investment in Portline": whose money, the investor's or
        # the company's, the clause leaves open
    if match and " and " in match.group("subject") and _NAME_IN_LIST.search(before, 0, match.start("subject")):
        return None  # "Poland, Lithuania and Latvia all spent": the list is longer than the phrase found
    if match:
        subject = _clean(match.group("subject"))
        if subject.casefold().split()[-1] not in DOCUMENTS and not _CHANGE_OF.match(text, char_end):
            return _owner(subject, match.group("tail").split())
    main = whole and _main_clause_before(before, text[char_end:char_end + 60])
    if main:
        return _owner(_clean(main.group("subject")), [])
    trailing = whole and _TRAILING.search(before)
    main = trailing and _MAIN_CLAUSE.search(before, 0, trailing.start())
    if main:
        return _owner(_clean(main.group("subject")), [])
    owners = list(_OF_BEFORE.finditer(before))
    if owners:  # the nearest one before the figure
        return _clean(owners[-1].group("subject"))
    after = text[char_end:char_end + 80]
    named = _OF_AFTER.match(after)
    # "15 percent of the General Assembly" is of a body; "3 per cent of the Earth's land" is a share
    # (not a name cut short: "500 miles of the Greatest Spectacle in Racing")
    if named and not (kind_is_percent and (_whole(named.group("subject")) or "x").rstrip(")").split()[-1].islower()) \
            and not (named.group("subject").split()[-1].islower() and _NAMED_AFTER.match(after, named.end())):
        return _clean(named.group("subject"))
    group = kind_is_percent and _group_after(text[char_end:char_end + 120])
    if group:
        return group
    if kind_is_percent:
        share = _SHARE_OF.match(after)
        if share and not share.group("subject").endswith("ss") and not _LIST_GOES_ON.match(after, share.end()) and (
                _ANSWER_AFTER.match(after, share.end()) or _SURVEYED.search(text, max(sentence_start, char_start - 400), char_end + 200)):
            return share.group("subject")
    return None


def _a_body_or_person(words: list[str]) -> bool:
    """"Velmar Police", "Dr. Ana Ruiz": a reporter that counts others' cases, not its own."""
    return key(words[-1]) in ORG_HEADS or is_person(" ".join(words))


def _named_before_parenthesis(before: str, kind_is_percent: bool) -> str | None:
    """A player, team or product named right before its figure in parentheses, its capitalised words
    ("Velmar junior Tomas Peete (29.5 tackles)", "Iris & Ink Crop Trousers ($85)"). Not a share: "Electricity
    (5.4%)" is a part; not a quantity or a unit: "2.3% of GDP (about £66bn)", "-22°F (-30°C)" restate the figure."""
    found = not kind_is_percent and _opens_parenthesis(before) and _NAME_BEFORE_PARENTHESIS.search(before)
    if not found or _LISTED_OR_MEASURED.search(before, 0, found.start()) and \
            not _PRICES_LISTED.search(before, 0, found.start()):
        return None
    words = found.group("name").split()
    if len(words) == 1 and key(words[0]) in TIER_NAMES:
        return None  # "Standard ($17/user) and Pro ($26/user)": a plan of a vendor the sentence does not name
    if key(words[0]) in FUNCTION_WORDS | _NOT_SUBJECTS or any(key(w) in TIME_WORDS or any(c.isdigit() for c in w)
                                                              for w in words) or key(words[-1]) in QUANTITY_NOUNS | _METRICS:
        return None
    acronyms = [i for i, w in enumerate(words) if is_acronym(w) and len(w) <= 3]
    if acronyms and person_like(words[acronyms[-1] + 1:]):
        return " ".join(words[acronyms[-1] + 1:])  # "Erie QB Blake Barnett": the player after his position (a
        # brand's longer acronym opens a product's name: "ASOS Woven Floral Tee")
    return " ".join(words)  # a product's whole name: "Victoria's Secret Cocoon Coat ($109)"


def _opens_parenthesis(before: str) -> bool:
    """Does `before` end in "(" and spaces? The patterns of a figure in parentheses end so: asked first, this
    spares their searches, which try each character of the window (so is the possessive asked for its "'s", and
    "Among" before its pattern)."""
    return before.rstrip().endswith("(")


def _a_group(phrase: str) -> bool:
    """Words that name a group of people or things: no determiner, pronoun or number, and a plural head
    that is no quantity or unit ("exports", "dollars")."""
    words = phrase.split()
    head = key(words[-1])
    return not any(key(w) in FUNCTION_WORDS for w in words) and not head.endswith(("ss", "us", "is")) \
        and head not in QUANTITY_NOUNS | _MEASURES


def _group_before(before: str) -> str | None:
    """The group a share stands for, named before it: "Among part-time dockers, 44%", "Most nurses (61%)"."""
    among = "Among" in before and _AMONG.search(before)
    if among:
        words = [key(w) for w in among.group("group").split()]
        if words[0] not in ("other", "them", "us", "these", "all") and any(
                w in _UNCOUNTED_PLURALS or len(w) > 3 and w.endswith("s") and not w.endswith("ss") for w in words):
            return among.group("group").strip()
    quantified = _opens_parenthesis(before) and _QUANTIFIED_GROUP.search(before)
    if quantified and _a_group(quantified.group("group")) and (
            not quantified.group().startswith("%") or _people(quantified.group("group").split()[-1])):
        return quantified.group("group")  # ("45%) and suicide attempts (22%)": things counted, not a group)
    return None


def _people(word: str) -> bool:
    return key(word) in PEOPLE | _UNCOUNTED_PLURALS or word.endswith(("ers", "ans", "ents", "ists", "ors", "ees")) \
        or word[:-1].isupper()


def _group_after(after: str) -> str | None:
    """"38% of rural households owned a car": the group after a share, before its verb."""
    share = _SHARE_OF_GROUP.match(after)
    if not share or not _a_group(share.group("group")) or _LIST_GOES_ON.match(after, share.end("group")):
        return None  # ("of pickers, packers, movers, and loaders": the first of a list is not the group)
    following = share.group("next")
    if following and (key(following) in _NOT_VERBS or following.endswith("ing")):
        return None
    return share.group("group")


def _named_beside(before: str, surface: str, after: str) -> str | None:
    """An owner named next to the figure: a possessive before it, an acronym inside its noun phrase."""
    possessive = before.rstrip().endswith(("'s", "’s", "s'", "s’")) and _POSSESSIVE_BEFORE.search(before[-80:])
    if possessive and not _NAMED_AFTER.match(after):  # "Ruiz’s $7 million Velmar mansion" is the mansion's
        owner = possessive.group("name")
        if key(owner.split()[-1]) not in TIME_WORDS and key(owner.split()[0]) not in FUNCTION_WORDS | _NOT_SUBJECTS:
            return owner
    acronym = _ACRONYM_IN_FIGURE.search(surface)
    if acronym and acronym.group("acronym") not in _PLACE_ACRONYMS and acronym.group("noun") in _ORGANISATIONS_OWN:
        return acronym.group("acronym")
    return None


def _owner(subject: str, tail: list[str]) -> str | None:
    """The clause's subject as the figure's owner, or None where the words say otherwise: a clause inside
    the phrase ("Ruiz agreed to delay", "The court heard the driver", "Workers also claim she"), a named
    object before the figure ("started charging Portline $5,000"), a figure in a place ("recorded in 50
    locations"), a figure describing the object ("bent
    the 40m mast"). A rate or harvest gives its possessor ("Velmar's jobless rate" -> Velmar), a title
    drops off a person's name ("Dr. Ana Ruiz")."""
    words = subject.split()
    if key(words[0]) in _POSSESSIVE_PRONOUNS | _PRONOUNS | TIME_WORDS or any(
            key(w) in _PRONOUNS or key(w) in ("to", "the", "a", "an") and key(words[i - 1]) not in ("of", "and", "for")
            or key(w) in _MID_ADVERBS for i, w in enumerate(words[1:], 1)):
        return None
    if any(is_capitalised(w) or key(w) in _PRONOUNS for w in tail) or tail and key(tail[-1]) in _NOT_OBJECTS \
            or [key(w) for w in tail[-2:]] == ["one", "of"]:
        return None  # ("is one of 300 promotions": the figure counts the group the subject is in)
    if tail and _REPORTED.fullmatch(key(tail[0])):
        return None  # "Officials have confirmed more than 100 ...": a speaker announces the figure, not its owner
    possessor = _POSSESSOR.match(subject)
    if possessor and key(words[-1]) in _QUANTITIES and words[-1].islower():
        return possessor.group("owner")
    untitled = strip_titles(words)
    return " ".join(untitled) if untitled != words and person_like(untitled) else subject


def _whole(subject: str | None) -> str | None:
    """A subject that names an owner, or None: no trailing verb ("the General Assembly is"), no bare
    determiner or pronoun ("The", "its"); a quantity ("the wage gap", "Velmar's grain harvest") gives
    its possessor if it has one."""
    if subject is None:
        return None
    words = subject.split()
    while words and (words[-1].casefold() in FUNCTION_WORDS | _STATE_VERBS or not any(c.isalnum() for c in words[-1])):
        words.pop()
    if not words or all(w.casefold() in FUNCTION_WORDS or w.casefold() in _NOT_SUBJECTS for w in words):
        return None
    if _CONTRACTION.search(words[0]) and key(_CONTRACTION.split(words[0])[0]) in _NOT_SUBJECTS | _PRONOUNS:
        return None  # "I’ve picked 500 items", "We're holding 12": a pronoun with its verb glued on
    if words[-1].endswith(("'s", "’s")) and is_capitalised(words[-1]) and not _PLURAL_POSSESSIVE.search(words[-1]):
        words[-1] = words[-1][:-2]  # "Salesforce's advertised $75/user plan": the possessor, its noun after the figure
        # ("Velmar Children's", "Women's": a name that ends so)
    bare = words[1:] if key(words[0]) == "the" else words
    if key(bare[-1]) in _PRICE_WORDS and all(w.islower() for w in bare[1:]):
        return None  # "Pricing is set at €80", "Membership costs $150": the price of something named before
    if len(words) == 2 and key(words[0]) == "the" and is_capitalised(words[1]) and not is_acronym(words[1]) \
            and key(words[1]) in ORG_HEADS:
        return None  # "the Board has increased", "The Government has provided": a body's title that stands
        # for the body the article named before, whose name the phrase does not give
    if key(words[0]) in ("a", "an", "that", "this") or key(words[-1]) in DOCUMENTS - ORG_HEADS:
        return None  # "A shared desk is $250": which one, the sentence does not say ("That AUV": what it points
        # back at); a report owns nothing
    if len(words) > 1 and key(words[0]) == "the" and all(w.islower() or not w[0].isalpha() for w in words[1:]) \
            and any(key(w) in QUANTITY_NOUNS | _QUANTITIES | _TALLIES for w in words[1:]):
        return None  # "The number of fatalities rose to 2,696", "The average check is $20": a quantity the
        # article spoke of, whose it is the phrase does not say
    if len(words) == 2 and key(words[0]) == "the" and words[1].islower() and words[1].endswith("est"):
        return None  # "The smallest is 150 square feet": an adjective alone, the noun it stands for unsaid
    if key(words[0]) == "the" and key(words[-1]) in _PLACE_NOUNS | _EVENT_NOUNS and all(
            w.islower() or DEMONYM.fullmatch(w) for w in words[1:]):
        return None  # "the city will house 250,000", "The Belarusian city has", "The four-day annual conference
        # has": the place's or event's name, which the article gave, is the subject
    if subject.count(")") > subject.count("(") or _CLAUSE_INSIDE.search(" ".join(words)):
        return None  # "Inc.) today": the rest of a name; "the company reduced certification prep": a clause
    return " ".join(_named_after_descriptor(words))


def _named_after_descriptor(words: list[str]) -> list[str]:
    """A name without the description glued before it: "Email security startup Agari" -> Agari, "Velmar
    rival Portline" -> Portline, "Harbor Capital-backed Portline" -> Portline; "the British Red Cross" and
    "pan-European STOXX 600" keep their words."""
    cut = max((i for i, w in enumerate(words[:-1]) if w.islower() and key(w) not in _NAME_JOINS
               or GLUED.fullmatch(w)), default=None)
    if cut is not None and key(words[cut]) in _NOT_VERBS:
        return words  # "voters in Velmar": a place that says which of them, no description
    rest = words[cut + 1:] if cut is not None else []
    return rest if rest and all(is_capitalised(w) for w in rest) else words
