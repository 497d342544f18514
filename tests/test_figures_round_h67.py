"""Kinds of figures round h67 (WCXB web pages: robotic mowers, meal kits, camera types, a software-engineering guide,
gardening TV) got wrong on unseen text (issue 19), from the project's own sentences: an area or a volume written with
a power ("2,000 m²", "12 km2", "5 m³"); "one X per Y" counts its one, whatever Y is; "10 grand" is ten thousand
dollars; "a 10x developer" is a kind of person, no multiplier; "a million different types" is countless; "serve 2"
counts people; "or higher" and "and up" after a number make it a minimum.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

C, M = "count", "measure"

CASES = [
    ("Small lawns (e.g. 300 m²) need less.", [(300, None, "square metre", M, "exact")]),
    ("It covers 12 km2 (4.6 sq mi) and holds 5 m³ of water.", [(12, None, "square km", M, "exact"),
     (4.6, None, "square mile", M, "exact"), (5, None, "cubic metre", M, "exact")]),
    ("They grow one plant per episode.", [(1, None, "plant", C, "exact")]),
    ("From cheap to 10 grand, we have them.", [(10000, None, "USD", "money", "exact")]),
    ("He is a 10x developer.", []),
    ("There are a million different types of cameras.", []),
    ("Bowls serve 2 and all recipes serve 2 to 4.", [(2, None, "person", C, "exact"), (2, 4, "person", C, "exact")]),
    ("A score of 90 or higher wins; kits cost $50 and up.", [(90, None, "score", M, "min"), (50, None, "USD", "money", "min")]),
    # what stays as it was
    ("She owns two grand pianos.", [(2, None, "piano", C, "exact")]),
    ("Guidance was up 2.3 percent and up 4 percent.", [(2.3, None, "%", "percent", "exact"), (4, None, "%", "percent", "exact")]),
    ("It runs 10x faster.", [(10, None, "times", M, "exact")]),
    ("He bought an M2 and 3 apples and more pears.", [(3, None, "apple", C, "exact")]),
    ("The team serves 3 million customers.", [(3e6, None, "customer", C, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h67_kinds(text, expected):
    assert figure_tuples(text) == expected
