"""Kinds of figures round h16 (30 news pages of 2008 and 2017 from the Chaos set and L3S-GN1) showed missed
or false (issue 19), each from the project's own sentences.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M, P, X = "count", "money", "percent", "measure"

CASES = [
    # a light year is a distance, not a time ("2.6b light years": a billion of them)
    ("The harbour's twin star is 39 light years away, and its cluster 2.6b light years off.",
     [(39, None, "light-year", X, "exact"), (2.6e9, None, "light-year", X, "exact")]),
    # units stuck to the number: cubic centimetres, nanometres, revolutions per minute
    ("The ferry's new 1200cc engine, a 16nm chip and a 15,000rpm pump.",
     [(1200, None, "cc", X, "exact"), (16, None, "nm", X, "exact"), (15000, None, "rpm", X, "exact")]),
    # numbered issues, chapters and episodes in the plural name them ("issues 5 and 6")
    ("Silva drew the harbour comic's issues 5 and 6, and 12 ferries sailed.", [(12, None, "ferry", C, "exact")]),
    # a storm's or an alert's category in words is a name, as in digits
    ("The cyclone was upgraded to a category four storm, and 4 ferries sank.", [(4, None, "ferry", C, "exact")]),
    # a count before a product's name and number: "two Firewire 800 ports" counts ports, 800 is the name's
    ("The ferry has two Firewire 800 ports and three USB ports.",
     [(2, None, "port", C, "exact"), (3, None, "USB port", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h16_kinds(text, expected):
    got = figure_tuples(text)
    assert got == expected
