"""Kinds of figures rounds h31 to h33 (health press releases, hyperpartisan news) got wrong on unseen text (issue 19),
from the project's own sentences: two values compared share the unit written after the second ("2.8 vs. 3.0 puffs",
"averaging 0.75 vs. 0.76 visits"), a mean below one with two decimals counts ("0.76 visits"; "the 0.17 releases" is
a version), "versus" is never what a number counts, and nor is what follows a verb after "then" ("The two then
began collecting parts").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("Use of the inhaler was the same: 2.8 vs. 3.0 puffs per week.", [(2.8, None, "puff", C, "exact"),
                                                                      (3.0, None, "puff", C, "exact")]),
    ("Clinic visits were equal, averaging 0.75 vs. 0.76 visits per child.", [(0.75, None, "visit", C, "exact"),
                                                                             (0.76, None, "visit", C, "exact")]),
    ("They ate 12 versus 15 apples.", [(12, None, "apple", C, "exact"), (15, None, "apple", C, "exact")]),
    ("Each child had 0.76 visits.", [(0.76, None, "visit", C, "exact")]),
    ("The 0.17 releases fixed two bugs.", [(2, None, "bug", C, "exact")]),
    ("The score was 12 versus 9.", []),
    ("The two then began collecting parts.", [(2, None, "person", C, "exact")]),  # since h40: people named before
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h31_h33_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
