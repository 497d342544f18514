"""What a number counts or measures: a sign or a unit word after it (read by presslake.figures.signs), the noun
after it, a compound before a noun; else, through presslake.figures.context, a noun named before it, a table
column's, or an earlier count's it stands for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presslake.figures.context import (
    group_stood_for,
    part_of_earlier,
    PARTICIPLE_WORDS,
    PARTICIPLES,
    EarlierCounts,
    Sentence,
    elided_noun,
    _noun_named_before,
    level_named_before,
    _noun_stood_for,
    _parallel_to_earlier,
    _pronoun_before_verb,
    _rate_noun,
    _score_column,
    _row_label,
    _table_column,
    _verb_before,
)
from presslake.figures.numbers import _Atom
from presslake.figures.signs import (
    _FOLD, _multiplier_end, _shared_hyphenated_measure, _sign_after, _sign_ahead, _sterling, _Unit, _unit_word, _watts_apart,
    pair_unit,
)
from presslake.figures.text import (
    _currency_word, _hyphenated_measure, _temperature_after, _is_plural_noun, _LEADING_SPACE, _measure_unit, _window,
    _words_after, singular,
)
from presslake.figures.vocabulary import (
    _ATTACHED_UNITS,
    _CHROME_UNITS,
    _COMPOUND_NOUNS,
    _COUNTED_ABBREVIATIONS,
    _DURATION,
    _ING_ADJECTIVES,
    _KINDS_OF_LEAVE,
    _MILESTONES,
    _NOT_COUNTED_COMPOUNDS,
    _NOT_COUNTED_WORDS,
    _NOT_NOUNS,
    _NOUNS_IN_AL,
    _RATE_UNITS,
    _SUPERLATIVES,
    _STOP,
    _VERBS_IN_S,
    LENGTH,
)
from presslake.lazy_regex import LazyPattern

# "62,400 or more soldiers", "300-plus workers", "5,000+ members": a minimum, and the counted
# noun comes after the qualifier
_POST_MINIMUM = LazyPattern(
    r"(?:\+|-plus\b|\s+plus\b(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d))|\s+or\s+more\b)"
    r"(?=\s+[A-Za-z])", re.I)
# "130 or so engineers": about 130, and the counted noun comes after
_POST_APPROX = LazyPattern(r"(?:\s+or\s+so|-odd)\b(?=\s+[A-Za-z])", re.I)  # "20 or so boats", "its 15-odd wineries"
_SUPERLATIVE = LazyPattern(rf"-(?:{'|'.join(_SUPERLATIVES)})\b", re.I)
_MAGNITUDE_AFTER = LazyPattern(r"\s*(?:-\s*)?magnitude\b", re.I)
_MAGNITUDE_BEFORE = LazyPattern(r"magnitude\s*-?\s*(?:of\s*)?$", re.I)  # "a magnitude of 6.1", "magnitude-7"
# a figure that opens its line, defined after a colon: "480: Number of startup hubs", "93,500: Job openings for ..."
_DEFINED_AFTER = LazyPattern(r":[^\S\n]+(?:(?:an?\s+|the\s+)?(?:estimated|total|approximate)\s+)?(?:(?:number|count)\s+of\s+)?"
                             r"((?:[\w-]+\s+){0,2}?)([a-z][\w-]*s)\b", re.I)
# "members (15 of 19)", "cells (approximately 10 trillion)": the number in parentheses after its noun
_IN_PARENTHESES = LazyPattern(r"\b([A-Za-z][a-z]+)\s*\((?:\s*(?:about|around|approximately|roughly|nearly|almost|some|an estimated|"
                              r"over|more than|at least|up to)\s+)?(\s*[\d,.]+\s+(?:of|out of)\s+)?$")
_COUNTER_AFTER = ("| ", "- ", "– ")  # a teaser's counter after its title: "the relish tray - 23,886 views"
# a social network's counter in a profile box, the number in parentheses after the network's name
_FOLLOWERS = {"follower", "like", "fan", "subscriber", "contact", "connection"}
_NETWORK_BEFORE = LazyPattern(r"\b(?:Twitter|Facebook|Flickr|Instagram|YouTube|Pinterest|LinkedIn|Google\+|Tumblr)\s*\(\s*$")
_FRAMES_PER_SECOND = LazyPattern(r"[\s-]frames?[\s-]per[\s-]second\b", re.I)
_SERVES = LazyPattern(r"\b(?:serves?|feeds?)\s+(?:up\s+to\s+)?$", re.I)
_RICHTER = LazyPattern(r"\s+on\s+the\s+Richter(?:\s+scale)?\b", re.I)  # "measuring 6.1 on the Richter scale"
# "once three, now eight or nine agencies": a number whose noun comes with the next one
_AHEAD_JOIN = LazyPattern(r"\s+(?:or|and)\s+|"
                          r"\s*[,;]\s+(?:(?:and|but)\s+)?(?:(?:now|then|later|today|against|versus|vs\.?|compared with)\s+)?|"
                          r"\s+to\s+", re.I)  # "from 10 to 20 units": a change from one number to the next
# two values compared, the unit written after the second: "2.8 vs. 3.0 puffs", "12 versus 15 days"
_COMPARED = LazyPattern(r"\s+(?:versus|vs\.?|v\.|compared\s+(?:with|to))\s+", re.I)
# a size, each side but the last given without its unit: "5.5×2.1mm", "107.5 x 85mm", "10 x 12 x 3 feet"
DIMENSION_AFTER = LazyPattern(rf"(?:\s*[x×]\s*\d+(?:\.\d+)?)+\s*{LENGTH}")
# a price class between a count and its noun: "two sub-$1000 laptops", "three under-$50 gadgets"
_PRICE_CLASS = LazyPattern(r"\s+(?:sub|under|over)-(?:US)?[$€£]\d[\d,.]*(?:k|m|bn)?(?=\s)", re.I)
# a number that measures what a count counts: "two 40-stall stations", "four 1TB drives", "eight 30-in. displays"
_MEASURED_AFTER = LazyPattern(r"\s+\d[\d,.]*(?:-[A-Za-z]+\.?|[A-Za-z]{1,3})(?=\s)")
_LIST_JOIN = LazyPattern(r"\s*[,;]\s+(?:and\s+)?|\s+and\s+", re.I)  # between the items of a list of numbers
_RANGE_AHEAD = LazyPattern(r"\s*(?:-|–|to|or)\s*")
_ABBREVIATED = LazyPattern(r"\s+([A-Za-z]{2,4})\.?(?![\w-])")
_COPULA = LazyPattern(r"\s*(?:were|was|are|is|have been|had been|has been|remain|remained)\b", re.I)
# a streak: "has won six in a row", "lost three straight"
_STREAK = LazyPattern(r"\s+(?:in a row|straight|consecutive)\b(?!\s+[a-z]+s\b)", re.I)
_WON_OR_LOST = LazyPattern(r"\b(won|wins|winning|lost|losing|loses)\s+$", re.I)
_GROUP_NUMBER = LazyPattern(r"\bof\s+[\w,.]+$")
_TAKEN_CAPTIVE = LazyPattern(r"\s*(?:were\s+)?(?:taken|held)\s+(hostage|captive|prisoner)s?\b", re.I)
# ("12 were killed", "22 thousand have been wounded", "Three are dead": the auxiliary comes between)
_PARTICIPLE_UNIT = LazyPattern(rf"\s*(?:(?:were|was|are|is|have been|has been|had been)\s+)?(({PARTICIPLES})(?:\s*(?:,|and|or)\s*(?:{PARTICIPLES}))*)\b", re.I)


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
    if atom.digits.startswith(".") and (bore := _POINT_CALIBER.match(text, end)):
        return Attached("caliber", "measure", bore.end())  # "a .45-caliber handgun", "a .45 cal Taurus": its bore
    if _CARTRIDGE.match(text, end) or atom.digits.startswith(".") and _BORE.match(text, end) or \
            atom.is_word and _FOLD.match(text, end):
        return None  # a cartridge's name; "two fold" is "twofold"
    if _in_pixels(text, atom, end):
        return Attached("pixel", "measure", end)
    post = None if atom.currency else _POST_MINIMUM.match(text, end, sentence.end)  # "$5 plus tax" adds
    post_qualifier = "min" if post else None
    if post is None and (post := _POST_APPROX.match(text, end, sentence.end)):
        post_qualifier = "approx"
    noun_from = post.end() if post else end
    if superlative := _SUPERLATIVE.match(text, noun_from):
        noun_from = superlative.end()  # "the 20-largest banks" counts banks
    sign = _sign_after(text, atom, end, sentence.end)
    if sign:
        return Attached(sign.unit, sign.kind, sign.end, post_qualifier=post_qualifier, minimum_end=noun_from,
                        scale=sign.scale, extra=sign.extra)
    unit, kind, unit_end, scale, extra = None, "count", end, 1.0, 0.0
    if fps := _FRAMES_PER_SECOND.match(text, end):
        return Attached("fps", "measure", fps.end(), post_qualifier, noun_from)  # "60 frames per second", "60-frames-per-second"
    hyphenated = re.match(r"-(plus-)?([A-Za-z]+)", text[end:end + 20])
    found = _unit_word(text, noun_from) or _hyphenated_unit(text, atom, end, hyphenated) or \
        _attached_unit(text, end, sentence.start) or _watts_apart(text, atom, end)
    if found:
        unit, kind, unit_end, scale, extra = _sterling(text, atom, found)
    magnitude = _magnitude(text, atom, end, sentence)
    if magnitude is not None:
        unit, kind, unit_end = "magnitude", "measure", magnitude
    if hyphenated and hyphenated.group(1):
        post_qualifier = "min"  # "the 700-plus-page tome": at least 700 pages
    if not unit and (size := DIMENSION_AFTER.match(text, end, sentence.end)):
        unit, kind = _measure_unit(size.group(1)), "measure"  # "107.5 x 85mm": each side in the last one's unit
    if not unit and text.startswith("/", end) and (shared := pair_unit(text, atom, end)):
        unit, kind = shared, "measure"  # "3.5/3.7 GHz": the first size takes the unit after the second
    if not unit and (sign := _sign_ahead(text, end, ahead, sentence.end) or _shared_hyphenated_measure(text, end, ahead)):
        return Attached(sign.unit, sign.kind, end, post_qualifier, noun_from)
    if not unit:
        counted = _counted_noun(text, atom, end, noun_from, sentence, earlier, ahead)
        if counted is None:
            return None
        unit, kind, unit_end, noun_after = counted
        return Attached(unit, kind, unit_end, post_qualifier, noun_from, noun_after=noun_after)
    return Attached(unit, kind, unit_end, post_qualifier, noun_from, scale, extra)


# "60-mile-per-hour gusts", "a 75-miles per hour limit"
_HYPHENATED_PER = LazyPattern(r"(?:-(?:per|an?)-|\s+per\s+)([a-z]+)")


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
        per = _HYPHENATED_PER.match(text, unit_end)
        rate = per and _RATE_UNITS.get((unit, singular(per.group(1).lower())))
        if rate:  # "60-mile-per-hour gusts", "a 100-kilometre-per-hour wind": a speed
            return _Unit(rate, "measure", per.end())
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
    if attached.group() == "K":
        return _Unit("K", "measure", end + 1)  # "2700K" (the other numbers before a "K" are names: "4K")
    measure = _measure_unit(attached.group()) or _ATTACHED_UNITS.get(attached.group().lower())
    return _Unit(measure, "measure", end + attached.end()) if measure else None


def _magnitude(text: str, atom: _Atom, end: int, sentence: Sentence) -> int | None:
    """Where 'magnitude' ends after the number ('4.5 magnitude'), or the number's end when it
    comes before ('a magnitude of 6.1'); None when the number is no magnitude."""
    mag = _MAGNITUDE_AFTER.match(text, end, sentence.end) or _RICHTER.match(text, end, sentence.end)
    if mag:
        return mag.end()
    if _MAGNITUDE_BEFORE.search(_window(text, sentence.start, atom.start, 30)[1]):
        return end
    return None


def _counted_noun(text: str, atom: _Atom, end: int, noun_from: int, sentence: Sentence,
                  earlier: EarlierCounts, ahead: list[_Atom]) -> tuple[str, str, int, bool] | None:
    """What a number counts (unit, kind, where its words end, whether it is the noun right after the
    number): the noun after it, a table column's noun, a noun named before it, the noun of an earlier
    count it stands for, or of the next number's; None for nothing, and for page chrome."""
    kind = "count"
    unit, unit_end = _count_unit(text, noun_from)
    if unit is not None and atom.value != 1 and (completed := _completed_by_the_next(text, unit_end, ahead, sentence.end)):
        unit = completed  # "four undergraduate and 10 graduate certificates": certificates ("1 book and 3 new pens")
    if unit and PARTICIPLE_WORDS.fullmatch(unit) and (noun := elided_noun(text, atom, sentence, earlier)):
        unit = noun
    if unit in (None, "straight", "consecutive") and (streak := _STREAK.match(text, end)) and \
            (verb := _WON_OR_LOST.search(text, max(sentence.start, atom.start - 12), atom.start)):
        unit, unit_end = ("win" if verb.group(1).lower().startswith("w") else "loss"), streak.end()
    if parenthesis := _IN_PARENTHESES.search(text, max(sentence.start, atom.start - 60), atom.start):
        partitive = parenthesis.group(2) or re.match(r"\s*(?:of|out of)\s+[\d,.]+\s*\)", text[end:end + 20])
        if _is_plural_noun(parenthesis.group(1)) and (partitive or parenthesis.group(1).islower() and
                                                      text.startswith(")", end)):
            unit, unit_end = singular(parenthesis.group(1)), end  # "members (15 of 19)", "members (15)", not "Vargas (6)"
    if unit is None and _SERVES.search(text, max(sentence.start, atom.start - 12), atom.start):
        unit, unit_end = "person", end  # "Bowls serve 2", "all recipes serve 2 to 4": how many people a dish feeds
    if unit == "one" or unit is not None and _pronoun_before_verb(text, atom, noun_from, unit_end):
        unit = None  # "3 probable ones", "the two work together": the noun is the one used before
    noun_after = unit is not None
    if unit is None and not atom.is_word and (_INDEFINITE_BEFORE.search(text, max(0, atom.start - 4), atom.start) or
                                              _ROUND_SHOT_BEFORE.search(text, max(0, atom.start - 16), atom.start)):
        return None  # "on his way to an 82", "Kaymer shot 67": a score or a grade; "an 82 shots" is no English
    if unit is None and text.startswith(":", end) and _opens_its_line(text, atom.start) and \
            (defined := _DEFINED_AFTER.match(text, end)) and _is_plural_noun(defined.group(2).lower()):
        unit = singular(defined.group(2).lower())  # a number that opens its line, with what it counts after a colon
    if unit is None and not atom.is_word:
        unit = _table_column(text, atom, end, sentence.paragraph_start) or _row_label(text, atom.start, end)
    if unit is None and not atom.is_word and (score := _score_column(text, atom.start, end)):
        unit, kind = score, "measure"
    if unit is None and (found := _noun_ahead(text, end, ahead, sentence.end)):
        unit, kind = found
    parallel = unit is None and _parallel_to_earlier(text, atom, sentence, earlier)
    if unit is None and not parallel and (others := _OTHERS.match(text, end, sentence.end)):
        # "two others": the count of the sentence it stands for ("Two gunmen died, and three others escaped"), or
        # what befell them ("Three others were hurt"), or the others themselves
        last = earlier.count
        unit, kind = _noun_stood_for(text, atom, end, sentence.start, earlier) if last is not None and \
            last.char_start >= sentence.start and not PARTICIPLE_WORDS.fullmatch(last.unit) else (None, "count")
        unit, unit_end = unit or (others.group(1) or "other").lower(), others.end()
    if unit is None and not parallel:
        unit = _verb_before(_window(text, sentence.start, atom.start, 40)[1])
    if unit is None and not atom.is_word:
        unit = _rate_noun(text, atom.start, end, sentence.start)
    if unit is None and not atom.is_word and (level := level_named_before(_window(text, sentence.start, atom.start, 60)[1])):
        unit, kind = level, "measure"
    if unit is None:
        unit = _noun_named_before(_window(text, sentence.start, atom.start, 200)[1])
    if unit is None:
        unit = part_of_earlier(text, atom, end, sentence, earlier)
    if unit is None:
        unit, kind = _noun_stood_for(text, atom, end, sentence.start, earlier)
    if unit is None and (group := group_stood_for(text, atom, earlier)):
        unit, unit_end = group, end
    if unit in _CHROME_UNITS and (len(sentence.text.split(None, 3)) <= 3 or sentence.text.startswith(
            text[atom.start:end], _LEADING_SPACE.match(sentence.text).end()) or text[atom.start - 2:atom.start] in _COUNTER_AFTER):
        return None  # "12 comments", "2 comments on ..." opening a line, "| 0 recs |", "Giveaway - 17,243 views" are page chrome
    if unit in _FOLLOWERS and _NETWORK_BEFORE.search(text, max(0, atom.start - 20), atom.start):
        return None  # a profile box's "Twitter (17,190 followers) • Facebook (3,037 likes)"
    return None if unit is None else (unit, kind, unit_end, noun_after)


# "others" with no count before to stand for: what befell them, or the others themselves
_OTHERS = LazyPattern(rf"\s+others\b(?:\s+(?:(?:were|was|have been|had been)\s+)?({PARTICIPLES})\b)?", re.I)
# plurals that follow a counted noun without being its head: "four men police say were involved", "six grandchildren
# ages 3 to 10"
_NOT_RUN_HEADS = frozenset({"police", "officials", "authorities", "investigators", "ages"})
_POINT_CALIBER = LazyPattern(r"[-\s]?(?:caliber|calibre|cal\b)", re.I)
# a cartridge or a shotgun bore named by its number: "45 Colt loads", ".38 Special", "44 Magnum rounds", ".410 shells"
# ("45 Colt revolvers" may count revolvers)
_AMMUNITION = r"(?i:loads?|rounds?|ammo|ammunition|cartridges?|shells?|bullets?|slugs?|silvertips?)\b"
_CARTRIDGE = LazyPattern(rf"\s+(?:Colt\s+{_AMMUNITION}|(?:ACP|Magnum|Special|S&W|WMR|Long\s+Rifle)\b)")
_BORE = LazyPattern(rf"\s+(?:{_AMMUNITION}|(?i:bore|gauge|shotguns?)\b)")
# a screen's or an image's size in pixels, named by the word after the pair: "a 1366 x 768 resolution", "(800 x 480
# native resolution)", "2,560 x 1,600 display", "(144 x 144 pixel)" (a pair alone, "1920x1080", stays a name)
_PIXEL_SIDE = r"(?:\d{3,4}|\d,\d{3})"
_PIXELS_NAMED = r"\s*\)?\s*(?:(?:native|screen|display)\s+)?(?:pixels?|px|resolution|display|screen)\b"
_PIXELS_FIRST = LazyPattern(rf"\s*[x×]\s*{_PIXEL_SIDE}{_PIXELS_NAMED}", re.I)
_PIXELS_SECOND = LazyPattern(rf"(?<![\d,.]){_PIXEL_SIDE}\s*[x×]\s*$")
_PIXELS_AFTER = LazyPattern(_PIXELS_NAMED, re.I)
_INDEFINITE_BEFORE = LazyPattern(r"\b[Aa]n?\s$")
_ROUND_SHOT_BEFORE = LazyPattern(r"\b(?:shot|shoots|carded|cards|fired|fires)\s+(?:an?\s+)?$")  # a golfer's round


def _in_pixels(text: str, atom: _Atom, end: int) -> bool:
    """Either side of a size in pixels ("1366 x 768 resolution"), each side three or four digits."""
    if not re.fullmatch(_PIXEL_SIDE, text[atom.start:end]):
        return False
    return _PIXELS_FIRST.match(text, end) is not None or \
        _PIXELS_SECOND.search(text, max(0, atom.start - 12), atom.start) is not None and _PIXELS_AFTER.match(text, end) is not None


def _opens_its_line(text: str, start: int) -> bool:
    line = text[max(0, start - 80):start]
    return not line[line.rfind("\n") + 1:].strip() and ("\n" in line or start <= 80)


def _noun_ahead(text: str, end: int, ahead: list[_Atom], sentence_end: int) -> tuple[str, str] | None:
    """'once three, now eight or nine agencies', 'ships 25, 40 or 60 or more miles away': the unit and kind
    of the plural noun or measure word after the next number (or range), for a number joined to it by a
    comma, "or" or "and"."""
    compared = bool(ahead) and _COMPARED.fullmatch(text, end, ahead[0].start)
    if not ahead or not (compared or _AHEAD_JOIN.fullmatch(text, end, ahead[0].start)) \
            or not compared and ahead[0].value != int(ahead[0].value):
        return None  # a decimal ("3.7, and 3.8 variants") is a version, not a count; compared ("0.75 vs. 0.76"), a mean
    last = 0
    if _LIST_JOIN.fullmatch(text, end, ahead[0].start):  # "had 81,093; 63,927; and 28,865 cases": the list's last noun
        while last + 1 < len(ahead) and _LIST_JOIN.fullmatch(text, ahead[last].end, ahead[last + 1].start) and \
                ahead[last + 1].value == int(ahead[last + 1].value):
            last += 1
    stop = ahead[last].end
    if len(ahead) > last + 1 and _RANGE_AHEAD.fullmatch(text, stop, ahead[last + 1].start):
        stop = ahead[last + 1].end
    if post := _POST_MINIMUM.match(text, stop, sentence_end) or _POST_APPROX.match(text, stop, sentence_end):
        stop = post.end()
    if (measure := _unit_word(text, stop)) and measure.end <= sentence_end:
        return measure.unit, measure.kind
    words = _words_after(text, stop, 3)
    named = 0  # "from 55 to 46 Senate seats": a name's words before the noun
    while named < len(words) - 1 and named < 2 and words[named][0][:1].isupper() and not _is_plural_noun(words[named][0]):
        named += 1
    if len(words) <= named or words[named][2] > sentence_end or not _is_plural_noun(words[named][0]):
        return None
    return singular(words[named][0]), "count"


# past tenses that never stand before a noun as its modifier ("94 reported cases" does): a verb whose subject is
# the number
_FINITE_VERBS = frozenset({"received", "got", "took", "gave", "went", "told", "saw", "came", "began", "chose", "became",
                           "remained", "stayed", "did", "underwent", "meant"})
_COOKS_MEASURE = LazyPattern(r"\s+(cups?|teaspoons?|tablespoons?)\b", re.I)
_SIZES = frozenset({"small", "medium", "large", "big", "jumbo"})  # a cook's, before a singular noun
_GLUED_SIZES = frozenset({"mm", "cm", "in", "ft"})  # a size stuck to its digits before the counted noun ("9mm")
_LINKING_ADVERBS = frozenset({"then", "also", "later", "still", "again", "soon", "both", "all"})
_BOUND_TO = frozenset({"set", "due", "slated", "poised", "bound"})  # "with 11 set to head south": what is to come


def _named_before_its_noun(words: list[tuple[str, int, int]]) -> bool:
    """Do capitalised words run on to a lower-case plural ("County College officers")?"""
    for word, _, _ in words:
        if word.islower():
            return _is_plural_noun(word) and word not in _STOP
        if not word[0].isupper():
            return False
    return False


# "four undergraduate and 10 graduate certificates", "two male and three female students": a word after the number
# that only describes, whose noun comes after the next number
_AND_THE_NEXT = LazyPattern(r"\s+(?:and|or)\s+")
_LAST_WORD = LazyPattern(r"[A-Za-z]+$")


def _completed_by_the_next(text: str, unit_end: int, ahead: list[_Atom], sentence_end: int) -> str | None:
    """The noun a lone lower-case singular word after the number leaves to the next number's phrase, which
    describes it too: 'undergraduate' -> 'certificate'."""
    word = _LAST_WORD.search(text, max(0, unit_end - 30), unit_end)
    if not ahead or word is None or not word.group().islower() or _is_plural_noun(word.group()) or \
            not _AND_THE_NEXT.fullmatch(text, unit_end, ahead[0].start) or ahead[0].currency:
        return None
    for index, (following, _, following_end) in enumerate(_words_after(text, ahead[0].end, 3)):
        if following_end > sentence_end or not following.islower():
            return None
        if _is_plural_noun(following):
            return singular(following) if index else None
    return None


_OF_US = LazyPattern(r"\s+of\s+us\b")


def _count_unit(text: str, pos: int) -> tuple[str | None, int]:
    """The thing counted by a number ending at pos, and where its words end."""
    if us := _OF_US.match(text, pos):
        return "person", us.end()  # "the first 15 of us": people, the writer among them
    if price := _PRICE_CLASS.match(text, pos) or _MEASURED_AFTER.match(text, pos):
        pos = price.end()  # "its two sub-$1000 laptops" count laptops, "two 40-stall stations" stations
    abbreviation = _ABBREVIATED.match(text, pos)
    if abbreviation and abbreviation.group(1).lower() in _COUNTED_ABBREVIATIONS:
        return _COUNTED_ABBREVIATIONS[abbreviation.group(1).lower()], abbreviation.end()  # "212 pp."
    if cooks := _COOKS_MEASURE.match(text, pos):
        return singular(cooks.group(1).lower()), cooks.end()  # "1/3 teaspoon cumin seeds" measures, not counts seeds
    if taken := _TAKEN_CAPTIVE.match(text, pos):
        return taken.group(1).lower(), taken.end()  # "about 250 taken hostage" counts hostages
    participle = _PARTICIPLE_UNIT.match(text, pos)
    if participle and participle.start(1) > _LEADING_SPACE.match(text, pos).end() and \
            _GROUP_NUMBER.search(text, max(0, pos - 30), pos):
        participle = None  # "a family of four were rescued": the group is what is counted
    if participle and not any(_is_plural_noun(w) for w, _, _ in _words_after(text, participle.end(1), 1)):
        return participle.group(1).lower(), participle.end(1)  # not "two infected travellers"
    copula = _COPULA.match(text, pos)
    start = copula.end() if copula else pos
    words = _words_after(text, start, 7)  # ("Two Dallas County Community College District officers")
    if len(words) > 2 and words[0][0].lower() == "out" and words[1][0].lower() == "of":
        words = words[1:]  # "42 out of 42 cases" is a partitive
    first = words[0][0].lower() if words else ""
    if first == "others" or first == "of" and len(words) > 1 and \
            words[1][0].lower() in ("which", "whom", "them"):
        return None, pos  # "99 of which", "200 others": the noun is the one used before
    if words and words[0][0].lower() == "of" and not copula:
        # partitive: "11 of the 14 drones", "eight of the nation's 10 most populous states"
        following = _words_after(text, words[0][2], 8)
        for index, (word, _, end) in enumerate(following):
            if _is_plural_noun(word) and not (index + 1 < len(following) and _is_plural_noun(following[index + 1][0])
                                              and following[index + 1][0].islower()):
                return singular(word), end  # the head of "social media networks" is the last noun
        return None, pos
    verb = 1 if len(words) > 1 and words[0][0] in _LINKING_ADVERBS else 0
    if len(words) > verb and words[verb][0] in _FINITE_VERBS:
        # "109 took the drug; 94 received placebo injections": the 94 are the 109's kind ("the two then began ...")
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
            if word[0].isdigit() and index + 1 < len(words) and words[index + 1][1] == end and \
                    words[index + 1][0].lower() in _GLUED_SIZES:
                continue  # "38 spent 9mm shell casings": the casings' size stands between
            if word[0].isdigit() and after_model and (_is_plural_noun(after_model[0]) or after_model[0][0].isupper()
                                                      and len(after_model) > 1 and _is_plural_noun(after_model[1])):
                continue  # "Boeing 787 jets", "five 787 Dreamliner planes"
            break
        if word[-1] in "'’" and _is_plural_noun(word[:-1]):
            return singular(word[:-1]), end  # "four founders' plans" counts founders
        if _is_plural_noun(word) and word[0].isupper() and index + 1 < len(words) and (
                index > 0 and words[index - 1][0][0].isupper() and words[index + 1][0].islower() and
                words[index + 1][0] not in _STOP or _named_before_its_noun(words[index + 1:])):
            # "two United States service members", "Two Dallas County College officers": a plural inside a name (not a
            # headline's "Two New Drugs Show Promise")
            continue
        if _is_plural_noun(word):
            # "measles cases", "artillery systems": the head noun is the last of a run of nouns
            # ("3 shootings Police say": a headline's next clause, capitalised, is no part of the run)
            while index + 1 < len(words) and _is_plural_noun(words[index + 1][0]) and \
                    not (words[index][0].islower() and words[index + 1][0][:1].isupper()) and \
                    words[index + 1][0].lower() not in _NOT_RUN_HEADS and \
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
            if index > 1 and re.fullmatch(r"\d+(?:\.\d+)+", modifier):
                modifier = words[index - 2][0].lower()  # "four USB 3.0 ports": the version stands between
            head = _COMPOUND_NOUNS.get(f"{modifier} {head}") or _COMPOUND_NOUNS.get(head.replace("-", " ")) or head
            if head == "leaf" and (modifier in _KINDS_OF_LEAVE or text.startswith(" of absence", end)):
                head = "leave"  # "two medical leaves", "three leaves of absence"
            return head, end
    while words and words[0][0].lower() in ("more", "additional", "extra", "further", "other", "such"):
        words = words[1:]  # "1 more school"
    if len(words) > 1 and words[0][0].lower() in _SIZES:
        words = words[2:] if len(words) > 2 and words[1][0].lower() in ("size", "sized") else words[1:]  # "1 medium size onion"
    if words and not copula:
        first, _, end = words[0]
        if first.lower() not in _STOP and first.isalpha() and first.islower() and len(first) > 2 \
                and not first.endswith(("ed", "ing", "ly", "ive", "ous", "ful", "less", "able", "ible")) \
                and first not in _NOT_COUNTED_WORDS and first not in _MILESTONES \
                and not (first in _NOT_NOUNS and first.endswith("s") and not first.endswith(("us", "as", "os"))) \
                and first not in _VERBS_IN_S \
                and not (first in _BOUND_TO and len(words) > 1 and words[1][0] == "to"):
            # ("A reading below 50 indicates": a verb in -s is no unit; "11 set to leave": neither is "set to")
            return first.lower(), end  # singular head: "1 soldier", "a dozen drone strike"
    return None, pos


# "a four-story, 120-room hotel": another compound modifier after a comma, then the noun both describe
_NEXT_MODIFIER = LazyPattern(r"-(?:plus-)?([a-z]+),\s+(?:\d[\d.,]*|[a-z]+)-[a-z]+\s+([A-Za-z]+)")


# participles of a part that count it: "a five-pointed star", "a two-headed state", "a three-wheeled car"
_COUNTED_PARTS = {"pointed": "point", "legged": "leg", "headed": "head", "wheeled": "wheel", "engined": "engine",
                  "tiered": "tier", "bladed": "blade"}
_FRACTIONS = LazyPattern(r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|quarter|hundredth|thousandth)s|halves")


def _counted_compound(after: str) -> str | None:
    """The noun a count in front of another noun counts: '-cylinder engine' -> cylinder."""
    # ("a 12-episode-long series": the size word after the noun leaves the count as it is)
    match = re.match(r"-(?:plus-)?([a-z]+)(?:-(?:long|wide|deep|high|tall))?\s+([A-Za-z]+)", after) or _NEXT_MODIFIER.match(after)
    if not match:
        return None
    word = match.group(1)
    if word in _COUNTED_PARTS:
        return _COUNTED_PARTS[word]  # "a five-pointed star", "a four-legged robot": its points, its legs
    if word == "star" and match.group(2).lower() in ("rating", "ratings"):
        return word  # "a 4.8-star rating": a score in stars ("a five-star hotel" is the hotel's class)
    if word in _NOT_COUNTED_COMPOUNDS or word in _STOP or word in _SUPERLATIVES or \
            word.endswith(("ing", "ly", "ic", "ous", "ive")) or \
            word.endswith("al") and len(word) > 5 and word not in _NOUNS_IN_AL or \
            word.endswith("ed") and word not in ("speed", "bed", "seed", "breed", "shed", "sled") or \
            re.fullmatch(_DURATION, word) or _FRACTIONS.fullmatch(word) or match.group(2) in _STOP and not _is_plural_noun(word):
        # ("almost 300-patients with cancer": a plural joined by a hyphen counts on its own; "a three-fourths majority"
        # is a share)
        return None
    return singular(word)


def _takes_an_object(words: list[tuple[str, int, int]], index: int) -> bool:
    """'the 3 reactors produces 1,000 megawatts': a word in -s followed by a number or a determiner is a verb."""
    return index + 1 < len(words) and (words[index + 1][0][0].isdigit() or words[index + 1][0].lower() in
                                       ("a", "an", "the", "its", "their", "his", "her", "our", "this", "that"))


# nouns whose level "zero" gives rather than counts: "zero interest rates", "zero tariffs"
_LEVELS = {"rate", "tariff", "tax", "duty", "fee", "emission"}
_ZERO_IDIOMS = {"waste", "tolerance", "carbon", "sum", "gravity", "trust"}


def _zero_counts(text: str, atom: _Atom, end: int, attached: Attached) -> bool:
    """'zero red cards', 'zero percent': a zero before a plural noun counts it, and one with a sign
    measures ("net zero" and "zero tolerance" are idioms)."""
    if atom.value != 0:
        return False
    if attached.kind in ("percent", "money"):
        return True
    following = _words_after(text, end, 1)
    if following and following[0][0].lower() in _ZERO_IDIOMS:
        return False  # "zero waste practices", "zero tolerance policies": a name for an aim, nothing counted
    return attached.unit not in _LEVELS and any(_is_plural_noun(word) and singular(word) == attached.unit
                                                for word, _, _ in _words_after(text, end, 3))


