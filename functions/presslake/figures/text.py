"""Reading words around a number: sentence boundaries, the words after a position, the
characters before it, plural nouns and their singular, and words that name a unit."""

from __future__ import annotations

import re

from presslake.figures.vocabulary import (
    _IE_NOUNS,
    _IRREGULAR_PLURALS,
    _NOT_NOUNS,
    _SINGULAR_NAMES_IN_IS,
    _STOP,
    _UNCOUNTABLE,
    _US_NOUNS,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    MEASURE_UNITS,
)
from presslake.lazy_regex import LazyPattern

_ABBREVIATIONS = LazyPattern(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|Prof|Jr|Sr|vs|"
                             r"etc|Inc|Ltd|Co|Corp|approx|est|deg|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
                             r"Mio|Mrd|Tsd|Mill|Nr|ca|bzw)|"
                             r"\b[A-Z]|\b(?:U\.S|U\.K|e\.g|i\.e))\.$")


_UNIT_ABBREVIATION = LazyPattern(r"\b(?:lbs?|oz|ft|yds?|sq)\.$")


# A "sentence" longer than this is a table, a list or text without stops: it is cut at a space, so
# that a figure's sentence and the work around each number stay bounded (the corpora's longest
# sentence has 4,262 characters).
MAX_SENTENCE = 5000


# (a mark right before a line break leaves the break to the first branch, as a look-behind for the mark did; the
# pattern opens on one set of characters, which the engine skips to: opened on two branches, it tries every character)
_SENTENCE_BREAK = LazyPattern(r"[\n.!?](?:(?<=\n)\n*|(?!\n)[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9\u0400-\u04ff]))")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries (start, end) over the text; paragraphs always split."""
    spans, start = [], 0
    for match in _SENTENCE_BREAK.finditer(text):
        # the break proper starts after a sentence's mark (the pattern opens on it, so that the engine skips to it)
        at, gap = (match.start() + 1, match.group()[1:]) if match.group()[0] in ".!?" else (match.start(), match.group())
        if gap.strip() == "" and "\n" not in gap:
            if _ABBREVIATIONS.search(text[max(0, at - 6): at]) or \
                    text[match.end():match.end() + 1].isdigit() and _UNIT_ABBREVIATION.search(text, max(0, at - 5), at):
                continue  # "4 lbs. 10 oz": a compound measure goes on
        end = at + (len(gap) - len(gap.lstrip("\"”’)")))
        _add_span(spans, text, start, end)
        start = match.end()
    _add_span(spans, text, start, len(text))
    return spans


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Add the sentence text[start:end] unless it is blank, in pieces of at most MAX_SENTENCE characters,
    cut after a semicolon, else after a comma, else at a space (a cut may still part a number from the
    words it needs)."""
    while end - start > MAX_SENTENCE:
        lo, hi = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
        cut = next((at + len(mark) - 1 for mark in ("; ", ", ", " ") if (at := text.rfind(mark, lo, hi)) >= 0), hi)
        if text[start:cut].strip():
            spans.append((start, cut))
        start = cut + 1 if text[cut] == " " else cut
    if text[start:end].strip():
        spans.append((start, end))


def singular(word: str) -> str:
    """Plural English noun -> singular (rules and irregulars: inflect costs 2 s of import)."""
    if word.endswith("s") and re.fullmatch(r"[A-Z]{2,5}s", word):
        return word[:-1].lower()  # "CUs" -> cu
    if re.fullmatch(r"[A-Z]{2}[a-z]+s", word):
        return word.lower()  # "MGas", "GGas": a scaled unit's symbol, not a plural
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if lower.endswith("men") and len(lower) > 4 and lower not in _SINGULARS_IN_MEN:
        return lower[:-3] + "man"  # gunmen, policemen, servicemen
    if lower.endswith("uses") and lower[:-2] in _US_NOUNS:
        return lower[:-2]
    if lower.endswith("ies") and lower[:-1] in _IE_NOUNS:
        return lower[:-1]  # "calories", "movies"
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"),
                                ("xes", "x"), ("zzes", "zz"), ("oes", "o")):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 1:
            if suffix == "oes" and lower in ("shoes", "canoes"):
                return lower[:-1]
            return lower[: -len(suffix)] + replacement
    if lower.endswith("s") and not lower.endswith("ss") and (len(lower) > 3 or lower == "ads"):
        return lower[:-1]
    return lower


# singular nouns in -men, no plural of a "-man" ("1000 lumens", "a lumen")
_SINGULARS_IN_MEN = frozenset({"lumen", "specimen", "abdomen", "stamen", "omen", "semen", "hymen", "regimen", "acumen"})
_PLURALS_IN_IS = frozenset({"rabbis", "taxis", "skis", "alibis", "safaris", "bikinis", "kiwis", "wikis", "emojis", "yetis",
                            "khakis", "chilis", "minis", "semis"})


def _is_plural_noun(word: str) -> bool:
    if word.endswith("s") and re.fullmatch(r"[a-z]?[A-Z]{2,5}s", word):
        return True  # "GPUs", "MPs", "vCPUs"
    if word.isupper() and len(word) <= 3:
        return False  # "SES", "NHS": initials, not a plural (a headline's "PEOPLE" and "CARS" are)
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS or lower in _UNCOUNTABLE:
        return True
    if lower.endswith(("gunmen", "policemen", "firemen", "servicemen", "fishermen", "congressmen", "spokesmen",
                       "businessmen", "chairmen", "horsemen", "linemen", "tradesmen", "craftsmen", "gentlemen",
                       "countrymen", "freshmen", "militiamen", "sportsmen", "cameramen", "repairmen", "infantrymen",
                       "crewmen", "patrolmen", "tribesmen", "clansmen", "kinsmen", "frontmen", "middlemen",
                       "noblemen", "statesmen", "aldermen", "councilmen", "assemblymen", "journeymen", "oarsmen")):
        return True  # "three gunmen" ("specimen", "regimen" end in -men too)
    if lower in _PLURALS_IN_IS:
        return True  # "11 senior rabbis" ("analysis", "crisis" end in -is too)
    if word[0].isupper() and lower.endswith("is") and len(lower) > 4 and lower not in _SINGULAR_NAMES_IN_IS:
        return True  # "Iraqis", "Nazis"
    return (lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s")) and len(lower) > 2
            and lower not in _NOT_NOUNS and lower not in _STOP
            and (lower.isalpha() or re.fullmatch(r"[a-z]+-[a-z]+", word) is not None))  # "hat-tricks"


_WORD = LazyPattern(r"[\"“”'‘’(]*((?:[A-Z]\.){2,}|[^\W\d_][\w'’-]*|\d[\d,.]*)[\"“”'‘’)]*")  # "U.S." is a word


_LEADING_SPACE = LazyPattern(r"\s*")
_SHARE_IN_PARENTHESES = LazyPattern(r"\(\s*\d[\d.,]*\s*(?:%|percent|per cent)\s*\)", re.I)


def _words_after(text: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    """Up to `limit` words after pos, stopping at sentence punctuation and at a line's end (a headline's
    number counts nothing in the paragraph below it)."""
    out = []
    i = pos
    while len(out) < limit:
        match = _LEADING_SPACE.match(text, i)
        i = match.end()
        if i < len(text) and text[i] == "(" and (share := _SHARE_IN_PARENTHESES.match(text, i)):
            i = share.end()  # "35 out of 38 (92 percent) midterm elections": the share stands between count and noun
            continue
        if i >= len(text) or text[i] in ",.;:!?()[]—–" or "\n" in match.group():
            break
        word = _WORD.match(text, i)
        if not word:
            break
        out.append((word.group(1), word.start(1), word.end(1)))
        i = word.end()
    return out


def _measure_unit(word: str) -> str | None:
    if word in ("Tb", "Gb", "Mb", "Kb", "Nm"):
        return word  # bits, not bytes; newton-metres, not nanometres
    if word in ("M", "G", "Ms", "MS", "GM", "GMs"):
        return None  # a metre is "m", a gram "g"; "M" is a million or a name, "G" a name ("5 G"); "Ms" a title, "GM" a manager
    if word.lower() == "au":
        return "AU" if word == "AU" else None  # an astronomical unit ("5.2 AU"), not "3 au pair jobs"
    lower = word.lower().rstrip(".")
    if lower in MEASURE_UNITS:
        return MEASURE_UNITS[lower]
    if len(word) > 1 and (power := _POWERS.get(word[-1])):
        return _area_or_volume(power, word[:-1])  # "2,000 m²", "12 km2", "5 m³": an area or a volume
    single = singular(lower)
    return MEASURE_UNITS.get(single)


_POWERS = {"²": "square", "2": "square", "³": "cubic", "3": "cubic"}


def _area_or_volume(power: str, word: str) -> str | None:
    """'square kilometres' -> 'square km', 'cubic metre' -> 'cubic metre', 'sq mi' -> 'square mile'."""
    base = "mile" if word == "mi" else _measure_unit(word)
    if base not in ("km", "mile", "m", "foot", "cm", "mm", "inch"):
        return None
    return f"{'cubic' if power.lower() == 'cubic' else 'square'} {'metre' if base == 'm' else base}"


_HYPHENATED_MEASURE = LazyPattern(r"-(?:plus-)?(?:(square|sq|cubic)-)?([A-Za-z]+)")


def _hyphenated_measure(text: str, end: int) -> tuple[str, int] | None:
    """A measure joined to its number by hyphens ('13.3-inch', '40-square-kilometre', '2-cubic-metre'):
    its unit and where it ends."""
    match = _HYPHENATED_MEASURE.match(text, end)
    if not match:
        return None
    unit = _area_or_volume(match.group(1), match.group(2)) if match.group(1) else _measure_unit(match.group(2))
    if unit is None and match.group(2) == "in" and text.startswith(".", match.end()):
        return "inch", match.end() + 1  # "eight 30-in. displays"
    return (unit, match.end()) if unit else None


_TEMPERATURE_LETTER = LazyPattern(r"([CF])(?![\w-])")
_TEMPERATURE_WORDS = LazyPattern(r"temperature|degree|°|celsius|fahrenheit|heat|hot\b|cold|warm|cool|chill|freez|"
                                 r"thermometer|weather|mercury|\bhighs?\b|\blows?\b", re.I)


def _temperature_after(text: str, end: int, sentence_start: int) -> str | None:
    """'48.8C', '119.8F': a temperature with its scale's letter stuck to the digits, in a sentence about
    the weather or heat ("Seats 4C and 4F" are none)."""
    letter = _TEMPERATURE_LETTER.match(text, end)
    if not letter or not _TEMPERATURE_WORDS.search(text, max(sentence_start, end - 150), end + 150):
        return None
    return f"°{letter.group(1)}"


# crypto-currencies by their tickers ("77 ETH", "0.5 BTC"; "77 Ether" by its name): no ISO code, so the ticker
_CRYPTO = {"ETH": "ETH", "Ether": "ETH", "BTC": "BTC", "XRP": "XRP", "SOL": "SOL", "BNB": "BNB", "USDT": "USDT",
           "USDC": "USDC", "DOGE": "DOGE", "ADA": "ADA", "LTC": "LTC"}


def _currency_word(word: str) -> str | None:
    lower = word.lower()
    if word.upper() in CURRENCY_CODES and word.isupper():
        return word.upper()
    if word in _CRYPTO:
        return _CRYPTO[word]
    return CURRENCY_WORDS.get(lower) or CURRENCY_WORDS.get(singular(lower))


def _before(text: str, start: int, n: int = 40) -> str:
    return text[max(0, start - n): start]


def _window(text: str, lo: int, start: int, n: int) -> tuple[int, str]:
    """The last n characters before start (not before lo), cut at a word boundary: patterns anchored
    at the number then scan a few words, not a whole paragraph-long table."""
    cut = max(lo, start - n)
    if cut > lo:
        space = text.find(" ", cut, start)
        cut = space + 1 if space >= 0 else start
    return cut, text[cut:start]
