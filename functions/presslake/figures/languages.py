"""The article's language, for the figure rules.

The rules that find what a number counts read English: number words, plural nouns, the words
around a count. On text in another language they take function words for nouns ("3 bis 5
Jahre" counted "bis", "mehr als 100" counted "als"), and dates, ages and durations slip past
exclusions written for English. So an article whose language is not English keeps only the
figures that a sign or a unit symbol measures (money, percent, measures), numbers written in
digits, read with the decimal comma most such languages use ("1.500,50 €" is 1500.5 EUR) and
their scale words ("2,5 Mio. Euro"). A text of unknown language is read as English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presslake.figures.numbers import _Atom
from presslake.figures.record import Figure
from presslake.figures.vocabulary import CURRENCY_SYMBOLS
from presslake.lazy_regex import LazyPattern

# ISO 639-1 codes of languages that write a decimal comma and group thousands with a point or a space.
_DECIMAL_COMMA = frozenset("de fr es it pt nl pl cs sk sl hr ro hu tr id ru uk bg sr sv da no fi et lv lt ca vi el".split())
# A number only one convention writes: "1,500.25" (point decimals), "1.500,25" (comma decimals); then
# thousands grouped by a comma ("$150,000", as Spanish-language papers in the US write) or by a point.
_POINT_DECIMALS = LazyPattern(r"\d,\d{3}\.\d")
_COMMA_DECIMALS = LazyPattern(r"\d\.\d{3},\d")
_COMMA_GROUPS = LazyPattern(r"\d,\d{3}(?![\d.,])")
_POINT_GROUPS = LazyPattern(r"\d\.\d{3}(?![\d.,])")
_SEPARATOR = LazyPattern(r"(?<=\d)[.,](?=\d)")
# Scale words after the digits, in the languages above ("2,5 Mio.", "3 milliards", "87 mil pesos",
# "1,5 мільярда"): stems and abbreviations by the power they stand for.
_SCALE_WORDS = {
    1e6: r"mio\.?|mill\.?|million(?:en|s)?|mill(?:ón|ones)|milion[ei]|milh(?:ão|ões)|miljoen|mln\.?|мільйон\w*|"
         r"миллион\w*|млн\.?",
    1e9: r"mrd\.?|milliard(?:en?|s)?|mil millones|miliard[oi]|bilh(?:ão|ões)|miljard|mld\.?|мільярд\w*|миллиард\w*|"
         r"млрд\.?",
    1e3: r"tsd\.?|mil|тисяч\w*|тысяч\w*|тис\.|тыс\.",
}
_SCALE_AFTER = LazyPattern(r"\s?(?:" + "|".join(f"(?P<p{index}>{words})" for index, words in enumerate(_SCALE_WORDS.values()))
                           + r")(?![\w.])", re.I)
_SCALE_VALUES = list(_SCALE_WORDS)
# what a figure's text holds before its first digit and after its last ("$ | 12.267 | millones", "| 10 bis 40 |")
_NUMBERS = LazyPattern(r"(?s)(.*?)(\d(?:.*\d)?)(.*)")
_SIGN = LazyPattern(r"[^\w\s(\"“‘'~]")
_CENTS = LazyPattern(r"\bcents?\b", re.I)
# Units that English words give ("3 times as many", "33-to-1"), which another language writes otherwise.
_ENGLISH_UNITS = {"times", "ratio"}


def reads_english(language: str | None) -> bool:
    """True for English ("en", "en-GB") and for text whose language is not known."""
    return not language or language.strip().lower()[:2] == "en"


def decimal_comma(text: str, language: str | None) -> bool:
    """Whether the text writes "1.500,5" rather than "1,500.5": its own unambiguous numbers decide, then
    how most of its thousands are grouped, else its language."""
    if _POINT_DECIMALS.search(text):
        return False
    if _COMMA_DECIMALS.search(text):
        return True
    comma_groups, point_groups = len(_COMMA_GROUPS.findall(text)), len(_POINT_GROUPS.findall(text))
    if comma_groups != point_groups:
        return point_groups > comma_groups
    return not reads_english(language) and language.strip().lower()[:2] in _DECIMAL_COMMA


def swap_separators(text: str) -> str:
    """The text with the point and the comma between digits swapped, character for character, so that
    offsets stay those of the text: "1.500,50" reads as "1,500.50"."""
    return _SEPARATOR.sub(lambda match: "," if match.group() == "." else ".", text)


def foreign_atoms(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """The numbers written in digits (number words are English words), with a scale word after them taken in."""
    kept = []
    for atom in atoms:
        if atom.is_word:
            continue
        if not atom.has_scale and (scale := _SCALE_AFTER.match(text, atom.end)):
            atom.value *= _SCALE_VALUES[int(scale.lastgroup[1:])]
            atom.end, atom.has_scale = scale.end(), True
        kept.append(atom)
    return kept


def language_free(figure: Figure) -> bool:
    """A figure whose unit a sign, a code or a unit symbol written with it gives ("9,40 €", "17 Meter"):
    not a count, not a unit English words give ("times", "ratio", "25 cents" as dollars), nor one taken
    from a figure before it ("2,5" after "150 PS")."""
    if figure.kind == "count" or figure.unit in _ENGLISH_UNITS or figure.kind == "money" and _CENTS.search(figure.text):
        return False
    head, _, tail = _NUMBERS.match(figure.text).groups()
    return bool(tail.strip() or _SIGN.search(head))


# A bare "$" is the dollar of the country the article is set in: a Canadian or Australian paper's "$12
# million" is CAD or AUD. The country is read from the places the text names, and only when they far
# outnumber the United States' (an American text that mentions Canada keeps USD).
_HOME_PLACES = {
    "CAD": LazyPattern(r"\b(?:Canada|Canadians?|Ottawa|Toronto|Vancouver|Montreal|Calgary|Edmonton|Winnipeg|Alberta|"
                       r"Ontario|Quebec|Manitoba|Saskatchewan|Nova Scotia|British Columbia|B\.C\.|Kitchener|Mississauga|"
                       r"Brampton|Saskatoon|Gatineau|New Brunswick|Newfoundland|Region of Waterloo|Waterloo Region)(?!\w)"),
    "AUD": LazyPattern(r"\b(?:Australia|Australians?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Queensland|"
                       r"New South Wales|NSW)\b"),
}
_US_PLACES = LazyPattern(r"\b(?:U\.S\.|US|USA|United States|America|Americans?|Washington|New York|California|Texas|"
                         r"Florida)(?!\w)")
_AMERICAN_SIGN = LazyPattern(r"US|U\.S\.|USD|American")
_HOME_MENTIONS = 3  # at least this many, and this many times the United States' mentions
# an amount whose "$" the text says is Canadian or Australian, and one it says is American
_MARKED_DOLLAR = LazyPattern(r"\$\s?\d[\d,.]*(?:\s?(?:million|billion|[mkb]n?)\b)?\s+(Canadian|Australian|CAD|AUD)\b", re.I)
_MARKED_CODES = {"CANADIAN": "CAD", "CAD": "CAD", "AUSTRALIAN": "AUD", "AUD": "AUD"}
_US_DOLLAR = LazyPattern(r"US\s?\$|\bUSD\b|\$\s?\d[\d,.]*(?:\s?(?:million|billion|[mkb]n?)\b)?\s+(?:US|U\.S\.|American)\b|"
                         r"\b(?:US|U\.S\.|American) dollars\b")


def home_dollar(text: str) -> str | None:
    """The currency a bare "$" stands for when the text is set in Canada or Australia, or marks one of its own
    amounts in that dollar and none in the American ("just under $3000 Canadian", then "$449"); else None (USD)."""
    if "$" not in text:
        return None
    marked = {_MARKED_CODES[match.group(1).upper()] for match in _MARKED_DOLLAR.finditer(text)}
    if len(marked) == 1 and not _US_DOLLAR.search(text):
        return marked.pop()
    american = len(_US_PLACES.findall(text))
    for code, places in _HOME_PLACES.items():
        mentions = len(places.findall(text))
        if mentions >= _HOME_MENTIONS and mentions >= _HOME_MENTIONS * american:
            return code
    return None


def in_home_dollars(figure: Figure, code: str) -> None:
    """A figure in US dollars by a bare "$" (not "US$", "USD" or "American") is in the home dollar `code`."""
    if figure.unit == "USD" and "$" in figure.text and not _AMERICAN_SIGN.search(figure.text):
        figure.unit = code


# the dollars a "$" is written for ("S$", "NZ$", "$"), from the currency signs the scanner reads
_DOLLAR_CODES = frozenset(code for sign, code in CURRENCY_SYMBOLS.items() if sign.endswith("$"))
_BARE_CENTS = LazyPattern(r"(?<![$\w])[\d.,]+\s*(?:[a-z]+\s+)?cents?\b|¢")


def cents_in_the_texts_dollar(figures: list[Figure]) -> None:
    """Bare cents ("1.5 cents") are cents of the dollar the text's amounts are written in: in a story
    whose dollar amounts are all S$, a dividend "of 1.5 cents" is in Singapore dollars."""
    dollars = {f.unit for f in figures if f.kind == "money" and "$" in f.text and f.unit in _DOLLAR_CODES}
    if len(dollars) != 1 or dollars == {"USD"}:
        return
    code = dollars.pop()
    for figure in figures:
        if figure.unit == "USD" and "$" not in figure.text and _BARE_CENTS.search(figure.text):
            figure.unit = code


# "10,000/-", "4m/-": East African papers (and Indian ones) write shillings or rupees with a slash and a dash
# after the amount, and no sign; whose they are is read from the country the text names most.
_SHILLING_PLACES = {
    "TZS": LazyPattern(r"\b(?:Tanzanian?s?|Dar es Salaam|Dodoma|Zanzibar|Arusha|Mwanza)\b"),
    "KES": LazyPattern(r"\b(?:Kenyan?s?|Nairobi|Mombasa|Kisumu)\b"),
    "UGX": LazyPattern(r"\b(?:Ugandan?s?|Kampala)\b"),
    "INR": LazyPattern(r"\b(?:India|Delhi|New Delhi|Mumbai|Kolkata|Chennai|Bengaluru)\b"),
}


def home_shilling(text: str) -> str | None:
    """The currency of an amount written "10,000/-": the one of the country the text names most (twice or
    more), or None when no country stands out."""
    code, most, runner_up = _named_most(text, "shilling")
    return code if most >= 2 and most > runner_up else None


# Rupees are several countries' currencies: a text's are those of the country it names most, India's when
# none stands out. "Won" is Korea's currency only in a text set in Korea; elsewhere it is a verb.
_RUPEE_PLACES = {
    "PKR": LazyPattern(r"\b(?:Pakistani?s?|Islamabad|Karachi|Lahore|Peshawar|Rawalpindi)\b"),
    "LKR": LazyPattern(r"\b(?:Sri Lankan?s?|Colombo)\b"),
    "NPR": LazyPattern(r"\b(?:Nepal|Nepali|Nepalese|Kathmandu)\b"),
    "INR": LazyPattern(r"\b(?:India|Indians?|Delhi|Mumbai|Kolkata|Chennai|Bengaluru)\b"),
}
_KOREA = LazyPattern(r"\b(?:Korean?s?|Seoul)\b")


_PLACES = {"shilling": _SHILLING_PLACES, "rupee": _RUPEE_PLACES}


def home_rupee(text: str) -> str:
    code, most, runner_up = _named_most(text, "rupee")
    return code if most > runner_up else "INR"


# Each is asked once per amount, about the whole text: remembered for the text in hand (an article's
# amounts are read one after the other), so that a page of many amounts reads its text once, and no more
# than that text is kept.
@lru_cache(maxsize=2)  # (one text, both currencies)
def _named_most(text: str, currency: str) -> tuple[str, int, int]:
    """(code, times named, the runner-up's times named) of the country among `currency`'s that the text
    names most."""
    counts = sorted(((len(places.findall(text)), code) for code, places in _PLACES[currency].items()), reverse=True)
    (most, code), (runner_up, _) = counts[0], counts[1]
    return code, most, runner_up


@lru_cache(maxsize=1)
def set_in_korea(text: str) -> bool:
    return _KOREA.search(text) is not None
