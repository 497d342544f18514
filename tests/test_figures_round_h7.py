"""Kinds of figures round h7 showed missed or false (issue 19), each from the project's own sentences.

A figure is written (value, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # dollars of other countries written with their prefix: Singapore, New Zealand, Hong Kong, Taiwan
    ("The minimum salary rises from S$4,500 to S$5,000 in September.", [(4500, "SGD", M, "exact"), (5000, "SGD", M, "exact")]),
    ("The port cost NZ$3 million, the ferry HK$8 billion and the bridge NT$2 billion.",
     [(3e6, "NZD", M, "exact"), (8e9, "HKD", M, "exact"), (2e9, "TWD", M, "exact")]),
    ("Tickets for the S$ tour sold out.", []),
    # a year after "from" starts no range: "rose 12% from 2019 to 4,500 units" reaches 4,500
    ("Sales rose 12% from 2019 to 4,500 units.", [(12, "%", P, "exact"), (4500, "unit", C, "exact")]),
    ("Ferries ran from 2019 to 2021.", []),
    # "11 set to head south": "set to" says what is to come, the count is of the noun before
    ("Seven officers left by June 9, with 11 set to head south by June 25.", [(7, "officer", C, "exact"), (11, "officer", C, "exact")]),
    # a nickname is a name: "One Percent Joe"
    ("We call him ‘One Percent Joe,’ and he polled 1 percent.", [(1, "%", P, "exact")]),
    ("Fans called him “Ten Goal Tom” after 10 goals.", [(10, "goal", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h7_kinds(text, expected):
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected
