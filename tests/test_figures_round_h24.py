"""Kinds of figures round h24 (Article-Bias-Prediction's news and commentary) missed on unseen text (issue 19),
from the project's own sentences: "one" said again for each item counts each, joined by "and" as by commas
("one platform and one country").

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C = "count"

CASES = [
    ("We also only studied one platform and one country.", [(1, None, "platform", C, "exact"),
                                                            (1, None, "country", C, "exact")]),
    ("You may carry one personal item and one bag on board.", [(1, None, "item", C, "exact"),
                                                              (1, None, "bag", C, "exact")]),
    ("One day and one night passed.", []),  # "one" as "a" ("one day")
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h24_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
