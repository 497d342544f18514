"""Kinds of figures round h80 (the Dragnet benchmark's 2012 blogs: a recipe site's front page, quality management,
college savings, a running blog) got wrong on unseen text (issue 19), from the project's own sentences: a popular-posts
list's counters after each title ("the relish tray - 23,886 views"); "six sigma" and "a 529 account" are names; "<3" is
a heart.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

CASES = [
    ("the relish tray - 23,886 views  Pressure Cooker Giveaway – 17,243 views", []),
    ("Those in quality, lean thinking and six sigma must grow; a Six-Sigma effort helps.", []),
    ("We opened a 529 college savings account. A 529 plan has tax breaks.", []),
    ("I was the only one who ate her cone – I <3 waffle cones!", []),
    # what stays as it was
    ("The video drew 23,886 views in a day.", [(23886, None, "view", "count", "exact")]),
    ("The fund holds 529 accounts of local families.", [(529, None, "account", "count", "exact")]),
    ("She bought 3 waffle cones.", [(3, None, "cone", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h80_kinds(text, expected):
    assert figure_tuples(text) == expected
