"""Word lists for claims: which verbs report, which words are roles, titles, time or place.

Hand-written and small on purpose: the figures function has no room for a tagger (size, import
time), and these few closed classes are what separates a source's name from the words around
it. Everything is lower-case; abbreviations are listed without their full stop.
"""

from __future__ import annotations


def _forms(*stems: str) -> frozenset[str]:
    """'say|says|said|saying' style lists: each argument is one verb's forms joined by '|'."""
    return frozenset(form for stem in stems for form in stem.split("|"))


# Number words that count a group: "two officials", "Two new polls".
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# A speaker states something: "X said", "said X", "X told reporters", "X estimated".
REPORTING_VERBS = _forms(
    "say|says|said|saying", "add|adds|added|adding", "tell|tells|told", "report|reports|reported",
    "claim|claims|claimed", "estimate|estimates|estimated", "announce|announces|announced",
    "state|states|stated", "note|notes|noted|noting", "write|writes|wrote", "confirm|confirms|confirmed",
    "declare|declares|declared", "insist|insists|insisted", "warn|warns|warned", "explain|explains|explained",
    "acknowledge|acknowledges|acknowledged", "admit|admits|admitted", "argue|argues|argued",
    "tweet|tweets|tweeted", "forecast|forecasts|forecasted", "predict|predicts|predicted",
    "disclose|discloses|disclosed", "reveal|reveals|revealed", "testify|testifies|testified",
    "concede|concedes|conceded", "recount|recounts|recounted", "calculate|calculates|calculated",
    "project|projects|projected", "assert|asserts|asserted", "maintain|maintains|maintained",
    "complain|complains|complained", "boast|boasts|boasted", "cite|cites|cited", "counted",
    "tout|touts|touted", "highlight|highlights|highlighted", "share|shares|shared", "find|finds|found",
    "recall|recalls|recalled", "continue|continues|continued", "point out|points out|pointed out|pointing out",
    "specify|specifies|specified", "relate|relates|related",
)
# Reporting verbs only before a quotation or a colon, or after one ('"...," recalls Ruiz'): "Portline recalls
# 3,000 ferries" and "the strike continued" report nothing.
QUOTING_VERBS = frozenset({"recall", "recalls", "recalled", "continue", "continues", "continued"})
# Participles that continue the same speaker's report: "..., Ruiz said, adding that 12 more were due".
CONTINUING = frozenset({"adding", "noting", "saying", "explaining", "warning", "citing", "estimating"})
# Court and official papers that d1's blind labels name as the source when no one else is named
# ("according to an affidavit unsealed in court" -> affidavit).
SELF_SOURCED = frozenset({"affidavit", "indictment", "complaint", "lawsuit", "warrant", "memo", "memorandum",
                          "transcript", "ruling", "verdict", "judgment", "subpoena", "motion", "petition"})
# A document states what it contains: "the survey found", "data from the agency show".
DOCUMENT_VERBS = _forms("show|shows|showed|shown|showing", "find|finds|found", "indicate|indicates|indicated",
                        "suggest|suggests|suggested", "put|puts", "estimate|estimates|estimated",
                        "reveal|reveals|revealed", "report|reports|reported", "say|says|said", "state|states|stated",
                        "list|lists|listed", "count|counts|counted", "record|records|recorded", "predict|predicted",
                        "specify|specifies|specified",
                        "forecast|forecasts", "project|projects|projected", "confirm|confirms|confirmed")
# What a document is called. A survey's or report's publisher is its source.
DOCUMENTS = frozenset({
    "survey", "surveys", "poll", "polls", "study", "studies", "report", "reports", "data", "figures", "statistics",
    "stats", "analysis", "research", "census", "estimate", "estimates", "count", "tally", "assessment", "review",
    "audit", "filing", "filings", "statement", "release", "results", "numbers", "index", "forecast", "projections",
    "update", "paper", "bulletin", "records", "findings", "calculations", "details", "documents", "regulations",
    "rules", "legislation", "guidance", "benchmarking", "benchmarks", "tests", "testing", "measurements",
    "readings", "projection", "modelling", "modeling", "register", "database", "dataset", "ranking", "rankings",
    "information", "trends", "outlook", "forecasts",
}) | SELF_SOURCED
# What a body issues, named after it ("a Harbour Board document", "an Ostrava Transit Authority memo"): the body
# is the source, the document no part of its name.
ISSUED_DOCUMENTS = DOCUMENTS - SELF_SOURCED | {"document", "memo", "memorandum", "letter", "dossier", "briefing",
                                              "presentation", "article", "story", "editorial", "column",
                                              "investigation"}  # ("a Harbour Times article said": the paper's)
# Documents that someone ran or published ("The Hale Institute surveyed tenants ... The survey found"):
# only these point back at the last publisher the article named.
PUBLISHED_DOCUMENTS = frozenset({"survey", "surveys", "poll", "polls", "study", "studies", "report", "reports",
                                 "research", "analysis", "findings", "results", "review", "paper", "census"})
# Documents that only point back at whoever spoke last ("according to the statement"); "the
# figures" or "the data" may be anyone's.
ANAPHORIC_DOCUMENTS = frozenset({"statement", "update", "release", "announcement", "bulletin"})
# Verbs of taking part in a survey: "1,000 farmers polled by X", "X surveyed tenants".
POLLING = frozenset({"polled", "surveyed", "questioned", "interviewed", "asked", "sampled"})
# Belief, hope and intent are not reports of a figure.
COGNITION_VERBS = _forms(
    "believe|believes|believed", "think|thinks|thought", "hope|hopes|hoped", "expect|expects|expected",
    "fear|fears|feared", "feel|feels|felt", "want|wants|wanted", "wish|wishes|wished", "doubt|doubts|doubted",
    "suspect|suspects|suspected", "guess|guesses|guessed", "assume|assumes|assumed", "imagine|imagines|imagined",
    "worry|worries|worried", "plan|plans|planned", "intend|intends|intended", "aim|aims|aimed",
)

# ---------------------------------------------------------------- people's words around a name

# Courtesy titles: stripped even before a surname alone ("Mrs Okafor" -> "Okafor").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
                        "rev", "reverend", "hon", "honourable", "honorable", "fr", "father", "sister", "brother",
                        "rabbi", "imam", "sheikh", "pastor", "bishop", "archbishop", "cardinal", "pope", "saint",
                        "datuk", "dato", "datin", "seri", "tun", "tunku", "tengku"})  # Malaysian honorifics
# Military and police ranks ("Police Sgt. Tom Hale", "Lt. Col. Ivan Marek").
RANKS = frozenset({
    "sgt", "sergeant", "lt", "lieut", "lieutenant", "capt", "captain", "col", "colonel", "maj", "major", "gen",
    "general", "brig", "brigadier", "adm", "admiral", "cmdr", "cdr", "commander", "cpl", "corporal", "pvt", "private",
    "pte", "officer", "det", "detective", "insp", "inspector", "supt", "superintendent", "const", "constable",
    "sheriff", "undersheriff", "deputy", "trooper", "marshal", "agent", "chief", "staff", "master", "first", "second", "class",
    "petty", "warrant", "field", "vice", "rear", "police", "army", "navy", "air", "force", "cpt", "spc", "specialist",
    "airman", "seaman", "ensign", "commodore", "lance", "major-gen", "maj-gen", "lt-gen", "brig-gen", "lt-col",
    "major-general", "lieutenant-general", "brigadier-general", "lieutenant-colonel",
})
# Offices and jobs ("Deputy Harbour Commissioner", "chief executive", "tomato grower").
ROLES = frozenset({
    "president", "vice-president", "vice", "prime", "premier", "taoiseach", "tanaiste", "gov", "minister", "secretary", "chancellor", "governor",
    "mayor", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "assemblyman",
    "assemblywoman", "councillor", "councilor", "councilman", "councilwoman", "alderman", "commissioner",
    "director", "director-general", "secretary-general", "chairman", "chairwoman", "chair", "chairperson",
    "ceo", "cfo", "coo", "cto", "cio", "executive", "officer", "founder", "co-founder", "cofounder", "head",
    "manager", "leader", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "analyst", "economist",
    "strategist", "pollster", "promoter", "lobbyist", "blogger", "filmmaker", "entrepreneur", "researcher",
    "athlete", "triathlete", "marathoner", "cyclist", "swimmer",
    "scientist", "professor", "lecturer", "expert", "adviser", "advisor",
    "consultant", "counsel", "judge", "justice", "attorney", "lawyer", "prosecutor", "ambassador", "envoy", "delegate",
    "king", "queen", "prince", "princess", "emir", "sultan", "crown", "owner", "partner", "principal", "dean",
    "provost", "rector", "treasurer", "auditor", "comptroller", "controller", "registrar", "clerk", "trustee",
    "editor", "reporter", "photojournalist", "correspondent", "columnist", "author", "writer", "coach", "captain", "skipper",
    "pilot", "engineer", "farmer", "grower", "worker", "resident", "student", "teacher", "doctor", "nurse",
    "surgeon", "physician", "official", "officials", "aide", "assistant", "acting", "interim", "former",
    "then", "senior", "junior", "lead", "chief", "deputy", "associate", "general", "managing", "operating",
    "financial", "technology", "commander", "inspector", "superintendent", "administrator", "coordinator",
    "organiser", "organizer", "activist", "campaigner", "veteran", "member", "members", "vp", "svp", "evp",
    "md", "gm", "boss", "candidate", "nominee", "incumbent",
    "speaker", "whip", "mp", "mep", "mpa", "mna", "mla", "legislator", "lawmaker", "lawmakers", "broker", "trader",
    "democrat", "democrats", "republican", "republicans", "conservative", "liberal", "socialist",
    "banker", "investor", "planner", "architect", "designer", "producer", "developer", "negotiator",
    "mediator", "observer", "inspector-general", "attorney-general", "solicitor", "barrister", "magistrate",
    "coroner", "physicist", "chemist", "biologist", "epidemiologist", "virologist", "psychologist",
    "historian", "sociologist", "statistician", "demographer", "meteorologist", "forecaster", "seismologist",
    "geologist", "climatologist", "oceanographer", "astronomer", "heads", "supervisor",
    "foreman", "master", "harbourmaster", "harbormaster",
    "ombudsman", "curator", "conductor", "presenter", "host", "anchor", "photographer",
    "spokesmen", "spokeswomen",
})
# Words that say what an organisation is, written before its name ("grid operator Ukrenergo").
DESCRIPTORS = frozenset({
    "company", "firm", "operator", "maker", "chipmaker", "carmaker", "automaker", "drugmaker", "carrier",
    "airline", "retailer", "bank", "lender", "insurer", "startup", "start-up", "developer", "producer",
    "manufacturer", "group", "giant", "supplier", "provider", "utility", "agency", "watchdog", "regulator",
    "broadcaster", "publisher", "newspaper", "network", "charity", "organisation", "organization", "ngo",
    "monitor", "consultancy", "think-tank", "tank", "institute", "union", "association", "outlet", "platform",
    "exchange", "fund", "miner", "refiner", "shipper", "railway", "railroad", "conglomerate", "brand", "chain",
    "service", "club", "team", "party", "alliance", "coalition", "body", "authority", "council", "committee",
    "nonprofit", "non-profit", "entity", "outfit", "lobby", "campaign",
})
# People a body's name or place goes with, who speak for it unnamed: "experts from the agency", "WSU researchers"
UNNAMED_EXPERTS = frozenset({"expert", "experts", "researcher", "researchers", "scientist", "scientists", "analyst",
                             "analysts", "economist", "economists", "official", "officials", "source", "sources",
                             "staff", "engineers", "doctors"})
# Unnamed people and bodies that report: "officials said", "according to residents".
PEOPLE = frozenset({
    "officials", "authorities", "analysts", "experts", "traders", "residents", "police", "investigators",
    "researchers", "scientists", "economists", "witnesses", "doctors", "prosecutors", "lawyers", "sources", "authors",
    "critics", "organisers", "organizers", "activists", "campaigners", "locals", "farmers", "workers",
    "employees", "staff", "executives", "managers", "observers", "diplomats", "lawmakers", "legislators",
    "officers", "firefighters", "rescuers", "medics", "paramedics", "volunteers", "people", "villagers",
    "parents", "teachers", "students", "fans", "users", "customers", "passengers", "survivors", "relatives",
    "neighbours", "neighbors", "eyewitnesses", "journalists", "reporters", "pollsters", "forecasters",
    "regulators", "bankers", "brokers", "dealers", "sellers", "buyers", "producers", "exporters", "importers",
    "miners", "growers", "fishermen", "unions", "agencies", "governments", "ministers", "leaders", "members",
    "crew", "crews", "media", "press", "planners", "insiders", "aides", "advisers", "advisors",
    "spokespeople", "representatives", "delegates", "negotiators", "mediators", "monitors", "inspectors",
    "engineers", "builders", "developers", "owners", "landlords", "tenants", "drivers", "pilots", "nurses",
    "administrators", "commanders", "troops", "soldiers", "militants", "rebels", "protesters", "demonstrators",
    "participants", "respondents", "voters", "consumers", "shoppers", "investors", "shareholders", "creditors",
    "bondholders", "lenders", "insurers", "statisticians", "epidemiologists", "testers", "reviewers",
})
# The last word of a company's name ("Verizon Communications", "Velmar Holdings Ltd").
CORPORATE = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "gmbh", "ag", "sa", "nv", "group",
                       "holdings", "company", "communications", "technologies", "technology", "systems", "industries",
                       "motors", "airlines", "airways", "capital", "partners", "energy", "media", "pharmaceuticals",
                       "entertainment", "insurance", "electric", "dynamics", "foods", "labs", "networks", "brands",
                       "enterprises", "ventures", "solutions", "software", "semiconductor", "telecom", "petroleum"})
# Generic nouns for a company: "the company said" is the last company the article named.
COMPANY_NOUNS = frozenset({"company", "firm", "group", "business", "corporation", "conglomerate", "giant"})

# ---------------------------------------------------------------- kinds of names

# Words that make a capitalised run an organisation ("Hale Institute for Policy Research").
ORG_HEADS = frozenset({
    "ministry", "department", "dept", "institute", "agency", "bank", "company", "co", "corporation", "corp",
    "inc", "ltd", "llc", "plc", "gmbh", "ag", "sa", "group", "association", "council", "commission",
    "committee", "conference", "authority", "board", "office", "service", "services", "bureau", "university", "college",
    "school", "foundation", "fund", "center", "centre", "organization", "organisation", "union", "federation",
    "party", "police", "court", "administration", "government", "army", "forces", "force", "navy", "command",
    "staff", "network", "trust", "society", "academy", "league", "club", "team", "firm", "partners", "holdings",
    "airlines", "airways", "railway", "railways", "exchange", "observatory", "survey", "statistics", "watch",
    "project", "lab", "labs", "laboratory", "hospital", "clinic", "museum", "parliament", "congress", "senate",
    "assembly", "cabinet", "embassy", "consulate", "secretariat", "programme", "program", "initiative",
    "alliance", "coalition", "monitor", "motors", "electric", "dynamics", "industries", "systems",
    "technologies", "technology", "energy", "media", "pharmaceuticals", "entertainment", "capital", "insurance",
    "airport", "port", "guard", "reserve", "treasury", "times", "post", "news", "press", "journal", "herald",
    "tribune", "gazette", "telegraph", "guardian", "review", "magazine", "television", "radio", "broadcasting",
    "research", "analytics", "consulting", "advisers", "advisors", "associates", "communications", "institution",
    "chamber", "house", "division", "unit", "directorate", "inspectorate", "nations", "tech",
    "brotherhood", "guild", "syndicate", "consortium", "cooperative", "co-op", "mission", "solutions", "insights",
    "strategies", "ventures", "consultants", "intelligence", "economics", "zoo", "aquarium", "library", "orchestra",
    "regulator", "commissioner", "ombudsman", "tribunal", "prosecutor's", "kremlin", "pentagon", "nato", "un",
    # the nouns of a public body's name: "Customs and Border Protection", "Health and Human Services"
    "customs", "protection", "enforcement", "security", "affairs", "development", "safety", "health", "justice",
    "defense", "defence", "commerce", "labor", "labour", "transportation", "education", "environment",
    "agriculture", "wildlife", "immigration", "welfare", "finance", "trade", "interior", "operations",
})
# Words that make a capitalised run a place ("Wall Street", "Silicon Valley").
PLACE_HEADS = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "boulevard", "square", "park", "river", "mountain", "mountains",
    "county", "city", "province", "region", "oblast", "island", "islands", "lake", "bay", "valley", "bridge",
    "coast", "beach", "harbour", "harbor", "hill", "hills", "sea", "ocean", "gulf", "strait", "peninsula",
    "district", "village", "town", "state", "states", "republic", "kingdom", "east", "west", "north", "south",
    "hall", "stadium", "arena", "plaza", "tower", "building", "station", "canal", "desert", "forest",
    "stand", "market", "terminal", "mainland", "zone", "camp",
})

# the US states, which stand before a poll or survey as its scope, not its pollster ("The July 18 California poll")
US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
})

# nationalities that stand before a body's noun without naming it: "a South African firm", "the European regulator"
NATIONALITIES = frozenset({
    "african", "american", "argentine", "argentinian", "asian", "australian", "austrian", "bangladeshi", "belgian",
    "brazilian", "british", "bulgarian", "canadian", "chilean", "chinese", "colombian", "croatian", "cuban", "czech",
    "danish", "dutch", "egyptian", "emirati", "english", "estonian", "ethiopian", "european", "filipino", "finnish",
    "french", "georgian", "german", "ghanaian", "greek", "hungarian", "icelandic", "indian", "indonesian", "iranian",
    "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "kenyan", "korean", "kuwaiti", "latvian",
    "lebanese", "libyan", "lithuanian", "malaysian", "mexican", "moroccan", "nigerian", "norwegian", "pakistani",
    "palestinian", "peruvian", "polish", "portuguese", "qatari", "romanian", "russian", "saudi", "scottish",
    "serbian", "singaporean", "slovak", "slovenian", "somali", "spanish", "swedish", "swiss", "syrian", "taiwanese",
    "thai", "turkish", "ugandan", "ukrainian", "venezuelan", "vietnamese", "welsh", "yemeni", "zimbabwean",
})

# ---------------------------------------------------------------- time and place around a name

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                      "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                    "sept", "oct", "nov", "dec"})
TIME_WORDS = WEEKDAYS | MONTHS | frozenset({
    "today", "yesterday", "tomorrow", "tonight", "overnight", "morning", "afternoon", "evening", "night",
    "week", "weekend", "month", "year", "quarter", "day", "days", "weeks", "months", "years", "earlier", "later",
    "last", "this", "next", "recently", "previously", "late", "early", "ago", "now", "then", "once", "again",
    "also", "separately", "meanwhile", "subsequently", "already", "still", "finally", "initially", "first",
})
# Words that open a time or place phrase after a name ("the ministry on Tuesday", "officials in Velmar").
ADJUNCT_OPENERS = frozenset({"on", "in", "at", "during", "via", "from", "late", "early", "earlier", "later", "last",
                             "this", "next", "yesterday", "today", "tonight", "overnight", "over", "after",
                             "before", "when", "while", "as", "through", "throughout", "by", "to", "with"})

# ---------------------------------------------------------------- never a source

# A sentence's first word is capitalised too: these are never a name.
# so that "The FEC cannot have" ends its subject where "The FEC can have" does
NEGATED_AUXILIARIES = frozenset({"cannot", "can't", "can’t", "won't", "won’t", "wouldn't", "wouldn’t", "couldn't", "couldn’t",
                                 "shouldn't", "shouldn’t", "mustn't", "mustn’t", "don't", "don’t", "doesn't", "doesn’t",
                                 "didn't", "didn’t"})
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you",
    "him", "her", "them", "us", "me", "his", "their", "our", "my", "your", "there", "here", "which", "who", "whom",
    "whose", "what", "where", "when", "why", "how", "and", "or", "but", "so", "yet", "if", "as", "of", "in", "on",
    "at", "for", "from", "by", "with", "to", "into", "about", "after", "before", "since", "until", "while",
    "although", "though", "because", "however", "meanwhile", "also", "still", "then", "now", "one", "some",
    "many", "most", "all", "both", "each", "every", "other", "another", "such", "no", "not", "nor", "only",
    "even", "just", "more", "less", "much", "few", "several", "over", "under", "among", "between", "during",
    "despite", "without", "within", "against", "across", "according", "above", "below", "beyond", "behind",
    "near", "per", "than", "like", "unlike", "toward", "towards", "upon", "amid", "around", "along", "off", "out",
    "up", "down", "past", "inside", "outside", "through", "throughout", "via", "beneath", "beside", "whether",
    "unless", "once", "instead", "thus", "therefore", "indeed", "initial", "preliminary", "following", "including",
    "regarding", "concerning", "excluding",
    "unfortunately", "fortunately", "overall", "together", "likewise", "besides", "earlier", "later",
    "asked", "speaking", "reporting", "writing", "last", "next", "first", "second", "third", "finally", "said",
    "says", "say", "yes", "well", "oh", "please", "thanks", "do", "does", "did", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "let",
}) | NEGATED_AUXILIARIES
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "these", "those",
                      "one", "someone", "somebody", "anyone", "everyone", "nobody", "none", "both", "each",
                      "others", "many", "some", "several", "most", "all",
                      # with the verb run on: "We're told there is one suspect"
                      "we're", "we’re", "they're", "they’re", "i'm", "i’m", "you're", "you’re",
                      *(f"{who}{mark}{verb}" for who in ("i", "we", "they", "you") for mark in "'’" for verb in ("ve", "d", "ll"))})
# Nouns that name a quantity, not an owner: "Inflation slowed to 4%", "Exports rose 12%".
QUANTITY_NOUNS = frozenset({
    "inflation", "sales", "revenue", "revenues", "exports", "imports", "prices", "price", "spending", "turnout",
    "output", "production", "profit", "profits", "income", "earnings", "growth", "unemployment", "employment",
    "rate", "rates", "costs", "cost", "shares", "stock", "stocks", "volume", "volumes", "traffic", "demand",
    "supply", "deficit", "debt", "budget", "value", "valuation", "number", "numbers", "total", "totals", "share",
    "tolls", "fares", "rents", "rent", "wages", "pay", "salaries", "margin", "margins", "losses", "loss", "gains",
    "temperature", "temperatures", "level", "levels", "yield", "yields", "index", "consumption", "capacity",
    "freight", "investment", "investments", "funding", "subsidies", "tax", "taxes", "fees", "bill", "bills",
    "harvest", "population", "attendance", "ratings", "viewership", "ridership", "enrolment", "enrollment",
    "crime", "crimes", "deaths", "cases", "infections", "emissions", "visits", "views", "downloads", "orders",
    "bookings", "deliveries", "shipments", "arrivals", "applications", "claims", "transactions", "payments",
    "lending", "borrowing", "savings", "reserves", "assets", "liabilities", "balance", "surplus", "gdp", "cpi",
    "average", "median", "majority", "minority", "percentage", "proportion", "amount", "sum", "figure", "gap",
    "ratio", "rise", "fall", "increase", "decrease", "drop", "decline", "jump", "surge", "score", "tally",
})

# the common words that name a plan's tier or a size class ("Pro ($26/user)", "Small (1-99 employees)")
TIER_NAMES = frozenset({"basic", "standard", "pro", "professional", "enterprise", "premium", "plus", "unlimited", "ultimate",
                        "business", "starter", "essentials", "advanced", "team", "free", "personal", "growth", "small",
                        "medium", "large"})
