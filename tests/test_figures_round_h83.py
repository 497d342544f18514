"""Kinds of figures round h83 (the Dragnet benchmark's 2012 blogs: Halo 4's weapons, an iPad speaker, a hybrid BMW)
got wrong on unseen text (issue 19), from the project's own sentences: a four-digit number before a unit of measure is
no year ("the 1700 mAh battery"); brake horsepower is a measure; a company named by a number ("343 Industries") is a
name.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    ("The 1800 mAh battery charges a phone twice.", [(1800, None, "mAh", "measure", "exact")]),
    ("Its V8 engine offers 555 bhp.", [(555, None, "bhp", "measure", "exact")]),
    ("Well, 343 Industries have just shown the weapons; 500 Startups invested too.", []),
    # what stays as it was
    ("The 1800 report found little.", []),
    ("The Kenyans in the 1500m looked lost this week.", []),
    ("The firm has 343 industries as clients.", [(343, None, "industry", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h83_kinds(text, expected):
    assert figure_tuples(text) == expected
