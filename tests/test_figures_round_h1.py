"""Kinds of figures round h1 showed missed or false (issue 19), each from the project's own sentences.

A figure is written (value, unit, kind, qualifier) or (value, value_high, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # rand and ringgit: "R" and "RM" before an amount with a scale or digit groups; "R2" alone is a name
    ("The treasury set aside R4.5bn for the port, and R1,250 for each permit.",
     [(4.5e9, "ZAR", M, "exact"), (1250, "ZAR", M, "exact")]),
    ("The council will spend up to R12 million on roads.", [(12e6, "ZAR", M, "max")]),
    ("The insurer paid out RM2.4 million in claims, or nearly RM800,000 a month.",
     [(2.4e6, "MYR", M, "exact"), (800000, "MYR", M, "max")]),
    ("The R2 road and the R32 draw were named; the RM3 form is due.", []),
    # a poll's share in tenths: "3 in 10" is 30%
    ("About 4 in 10 renters say rents rose, and more than 1 in 10 moved.",
     [(40, "%", P, "approx"), (10, "%", P, "min")]),
    # a year before an amount does not open a range with it
    ("Revenue rose from €1.2 million in 2023 to €2.5 million in 2024.",
     [(1.2e6, "EUR", M, "exact"), (2.5e6, "EUR", M, "exact")]),
    # a number that names a kind of policy or system counts nothing
    ("The two-child policy ended, and talks on a two-state solution and the two-party system resumed.", []),
    ("A six-member panel and a two-man crew arrived.", [(6, "member", C, "exact"), (2, "man", C, "exact")]),
    # "as young as 14": an age, also after a count of the same noun
    ("Some of the pupils were as young as 14, and as old as 19.", []),
    ("Six girls came forward. Some of the girls were as young as 14 at the time.", [(6, "girl", C, "exact")]),
    # a toll's verb far from it
    ("The death toll from the shelling of the market in the old town had risen to 21, officials said.",
     [(21, "death", C, "exact")]),
    # words that compose one number: "a hundred thousand", "two hundred and fifty thousand"
    ("Covering up to a hundred thousand square kilometres would cost about two hundred and fifty thousand dollars.",
     [(100000, "square km", X, "max"), (250000, "USD", M, "approx")]),
    # a number glued to a capital M with no plural noun after it names a firm ("3M"); "2M users" counts
    ("She worked at 3M for a decade, and a 3M policy let staff publish; the app has 2M users.",
     [(2e6, "user", C, "exact")]),
    # "one" counts when something befalls what it counts, or when it is among others
    ("Harbour news: One child remains in hospital, and the police said one boy remained there.",
     [(1, "child", C, "exact"), (1, "boy", C, "exact")]),
    ("An official says one missile struck a depot.", [(1, "missile", C, "exact")]),
    ("Nine people were hurt, including one person who was a visitor.", [(9, "person", C, "exact"), (1, "person", C, "exact")]),
    ("One of the visitors said one day they would return.", []),
    # qualifiers: a price that starts at, a least or most amount, a limit that is passed, an estimate's worth
    ("Tickets start at $99, seats starting at $1,500, a fee of as little as $5 and a minimum of $20.",
     [(99, "USD", M, "min"), (1500, "USD", M, "min"), (5, "USD", M, "min"), (20, "USD", M, "min")]),
    ("Fines rise to a maximum of £10,000; rents often exceed 900 euros but rarely exceed 2,000 euros.",
     [(10000, "GBP", M, "max"), (900, "EUR", M, "min"), (2000, "EUR", M, "max")]),
    ("The market was estimated to be worth $630 billion, and the deficit just under US $6.9 billion.",
     [(630e9, "USD", M, "approx"), (6.9e9, "USD", M, "max")]),
    # ages: "was 12 in 1976", a life expectancy
    ("The couple had two daughters. Maya was 12 in 1976. The town had 3 schools. Life expectancy was 49.",
     [(2, "daughter", C, "exact"), (3, "school", C, "exact")]),
    # "100 percent" said for emphasis at a clause's end is no share
    ("He said: \u201cI will vote for her, 100 percent.\u201d Turnout hit 100 percent in one ward.",
     [(100, "%", P, "exact")]),
    # a share and an amount joined by "or" are two figures, not a range
    ("The field holds about 17% or 3.3 billion barrels of the reserves.",
     [(17, "%", P, "approx"), (3.3e9, "barrel", X, "exact")]),
    # "a quarter million", as "half a million"
    ("The new town will house a quarter million people.", [(250000, "person", C, "exact")]),
    # millilitres
    ("The pack holds 222mL cans and a 750 ml bottle.", [(222, "ml", X, "exact"), (750, "ml", X, "exact")]),
    # a decimal below one before a measure word is no version ("the 0.17 release" is)
    ("It cut the heat by 0.1 degrees Celsius (0.18 degrees Fahrenheit) with a 0.25 inch film; the 0.17 release.",
     [(0.1, "°C", X, "exact"), (0.18, "°F", X, "exact"), (0.25, "inch", X, "exact")]),
    # a conversion in parentheses says the same, with the same qualifier
    ("Winds blew up to 180 kilometres per hour (112 mph) and about 40 km (25 miles) inland.",
     [(180, "km/h", X, "max"), (112, "mph", X, "max"), (40, "km", X, "approx"), (25, "mile", X, "approx")]),
    # a newsletter's call is no news
    ("Join the 20,000+ readers who have subscribed.", []),
    ("The paper has 20,000 readers.", [(20000, "reader", C, "exact")]),
    # a count named before its verb, with a place between
    ("Overall cases across the country declined to 653, and deaths in the region rose to 12.",
     [(653, "case", C, "exact"), (12, "death", C, "exact")]),
    # a headline's number counts nothing in the paragraph below it
    ("Shelling kills at least 7, wounds 30\n\nLocal police said the town was hit.",
     [(7, "killed", C, "min"), (30, "wounded", C, "exact")]),
    # each verb of a pair counts its own ("killed 7 and wounded 30"), unless a noun was named ("killing 42 people")
    ("Shelling killed at least 7 and wounded 30.", [(7, "killed", C, "min"), (30, "wounded", C, "exact")]),
    ("Shelling killed 42 people and injured more than 300.", [(42, "person", C, "exact"), (300, "person", C, "min")]),
    # "taken hostage" counts hostages
    ("At least 1,200 people were killed and about 250 taken hostage.",
     [(1200, "person", C, "min"), (250, "hostage", C, "approx")]),
    # a number word opening a paragraph under a headline is no name ("the Big Three carmakers" is)
    ("Storms shut airports in Spain\n\nTen flights were cancelled. They met the Big Three carmakers.",
     [(10, "flight", C, "exact")]),
    # a year before "levels" or a target is a date
    ("Emissions will fall 40 per cent on 2005 levels, short of the 2030 emissions reduction target.",
     [(40, "%", P, "exact")]),
]


def as_tuple(figure):
    if figure.value_high is None:
        return (figure.value, figure.unit, figure.kind, figure.qualifier)
    return (figure.value, figure.value_high, figure.unit, figure.kind, figure.qualifier)


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_sentence(sentence, expected):
    got = [tuple(round(v, 6) if isinstance(v, float) else v for v in as_tuple(f)) for f in extract_figures(sentence)]
    assert got == [tuple(float(v) if isinstance(v, (int, float)) else v for v in e) for e in expected]


CANADIAN = ("Toronto's council voted on Monday. The Ontario plan, the first in Canada since 2019, costs $12 million,"
            " and the Alberta one US$3 million.")
AMERICAN = ("The Texas plan costs $12 million. Washington and New York are watching; Canada and Ontario and Toronto"
            " may follow.")


@pytest.mark.parametrize("text, units", [
    (CANADIAN, ["CAD", "USD"]),  # a bare "$" in a text set in Canada is the Canadian dollar; "US$" stays
    (AMERICAN, ["USD"]),  # a text that names the United States as often keeps USD
    ("Sydney's and Melbourne's councils, and Australia's treasury, set aside $4 million.", ["AUD"]),
])
def test_a_bare_dollar_is_the_dollar_of_the_country_the_text_is_set_in(text, units):
    assert [f.unit for f in extract_figures(text)] == units


def test_a_decimal_that_names_a_class_of_things_in_an_article_counts_nothing():
    """'22.4 workers', '22.4 drivers', '22.4 positions': a decimal the text puts before several nouns, three
    times or more, is a classification (a section of a rule), not a count; '10.5 floors' once still counts."""
    text = ("The 22.4 workers are paid less. The union wants 22.4 drivers to get full pay, and the 22.4 positions"
            " to go. The firm leased 10.5 floors.")
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(10.5, "floor")]


@pytest.mark.parametrize("text, expected", [
    ("In Dar es Salaam, traders in Tanzania say a stall earns 10,000/- a day, and each lamp cost 4m/-.",
     [(10000, "TZS"), (4e6, "TZS")]),
    ("Nairobi vendors in Kenya pay 2,500/- to 3,000/- a month.", [(2500, "KES")]),  # a range
    ("The vendor paid 2,500/- for it.", []),  # no country named: whose shillings is not guessed
])
def test_an_amount_with_a_slash_and_dash_is_the_money_of_the_country_named(text, expected):
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected
