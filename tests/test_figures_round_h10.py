"""Kinds of figures round h10 (guides, roundups and first-person posts) showed missed or false (issue 19),
each from the project's own sentences.

A figure is written (value, unit, kind, qualifier).
"""

import pytest

from presslake.figures.extract import extract_figures

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # the first size of a pair takes the measure of the second, its own hyphen written or not
    ("The ferries come in 14- and 16-metre hulls.", [(14, "m", X, "exact"), (16, "m", X, "exact")]),
    # a dollar sign after the digits
    ("A pass costs only 7$ per year.", [(7, "USD", M, "exact")]),
    # a year of an era
    ("The harbour dates from ~3000 BCE and predates the town, which has 40 ferries.", [(40, "ferry", C, "exact")]),
    # "no two X are alike" says each is different; "two-factor" names a kind of login
    ("Like snowflakes, no two ferry routes are identical.", []),
    ("The app supports two-factor authentication for its 300 crews.", [(300, "crew", C, "exact")]),
    ("A 3-factor model guides its 40 ferries.", [(40, "ferry", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h10_kinds(text, expected):
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in extract_figures(text)]
    assert got == expected
