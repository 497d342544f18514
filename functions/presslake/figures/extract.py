"""Figures: every number an article states as a fact, with its value, unit and qualifier.

Pure code, no I/O; ../shared/spec/figures.md is the definition. The scanner finds
number atoms (digits with separators, number words, scale words, currency signs),
joins ranges, then decides from the words around each atom whether it is a figure
(dates, years, clock times, durations, ages, ordinals, identifiers, scores, phone
numbers and addresses are not) and what it counts. Everything is regular
expressions over the sentence: no model to load, nothing to download.
"""

from __future__ import annotations

import re
from collections import Counter

from presslake.figures.context import PARTICIPLES, EarlierCounts, Sentence, _verb_before, part_of_earlier
from presslake.figures.exclusions import _is_excluded
from presslake.figures.tallies import _is_reference, _is_tally, ratio_to_one
from presslake.figures.languages import (cents_in_the_texts_dollar, decimal_comma, foreign_atoms, home_dollar,
                                         in_home_dollars, language_free, reads_english, swap_separators)
from presslake.figures.numbers import _Atom, _atoms, _scale_of
from presslake.figures.record import Figure
from presslake.figures.signs import _unit_word
from presslake.figures.text import _window, _words_after, sentence_spans
from presslake.figures.units import Attached, _zero_counts, attach_unit
from presslake.figures.text import _is_plural_noun, _measure_unit
from presslake.figures.vocabulary import _ADJECTIVES, _COMPOUND_NOUNS, _MONTH, _NOT_COUNTED_WORDS, _ONE_AS_A, _PAST_TENSES, _SMALL, _SPANS_OF_TIME, _SPEEDS, _STOP, _TENS
from presslake.lazy_regex import LazyPattern

_WORD_VALUES = [w for w in (*_SMALL, *_TENS) if w not in ("zero", "one")]
_AHEAD = 8  # the numbers after one that a list may join it to ("81,093; 63,927; ... and 28,865 cases")
_DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"}

__all__ = ["Figure", "extract_figures", "sentence_spans"]  # claims and the handler import these from here

_QUALIFIERS = [
    ("min", r"more than|over|at least|above|exceeding|upwards of|in excess of|no fewer than|no less than|"
            r"start(?:s|ed|ing)? (?:at|from)|(?:from )?as little as|a minimum of|exceed(?:s|ed)?"),
    ("max", r"up to|less than|under|fewer than|no more than|nearly|almost|just under|below|at most|as many as|"
            r"as much as|as high as|a maximum of|(?:rarely|never|not|n't) exceed(?:s|ed)?|sub-"),  # "a sub-$1000 laptop"
    ("approx", r"about|around|roughly|approximately|some|an estimated|estimated|an approximate|close to|"
               r"in the region of|estimated (?:at|to be(?: worth)?)|~"),
]
_QUALIFIER_BEFORE = [(name, LazyPattern(rf"(?:^|[\s(\"“])({words})\s*$", re.I)) for name, words in _QUALIFIERS]
# ("300-plus workers" is a minimum, see units._POST_MINIMUM; "6 boxes plus one router" adds)
_QUALIFIER_AFTER = [("min", LazyPattern(r"^\s*(?:\+|-plus\b|or (?:more|higher|above|greater)\b|and (?:up|above)\b(?=\s*(?:[,.;:!?)]|$)))", re.I)),
                    # "grew to 1,000-plus.", "a score of 90 or higher", "$50 and up"
                    ("approx", LazyPattern(r"^\s*or so\b", re.I))]
# "fork over $20", "handed over 12 files": "over" is the verb's particle, not a minimum
_PARTICLE_OVER = LazyPattern(r"\b(?:fork|hand|turn|take|sign|pass|give|pay|hold)(?:s|ed|ing)?\s+$|"
                             r"\b(?:took|taken|gave|given|paid|held|handed)\s+$", re.I)
# "his wife estimated 5 feet": a speaker's verb, not the qualifier "an estimated" ("the estimated 24,000")
_ESTIMATED_BY = LazyPattern(r"(?<![\w’'-])(?!(?:an|the|is|was|are|were|be|been|being|of|with|its|their|his|her|by)\b)"
                            r"[A-Za-z’']+\s+$", re.I)
# "has gone up to 50 from 27": a rise to the number, not a ceiling ("rent goes up to $1,999" is a range's top)
_RISEN_UP = LazyPattern(r"\b(?:gone|went|risen|rose|climbed|shot)\s+$", re.I)
_LINK_LINE = LazyPattern(r"\s*(?:(?:Read|Read more|Read next|Up next|Learn more|See also|Related|Watch|Listen|More|More on this|Check out|Magazine|Podcast|"
                         r"Also read|(?:Suggested|Recommended|Further) reading|You (?:may|might) also like|You might (?:also )?be interested in|"
                         r"(?:More|Related) (?:stories|articles|posts|links))\s*[:|]|\((?-i:See|Read|Watch|Photos|Video)\b|(?-i:Watch|Listen to) (?:a|an|the|our)\s|"
                         r"(?-i:Take a look at)\s)", re.I)  # "(See the top 10 spills.)", "Watch a talk with two ..."
_LINK_ITEM = LazyPattern(r"\s*[-•*–]\s")  # an item of a list of links
_HEADLINE = LazyPattern(r"\s*[^\n.!?]{3,150}[^\s.!?:\"”]\s*")  # a line with no full stop: a linked story's headline
# a related story's headline cut short, a line of its own: "AI investments in UAE to touch Dh33 billion in..."
_TRUNCATED_TEASER = LazyPattern(r"\s*[^\n.!?\"“”]{10,150}\w(?:\.\.\.|…)\s*")
# a condition put to the reader states no fact: "If you have 20 users, you need two more" is a sum, not news;
# it ends at a comma or where the main clause's "you" begins ("If you want one you can buy it for $15": the
# condition has no number, and the price is a fact)
_TO_THE_READER = LazyPattern(r"\s*If\s+you\b")
# an example made up to show a method: "For example, let's say ...", "Imagine two light switches", "In this example"
_SUPPOSED = LazyPattern(r"\s*(?:(?:For example|For instance|As an example),?\s+)?(?:let['’]s say|let us say|suppose|imagine|"
                        r"in this example)\b", re.I)
_LIST_MARKER = LazyPattern(r"\s*\d{1,3}[.)]\s*")  # a "sentence" that is only an item's number
# an offer put to the reader, an imperative with its condition: "Earn 50,000 points after you spend $3,000",
# "Get 20% more value when you redeem"
_OFFER_TO_THE_READER = LazyPattern(r"\s*(?:Earn|Get|Save|Receive|Enjoy)\s+[^.!?\n]*?\b(?:when|after|if|once|each time)\s+"
                                   r"you\b")
# (its comma, or the reader or the writer opening the main clause: "If you missed them I recommend ...")
_CONDITION_END = LazyPattern(r",|(?<=\s)(?:you|I|we|then)\b")  # ("If you find none then use 4 cloves")
# "crossed 15,000": a verb that passes a number makes it a minimum
_CROSSED = LazyPattern(r"(?<!\bthe )(?<!\bin )(?<!\bits )\b(?:(?:(?:cross|surpass|top|break)(?:es|s|ed|ped|ing|ping)?|"
                       r"broke|broken)\s+(?:(?:the|a|an)\s+)?|(?:pass(?:es|ed|ing)?|exceeded)\s+(?:the\s+)?)$", re.I)
# ("the top 10" is a rank, "a break" a noun, "passed an $800 billion bill" a law)
_DOUBLED = LazyPattern(r"\s*\((\d{1,3})\)")
_OR_MORE = LazyPattern(r"\s+or\s+more\s+(?!of\b)[a-z]", re.I)  # (not "one or more of them": which one)
# signs that "one" counts (see _one_counted)
_ONE_LIMITED = LazyPattern(r"\b(?:only|just|exactly|at least|at most|more than|less than|fewer than|no more than|"
                           r"all but|a total of|a single|including|there (?:was|is|has been|had been|will be))\s+$", re.I)
_ONE_COUNTING_VERB = LazyPattern(r"\b(?:signed|sent|won|lost|scored|killed|injured|wounded|sold|bought|built|opened|closed|"
                                 r"hired|fill|fills|filled|recorded|confirmed|received|earned|has|had|have|owns|owned|holds|held|led|"
                                 r"added|reported|registered|detected|seized|shot down|destroyed|charged with|"
                                 r"convicted of|faces|facing|pleaded guilty to|indicted on|"
                                 r"signing|winning|losing|scoring|killing|selling|buying|building|opening|closing|"
                                 r"hiring|recording|seizing|destroying|adding|holding|owning|"
                                 r"murdered|stabbed|shot|rescued|arrested|evacuated|freed|murdering|stabbing|"
                                 r"shooting|rescuing|arresting|identified|barred|banned|expelled|detained|deported|"
                                 r"suspended|identifying|barring|banning|expelling|detaining|deporting|fired|firing|"
                                 r"made|making|(?:led|leading|leads) to|result(?:ed|s|ing)? in|left|leaving|leaves)\s+$", re.I)
# "One dead, three wounded", "left one seriously injured": "one" and what befell it, nothing counted after
_ONE_BEFALLEN = LazyPattern(rf"\s+(?:[a-z]+ly\s+)?({PARTICIPLES})(?=\s*(?:[,;.]|and\b|$))", re.I)
_NAMED_AS = LazyPattern(r"\s+as\b")
# "two elements, one small and one very big": a size or a degree after "one" describes an item its noun was said for
_SIZES_AND_DEGREES = frozenset({"small", "big", "large", "huge", "tiny", "little", "short", "long", "tall", "wide", "narrow",
                                "thick", "thin", "high", "low", "very", "too", "quite", "rather", "much", "more", "less"})
# a change of one point: "down one point", "rose one point"
_ONE_POINT_CHANGE = LazyPattern(r"\b(?:up|down|by|rose|fell|gained|lost|dropped|slipped|climbed|increased|decreased|"
                                r"declined)\s+$", re.I)
_BEFALLS = LazyPattern(r"\s+(?:(?:was|is|has been|had been)\s+)?(?:(?:still|also|now|reportedly)\s+)?"
                       r"(?:killed|injured|wounded|died|dies|survived|survives|suffered|suffers|suffering|sustained|identified|charged|"
                       r"arrested|detained|hurt|rescued|missing|dead|hospitali[sz]ed|infected|escaped|remain(?:s|ed)|"
                       r"struck|landed|exploded|crashed|in\s+(?:the\s+)?hospital|in\s+[a-z]+\s+condition|in\s+custody|"
                       r"had to (?:go|be taken) to hospital|went to hospital|(?:was|were) taken to (?:the )?hospital|shot|stabbed)\b", re.I)
# "one block away", "one mile away": a distance is a quantity ("one click away" is an idiom)
_DISTANCE_AWAY = LazyPattern(r"\s+(block|mile|street|door|house|kilometre|kilometer|yard|metre|meter)\s+away\b")
# "killed one and injured four", "shot one.": the verb says what "one" counts, with no noun after it
_NOTHING_AFTER = LazyPattern(r"\s*(?:[.,;]|and\b|or\b)")
# "one egg per day", "one plant per episode", "one patient an hour", "one charge each": a rate's numerator is a quantity
# ("one step at a time" is a manner: three labellers of four left it out)
_RATE_AFTER = LazyPattern(r"\s+(?:a|an|each|every)\s+(?:day|week|month|year|hour|night|minute|second|person|"
                          r"head|capita|visit|session|household)\b|\s+per\s+[a-z]|\s+each\b", re.I)
# "budget one breakfast, one lunch and one dinner", "one platform and one country": "one" said again for each
# item counts each
_ONE_SERIES_AFTER = LazyPattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)one\s+[a-z]", re.I)
_ONE_SERIES_BEFORE = LazyPattern(r"\bone\s+[a-z]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_NUMBER_WORD = '|'.join(sorted(_WORD_VALUES, key=len, reverse=True))  # the longest first: "seventeen" before "seven"
_BESIDE_AFTER = LazyPattern(rf"\s*,?\s*and\s+(?:\d|(?:{_NUMBER_WORD})\b)", re.I)
# an item of a list of counts, up to its comma or the "and" before the next count ("one EMS battalion captain, and one
# Battalion Chief Officer Command Team, under the direction of ...")
_LIST_ITEM = LazyPattern(rf"\s+([^,;:.()\n]{{1,60}}?)(?=\s*(?:[,;]|\s(?:and|or)\s+(?:\d|(?:{_NUMBER_WORD})\b)))", re.I)
_LETTERS = LazyPattern(r"[A-Za-z]+")
_HUNDREDTHS = {"cent": "USD", "paise": "INR", "paisa": "INR"}  # a currency's hundredth, by its name
_FLOORS = {"story", "storey"}  # "a one-story house" counts its floors, as "two-story" does ("one-time" counts nothing)
# "four officers and one civilian", "two soldiers from the north, one civilian": joined to the count before,
# not in a clause of its own ("185,000 people have fled, one estimate found")
_BESIDE_BEFORE = LazyPattern(r"(?:\s+(?:in|from|at|of|on)\s+(?:the\s+)?[\w'’-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
# "grew by 12,000 to 1.3 million", "lift its rate from zero to 1 percent": a change and a level
_CHANGED_BY = LazyPattern(r"(?:\b(?:rose|rise[sn]?|fell|falls?|grew|grows?|gain(?:ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|"
                          r"drop(?:ped|s)?|slip(?:ped|s)?|increas(?:e|ed|es)|decreas(?:e|ed|es)|declin(?:ed|es)|"
                          r"soared|surged|tumbled|plunged|dipped|edged|went|swelled|shrank|rais(?:e|ed|es)|"
                          r"lift(?:ed|s)?|lower(?:ed|s)?|reduc(?:e|ed|es)|cut(?:s)?|hik(?:e|ed|es)|boost(?:ed|s)?)"
                          r"(?:\s+[a-z]+){0,2}?\s+(?:by|from)|"
                          r"\b(?:up|down|increase|decrease|rise|fall|drop|cut|reduction) by)\s+$", re.I)
# "increase overall cervical cancer prevention from 70 to 90 per cent": a change's verb further back (see _changed_from_afar)
_CHANGED_FROM = LazyPattern(r"\b(?:increas\w*|decreas\w*|rais(?:e|ed|es|ing)|reduc\w*|lower(?:ed|s|ing)?|boost\w*|"
                            r"lift(?:ed|s|ing)?|rose|rise[sn]?|fell|grew|climb\w*|drop\w*|declin\w*)(?:\s+[\w'’-]+){0,4}"
                            r"\s+from\s+$", re.I)
# "the rate more than doubled among boys (from 1.1 to 3.0 per 100,000)": the change's two levels, in parentheses
_CHANGE_IN_PARENTHESES = LazyPattern(r"\b(?:doubled|tripled|quadrupled|halved|rose|fell|grew|increased|decreased|"
                                     r"declined|dropped|jumped|climbed|surged|soared|plunged|shrank)\b(?:[^.;()]|\([^()]*\))*\(\s*from\s*$",
                                     re.I)
_SHORT_THOUSANDS = LazyPattern(r"\d{1,3}")
_THOUSANDS = LazyPattern(r"\d{1,3},000")
_RANGING_FROM = LazyPattern(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+(?:(?:more|less|fewer)\s+than\s+|"
                            r"over\s+|under\s+|above\s+|below\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
# ("ranges from less than 10% to more than 30%": the high end may carry its own qualifier)
_TO_BEFORE = LazyPattern(r"\bto\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|under\s+|above\s+|below\s+|about\s+|"
                         r"around\s+|nearly\s+|almost\s+)?$", re.I)
# a poll's share in tenths ("about 3 in 10 voters" is 30%); "one in four" stays no figure, as labelled before
_IN_TEN = LazyPattern(r"\s+in\s+(?:10|ten)\b(?![,.]\d)", re.I)
_YEAR = LazyPattern(r"(?:1[89]|20)\d\d")
# "a 2000-page law": a count joined to its noun, not a year ("a 2020-style campaign", "1990-era rules" are years)
_HYPHENATED_NOUN = LazyPattern(r"-(?!(?:style|era|vintage|model|type|like|level|version|edition|season|election|census|ready|"
                               r"proof|friendly|compliant|free|wide|long|related|based)s?\b)[a-z]{3,}\b")
_YEAR_SHAPED = LazyPattern(r"(?:19|20)\d\d")
_AMOUNT_BEFORE = LazyPattern(r"\b(?:about|around|some|nearly|almost|over|more than|up to|roughly|approximately|at least|"
                             r"fewer than|less than|another|only|just)\s+$", re.I)
_LIST_COMMA = LazyPattern(r"\s*,\s*")
# (both open on a set of characters, so the engine skips to one; what may stand before is tested on each match: a
# leading look-behind or "\b" made each scan twice as slow, and so did an opening "\d+", whose repeat the engine
# does not look into for its first character)
_NAME_AND_NUMBER = LazyPattern(r"([A-Z][A-Za-z]+) (\d+(?:\.\d+)?)(?![\d,.]\d)")
_DECIMAL_BEFORE_WORD = LazyPattern(r"(\d\d*\.\d+) [a-z]")
_CONVERSION = LazyPattern(r"\s*\(\s*")  # "180 km/h (112 mph)"; not "above 60°F (70°-85° by day)"
_CONVERSION_END = LazyPattern(r"\s*\)")
_NAME_BEFORE = LazyPattern(r"\b([A-Z][A-Za-z]+) $")
_SENTENCE_OPENS = LazyPattern(r"(?:\A|[.!?:;]\s+|\n\s*|[-•*]\s+)\Z")  # a capital there is no sign of a name
# "12-to-15", "12- to 15-foot", "9- or 10-foot"; "3 bis 5", "3 à 5", "de 3 a 5", "3 tot 5", "od 3 do 5" in the languages of languages.py
_FISCAL_YEAR_END = LazyPattern(r"\b(?:19|20)\d\d/$")  # "2009/10": the year a fiscal year ends in
_RANGE_JOIN = LazyPattern(r"^\s*(?:%|percent|per cent|°|′|″|/-)?\s*(?:-|–|—|to|and|or|-to-|-\s+to|-\s+or|bis|à|a|tot|till|do)\s*$",
                          re.I)
# "1.5 degrees Celsius to 2 degrees Celsius": a range with its unit written at both ends (a percent written at
# both ends is read apart below: "rose from 3.9 per cent to 5.8 per cent" is a change and a level)
_REPEATED_UNIT = LazyPattern(r"\s*(?P<unit>(?!per\b|percent\b)[a-z°][a-zA-Z/ ]{1,24}?)\s+(?P<join>to|and|-|–)\s*")
# "rose 0.5% to 3.2%", "from 3.9% to 5.8%": a change and a level, not a range
_CHANGE_BEFORE = LazyPattern(r"\b(?:rose|rise[sn]?|fell|falls?|grew|grows?|gain(?:ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|"
                             r"drop(?:ped|s)?|slip(?:ped|s)?|increas(?:ed|es)|decreas(?:ed|es)|declin(?:ed|es)|up|down|by|from|added|lost|"
                             r"shed|slid|sank|soared|surged|tumbled|plunged|dipped|edged)"
                             r"\s+(?:\w+\s+)?$", re.I)


def _changed_from_afar(text: str, atom: _Atom, sentence: Sentence) -> bool:
    """"increase overall cervical cancer prevention from 70 to 90 per cent": a change whose verb stands further
    back than a "by" may ("increased global temperatures by 9 to 14 degrees" is a range)."""
    return _CHANGED_FROM.search(_window(text, sentence.start, atom.start, 70)[1]) is not None


def _one_counted(text: str, atom: _Atom, end: int, sentence: Sentence, earlier: EarlierCounts,
                 restated: bool = False) -> tuple[str, int] | None:
    """'only one passenger survived', 'signed one contract', 'one death and 432 cases': the singular noun
    "one" counts and where it ends. "One" is mostly "a" ("one user wrote", "one study found") or a
    pronoun, so it counts only with a sign of quantity: a word that limits it ("only", "at least"), a
    verb that counts or transacts ("signed", "killed"), an event that befalls the noun ("one man
    died"), another count beside it ("four officers and one civilian"), a rate ("one egg per day"), or
    the digit restating it (`restated`: "one (1) guest")."""
    if part := part_of_earlier(text, atom, end, sentence, earlier):
        return part, end  # "Two are in serious condition, and one is stable": one of the paragraph's last count
    if away := _DISTANCE_AWAY.match(text, end):
        return away.group(1), away.end(1)
    if befallen := _ONE_BEFALLEN.match(text, end):
        return befallen.group(1).lower(), befallen.end(1)
    beside = earlier.measured is not None and earlier.measured.char_start >= sentence.start and \
        _BESIDE_BEFORE.fullmatch(text, earlier.measured.char_end, atom.start)
    if beside and (item := _list_item_head(text, end, sentence.end)):
        return item  # "seven ambulances, one urban search and rescue unit, one Arson Unit": each item's last noun
    following = _words_after(text, end, 4)
    if _NOTHING_AFTER.match(text, end) and (verb := _verb_before(_window(text, sentence.start, atom.start, 40)[1])):
        return verb, end
    if not following:
        return None
    while len(following) > 1 and _is_adjective(following[0][0]) and following[1][0].lower() not in _STOP:
        following = following[1:]  # "one new achievement" ("one female was hurt" counts the female)
    if len(following) > 1 and following[0][0].lower() not in _STOP and _is_noun_like(following[1][0]) and \
            not (len(following) > 2 and following[2][0].lower() in _DETERMINERS) and \
            not _BEFALLS.match(text, following[0][2]):  # "one child remains in hospital": a verb, not "child remains"
        modifier, following = following[0][0].lower(), following[1:]  # "one web bug", not "one person report a"
    else:
        modifier = ""
    word, _, word_end = following[0]
    lower = word.lower()
    if lower == "point" and _ONE_POINT_CHANGE.search(text, max(sentence.start, atom.start - 12), atom.start) \
            or lower == "count" and text.startswith(" of ", word_end):
        return lower, word_end  # "down one point from May" (not "at one point"); a charge: "one count of fraud"
    if lower in _STOP or lower in _ONE_AS_A or lower in _NOT_COUNTED_WORDS or lower in _SIZES_AND_DEGREES or not word.isalpha() or \
            not word.islower() or len(word) < 3 or lower.endswith(("ed", "ing", "ly")) or _is_plural_noun(word):
        return None
    before = text[max(sentence.start, atom.start - 30):atom.start]
    if _NAMED_AS.match(text, word_end) and re.search(r"identif\w+\s+$", before):
        return None  # "identified one victim as Ana Ruiz": whom, not how many
    if restated or _ONE_LIMITED.search(before) or _ONE_COUNTING_VERB.search(before) or beside or _ONE_SERIES_BEFORE.search(before) or \
            _BEFALLS.match(text, word_end) or _BESIDE_AFTER.match(text, word_end) or _RATE_AFTER.match(text, word_end) or \
            _ONE_SERIES_AFTER.match(text, word_end):
        return _COMPOUND_NOUNS.get(f"{modifier} {lower}", lower), word_end  # "one bullet hole"
    return None


def _list_item_head(text: str, end: int, stop: int) -> tuple[str, int] | None:
    """The noun of a list's item after "one": its last word before the comma, or the "and" of the next count."""
    item = _LIST_ITEM.match(text, end, stop)
    if item is None:
        return None
    words = list(_LETTERS.finditer(item.group(1)))
    if not words or len(words) > 7 or any(w.group().lower() in _STOP and w.group().lower() != "and" for w in words):
        return None  # ("two sons, one of whom lives here,": no item of a list)
    last = words[-1]
    head = last.group().lower()
    if head in _STOP or len(head) < 3 or _is_plural_noun(head) or head.endswith(("ed", "ing", "ly")):
        return None
    return head, item.start(1) + last.end()


def _is_adjective(word: str) -> bool:
    lower = word.lower()
    return lower in _ADJECTIVES or lower.endswith(("ic", "al", "ive", "ous", "ful", "less", "able", "ible", "ish", "ary"))


def _is_noun_like(word: str) -> bool:
    """A lower-case singular word that may be a noun: not a function word, an adjective or a verb's form."""
    lower = word.lower()
    return word.isalpha() and word.islower() and len(word) > 2 and lower not in _STOP and \
        lower not in _PAST_TENSES and not _is_adjective(word) and not _is_plural_noun(word) and \
        not lower.endswith(("ed", "ing", "ly"))


def _range_at(text: str, atoms: list[_Atom], index: int, sentence: Sentence) -> tuple[_Atom, _Atom | None] | None:
    """The number at `index` and, when the next one closes a range with it ("20-30 tanks", "between 20
    and 30", "from $1 to $2 billion"), that one: (the low end, carrying the range's value, currency and
    scale; the high end or None). None when the two are a score or a tally ("4-1", "voted 31 to 12")."""
    atom = atoms[index]
    if (spread := _spread_end(text, atoms, index, sentence)) is not None:
        return spread
    if index + 1 >= len(atoms):
        return atom, None
    nxt = atoms[index + 1]
    between = text[atom.end:nxt.start]
    repeated = _REPEATED_UNIT.fullmatch(between)
    if repeated and text[nxt.end:nxt.end + 40].lstrip().startswith(repeated.group("unit")):
        between = f" {repeated.group('join')} "  # "1.5 degrees Celsius to 2 degrees Celsius": one range, its unit twice
    if not (_RANGE_JOIN.match(between) and nxt.start < sentence.end):
        return atom, None
    joiner = between.strip().lower()
    if nxt.currency and not atom.currency and (_YEAR.fullmatch(atom.digits) or _FISCAL_YEAR_END.search(text, max(0, atom.start - 5), atom.start)):
        return atom, None  # "from €1.2 million in 2023 (or 2009/10) to €2.5 million": a year, then the amount it changed to
    if joiner == "to" and not atom.currency and _YEAR.fullmatch(atom.digits) and ("," in nxt.digits or nxt.has_scale) \
            and re.search(r"\b(?:from|in)\s*$", text[max(sentence.start, atom.start - 10):atom.start], re.I):
        return atom, None  # "rose 33% from 2017, to 33,341", "from 2.1 billion tonnes in 2023 to 3.8 billion": a year, then a level
    if joiner in ("or", "and") and index > 0 and _LIST_COMMA.fullmatch(text, atoms[index - 1].end, atom.start):
        return atom, None  # "25, 40 or 60 miles", "drives of 96, 90 and 62 yards": a list, each number its own figure
    just_before = _window(text, sentence.start, atom.start, 30)[1]
    opened = re.search(r"\b(between|from)\s*$", just_before, re.I)
    # "four or five buyers" is a range; "3 or 4.5" of unlike numbers is two figures
    alike = joiner != "or" or (atom.is_word == nxt.is_word and nxt.value > atom.value >= 0)
    # "lost anywhere from 25% to 90%": how uncertain one amount is, not a change
    anywhere = re.search(r"\banywhere\s+(?:from|between)\s*$", just_before, re.I)
    if joiner.startswith(("%", "percent", "per cent")):
        dashed = joiner.endswith(("-", "–"))  # "from 4%-20%": a range written sloppily, not a change
        alike = alike and not (nxt.currency or _CHANGE_BEFORE.search(just_before) and not (dashed or anywhere) or
                               joiner.endswith("or") and nxt.has_scale or  # "17% or 3.3 billion barrels"
                               _money_word_after(text, nxt))  # "shedding 1.1 percent to 86.47 euros": a share, a price
    elif joiner == "to" and not anywhere and (_CHANGED_BY.search(just_before) or _changed_from_afar(text, atom, sentence) or
                             _CHANGE_IN_PARENTHESES.search(text, max(sentence.start, atom.start - 150), atom.start)) \
            and not (just_before.endswith("by ") and atom.value < nxt.value <= 3 * atom.value):
        # "grew by 12,000 to 1.3 million", "rose from 20 to 30": a change and a level ("shrank by 1 to 2 inches", a
        # level no more than three times the change, is a range of how much)
        alike = False
    tally = _is_tally(atom, nxt, between, sentence.text, text)
    if not ((joiner != "and" or opened) and alike and not tally):
        return None if tally else (atom, None)
    low, high = atom.value, nxt.value
    if nxt.has_scale and not atom.has_scale and low * _scale_of(nxt, text) <= high:
        low *= _scale_of(nxt, text)  # "20-30 million": the scale applies to both ends
    elif joiner == "-" and _SHORT_THOUSANDS.fullmatch(atom.digits) and _THOUSANDS.fullmatch(nxt.digits) and \
            high / 10 <= low * 1000 < high:
        low *= 1000  # "$25-50,000": the high end's thousands apply to the low end
    if high < low:
        return atom, None
    return _Atom(atom.start, atom.end, low, atom.currency or nxt.currency, atom.has_scale or nxt.has_scale,
                 atom.is_word, atom.digits), nxt


def _money_word_after(text: str, atom: _Atom) -> bool:
    found = _unit_word(text, atom.end)
    return found is not None and found.kind == "money"


def _spread_end(text: str, atoms: list[_Atom], index: int, sentence: Sentence) -> tuple[_Atom, _Atom] | None:
    """'rates ranging from $240 for an hour to $840 for a night': a range whose ends stand apart, each with
    its own words; the high end is the first number after a "to" with the low end's currency."""
    atom = atoms[index]
    if not _RANGING_FROM.search(_window(text, sentence.start, atom.start, 30)[1]):
        return None
    for later in range(index + 1, len(atoms)):
        high = atoms[later]
        if high.start - atom.end > 80:
            return None
        if later == index + 1 and _RANGE_JOIN.match(text[atom.end:high.start]):
            return None  # "ranging from $2 to $5 million": a range of its own
        if high.currency == atom.currency and high.value > atom.value and \
                _TO_BEFORE.search(text, atoms[later - 1].end, high.start):
            return atom, high
    return None


def _qualifier(text: str, start: int, end: int, sentence_start: int) -> tuple[str, int, int]:
    cut, before = _window(text, sentence_start, start, 60)
    found = [(match.start(1), name) for name, pattern in _QUALIFIER_BEFORE if (match := pattern.search(before))
             and not (match.group(1).lower() == "over" and _PARTICLE_OVER.search(before, 0, match.start(1)))
             and not (match.group(1).lower() == "estimated" and _ESTIMATED_BY.search(before, 0, match.start(1)))
             and not (match.group(1).lower() == "up to" and _RISEN_UP.search(before, 0, match.start(1)))]
    if found:
        qualifier_start, name = min(found)  # the longest phrase: "no more than" over "more than"
        return name, cut + qualifier_start, end
    after = text[end: end + 12]
    for name, pattern in _QUALIFIER_AFTER:
        match = pattern.match(after)
        if match:
            return name, start, end + match.end()
    return "exact", start, end


def extract_figures(text: str, *, field: str = "body", language: str | None = None) -> list[Figure]:
    """Every figure in `text` (a title or a body), in order of appearance. `language` is the article's
    (ISO 639-1); text in a language other than English keeps only the figures a sign or a unit symbol
    measures, read with its own decimal separator (see presslake.figures.languages)."""
    figures: list[Figure] = []
    if not text:
        return figures
    english = reads_english(language)
    original = text
    if "\u2010" in text or "\u2011" in text:  # (a scan for each: translating every text cost 3% of the run)
        text = text.replace("\u2010", "-").replace("\u2011", "-")  # "first‑time": the rules read one hyphen; offsets stay
    if not english and decimal_comma(text, language):
        text = swap_separators(text)  # "1.500,50 €" reads as "1,500.50 €"; offsets stay the original's
    paragraph_start, searched_to = -1, 0
    starts_at = 0
    names = _recurring_names(text)
    classes = _recurring_decimals(text)
    dollar = home_dollar(text) if english else None
    links = False  # inside the list of links that a "Suggested reading:" line opens
    for sent_start, sent_end in sentence_spans(text):
        sentence = text[sent_start:sent_end]
        if links and (_LINK_ITEM.match(sentence) or _HEADLINE.fullmatch(sentence)) and _whole_line(text, sent_start, sent_end):
            continue  # "- 5 hacks for building a site that sells", "5 ways to prepare ...": another story's headline
        link = _LINK_LINE.match(sentence)
        links = link is not None and sentence.rstrip().endswith(":")
        if link or _whole_line(text, sent_start, sent_end) and _TRUNCATED_TEASER.fullmatch(sentence):
            continue
        newline = text.rfind("\n", searched_to, sent_start)  # each stretch of text is searched once
        searched_to = sent_start
        if newline >= 0:
            starts_at = newline + 1
        if starts_at != paragraph_start:
            paragraph_start, earlier, cited = starts_at, EarlierCounts(), None
        atoms = _atoms(sentence) if english else foreign_atoms(sentence, _atoms(sentence))
        if not atoms:
            continue
        if cited is None:  # asked once per paragraph, and only of one with numbers
            paragraph_end = text.find("\n", starts_at)
            cited = _is_reference(text[starts_at:paragraph_end if paragraph_end >= 0 else len(text)])
        if cited:
            continue
        if _LIST_MARKER.fullmatch(sentence):
            continue  # "... your volunteer journey. 1. Note in the Pocket - ...": a list's number, run into the text
        if _OFFER_TO_THE_READER.match(sentence):
            atoms = []  # "Earn 50,000 points after you spend $3,000": an offer, what a reader would get
        elif _SUPPOSED.match(sentence) or sentence.count(" = ") >= 2:
            atoms = []  # "Let's say the cost is $10,000", "Difference = $15,000 - $10,000 = $5,000": a worked example
        elif reader := _TO_THE_READER.match(sentence):
            condition = _CONDITION_END.search(sentence, reader.end())
            condition_end = condition.start() if condition else len(sentence)
            # a number in the condition makes the whole sentence hypothetical ("..., you need two more"); an
            # amount of money is the page's fact ("If you earned under $66,819, you can claim the credit")
            if any(atom.start < condition_end and not (atom.is_word and atom.value == 1) and not atom.currency
                   for atom in atoms):
                atoms = []  # "one of these" in it is no number
        for atom in atoms:
            atom.start += sent_start
            atom.end += sent_start
        used: set[int] = set()
        span = Sentence(sent_start, sent_end, sentence, paragraph_start)
        stripped = original[sent_start:sent_end].strip()
        for index in range(len(atoms)):
            if index in used:
                continue
            if names and _in_recurring_name(text, atoms[index], names):
                continue  # "Python 3" throughout an article is a name, whatever follows it
            figure = _figure_at(text, atoms, index, used, span, stripped, field, earlier)
            if figure is not None and classes and figure.kind == "count" and atoms[index].digits in classes:
                continue  # "22.4 workers", "22.4 drivers": a class of things, named by a decimal
            if figure is not None:
                figure.text = original[figure.char_start:figure.char_end]
            if figure is not None and figure.qualifier == "exact" and figures and \
                    figures[-1].char_start >= sent_start and figures[-1].kind == figure.kind and \
                    _CONVERSION.fullmatch(text, figures[-1].char_end, figure.char_start) and \
                    _CONVERSION_END.match(text, figure.char_end):
                figure.qualifier = figures[-1].qualifier  # "up to 180 km/h (112 mph)": a conversion says the same
            if figure is not None and dollar is not None:
                in_home_dollars(figure, dollar)
            if figure is not None and (english or language_free(figure)):
                figures.append(figure)
                earlier.add(figure, text)
    cents_in_the_texts_dollar(figures)
    return figures


def _whole_line(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _recurring_names(text: str) -> set[tuple[str, str]]:
    """Capitalised words and the number after them that the text repeats ("Python 3", "Apollo 11"):
    at least three times together, they name something. So does a word that takes several numbers inside
    sentences, three times or more ("Symfony 6", "Symfony 5", "Symfony 4"): a product and its versions."""
    found = [match for match in _NAME_AND_NUMBER.finditer(text) if _opens_a_word(text, match.start())]
    pairs = Counter(match.groups() for match in found)
    inside = [match.groups() for match in found if not _SENTENCE_OPENS.search(text, max(0, match.start() - 3), match.start())
              and not _a_size(text, match.end())]  # ("the Zune 80GB", "Zune 4 GB": a size, not a version)
    uses = Counter(word for word, _ in inside)
    numbers = Counter(word for word, _ in set(inside))
    versioned = {word for word in uses if uses[word] >= 3 and numbers[word] >= 2 and word.lower() not in _STOP
                 and not re.fullmatch(_MONTH, word)}  # ("April 9 to 15": dates)
    return {pair for pair, count in pairs.items() if count >= 3} | {pair for pair in inside if pair[0] in versioned}


def _a_size(text: str, end: int) -> bool:
    """A unit after the number, glued or a word on ("80GB", "4 GB"): a size, not a version."""
    following = _words_after(text, end, 1)
    return text[end:end + 1].isalpha() or bool(following) and _measure_unit(following[0][0]) is not None


def _opens_a_word(text: str, at: int, joining: str = "_") -> bool:
    """Does text[at] start a word: no letter, digit or `joining` character right before it?"""
    return not at or not (text[at - 1].isalnum() or text[at - 1] in joining)


def _recurring_decimals(text: str) -> set[str]:
    """Decimals the text puts before a lower-case word three times or more ("22.4 workers", "the 22.4
    drivers", "22.4 positions"): numbers that name a class, a section of a rule, not counts."""
    decimals = Counter(match.group(1) for match in _DECIMAL_BEFORE_WORD.finditer(text)
                       if _opens_a_word(text, match.start(), "_.,$€£"))
    return {decimal for decimal, count in decimals.items() if count >= 3}


def _in_recurring_name(text: str, atom: _Atom, names: set[tuple[str, str]]) -> bool:
    name = _NAME_BEFORE.search(text, max(0, atom.start - 30), atom.start)
    return name is not None and (name.group(1), atom.digits) in names


def _figure_at(text: str, atoms: list[_Atom], index: int, used: set[int], sentence: Sentence, stripped: str,
               field: str, earlier: EarlierCounts) -> Figure | None:
    found = _number_and_unit(text, atoms, index, used, sentence, earlier)
    if found is None:
        return None
    atom, high, attached = found
    end, value_high, high_start = atom.end, None, None
    if high is not None:
        end, value_high, high_start = high.end, high.value, high.start
    unit, kind, unit_end = attached.unit, attached.kind, attached.end
    value, atom_start = atom.value * attached.scale + attached.extra, atom.start
    if value_high is not None and not attached.extra:
        value_high *= attached.scale  # "50-99¢"
    if attached.scale != 1.0:  # a compound measure takes the number in its words ("6 feet 2 inches")
        used.update(later for later in range(index + 1, len(atoms)) if atoms[later].start < unit_end)
    if value == 0 and value_high is not None and unit in _SPEEDS:
        value, value_high, atom_start = value_high, None, high_start  # "zero to 100 km/h" reaches 100 km/h
    if unit in _HUNDREDTHS and kind == "count":
        # "25 cents" is a quarter of a dollar, not 25 things called cents; "34 paise" a third of a rupee
        value, value_high = value / 100, value_high / 100 if value_high is not None else None
        unit, kind = _HUNDREDTHS[unit], "money"
    qualifier, span_start, span_end = _qualifier(text, atom_start, max(unit_end, end), sentence.start)
    if attached.post_qualifier and qualifier == "exact":
        qualifier, span_end = attached.post_qualifier, max(span_end, attached.minimum_end)
    if qualifier == "exact" and (atom.has_scale or not attached.noun_after) and \
            _CROSSED.search(text, max(sentence.start, atom.start - 30), atom.start):
        qualifier = "min"  # "crossed 15,000", "topped 6 million"; "crossed three rivers" counts rivers
    if qualifier == "exact" and atom.has_scale and "+" in text[atom.start:atom.end]:
        qualifier = "min"  # "$380+ billion"
    if qualifier == "exact" and re.match(r"~", text[atom.start - 1: atom.start] if atom.start else ""):
        qualifier, span_start = "approx", atom.start - 1
    return Figure(
        text=text[span_start:span_end], char_start=span_start, char_end=span_end,
        value=value, value_high=value_high, unit=unit, kind=kind, qualifier=qualifier,
        sentence=stripped, field=field,
    )


def _number_and_unit(text: str, atoms: list[_Atom], index: int, used: set[int], sentence: Sentence,
                     earlier: EarlierCounts) -> tuple[_Atom, _Atom | None, Attached] | None:
    """The figure's number at `index` (the low end of a range), the range's high end or None, and what
    they count or measure; None when they are no figure. Marks the atoms the figure takes in `used`."""
    if (ratio := ratio_to_one(text, atoms[index], sentence.text)) is not None:
        used.add(index + 1)  # the "1" of "33-to-1"
        return atoms[index], None, Attached("ratio", "measure", ratio)
    atom = atoms[index]
    if not (atom.currency or atom.has_scale) and 0 < atom.value < 10 and (tenths := _IN_TEN.match(text, atom.end)):
        return atom, None, Attached("%", "percent", tenths.end(), scale=10.0)  # "3 in 10 voters say": a share
    joined = _range_at(text, atoms, index, sentence)
    if joined is None:
        used.add(index + 1)
        return None  # a score or a tally, with its second number
    atom, high = joined
    end = atom.end if high is None else high.end
    if high is not None:
        used.add(next(later for later in range(index + 1, len(atoms)) if atoms[later] is high))
    if _is_excluded(text, atom, atom.end, sentence.start):
        return None
    if high is not None and _is_excluded(text, high, end, sentence.start):
        return None
    after_range = index + 2 if high is not None else index + 1
    doubled = high is None and atom.is_word and (restated := _DOUBLED.match(text, end)) and float(restated.group(1)) == atom.value
    if doubled:
        end, after_range = restated.end(), index + 2  # "five (5) gunshot victims": the number in words, then in digits
        used.add(index + 1)
    attached = attach_unit(text, atom, end, sentence, earlier, atoms[after_range:after_range + _AHEAD])
    # ("one or more gunshot wounds" counts as "two or more" does: the least of the plural after it)
    one = atom.is_word and not atom.has_scale and atom.value == 1 and high is None and not _OR_MORE.match(text, end)
    if one and (attached is None or attached.kind not in ("percent", "money", "measure")) and \
            not (attached is not None and text.startswith("-", end) and attached.unit in _FLOORS):
        counted = _one_counted(text, atom, end, sentence, earlier, restated=bool(doubled))
        if counted is None:
            return None  # "one" is mostly a pronoun or an article ("one percent" and "one dollar" measure)
        attached = Attached(counted[0], "count", counted[1], noun_after=True)
    if attached is None or attached.kind == "count" and \
            attached.unit.rpartition(" ")[2].rpartition("-")[2] in _SPANS_OF_TIME:
        return None  # nothing counted; "17 NBA seasons", "the ten preceding years", "700 person-hours" are durations
    if attached.kind == "count" and high is None and not (atom.is_word or atom.currency or atom.has_scale) and \
            _YEAR_SHAPED.fullmatch(atom.digits) and not _AMOUNT_BEFORE.search(text, max(0, atom.start - 20), atom.start) \
            and not _HYPHENATED_NOUN.match(text, end):
        return None  # "upcoming 2025 tours", "as 2025 draws to a close": a year ("about 2000 pages", "a 2000-page law" count)
    if atom.is_word and not atom.has_scale and atom.value == 0 and high is None and \
            not _zero_counts(text, atom, end, attached):
        return None  # "zero" is mostly an idiom ("net zero")
    return atom, high, attached
