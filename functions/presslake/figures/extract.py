"""Figures: every number an article states as a fact, with its value, unit and qualifier.

Pure code, no I/O; ../shared/spec/figures.md is the definition. The scanner finds
number atoms (digits with separators, number words, scale words, currency signs),
joins ranges, then decides from the words around each atom whether it is a figure
(dates, years, clock times, durations, ages, ordinals, identifiers, scores, phone
numbers and addresses are not) and what it counts. Everything is regular
expressions over the sentence: no model to load, nothing to download.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import asdict, dataclass

# ---------------------------------------------------------------- vocabulary

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
           "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
           # South Asian scale words: a lakh is 100,000, a crore 10 million
           "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}

CURRENCY_SYMBOLS = {"us$": "USD", "a$": "AUD", "c$": "CAD", "$": "USD", "€": "EUR", "£": "GBP",
                    "₴": "UAH", "¥": "JPY", "₹": "INR", "₽": "RUB", "zł": "PLN", "rs": "INR", "rs.": "INR", "₩": "KRW"}
# dollars other than the US dollar, which also follow "$": "$100 Australian"
_FOREIGN_DOLLARS = {"Australian": "AUD", "Canadian": "CAD", "New Zealand": "NZD", "Hong Kong": "HKD", "Singapore": "SGD"}
_DOLLARS = _FOREIGN_DOLLARS | {"US": "USD", "U.S.": "USD", "American": "USD", "Taiwan": "TWD"}
_FOREIGN_DOLLAR_AFTER_SIGN = re.compile(rf"\s+({'|'.join(map(re.escape, _FOREIGN_DOLLARS))})\b")
_OTHER_DOLLARS = re.compile(rf"\s+({'|'.join(map(re.escape, _DOLLARS))})\s+dollars?\b")  # "176 Hong Kong dollars"
CURRENCY_CODES = {"USD", "EUR", "GBP", "UAH", "RUB", "JPY", "CNY", "CHF", "PLN", "CAD", "AUD", "INR", "KRW", "HKD"}
# a sign after the amount: "55€", "70,000₩"
_CURRENCY_AFTER = re.compile(r"\s?(€|£|₴|¥|₹|₽|₩)")
# "pounds" is left out: in print it is weight far more often than money, which is "£5".
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "sterling": "GBP", "hryvnia": "UAH",
                  "hryvna": "UAH", "rouble": "RUB", "ruble": "RUB", "yen": "JPY", "yuan": "CNY",
                  "franc": "CHF", "zloty": "PLN", "zlotys": "PLN", "rupee": "INR"}

MEASURE_UNITS = {
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile", "metre": "m", "meter": "m",
    "cm": "cm", "mm": "mm", "foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch",
    "kg": "kg", "kilogram": "kg", "kilo": "kg", "gram": "g", "tonne": "tonne", "ton": "tonne",
    "lb": "lb", "lbs": "lb", "pound": "lb", "litre": "litre", "liter": "litre", "barrel": "barrel", "bpd": "barrel per day",
    "hectare": "hectare", "acre": "acre", "km2": "km2", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh",
    "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "megawatt": "MW", "gigawatt": "GW", "kilowatt": "kW",
    "fps": "fps", "mph": "mph", "km/h": "km/h", "kph": "km/h", "m/s": "m/s", "km/s": "km/s", "knot": "knot", "degree": "degree",
    "°c": "°C", "°f": "°F", "magnitude": "magnitude", "gb": "GB", "tb": "TB", "mb": "MB", "ghz": "GHz",
    "mhz": "MHz", "calorie": "calorie", "bcm": "bcm", "terabyte": "TB", "gigabyte": "GB", "megabyte": "MB",
    "teraflop": "teraflop", "pixel": "pixel", "megapixel": "megapixel", "watt": "W",
    "horsepower": "hp", "hp": "hp", "nanometre": "nm", "nanometer": "nm", "nm": "nm",
    "kilobyte": "KB", "kb": "KB", "meg": "MB", "milligram": "mg", "mg": "mg", "microgram": "µg", "gib": "GiB",
    "mib": "MiB", "tib": "TiB", "petabyte": "PB", "pb": "PB", "kilowatt-hour": "kWh",
    "megawatt-hour": "MWh", "gigawatt-hour": "GWh", "terawatt-hour": "TWh", "ps": "PS", "lb-ft": "lb-ft",
    "pound-feet": "lb-ft", "millimetre": "mm", "millimeter": "mm", "centimetre": "cm", "centimeter": "cm",
}
# a measure per another: "45 miles per gallon", "19 kilometers per liter"
_RATE_UNITS = {("mile", "gallon"): "mpg", ("km", "litre"): "km/l", ("km", "liter"): "km/l", ("km", "hour"): "km/h",
               ("mile", "hour"): "mph"}
# Units only when stuck to the digits: "12MP" is megapixels, "12 MPs" members of parliament.
_ATTACHED_UNITS = {"mp": "megapixel"}
# Letters that may stick to digits ("5m", "60fps", "10km") without making an identifier.
_ATTACHED_SUFFIX = re.compile(
    r"(k|m|mn|bn|tn|b|km|kg|mg|cm|mm|ft|lbs?|mw|gw|kw|kwh|mwh|gwh|twh|fps|mph|kph|km/h|m/s|km/s|gb|tb|mb|gib|mib|tib|ghz|mhz|mp|"
    r"bcm|bpd|%)$",
    re.I)
_SLASH_UNIT = re.compile(r"\s?(km/h|km/s|m/s)\b", re.I)
_SPEEDS = {"km/h", "mph", "m/s"}

_DURATION = (r"(?:(?:more|straight|consecutive|successive|additional|further|extra|full|long)\s+)?"
             r"(?:second|sec|minute|min|hour|hr|day|night|week|month|quarter|year|yr|decade|century|centurie|"
             r"fortnight)s?")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_QUALIFIERS = [
    ("min", r"more than|over|at least|above|exceeding|upwards of|in excess of|no fewer than|no less than"),
    ("max", r"up to|less than|under|fewer than|no more than|nearly|almost|just under|below|at most|as many as"),
    ("approx", r"about|around|roughly|approximately|some|an estimated|estimated|an approximate|close to|~"),
]
_QUALIFIER_BEFORE = [(name, re.compile(rf"(?:^|[\s(\"“])({words})\s*$", re.I)) for name, words in _QUALIFIERS]
_POST_MINIMUM = re.compile(
    r"(?:\+|-plus\b|\s+plus\b(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d))|\s+or\s+more\b)"
    r"(?=\s+[A-Za-z])", re.I)
_QUALIFIER_AFTER = [("min", re.compile(r"^\s*(?:\+|or more\b|plus\b)", re.I)),
                    ("approx", re.compile(r"^\s*or so\b", re.I))]

# Words before a number that make it part of a name ("Boeing 787", "Article 5", "Euro 2020").
_IDENTIFIER_HEADS = re.compile(
    r"\b(?:boeing|airbus|iphone|ipad|galaxy|pixel|windows|playstation|xbox|route|highway|interstate|article|"
    r"section|chapter|paragraph|clause|resolution|euro|flight|room|apartment|building|model|version|"
    r"season|episode|part|volume|vol|page|grade|level|stage|gate|platform|terminal|line|bus|block|"
    r"unit|category|class|type|no|number|phase|act|rule|amendment|protocol|formula|mark|mk|leopard|"
    r"abrams|patriot|apollo|falcon|tu|il|mi|ka|su|mig|bill|district|ward|precinct|league|cup|"
    r"world war|year|day|week|top|covid|gen|generation|series|batch|lot|exhibit|figure|table|step|bug|issue|"
    r"ticket|item|question|lesson|exercise|slide|fig|fortune|tour)\s*\.?\s*$",
    re.I)
# heads that make a number a name in lower case too ("in version 39", "on page 14")
_LOWER_IDENTIFIER_HEADS = re.compile(r"(?<![-\w])(?:type|version|chapter|page|section|paragraph|clause|episode|volume|step|room|"
                                     r"flight|route|gate|platform|level|stage|phase|tier|category|grade|prop\.|"
                                     r"proposition)\s+$", re.I)
_TALLY_CONTEXT = re.compile(r"\b(vot\w*|won|win\w*|beat\w*|defeat\w*|lost|los\w*|scor\w*|draw|drew|"
                            r"victory|tally|ballot|match|game|final|lead|led)\b", re.I)
# a table flattened into text: "By changesets Herbert Dürr 63 16.6%", a count and then its share
_SHARE_AFTER = re.compile(r"\s+\d+(?:\.\d+)?\s?%")
_TABLE_HEADER = re.compile(r"\b[Bb]y (?:[a-z]+ )?([a-z]+s)\b")
# "the number of deaths ... was 777", "claims had topped 6 million": the counted noun comes first
_NUMBER_OF = re.compile(r"\b(?:(?:number|total|tally|count) of|(?:rise|increase|drop|fall|decline) in)\s+"
                        r"(?:[a-z-]+\s+)?([a-z]+s)\b", re.I)
_NOUN_THEN_VERB = re.compile(
    r"\b([a-z]+)\s+(?:(?:has|have|had)\s+)?(?:topped|reached|hit|exceeded|surpassed|totall?ed|numbered|stood at|"
    r"rose to|fell to|climbed to|dropped to|grew to|increased to|decreased to)\s+(?:\w+\s+){0,2}$", re.I)
_LINK_LINE = re.compile(r"\s*(?:Read|Read more|Learn more|See also|Related|Watch|Listen|More on this|Check out|"
                        r"Also read)\s*:", re.I)
# A reference ("J Am Acad Dermatol. 2015;72(6):984–91.", "^ ... Retrieved 2015-04-20.", "doi:10.") or a table
# of contents ("2 Values 2.1 Pledge 3 Software 3.1 Firefox"): its numbers cite and number, they state nothing.
_CITATION = re.compile(r"\b(?:1[89]|20)\d{2};\s?\d+(?:\(\d+\))?:\s?e?\d+|\A\s*\^\s|\bRetrieved\s+(?:\d|[A-Z][a-z]+\s\d)|"
                       r"\bdoi:\s?10\.|\bdoi\.org/")
_SECTION_NUMBER = re.compile(r"(?:^|\s)\d+\.\d+(?:\.\d+)*\s+[A-Z]")
_CHROME_UNITS = {"comment", "share", "view", "like", "reply"}
_SPANS_OF_TIME = {"season", "semester"}
_VIDEO_K = re.compile(r"k\b(?!\s+[a-z]+s\b)")  # the "k" of "4k video", unless a plural noun follows ("5k runners")
# "a six-cylinder engine" counts cylinders; these compounds say how, not how many things
_NOT_COUNTED_COMPOUNDS = set("""way fold third thirds quarter quarters half halves time times off sided star point points
nil all odd strong plus digit digits old hand handed and or bit alpha beta gamma delta omega pointer pointers
caliber calibre""".split())
# "four from Kenya", "nine that applied", "the remaining six": a number standing for a noun used before it
_STANDS_BEFORE = re.compile(r"(?:\b(?:remaining|all but|another|other|only|just|and|but|while|from|including|out of|"
                            r"compared to|compared with|against|versus)|[,:;])\s*$", re.I)
_STANDS_AFTER = re.compile(r"\s*(?:others\b|from|of whom|of which|of them|that|who|which|were|are|was|have|had|remain\w*|"
                           r"did|will|would|could|survived|died|returned|recovered|[,.;:)]|$)", re.I)

_STOP = set("""of and or but to in on at for from with by as than that which who whom whose this these those
the a an its it his her their our your my is are was were be been being has have had will would could
should may might can do does did not no said says say told according per each every while when where
into onto after before during since until against about between among across over under within without
left took gave made got came went despite amid unlike via throughout beyond toward towards upon""".split())
# words that follow a number without being what it counts ("two thereafter", "1 more school")
_NOT_COUNTED_WORDS = set("""more less thereafter ago later earlier apiece each too again away back out down off
instead now then yet still already also elsewhere here there overall together alone apart last next first above
below""".split())
# adjectives in -ing, which a counted noun does not take into its name ("two exciting events")
_ING_ADJECTIVES = set("""exciting interlocking competing growing increasing remaining leading existing following
ongoing outstanding missing rising falling declining surprising amazing interesting promising emerging booming
staggering whopping astonishing alarming worrying striking misleading disappointing devastating shocking stunning
struggling aging ageing dying upcoming outgoing incoming thriving daunting hardworking""".split())
# verbs that end a run of nouns ("three ad units results in"), though each is a noun too
_VERBS_IN_S = {"results", "shows", "leads", "needs", "costs", "drives", "plays", "runs", "works", "faces", "holds"}
_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they"}
_COPULA = re.compile(r"\s*(?:were|was|are|is|have been|had been|has been|remain|remained)\b", re.I)
_PARTICIPLES = ("killed|wounded|injured|dead|stranded|missing|captured|detained|arrested|displaced|evacuated|"
                "hospitali[sz]ed|rescued|deported|abducted|executed|infected|vaccinated|employed|unemployed")
_PARTICIPLE_UNIT = re.compile(rf"\s*(({_PARTICIPLES})(?:\s*(?:,|and|or)\s*(?:{_PARTICIPLES}))*)\b", re.I)
_IRREGULAR_PLURALS = {"people": "person", "children": "child", "men": "man", "women": "woman", "feet": "foot",
                      "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police",
                      "personnel": "personnel", "staff": "staff", "cattle": "cattle", "troops": "troop",
                      "news": "news", "series": "series", "species": "species", "aircraft": "aircraft",
                      "sheep": "sheep", "fish": "fish", "data": "data", "media": "media", "criteria": "criterion",
                      "crises": "crisis", "gases": "gas", "matrices": "matrix", "indices": "index", "vertices": "vertex", "analyses": "analysis", "lives": "life", "wives": "wife",
                      "knives": "knife", "wolves": "wolf", "halves": "half", "thieves": "thief",
                      "leaves": "leaf", "shelves": "shelf", "civilians": "civilian", "diagnoses": "diagnosis",
                      "prognoses": "prognosis", "hypotheses": "hypothesis", "theses": "thesis", "oases": "oasis"}
_SINGULAR_NAMES_IN_IS = {"paris", "davis", "lewis", "francis", "memphis", "tunis", "chris", "curtis", "louis",
                         "dennis", "travis", "willis", "ellis", "morris", "harris", "norris", "genesis", "crisis",
                         "thesis", "basis", "analysis", "tennis", "service", "artemis", "atlantis", "mavis"}
# a compound word in -al longer than five letters is an adjective ("a 3-national deal") unless it is one of these;
# shorter ones are nouns ("a 3-goal lead" counts goals)
_NOUNS_IN_AL = {"hospital", "signal", "animal", "capital", "festival", "journal", "terminal", "arrival", "interval",
                "material", "official", "rental", "portal", "tutorial", "referral", "crystal", "pedestal"}
_IE_NOUNS = {"calorie", "cookie", "movie", "rookie", "selfie", "zombie", "pie", "tie", "lie", "goalie", "brownie",
             "smoothie", "veggie", "newbie", "freebie", "hippie", "genie", "prairie", "auntie", "walkie-talkie"}
_US_NOUNS = {"bus", "virus", "campus", "bonus", "census", "status", "focus", "surplus", "circus", "octopus",
             "apparatus", "prospectus", "stimulus", "consensus", "corpus", "nexus"}
_UNCOUNTABLE = {"police", "personnel", "staff", "cattle", "aircraft", "sheep", "fish", "livestock",
                "infantry", "artillery", "equipment", "ammunition", "footage"}
_NOT_NOUNS = set("""is was has its his this thus us as yes less unless across always perhaps towards
afterwards besides whereas sometimes does goes various previous serious famous numerous obvious
anonymous dangerous enormous tremendous nervous ambitious continuous glorious religious its plus
minus versus bus gas focus status census bonus campus virus chaos
becomes proves remains seems means begins includes gets helps makes takes gives comes says tells brings puts adds
pays grows exceeds reaches represents equals sees reunites exemplifies knows thinks feels happens depends belongs lies
sits appears suggests indicates contains requires allows provides continues""".split())

# ---------------------------------------------------------------- number atoms

_WORD_NUMBER = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(list(_SMALL)[1:10])}))?|"
                rf"{'|'.join(sorted(_SMALL, key=len, reverse=True))})")
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\s(?:Max|MAX|Dreamliner)\b))+(?:[.,]\d+)?|"
           r"\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?|\.\d+)")
_CUR_PREFIX = r"(?:US\$|A\$|C\$|\$|€|£|₴|¥|₹|₽|\bRs\.?\s?|(?:USD|EUR|GBP|UAH|RUB|CHF|PLN|INR)\s?)"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|mln|bn|mn|tn|[mkb])"

# The guard (not inside a word, a plausible first character) lets the engine skip most positions
# at once: it makes the scan three times faster.
ATOM = re.compile(
    r"(?<![A-Za-z0-9_])(?=[0-9.$€£₴¥₹₽acurdegpiznotfsehACURDEGPIZNOTFSEH])"
    rf"(?P<cur>{_CUR_PREFIX})?"
    rf"(?P<num>{_DIGITS}|\b(?:(?:half\s+)?an?(?=\s+(?:dozen|{_SCALE})\b)|{_WORD_NUMBER})\b(?:[- ]and[- ]a[- ]half\b)?"
    rf"(?:\s+dozen)?|\bdozen\b)"
    rf"(?:(?P<scalesp>\s*|-)(?P<scale>{_SCALE})(?![\w]))?",
    re.I,
)
_VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_PERCENT = re.compile(r"\s?(%|&percnt;|percent\b|per cent\b|pct\b|percentage points?\b)", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:%|percent|per cent)?\s*(?:-|–|—|to|and|or)\s*$", re.I)
# "rose 0.5% to 3.2%", "from 3.9% to 5.8%": a change and a level, not a range
_CHANGE_BEFORE = re.compile(r"\b(?:rose|rise[sn]?|fell|falls?|grew|grows?|gain(?:ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|"
                            r"drop(?:ped|s)?|slip(?:ped|s)?|increas(?:ed|es)|decreas(?:ed|es)|declin(?:ed|es)|up|down|by|from|added|lost|"
                            r"shed|slid|sank|soared|surged|tumbled|plunged|dipped|edged)"
                            r"\s+(?:\w+\s+)?$", re.I)


@dataclass
class Figure:
    text: str
    char_start: int
    char_end: int
    value: float
    value_high: float | None
    unit: str | None
    kind: str
    qualifier: str
    sentence: str
    field: str = "body"

    def to_record(self) -> dict:
        return asdict(self)


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
    multiplier = 1.0
    if words.endswith(" dozen"):
        multiplier, words = 12.0, words[: -len(" dozen")]
    if words in ("a", "an"):
        return multiplier
    if words.startswith("half a"):
        return 0.5 * multiplier
    if re.search(r"[- ]and[- ]a[- ]half$", words):  # "five-and-a-half"
        whole = _word_value(re.sub(r"[- ]and[- ]a[- ]half$", "", words))
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
    if re.fullmatch(r"\d+,\d{1,2}", text):  # decimal comma: "1,5 мільярда"
        return float(text.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?: \d{3})+,\d+", text):
        text = text.replace(",", ".")
    return float(text.replace(",", "").replace(" ", ""))


def _atoms(text: str) -> list[_Atom]:
    atoms = []
    for match in ATOM.finditer(text):
        start, end = match.span()
        num = match.group("num")
        is_word = not num[0].isdigit() and num[0] != "."
        scale = match.group("scale")
        currency = None
        if match.group("cur"):
            token = match.group("cur").strip()
            currency = CURRENCY_SYMBOLS.get(token.lower(), token.upper() if token.upper() in CURRENCY_CODES else None)
        if scale and len(scale) == 1 and not currency:
            # bare "5m"/"3b": million only in money ("€5m"); "250k" is thousand; "4K" is a name
            start_scale = match.start("scale")
            if match.group("scalesp") or scale != "k":
                scale = None
                end = start_scale - len(match.group("scalesp") or "")
        if scale and scale.lower() in ("a", "an"):
            scale = None
        if is_word:
            value = _word_value(num)
            bare_article = num.lower().strip() in ("a", "an") or num.lower().startswith("half")
            if value is None or (bare_article and not scale):
                continue
        else:
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.") and not currency:
                continue  # "MH17", "G7", "v2.1": part of a token
            value = _digit_value(num)
            if text[end:end + 1] in _VULGAR_FRACTIONS:  # "4½ years"
                value, end = value + _VULGAR_FRACTIONS[text[end]], end + 1
            if not currency and start > 0 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " (\t\n"):
                value, start = -value, start - 1  # "-2.97%": a sign, not a range or a compound
        if scale:
            value *= _SCALES[scale.lower()]
        atoms.append(_Atom(start, end, value, currency, bool(scale), is_word, num if not is_word else ""))
    return atoms


# ---------------------------------------------------------------- sentences

_ABBREVIATIONS = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|Prof|Jr|Sr|vs|"
                            r"etc|Inc|Ltd|Co|Corp|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|"
                            r"\b[A-Z]|\b(?:U\.S|U\.K|e\.g|i\.e))\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries (start, end) over the text; paragraphs always split."""
    spans, start = [], 0
    for match in re.finditer(r"\n+|(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9\u0400-\u04ff])", text):
        if match.group().strip() == "" and "\n" not in match.group():
            if _ABBREVIATIONS.search(text[max(0, match.start() - 6): match.start()]):
                continue
        end = match.start() + (len(match.group()) - len(match.group().lstrip("\"”’)")))
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


# ---------------------------------------------------------------- units

def singular(word: str) -> str:
    """Plural English noun -> singular (rules and irregulars: inflect costs 2 s of import)."""
    if re.fullmatch(r"[A-Z]{2,5}s", word):
        return word[:-1].lower()  # "CUs" -> cu
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if lower.endswith("men") and len(lower) > 4:
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
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return lower[:-1]
    return lower


def _is_plural_noun(word: str) -> bool:
    if re.fullmatch(r"[A-Z]{2,5}s", word):
        return True  # "GPUs", "MPs"
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS or lower in _UNCOUNTABLE:
        return True
    if word[0].isupper() and lower.endswith("is") and len(lower) > 4 and lower not in _SINGULAR_NAMES_IN_IS:
        return True  # "Iraqis", "Nazis"
    return (lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s")) and len(lower) > 2
            and lower not in _NOT_NOUNS and lower not in _STOP
            and (lower.isalpha() or re.fullmatch(r"[a-z]+-[a-z]+", word) is not None))  # "hat-tricks"


_WORD = re.compile(r"[\"“”'‘’(]*((?:[A-Z]\.){2,}|[^\W\d_][\w'’-]*|\d[\d,.]*)[\"“”'‘’)]*")  # "U.S." is a word


def _words_after(text: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    """Up to `limit` words after pos, stopping at sentence punctuation."""
    out = []
    i = pos
    while len(out) < limit:
        match = re.compile(r"\s*").match(text, i)
        i = match.end()
        if i >= len(text) or text[i] in ",.;:!?()[]—–":
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
    lower = word.lower().rstrip(".")
    if lower in MEASURE_UNITS:
        return MEASURE_UNITS[lower]
    single = singular(lower)
    return MEASURE_UNITS.get(single)


def _currency_word(word: str) -> str | None:
    lower = word.lower()
    if word.upper() in CURRENCY_CODES and word.isupper():
        return word.upper()
    return CURRENCY_WORDS.get(lower) or CURRENCY_WORDS.get(singular(lower))


def _count_unit(text: str, pos: int) -> tuple[str | None, int]:
    """The thing counted by a number ending at pos, and where its words end."""
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
            if lower in ("and", "or") and all(w.isalpha() and not w.endswith("ed") for w, _, _ in words[:index]):
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
                    not re.fullmatch(_DURATION, words[index + 1][0], re.I):
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


# ---------------------------------------------------------------- exclusions

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


def _follows_a_name(text: str, start: int, end: int, sentence_start: int) -> bool:
    """'Halo 3 and', 'GTX 1080 GPU', 'HDR 10 standard': a number right after a capitalised
    word inside a sentence, with nothing counted after it, is part of a name."""
    cut, before = _window(text, sentence_start, start, 40)
    previous = re.search(r"(?:^|\s)([A-Za-z][\w'’&]*)\s$", before)
    if not previous or not any(c.isupper() for c in previous.group(1)):
        return False
    if cut + previous.start(1) == sentence_start or re.fullmatch(_MONTH, previous.group(1)) or "," in text[start:end] or \
            not text[start].isdigit() or previous.group(1).endswith(("'s", "’s")):
        return False  # sentence-initial words are capitalised anyway; months are dates
    following = _words_after(text, end, 2)
    if following and (_is_plural_noun(following[0][0]) or _measure_unit(following[0][0])):
        return False
    if text[start:end] == "1" and following and following[0][0].islower() and following[0][0] not in _STOP and \
            (len(following) == 1 or following[1][0] in _STOP or text[following[0][2]:following[0][2] + 1] in ",."):
        return False  # a box score's "Hupfer 1 goal": one, and its singular noun
    hyphenated = re.match(r"-([A-Za-z]+)", text[end:end + 20])
    if hyphenated and _measure_unit(hyphenated.group(1)):
        return False  # "the Galaxy Tab 10.5-inch model" measures the tablet
    return not _PERCENT.match(text, end) and not _SHARE_AFTER.match(text, end)  # "Herbert Dürr 63 16.6%" is a row


def _is_excluded(text: str, atom: _Atom, end: int, sentence_start: int) -> bool:
    before, after = _before(text, atom.start), text[end: end + 40]
    if not atom.currency and re.match(rf"(?:\+|-plus)?[\s-]*(?:[a-z]+-[a-z]+\s+)?{_DURATION}\b", after, re.I):
        return True  # durations: "three years", "24 hours", "40+ years", "a thousand years", "13.8-billion-year"
    if atom.is_word and atom.has_scale and not atom.currency and re.match(r"-[a-z]", after):
        return True  # "a billion-dollar deal": a size class, not a stated amount
    if (before.endswith("[") and after.startswith("]") or before.endswith("(") and after.startswith(")")
            and not re.search(r"\b[A-Z][\w'’-]*\s\($", before)) and not (atom.currency or atom.has_scale):
        return True  # "[4]", "(2)": a citation or a list marker ("Warren (2)" counts Warren's)
    if re.match(r"\s+times\s+(?:as|more|less|the|a|an|per|each|every|that|between|[a-z]+er)\b", after, re.I):
        return True  # "three times as", "a hundred times more": a multiplier
    if re.fullmatch(r"7[0-8]7", atom.digits) and re.match(r"(?:-\d|x\b|\s(?:Max|MAX|Dreamliner|jetliner)\b)", after):
        return True  # a Boeing model: "400 737 Max jets", "five 787 Dreamliner planes"
    if atom.has_scale and not atom.currency and re.fullmatch(r"\d", atom.digits) and _VIDEO_K.match(text, atom.end - 1):
        return True  # "4k and 60fps": a video resolution ("5k runners" counts)
    if re.match(r"\s\d+/\d+\b", after):
        return True  # "1 1/2 cups": a mixed number, whose fraction is no figure either
    if re.search(r"\((?:\d{1,2}-\d{1,2}(?:-\d{1,2})?,\s*)*$", before) and \
            re.match(r"-\d{1,2}(?:-\d{1,2})?(?:,\s*\d{1,2}-\d{1,2}(?:-\d{1,2})?)*\)", text[atom.end:atom.end + 40]):
        return True  # a team's record: "the Huskies (4-7, 3-4)"
    if atom.digits in ("911", "999", "112") and re.match(r"\s+(?:calls?|dispatch\w*|operators?)\b", after, re.I):
        return True  # an emergency number
    if atom.value == 100 and re.match(r"\s?(?:%|percent)\s+(?:[A-Z]|(?:accurate|sure|certain|correct|optimal|committed|"
                                       r"behind|confident|true|effective|guaranteed|right|wrong)\b)", after):
        return True  # "100% WASI", "100% accurate": a manner of speaking, not a share
    if atom.currency or atom.has_scale or _PERCENT.match(after):
        return False
    # versions, formulas, fractions and "24/7": "1.8.3", "2^15"
    if re.match(r"\.\d|\.x\b|\s*\^|/\d", after) or re.search(r"(\^|\d/)$", before):
        return True
    if re.match(r"K(?![A-Za-z])", after):
        return True  # "4K": a resolution's name
    # list items and appositive ages: "1. Finland 2. Norway", "Parata, 75, has"
    if re.match(r"\.\s+[A-Z]", after) and re.search(r"(^|\n|:\s|[A-Z][\w]*\s)$", before):
        return True
    if re.match(r"[,.;]", after) and re.search(r"[A-Z][a-z]+,\s$", before):
        return True
    # ordinals and attached letters: "26th", "1990s", "3D", "5G"
    if re.match(r"(st|nd|rd|th|s)\b", after, re.I) or re.match(r"[A-Za-z]", after) and \
            not _ATTACHED_SUFFIX.match(re.match(r"[A-Za-z%/]+", after).group()):
        return True
    # codes: a leading zero ("007"), six digits or more with no separator ("Bug 1681512"), the rest of
    # a phone number ("0845 46 47")
    if re.fullmatch(r"0\d+", atom.digits) or re.fullmatch(r"\d{6,}", atom.digits) and not _SHARE_AFTER.match(after) \
            or not atom.is_word and re.search(r"\d[ ]$", before):
        return True
    # "the 0.17 releases": a version; "Nine of Swords", "2 of Cups": a card's name
    if re.fullmatch(r"0\.\d{2,}", atom.digits) and not re.match(r"\s*(?:%|per|[a-z]*(?:metre|meter|gram|litre|liter))",
                                                                  after, re.I):
        return True
    if re.match(r"\s+of\s+[A-Z][a-z]+s\b", after):
        return True
    # a model name of an acronym and a number ("RTX 3080", "GTX 1660"); a rate's denominator
    # ("per 100,000 people"); a multiplier ("three times"); "’91"; a formula ("10^5 * 300")
    acronym = re.search(r"\b([A-Z]{2,5}) \Z", before)
    if acronym and acronym.group(1) not in CURRENCY_CODES and not atom.is_word and "," not in atom.digits:
        return True
    if re.search(r"\b(?:per|factor of)\s+$", before, re.I) or \
            re.search(r"\bby\s+$", before, re.I) and re.match(r"\s+times\b", after, re.I):
        return True
    if re.search(r"[’']$", before) and re.fullmatch(r"\d{2}", atom.digits):
        return True
    if re.search(r"[*×]\s*$", before) or re.match(r"\s*[*×=]", after):
        return True
    if re.search(r"\b[a-z]+,\s$", before) and re.match(r",\s+[A-Za-z]", after) and re.fullmatch(r"\d{1,3}", atom.digits) \
            and atom.value < 120:
        return True  # "a male juvenile, 16, was arrested": an age between commas
    # identifiers: "F-16", "Su-34", "Covid-19", "No. 1", "#1", "Boeing 787", "Article 5"
    if re.search(r"[A-Za-z]-$", before) or re.search(r"(#|\bNo\.?\s*)$", before):
        return True
    if re.search(r"\b[A-Za-z]*[A-Z][A-Za-z]*\.?\s$", before) and _IDENTIFIER_HEADS.search(before):
        return True
    if not atom.is_word and _LOWER_IDENTIFIER_HEADS.search(before):
        return True
    if _follows_a_name(text, atom.start, end, sentence_start):
        return True
    compound = re.match(r"-([A-Za-z]+)", after)
    if compound and not re.match(r"-(?:strong|plus|odd)\b", after) and not _measure_unit(compound.group(1)) \
            and not _counted_compound(after):
        return True  # "52-year-old", "three-day", "20-point": compound modifiers ("a 3-liter engine" is a measure)
    # clock times and dates
    if re.match(r"\s*(?::\d{2}|[ap]\.?m\.?\b|o'clock|GMT|UTC|CET|EET|hrs\b)", after, re.I) or \
            re.search(r":$", before) and re.search(r"\d:$", before):
        return True
    if re.search(rf"\b{_MONTH},?\s*$", before) or re.match(rf"\s*(?:of\s+)?{_MONTH}(?![a-z])", after) or \
            re.search(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*$", before):
        return True
    if not atom.is_word and re.fullmatch(r"1[5-9]\d{2}|20\d{2}|2100", atom.digits):
        following = _words_after(text, end, 1)
        if not (following and _is_plural_noun(following[0][0]) and not re.fullmatch(_MONTH, following[0][0])) \
                or re.search(r"\b(?:the|a|an|by|in|since|of|and|or|from|until|before|after)\s+$", before, re.I):
            return True  # a year ("the 2020 elections", "by 2035 exemplifies" too)
    # years of a fiscal period, numbers to dial, identifiers with several separators or letters
    # ("Fiscal 2020 imports", "dial 999", "978-0-306-40615-7", "10.1016/j.abc", "A321-200")
    if re.search(r"\b(?:fiscal(?:\s+year)?|FY)\s*$", before, re.I) or \
            re.search(r"\b(?:dial|call|ring|text)\s+$", before, re.I):
        return True
    token_start = max(text.rfind(" ", 0, atom.start), text.rfind("\n", 0, atom.start)) + 1
    token = text[token_start:end + len(re.match(r"\S*", after).group())]
    if re.search(r"\d[-/]\d+[-/]\d|\d/[A-Za-z]|[A-Za-z]\d+-\d", token):
        return True
    # "the 747 line", "the 2015 plan": "the", a number and a singular noun make a name
    if not atom.is_word and re.search(r"\bthe\s+$", before, re.I):
        following = [word for word, _, _ in _words_after(text, end, 3)]
        if following and following[0].islower() and following[0] not in _STOP and following[0] not in _PRONOUNS and \
                not (_is_plural_noun(following[0]) or _measure_unit(following[0]) or _currency_word(following[0])) \
                and not any(_is_plural_noun(word) for word in following[1:]):  # "the 400 city laborers"
            return True
    # ages: "aged 52", "ages of 18 to 25"
    if re.search(r"\b(aged?|ages? of(?: \d+\s*(?:and|to|-|–)\s*)?|turn(?:s|ed|ing)?)\s*$", before, re.I):
        return True
    # phone numbers and addresses
    if re.search(r"(\+\d[\d\s().-]*|\(\d+\)\s*)$", before) or re.match(r"[\s.-]\d{2,4}[\s.-]\d{2,4}\b", after) \
            and not re.match(r" \d{3}\b(?![\s.-]\d)", after):
        return True
    if re.match(r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Square|"
                r"Place|Way|Street)\b", after) or re.match(r"\s+[NSEW]\.?\s+[A-Z]", after):
        return True
    if atom.is_word and text[atom.start].isupper() and atom.start > sentence_start and \
            not re.search(r"[:;]\s*$", before) and re.match(r"\s+[A-Z][a-z]+\b(?!\s+[a-z]+s\b)", after):
        return True  # "Nine Mile", "Ninety Mile Beach": a number word in a name ("Forty-two Ukrainian firms" counts)
    return False


def _counted_compound(after: str) -> str | None:
    """The noun a count in front of another noun counts: '-cylinder engine' -> cylinder."""
    match = re.match(r"-(?:plus-)?([a-z]+)\s+([A-Za-z]+)", after)
    if not match:
        return None
    word = match.group(1)
    if word in _NOT_COUNTED_COMPOUNDS or word in _STOP or word.endswith(("ing", "ly", "ic", "ous", "ive")) or \
            word.endswith("al") and len(word) > 5 and word not in _NOUNS_IN_AL or \
            word.endswith("ed") and word not in ("speed", "bed", "seed", "breed", "shed", "sled") or \
            re.fullmatch(_DURATION, word) or match.group(2) in _STOP:
        return None
    return singular(word)


def _is_tally(first: _Atom, second: _Atom, between: str, sentence: str) -> bool:
    """'4-1', '52-48', 'voted 31 to 12': scores and vote counts, not ranges."""
    if first.currency or first.has_scale or first.is_word:
        return False
    if "-" in between and (first.value > second.value or first.value == second.value
                           and _TALLY_CONTEXT.search(sentence)):
        return True  # a range runs low to high; "4-1" and "52-48" are scores, "a 1-1 draw" too
    return bool(_TALLY_CONTEXT.search(sentence)) and first.value > second.value


# ---------------------------------------------------------------- main entry

def _qualifier(text: str, start: int, end: int, sentence_start: int) -> tuple[str, int, int]:
    cut, before = _window(text, sentence_start, start, 60)
    found = [(match.start(1), name) for name, pattern in _QUALIFIER_BEFORE if (match := pattern.search(before))]
    if found:
        qualifier_start, name = min(found)  # the longest phrase: "no more than" over "more than"
        return name, cut + qualifier_start, end
    after = text[end: end + 12]
    for name, pattern in _QUALIFIER_AFTER:
        match = pattern.match(after)
        if match:
            return name, start, end + match.end()
    return "exact", start, end


def extract_figures(text: str, *, field: str = "body") -> list[Figure]:
    """Every figure in `text` (a title or a body), in order of appearance."""
    figures: list[Figure] = []
    if not text:
        return figures
    paragraph_start, paragraph_first = -1, 0  # where the paragraph starts, and its first figure's index
    for sent_start, sent_end in sentence_spans(text):
        sentence = text[sent_start:sent_end]
        if _LINK_LINE.match(sentence):
            continue
        starts_at = text.rfind("\n", 0, sent_start) + 1
        if starts_at != paragraph_start:
            paragraph_start, paragraph_first = starts_at, len(figures)
            paragraph_end = text.find("\n", starts_at)
            cited = _is_reference(text[starts_at:paragraph_end if paragraph_end >= 0 else len(text)])
        if cited:
            continue
        atoms = _atoms(sentence)
        for atom in atoms:
            atom.start += sent_start
            atom.end += sent_start
        used: set[int] = set()
        for index in range(len(atoms)):
            if index in used:
                continue
            figure = _figure_at(text, atoms, index, used, sentence, sent_start, sent_end, field,
                                figures[paragraph_first:])
            if figure is not None:
                figures.append(figure)
    return figures


def _is_reference(paragraph: str) -> bool:
    """A reference, a table of contents or a numbered heading: its numbers cite and number, they count nothing."""
    if _CITATION.search(paragraph):
        return True
    words = paragraph.split()
    sections = len(_SECTION_NUMBER.findall(paragraph))
    if sections >= 3 and sections * 4 >= len(words):
        return True  # section numbers and a word or two each, not prose that names versions
    if len(words) < 2 or not words[0].isdigit() or paragraph.rstrip().endswith("."):
        return False
    rest = words[1:]
    if len(words) <= 4:  # "7 References", "2 Values 2.1 Pledge"
        return all(w.istitle() and w.isalpha() or re.fullmatch(r"\d+(?:\.\d+)+", w) for w in rest)
    return sum(w[:1].isupper() for w in rest) >= 0.7 * len(rest)  # "5 Tips to Enjoy Game Day Parties While ..."


def _figure_at(text, atoms, index, used, sentence, sent_start, sent_end, field, earlier) -> Figure | None:
    atom = atoms[index]
    end = atom.end
    value_high, high_start = None, None
    currency = atom.currency
    # ranges: "20-30 tanks", "between 20 and 30", "from $1 to $2 billion"
    if index + 1 < len(atoms):
        nxt = atoms[index + 1]
        between = text[atom.end:nxt.start]
        if _RANGE_JOIN.match(between) and nxt.start < sent_end:
            joiner = between.strip().lower()
            just_before = _window(text, sent_start, atom.start, 30)[1]
            opened = re.search(r"\b(between|from)\s*$", just_before, re.I)
            # "four or five buyers" is a range; "3 or 4.5" of unlike numbers is two figures
            alike = joiner != "or" or (atom.is_word == nxt.is_word and nxt.value > atom.value >= 0)
            if joiner.startswith(("%", "percent", "per cent")):
                alike = alike and not (nxt.currency or _CHANGE_BEFORE.search(just_before))
            if (joiner != "and" or opened) and alike and not _is_tally(atom, nxt, between, sentence):
                low, high = atom.value, nxt.value
                if nxt.has_scale and not atom.has_scale and low * _scale_of(nxt, text) <= high:
                    low *= _scale_of(nxt, text)  # "20-30 million": the scale applies to both ends
                if high >= low:
                    used.add(index + 1)
                    value_high, high_start, end = high, nxt.start, nxt.end
                    currency = currency or nxt.currency
                    atom = _Atom(atom.start, atom.end, low, currency, atom.has_scale or nxt.has_scale,
                                 atom.is_word, atom.digits)
            elif _is_tally(atom, nxt, between, sentence):
                used.add(index + 1)
                return None
    if _is_excluded(text, atom, atom.end, sent_start):
        return None
    if value_high is not None and _is_excluded(text, atoms[index + 1], end, sent_start):
        return None
    after = text[end:sent_end]
    # "62,400 or more soldiers", "300-plus workers", "5,000+ members": a minimum, and the counted
    # noun comes after the qualifier
    post = None if currency else _POST_MINIMUM.match(after)  # "$5 plus tax" adds, it is no minimum
    noun_from = end + post.end() if post else end
    at_least = bool(post)
    unit, kind, unit_end, feet_inches = None, "count", end, 0.0
    percent = _PERCENT.match(after)
    slash = _SLASH_UNIT.match(after)
    degrees = re.match(r"\s?°\s?([CF])\b", after)
    sign_after = None if currency else _CURRENCY_AFTER.match(after)
    if sign_after:
        currency = CURRENCY_SYMBOLS[sign_after.group(1)]
    if degrees:  # "1.5 °C"
        unit, kind, unit_end = f"°{degrees.group(1)}", "measure", end + degrees.end()
    elif slash:
        unit, kind, unit_end = MEASURE_UNITS[slash.group(1).lower()], "measure", end + slash.end()
    elif percent:
        token = percent.group(1).lower()
        unit, kind, unit_end = ("percentage point" if token.startswith("percentage") else "%"), "percent", \
            end + percent.end()
    elif named := _OTHER_DOLLARS.match(after):
        unit, kind, unit_end = _DOLLARS[named.group(1)], "money", end + named.end()
    elif currency:
        unit, kind = currency, "money"
        if sign_after:
            unit_end = end + sign_after.end()
        dollar = _FOREIGN_DOLLAR_AFTER_SIGN.match(after)
        if dollar and text[atom.start] == "$":  # "$100 Australian"
            unit, unit_end = _FOREIGN_DOLLARS[dollar.group(1)], end + dollar.end()
    else:
        words = _words_after(text, noun_from, 1)
        if words:
            word, _, word_end = words[0]
            money = _currency_word(word)
            measure = _measure_unit(word) if not money else None
            if word.lower() == "metric":
                nxt_words = _words_after(text, word_end, 1)
                if nxt_words and _measure_unit(nxt_words[0][0]) == "tonne":
                    measure, word_end = "tonne", nxt_words[0][2]  # "44 million metric tons"
            if word.lower() in ("square", "sq", "cubic"):
                nxt_words = _words_after(text, word_end, 1)
                if nxt_words and _measure_unit(nxt_words[0][0]) in ("km", "mile", "m", "foot", "cm", "inch"):
                    power = "cubic" if word.lower() == "cubic" else "square"
                    base = _measure_unit(nxt_words[0][0])
                    measure, word_end = f"{power} {'metre' if base == 'm' else base}", nxt_words[0][2]
            if money:
                unit, kind, unit_end = money, "money", word_end
            elif measure:
                unit, kind, unit_end = measure, "measure", word_end
                per = re.match(r"\s+per\s+(gallon|litre|liter|hour)\b", text[word_end:word_end + 16], re.I)
                rate = per and _RATE_UNITS.get((measure, per.group(1).lower()))
                if rate:
                    unit, unit_end = rate, word_end + per.end()
                scale = re.match(r"\s+(Celsius|centigrade|Fahrenheit)\b", text[word_end:word_end + 12], re.I)
                if measure == "degree" and scale:  # "2 degrees Celsius"
                    unit, unit_end = "°F" if scale.group(1).lower() == "fahrenheit" else "°C", word_end + scale.end()
        hyphenated = re.match(r"-(plus-)?([A-Za-z]+)", text[end:end + 20])
        if hyphenated and hyphenated.group(1):
            at_least = True  # "the 700-plus-page tome": at least 700 pages
        if hyphenated and not unit and atom.has_scale and _currency_word(hyphenated.group(2)):
            unit, kind, unit_end = _currency_word(hyphenated.group(2)), "money", end + hyphenated.end()  # "1.2-billion-yuan"
        elif hyphenated and not unit and _measure_unit(hyphenated.group(2)):
            # "a 13.3-inch screen", "the 2,100-mile-wide crater": a measure in front of its noun
            unit, kind, unit_end = _measure_unit(hyphenated.group(2)), "measure", end + hyphenated.end()
            inches = re.match(r"-foot-(\d{1,2})\b", text[end:end + 12])
            if inches:  # "the 7-foot-3 centre" is 7 feet 3 inches tall
                feet_inches, unit_end = int(inches.group(1)) / 12, end + inches.end()
        elif hyphenated and not unit and (counted := _counted_compound(text[end:end + 40])):
            unit, unit_end = counted, end + hyphenated.end()
        attached = re.match(r"[A-Za-z/°]+", text[end:end + 6])
        if attached and not unit:
            measure = _measure_unit(attached.group()) or _ATTACHED_UNITS.get(attached.group().lower())
            if measure:
                unit, kind, unit_end = measure, "measure", end + attached.end()
        if re.match(r"\s*(?:-\s*)?magnitude\b", after, re.I) or re.search(r"magnitude\s*(?:of\s*)?$",
                                                                       _window(text, sent_start, atom.start, 30)[1], re.I):
            unit, kind = "magnitude", "measure"
            mag = re.match(r"\s*(?:-\s*)?magnitude\b", after, re.I)
            unit_end = end + mag.end() if mag else end
        if not unit:
            unit, unit_end = _count_unit(text, noun_from)
            if unit is None and not atom.is_word:
                unit = _table_column(text, atom, end)
            if unit is None:
                unit = _noun_named_before(_window(text, sent_start, atom.start, 200)[1])
            if unit is None:
                unit, kind = _noun_stood_for(text, atom, end, sent_start, earlier)
            if unit in _CHROME_UNITS and (len(sentence.split()) <= 3 or sentence.lstrip().startswith(text[atom.start:end])):
                return None  # "12 comments", "2 comments on ..." opening a line are page chrome
            if unit is None:
                return None  # nothing counted or measured: code, list markers, citations, "one of them"
    if kind == "count" and unit in _SPANS_OF_TIME:
        return None  # "17 NBA seasons" is a duration
    if atom.is_word and not atom.has_scale and atom.value in (0, 1) and value_high is None and \
            not _zero_counts(text, atom, end, unit):
        return None  # "one" is mostly a pronoun or article, "zero" an idiom ("net zero")
    value, atom_start = atom.value + feet_inches, atom.start
    if value == 0 and value_high is not None and unit in _SPEEDS:
        value, value_high, atom_start = value_high, None, high_start  # "zero to 100 km/h" reaches 100 km/h
    if unit == "cent" and kind == "count":
        # "25 cents" is a quarter of a dollar, not 25 things called cents
        value, value_high = value / 100, value_high / 100 if value_high is not None else None
        unit, kind = "USD", "money"
    qualifier, span_start, span_end = _qualifier(text, atom_start, max(unit_end, end), sent_start)
    if at_least and qualifier == "exact":
        qualifier, span_end = "min", max(span_end, noun_from)
    if qualifier == "exact" and re.match(r"~", text[atom.start - 1: atom.start] if atom.start else ""):
        qualifier, span_start = "approx", atom.start - 1
    return Figure(
        text=text[span_start:span_end], char_start=span_start, char_end=span_end,
        value=value, value_high=value_high, unit=unit, kind=kind, qualifier=qualifier,
        sentence=sentence.strip(), field=field,
    )


def _zero_counts(text: str, atom: _Atom, end: int, unit: str | None) -> bool:
    """'zero red cards': a zero before a plural noun counts it ("only one shot" is mostly an idiom)."""
    if atom.value != 0 or unit is None:
        return False
    return any(_is_plural_noun(word) and singular(word) == unit for word, _, _ in _words_after(text, end, 3))


def _table_column(text: str, atom: _Atom, end: int) -> str | None:
    """A count followed by its share ("Herbert Dürr 63 16.6%") in a table flattened into a paragraph:
    the noun of the nearest "By changesets" header before it."""
    if not _SHARE_AFTER.match(text, end):
        return None
    starts, nouns = _table_headers(text, text.rfind("\n", 0, atom.start) + 1)
    index = bisect.bisect_left(starts, atom.start)
    return nouns[index - 1] if index else None


@functools.lru_cache(maxsize=32)
def _table_headers(text: str, paragraph_start: int) -> tuple[list[int], list[str]]:
    """Where the paragraph's "By <noun>" headers start, and their nouns (one scan per paragraph)."""
    paragraph_end = text.find("\n", paragraph_start)
    headers = list(_TABLE_HEADER.finditer(text, paragraph_start, paragraph_end if paragraph_end >= 0 else len(text)))
    return [h.start() for h in headers], [singular(h.group(1)) for h in headers]


def _noun_named_before(before: str) -> str | None:
    """'The number of deaths ... was', 'claims had topped': the counted noun said before the number."""
    match = _NUMBER_OF.search(before) or _NOUN_THEN_VERB.search(before)
    if match and _is_plural_noun(match.group(1)):
        return singular(match.group(1))
    return "person" if re.search(r"\bpopulation\b", before, re.I) else None  # "the population ... is 40,000"


def _noun_stood_for(text: str, atom: _Atom, end: int, sent_start: int, earlier: list[Figure]) -> tuple[str | None, str]:
    """The unit and kind of an earlier count or measure, for a number that stands for it: one of the
    sentence, or for digits one earlier in the paragraph."""
    counts = [f for f in earlier if f.unit and (f.kind == "count" or f.kind == "measure" and not atom.is_word)]
    in_sentence = [f for f in counts if f.char_start >= sent_start]
    # a number word stands for a noun of its own sentence; digits may reach back in the paragraph
    counts = in_sentence if in_sentence or atom.is_word else counts
    if not counts or re.fullmatch(r"\s*(?:under|over|aged|of)\s*", text[counts[-1].char_end:atom.start], re.I):
        return None, "count"  # "children under five": an age that limits the earlier count
    if atom.is_word and not (_STANDS_BEFORE.search(_window(text, sent_start, atom.start, 40)[1]) or
                             _STANDS_AFTER.match(text, end)):
        return None, "count"
    # the last count the sentence introduces, not one it refers back to ("180 vessels left the three
    # ports, against 152 in May"); "Of the 12 patients, the remaining six" has only the one
    introduced = [f for f in counts if not re.search(r"\bthe\s+$", text[max(0, f.char_start - 5):f.char_start], re.I)]
    stood_for = (introduced or counts)[-1]
    if stood_for.kind == "count" and atom.value != int(atom.value):
        return None, "count"  # "2.8 has been labeled": a decimal counts no things
    return stood_for.unit, stood_for.kind


def _scale_of(atom: _Atom, text: str) -> float:
    match = re.search(rf"({_SCALE})$", text[atom.start:atom.end], re.I)
    return _SCALES.get(match.group(1).lower(), 1.0) if match else 1.0
