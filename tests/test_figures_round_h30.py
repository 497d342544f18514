"""Kinds of figures round h30 (health press releases on EurekAlert) got wrong on unseen text (issue 19), from the
project's own sentences: "by 1 to 2 inches" is a range of a change, not a change and a level (a level is more than
three times the change: "grew by 12,000 to 1.3 million"), and a range may repeat its unit after "between ... and"
("between 21.7 ng/mL and 46.2 ng/mL").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P = "count", "measure", "percent"

CASES = [
    ("Their waistlines shrank by 1 to 2 inches.", [(1, 2, "inch", M, "exact")]),
    ("Prices rose by 2 to 3 percent.", [(2, 3, "%", P, "exact")]),
    ("Sales grew by 12,000 to 1.3 million.", [(12000, None, "sale", C, "exact"), (1.3e6, None, "sale", C, "exact")]),
    ("Prices rose by 0.5% to 3.2%.", [(0.5, None, "%", P, "exact"), (3.2, None, "%", P, "exact")]),
    ("Levels dropped to between 21.7 ng/mL and 46.2 ng/mL.", [(21.7, 46.2, "ng/mL", M, "exact")]),
    ("He lifted 5 kg and she lifted 7 kg.", [(5, None, "kg", M, "exact"), (7, None, "kg", M, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h30_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
