"""Kinds of figures round h3 showed missed or false (issue 19), each from the project's own sentences.

A figure is written (value, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # the pool a share is taken from, "N of the top M": M ranks, the N counts
    ("The survey found 38 of the top 100 firms have a female partner.", [(38, "firm", C, "exact")]),
    ("Its customers include six of the world's top 10 banks.", [(6, "bank", C, "exact")]),
    ("The top four developers wrote half the patches.", [(4, "developer", C, "exact")]),
    # an age bound: "18 and younger", "65 and over"
    ("Visits fell by 25% for patients 18 and younger in 2021.", [(25, "%", P, "exact")]),
    ("Adults 65 and over pay a reduced fee of $4.", [(4, "USD", M, "exact")]),
    # the second day of "February 13 and 14, 2025"
    ("Two versions were published on February 13 and 14, 2025, with errors.", [(2, "version", C, "exact")]),
    # a rate's denominator with words between: "$6 per year for every $1,000 invested"
    ("It costs $6 per year for every $1,000 invested.", [(6, "USD", M, "exact")]),
    # "one" counts in a rate: "one egg per day"
    ("For most people, eating one egg per day is healthy.", [(1, "egg", C, "exact")]),
    ("Nurses check one patient an hour.", [(1, "patient", C, "exact")]),
    # a figure that opens a line and the description after its colon: "480: Number of startup hubs"
    ("One big number\n\n480: Number of startup hubs worldwide\n\n10%: Share of new firms", [
        (480, "hub", C, "exact"), (10, "%", P, "exact")]),
    ("Figures\n\n639 million: Estimated number of internet users in the country\n\n"
     "93,500: Job openings for data scientists in the region", [
        (639e6, "user", C, "exact"), (93500, "opening", C, "exact")]),
    # two rates compared before one "per 100,000": the first is a rate's numerator too
    ("Overdose deaths rose. The rate for girls stayed lower than for boys (3.8 vs. 8.1 per 100,000 in 2022).",
     [(3.8, "death", C, "exact"), (8.1, "death", C, "exact")]),
    ("Overdose deaths rose. The rate was three times higher than in the city (22.2 vs. 7.2 per 100,000).",
     [(3, "times", X, "exact"), (22.2, "death", C, "exact"), (7.2, "death", C, "exact")]),
    # a change's two levels in parentheses after its verb: two figures, not a range
    ("Overdose deaths doubled among boys (from 1.1 to 3.0 per 100,000) and girls (from 1.0 to 2.5 per 100,000).",
     [(1.1, "death", C, "exact"), (3.0, "death", C, "exact"), (1.0, "death", C, "exact"), (2.5, "death", C, "exact")]),
    ("Prices ranged widely (from $20 to $30 a night).", [(20, "USD", M, "exact")]),
    # a call to the reader: "support us for as little as $1"
    ("Thank you. You can support us for as little as $1 via PayPal.", []),
    # a season's number names it: "season 3 of Twin Peaks"
    ("Lynch returned with season 3 of the show and drew 2 million viewers.", [(2e6, "viewer", C, "exact")]),
    # the number of a footnote after the return link that ends the note before
    ("Figures are rounded. ↩︎ 2 Overdose death counts exclude two groups.", [(2, "group", C, "exact")]),
    # "one" counts after a verb that fills a post: "to fill one position"
    ("Hiring can take six months to fill one position.", [(1, "position", C, "exact")]),
    # a gram's symbol apart from the number: "400 g of fruit"
    ("Aim for five a day (400 g of fruit and vegetables per day).", [(400, "g", X, "exact")]),
    ("The phone weighs 190 g and the case 30 g.", [(190, "g", X, "exact"), (30, "g", X, "exact")]),
    # "one" and its noun past an adjective of sex: "just one female investing partner"
    ("Many firms have just one female investing partner.", [(1, "partner", C, "exact")]),
    ("Only one female was injured in the crash.", [(1, "female", C, "exact")]),
    # a listicle's title named in a link: "150+ Top AI Companies 2024"
    ("For more, read our guide: 150+ Top AI Companies 2024", []),
    # teasers for links after the article: "Watch a discussion with two experts", "Take a look at the seven steps"
    ("Firms spent $3 billion.\n\nWatch a discussion with two AI experts about models.\n\n"
     "Take a look at the seven steps of machine learning.", [(3e9, "USD", M, "exact")]),
    # a base of clients or users counts them: "the client base increased to 1,000-plus"
    ("As the client base increased to 1,000-plus, big names signed on.", [(1000, "client", C, "min")]),
    ("Its user base has reached 2 million.", [(2e6, "user", C, "exact")]),
    # a link line after the article: "Read next: 7 lessons for ..."
    ("The model was trained on 40 datasets.\n\nRead next: 7 lessons for successful projects",
     [(40, "dataset", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h3_kinds(text, expected):
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected


@pytest.mark.parametrize("text, unit", [
    # a compound noun whose head alone means something else keeps its first noun
    ("Eggs contain all nine essential amino acids.", "amino acid"),
    ("The oil holds three omega fatty acids.", "fatty acid"),
    # a partitive's noun is the head of its compound, the last noun: "social media networks"
    ("It counts five of the world's leading social media networks as clients.", "network"),
])
def test_a_lexicalised_compound_noun_is_the_unit(text, unit):
    assert [f.unit for f in extract_figures(text)] == [unit]
