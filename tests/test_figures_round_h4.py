"""Kinds of figures round h4 showed missed or false (issue 19), each from the project's own sentences.

A figure is written (value, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # a win-loss record is a tally, like a score: "a 17-27 record", "went 2-8"
    ("The coach left with a 17-27 record since taking over.", []),
    ("The team went just 2-8 outside the division this season.", []),
    ("Their 5-11 mark was the worst in the league, and 40 players left.", [(40, "player", C, "exact")]),
    # "N games into the season": a point in time, not a count
    ("He was fired four games into the 2008 season.", []),
    ("Ten minutes into the match, 3,000 fans had left.", [(3000, "fan", C, "exact")]),
    ("He sent 3,000 troops into the campaign and 5 billion dollars into the war.",
     [(3000, "troop", C, "exact"), (5e9, "USD", M, "exact")]),
    # "six-figure costs": the number of digits of a size class, no figure
    ("Insurers guard six-figure costs on specialty drugs.", []),
    ("She earned a seven-figure salary from 12 clients.", [(12, "client", C, "exact")]),
    # a multiplier written "3x" before a noun or after "by"
    ("The change produced a 3x drop in search latencies.", [(3, "times", X, "exact")]),
    ("Wait times were reduced by 5x after the fix.", [(5, "times", X, "exact")]),
    # milliseconds stuck to the digits, after a multiplier
    ("Latencies were reduced by 3x from 800ms to 250ms last week.",
     [(3, "times", X, "exact"), (800, "ms", X, "exact"), (250, "ms", X, "exact")]),
    # "a million times over": how often, no figure
    ("It was repeated a million times over, each time at his expense.", []),
    # dirhams written with their prefix "Dh"
    ("Analysts expect investments to touch Dh33 billion by the end of the year.", [(33e9, "AED", M, "exact")]),
    ("Tickets cost Dh1,250 each.", [(1250, "AED", M, "exact")]),
    ("Dhoni scored 33 runs.", [(33, "run", C, "exact")]),
    # an adverb of time after the number is not what it counts
    ("The number of fatalities rose to 2,696 overnight from 2,182, the ministry said.",
     [(2696, "fatality", C, "exact"), (2182, "fatality", C, "exact")]),
    # a verb in -s after the number is not what it counts
    ("A reading below 50 indicates a contraction.", []),
    # a count in a compound modifier is no noun a later bare number stands for
    ("It covers the 19-member euro zone. A reading below 50 indicates a contraction.", [(19, "member", C, "exact")]),
    # a counted noun after a name with digits: "the number of COVID-19 infections rose to 686"
    ("It takes the total number of COVID-19 infections to 686.", [(686, "infection", C, "exact")]),
    # "one or more of" is "some of", no count; "one or more servers" is at least one (eight of nine labels say so)
    ("It sends the request to one or more index servers.", [(1, "server", "count", "min")]),
    ("We earn a fee from one or more of our advertisers.", []),
    ("There was only 1 bus, and it was full.", [(1, "bus", C, "exact")]),  # a noun in -s stays a noun
    # an HTTP status code names a response
    ("We saw a sudden increase in 404 status codes across 12 servers.", [(12, "server", C, "exact")]),
    # "crossed the 450 mark": a minimum of what the sentence counts
    ("In the region, the number of cases has crossed the 450 mark.", [(450, "case", C, "min")]),
    ("The album's sales passed the 2 million mark in May.", [(2e6, "sale", C, "min")]),
    # a data box: "Global cases: More than 387,382", one line per count
    ("Global cases: More than 387,382\n\nGlobal deaths: At least 16,767\n\nUS cases: 46,450",
     [(387382, "case", C, "min"), (16767, "death", C, "min"), (46450, "case", C, "exact")]),
    ("HTTP/1.1 200 OK\n        Expires: 0\n", []),
    # "by factors of roughly 3": a factor, no figure
    ("Latency was 10 ms. Buckets grow by factors of roughly 3 each.", [(10, "ms", X, "exact")]),
    # a price class between a count and its noun: "two sub-$1000 laptops"
    ("Apple has little to gain by pitting its two sub-$1000 laptops against each other.",
     [(2, "laptop", C, "exact"), (1000, "USD", M, "max")]),
    # "a population of 3 million": the staff-of convention
    ("The district includes a population of approximately 3 million.", [(3e6, "population", C, "approx")]),
    # a list of counts separated by semicolons shares the last one's noun
    ("Italy, Spain, and Germany had 81,093; 63,927; and 28,865 cases respectively.",
     [(81093, "case", C, "exact"), (63927, "case", C, "exact"), (28865, "case", C, "exact")]),
    # a thousands range with the scale on its high end: "$25-50,000" ("or higher" makes it a minimum, as "or more" does)
    ("They turned away jobs not worth $25-50,000 or higher.", [(25000, "USD", M, "min")]),
    # a spread whose ends carry qualifiers is one range
    ("The ratio ranges from less than 10% to more than 30% in a few species.", [(10, "%", P, "max")]),
    ("Fees vary from under $5 to over $20 a month.", [(5, "USD", M, "max")]),
    # store chrome: "BUY NOW", "OUR PRICE $99.95"
    ("Crystal Ring Set BUY NOWOUR PRICE $99.95\n\nTumbler BUY NOW OUR PRICE $21.95", []),
    # a related story's headline cut short on a line of its own
    ("Local Business\n\nAI investments to touch Dh33 billion in...\n\nFirms spent Dh2 billion... and more.",
     [(2e9, "AED", M, "exact")]),
    # a bare "PRICE:" heads a fact box, not a store's offer
    ("Spark plugs\n\nPRICE: $373-$400", [(373, "USD", M, "exact")]),
    # a teaser's vote count and date
    ("Interview with the rescuer\n\n280 votes | 27 September 2017\n\nThe fund raised $5 million.",
     [(5e6, "USD", M, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h4_kinds(text, expected):
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected
