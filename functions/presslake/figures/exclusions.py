"""Numbers that are not figures: dates, years, clock times, durations, ages, ordinals,
identifiers and names, scores and tallies, phone numbers and addresses, citations and
tables of contents (page chrome and markers: presslake.figures.chrome; numbers that are no figure only when
nothing marks them as an amount: presslake.figures.bare_numbers)."""

from __future__ import annotations

import re

from presslake.figures.bare_numbers import _BARE_NUMBERS
from presslake.figures.chrome import _chrome_or_a_marker
from presslake.figures.context import _row_label
from presslake.figures.numbers import _PERCENT, SLASH_DASH_AMOUNT, _Atom
from presslake.figures.text import _before
from presslake.figures.signs import _multiplier_end, _slash_line_place, box_score_count, pair_unit
from presslake.figures.tallies import _RATIO
from presslake.figures.units import _FRAMES_PER_SECOND, _POINT_CALIBER
from presslake.figures.vocabulary import _DURATION
from presslake.lazy_regex import LazyPattern

# patterns built from vocabulary fragments, compiled once
_DURATION_AFTER = LazyPattern(rf"(?:\+|-plus)?[\s-]*(?:[a-z]+-[a-z]+\s+)?{_DURATION}\b", re.I)
# minutes and seconds of a lap or a race: "1'32.7", "2′05″"
_MINUTES_SECONDS = LazyPattern(r"['’′]\d{2}(?:\.\d+)?(?![\d\"”])")  # (not a height's "5’10”")
_MINUTES_BEFORE = LazyPattern(r"(?<![\w.])\d{1,2}['’′]$")
# the ranked pool a count is taken from: "38 of the top 100 firms", "six of the world's top 10 banks"
_TOP_POOL = LazyPattern(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)\s+of\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?top\s+$", re.I)
_FORMULA_AFTER = LazyPattern(r"\s?%\s*\+|\s?%\s+[A-Z][a-z]+\s+\+")
_AFTER_A_FORMULA = LazyPattern(r"(?:[A-Z]\w*\s+\d+(?:\.\d+)?\s?%\s*\+\s+(?:[A-Z]\w*\s+)?|\d\s?%\s+[A-Z]\w*\s+\+\s+)$")
_BROKEN_GROUP = LazyPattern(r",\d{1,2}(?!\d|,\d)")  # a thousands group of one or two digits
_A_SPAN_OR = LazyPattern(r"\ban?\s+(?:second|minute|hour|day|night|week|month|year|decade)\s+or\s+$", re.I)
_IN_THE_TOP = LazyPattern(r"\b(?:in|into|within|outside|among|inside)\s+(?:the|their|its|our)\s+top\s+$", re.I)
_A_TOP = LazyPattern(r"\ban?\s+top\s+$", re.I)  # "a top 10 finish", "a top 50 lang": one thing, ranked
_RATIO_END = LazyPattern(r"\d(?:-to-|\s+to\s+)$")
# a title after a number: capitalised words with a word titles use ("10 People Who Don't Matter")
_TITLE_AFTER = LazyPattern(r"\+? +[A-Z][\w’']*(?: +[A-Z][\w’']*)+")
# a title with its small words ("21 Ideas to Help You"), read only where no prose runs into the number ("won her two
# Grammy Awards for Best Female Pop Vocal" counts the awards)
_SMALL_WORDED_TITLE = LazyPattern(r"\+? +[A-Z][\w’']*(?: +(?:(?:to|of|for|the|a|an|in|on|and|at|with) +)?[A-Z][\w’']*)+")
_PROSE_BEFORE = LazyPattern(r"\b[a-z][\w’']*\s+$")
_TITLE_WORDS = {"Who", "What", "Why", "How", "About", "That", "You", "Your", "We", "Our", "Ever", "Every", "Will",
                "Can", "Should", "Need", "Know", "Best", "Worst", "Things", "Ways", "Tips", "Reasons", "Secrets",
                "Facts", "Signs", "Mistakes", "Top"}
_STATION = LazyPattern(r"\s+(?:FM\b|[KW][A-Z]{2,3}\b)")  # "89.3 WFPL", "101.1 FM": a call sign or the band
_COORDINATE = LazyPattern(r"\s?°\s?\d|\s?[°′″]\s?[NSEW]\b")
_VIDEO_K = LazyPattern(r"k\b(?!\s+[a-z]+s\b)")  # the "k" of "4k video", unless a plural noun follows ("5k runners")

# (numbers._atoms keeps an "M" glued to digits as million only before a plural noun: "2M users")
_FIRM_M = LazyPattern(r"M(?![A-Za-z])")
_YEAR = LazyPattern(r"(?:1[89]|20)\d\d")
_ERA_AFTER = LazyPattern(r"\s*(?:BCE|BC|CE|AD|B\.C\.E?\.?|A\.D\.)(?![\w])")
_NO_TWO = LazyPattern(r"\b[Nn]o\s+$")
_N_FACTOR = LazyPattern(r"-factor\b")
_FRACTION_AFTER = LazyPattern(r"[\s-]+(?:(?:third|fifth|sixth|seventh|eighth|ninth|tenth)s?\b|quarters?\s+of\b)")
_OF_A_YEAR = LazyPattern(r"\s+(?:levels?\b|(?:[a-z]+\s+){1,2}(?:targets?|goals?|deadlines?)\b)")
# a cricket score line: the overs in parentheses after runs/wickets ("HAR 214/5 (38.2 overs)"), and the
# figures "runs for wickets in overs" ("288 for 7 in 50 overs", "(4 for 22 in 8 overs)"): a score, not counts
_CRICKET_SCORE_BEFORE = LazyPattern(r"\b\d{1,3}/\d{1,2}\s*\($")
_CRICKET_SCORE_AFTER = LazyPattern(r"\s*(?:overs?|ov)?\s*\)", re.I)
_CRICKET_FIGURES = LazyPattern(r"\s+for\s+\d{1,3}\s+in\s+\d{1,2}(?:\.\d)?\s+overs?\b", re.I)
_CRICKET_FIGURES_END = LazyPattern(r"\b\d{1,3}\s+for\s+$", re.I)
_CRICKET_FIGURES_TAIL = LazyPattern(r"\s+in\s+\d{1,2}(?:\.\d)?\s+overs?\b", re.I)
# a batter's innings, runs off balls faced ("45 off 30 balls", "(82 off 56)"): a score line too
_INNINGS_AFTER = LazyPattern(r"\s+off\s+\d{1,3}(?:\s+(?:balls|deliveries))?(?![\w.,%])", re.I)
_INNINGS_BEFORE = LazyPattern(r"(?<![\d,.$€£¥₹])\d{1,3}\s+off\s+$", re.I)
_RANK_NUMBER = LazyPattern(r"(?<![-\w])(?-i:number)[^\S\n]+$")  # (not a heading that ends in "number")
_VOTES_TO = LazyPattern(r"\s+votes?\s+to\s+\d", re.I)
_VOTES_TO_BEFORE = LazyPattern(r"\d\s+votes?\s+to\s+$", re.I)
_PLAYER_CHROME = LazyPattern(r"\b(?:Loaded|Progress|Buffered)\s*:\s*$")
_COMMENTS_CHROME = LazyPattern(r"\b(?:Comments?|Replies|Responses)\s*\(\s*$")
_POSTED = LazyPattern(r"\s*(?:posted\s*)?\)")
_WORD_ORDINAL = LazyPattern(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)
_INTO_A_PERIOD = LazyPattern(r"\s+(?:games?|match(?:es)?|laps?|rounds?|innings?|starts?|races?|episodes?|miles?|kilometres?|"
                             r"kilometers?|km|holes?|stages?|legs?|sets?|frames?|plays?|possessions?|drives?|pages?|chapters?)"
                             r"\s+into\s+(?:the|a|an|his|her|its|their|this|that|our)\s+(?:[\w'’-]+\s+){0,2}?"
                             r"(?:season|year|game|match|half|quarter|period|inning|innings|race|tournament|term|tenure|"
                             r"campaign|contest|series|career|reign|book|film|show|marathon|tour|trip|journey)\b", re.I)
_RELATIVE_TO_PAR = LazyPattern(r"\b(?:\d{1,2}-(?:under|over)(?:[- ]par)?|even[- ]par)\s+$", re.I)  # golf: "a 5-under 67"
_WORD_TALLY = LazyPattern(r"-(?:one|two|three|four|five|six|seven|eight|nine|nil|zero)\b", re.I)  # "a five-four ruling"
# "one knows", "as one says": "one" before a verb in -s is a pronoun (a plural noun after "one" is no English);
# the nouns in -s that stay singular count ("one series", "one species")
_WORD_AFTER = LazyPattern(r"\s+([a-z]+)\b")
_SINGULAR_IN_S = {"series", "species", "means", "news", "headquarters", "crossroads", "barracks", "odds", "times"}
# "over six figures", "a six-figure salary": an order of magnitude, not six of anything ("the six figures
# in the report" are six charts)
_ORDER_OF_MAGNITUDE = LazyPattern(r"(?:-figure\b|\s+figures\b)")
_FIGURES_OWNED = LazyPattern(r"\b(?:the|these|those|its|their|his|her|our|all)\s+$", re.I)
_GUN_BORE = LazyPattern(r"[-\s]?(?:caliber|calibre|gauge)\b|\s?mm\s+(?:[\w-]+\s+)?(?:handgun|pistol|gun|rifle|round|"
                       r"ammunition|bullet|shell|casing|semi-automatic)s?\b", re.I)  # "a 9mm handgun", "9 mm rounds"
# a calibre written with its point names a cartridge: "a .25 pistol", "a black Velmar .357 revolver"
_POINT_BORE = LazyPattern(r"\s+(?:[A-Z][\w-]*\s+)?(?:pistol|handgun|revolver|rifle|gun|shotgun|round|bullet|casing|shell|"
                          r"magnum|caliber|calibre|semi-automatic|semiautomatic)s?\b", re.I)
# "16mm film", "a 35mm camera": a film gauge names a format
_FILM_GAUGE = LazyPattern(r"mm\s+(?:film|camera|print|format|stock|footage|projector|movie)s?\b", re.I)
# the last letters of the words a rate's denominator or a scale's top follows: "per", "of", "in", "every", "about", ...
_DENOMINATOR_AFTER_ENDS = frozenset("rfdtyen")
_KIND_OF_POLICY = LazyPattern(r"-[a-z]+\s+(?:polic(?:y|ies)|solutions?|systems?|rules?|doctrines?)\b")
def _a_time_not_a_count(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A duration, a point in a period or a year of an era: "three years", "four games into"."""
    if not atom.currency and _DURATION_AFTER.match(after) and not box_score_count(text, atom, end, end + 60):
        return True  # durations: "three years", "24 hours", "40+ years", "a thousand years", "13.8-billion-year"
    if _INTO_A_PERIOD.match(after):
        return True  # "four games into the 2008 season", "two laps into the race": a point in time
    if not atom.currency and (_MINUTES_SECONDS.match(after) or
                              before.rstrip().endswith(("'", "’", "′")) and _MINUTES_BEFORE.search(before)):
        return True  # "1'32.7-second laps": a lap time, minutes and seconds
    if _ERA_AFTER.match(after):
        return True  # "emerged in ~3000 BCE": a year of an era
    if atom.is_word and before.endswith(" or ") and _A_SPAN_OR.search(before):
        return True  # "a day or two", "a week or three": a duration, its noun said once before
    return False


def _a_kind_not_a_count(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A number that names a kind or a fraction and counts nothing: "two-factor", "one third"."""
    if atom.is_word and atom.value == 2 and _NO_TWO.search(before):
        return True  # "no two workflows are identical": an idiom for "each is different"
    if _N_FACTOR.match(after):
        return True  # "two-factor authentication", "a 3-factor model": a kind, it counts nothing
    if atom.is_word and _FRACTION_AFTER.match(after):
        return True  # "more than one third of Americans", "three quarters of the vote": a fraction, no count
    if atom.is_word and after.startswith("-") and _WORD_ORDINAL.match(after):
        return True  # "the twenty-first century", "its thirty-second year": an ordinal
    if not atom.currency and (_FIRM_M.match(after) or _YEAR.fullmatch(atom.digits) and _OF_A_YEAR.match(after)):
        return True  # "3M's headquarters": a firm's name; "on 2005 levels", "the 2030 emissions target": a year
    if not atom.currency and _KIND_OF_POLICY.match(after):
        return True  # "the two-child policy", "a two-state solution": the number names a kind, it counts nothing
    if atom.is_word and atom.has_scale and not atom.currency and re.match(r"-[a-z]", after):
        return True  # "a billion-dollar deal": a size class, not a stated amount
    if atom.is_word and atom.value == 1 and (word := _WORD_AFTER.match(after)) and \
            _in_s(word.group(1)):
        return True  # "anyone who has had one knows": a pronoun
    if atom.is_word and 5 <= atom.value <= 9 and _ORDER_OF_MAGNITUDE.match(after) and not _FIGURES_OWNED.search(before):
        return True  # "over six figures", "a six-figure salary"
    if atom.digits in ("8", "16", "35", "65", "70") and _FILM_GAUGE.match(after) or (
            _GUN_BORE.match(after) or atom.digits.startswith(".") and _POINT_BORE.match(after)) and \
            not (atom.digits.startswith(".") and _POINT_CALIBER.match(after)) and not _FRAMES_PER_SECOND.match(after):
        # "16mm film stock", "a 12-gauge shotgun", "a 22 caliber rifle", "a .25 pistol": a format's name (a bore
        # written with its point and "caliber", "a .45-caliber handgun", measures it, as most labels have it)
        return True
    return False


def _in_s(word: str) -> bool:
    """A verb or a plural in -s ("knows", "says", "ferries"), not a short verb ("was", "has": "one was
    killed" counts) nor a singular noun in -s."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _SINGULAR_IN_S


def _a_score_in_words(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A tally in words or a golf score: "a five-four ruling", "a 5-under 67"."""
    if atom.is_word and after.startswith("-") and _WORD_TALLY.match(after):
        return True  # "a five-four ruling", "won two-nil": a tally or a score written in words
    if _RELATIVE_TO_PAR.search(before[-20:]):
        return True  # "a 5-under 67", "at 2-over 142": a golf score
    return False


# what follows "the 1%" when it names the richest, not a share: the clause goes on without a noun
_A_CLASS_AFTER = LazyPattern(r"\s*(?:%|percent\b|per\s+cent\b)\s*(?:[.,;:!?)”\"'’]|(?:and|or|who|don['’]t|do|does|is|are|was|"
                             r"were|have|has|had|cares?|wants?|owns?|controls?|gets?)\b|$)")


def _an_idiom(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A manner of speaking: "a million times over", "his two cents", "100 percent"."""
    if re.match(r"\s+times\s+(?:between\b|over\s*(?:[,.;:!?)]|$))", after, re.I):
        return True  # "a million times over": emphasis ("three times a week" counts the times)
    if _A_CLASS_AFTER.match(after) and (atom.digits in ("1", "99", "0.1", "0.01") and re.search(r"\bthe\s+$", before, re.I)
                                        or re.search(r"\btop\s+$", before, re.I)):
        # "the interests of the 1%", "the top 10 percent are 85-90 percent white": a class of people (not "the 1% rise")
        return True
    if atom.is_word and atom.value == 2 and re.match(r"\s+cents\b", after) and \
            re.search(r"\b(?:my|his|her|their|our|your)\s+$", before, re.I):
        return True  # "offer his two cents": an opinion
    if atom.value == 100 and before.endswith(", ") and re.match(r"\s?(?:%|percent)[.!?]?[\"”’']", after):
        return True  # "I will vote for her, 100 percent.": said for emphasis
    if atom.value == 100 and re.match(r"\s?(?:%|percent)\s+(?:[A-Z]|(?:accurate|sure|certain|correct|optimal|committed|"
                                       r"behind|confident|true|effective|guaranteed|right|wrong|clear|convinced|honest|safe|positive)\b)", after):
        return True  # "100% WASI", "100% accurate": a manner of speaking, not a share
    if atom.is_word and text[atom.start].isupper() and re.match(r"[\s-]Percent[\s-][A-Z][a-z]", after) \
            and re.search(r"\b[a-z]+\s*[‘“'\"]?\Z", before):
        return True  # "we call him ‘One Percent Joe’": a nickname, in a sentence that is not title-cased
    if _PERCENT.match(after) and (_FORMULA_AFTER.match(after) and re.search(r"\b[A-Z][a-z]+\s$", before) or
                                  "+" in before[-16:] and _AFTER_A_FORMULA.search(before)):
        return True  # "Niacinamide 10% + Zinc 1%", "Anua 10% Niacinamide + 4% TXA": a product's formula
    if atom.is_word and atom.value in (2, 3) and (re.match(r"\s+dimensional\b", after) or
                                                 before.endswith("in ") and re.match(r"\s+dimensions\b", after)) or \
            atom.value == 1000 and re.search(r"\bworth\s+$", before) and re.match(r"\s+words\b", after):
        return True  # "drawn in three dimensions", "appear three dimensional" ("on four dimensions: cost, ..." counts);
        # "a picture is worth a thousand words"
    if atom.digits == "5" and re.search(r"\b9\s*(?:to|-)\s*$", before) or atom.digits == "9" and re.match(r"\s*(?:to|-)\s*5\b", after):
        return True  # "the dreary 9 to 5 office": working hours, a way of life
    if atom.is_word and atom.value == 2 and (re.match(r"\s+birds\s+with\s+one\s+stone\b", after, re.I) or
                                             re.match(r"\s+evils\b", after) and re.search(r"\blesser\s+of\s+$", before)):
        return True  # "killing two birds with one stone", "the lesser of two evils"
    if atom.value in (1e3, 1e6, 1e9) and re.search(r"\b(?:in|of)\s+(?:a\s+)?$", before, re.I) \
            and re.match(r"\s+(?:[a-z]+\s+)?ways\b", after) or \
            atom.value in (1e6, 1e9) and atom.is_word and re.match(r"\s+(?:different\s+)?(?:types|kinds|ways|things|reasons|"
                                                                     r"directions|pieces)\b", after):
        return True  # "in a million unusual ways", "a million different types of cameras": countless, not counted
    return False


def _a_rate_ratio_or_fraction(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A rate's denominator, a ratio or a mixed number's fraction."""
    if "/" in after and re.match(r"\s\d+/\d+\b", after):
        return True  # "log 3697 2/11/23": a number before a date or a fraction it makes no mixed number with
    # a word that ends in none of these letters opens neither: asked first, as each search tries each of the 40 characters
    if before.rstrip()[-1:].lower() in _DENOMINATOR_AFTER_ENDS:
        if re.search(r"\b(?:per|factors? of(?:\s+(?:about|around|roughly|some|nearly|almost|approximately))?|out of every|"
                     r"in every)\s+$|\b(?:one|a|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+$|"
                     r"\d\s*(?:[A-Za-z%]+\s+){0,3}for every\s+$", before, re.I):
            return True  # a rate's denominator ("per 100,000 people", "seven out of every 100", "$1 for every $33"), a
            # factor ("a factor of 10")
        if re.search(r"\b(?:on|along)\s+a\s+scale\s+of\s+$", before, re.I):
            return True  # a scale's top: "20 points on a scale of 100"
    if _RATIO.match(after) or atom.value == 1 and _RATIO_END.search(before):
        return True  # a ratio: "33-to-1", "from 18 to 1"
    return False


def _a_score_or_record(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A team's record, a live score line or a vote's tally."""
    if not atom.currency and "(" in before and re.search(r"\((?:\d{1,2}-\d{1,2}(?:-\d{1,2})?,\s*)*$", before) and \
            re.match(r"-\d{1,2}(?:-\d{1,2})?(?:,\s*\d{1,2}-\d{1,2}(?:-\d{1,2})?)*\)", text[atom.end:atom.end + 40]):
        return True  # a team's record: "the Huskies (4-7, 3-4)" (a price is none: "a ring light ($20-50)")
    tail = before[-24:]  # what these read before a number is short, and each is asked only on a sign of it
    opened = tail.endswith(("(", "( "))
    if opened and "/" in tail and _CRICKET_SCORE_BEFORE.search(tail) and _CRICKET_SCORE_AFTER.match(after) or \
            after.startswith(" for ") and _CRICKET_FIGURES.match(after) or \
            tail.endswith("for ") and _CRICKET_FIGURES_END.search(tail) and _CRICKET_FIGURES_TAIL.match(after) or \
            not atom.currency and (after.startswith(" off ") and _INNINGS_AFTER.match(after) or
                                   tail.endswith(" off ") and _INNINGS_BEFORE.search(tail)):
        return True  # a live score line: "HAR 214/5 (38.2 overs)", "4 for 22 in 8 overs", a batter's "45 off 30"
    if "vote" in after[:8].lower() and _VOTES_TO.match(after) or "vote" in tail.lower() and _VOTES_TO_BEFORE.search(tail):
        return True  # a tally with its noun between: "defeated by 220 votes to 180"
    return False


def _a_name_code_or_chrome(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A model, an emergency number, a title, a rank or a player's and thread's chrome."""
    if atom.digits.startswith("7") and re.fullmatch(r"7[0-8]7", atom.digits) and re.match(r"(?:-\d|x\b|\s(?:Max|MAX|Dreamliner|jetliner)\b)", after):
        return True  # a Boeing model: "400 737 Max jets", "five 787 Dreamliner planes"
    if atom.has_scale and not atom.currency and re.fullmatch(r"\d", atom.digits) and _VIDEO_K.match(text, atom.end - 1):
        return True  # "4k and 60fps": a video resolution ("5k runners" counts)
    if atom.digits in ("911", "999", "112") and (
            re.match(r"\s+(?:calls?|call-takers?|dispatch\w*|operators?|cent(?:er|re)s?|lines?|system|communications)\b",
                     after, re.I) or re.search(r"\b(?:call|dial|text)(?:s|ed|led|ing|ling)?\s+$", before, re.I)):
        return True  # an emergency number ("More than 10 people called 911"), or the centre that answers it
    if not atom.currency and after.startswith(" Series") and re.match(r" Series\b", after):
        return True  # a product line: "the Bosch 800 Series", "a BMW 3 Series" ("30 series of bonds" count)
    if "=" in before and re.search(r"=[\"“”'′″]$", before):
        return True  # an attribute's value in code copied into the text: 'width=”560″'

    if before.endswith("%"):
        return True  # "%2F": a URL's escaped character
    if before.endswith("/") and re.search(r"(?<![\d,.]\s)(?<![\d,.])\b[A-Z]{1,5}/$", before) and not atom.currency:
        return True  # a protocol's version or a product's name: "an HTTP/2 connection", "SAP's R/3" (not "51,200 KB/50 MB")
    if before.endswith("Scope ") and atom.digits in ("1", "2", "3"):
        return True  # a class of greenhouse-gas emissions: "Scope 1 emissions", "Scope 3"
    if before.rstrip().endswith(("↩︎", "↩")):
        return True  # "... analysis. ↩︎ 2 Drug overdose ...": the next footnote's number, after a note's return link
    if _COORDINATE.match(after) or before.endswith(("°", "′")):
        return True  # a coordinate: "41°17′S 174°27′E", "42°S"
    title = None if atom.currency else _TITLE_AFTER.match(after) or \
        (None if _PROSE_BEFORE.search(before) else _SMALL_WORDED_TITLE.match(after))
    if title and _TITLE_WORDS & set(title.group().split()):
        # a title: "10 People Who Don't Matter", "13 Best Tweets About", "150+ Top AI Companies" (a headline's
        # "Will Receive $160k Every Year" is an amount)
        return True
    if _STATION.match(after) and re.fullmatch(r"\d{2,3}\.\d", atom.digits):
        return True  # a radio station's frequency: "89.3 WFPL News", "101.1 FM"
    tail = before[-24:]  # what these read before a number is short, and each is asked only on a sign of it
    opened, closing = tail.endswith(("(", "( ")), tail.rstrip().endswith(":")
    if closing and _PLAYER_CHROME.search(tail) or opened and _COMMENTS_CHROME.search(tail) and _POSTED.match(after):
        return True  # page chrome: a video player's "Loaded: 0%", a thread's "Comments (5 posted)"
    if "number" in tail and _RANK_NUMBER.search(tail):
        return True  # "the number three podcast", "their number 1 concern": a rank
    if tail.endswith("top ") and (_TOP_POOL.search(tail) or _A_TOP.search(tail) or _IN_THE_TOP.search(tail)):
        # "38 of the top 100 firms": the size of a ranking, the 38 counts; "a top 50 language", "ranked in the top 10
        # shoe companies": a place in a ranking
        return True
    return False


def _a_broken_number(text: str, atom: _Atom, end: int, sentence_start: int, before: str, after: str) -> bool:
    """A typo'd number: "$50,00" is $50.00 or $50,000 or $5,000; taken for $50, it would be a smaller value."""
    return after[:1] == "," and not atom.is_word and "." not in atom.digits and _BROKEN_GROUP.match(after) is not None


_WHATEVER_THE_AMOUNT = (_a_time_not_a_count, _chrome_or_a_marker, _a_kind_not_a_count, _a_score_in_words, _a_broken_number)
_UNLESS_A_MULTIPLIER = (_an_idiom, _a_rate_ratio_or_fraction, _a_score_or_record, _a_name_code_or_chrome)


def _is_excluded(text: str, atom: _Atom, end: int, sentence_start: int) -> bool:
    """Whether the number at `atom` (ending at `end`) is no figure. Asked in three steps: a multiplier
    ("three times as many") rules out the readings of the second, and an amount (a currency, a scale word,
    a percent) those of the third."""
    before, after = _before(text, atom.start), text[end: end + 40]
    if SLASH_DASH_AMOUNT.match(after):
        return False  # "4m/-": an amount of money ("m" is its scale, not a letter of a name)
    number = (text, atom, end, sentence_start, before, after)
    if any(check(*number) for check in _WHATEVER_THE_AMOUNT):
        return True
    if _multiplier_end(text, atom, end) is not None:
        return False  # "three times as many", "4x more": a multiplier, a measure in times
    if any(check(*number) for check in _UNLESS_A_MULTIPLIER):
        return True
    if atom.currency or atom.has_scale or _PERCENT.match(after) or "/" in (after[:1], before[-1:]) and (
            pair_unit(text, atom, end) or _slash_line_place(text, atom) is not None):
        return False  # an amount; a size of a pair ("3.5/3.7 GHz") or a slash line, which the slash does not make a fraction
    if not any(check(*number) for check in _BARE_NUMBERS):
        return False
    # a cell of a table's row whose label says what it counts ("Buildings 3435 3056 8370"), asked only of a number
    # the bare-number checks would drop
    return not (before.endswith(" ") and _row_label(text, atom.start, end))
