"""Word lists and unit tables the figure rules read: number words, scales, currencies,
measure units, and the words that are or are not what a number counts."""

from __future__ import annotations

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
           "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
           # South Asian scale words: a lakh is 100,000, a crore 10 million
           "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "l": 1e5, "cr": 1e7}  # ("₹62L", "₹5Cr")
CURRENCY_SYMBOLS = {"us$": "USD", "a$": "AUD", "c$": "CAD", "s$": "SGD", "nz$": "NZD", "hk$": "HKD", "nt$": "TWD",
                    "$us": "USD", "$a": "AUD", "$au": "AUD", "$nz": "NZD",
                    "$": "USD", "€": "EUR", "£": "GBP",
                    "₴": "UAH", "¥": "JPY", "₹": "INR", "₽": "RUB", "zł": "PLN", "rs": "INR", "rs.": "INR", "₩": "KRW",
                    "r": "ZAR", "rm": "MYR", "dh": "AED", "dhs": "AED", "dh.": "AED", "dhs.": "AED",
                    "ksh": "KES", "kshs": "KES", "ksh.": "KES", "kshs.": "KES"}  # rand, ringgit, dirhams, shillings: read only before an amount (numbers._LETTER_AMOUNT, _DIRHAM)
# dollars other than the US dollar, which also follow "$": "$100 Australian"
_FOREIGN_DOLLARS = {"Australian": "AUD", "Canadian": "CAD", "New Zealand": "NZD", "Hong Kong": "HKD", "Singapore": "SGD"}
_DOLLARS = _FOREIGN_DOLLARS | {"US": "USD", "U.S.": "USD", "American": "USD", "Taiwan": "TWD"}
CURRENCY_CODES = {"USD", "EUR", "GBP", "UAH", "RUB", "JPY", "CNY", "CHF", "PLN", "CAD", "AUD", "INR", "KRW", "HKD", "AED", "KES"}
# "pounds" is left out: in print it is weight far more often than money, which is "£5".
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "sterling": "GBP", "hryvnia": "UAH",
                  "hryvna": "UAH", "rouble": "RUB", "ruble": "RUB", "yen": "JPY", "yuan": "CNY",
                  "franc": "CHF", "zloty": "PLN", "zlotys": "PLN", "rupee": "INR", "shekel": "ILS", "naira": "NGN",
                  "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "forint": "HUF", "koruna": "CZK", "tenge": "KZT",
                  "cedi": "GHS", "taka": "BDT", "rand": "ZAR",
                  # Ukrainian and Russian forms, for articles in those languages ("1,5 мільярда гривень")
                  "гривня": "UAH", "гривні": "UAH", "гривень": "UAH", "грн": "UAH", "рубль": "RUB", "рубля": "RUB",
                  "рублей": "RUB", "долар": "USD", "долари": "USD", "доларів": "USD", "доллар": "USD",
                  "доллара": "USD", "долларов": "USD", "євро": "EUR", "евро": "EUR"}
# a length's unit after a size's last side: "107.5 x 85mm", "6x4 feet"
LENGTH = r"(mm|cm|m|km|inch(?:es)?|ft|feet|foot)\b"
MEASURE_UNITS = {
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile", "metre": "m", "meter": "m", "m": "m",
    "cm": "cm", "mm": "mm", "foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch",
    "kg": "kg", "kilogram": "kg", "kilo": "kg", "gram": "g", "g": "g", "gm": "g", "tonne": "tonne", "ton": "tonne",
    "lb": "lb", "lbs": "lb", "pound": "lb", "litre": "litre", "liter": "litre", "barrel": "barrel", "bbl": "barrel",
    "bpd": "barrel per day", "gpa": "gpa",
    "hectare": "hectare", "acre": "acre", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh",
    "kwp": "kWp", "mwp": "MWp", "gwp": "GWp",  # a solar array's peak power ("at least 1.5 GWp")
    "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "megawatt": "MW", "gigawatt": "GW", "kilowatt": "kW",
    "fps": "fps", "mph": "mph", "km/h": "km/h", "kph": "km/h", "m/s": "m/s", "km/s": "km/s", "knot": "knot", "degree": "degree",
    "°c": "°C", "°f": "°F", "magnitude": "magnitude", "gb": "GB", "tb": "TB", "mb": "MB", "ghz": "GHz",
    "mhz": "MHz", "calorie": "calorie", "bcm": "bcm", "terabyte": "TB", "gigabyte": "GB", "megabyte": "MB",
    "teraflop": "teraflop", "pixel": "pixel", "megapixel": "megapixel", "watt": "W",
    "horsepower": "hp", "hp": "hp", "bhp": "bhp", "nanometre": "nm", "nanometer": "nm", "nm": "nm",
    "kilobyte": "KB", "kb": "KB", "meg": "MB", "milligram": "mg", "mg": "mg", "microgram": "µg", "gib": "GiB",
    "nanogram": "ng", "ng": "ng", "ounce": "oz", "oz": "oz", "gallon": "gallon", "pint": "pint",
    "mib": "MiB", "tib": "TiB", "petabyte": "PB", "pb": "PB", "kilowatt-hour": "kWh",
    "megawatt-hour": "MWh", "gigawatt-hour": "GWh", "terawatt-hour": "TWh", "ps": "PS", "lb-ft": "lb-ft",
    "pound-feet": "lb-ft", "millimetre": "mm", "millimeter": "mm", "ml": "ml", "millilitre": "ml", "milliliter": "ml", "centimetre": "cm", "centimeter": "cm",
    "incher": "inch",  # "the 6.7-incher": a screen named by its size
    "hz": "Hz", "hertz": "Hz", "mah": "mAh",  # refresh rates and battery cells ("120Hz", "5,000mAh")
    "db": "dB", "decibel": "dB",  # loudness ("85 dB", "10-40dB")
    "cc": "cc", "rpm": "rpm", "light-year": "light-year",  # engines ("a 1200cc Ducati"), drives; a distance
    "kelvin": "K",  # a colour temperature ("2700 kelvin", "2700K")
    "parsec": "parsec", "arcsecond": "arcsecond", "arcminute": "arcminute",
    "ms": "ms", "millisecond": "ms",  # latencies ("from 800ms to 250ms"); seconds are durations
    "gbps": "Gbps", "mbps": "Mbps", "gt/s": "GT/s", "kbps": "kbps", "tbps": "Tbps",  # data rates ("5 Gbps" is no "gbp")
    "rps": "rps", "qps": "qps",  # a server's load: requests and queries per second ("around 5 RPS")
    # the scale's name spelled out is the same unit as its sign (labels write either)
    "degree Celsius": "°C", "degree Fahrenheit": "°F", "degree celsius": "°C", "degree fahrenheit": "°F",
}
# a measure per another: "45 miles per gallon", "19 kilometers per liter"
# ("75 miles per hour" keeps its words, as labellers write it; "75 mph" is mph)
_RATE_UNITS = {("mile", "gallon"): "mpg", ("km", "litre"): "km/l", ("km", "liter"): "km/l", ("km", "hour"): "km/h",
               ("mile", "hour"): "mile per hour"}
# Units only when stuck to the digits: "12MP" is megapixels (named as written), "12 MPs" members of parliament;
# "45W" is watts, "Route 9 W" a direction; "400px" px.
_ATTACHED_UNITS = {"mp": "MP", "w": "W", "px": "px"}
_SPEEDS = {"km/h", "mph", "mile per hour", "m/s"}
_DURATION = (r"(?:(?:more|straight|consecutive|successive|additional|further|extra|full|long)\s+)?"
             r"(?:second|sec|minute|min|hour|hr|day|night|week|month|quarter|year|yr|decade|century|centurie|"
             r"fortnight)s?")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "crossed the 450 mark": a level a count passes, not what it counts (that is named before: "the number of cases")
_MILESTONES = {"mark", "milestone", "threshold", "barrier"}
_CHROME_UNITS = {"comment", "share", "view", "like", "reply", "rec"}
# a count of these is a duration, whatever the noun before ("3,000 flight hours", "17 NBA seasons")
_SPANS_OF_TIME = {"season", "semester", "second", "minute", "hour", "day", "night", "week", "weekend", "month",
                  "quarter", "year", "decade", "century", "fortnight"}
# nouns that make "one" an article or a pronoun ("one day", "at one point", "one way or another")
_ONE_AS_A = set("""another thing things way point hand side kind sort reason example instance time moment question problem
issue answer option possibility factor explanation idea theory concern challenge difference exception advantage benefit
lesson sign aspect key part form piece bit step look chance end word place area day night morning evening afternoon
week weekend month year decade century hour minute second must should""".split())
# common adjectives without an adjective's suffix ("one new achievement", "one little taco")
_ADJECTIVES = set("""little big small large single new old young major minor specific particular certain other key main
final last common good bad great high low long short full whole huge tiny same only extra entire best worst first next
most least aware able alone alive afraid awake ready likely unlikely available possible human female male""".split())
# irregular past tenses, which end a noun phrase ("one civilian fled")
_PAST_TENSES = set("""fled went came ran won lost got left took made gave saw told wrote said fell rose hit shot sat stood
led held kept met paid sent spent built bought sold brought thought caught began became drove flew grew knew threw wore
broke spoke chose rode stole swam sang rang sank ate lay struck found""".split())
# "the 20-largest banks": a superlative joined to the number, before what it counts
_SUPERLATIVES = ("largest", "biggest", "smallest", "highest", "lowest", "richest", "poorest", "oldest", "youngest",
                 "busiest", "fastest", "slowest", "strongest", "weakest", "longest", "shortest", "greatest",
                 "deadliest", "wealthiest", "best", "worst")
# a group named by one noun, counted by the number after "of": "a staff of nine", "a crew of 12"
_GROUP_NOUNS = ("staff", "crew", "team", "squad", "fleet", "family", "group", "band", "panel", "jury", "committee",
                "board", "class", "cohort", "delegation", "contingent", "workforce", "force", "sample", "cast",
                "crowd", "audience", "field", "population")
# abbreviations a count's noun may take ("212 pp.")
# a cook's spoons keep the abbreviation the recipe writes ("1 tsp" is tsp, as labellers name it)
_COUNTED_ABBREVIATIONS = {"pp": "page", "pgs": "page", "tsp": "tsp", "tbsp": "tbsp"}
_SPOONS = {"tsp": "teaspoon", "tbsp": "tablespoon"}
# compound nouns whose head alone names something else ("40 debt collectors" are not 40 collectors of
# anything, "nine press releases" not nine releases): the count's unit keeps the first noun. Compounds
# whose first noun only narrows the head ("gas turbines", "power plants") count the head, as labelled.
_COMPOUND_NOUNS = {c.lower(): c for c in (
    "debt collector", "tax collector", "press release", "news release", "aircraft carrier", "tower block",
    "match point", "break point", "set point", "game point", "championship point", "school bus", "chicken wing", "life form", "passport holder", "flood warning", "flood alert",
    "flood watch", "launch site", "decimal place", "rate hike", "rate cut", "lane mile",
    "day pass", "USB port", "credit hour", "primary school", "secondary school", "high school", "middle school",
    "elementary school", "police station", "fire station", "gas station", "petrol station", "co-working space",
    "coworking space", "code base", "square foot", "percentage point", "basis point", "amino acid", "fatty acid", "time zone",
    "crew member", "staff member", "faculty member", "team member", "board member", "cast member", "council member",
    "party member", "union member", "club member", "committee member", "super PAC", "family member", "gunshot wound",
    "gun shot", "life sentence", "data center", "data centre", "news outlet", "news source", "media partner", "shell casing", "bullet hole", "vet bill", "class action", "law firm",
    # lexicalised compounds a reader counts whole: a batter's "16 home runs", a cook's "9 egg whites"
    "home run", "stolen base", "plate appearance", "shot attempt", "egg white",
    "egg yolk", "snow pea", "bell pepper", "spring onion", "green onion", "SIM card", "data point", "blog post",
    "life term", "digital nomad", "grand slam")}
# "a six-cylinder engine" counts cylinders; these compounds say how, not how many things
_NOT_COUNTED_COMPOUNDS = set("""way fold third thirds quarter quarters half halves time times off sided star point points
nil all odd strong plus digit digits old hand handed and or bit alpha beta gamma delta omega pointer pointers
caliber calibre figure figures wheeler wheelers seater seaters decker deckers liner liners hander handers
""".split())  # ("six-figure costs": a size class, the number of digits; "a three-wheeler", "a two-seater": a kind)
_STOP = set("""of and or but to in on at for from with by as than that which who whom whose this these those
the a an its it his her their our your my is are was were be been being has have had will would could
should may might can do does did not no said says say told according per each every while when where
into onto after before during since until against about between among across over under within without
left took gave made got came went despite amid unlike via throughout beyond toward towards upon versus vs""".split())
# words that follow a number without being what it counts ("two thereafter", "1 more school")
_NOT_COUNTED_WORDS = set("""more less thereafter ago later earlier apiece each too again away back out down off
instead now then yet still already also elsewhere here there overall together alone apart last next first above
below overnight today tonight yesterday tomorrow nationwide worldwide statewide citywide abroad anyway anyhow
because although unless whereas""".split())
# adjectives in -ing, which a counted noun does not take into its name ("two exciting events")
_ING_ADJECTIVES = set("""exciting interlocking competing growing increasing remaining leading existing following
ongoing outstanding missing rising falling declining surprising amazing interesting promising emerging booming
staggering whopping astonishing alarming worrying striking misleading disappointing devastating shocking stunning
struggling aging ageing dying upcoming outgoing incoming thriving daunting hardworking""".split())
# "two medical leaves" are leaves of absence, not of a tree
_KINDS_OF_LEAVE = {"medical", "sick", "maternity", "paternity", "parental", "annual", "unpaid", "paid", "family",
                   "compassionate", "study", "shore", "administrative"}
# verbs that end a run of nouns ("three ad units results in"), though each is a noun too
_VERBS_IN_S = {"results", "shows", "leads", "needs", "costs", "drives", "plays", "runs", "works", "faces", "holds"}
_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they"}
_IRREGULAR_PLURALS = {"people": "person", "children": "child", "grandchildren": "grandchild", "schoolchildren": "schoolchild", "stepchildren": "stepchild", "men": "man", "women": "woman", "feet": "foot",
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
             "smoothie", "veggie", "newbie", "freebie", "hippie", "genie", "prairie", "auntie", "walkie-talkie",
             "sortie", "lingerie", "birdie", "bogie", "boogie", "budgie", "collie", "hoodie", "junkie",
             "magpie", "baggie", "necktie", "pixie", "quickie", "talkie", "yuppie", "foodie", "indie", "techie", "aussie"}
_US_NOUNS = {"bus", "virus", "campus", "bonus", "census", "status", "focus", "surplus", "circus", "octopus",
             "apparatus", "prospectus", "stimulus", "consensus", "corpus", "nexus"}
_UNCOUNTABLE = {"police", "personnel", "staff", "cattle", "aircraft", "sheep", "fish", "livestock",
                "infantry", "cavalry", "artillery", "equipment", "ammunition", "footage", "spacecraft", "watercraft"}
_NOT_NOUNS = set("""is was has its his this thus us as yes less unless across always perhaps towards
afterwards besides whereas sometimes does goes various previous serious famous numerous obvious
anonymous dangerous enormous tremendous nervous ambitious continuous glorious religious its plus
minus versus bus gas focus status census bonus campus virus chaos
becomes proves remains seems means begins includes gets helps makes takes gives comes says tells brings puts adds
pays grows exceeds reaches represents equals sees reunites exemplifies knows thinks feels happens depends belongs lies
sits appears suggests indicates contains requires allows provides continues""".split())
