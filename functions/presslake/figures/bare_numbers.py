"""Bare numbers: numbers that are no figure when nothing marks them as an amount (no currency, scale word or
percent): codes and versions, ordinals and modifiers, dates and times, ages and list items, names, phone numbers and
addresses. presslake.figures.exclusions._is_excluded asks these last, as _BARE_NUMBERS."""

from __future__ import annotations

import re
from itertools import takewhile

from presslake.figures.context import PARTICIPLE_WORDS, _SHARE_AFTER
from presslake.figures.numbers import _PERCENT, _Atom
from presslake.figures.text import _currency_word, _hyphenated_measure, _temperature_after, _is_plural_noun, _measure_unit, _window, _words_after
from presslake.figures.units import _FRAMES_PER_SECOND, _POINT_CALIBER, _SUPERLATIVE, DIMENSION_AFTER, _counted_compound
from presslake.figures.vocabulary import _MILESTONES, _MONTH, _PRONOUNS, _STOP, CURRENCY_CODES, LENGTH
from presslake.lazy_regex import LazyPattern

# how far back the token a number ends is read ("978-0-306-40615-7", "10.1016/j.abc"; a URL)
_TOKEN_REACH = 100
_MONTH_BEFORE = LazyPattern(rf"\b{_MONTH},?\s*$")
_MONTH_AFTER = LazyPattern(rf"\s*(?:of\s+)?{_MONTH}(?![a-z])")
_MONTH_DAY_BEFORE = LazyPattern(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,|\s+(?:and|or|&))\s*$")
# Letters that may stick to digits ("5m", "60fps", "10km", "450g") without making an identifier ("5G" is a network).
_ATTACHED_SUFFIX = LazyPattern(
    r"(k|m|mn|bn|tn|b|km|kg|(?-i:g)|oz|mg|cm|mm|ml|ft|lbs?|mw|gw|kw|kwh|mwh|gwh|twh|fps|mph|kph|km/h|m/s|km/s|gb|tb|mb|kb|gib|mib|tib|kib|ghz|mhz|hz|mah|w|mp|px|cc|rpm|nm|gbps|mbps|kbps|tbps|kwp|mwp|gwp|rps|qps|"
    r"bcm|bpd|ms|db|%)$",
    re.I)
# Words before a number that make it part of a name ("Boeing 787", "Article 5", "Euro 2020").
_IDENTIFIER_HEADS = LazyPattern(
    r"\b(?:boeing|airbus|iphone|ipad|galaxy|pixel|windows|playstation|xbox|route|highway|interstate|article|"
    r"section|chapter|paragraph|clause|resolution|euro|flight|room|apartment|building|model|version|"
    r"season|episode|part|volume|vol|page|grade|level|stage|gate|platform|terminal|line|bus|block|"
    r"unit|category|class|type|no|number|phase|act|rule|amendment|protocol|formula|mark|mk|leopard|"
    r"abrams|patriot|apollo|falcon|tu|il|mi|ka|su|mig|bill|district|ward|precinct|league|cup|"
    r"world war|year|day|week|top|covid|gen|generation|series|batch|lot|exhibit|figure|table|step|bug|issue|"
    r"ticket|item|question|lesson|exercise|example|slide|fig|fortune|tour|schedule)\s*\.?\s*$",
    re.I)
_AGE_WAS = LazyPattern(r"\b(?:median|average|mean)\s+ages?\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3})?(?:was|were|is)\s+"
                       r"(?:\d+\s+(?:for|among|in)\s+[a-z]+\s+(?:and|,)\s+)?$", re.I)
# a version number's words: "the 0.17 releases", "version 0.21", "0.9.2 beta"
_VERSION_BEFORE = LazyPattern(r"\b(?:the|version|v|release|build)\s*$", re.I)
_VERSION_AFTER = LazyPattern(r"\s*(?:releases?|versions?|updates?|branch(?:es)?|series|builds?|beta|alpha|rc)\b", re.I)
_LIST_LITERAL_BEFORE = LazyPattern(r"\[(?:\d+,\s*)*$")
_LIST_LITERAL_AFTER = LazyPattern(r"(?:,\s*\d+)*\]")
_OPERAND_BEFORE = LazyPattern(r"\b(?:[a-z]|[a-z]+_[a-z0-9_]+)\s*[+*%]\s*$")  # (not a lens's "f/1.9")
_AGES_LISTED_AFTER = LazyPattern(r"(?:,\s*(?:and\s+|or\s+)?\d{1,2})+,?\s*(?:(?:and|or|&)\s+\d{1,2}\s*)?[- ]?years?[- ]?olds?\b",
                                 re.I)
_A_VERSION_AFTER = LazyPattern(r"\s+(?:release|version|update|beta|alpha|build|branch)\b", re.I)
_STATISTIC_BEFORE = LazyPattern(r"(?<![\w-])[pP]\s*[=<>≤≥]\s*$")
# heads that make a number a name in lower case too ("in version 39", "on page 14")
# ("issues 5 and 6", "chapters 3, 4 and 7": in the plural they name several)
_LOWER_IDENTIFIER_HEADS = LazyPattern(r"(?<![-\w])(?:type|version|chapter|page|section|paragraph|clause|episode|season|volume|step|room|"
                                      r"flight|route|gate|platform|level|stage|phase|tier|category|grade|prop\.|"
                                      r"proposition|issue|schedule|sweet|mile|round)s?\s+(?:\d+\s*(?:,|and|or|&)\s*)*$", re.I)  # "a schedule 2 drug", "a sweet 16", "mile 20"
# heads that make a number word a name too: "a category four storm", "phase two", "a level three alert"
_RANKED_HEADS = LazyPattern(r"(?<![-\w])(?:category|level|stage|phase|tier|grade|round)\s+$", re.I)
# a count before a product's name: "two Firewire 800 ports", "three USB 3.0 ports" (the number is the name's)
_COUNT_AND_NAME_BEFORE = LazyPattern(r"(?<![\w.,])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                     r"twelve|dozens?|several|many)[^\S\n]+((?:[A-Z][\w-]*[^\S\n]+){1,2})$")
# people under or over an age: "children under 12", "those over 65"
# an age bound after the number: "patients 18 and younger", "adults 65 and over"
_AGE_BOUND_AFTER = LazyPattern(r"\s+(?:and|or)\s+(?:younger|older|under|over|up|above|below)\b(?!\s+(?:the|a|an)\b)", re.I)
_KEY_BEFORE = LazyPattern(r"(?<![\w=])[a-z_][a-z0-9_]*=$")
_RANK_BEFORE = LazyPattern(r"\b(?:[Rr]ank(?:ed)?(?:\s+of)?|RANK)\s+$")  # ("a rank of 285")
_KELVINS = LazyPattern(r"(?:[1-9]\d|1\d\d)00")  # a colour temperature: "2700K", "6500K"
_UNDER_AN_AGE = LazyPattern(r"\b(?:children|kids|babies|infants|toddlers|teens|teenagers|youths|boys|girls|adults|people|"
                            r"those|anyone|players|pupils|students|patients|residents|women|men)\s+"
                            r"(?:(?:are|were|is|was|aged)\s+)?(?:under|over|below|above|younger than|older than)\s+$", re.I)
_NAMED_PROBLEM = LazyPattern(r"[ -][a-z]+\s+(?:problem|solution|policy|rule|theorem|paradox|dilemma|principle)\b")
_SCALE_ORDINAL = LazyPattern(r"\s+(?:hundred|thousand|million|billion|trillion)th\b", re.I)
_AGE_COMPARED = LazyPattern(r"\b(?:younger|older)\s+than\s+$", re.I)
_AGE_IN_A_YEAR = LazyPattern(r"\s+in\s+(?:1[89]|20)\d\d\b")
_WAS = LazyPattern(r"\b(?:was|were|is)\s+$")
_LIFE_EXPECTANCY = LazyPattern(r"\blife expectancy\s+(?:\w+\s+){0,3}?(?:was|is|of|at|to|reached|fell to|rose to)\s+$", re.I)
_LENGTH_AFTER = LazyPattern(rf"\s*{LENGTH}")  # the last side of a size: "5.5×2.1mm"
_LIST_MARKS = " \t-–—•*·"  # what opens a list item before its first word
# house numbers in parentheses after a street: "at the lower end of Main Street (8069, 8059 and 8049)"
_STREETS = r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place"
_HOUSE_NUMBERS_BEFORE = LazyPattern(rf"\b(?:{_STREETS})\.?\s*\((?:\d{{1,5}}[A-Za-z]?\s*(?:,|and|&|or)\s*)*$")
# "8777 Frederick Road": the number of a house in a street
_STREET_AFTER = LazyPattern(rf"\s+(?:(?:[A-Z][a-z]+\.?\s+|\d{{1,3}}(?:st|nd|rd|th)\s+){{1,3}}(?:{_STREETS}|Square)\b|(?:U\.S\.|US|State)\s+(?:Highway\s+|Route\s+)?\d)")  # ("1031 St. Peters Church Road")
_DOTTED_ABBREVIATION = LazyPattern(r"(?<![\w.])(?:[A-Z]\.){2,4} $")
_COMPANY_BEFORE = LazyPattern(r"[A-Z][\w&-]*\s+$")  # "Igalia S.L.", "Banco S.A.": a firm's legal form
_NAME_AFTER = LazyPattern(r"\s+(?:Action\s+News|Eyewitness\s+News|News|NEWS|Mile)\b")
# "four men — 18, 18, 19 and 20 —": bare numbers listed after a dash that follows a count of people
_AGES_OF_THOSE_COUNTED = LazyPattern(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+)?"
                                     r"(?:men|women|males|females|boys|girls|teens|teenagers|people|victims|adults|"
                                     r"children|juveniles|suspects)\s*[—–]\s*(?:\d{1,2}\s*(?:,\s*(?:and\s+)?|and\s+))*$",
                                     re.I)
_BOTH_AGED = LazyPattern(r"\b(?:[a-z]+s|men|women|people|children),\s+(?:both|all|each)\s+$")
_LIST_GOES_ON = LazyPattern(r"\s*(?:,\s*(?:and\s+)?\d|and\s+\d|[,.;—–)]|$)")
_AGE_IN_A_LIST = LazyPattern(r"[A-Z][a-z]+,\s\d{1,3}[,;]\s")
_DIVISION_BEFORE = LazyPattern(r"\b(?:Zone|District|Ward|Precinct|Sector|Engine|Ladder|Squad|Beat)\s$")
# a race named by its distance: "the 200-meter final", "the 100 metre freestyle" (its length is no figure)
_RACE_AFTER = LazyPattern(r"(?:-|\s)(?:meter|metre|m)s?\s+(?:finals?|semi-?finals?|heats?|dash|sprint|relay|hurdles|freestyle|"
                          r"backstroke|breaststroke|butterfly|medley)\b|"
                          r"-?\s?(?:meter|metre|m)s?\s+(?:races?|events?|running)\b", re.I)
# a track race named by its distance alone: "in the 800m.", "the women's 5000m," ("the 200m split" is a stretch of one)
_TRACK_DISTANCES = {"60", "100", "110", "200", "400", "800", "1500", "1,500", "3000", "3,000", "5000", "5,000", "10000",
                    "10,000"}
_RACE_NAMED_BEFORE = LazyPattern(r"\b(?:the|men['’]s|women['’]s)\s$", re.I)
_RACE_NAMED_AFTER = LazyPattern(r"-?\s?(?:meter|metre|m)s?(?:\s*(?:[.,;:!?)]|\n|\Z))", re.I)
_OMEGA_BEFORE = LazyPattern(r"\bomega[\s-]$", re.I)
_ENGINE_AFTER = LazyPattern(r"\s+[VW](?:6|8|10|12)\b")
# "six sigma", "a 529 college savings account": a method's and a savings plan's names (the plan is its tax code's section)
_SIGMA_AFTER = LazyPattern(r"[\s-]sigma\b", re.I)
_PLAN_529_AFTER = LazyPattern(r"\s+(?:college\s+)?(?:plan|account|savings)\b", re.I)  # ("529 accounts" counts)
# the numbered books of the Bible ("2 Chronicles"); those named like a person only with a chapter ("2 Timothy 1:14")
_NUMBERED_BOOK = LazyPattern(r"\s+(?:Samuel|Kings|Chronicles|Corinthians|Thessalonians|Maccabees|Esdras|"
                             r"(?:Timothy|Peter|John)(?=\s+\d))\b")
_FIRST_PERSON = LazyPattern(r"I(?:['’](?:m|ve|d|ll))?")  # the writer: "I'm 5' 6\"" names no one
# a station's or a company's name: "13 News", "343 Industries", "500 Startups"
_NAMED_AFTER = LazyPattern(r"['’]s\b|\s+(?:News|Industries|Studios|Startups|Ventures|Holdings)\b")


def _follows_a_name(text: str, start: int, end: int, sentence_start: int) -> bool:
    """'Halo 3 and', 'GTX 1080 GPU', 'HDR 10 standard': a number right after a capitalised
    word inside a sentence, with nothing counted after it, is part of a name."""
    cut, before = _window(text, sentence_start, start, 40)
    previous = re.search(r"(?:^|\s)([A-Za-z][\w'’&]*)\s$", before)
    if not previous or not any(c.isupper() for c in previous.group(1)) or _FIRST_PERSON.fullmatch(previous.group(1)):
        return False
    if not text[sentence_start:cut + previous.start(1)].strip(_LIST_MARKS) or re.fullmatch(_MONTH, previous.group(1)) or "," in text[start:end] or \
            not text[start].isdigit() or previous.group(1).endswith(("'s", "’s")):
        return False  # sentence-initial words are capitalised anyway (after a list item's "- " too); months are dates
    following = _words_after(text, end, 2)
    if following and (_is_plural_noun(following[0][0]) or _measure_unit(following[0][0])):
        return False
    if (counted := _counted_compound(text[end:end + 40])) and not counted.endswith(("able", "ible")):
        return False  # "the Acme X200 10-port board" counts ports
    if text[start:end] == "1" and following and following[0][0].islower() and following[0][0] not in _STOP and \
            (len(following) == 1 or following[1][0] in _STOP or text[following[0][2]:following[0][2] + 1] in ",."):
        return False  # a box score's "Hupfer 1 goal": one, and its singular noun
    hyphenated = re.match(r"-([A-Za-z]+)", text[end:end + 20])
    if hyphenated and _measure_unit(hyphenated.group(1)):
        return False  # "the Galaxy Tab 10.5-inch model" measures the tablet
    return not _PERCENT.match(text, end) and not _SHARE_AFTER.match(text, end)  # "Herbert Dürr 63 16.6%" is a row


def _a_code_or_version(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A version, a formula, a code, an identifier or a number to dial."""
    if atom.digits == "802.11":
        return True  # "802.11g": a Wi-Fi standard
    # the word before the number, its last character and whether it has a capital: each pattern anchored at the
    # number needs one of its own there, asked first as each search tries each of the 40 characters
    last_word = before.rsplit(None, 1)[-1] if before.strip() else ""
    last, capitalised = last_word[-1:], last_word.lower() != last_word
    # versions, formulas, fractions and "24/7": "1.8.3", "2^15"
    if after.lstrip().startswith((".", "/", "^")) and re.match(r"\.\d|\.x\b|\s*\^|/\d", after) or \
            last in ("^", "/") and re.search(r"(\^|\d/)$", before):
        return True
    if after.startswith("K") and re.match(r"K(?![A-Za-z])", after) and not _KELVINS.fullmatch(atom.digits):
        return True  # "4K": a resolution's name ("2700K" is a light's colour, in kelvins)
    if before.endswith("=") and _KEY_BEFORE.search(before):
        return True  # "(cost=0.00..1445.00 rows=50000 width=1024)": a key's value in a program's output
    if last in ("=", "<", ">", "≤", "≥") and _STATISTIC_BEFORE.search(before):
        return True  # "p=1.0", "(p < 0.001)": a test's p-value, which counts and measures nothing
    # codes: a leading zero ("007"), six digits or more with no separator ("Bug 1681512"), the rest of
    # a phone number ("0845 46 47")
    if atom.digits.startswith("0") and re.fullmatch(r"0\d+", atom.digits) or len(atom.digits) >= 6 and \
            re.fullmatch(r"\d{6,}", atom.digits) and not _SHARE_AFTER.match(after) \
            or not atom.is_word and last.isdigit() and re.search(r"\d[ ]$", before):
        return True
    # "the 0.17 releases": a version (but "0.18 degrees" and "0.25 inch" measure, and "averaged 0.76 episodes" counts);
    # "Nine of Swords", "2 of Cups": a card's name
    if atom.digits.startswith("0.") and re.fullmatch(r"0\.\d{2,}", atom.digits) and \
            not re.match(r"\s*(?:%|per|[a-z]*(?:metre|meter|gram|litre|liter))", after, re.I) and \
            not ((unit := re.match(r"\s*([A-Za-z°]+)", after)) and _measure_unit(unit.group(1))) and \
            (_VERSION_BEFORE.search(before) or _VERSION_AFTER.match(after)):
        return True
    if "." in atom.digits and re.fullmatch(r"\d{1,2}\.\d{1,2}", atom.digits) and _A_VERSION_AFTER.match(after):
        return True  # "the recent 1.8 release", "the 3.2 update": a version's number
    if last in ("[", ",", "+", "*", "%") and (_LIST_LITERAL_BEFORE.search(before) and _LIST_LITERAL_AFTER.match(after)
                                                 or _OPERAND_BEFORE.search(before)):
        return True  # code: a list literal ("map(plus_one, [1, 2, 3])") or an operand ("return x + 1")
    if "of" in after and re.match(r"\s+of\s+[A-Z][a-z]+s\b", after):
        return True
    # a model name of an acronym or a letter and a number ("RTX 3080", "the K 490"); "’91"; a formula ("10^5 * 300")
    if not atom.is_word and "," not in atom.digits and last.isupper() and before.endswith(" ") and \
            (acronym := re.search(r"(?<![\w.])([A-Z]{2,5}|[B-HJ-Z]) \Z", before)) and acronym.group(1) not in CURRENCY_CODES:
        return True
    if not atom.is_word and (dotted := _DOTTED_ABBREVIATION.search(before, max(0, len(before) - 12))) and \
            not _COMPANY_BEFORE.search(before, max(0, dotted.start() - 30), dotted.start()):
        return True  # a bill's number: "H.R. 5", "S.B. 277" ("Igalia S.L. 80" is a firm's count)
    if last in ("’", "'", "‘") and re.search(r"[’'‘]$", before) and re.fullmatch(r"\d{2}", atom.digits):
        return True  # a year cut short: "’91", a graduate's class ("Gay Walker ‘69", its quote mark turned)
    if (last in ("*", "×") or after.lstrip().startswith(("*", "×", "="))) and \
            not (DIMENSION_AFTER.match(text, end) or re.search(r"\d\s*[x×]\s*$", before) and _LENGTH_AFTER.match(after)):
        return True  # a formula ("2×3", "x * y"); not a size ("5.5×2.1mm", "107.5 x 85mm")
    # identifiers: "F-16", "Su-34", "Covid-19", "No. 1", "#1", "Boeing 787", "Article 5"
    if last == "-" and re.search(r"[A-Za-z]-$", before) and not re.search(r"\d-to-$|\bmagnitude-$", before, re.I) or \
            before.rstrip().endswith(("#", "No", "No.", "no.")) and re.search(r"(#|\bNo\.?\s*|\bno\.\s*)$", before):
        # ("booth no. 31247"; the ending is asked first: the search tries each of the 40 characters)
        return True
    if capitalised and re.search(r"\b[A-Za-z]*[A-Z][A-Za-z]*\.?\s$", before) and _IDENTIFIER_HEADS.search(before):
        return True
    if capitalised and (not atom.is_word and re.search(r"\b(?:News|Channel|Local|Fox|FOX|Office)\s$", before) or
                        re.search(r"\bChannel\s$", before)) or _NAME_AFTER.match(after):
        # a station's, a road's or a product's name: "News 2 crews", "Channel seven", "7 Action News", "8 Mile",
        # "Office 365" ("News two guns" counts)
        return True
    if (not atom.is_word or _RANKED_HEADS.search(before)) and _LOWER_IDENTIFIER_HEADS.search(before):
        return True
    # years of a fiscal period, numbers to dial, identifiers with several separators or letters
    # ("Fiscal 2020 imports", "dial 999", "978-0-306-40615-7", "10.1016/j.abc", "A321-200")
    if re.search(r"\b(?:fiscal(?:\s+year)?|FY)\s*$", before, re.I) or \
            re.search(r"\b(?:dial|call|ring|text)\s+$", before, re.I):
        return True
    lo = max(0, atom.start - _TOKEN_REACH)  # a bounded look back: a text without spaces would make it quadratic
    token_start = max(text.rfind(" ", lo, atom.start), text.rfind("\n", lo, atom.start), lo - 1) + 1
    token = text[token_start:end + len(re.match(r"\S*", after).group())]
    # (a slash inside the number's own span is a fraction the scanner read: "2-1/2 cups")
    if ("-" in token or "/" in token or token.startswith("www.")) and "/" not in text[atom.start:end] and \
            re.search(r"\d[-/]\d+[-/]\d|\d/[A-Za-z]|[A-Za-z]\d+-\d|://|^www\.|\.(?:ly|com|org|net)/", token):
        return True  # ("http://bit.ly/15w6vtS": a link's characters)
    return False


def _an_ordinal_or_modifier(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """An ordinal, letters stuck to the digits or a compound modifier: "26th", "52-year-old"."""
    if _RACE_AFTER.match(after) or atom.digits in _TRACK_DISTANCES and _RACE_NAMED_BEFORE.search(before) and \
            _RACE_NAMED_AFTER.match(after):
        return True  # "the men's 200-meter final", "the 800m race", "the women's 5000m,": a race, named by its distance
    # ordinals and attached letters: "26th", "1990s", "3D", "5G"
    if after[:1].isalpha() and not (after[:1] in "xX" and DIMENSION_AFTER.match(text, end)) and \
            (re.match(r"(st|nd|rd|th|s)\b", after, re.I) or re.match(r"[A-Za-z]", after) and
                                not _ATTACHED_SUFFIX.match(re.match(r"[A-Za-z%/]+", after).group()) and
                                not _temperature_after(text, end, sentence_start)):
        return True
    if after[:2] == "px" and before.rfind("{") > before.rfind("}"):
        return True  # a style sheet quoted in a post ("{ top: 10px; }") is code, not a width
    if _SCALE_ORDINAL.match(after):
        return True  # "its 100 millionth certificate": an ordinal
    compound = after.startswith("-") and re.match(r"-([A-Za-z]+)", after)
    if compound and not re.match(r"-(?:strong|plus|odd)\b|-to-\d", after) and not _hyphenated_measure(after, 0) \
            and not _counted_compound(after) and not _SUPERLATIVE.match(after) and \
            not (atom.digits.startswith(".") and _POINT_CALIBER.match(after)) and not _FRAMES_PER_SECOND.match(after):
        return True  # "52-year-old", "three-day", "20-point": compound modifiers ("a 3-liter engine" is a measure)
    if before.endswith(" ") and _RANK_BEFORE.search(before):
        return True  # "(Rank 50-100)", "ranked 12": a place in a ranking
    return False


def _a_date_or_time(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A clock time, a date or a year."""
    # clock times and dates
    if re.match(r"\s*(?::\d{2}|[ap]\.?m\.?\b|o'clock|GMT|UTC|CET|EET|hrs\b)", after, re.I) or \
            ":" in before[-2:] and re.search(r"\d:$", before):
        return True
    if len(atom.digits) == 2 and re.fullmatch(r"\d\d", atom.digits) and re.search(r"\bsince\s+$", before, re.I) and re.match(r"\s*(?:[,.;:)]|$)", after):
        return True  # "26 times since 97,": a year written short
    if _MONTH_BEFORE.search(before) and not (before.rstrip().endswith(",") and re.match(r"\s+[a-z]{3,}", after)) or \
            _MONTH_AFTER.match(after) or _MONTH_DAY_BEFORE.search(before):
        return True  # ("As of March, 17 states": a count after a month set off by a comma)
    if len(atom.digits) == 2 and before[-1:] in "–-" and re.search(r"\b(?:19|20)\d\d[–-]$", before):
        return True  # "2025–26 Common App Essays": a season's or a school year's second year
    if not atom.is_word and len(atom.digits) == 4 and re.fullmatch(r"1[5-9]\d{2}|20\d{2}|2100", atom.digits) and not _counted_compound(after):
        following = _words_after(text, end, 1)
        if following and (unit := _measure_unit(following[0][0])) and not (unit == "m" and atom.digits in _TRACK_DISTANCES):
            return False  # "the 1700 mAh battery": a measure ("the 1500m", a race, names the distance it is run over)
        if not (following and _is_plural_noun(following[0][0]) and not re.fullmatch(_MONTH, following[0][0])) \
                or re.search(r"\b(?:the|a|an|by|in|since|of|and|or|from|until|before|after)\s+$", before, re.I):
            return True  # a year ("the 2020 elections", "by 2035 exemplifies" too)
    return False


def _an_age_or_list_item(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """An age, or a list item's number."""
    # list items and appositive ages: "1. Finland 2. Norway", "Parata, 75, has" (the patterns of a name and its
    # comma right before the number are asked only after one: each search tries each of the 40 characters)
    after_a_comma = before.rstrip().endswith(",")
    if after.startswith(".") and re.match(r"\.\s+[A-Z]", after) and re.search(r"(^|\n|:\s|[A-Z][\w]*\s)$", before):
        return True
    if after_a_comma and re.search(r"[A-Z][a-z]+,\s$", before) and (re.match(r"[,.;]", after) or re.match(
            r"\s+(?:were|was|and|all|both)\b", after) and _AGE_IN_A_LIST.search(text, sentence_start, atom.start)):
        return True  # "Parata, 75, has"; "Ana Ruiz, 27, and Tom Hale, 31 were arrested": a list's last age, no comma
    if after_a_comma and re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+,\s$", before) and re.match(r"\s+(?:was|is|has)\b", after) and \
            re.fullmatch(r"\d{1,3}", atom.digits) and atom.value < 120:
        return True  # "Kalone Mcgee, 26 was shot": a person's age, its second comma lost (a count takes "were")
    if after.lstrip().startswith("y") and re.match(r"\s*(?:yo|y/o|y\.o\.)\b", after) and re.fullmatch(r"\d{1,3}", atom.digits):
        return True  # "a 22 yo son": years old, written short
    if after[:1] == "," and _AGES_LISTED_AFTER.match(after) and re.fullmatch(r"\d{1,2}", atom.digits):
        return True  # "parents of 2, 3, and 4 year olds": the list's ages before its last
    if after_a_comma and re.search(r"[A-Z][a-z]+,\s$", before) and re.match(r"\s+(?:both\s+|all\s+)?of\s+[A-Z][a-z]+", after) and \
            re.fullmatch(r"\d{1,3}", atom.digits) and atom.value < 120:
        return True  # "Ana Ruiz, 17 of Velmar was charged": an age and a home town, its comma lost
    if after_a_comma and re.search(r"\b[a-z]+,\s$", before) and re.match(r",\s+[A-Za-z]", after) and re.fullmatch(r"\d{1,3}", atom.digits) \
            and atom.value < 120:
        return True  # "a male juvenile, 16, was arrested": an age between commas
    # (a word each pattern needs is looked for first, as a sign: each search tries each of the characters before)
    lowered, reach = before.lower(), max(sentence_start, atom.start - 80)
    if _AGE_IN_A_YEAR.match(after) and _WAS.search(before) or "expectancy" in lowered and _LIFE_EXPECTANCY.search(before) \
            or "age" in text[reach:atom.start].lower() and _AGE_WAS.search(text, reach, atom.start):
        return True  # "Maya was 12 in 1976", "life expectancy was 49", "the median age was 21 for men and 28": ages
    # ages: "aged 52", "ages of 18 to 25", "ages 6-9", "children under 12", "as young as 14"
    if any(word in lowered for word in ("age", "turn", "young", "old")) and re.search(
            r"\b(?:aged?|ages?(?: of)?|ages,|turn(?:s|ed|ing)?|as (?:young|old) as)\s*(?:\d+\s*(?:,|and|or|to|-|–)\s*)*$",
            before, re.I) or any(word in lowered for word in ("under", "over", "below", "above", "than")) and \
            _UNDER_AN_AGE.search(before) or _AGE_BOUND_AFTER.match(after) or _AGE_COMPARED.search(before):
        return True  # (and "8% younger than 23": an age, whoever is that young)
    if re.fullmatch(r"\d{1,2}", atom.digits) and _LIST_GOES_ON.match(after) and _BOTH_AGED.search(before):
        return True  # "two teenagers, both 15, were": the age they share
    if ("—" in before or "–" in before) and _LIST_GOES_ON.match(after) and _AGES_OF_THOSE_COUNTED.search(before):
        return True  # "three women — 17, 19 and 20, police said": their ages, listed after them
    if "age" in after.lower() and re.match(r"\s*(?:-|–|to)\s*\d+\s+age\s+(?:group|bracket|range|band|cohort)s?\b|\s+age\s+(?:group|bracket|band)", after, re.I):
        return True  # "the 18-24 age group": an age band
    if re.match(r"\s+(?:birthday|anniversary|bday)\b", after, re.I):
        return True  # "his 42 Birthday": an age or a count of years, written without its "nd"
    return False


def _a_name(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A number inside a name: "Nine Mile", "the 747 line", "the Big Three"."""
    if _follows_a_name(text, atom.start, end, sentence_start):
        return True
    if not atom.is_word and (named := _COUNT_AND_NAME_BEFORE.search(before)) and \
            not any(_measure_unit(word) or _currency_word(word) for word in named.group(1).split()):
        return True  # "two Firewire 800 ports": the count is the two, the 800 names the port
    after_the = re.search(r"\bthe\s+$", before, re.I) is not None
    if after_the and _NAMED_PROBLEM.match(after):
        return True  # "the two language problem", "the three-body problem", "the one-child policy": a name
    # "the 747 line", "the 2015 plan": "the", a number and a singular noun make a name ("the 14 hurt" count; a
    # number in digit groups names nothing: "the 132,000 square foot parcel")
    if after_the and not atom.is_word and "," not in atom.digits:
        following = list(takewhile(lambda word: word not in _STOP, (word for word, _, _ in _words_after(text, end, 4))))
        if following and following[0].islower() and following[0] not in _PRONOUNS and \
                following[0] not in _MILESTONES and not PARTICIPLE_WORDS.fullmatch(following[0]) and \
                not (_is_plural_noun(following[0]) or _measure_unit(following[0]) or _currency_word(following[0])) \
                and not any(_is_plural_noun(word) for word in following[1:]):  # "the 400 city laborers", "the 15
            # essential event planning skills" (up to a function word: "the 2015 plan to build houses" is one plan)
            return True
    if atom.is_word and text[atom.start].isupper() and atom.start > sentence_start and \
            not re.search(r"[:;]\s*$", before) and re.match(r"\s+[A-Z][a-z]+\b(?!\s+[a-z]+s\b)", after):
        return True  # "Nine Mile", "Ninety Mile Beach": a number word in a name ("Forty-two Ukrainian firms" counts)
    if atom.is_word and text[atom.start].isupper() and re.search(r"\b[a-z]+[^\S\n]+[A-Z][a-z]+[^\S\n]\Z", before):
        return True  # "the Big Three carmakers", "the Final Four": a name, in a sentence that is not title-cased
        # (not a number that opens a paragraph after a headline: "... and Europe\n\nTen flights")
    if _OMEGA_BEFORE.search(before) or _SIGMA_AFTER.match(after) or atom.digits == "529" and _PLAN_529_AFTER.match(after):
        return True  # "omega 3 fatty acids", "omega-3", "six sigma", "a 529 account": a name
    if atom.digits == "3" and before.endswith("<"):
        return True  # "I <3 waffle cones": a heart
    if _ENGINE_AFTER.match(after) and re.fullmatch(r"\d\.\d", atom.digits):
        return True  # "3.3 V6", "4.6 V8": an engine named by its displacement, no unit written
    if not atom.is_word and atom.value in (1, 2, 3) and _NUMBERED_BOOK.match(after):
        return True  # "2 Chronicles", "1 Corinthians 13", "2 Timothy 1:14": a book of the Bible
    if not atom.is_word and (_NAMED_AFTER.match(after) or _DIVISION_BEFORE.search(before)):
        return True  # "Stay with 13 News", "Local 15's reporter", "343 Industries": a name; "Zone 5 officers": a division's
    if atom.is_word and re.search(r"\bin\s$", before) and re.match(r"\s*(?:[.,;:!?)]|$)", after):
        return True  # "splits the strip in two": an idiom
    return False


def _a_phone_or_address(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A phone number or an address."""
    # phone numbers and addresses
    if ("+" in before or "(" in before) and re.search(r"(\+\d[\d\s().-]*|\(\d+\)\s*)$", before) or re.match(r"[\s.-]\d{2,4}[\s.-]\d{2,4}\b", after) \
            and not re.match(r" \d{3}\b(?![\s.-]\d)", after):
        return True
    if _HOUSE_NUMBERS_BEFORE.search(before):
        return True  # "Main Street (8069, 8059 and 8049)": the houses' numbers, an address
    if _STREET_AFTER.match(after) and not (atom.is_word and atom.value > 1) or re.match(r"\s+[NSEW]\.?\s+(?:[A-Z][a-z]|\d{1,3}(?:st|nd|rd|th)\b)", after):
        return True  # an address is written in digits: "three Wall Street Journal reporters" counts ("One Wall Street" is a name)
    if not atom.is_word and re.match(r"\s+(?:block\s+of|blk\.?)\s+(?:[NSEW]\.?\s+)?[A-Z0-9]", after):
        return True  # "the 600 block of Stephens Drive", "2400 blk Edding Dr.": a police report's address
    return False


_BARE_NUMBERS = (_a_code_or_version, _an_ordinal_or_modifier, _a_date_or_time, _an_age_or_list_item, _a_name, _a_phone_or_address)
