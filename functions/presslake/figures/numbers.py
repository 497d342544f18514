"""The number scanner: number atoms (digits with separators, number words, scale words,
currency signs) and their values."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presslake.figures.text import _is_plural_noun
from presslake.figures.vocabulary import _SCALES, _SMALL, _TENS, CURRENCY_CODES, CURRENCY_SYMBOLS, LENGTH
from presslake.lazy_regex import LazyPattern, trie

_WORD_NUMBER = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(list(_SMALL)[1:10])}))?|"
                rf"{'|'.join(sorted(_SMALL, key=len, reverse=True))})")
# (digit groups set off by spaces, "364 000", are one number only when no other number follows: "90 188 211" in a
# table's row are three)
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d)(?!\s(?:Max|MAX|Dreamliner)\b))+(?:[.,]\d+)?"
           r"(?![ \u00a0\u202f]\d)|"
           r"\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?|\.\d+)")
# "R" (rand) and "RM" (ringgit) are letters that start names too ("the R2 road", "the R32 draw"): they are a
# currency only before an amount with a scale or digit groups ("R4.5bn", "RM2.4 million", "R1,250")
_LETTER_AMOUNT = r"(?-i:RM|R)(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?\s?(?:bn|mn|million|billion|trillion|tn|m|k)\b)"
# dirhams: "Dh33 billion", "Dhs1,250" (the prefix stuck to the digits; "Dhoni" and "Dh 5" are not)
_DIRHAM = r"(?-i:Dhs?\.?)(?=\d)"
# Kenyan shillings: "KSh5 million", "Ksh1,200" (stuck to the digits, like dirhams)
_KENYAN_SHILLING = r"(?-i:K[Ss]hs?\.?)(?=\d)"
# a sign written as a word: "a net negative 28%", "minus 3 degrees" (after no number: "10 minus 3" is arithmetic;
# "plus or minus 4 points" is a margin)
_SIGN_WORD = LazyPattern(r"(?<![\d%]\s)(?<![\d%])(?<!\bplus\sor\s)\b((?i:negative|minus))\s+$")
# a sign may stand one space before its amount ("US$ 104.35 billion")
# ("$US200", "$A50": the Australian press writes the country after the sign, stuck to the digits)
_CUR_PREFIX = (r"(?:(?-i:\$(?:US|AU?|NZ))(?=\d)|(?:(?:US ?|[ACS]|NZ|HK|NT)?\$|€|£|₴|¥|₹|₽)(?:[ \u00a0](?=\d))?|\bRs\.?\s?|(?:USD|EUR|GBP|UAH|RUB|CHF|PLN|INR|AED|KES)\s?|"
               rf"{_LETTER_AMOUNT}|{_DIRHAM}|{_KENYAN_SHILLING})")
# "a pair of glasses" is one thing
_ONE_THING = (r"(?:(?:[\w-]+\s+){0,2}(?:glasses|spectacles|sunglasses|goggles|binoculars|pants|trousers|jeans|shorts|tights|"
              r"leggings|pyjamas|pajamas|briefs|knickers|headphones|earphones|earbuds|scissors|pliers|tweezers|tongs)\b)")
_SCALE = r"(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|mln|bn|mn|tn|[mkb]|(?-i:L|Cr))"
# The guard (a plausible first character, not inside a word) lets the engine skip most positions
# at once: it makes the scan three times faster. The character set goes first: a look-behind costs
# more to fail, and checking the set first takes a sixth off the scan.
ATOM = LazyPattern(
    r"(?=[0-9.$€£₴¥₹₽acurdegpiznotfsehkACURDEGPIZNOTFSEHK])(?:(?<![A-Za-z0-9_])|(?<=\d[xX])(?=\d)|(?<=\d[\"”][xX])(?=\d))"
    rf"(?P<cur>{_CUR_PREFIX})?"
    rf"(?P<num>{_DIGITS}|\b(?:(?:an?|another)\s+(?:pair|brace)(?=\s+of\s(?!{_ONE_THING}))|half-an?-dozen|(?:an?\s+)?half[-\s]dozen|an?\s+(?:half|quarter)(?=\s+{_SCALE}\b)|(?:half(?:\s+of)?\s+an?|an?\s+half)(?=\s+(?:percentage|basis)\s+points?\b)|an?\s+(?:quarter|third)\s+of\s+an?(?=\s+{_SCALE}\b)|"
    rf"(?:half\s+)?an?(?=\s+(?:dozen|{_SCALE})\b)|{_WORD_NUMBER})\b(?:[- ]and[- ](?:a[- ])?half\b)?"
    rf"(?:(?:\s+|-)dozen)?|\bdozen\b)"
    rf"(?:(?P<scalesp>\+?\s*|-)(?P<scale>{_SCALE})(?![\w]))?",  # ("$380+ billion": a minimum, see extract)
    re.I,
)
# currencies whose amounts take a decimal point, so that "$250,00" is a typo and not 250
_POINT_DECIMALS = {"USD", "GBP", "AUD", "CAD", "INR", "JPY"}
_OF_A_POINT = LazyPattern(r"\s+(?:percentage|basis)\s+points?\b")  # "half a percentage point" (not "half a cake")
_COMMA_DECIMAL = LazyPattern(r"\d+,\d{1,2}")
_BROKEN = LazyPattern(r",\d")  # digits grouped by commas that go on with a comma and digits
# the noun a glued scale counts, past a word that tells which of them: "9.8B tokens", "39.3B additional tokens"
_COUNTED_AFTER = LazyPattern(r"\s+(?:(?:additional|more|new|other|extra|active|monthly|daily|unique|total)\s+)?([A-Za-z]+)")
# the fraction of a mixed number ("8 1/2", "1 3/4", "2-1/2 cups", "4 and 2/3 innings"); not a date's "2/11/23" nor a
# score's "4/5/6"
_MIXED_FRACTION = LazyPattern(r"(?: |-(?=\d/\d+\s+[a-z])| and (?=\d/\d+\s+[a-z]))(\d{1,2})/(\d{1,2})(?![/\d])")
# a fraction alone before a cook's or a tailor's measure ("1/4 cup", "3/8 inch", "1/4″ slices"): a "1/4" elsewhere may be a date
_BARE_FRACTION = LazyPattern(r"/(\d{1,2})(?![/\d])(?=\s+(?:cups?|teaspoons?|tablespoons?|tsp|tbsp|inch(?:es)?|"
                             r"miles?|pounds?|lbs?|ounces?|oz|gallons?|quarts?|pints?|acres?|sticks?)\b|[″\"]\s+[a-z])", re.I)
_RACES = {"hurdles", "relays", "heats", "laps", "lengths", "finals", "semifinals", "semis"}
# what a "10K" names before it, where "40K acres" are 40,000 acres (a "4K" or "8K" alone is a screen's)
_SCREENS_AND_RUNNERS = {"tvs", "televisions", "screens", "displays", "monitors", "videos", "cameras", "projectors",
                        "runners", "races", "runs", "walks", "streams", "resolutions"}
_SIDE_AFTER = LazyPattern(rf"\s*(?:{LENGTH}|in\b)|[\"”]")  # '6x4 feet', '9"x11"'
_MODEL_SIZES = {"models", "variants", "versions", "checkpoints", "sizes"}
# shillings or rupees written with a slash and a dash: "10,000/-", "4m/-" (see languages.home_shilling)
SLASH_DASH_AMOUNT = LazyPattern(r"\s?(m|mn|bn|k|million|billion)?/-", re.I)
_AND_BETWEEN = LazyPattern(r"\s+(?:and\s+)?")  # "three hundred and twelve", "one hundred twenty nine"
_LARGER_SCALE = LazyPattern(r"\s+(thousand|million|billion)\b", re.I)
_VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_SPACED_FRACTION = LazyPattern(r" [½¼¾](?!\w)")
# a vulgar fraction alone, before the noun it measures: "½ cup cashews"
_LONE_FRACTION = LazyPattern(r"(?<![\w.,/])[½¼¾](?=\s+[a-z])")
_PERCENT = LazyPattern(r"[\s-]?(%|&percnt;|percent\b|per[ -]cent\b|pct\b|percentage[ -]points?\b|basis[ -]points?\b|"
                       r"(?-i:bps?)\b|prozent\b|pour[ -]?cent\b|por[ -]?ciento\b|por[ -]?cento\b|per[ -]?cento\b|"
                       r"procent\b|prosent\b)", re.I)  # "37-per-cent", "25 basis points", "50 bps", "10 Prozent"


@dataclass
class _Atom:
    start: int
    end: int
    value: float
    currency: str | None
    has_scale: bool
    is_word: bool
    digits: str


def _word_value(words: str) -> float | None:
    words = re.sub(r"\s+", " ", words.lower().strip())
    if words in ("a dozen", "dozen"):
        return 12.0
    if re.fullmatch(r"(?:an?|another) (?:pair|brace)", words):  # "a pair of free throws", "another pair of charges"
        return 2.0
    if re.fullmatch(r"(?:an? )?half[- ]dozen", words):  # "a half-dozen"
        return 6.0
    multiplier = 1.0
    if words.endswith((" dozen", "-dozen")):  # "two dozen", "half-a-dozen"
        multiplier, words = 12.0, words[: -len(" dozen")]
    if words in ("a", "an"):
        return multiplier
    if words.startswith(("half a", "half-a", "half of a")) or words in ("a half", "an half"):
        # "half a million", "a half million", "half of a percentage point"
        return 0.5 * multiplier
    if words == "a quarter":  # "a quarter million"
        return 0.25 * multiplier
    if part := re.fullmatch(r"an? (quarter|third) of an?", words):  # "a quarter of a million"
        return (0.25 if part.group(1) == "quarter" else 1 / 3) * multiplier
    if re.search(r"[- ]and[- ](?:a[- ])?half$", words):  # "five-and-a-half", "two and half" (its "a" dropped)
        whole = _word_value(re.sub(r"[- ]and[- ](?:a[- ])?half$", "", words))
        return None if whole is None else (whole + 0.5) * multiplier
    parts = re.split(r"[- ]", words)
    total = 0
    for part in parts:
        if part in _TENS:
            total += _TENS[part]
        elif part in _SMALL:
            total += _SMALL[part]
        else:
            return None
    return total * multiplier


def _digit_value(text: str) -> float:
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    if "," in text and re.fullmatch(r"\d+,\d{1,2}", text):  # decimal comma: "1,5 мільярда"
        return float(text.replace(",", "."))
    if "," in text and re.fullmatch(r"\d{1,3}(?: \d{3})+,\d+", text):
        text = text.replace(",", ".")
    return float(text.replace(",", "").replace(" ", ""))


_VAGUE_DOZEN = LazyPattern(r"\b(?:few|several|many)\s+$", re.I)


# Every atom holds a digit or one of these words (an article alone, "a b", is dropped below): a text
# with neither skips the scan: most sentences, and about a tenth of the figures' time.
_ATOM_WORDS = frozenset(_SMALL) | frozenset(_TENS) | {"dozen", "pair", "brace", "half"} | {word for word in _SCALES if len(word) > 1}
_DIGIT = LazyPattern(r"[\d½¼¾]")  # a digit, or a vulgar fraction
# one of _ATOM_WORDS as a whole run of letters: one scan, where listing the runs of letters took a third longer
_ATOM_WORD = LazyPattern(lambda: rf"(?<![a-z])(?:{trie(_ATOM_WORDS)})(?![a-z])")


def _may_hold_atoms(text: str) -> bool:
    return _DIGIT.search(text) is not None or _ATOM_WORD.search(text.lower()) is not None


def _atoms(text: str) -> list[_Atom]:
    if not _may_hold_atoms(text):
        return []
    atoms = []
    consumed = 0
    for match in ATOM.finditer(text):
        start, end = match.span()
        if start < consumed:
            continue
        num = match.group("num")
        if start and text[start - 1] in "xX" and not _SIDE_AFTER.match(text, end):
            continue  # the last side of a size ("6x4 feet") is a figure; "4x4", "1920x1080" are names
        is_word = not num[0].isdigit() and num[0] != "."
        scale = match.group("scale")
        currency = None
        if match.group("cur"):
            token = "".join(match.group("cur").split())  # "US $" is "US$"
            currency = CURRENCY_SYMBOLS.get(token.lower(), token.upper() if token.upper() in CURRENCY_CODES else None)
        if scale and len(scale) == 1 and not currency:
            # bare "5m"/"3b": million only in money ("€5m"); "250k" is thousand; "4K" is a name
            start_scale = match.start("scale")
            counted = None if match.group("scalesp") else _COUNTED_AFTER.match(text, end)
            plural = counted.group(1).lower() if counted and (_is_plural_noun(counted.group(1)) or
                                                              counted.group(1).lower() == "light") else None
            if scale.lower() == "b" and plural in _MODEL_SIZES or scale == "B" and not plural and not match.group("scalesp"):
                continue  # "the 7B models", "the 9B, 4B and 2B models": a model's size names it (as "Room 5B" is one)
            if (match.group("scalesp") or scale != "k") and not (scale.lower() in ("m", "b") and plural and
                                                                 plural not in _RACES) \
                    and not (scale == "K" and plural and plural not in _SCREENS_AND_RUNNERS and len(num) > 1):
                # but "2.3m people", "9.8B tokens", "2.6b light years": a million or a billion of what
                # follows ("the 400m hurdles" are metres)
                scale = None
                end = start_scale - len(match.group("scalesp") or "")
        if scale in ("L", "Cr") and currency != "INR":
            scale, end = None, match.start("scale") - len(match.group("scalesp") or "")  # "₹62L", "₹5Cr": lakh, crore
        if scale and scale.lower() in ("a", "an"):
            scale = None
        if is_word:
            value = _word_value(num)
            bare_article = num.lower().strip() in ("a", "an") or num.lower().startswith("half") and "dozen" not in num.lower() \
                and not _OF_A_POINT.match(text, end)
            if value is None or (bare_article and not scale):
                continue
            if num.lower() == "dozen" and _VAGUE_DOZEN.search(text, max(0, start - 12), start):
                continue  # "a few dozen", "several dozen": a vague amount, no number
        else:
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_." or text[start - 2:start] == "++") and \
                    not currency and \
                    not (text[start - 1] in "xX" and start > 1 and (text[start - 2].isdigit() or text[start - 2] in '"”')):
                continue  # "MH17", "G7", "v2.1", "C++11": part of a token (a size's last side stays: "6x4 feet")
            if _BROKEN.match(text, end) and "," in num or currency in _POINT_DECIMALS and _COMMA_DECIMAL.fullmatch(num):
                continue  # "1,000,00", "$250,00": a broken number is skipped, not guessed
            if scale and scale.lower() in ("trillion", "tn") and re.fullmatch(r"\d{1,3}(?:,\d{3})+", num):
                continue  # "$1,165 trillion": thousands of trillions are a separator typed for a point, not guessed
            value = _digit_value(num)
            if text[end:end + 1] in _VULGAR_FRACTIONS:  # "4½ years"
                value, end = value + _VULGAR_FRACTIONS[text[end]], end + 1
            elif _SPACED_FRACTION.match(text, end):  # "1 ½ cups"
                value, end = value + _VULGAR_FRACTIONS[text[end + 1]], end + 2
                consumed = end
            elif (mixed := _MIXED_FRACTION.match(text, end)) and 0 < int(mixed.group(1)) < int(mixed.group(2)) \
                    and "." not in num:
                value, end = value + int(mixed.group(1)) / int(mixed.group(2)), mixed.end()  # "8 1/2 tackles"
                consumed = end  # the fraction's digits are no numbers of their own
            elif (bare := _BARE_FRACTION.match(text, end)) and num.isdigit() and 0 < int(num) < int(bare.group(1)) \
                    and (start == 0 or text[start - 1] not in "/-"):
                value, end = int(num) / int(bare.group(1)), bare.end()  # "1/4 cup"
                consumed = end
            if not currency and start > 0 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " (\t\n"):
                value, start = -value, start - 1  # "-2.97%": a sign, not a range or a compound
            elif not currency and (signed := _SIGN_WORD.search(text, max(0, start - 12), start)):
                value, start = -value, signed.start(1)  # "a net negative 61%", "minus 3 degrees" (not "10 minus 3")
        if scale:
            value *= _SCALES[scale.lower()]
        atoms.append(_Atom(start, end, value, currency, bool(scale), is_word, num if not is_word else ""))
    if any(fraction in text for fraction in _VULGAR_FRACTIONS):
        taken = [(atom.start, atom.end) for atom in atoms]
        atoms += [_Atom(match.start(), match.end(), _VULGAR_FRACTIONS[match.group()], None, False, False, match.group())
                  for match in _LONE_FRACTION.finditer(text) if not any(a <= match.start() < b for a, b in taken)]
        atoms.sort(key=lambda atom: atom.start)
    return _hundreds_composed(text, atoms)


def _hundreds_composed(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Number words that make one number with a "hundred" before them: "a hundred thousand" (100,000),
    "two hundred and fifty thousand" (250,000), "three hundred and twelve" (312), "one hundred twenty nine" (129;
    not "a hundred two-year-olds")."""
    composed: list[_Atom] = []
    for atom in atoms:
        last = composed[-1] if composed else None
        if last is not None and atom.is_word and not atom.currency and _ends_in_hundred(text, last) and \
                _AND_BETWEEN.fullmatch(text, last.end, atom.start) and not text.startswith("-", atom.end):
            scale = _scale_of(atom, text)
            if atom.value / scale < 100:
                last.value, last.end = (last.value + atom.value / scale) * scale, atom.end
                continue
        composed.append(atom)
    for atom in composed:
        if _ends_in_hundred(text, atom) and (larger := _LARGER_SCALE.match(text, atom.end)):
            atom.value, atom.end = atom.value * _SCALES[larger.group(1).lower()], larger.end()
    return composed


def _ends_in_hundred(text: str, atom: _Atom) -> bool:
    return atom.is_word and not atom.currency and text[atom.start:atom.end].lower().endswith("hundred")


def _scale_of(atom: _Atom, text: str) -> float:
    match = re.search(rf"({_SCALE})$", text[atom.start:atom.end], re.I)
    return _SCALES.get(match.group(1).lower(), 1.0) if match else 1.0
