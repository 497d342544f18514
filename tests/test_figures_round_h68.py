"""Kinds of figures and claims round h68 (WCXB web pages: online-learning prices, a home-gym review, decluttering, a
climate study) got wrong on unseen text (issue 19), from the project's own sentences: a price someone "can subscribe
to" is reported, not the publisher's own appeal; "a day or two" is a duration; "6' tall" is in feet. For claims: "the
authors" of a study report.

A figure is written (value, value_high, unit, kind, qualifier).
"""

import pytest

from claims_helpers import source_of
from figure_tuples import figure_tuples

M = "measure"

CASES = [
    ("Students can subscribe to MasterClass at $10 per month.", [(10, None, "USD", "money", "exact")]),
    ("It was tidy unless it was a day or two past the cleanup.", []),
    ("Dimensions: 6' tall, 2' wide.", [(6, None, "foot", M, "exact"), (2, None, "foot", M, "exact")]),
    # what stays as it was
    ("Click here to subscribe. Just $5 a month.", []),
    ("He had a dog or two dogs.", [(2, None, "dog", "count", "exact")]),
    ("He is 6'2\" tall.", [(74, None, "inch", M, "exact")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round_h68_kinds(text, expected):
    assert figure_tuples(text) == expected


@pytest.mark.parametrize("text, figure, source", [
    ("The authors point out that emissions are now 18 times higher than in the 1960s.", "18 times", "authors"),
])
def test_h68_sources(text, figure, source):
    assert source_of(text, figure) == source
