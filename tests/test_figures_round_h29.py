"""Kinds of figures round h29 (health press releases on EurekAlert, news pages) got wrong on unseen text (issue
19), from the project's own sentences: "a quarter of a million", "one hundred twenty nine" without "and", a change
whose verb stands far back ("increase overall cancer prevention from 70 to 90 per cent"), a test's p-value, a
median age ("was 21 for men and 28 for women") and a blood pressure ("154/90 mm Hg").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P = "count", "measure", "percent"

CASES = [
    ("Nearly a quarter of a million children are treated each year.", [(250000, None, "child", C, "max")]),
    ("A third of a billion dollars was spent.", [(1e9 / 3, None, "USD", "money", "exact")]),
    ("One hundred twenty nine women were randomized.", [(129, None, "woman", C, "exact")]),
    ("Three hundred and twelve ferries sailed.", [(312, None, "ferry", C, "exact")]),
    ("The drug could increase overall cervical cancer prevention from 70 to 90 per cent.",
     [(70, None, "%", P, "exact"), (90, None, "%", P, "exact")]),
    ("It increased global temperatures by 9 to 14 degrees Fahrenheit.", [(9, 14, "°F", M, "exact")]),
    ("Both tests were 97% specific (p=1.0), and the gap was small (p < 0.001).", [(97, None, "%", P, "exact")]),
    ("The median age of the participants was 21 for men and 28 for women.", []),
    ("Patients had a blood pressure of 154/90 mm Hg.", [(154, None, "mm Hg", M, "exact"), (90, None, "mm Hg", M, "exact")]),
    ("Add 1/2 cup of milk.", [(0.5, None, "cup", C, "exact")]),  # a cook's measure since round h54
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h29_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
