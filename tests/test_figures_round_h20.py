"""Kinds of figures round h20 (30 more news pages of the Chaos set and L3S-GN1) got wrong on unseen text
(issue 19), each from the project's own sentences.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # a score before the word for it: "a 2-2 tie", "an 0-2 count", "a 29-22 win"
    ("His goal broke a 2-2 tie, after he worked out of an 0-2 count in a 29-22 win.", []),
    # a house number before a street whose name opens with an abbreviation
    ("The polling place moved to 1031 St. Peters Church Road.", []),
    # "anywhere from 25% to 90%": one uncertain amount, a range; "fell from 25% to 20%" is a change
    ("The planet lost anywhere from 25% to 90% of its air.", [(25, 90, "%", P, "exact")]),
    ("Support fell from 25% to 20%.", [(25, None, "%", P, "exact"), (20, None, "%", P, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h20_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
