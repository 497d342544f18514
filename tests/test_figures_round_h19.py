"""Kinds of figures round h19 (30 more news pages of the Chaos set and L3S-GN1) missed on unseen text
(issue 19), each from the project's own sentences.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # a count whose noun comes after a number that measures it: "two 40-stall stations"
    ("Two 40-stall stations open soon.", [(2, None, "station", C, "exact"), (40, None, "stall", C, "exact")]),
    ("It has four 1TB internal drives.", [(4, None, "drive", C, "exact"), (1, None, "TB", X, "exact")]),
    ("He hoped to fly two 30-second weightless arcs.", [(2, None, "arc", C, "exact")]),
    # "30-in." is inches
    ("It can drive as many as eight 30-in. displays.",
     [(8, None, "display", C, "max"), (30, None, "inch", X, "exact")]),
    # a toll that exceeds or crosses a number: at least that many deaths
    ("The death toll in the region from forest fires in June exceeds 100.", [(100, None, "death", C, "min")]),
    ("The death toll has crossed 15,000.", [(15000, None, "death", C, "min")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h19_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
