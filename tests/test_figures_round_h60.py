"""Kinds of figures round h60 (WCXB web pages: reviews, tutorials, product pages; two engineering blogs) got wrong on
unseen text (issue 19), from the project's own sentences: a data rate ("2 GB/s") had lost its "/s"; a weight in pounds
and ounces written with "lbs." ("4 lbs. 10 oz") is one figure in ounces, as "7 pounds 4 ounces" is; "3,000 sq. ft." with
its stops; "the recent 1.8 release" is a version.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from figure_tuples import figure_tuples

M = "measure"

CASES = [
    ("It parses JSON at 2 GB/s over a 10 Gb/s link.", [(2, None, "GB/s", M, "exact"), (10, None, "Gb/s", M, "exact")]),
    ("Weight: 4 lbs. 10 oz", [(74, None, "oz", M, "exact")]),
    ("The mesh covers up to 3,000 sq. ft. of floor.", [(3000, None, "square foot", M, "max")]),
    ("The fix shipped in the recent 1.8 release.", []),
    # what stays as it was
    ("He lifted 40 lbs. 12 people watched.", [(40, None, "lb", M, "exact"), (12, None, "person", "count", "exact")]),
    ("The baby weighed 7 pounds 4 ounces.", [(116, None, "oz", M, "exact")]),
    ("The disk holds 500 GB.", [(500, None, "GB", M, "exact")]),
    ("The team ships 1.5 releases a year.", [(1.5, None, "release", "count", "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h60_kinds(text, expected):
    assert figure_tuples(text) == expected
