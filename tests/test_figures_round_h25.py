"""Kinds of figures round h25 (Article-Bias-Prediction's news and commentary) got wrong on unseen text (issue
19), from the project's own sentences: an age band ("the 18-24 age group"), "100% clear" as a manner of
speaking, and "the top 10 percent" as a class of people.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

P = "percent"

CASES = [
    ("As voters, especially ones in the 18-24 age group, we should ask why.", []),
    ("It is not 100% clear whether people who had the virus are immune.", []),
    ("The top 10 percent are 85-90 percent white.", [(85, 90, "%", P, "exact")]),
    ("The top 20% of earners pay 80% of taxes.", [(20, None, "%", P, "exact"), (80, None, "%", P, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h25_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
