"""The unit written right after a number: a sign, a symbol or a unit word ("15%", "1.5 °C", "$5", "55€", "79 euros",
"320km/h", "0.07 ng/ml", "6 feet 2 inches"), a size two numbers share ("3.5/3.7 GHz"), and a multiplier ("three
times as many"). What a number counts when no such unit follows is presslake.figures.units's."""

from __future__ import annotations

import re
from typing import NamedTuple

from presslake.figures.languages import home_rupee, home_shilling, set_in_korea
from presslake.figures.numbers import _PERCENT, SLASH_DASH_AMOUNT, _Atom
from presslake.figures.text import (_area_or_volume, _currency_word, _hyphenated_measure, _is_plural_noun, _measure_unit,
                                   _words_after, singular)
from presslake.figures.vocabulary import (_COUNTED_ABBREVIATIONS, _DOLLARS, _FOREIGN_DOLLARS, _RATE_UNITS, _SCALES, _SMALL, _SPOONS,
                                          CURRENCY_SYMBOLS, MEASURE_UNITS)
from presslake.lazy_regex import LazyPattern

_FOREIGN_DOLLAR_AFTER_SIGN = LazyPattern(rf"\s+({'|'.join(map(re.escape, _FOREIGN_DOLLARS))})\b")
_DOLLAR_CODE_AFTER_SIGN = LazyPattern(rf"\s?({'|'.join(sorted(set(_DOLLARS.values())))})\b")  # "$17CAD", "$20 AUD"
# what "grand" names before a noun ("two grand pianos", "four grand slams"), not thousands of dollars
_GRAND_THING = LazyPattern(r"\s+(?:[A-Z]|(?:piano|total|prize|slam|jury|juries|canyon|opening|prix|tour|theft|larceny|master|"
                           r"champion|final|scheme|plan|design|entrance|hotel|ballroom|stand|child|children|son|daughter|"
                           r"mother|father|parent)s?\b)")
_OTHER_DOLLARS = LazyPattern(rf"\s+({'|'.join(map(re.escape, _DOLLARS))})\s+dollars?\b")  # "176 Hong Kong dollars"
# a sign after the amount: "55€", "70,000₩"
_CURRENCY_AFTER = LazyPattern(r"\s?(€|£|₴|¥|₹|₽|₩)|(\$)(?![\w$])")  # "55€", "7$ per year"
_CENTS_AFTER = LazyPattern(r"\s?¢")  # "99¢" is 0.99 USD
# GT/s: transfers a second; "GB/s", "Mb/s": a data rate; concentrations in blood or water: "0.07 ng/ml", "126 mg/dL", "7 mmol/L"; blood pressure
_SLASH_UNIT = LazyPattern(r"\s?(km/h|km/s|m/s|GT/s|(?-i:[KMGT]i?[Bb])/s|(?:ng|µg|mcg|mg|g|mmol|µmol|pg|IU|mIU)/(?:ml|dl|l)|mm\s?Hg)\b", re.I)
_INCHES_AFTER = LazyPattern(r"\s+(\d{1,2}(?:\.\d+)?)\s*(?:inches|inch|in\b\.?)", re.I)  # "6 feet 2 inches", "5 ft 10 in"
_HEIGHT_IN_FEET = LazyPattern(r"(?<![\w.,])(?:[4-8]|(?i:four|five|six|seven|eight))$")  # a person's height: "6 feet 5"
# a height's inches, their word left out: "6 feet 5", "five feet eight"
_BARE_INCHES_AFTER = LazyPattern(r"\s+(\d|1[01]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven))"
                                 r"(?=[,.;!?)]|\s+tall\b|$)")
# "1.5 °C", "60° degrees Fahrenheit", "41℃" (the one-character sign), "0.92 deg. C" and "30 degC" (abbreviated)
_DEGREES = LazyPattern(r"\s?(?:°\s*(?:(?:degrees?\s+)?(Fahrenheit|Celsius|[CF])\b)?|(℃|℉)|degs?\.?\s?([CF])\b|"
                       r"degrees?\s+([CF])\b)")  # ("375 degrees F")
# a height in feet and inches, typed with ' and " or their curly forms ("5'10\"", "6’0”", "5`8”")
_FEET_INCHES = LazyPattern(r"['’`]\s?(\d{1,2}(?:\.5)?)(?:\"|''|”)")  # "5' 6\"", "5' 7.5\""
# an inch mark where a size is meant: a side of dimensions ('9" x 13"'), or before a word that says so ('1" of')
_INCH_MARK = LazyPattern(r"(?:\"|”)(?=\s*[x×]\s*\d|\s+(?:tall|long|wide|deep|thick|high|of|in\s+diameter)\b)")
_INCH_MARK_BEFORE = LazyPattern(r"\d(?:\"|”)\s*[x×]\s*$")  # the last side: the 13 of '9" x 13"'
_INCH_MARK_ALONE = LazyPattern(r"(?:\"|”)")
# an inch mark before a noun, typed as two apostrophes ("11'' of space") or as a straight double quote where the
# paragraph opened no quotation ('- 11.25" workspace'; not the close of '"Route 66" is')
_INCH_MARK_NOUN = LazyPattern(r"(?:''|\")(?=\s+[a-z])")
# a cook's compound measure: "4 cups plus 3 tablespoons" is 67 tablespoons, "1 pound 2 ounces" 18 ounces
_COOKS_COMPOUND = LazyPattern(r"\s+(cups?|tablespoons?|tbsp|pounds?|lbs?)\.?\s+(?:plus\s+|and\s+)?(\d{1,2})(?: (\d)/(\d))?\s+"
                              r"(tablespoons?|tbsp|teaspoons?|tsp|ounces?|oz)\b", re.I)
_COOKS_PARTS = {("cup", "tablespoon"): 16.0, ("tablespoon", "teaspoon"): 3.0, ("lb", "oz"): 16.0}
_FOOT_MARK = LazyPattern(r"['’](?=\s*[x×]\s*\d|\s+(?:tall|long|wide|deep|high|in\s+diameter)\b)")  # "6' tall"
_PRIMES = LazyPattern(r"\s?(′|″)(?![a-z])(?:\s*(?:feet|foot|ft|inches|inch)\b)?")  # "15′ feet", "6″" (not "the 920′s": an apostrophe)
_TO_AHEAD = LazyPattern(r"\s+to\s+", re.I)
# "17, 12 and 7 percent": a list sharing its last number's sign (not "490,658, or 10 per cent", which says it
# again, nor "down -3.10 or -2.97%": points, then percent)
_LISTED = LazyPattern(r"\s+and\s+|,\s+(?:and\s+)?")
# "three times as many", "two times faster", "4x more", "grew 300 times": a multiplier
# ("a 3x drop in latency", "a 10x increase": a multiplier before the change it measures)
# (not occurrences: "six times per year", "eight or nine times after that", "testified four times over the last
# three months", "counted six times that Collins asked")
# (a kind of person is no comparison: "a 10x developer" is one who does ten times the work)
_NOT_COMPARATIVE = (r"(?!(?:per|after|ever|never|later|earlier|under|other|either|neither|whether|together|hour|order|"
                    r"number|summer|winter|water|paper|power|chapter|quarter|member|year|her|over|"
                    r"developer|engineer|programmer|coder|player|founder|user|partner|leader|worker|manager|marketer|"
                    r"designer|writer|trader|seller|buyer|maker|builder|teacher|learner|reader|viewer|runner|driver)\b)")
_TIMES_AFTER = LazyPattern(r"\s+(?i:times)\s+(?!over\s*(?:[,.;:!?)]|$)|over\s+(?:the\s+)?(?:last|past|next|course|years|months|"
                           r"weeks|days|period)\b)(?:(?i:as|more|less|the|that(?=\s+of\b|\s*[,.;:!?)]|\s*$)|over)|"
                           rf"{_NOT_COMPARATIVE}[a-z]+er)\b|"
                           rf"[xX]\s+(?:(?i:as|more|less|the|over)|{_NOT_COMPARATIVE}[a-z]+er|(?:drop|increase|decrease|reduction|rise|fall|"
                           r"jump|gain|boost|improvement|speed-?up|slowdown|cut|growth|return|multiple|speed|zoom|"
                           r"magnification|difference|gap|advantage|ROI|ROAS)s?)\b")  # ("at 1.5x speed": a playback's; "a ~30x difference", "a 50x ROI")
_X_AFTER = LazyPattern(r"[xX](?![\w-])")  # "reduced by 3x from 800ms", "improved by up to 8X"
_TIMES_BEFORE = LazyPattern(r"\b(?:by|grew|grown|grows|rose|risen|increased|multiplied|jumped|expanded|improved)\s+"
                            r"(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to)\s+)?$", re.I)
_TIMES = LazyPattern(r"\s+times\b", re.I)
_FOLD = LazyPattern(r"[\s-]fold\b(?!-)", re.I)  # "rose 5.4 fold", "a 24-fold increase" ("twofold", "two fold": no number)


class _Unit(NamedTuple):
    unit: str
    kind: str
    end: int
    scale: float = 1.0
    extra: float = 0.0


_POUNDS_OF = LazyPattern(r"\s+of\b")
_CONVERTED = LazyPattern(r"\s*\(\s*(?:(?:US|NZ|A|C|HK|S)?\$|€|USD|EUR)\s?\d")  # "200,000 pounds (NZ$496,000)": money


def _sterling(text: str, atom: _Atom, found: _Unit) -> _Unit:
    """'62 billion pounds' is sterling: a scale word before "pounds" makes money, unless "of" follows
    and names what is weighed ('2 million pounds of beef'); so does a conversion into another currency after it
    ('200,000 pounds (NZ$496,000)')."""
    if found.unit != "lb" or not (atom.has_scale or _CONVERTED.match(text, found.end)) or atom.currency or \
            _POUNDS_OF.match(text, found.end) or not text[found.end - 6:found.end].lower().endswith(("pound", "pounds")):
        return found
    return found._replace(unit="GBP", kind="money")


def _multiplier_end(text: str, atom: _Atom, end: int) -> int | None:
    """Where 'times' (or the 'x' of '4x') ends after a multiplier: 'three times as many', 'two times
    faster', '4x more', 'grew 300,000 times'; None when the number multiplies nothing."""
    if atom.currency:
        return None
    if not atom.is_word and (fold := _FOLD.match(text, end)):
        return fold.end()
    if match := _TIMES_AFTER.match(text, end):
        return end + match.group().lower().index("x") + 1 if match.group()[0] in "xX" else _TIMES.match(text, end).end()
    if (match := _TIMES.match(text, end) or not atom.is_word and _X_AFTER.match(text, end)) and \
            _TIMES_BEFORE.search(text[max(0, atom.start - 40):atom.start]):
        return match.end()
    return None


def _sign_ahead(text: str, end: int, ahead: list[_Atom], stop: int) -> _Unit | None:
    """'from zero to 1 percent', 'from 12 to 18%': the first number of a change takes the percent or
    degree sign of the next; so does each number of a list that ends in one ("by 17, 12 and 7 percent")."""
    if not ahead or not _TO_AHEAD.fullmatch(text, end, ahead[0].start):
        for index, atom in enumerate(ahead):
            if not _LISTED.fullmatch(text, ahead[index - 1].end if index else end, atom.start):
                return None
            sign = _sign_after(text, atom, atom.end, stop)
            if sign is not None:
                return _Unit(sign.unit, sign.kind, end) if sign.kind == "percent" else None
        return None
    sign = _sign_after(text, ahead[0], ahead[0].end, stop)
    return sign if sign is not None and sign.kind in ("percent", "measure") else None


_AND_OR = LazyPattern(r"-?\s+(?:and|or)\s+")  # "11 and 13-inch", "14- and 16-inch"


def _shared_hyphenated_measure(text: str, end: int, ahead: list[_Atom]) -> _Unit | None:
    """'the 11 and 13-inch models': the first size takes the measure joined to the second."""
    if not ahead or not _AND_OR.fullmatch(text, end, ahead[0].start) or ahead[0].currency:
        return None
    measure = _hyphenated_measure(text, ahead[0].end)
    return _Unit(measure[0], "measure", end) if measure else None


# a player's statistics, as box scores name them: ".872 OPS", "3.4 WAR", ".256 batting average"
_STATISTIC_AFTER = LazyPattern(r"\s+(OPS|wOBA|WAR|ERA|WHIP|OBP|SLG|BABIP|FIP|xFIP|PPP|batting average|slugging percentage|"
                               r"on-base percentage)\b")
_PER_PLAY = {"PPP": "point"}  # points per play: a rate, in its numerator's unit
# a hitter's slash line: batting average, on-base percentage and slugging percentage
_SLASH_LINE = LazyPattern(r"(?<![\w./])\.\d{3}/\.\d{3}/\.\d{3}(?![\w./])")
_SLASH_LINE_STATISTICS = ("batting average", "on-base percentage", "slugging percentage")


# a box score's counting statistics, read only in a line of two or more: "11 HR, 59 RBI, 60 R and 13 SB in 402 AB",
# "4 K vs. 5 BB" (alone, "the 5 HR sensor" is a heart-rate sensor)
_BOX_SCORE_COUNTS = {"HR": "home run", "RBI": "run batted in", "R": "run", "H": "hit", "SB": "stolen base", "AB": "at bat",
                     "BB": "walk", "K": "strikeout", "SO": "strikeout"}
_BOX_SCORE_ABBREVIATION = r"(RBI|HR|SB|AB|BB|SO|K|R|H)(?![\w'’-])"
_BOX_SCORE_AFTER = LazyPattern(rf"\s+{_BOX_SCORE_ABBREVIATION}")
_BOX_SCORE_ITEM = LazyPattern(rf"\d\s+{_BOX_SCORE_ABBREVIATION}")
# a batting average after the verb: "hitting .266 with 11 HR"
_HITTING_BEFORE = LazyPattern(r"\b(?:hitting|batting|hit|hits)\s+$")


def box_score_count(text: str, atom: _Atom, end: int, stop: int) -> _Unit | None:
    """A counting statistic of a box score's line ("59 RBI"), when another stands within 40 characters."""
    if atom.is_word or not (item := _BOX_SCORE_AFTER.match(text, end, stop)):
        return None
    if len(_BOX_SCORE_ITEM.findall(text, max(0, atom.start - 40), min(stop, item.end() + 40))) < 2:
        return None
    return _Unit(_BOX_SCORE_COUNTS[item.group(1)], "count", item.end())


def _slash_line_place(text: str, atom: _Atom) -> int | None:
    """Which of a slash line's three numbers `atom` is (each is five characters, ".323/"), or None."""
    if not atom.digits.startswith(".") or len(atom.digits) != 4:
        return None
    return next((place for place in range(3) if atom.start >= 5 * place and
                 _SLASH_LINE.match(text, atom.start - 5 * place)), None)


def _sign_after(text: str, atom: _Atom, end: int, stop: int) -> _Unit | None:
    """A unit given by a sign or a word right after the number: '1.5 °C', '320km/h', '15%',
    '176 Hong Kong dollars', '$5', '55€', '$100 Australian', '99¢'."""
    currency = atom.currency
    if not currency and text[max(0, atom.start - 2):atom.start] in ("f/", "ƒ/"):
        return _Unit("f-number", "measure", end)  # a lens aperture: "f/1.8"
    if not currency and (statistic := _STATISTIC_AFTER.match(text, end, stop)):
        name = statistic.group(1)
        return _Unit(_PER_PLAY.get(name, name), "measure", statistic.end())  # ".872 OPS", "3.4 WAR", "0.92 PPP"
    if not currency and (place := _slash_line_place(text, atom)) is not None:
        return _Unit(_SLASH_LINE_STATISTICS[place], "measure", end)  # ".323/.403/.550"
    if not currency and (counted := box_score_count(text, atom, end, stop)):
        return counted
    if not currency and re.fullmatch(r"\.\d{3}", atom.digits) and \
            _HITTING_BEFORE.search(text, max(0, atom.start - 12), atom.start):
        return _Unit("batting average", "measure", end)  # "hitting .266 with 11 HR"
    if not currency and (cents := _CENTS_AFTER.match(text, end, stop)):
        return _Unit("USD", "money", cents.end(), 0.01)
    sign_after = None if currency else _CURRENCY_AFTER.match(text, end, stop)
    if sign_after:
        currency = CURRENCY_SYMBOLS[sign_after.group(1) or sign_after.group(2)]
    if degrees := _DEGREES.match(text, end, stop):
        scale = degrees.group(1) or degrees.group(3) or degrees.group(4) or {"℃": "C", "℉": "F", None: None}[degrees.group(2)]
        return _Unit(f"°{scale[0].upper()}" if scale else "degree", "measure", degrees.end())
    if not currency and 3 <= atom.value <= 8 and (height := _FEET_INCHES.match(text, end, stop)):
        return _Unit("inch", "measure", height.end(), 12.0, float(height.group(1)))  # "I'm 5' 4\"": 64 inches
    if not currency and not atom.is_word and (_INCH_MARK.match(text, end, stop) or _INCH_MARK_ALONE.match(text, end, stop) and
                         _INCH_MARK_BEFORE.search(text, max(0, atom.start - 8), atom.start)):
        return _Unit("inch", "measure", end + 1)  # '9" x 13"', 'within 1" of the rim' (not a quotation's close)
    if not currency and not atom.is_word and (mark := _INCH_MARK_NOUN.match(text, end, stop)) and \
            (mark.group() == "''" or text.count('"', text.rfind("\n", 0, atom.start) + 1, atom.start) % 2 == 0):
        return _Unit("inch", "measure", mark.end())
    if not currency and (compound := _cooks_compound(text, end, stop)):
        return compound
    if primes := _PRIMES.match(text, end, stop):
        return _Unit("foot" if primes.group(1) == "′" else "inch", "measure", primes.end())
    if not currency and not atom.is_word and (feet := _FOOT_MARK.match(text, end, stop)):
        return _Unit("foot", "measure", feet.end())  # "6' tall, 2' wide": feet, written with an apostrophe
    if slash := _SLASH_UNIT.match(text, end, stop):
        unit = slash.group(1)
        return _Unit("mm Hg" if unit[-2:].lower() == "hg" else MEASURE_UNITS.get(unit.lower(), unit), "measure", slash.end())
    if percent := _PERCENT.match(text, end, stop):
        token = percent.group(1).lower()
        unit = "percentage point" if token.startswith("percentage") else "basis point" if token.startswith("b") else "%"
        return _Unit(unit, "percent", percent.end())
    if named := _OTHER_DOLLARS.match(text, end, stop):
        return _Unit(_DOLLARS[named.group(1)], "money", named.end())
    if not currency and (slashed := SLASH_DASH_AMOUNT.match(text, end, stop)):
        code = home_shilling(text)  # "4m/-": four million shillings of the country the text is set in
        scale = _SCALES[slashed.group(1).lower()] if slashed.group(1) else 1.0
        return _Unit(code, "money", slashed.end(), scale) if code else None
    if not currency:
        return None
    dollar = _FOREIGN_DOLLAR_AFTER_SIGN.match(text, end, stop)
    if dollar and text[atom.start] == "$":
        return _Unit(_FOREIGN_DOLLARS[dollar.group(1)], "money", dollar.end())
    if text[atom.start] == "$" and (code := _DOLLAR_CODE_AFTER_SIGN.match(text, end, stop)):
        return _Unit(code.group(1), "money", code.end())  # "$17CAD/user", "$20 AUD": the code says whose dollar
    return _Unit(currency, "money", sign_after.end() if sign_after else end)


def _cooks_compound(text: str, end: int, stop: int) -> _Unit | None:
    """'4 cups plus 3 tablespoons' (67 tablespoons), '1 pound 2 ounces' (18 ounces): one amount in the smaller unit."""
    if not (match := _COOKS_COMPOUND.match(text, end, stop)):
        return None
    larger, smaller = (_cooks_unit(word) for word in match.group(1, 5))
    per = _COOKS_PARTS.get((_SPOONS.get(larger, larger), _SPOONS.get(smaller, smaller)))
    if per is None:
        return None
    extra = int(match.group(2)) + (int(match.group(3)) / int(match.group(4)) if match.group(3) else 0.0)
    return _Unit(smaller, "measure" if smaller in MEASURE_UNITS else "count", match.end(), per, extra)


def _cooks_unit(word: str) -> str:
    """'tbsp' -> tbsp, 'pounds' -> lb, 'cups' -> cup: a measure's own unit, else the counted noun's singular."""
    lower = word.lower()
    return _COUNTED_ABBREVIATIONS.get(lower) or _measure_unit(word) or singular(lower)


def _unit_word(text: str, pos: int) -> _Unit | None:
    """A currency or measure word after the number: '79 euros', '44 million metric tons',
    '2,000 square kilometres', '45 miles per gallon', '2 degrees Celsius', '6 feet 2 inches'."""
    words = _words_after(text, pos, 1)
    if not words:
        return None
    word, _, word_end = words[0]
    money = _currency_word(word)
    if money == "INR" and word.lower().startswith("rupee"):
        money = home_rupee(text)
    if money:
        return _Unit(money, "money", word_end)
    if word.lower() == "won" and set_in_korea(text):
        return _Unit("KRW", "money", word_end)  # "2.2 trillion won"
    if word == "grand" and not _GRAND_THING.match(text, word_end):
        return _Unit("USD", "money", word_end, 1000.0)  # "10 grand": ten thousand dollars (in the text's own, as "$" is)
    measure = _measure_unit(word)
    if measure and _name_before_noun(text, word, measure, word_end):
        return None
    if word.lower() == "metric":
        nxt_words = _words_after(text, word_end, 1)
        if nxt_words and _measure_unit(nxt_words[0][0]) == "tonne":
            measure, word_end = "tonne", nxt_words[0][2]  # "44 million metric tons"
    if word.lower() == "light":
        nxt_words = _words_after(text, word_end, 1)
        if nxt_words and nxt_words[0][0].lower() in ("year", "years"):
            measure, word_end = "light-year", nxt_words[0][2]  # "39 light years": a distance
    if word.lower() == "nautical":
        nxt_words = _words_after(text, word_end, 1)
        if nxt_words and _measure_unit(nxt_words[0][0]) == "mile":
            measure, word_end = "nautical mile", nxt_words[0][2]
    if word.lower() in ("square", "sq", "cubic"):
        nxt_words = _words_after(text, word_end + text.startswith(". ", word_end), 1)  # "3,000 sq. ft."
        if nxt_words and (area := _area_or_volume(word, nxt_words[0][0])):
            measure, word_end = area, nxt_words[0][2]
    if not measure:
        return None
    if measure == "foot" and (inches := _INCHES_AFTER.match(text, word_end) or
                              _HEIGHT_IN_FEET.search(text, max(0, pos - 6), pos) and _BARE_INCHES_AFTER.match(text, word_end)):
        extra = inches.group(1)  # "6 feet 2 inches", "6 feet 5.", "five feet eight"
        return _Unit("inch", "measure", inches.end(), 12.0, float(_SMALL.get(extra.lower(), extra)))
    unit, unit_end = measure, word_end
    per = re.match(r"\s+per\s+(gallon|litre|liter|hour)\b", text[word_end:word_end + 16], re.I)
    rate = per and _RATE_UNITS.get((measure, per.group(1).lower()))
    if rate:
        unit, unit_end = rate, word_end + per.end()
    scale = re.match(r"\s+(Celsius|centigrade|Fahrenheit)\b", text[word_end:word_end + 12], re.I)
    if measure == "degree" and scale:  # "2 degrees Celsius"
        unit, unit_end = "°F" if scale.group(1).lower() == "fahrenheit" else "°C", word_end + scale.end()
    return _Unit(unit, "measure", unit_end)


def _name_before_noun(text: str, word: str, measure: str, word_end: int) -> bool:
    """'the two BBL clubs', 'three NM stations': an all-capital abbreviation that is no unit's own spelling,
    before a plural noun, names what the noun is (a league, a state); the noun is what is counted."""
    if not word.isupper() or len(word) < 2 or word == measure:
        return False
    nxt = _words_after(text, word_end, 1)
    return bool(nxt) and nxt[0][0].islower() and _is_plural_noun(nxt[0][0])


_UNIT_AFTER = r"\s?([A-Za-z]+)\b"
_PAIR_AFTER = LazyPattern(rf"/(\d+(?:\.\d+)?){_UNIT_AFTER}")
_PAIRED_UNIT = LazyPattern(_UNIT_AFTER)
_PAIR_BEFORE = LazyPattern(r"(?<![\d.])(\d+(?:\.\d+)?)/$")


def pair_unit(text: str, atom: _Atom, end: int) -> str | None:
    """The measure two sizes written with a slash share ("3.5/3.7 GHz", a base and a boost clock), read from
    either of them; one of the two has decimals, so it is no fraction ("1/2 cup") nor a date ("3/4")."""
    if atom.is_word or atom.currency:
        return None
    if after := _PAIR_AFTER.match(text, end):
        other, unit = after.group(1), after.group(2)
    elif (before := _PAIR_BEFORE.search(text, max(0, atom.start - 12), atom.start)) and \
            (unit_after := _PAIRED_UNIT.match(text, end, end + 12)):
        other, unit = before.group(1), unit_after.group(1)
    else:
        return None
    if unit.lower() == "mm" and _HG.match(text, after.end() if after else unit_after.end()):
        return "mm Hg"  # "154/90 mm Hg": a blood pressure, never a fraction
    return _measure_unit(unit) if "." in other + atom.digits else None


_HG = LazyPattern(r"\s?Hg\b")
_WATTS_APART = LazyPattern(r" W(?![\w'’])(?! \d)")  # "95 W TDP"; not "the five W's", "10 W 57th St"


def _watts_apart(text: str, atom: _Atom, end: int) -> _Unit | None:
    """Watts written apart from the number ("65 W and 95 W"); a road's direction after its number
    ("Route 9 W") is left out before, with the road's name."""
    return _Unit("W", "measure", end + 2) if not atom.is_word and _WATTS_APART.match(text, end) else None
