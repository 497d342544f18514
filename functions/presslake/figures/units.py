"""What a number counts or measures when no sign or unit word says it: the noun after it,
in a compound before a noun, named before it, a table column's, or an earlier count's it stands for."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from presslake.figures.numbers import _PERCENT, _Atom
from presslake.figures.record import Figure
from presslake.figures.text import _area_or_volume, _currency_word, _hyphenated_measure, _temperature_after, _is_plural_noun, _measure_unit, _window, _words_after, singular
from presslake.figures.vocabulary import (
    _ATTACHED_UNITS,
    _CHROME_UNITS,
    _COUNTED_ABBREVIATIONS,
    _GROUP_NOUNS,
    _DOLLARS,
    _DURATION,
    _FOREIGN_DOLLARS,
    _ING_ADJECTIVES,
    _NOT_COUNTED_COMPOUNDS,
    _NOT_COUNTED_WORDS,
    _NOUNS_IN_AL,
    _RATE_UNITS,
    _SUPERLATIVES,
    _STOP,
    _VERBS_IN_S,
    CURRENCY_SYMBOLS,
    MEASURE_UNITS,
)

# "62,400 or more soldiers", "300-plus workers", "5,000+ members": a minimum, and the counted
# noun comes after the qualifier
_POST_MINIMUM = re.compile(
    r"(?:\+|-plus\b|\s+plus\b(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d))|\s+or\s+more\b)"
    r"(?=\s+[A-Za-z])", re.I)
# "130 or so engineers": about 130, and the counted noun comes after
_POST_APPROX = re.compile(r"\s+or\s+so\b(?=\s+[A-Za-z])", re.I)
_SUPERLATIVE = re.compile(rf"-(?:{'|'.join(_SUPERLATIVES)})\b", re.I)
_FOREIGN_DOLLAR_AFTER_SIGN = re.compile(rf"\s+({'|'.join(map(re.escape, _FOREIGN_DOLLARS))})\b")
_OTHER_DOLLARS = re.compile(rf"\s+({'|'.join(map(re.escape, _DOLLARS))})\s+dollars?\b")  # "176 Hong Kong dollars"
# a sign after the amount: "55€", "70,000₩"
_CURRENCY_AFTER = re.compile(r"\s?(€|£|₴|¥|₹|₽|₩)")
_SLASH_UNIT = re.compile(r"\s?(km/h|km/s|m/s)\b", re.I)
_INCHES_AFTER = re.compile(r"\s+(\d{1,2}(?:\.\d+)?)\s*(?:inches|inch|in\b\.?)", re.I)  # "6 feet 2 inches", "5 ft 10 in"
_DEGREES = re.compile(r"\s?°\s*(?:(?:degrees?\s+)?(Fahrenheit|Celsius|[CF])\b)?")  # "1.5 °C", "60° degrees Fahrenheit"
_PRIMES = re.compile(r"\s?(′|″)(?:\s*(?:feet|foot|ft|inches|inch)\b)?")  # "15′ feet", "6″"
_MAGNITUDE_AFTER = re.compile(r"\s*(?:-\s*)?magnitude\b", re.I)
_LEADING_SPACE = re.compile(r"\s*")
_IN_PARENTHESES = re.compile(r"\b([A-Za-z][a-z]+)\s*\((\s*[\d,.]+\s+(?:of|out of)\s+)?$")
_RICHTER = re.compile(r"\s+on\s+the\s+Richter(?:\s+scale)?\b", re.I)  # "measuring 6.1 on the Richter scale"
# a table flattened into text: "By changesets Herbert Dürr 63 16.6%", a count and then its share
_SHARE_AFTER = re.compile(r"\s+\d+(?:\.\d+)?\s?%")
_TABLE_HEADER = re.compile(r"\b[Bb]y (?:[a-z]+ )?([a-z]+s)\b")
# "the number of deaths ... was 777", "claims had topped 6 million": the counted noun comes first
_NUMBER_OF = re.compile(r"\b(?:(?:number|total|tally|count) of|(?:rise|increase|drop|fall|decline) in)\s+"
                        r"(?:[a-z-]+\s+)?([a-z]+s)\b", re.I)
_NOUN_THEN_VERB = re.compile(
    r"\b([a-z]+)\s+(?:(?:has|have|had|were|was)\s+)?(?:topped|reached|hit|exceeded|surpassed|crossed|passed|totall?ed|"
    r"numbered|stood at|(?:rose|fell|climbed|dropped|grew|increased|decreased|declined|jumped|slipped|plunged|soared|"
    r"surged|edged\s+(?:up|down)|shrank|swelled)(?:\s+(?:by|to|from))?)\s+(?:[\w,.$%]+\s+){0,3}$", re.I)
# "four from Kenya", "nine that applied", "the remaining six": a number standing for a noun used before it
_STANDS_BEFORE = re.compile(r"(?:\b(?:remaining|all but|another|other|only|just|and|but|while|from|including|out of|"
                            r"compared to|compared with|against|versus)|[,:;]|\bthe\s+(?:last|first|final|next|top|"
                            r"latter|former|previous))\s*$", re.I)
# "the last three": a number word that reaches back past its own sentence for its noun
_REACHING_BACK = re.compile(r"\bthe\s+(?:last|first|final|next|top|other|remaining|latter|former|previous)\s+$", re.I)
# "once three, now eight or nine agencies": a number whose noun comes with the next one
_AHEAD_JOIN = re.compile(r"\s*,\s+(?:(?:and|but)\s+)?(?:(?:now|then|later|today|against|versus|vs\.?|compared with)\s+)?|"
                         r"\s+to\s+", re.I)  # "from 10 to 20 units": a change from one number to the next
_RANGE_AHEAD = re.compile(r"\s*(?:-|–|to|or)\s*")
# "the death toll rose to 47": the toll counts deaths
_TOLL = re.compile(r"\b(death|casualty|injury|fatality|case|vote|medal)\s+(?:toll|count|tally)\s+(?:[\w,.]+\s+){0,4}$", re.I)
# "a staff of nine"
_GROUP_OF = re.compile(rf"\b(?:an?|the|its|their|his|her|our)\s+(?:[a-z-]+\s+)?({'|'.join(_GROUP_NOUNS)})\s+of\s+$", re.I)
# "three times as many", "two times faster", "4x more", "grew 300 times": a multiplier
_TIMES_AFTER = re.compile(r"\s+(?i:times)\s+(?:(?i:as|more|less|the|that|over)|[a-z]+er)\b|"
                          r"x\s+(?:(?i:as|more|less|the|over)|[a-z]+er)\b")
_TIMES_BEFORE = re.compile(r"\b(?:by|grew|grown|grows|rose|risen|increased|multiplied|jumped|expanded|improved)\s+"
                           r"(?:(?:about|some|around|roughly|nearly|almost|more than|over)\s+)?$", re.I)
_TIMES = re.compile(r"\s+times\b", re.I)
_STANDS_AFTER = re.compile(r"\s*(?:others\b|from|of whom|of which|of them|that|who|which|were|are|was|have|had|remain\w*|"
                           r"did|will|would|could|survived|died|returned|recovered|[,.;:)]|$)", re.I)
_ABBREVIATED = re.compile(r"\s+([A-Za-z]{2,3})\.?(?![\w-])")
_COPULA = re.compile(r"\s*(?:were|was|are|is|have been|had been|has been|remain|remained)\b", re.I)
_PARTICIPLES = ("killed|wounded|injured|dead|stranded|missing|captured|detained|arrested|displaced|evacuated|"
                "hospitali[sz]ed|rescued|deported|abducted|executed|infected|vaccinated|employed|unemployed")
_PARTICIPLE_UNIT = re.compile(rf"\s*(({_PARTICIPLES})(?:\s*(?:,|and|or)\s*(?:{_PARTICIPLES}))*)\b", re.I)


class Sentence(NamedTuple):
    start: int
    end: int
    text: str
    paragraph_start: int


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_LIMITING_GAP = re.compile(r"\s*(?:under|over|aged|of)\s*", re.I)


class EarlierCounts:
    """The paragraph's last count, and last count or measure, so far: what a bare number may stand for
    (see _noun_stood_for). Each is kept with the last one the text introduces rather than refers back
    to ("the three ports"), so that a number looks at two figures, not at all the paragraph's."""

    def __init__(self) -> None:
        self.count: Figure | None = None
        self.count_introduced: Figure | None = None
        self.measured: Figure | None = None  # a count or a measure
        self.measured_introduced: Figure | None = None

    def add(self, figure: Figure, text: str) -> None:
        if not figure.unit or figure.kind not in ("count", "measure"):
            return
        introduced = not _THE_BEFORE.search(text[max(0, figure.char_start - 5):figure.char_start])
        self.measured = figure
        if introduced:
            self.measured_introduced = figure
        if figure.kind == "count":
            self.count = figure
            if introduced:
                self.count_introduced = figure


@dataclass
class Attached:
    """What a number counts or measures, and the words after it that say so. A compound measure
    changes the number's value: "6 feet 2 inches" is 6 * 12 + 2 inches."""
    unit: str
    kind: str
    end: int  # where the unit's words end
    post_qualifier: str | None = None  # "min": "62,400 or more soldiers", "700-plus-page"; "approx": "130 or so"
    minimum_end: int = 0  # where "or more" or "or so" ends
    scale: float = 1.0
    extra: float = 0.0
    noun_after: bool = False  # the unit is the noun right after the number ("one passenger")


def attach_unit(text: str, atom: _Atom, end: int, sentence: Sentence, earlier: EarlierCounts,
                ahead: list[_Atom]) -> Attached | None:
    """The unit of the number `atom` (ending at `end`, after a range's high end), or None when it
    counts and measures nothing (code, list markers, citations, "one of them", page chrome).

    Patterns over the rest of the sentence match at `end` with the sentence's end as their limit
    (pattern.match(text, end, sentence.end)) instead of on a copy of it: a copy per number made a
    long sentence quadratic."""
    times = _multiplier_end(text, atom, end)
    if times is not None:
        return Attached("times", "measure", times, minimum_end=end)
    post = None if atom.currency else _POST_MINIMUM.match(text, end, sentence.end)  # "$5 plus tax" adds
    post_qualifier = "min" if post else None
    if post is None and (post := _POST_APPROX.match(text, end, sentence.end)):
        post_qualifier = "approx"
    noun_from = post.end() if post else end
    if superlative := _SUPERLATIVE.match(text, noun_from):
        noun_from = superlative.end()  # "the 20-largest banks" counts banks
    sign = _sign_after(text, atom, end, sentence.end)
    if sign:
        return Attached(*sign, post_qualifier=post_qualifier, minimum_end=noun_from)
    unit, kind, unit_end, scale, extra = None, "count", end, 1.0, 0.0
    hyphenated = re.match(r"-(plus-)?([A-Za-z]+)", text[end:end + 20])
    found = _unit_word(text, noun_from) or _hyphenated_unit(text, atom, end, hyphenated) or \
        _attached_unit(text, end, sentence.start)
    if found:
        unit, kind, unit_end, scale, extra = found
    magnitude = _magnitude(text, atom, end, sentence)
    if magnitude is not None:
        unit, kind, unit_end = "magnitude", "measure", magnitude
    if hyphenated and hyphenated.group(1):
        post_qualifier = "min"  # "the 700-plus-page tome": at least 700 pages
    if not unit:
        counted = _counted_noun(text, atom, end, noun_from, sentence, earlier, ahead)
        if counted is None:
            return None
        unit, kind, unit_end, noun_after = counted
        return Attached(unit, kind, unit_end, post_qualifier, noun_from, noun_after=noun_after)
    return Attached(unit, kind, unit_end, post_qualifier, noun_from, scale, extra)


def _multiplier_end(text: str, atom: _Atom, end: int) -> int | None:
    """Where 'times' (or the 'x' of '4x') ends after a multiplier: 'three times as many', 'two times
    faster', '4x more', 'grew 300,000 times'; None when the number multiplies nothing."""
    if atom.currency:
        return None
    if match := _TIMES_AFTER.match(text, end):
        return end + match.group().lower().index("x") + 1 if match.group()[0] in "xX" else _TIMES.match(text, end).end()
    if (match := _TIMES.match(text, end)) and _TIMES_BEFORE.search(text[max(0, atom.start - 40):atom.start]):
        return match.end()
    return None


def _sign_after(text: str, atom: _Atom, end: int, stop: int) -> tuple[str, str, int] | None:
    """A unit given by a sign or a word right after the number: '1.5 °C', '320km/h', '15%',
    '176 Hong Kong dollars', '$5', '55€', '$100 Australian'."""
    currency = atom.currency
    sign_after = None if currency else _CURRENCY_AFTER.match(text, end, stop)
    if sign_after:
        currency = CURRENCY_SYMBOLS[sign_after.group(1)]
    if degrees := _DEGREES.match(text, end, stop):
        scale = degrees.group(1)
        return (f"°{scale[0].upper()}" if scale else "degree"), "measure", degrees.end()
    if primes := _PRIMES.match(text, end, stop):
        return ("foot" if primes.group(1) == "′" else "inch"), "measure", primes.end()
    if slash := _SLASH_UNIT.match(text, end, stop):
        return MEASURE_UNITS[slash.group(1).lower()], "measure", slash.end()
    if percent := _PERCENT.match(text, end, stop):
        token = percent.group(1).lower()
        unit = "percentage point" if token.startswith("percentage") else "basis point" if token.startswith("b") else "%"
        return unit, "percent", percent.end()
    if named := _OTHER_DOLLARS.match(text, end, stop):
        return _DOLLARS[named.group(1)], "money", named.end()
    if not currency:
        return None
    dollar = _FOREIGN_DOLLAR_AFTER_SIGN.match(text, end, stop)
    if dollar and text[atom.start] == "$":
        return _FOREIGN_DOLLARS[dollar.group(1)], "money", dollar.end()
    return currency, "money", sign_after.end() if sign_after else end


class _Unit(NamedTuple):
    unit: str
    kind: str
    end: int
    scale: float = 1.0
    extra: float = 0.0


def _unit_word(text: str, pos: int) -> _Unit | None:
    """A currency or measure word after the number: '79 euros', '44 million metric tons',
    '2,000 square kilometres', '45 miles per gallon', '2 degrees Celsius', '6 feet 2 inches'."""
    words = _words_after(text, pos, 1)
    if not words:
        return None
    word, _, word_end = words[0]
    money = _currency_word(word)
    if money:
        return _Unit(money, "money", word_end)
    measure = _measure_unit(word)
    if word.lower() == "metric":
        nxt_words = _words_after(text, word_end, 1)
        if nxt_words and _measure_unit(nxt_words[0][0]) == "tonne":
            measure, word_end = "tonne", nxt_words[0][2]  # "44 million metric tons"
    if word.lower() == "nautical":
        nxt_words = _words_after(text, word_end, 1)
        if nxt_words and _measure_unit(nxt_words[0][0]) == "mile":
            measure, word_end = "nautical mile", nxt_words[0][2]
    if word.lower() in ("square", "sq", "cubic"):
        nxt_words = _words_after(text, word_end, 1)
        if nxt_words and (area := _area_or_volume(word, nxt_words[0][0])):
            measure, word_end = area, nxt_words[0][2]
    if not measure:
        return None
    if measure == "foot" and (inches := _INCHES_AFTER.match(text, word_end)):
        return _Unit("inch", "measure", inches.end(), 12.0, float(inches.group(1)))  # "6 feet 2 inches"
    unit, unit_end = measure, word_end
    per = re.match(r"\s+per\s+(gallon|litre|liter|hour)\b", text[word_end:word_end + 16], re.I)
    rate = per and _RATE_UNITS.get((measure, per.group(1).lower()))
    if rate:
        unit, unit_end = rate, word_end + per.end()
    scale = re.match(r"\s+(Celsius|centigrade|Fahrenheit)\b", text[word_end:word_end + 12], re.I)
    if measure == "degree" and scale:  # "2 degrees Celsius"
        unit, unit_end = "°F" if scale.group(1).lower() == "fahrenheit" else "°C", word_end + scale.end()
    return _Unit(unit, "measure", unit_end)


def _hyphenated_unit(text: str, atom: _Atom, end: int, hyphenated: re.Match | None) -> _Unit | None:
    """A unit joined to the number by a hyphen, in front of a noun: '1.2-billion-yuan', 'a 13.3-inch
    screen', 'a 40-square-kilometre zone', 'the 7-foot-3 centre', 'a six-cylinder engine'."""
    if not hyphenated:
        return None
    word = hyphenated.group(2)
    if atom.has_scale and _currency_word(word):
        return _Unit(_currency_word(word), "money", end + hyphenated.end())
    if measure := _hyphenated_measure(text, end):
        unit, unit_end = measure
        inches = re.match(r"-foot-(\d{1,2})\b", text[end:end + 12])
        if inches:  # "the 7-foot-3 centre" is 7 feet 3 inches tall
            return _Unit("inch", "measure", end + inches.end(), 12.0, float(inches.group(1)))
        return _Unit(unit, "measure", unit_end)
    if counted := _counted_compound(text[end:end + 40]):
        return _Unit(counted, "count", end + hyphenated.end())
    return None


def _attached_unit(text: str, end: int, sentence_start: int) -> _Unit | None:
    """A unit stuck to the digits: '10km', '60fps', '48MP', '48.8C' (in a sentence about heat)."""
    attached = re.match(r"[A-Za-z/°]+", text[end:end + 6])
    if not attached:
        return None
    if temperature := _temperature_after(text, end, sentence_start):
        return _Unit(temperature, "measure", end + 1)
    measure = _measure_unit(attached.group()) or _ATTACHED_UNITS.get(attached.group().lower())
    return _Unit(measure, "measure", end + attached.end()) if measure else None


def _magnitude(text: str, atom: _Atom, end: int, sentence: Sentence) -> int | None:
    """Where 'magnitude' ends after the number ('4.5 magnitude'), or the number's end when it
    comes before ('a magnitude of 6.1'); None when the number is no magnitude."""
    mag = _MAGNITUDE_AFTER.match(text, end, sentence.end) or _RICHTER.match(text, end, sentence.end)
    if mag:
        return mag.end()
    if re.search(r"magnitude\s*-?\s*(?:of\s*)?$", _window(text, sentence.start, atom.start, 30)[1], re.I):
        return end
    return None


def _counted_noun(text: str, atom: _Atom, end: int, noun_from: int, sentence: Sentence,
                  earlier: EarlierCounts, ahead: list[_Atom]) -> tuple[str, str, int, bool] | None:
    """What a number counts (unit, kind, where its words end, whether it is the noun right after the
    number): the noun after it, a table column's noun, a noun named before it, the noun of an earlier
    count it stands for, or of the next number's; None for nothing, and for page chrome."""
    kind = "count"
    unit, unit_end = _count_unit(text, noun_from)
    if parenthesis := _IN_PARENTHESES.search(text, max(sentence.start, atom.start - 60), atom.start):
        partitive = parenthesis.group(2) or re.match(r"\s*(?:of|out of)\s+[\d,.]+\s*\)", text[end:end + 20])
        if _is_plural_noun(parenthesis.group(1)) and (partitive or parenthesis.group(1).islower() and
                                                      text.startswith(")", end)):
            unit, unit_end = singular(parenthesis.group(1)), end  # "members (15 of 19)", "members (15)", not "Vargas (6)"
    if unit == "one":
        unit = None  # "3 probable ones": the noun is the one used before
    noun_after = unit is not None
    if unit is None and not atom.is_word:
        unit = _table_column(text, atom, end, sentence.paragraph_start)
    if unit is None:
        unit = _noun_ahead(text, end, ahead, sentence.end)
    if unit is None:
        unit = _noun_named_before(_window(text, sentence.start, atom.start, 200)[1])
    if unit is None:
        unit, kind = _noun_stood_for(text, atom, end, sentence.start, earlier)
    if unit in _CHROME_UNITS and (len(sentence.text.split(None, 3)) <= 3 or sentence.text.startswith(
            text[atom.start:end], _LEADING_SPACE.match(sentence.text).end())):
        return None  # "12 comments", "2 comments on ..." opening a line are page chrome
    return None if unit is None else (unit, kind, unit_end, noun_after)


def _noun_ahead(text: str, end: int, ahead: list[_Atom], sentence_end: int) -> str | None:
    """'once three, now eight or nine agencies': the plural noun the next number (or range) counts,
    for a number joined to it by a comma."""
    if not ahead or not _AHEAD_JOIN.fullmatch(text, end, ahead[0].start) or ahead[0].value != int(ahead[0].value):
        return None  # a decimal ("3.7, and 3.8 variants") is a version, not a count
    stop = ahead[0].end
    if len(ahead) > 1 and _RANGE_AHEAD.fullmatch(text, stop, ahead[1].start):
        stop = ahead[1].end
    words = _words_after(text, stop, 1)
    if not words or words[0][2] > sentence_end or not _is_plural_noun(words[0][0]):
        return None
    return singular(words[0][0])


def _count_unit(text: str, pos: int) -> tuple[str | None, int]:
    """The thing counted by a number ending at pos, and where its words end."""
    abbreviation = _ABBREVIATED.match(text, pos)
    if abbreviation and abbreviation.group(1).lower() in _COUNTED_ABBREVIATIONS:
        return _COUNTED_ABBREVIATIONS[abbreviation.group(1).lower()], abbreviation.end()  # "212 pp."
    participle = _PARTICIPLE_UNIT.match(text, pos)
    if participle and not any(_is_plural_noun(w) for w, _, _ in _words_after(text, participle.end(1), 1)):
        return participle.group(1).lower(), participle.end(1)  # not "two infected travellers"
    copula = _COPULA.match(text, pos)
    start = copula.end() if copula else pos
    words = _words_after(text, start, 5)
    if len(words) > 2 and words[0][0].lower() == "out" and words[1][0].lower() == "of":
        words = words[1:]  # "42 out of 42 cases" is a partitive
    first = words[0][0].lower() if words else ""
    if first == "others" or first == "of" and len(words) > 1 and \
            words[1][0].lower() in ("which", "whom", "them"):
        return None, pos  # "99 of which", "200 others": the noun is the one used before
    if words and words[0][0].lower() == "of" and not copula:
        # partitive: "11 of the 14 drones"
        for word, _, end in words[1:]:
            if _is_plural_noun(word):
                return singular(word), end
        return None, pos
    for index, (word, _, end) in enumerate(words):
        lower = word.lower()
        if lower in _STOP or word[0].isdigit():
            if lower in ("and", "or") and index == 0:
                break
            if lower in ("and", "or") and all(w.replace(".", "").isalpha() and not w.endswith("ed")
                                              for w, _, _ in words[:index]):
                continue  # "four national security and diplomatic officials": modifiers joined by "and"
            after_model = [w for w, _, _ in words[index + 1:index + 3]]
            if word[0].isdigit() and after_model and (_is_plural_noun(after_model[0]) or after_model[0][0].isupper()
                                                      and len(after_model) > 1 and _is_plural_noun(after_model[1])):
                continue  # "Boeing 787 jets", "five 787 Dreamliner planes"
            break
        if word[-1] in "'’" and _is_plural_noun(word[:-1]):
            return singular(word[:-1]), end  # "four founders' plans" counts founders
        if _is_plural_noun(word) and word[0].isupper() and index > 0 and words[index - 1][0][0].isupper() and \
                index + 1 < len(words) and words[index + 1][0].islower() and words[index + 1][0] not in _STOP:
            continue  # "two United States service members": a plural inside a name
        if _is_plural_noun(word):
            # "measles cases", "artillery systems": the head noun is the last of a run of nouns
            while index + 1 < len(words) and _is_plural_noun(words[index + 1][0]) and \
                    words[index + 1][0].lower() not in _STOP and words[index + 1][0].lower() not in _VERBS_IN_S and \
                    not re.fullmatch(_DURATION, words[index + 1][0], re.I) and not _takes_an_object(words, index + 1):
                index += 1
            word, _, end = words[index]
            head = singular(word)
            modifier = words[index - 1][0].lower() if index > 0 else ""
            coordinated = index > 1 and words[index - 2][0].lower() in ("and", "or")
            if modifier.endswith("ing") and modifier not in _STOP and modifier not in _ING_ADJECTIVES and \
                    words[index - 1][0].islower() and "-" not in modifier and not coordinated:
                # not "30 Boeing jets", "three high-ranking officials", "maintenance and cleaning workers"
                head = f"{modifier} {head}"  # "heating points", "polling stations"
            return head, end
    while words and words[0][0].lower() in ("more", "additional", "extra", "further", "other", "such"):
        words = words[1:]  # "1 more school"
    if words and not copula:
        first, _, end = words[0]
        if first.lower() not in _STOP and first.isalpha() and first.islower() and len(first) > 2 \
                and not first.endswith(("ed", "ing", "ly", "ive", "ous", "ful", "less", "able", "ible")) \
                and first not in _NOT_COUNTED_WORDS:
            return first.lower(), end  # singular head: "1 soldier", "a dozen drone strike"
    return None, pos


def _counted_compound(after: str) -> str | None:
    """The noun a count in front of another noun counts: '-cylinder engine' -> cylinder."""
    match = re.match(r"-(?:plus-)?([a-z]+)\s+([A-Za-z]+)", after)
    if not match:
        return None
    word = match.group(1)
    if word in _NOT_COUNTED_COMPOUNDS or word in _STOP or word in _SUPERLATIVES or \
            word.endswith(("ing", "ly", "ic", "ous", "ive")) or \
            word.endswith("al") and len(word) > 5 and word not in _NOUNS_IN_AL or \
            word.endswith("ed") and word not in ("speed", "bed", "seed", "breed", "shed", "sled") or \
            re.fullmatch(_DURATION, word) or match.group(2) in _STOP:
        return None
    return singular(word)


def _takes_an_object(words: list[tuple[str, int, int]], index: int) -> bool:
    """'the 3 reactors produces 1,000 megawatts': a word in -s followed by a number or a determiner is a verb."""
    return index + 1 < len(words) and (words[index + 1][0][0].isdigit() or words[index + 1][0].lower() in
                                       ("a", "an", "the", "its", "their", "his", "her", "our", "this", "that"))


def _zero_counts(text: str, atom: _Atom, end: int, unit: str | None) -> bool:
    """'zero red cards': a zero before a plural noun counts it ("only one shot" is mostly an idiom)."""
    if atom.value != 0 or unit is None:
        return False
    return any(_is_plural_noun(word) and singular(word) == unit for word, _, _ in _words_after(text, end, 3))


def _table_column(text: str, atom: _Atom, end: int, paragraph_start: int) -> str | None:
    """A count followed by its share ("Herbert Dürr 63 16.6%") in a table flattened into a paragraph:
    the noun of the nearest "By changesets" header before it."""
    if not _SHARE_AFTER.match(text, end):
        return None
    starts, nouns = _table_headers(text, paragraph_start)
    index = bisect.bisect_left(starts, atom.start)
    return nouns[index - 1] if index else None


@functools.lru_cache(maxsize=32)
def _table_headers(text: str, paragraph_start: int) -> tuple[list[int], list[str]]:
    """Where the paragraph's "By <noun>" headers start, and their nouns (one scan per paragraph)."""
    paragraph_end = text.find("\n", paragraph_start)
    headers = list(_TABLE_HEADER.finditer(text, paragraph_start, paragraph_end if paragraph_end >= 0 else len(text)))
    return [h.start() for h in headers], [singular(h.group(1)) for h in headers]


def _noun_named_before(before: str) -> str | None:
    """'The number of deaths ... was', 'claims had topped', 'a staff of', 'the death toll rose to': the
    counted noun said before the number."""
    if group := _GROUP_OF.search(before) or _TOLL.search(before):
        return group.group(1).lower()
    match = _NUMBER_OF.search(before) or _NOUN_THEN_VERB.search(before)
    if match and _is_plural_noun(match.group(1)):
        return singular(match.group(1))
    return "person" if re.search(r"\bpopulation\b", before, re.I) else None  # "the population ... is 40,000"


def _noun_stood_for(text: str, atom: _Atom, end: int, sent_start: int, earlier: EarlierCounts) -> tuple[str | None, str]:
    """The unit and kind of an earlier count or measure, for a number that stands for it: one of the
    sentence, or for digits one earlier in the paragraph."""
    if atom.is_word:
        last, introduced = earlier.count, earlier.count_introduced
    else:
        last, introduced = earlier.measured, earlier.measured_introduced
    before = _window(text, sent_start, atom.start, 40)[1]
    if last is not None and last.char_start < sent_start and atom.is_word and not _REACHING_BACK.search(before):
        last = None  # a number word stands for a noun of its own sentence ("the last three" and digits reach back)
    if last is None or _LIMITING_GAP.fullmatch(text, last.char_end, atom.start):
        return None, "count"  # "children under five": an age that limits the earlier count
    if atom.is_word and not (_STANDS_BEFORE.search(before) or _STANDS_AFTER.match(text, end)):
        return None, "count"
    # the last count the sentence introduces, not one it refers back to ("180 vessels left the three
    # ports, against 152 in May"); "Of the 12 patients, the remaining six" has only the one
    if introduced is not None and last.char_start >= sent_start > introduced.char_start:
        introduced = None  # the sentence has counts, none of them introduced
    stood_for = introduced or last
    if stood_for.kind == "count" and atom.value != int(atom.value) and stood_for.value == int(stood_for.value):
        return None, "count"  # "2.8 has been labeled": a decimal counts no things (but a rate's may: "65.2 cases")
    return stood_for.unit, stood_for.kind
